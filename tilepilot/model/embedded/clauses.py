"""Where a task's clauses begin and end: how many steps it strings together at the least.

The decoder's rules read it ("done" is never the answer before each clause had an action; a typed value never
runs across a clause; the row and button rules act only on a task of one clause), so it lives apart from them.
"""

from __future__ import annotations

import re

# a quoted value: an opening quote not inside a word, its closing quote not followed by a letter
QUOTED = re.compile(r"""(?<!\w)"([^"]+)"|(?<!\w)'([^']+)'(?!\w)|“([^”]+)”|‘([^’]+)’|«([^»]+)»""")
# where one instruction's clause ends and the next begins ("type bob; then press Save", "…, and then …")
# ("choose View > Zoom In": a menu's path, a click for each of its names)
CLAUSE_END = re.compile(r";|\.(?=\s*$|\s+then\b)|[.?!](?=\s+and\s+(?:then\s+)?[a-z]+\s)|,(?=\s+(?:and\s+)?then\b)|"
                        r"\band\s+then\b|\s[>›→]\s", re.I)  # ("… by default? And turn on …")

# an imperative verb that starts a clause of its own after a comma or an "and" ("…, pick the Dark theme and save
# the changes"); lower case only, so a list of labels ("Open, Save and Close") is not read as steps
_VERBS = ("click|press|hit|tap|select|choose|pick|open|save|submit|type|enter|write|fill|set|turn|switch|toggle|"
          "check|tick|untick|uncheck|clear|search|go|navigate|add|remove|delete|close|confirm|accept|send|sort|mark|"
          "scroll|download|upload|sign|log|book|apply|change|put|move|expand|collapse|drag|reply|archive|create|"
          "rename|enable|disable|cancel|continue|proceed|finish|visit|update|make|show|hide|filter|star|play|assign|"
          "approve|reject|request|stop")
VERBS = frozenset(_VERBS.split("|"))
_VERB_CLAUSE = re.compile(rf",\s+(?:and\s+)?(?:{_VERBS})\b|(?<=\s)and\s+(?:{_VERBS})\b")
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
# a clause that asks to scroll ("Scroll down and click Reject", "first scroll to the end")
SCROLL_CLAUSE = re.compile(r"[\s,;.!]*(?:(?:and|then|please|now|first)\s+)*scroll\b", re.I)
_LEADING_VERB = re.compile(rf"[\s,;.!]*(?:(?:and|then|please)\s+)*(?:{_VERBS})\b", re.I)


# a verb said as a light verb and its noun: "Get a refund for my Leeds to York ticket", "Make a claim on …"
LIGHT_VERB = re.compile(r"\W*(?:(?:please|now)\s+)?(?:get|make|request|file|submit|raise|put\s+in)\s+(?:a|an)\s+"
                        r"(refund|claim|return|complaint|payment|transfer)\b", re.I)


# a task that starts where it happens: "In Settings, …", "From the Documents menu, pick …", "On the Billing page, …"
_SCENE = re.compile(r"\W*(?:(?:in|inside|within|from)\s+(?:the\s+|my\s+|your\s+)?(?P<a>[^,;.]+?)"
                    r"|on\s+(?:the\s+|my\s+|your\s+)?(?P<b>[^,;.]+?\s+(?:page|tab|screen|section)))\s*[,:]", re.I)
# a scene that is a place inside the page's form, not a page or menu to go to first
_IN_FORM = re.compile(r"\b(?:field|box|input|dropdown|list|table|row|column|dialog|form)\b", re.I)


def scene(instruction: str) -> re.Match[str] | None:
    """The place a task starts with when it is one to go to first ("In your account, …", "From the Documents
    menu, pick …": a click of its own, then the task's steps), its name in group "a" or "b"; None when the task
    starts elsewhere or the place is in the form ("In the Bank name field, type …")."""
    m = _SCENE.match(instruction)
    return None if m is None or _IN_FORM.search(m.group("a") or m.group("b")) else m


def clause_starts(instruction: str) -> list[int]:
    """Where each clause after the first begins (character offsets, increasing; see ``clause_count``)."""
    quoted = [(m.start(), m.end()) for m in QUOTED.finditer(instruction)]
    body = instruction.rstrip().rstrip(".!")
    marks = [m.start() for m in CLAUSE_END.finditer(body)]
    place = scene(body)
    if place is not None:  # "In Settings, turn off X, set Y and save": going there is a step of its own
        marks.append(place.end() - 1)
    for m in _VERB_CLAUSE.finditer(body):
        before = _WORD_BEFORE.search(body[:m.start()]) if m.group().startswith("and") else None
        if before is not None and before.group(1)[0].isupper():
            continue
        # the words before must be a step of their own ("Turn on X, pick …"), not a scene ("On the customer X,
        # press remove", "find X and click Y": one click each)
        start = max([c for c in marks if c < m.start()], default=0)
        if _LEADING_VERB.match(body, start):
            marks.append(m.start())
    marks = sorted(c for c in marks if not any(a <= c < b for a, b in quoted))
    # ", and then" is one break, though both its comma and its "and then" mark one
    return [c for k, c in enumerate(marks) if k == 0 or c - marks[k - 1] > 2]


def clause_spans(instruction: str) -> list[tuple[int, int]]:
    """The character range of each clause, in order."""
    cuts = [0, *clause_starts(instruction), len(instruction)]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def clause_count(instruction: str) -> int:
    """How many clauses the task strings together ("hit Import; then press Reject" is two; "Turn on Public
    profile, pick the Dark theme and save the changes" is three: a hand-written profile page stopped before
    saving). A verb after "and" starts a clause only when the word before is not capitalized: "click Save and
    close" may name one button. The count is a lower bound on the actions a task needs, never more."""
    return 1 + len(clause_starts(instruction))
