"""The button a task's last words mean when they name none on screen: "… and save" on a form whose only button
for it reads "Update profile"; and the button that confirms what the task asked, when the page asks first
("Remove member? … This cannot be undone." [Cancel] [Delete]).

Real pages say the same thing many ways (Save, Update, Apply, Submit, Save changes, Confirm); a task written
by someone who has not looked at the page says "save" or "update it". The network matches the task's words
against the screen's, finds no "save", and points elsewhere (a switch of the form, clicked a second time).
"""

from __future__ import annotations

import re

import numpy as np

from tilepilot.model.embedded.clauses import LIGHT_VERB, clause_spans
from tilepilot.model.embedded.features import (
    ACTIONS,
    KINDS,
    Features,
    acted_at,
    beside_cancel,
    buttoned,
    clicked_in,
    switch_shaped,
    texts_inside,
)
from tilepilot.model.embedded.rows import POLITE, lead_word, with_synonyms
from tilepilot.model.embedded.text import phrase_at, words

_SAVE_VERBS = r"save|update|apply|submit|store|commit"
# the task ends on saving: "… and save", "…, then save the changes", "… and update it", "then submit the form"
_ENDS_SAVING = re.compile(rf"(?:,|;|\band\b|\bthen\b)\s*(?:then\s+)?(?:please\s+)?({_SAVE_VERBS})\b"
                          r"(?:\s+(?:it|them|this|that|the\s+\w+|my\s+\w+|your\s+\w+|everything|changes))?\s*[.!]?\s*$",
                          re.I)
# a button that saves: its text starts with a saving word
SAVES = re.compile(rf"\W*(?:{_SAVE_VERBS}|confirm|done|ok|okay)\b", re.I)


# a page saying changes are made but not kept yet ("You have unsaved changes")
_UNSAVED = re.compile(r"\bunsaved\b|\bnot\s+(?:been\s+|yet\s+)?saved\b", re.I)


def unsaved_button(f: Features) -> int | None:
    """The one button keeping changes (it reads like saving, two words at most) on a page that says changes are
    not saved yet: "Change my default safe place … to the garage" picked Garage, the page showed "You have
    unsaved changes" and "Save changes", and the network said done. None when the page says no such thing or
    no one button fits."""
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    if not len(f.hist_kind) or not any(_UNSAVED.search(f.cand_text[t]) for t in texts):
        return None
    saving = [t for t in texts if len(words(f.cand_text[t])) <= 2 and re.match(rf"\W*(?:{_SAVE_VERBS})\b",
                                                                                 f.cand_text[t], re.I)]
    return saving[0] if len(saving) == 1 else None


_KEEPS = re.compile(r"\W*(?:save|update|apply)\b", re.I)  # a form's button keeping its changes ("Save changes")


_TICKS = frozenset({"tick", "untick", "check", "uncheck", "select", "deselect", "clear", "click", "press", "tap",
                    "toggle", "mark", "unmark", "choose", "pick"})  # verbs of the box itself: ticking it is all


def box_unsaved(f: Features, instruction: str) -> int | None:
    """The button keeping a form's changes, under a box the last step ticked in it (a box or a radio, 30 CSS px
    at most, or a switch: "stop the automatic overdue reminder emails" over "Save settings"): "Turn on paperless
    billing" ticked "Paperless billing — email my bills …" over "Save changes", and the network said done. The
    nearest such button (two words at most) under the box, 300 CSS px down at most, none pressed before; not for
    a task of the box itself ("Tick newsletter")."""
    if not len(f.hist_kind) or ACTIONS[int(f.hist_kind[-1])] != "click" or lead_word(words(instruction)) in _TICKS:
        return None
    x, y = acted_at(f)

    def control(q: int) -> bool:  # a box or a radio (30 CSS px at most), or a switch (wider than tall; read as a
        b, k = f.cand_box[q], f.cand_kind[q]  # field too, its knob as "0", no word inside: not a "Save" button)
        w, h = float(b[2] - b[0]), float(b[3] - b[1])
        switch = switch_shaped(f, q)
        return k == KINDS["component"] and (w <= 30 * f.scale and h <= 30 * f.scale or switch) \
            or k == KINDS["input"] and switch and not any(sum(c.isalpha() for c in f.cand_text[t]) >= 2
                                                          for t in texts_inside(f, q))

    if not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] and control(q) for q, b in enumerate(f.cand_box)):
        return None
    saving = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
              and len(words(f.cand_text[t])) <= 2 and _KEEPS.match(f.cand_text[t])
              and 0 < float(f.cand_box[t][1]) - y <= 300 * f.scale and not clicked_in(f, t, ever=True)]
    return min(saving, key=lambda t: float(f.cand_box[t][1]), default=None)


def save_button(f: Features, instruction: str, j: int, scores: np.ndarray) -> int:
    """Where the click of a task's last clause goes when that clause saves ("… and save") and the model pointed
    at text that does not read like saving while no text on screen has the task's own saving word: the
    best-scoring text that reads like saving ("Update profile", "Apply"), else ``j``."""
    m = _ENDS_SAVING.search(instruction)
    n = len(f.cand_text)
    if m is None or (j < n and SAVES.match(f.cand_text[j])):
        return j
    said = m.group(1).lower()
    texts = [q for q in range(n) if f.cand_kind[q] == KINDS["text"]]
    if any(phrase_at(words(f.cand_text[q]), [said]) for q in texts):
        return j  # the page has the word (OCR may misread a letter: "App1y"): the network matches it itself
    saving = [q for q in texts if SAVES.match(f.cand_text[q])]
    return max(saving, key=lambda q: scores[q]) if saving else j


# a page asking before it acts: "Are you sure?", "This cannot be undone.", or a question sharing a word with the task
_ASKS = re.compile(r"are\s+you\s+sure|can(?:no|'|’)?t\s+be\s+undone|can\s+not\s+be\s+undone|permanently|irreversibl",
                   re.I)
_CONFIRMS = frozenset({"yes", "confirm", "ok", "okay"})
_BELOW = 400  # CSS px under the question where its buttons stand (a dialog may ask a reason first)
_TWIN_BELOW = 600  # CSS px under a dialog's title where its button reading the title again may stand
# verbs whose act a page asks to confirm, in a dialog titled by the verb
_ASKED_VERBS = frozenset({"reject", "decline", "delete", "remove", "cancel", "archive", "approve", "refund", "close",
                          "deny", "revoke", "deactivate", "disable", "block", "ban", "place", "renew", "book",
                          "reserve", "transfer", "pay", "pause", "mark", "suspend", "put", "hold"})
# verbs that fill or find things, not acts a dialog asks to confirm ("Add member" titles a form still to fill)
_NOT_ASKED = frozenset({"select", "choose", "pick", "click", "type", "enter", "fill", "search", "open", "change",
                        "turn", "toggle", "check", "uncheck", "sort", "filter", "show", "find", "view", "go", "add",
                        "create", "make", "new", "register", "record", "schedule", "invite", "upload", "write",
                        "compose", "send", "edit", "update", "rename", "move", "assign", "reassign", "give", "log",
                        "sign", "enrol", "enroll", "book", "order", "please", "could", "would", "can"})
# "check Sea Breeze II in", "check the Okonkwo family in": a stay's state, no box to tick
CHECK_IN = re.compile(r"\W*(?:please\s+)?check\s+(?:\S+\s+){0,5}?(?:in|out)\b", re.I)
_JOINS = frozenset({"and", "then", "also", "please", "now", ","})


# a dialog that asks for a word typed before its button works: "Type db-nightly-2025-02-22 to confirm"
_TYPE_TO = re.compile(r"\b(?:type|enter)\s+(?:the\s+\w+\s+)?[\"'“‘]?(?P<x>[^\s\"'”’]+(?:\s[^\s\"'”’]+){0,3}?)"
                      r"[\"'”’]?\s+(?:below\s+|here\s+)?to\s+(?:confirm|continue|proceed|delete|remove)\b", re.I)
_TYPE_BELOW = 90  # CSS px: how far under the request its field stands


def confirm_typing(f: Features, instruction: str) -> tuple[int, str] | None:
    """The field a dialog asks a word typed into before its button works ("Type db-nightly-2025-02-22 to
    confirm", GitHub's and cloud consoles' guard on deleting), and that word: the instruction's spelling of it
    where it names it (OCR may misread a letter), else the screen's. None when no dialog asks so, or once the
    history's last step typed."""
    steps = [ACTIONS[int(k)] for k in f.hist_kind if ACTIONS[int(k)] != "scroll"]
    if steps[-1:] == ["type"]:
        return None
    for t in range(len(f.cand_text)):
        if f.cand_kind[t] != KINDS["text"] or (m := _TYPE_TO.search(f.cand_text[t])) is None:
            continue
        x0, _, x1, y1 = (float(v) for v in f.cand_box[t])
        fields = [q for q in range(len(f.cand_text)) if f.cand_kind[q] == KINDS["input"]
                  and -4 * f.scale <= f.cand_box[q][1] - y1 <= _TYPE_BELOW * f.scale
                  and f.cand_box[q][0] <= x1 and f.cand_box[q][2] >= x0
                  and 80 * f.scale <= f.cand_box[q][2] - f.cand_box[q][0] <= 900 * f.scale]
        if not fields:
            continue
        word = m.group("x")
        said = [w for w in (x.rstrip(".,;:!?") for x in re.findall(r"[\w.@:/-]+", instruction))
                if w.lower() == word.lower() or len(word) >= 6 and len(w) == len(word)
                and sum(a != b for a, b in zip(w.lower(), word.lower(), strict=True)) <= 1]
        return min(fields, key=lambda q: float(f.cand_box[q][1])), (said[0] if said else word)
    return None


def _asks_typed(f: Features) -> bool:
    """Whether a dialog on screen asks for a word typed to confirm."""
    return any(f.cand_kind[t] == KINDS["text"] and _TYPE_TO.search(f.cand_text[t]) for t in range(len(f.cand_text)))


def typed_to_confirm(f: Features) -> bool:
    """Whether the last step typed while a dialog asks for a word typed to confirm (its button comes next)."""
    steps = [ACTIONS[int(k)] for k in f.hist_kind if ACTIONS[int(k)] != "scroll"]
    return steps[-1:] == ["type"] and _asks_typed(f)


def _task_verb(instruction: str) -> str:
    """The task's verb as a dialog would ask it: its first word past the polite ones, a light verb's noun ("Get a
    refund for …" asks "Refund this ticket?"), "remove" for "take … off" ("Remove meal?")."""
    task = words(instruction)
    verb = next((w for w in task if w not in POLITE), "")
    if (light := LIGHT_VERB.match(instruction)) is not None:
        verb = light.group(1).lower()
    return "remove" if verb == "take" and "off" in task else verb


# a task whose first word starts a name, not a verb: "Riverside Care Home's accounts team …", "Ruth Ellery is …"
_NAMED_FIRST = re.compile(r"\W*(?:(?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*['’]s\s|[A-Z][a-z]+\s+[A-Z][a-z]+\s+"
                          r"(?:is|are|was|were|has|have|had)\b)")
# "mark … as dispensed": the state's verb, as its dialog asks it ("Dispense refill RF-3301?" over "Dispense")
_MARKED_STATE = re.compile(r"\W*(?:please\s+)?mark\s+.+?\s+as\s+([a-z]{4,})\b", re.I)


def _state_verbs(instruction: str) -> set[str]:
    """The verb of the state a "mark … as" task gives, as a button may read it: "dispensed" reads "dispense"
    (or "dispens"), "returned" "return"; a state not in "-ed" reads itself ("complete")."""
    if (m := _MARKED_STATE.match(instruction)) is None:
        return set()
    said = m.group(1).lower()
    return {said[:-1], said[:-2]} if said.endswith("ed") else {said}  # ("as complete": "Complete treatment …")


def asked_answer(f: Features, instruction: str) -> int | None:
    """``confirm_button``'s answer when it reads the task's own verb and that verb is one pages ask about
    ("Remove" under "Remove meal?" for "Take the mushroom pasta off …"): pressed whatever the network chose (it
    clicked the dimmed page around the dialog); not a "Yes" or an "OK", which a task that clicks may not want."""
    verb = _task_verb(instruction)
    if CHECK_IN.match(instruction) and (q := confirm_button(f, instruction, settled=False)) is not None:
        return q if "check" in words(f.cand_text[q]) else None  # "Confirm check-in"
    if verb not in _ASKED_VERBS or (q := confirm_button(f, instruction, settled=False)) is None:
        return None
    return q if words(f.cand_text[q])[:1] and words(f.cand_text[q])[0] in with_synonyms([verb]) else None


def _over_box(f: Features, q: int) -> bool:
    """Whether a framed box starts just under text ``q`` (30 CSS px), across it: a caption over fields or option
    cards ("PAY WITH" over the saved cards), not a button; a box behind a dialog's button, under its edge only
    ("Archive hive" over a dimmed card's corner), is not one."""
    x0, _, x1, y1 = (float(v) for v in f.cand_box[q])
    return any(-4 * f.scale <= float(f.cand_box[c][1]) - y1 <= 30 * f.scale
               and min(x1, float(f.cand_box[c][2])) - max(x0, float(f.cand_box[c][0])) > 0.5 * (x1 - x0)
               and float(f.cand_box[c][2] - f.cand_box[c][0]) > 2 * (x1 - x0)
               for c in np.flatnonzero(f.cand_kind == KINDS["input"]))


def confirm_button(f: Features, instruction: str, settled: bool = True) -> int | None:
    """The button confirming what the task asked when the model would say "done" right after a click that made
    the page ask first: under a question ("Are you sure?", "… cannot be undone.", or one asking the task's verb:
    "Remove member?" when the task deletes, not "Forgot password?" when it logs in), the text reading the task's
    verb (either of delete and remove for the other), "Yes", "Confirm" or "OK", nearest below it; None when the
    page asks nothing, or asks a word typed first that was not. "Delete the user Maria Gomez" clicked the row's
    Delete and stopped with the dialog open. Under a dialog with a "Cancel", the buttons right of its footer
    are the rows' behind the veil, not answers; once the task would stop (``settled``), the footer's button
    reading the verb anywhere beside "Cancel" is pressed ("Complete check-in")."""
    steps = [ACTIONS[int(k)] for k in f.hist_kind if ACTIONS[int(k)] != "scroll"]
    verb = _task_verb(instruction)
    asks_typed = _asks_typed(f)
    typed = asks_typed and steps[-1:] == ["type"]
    if not steps or steps[-1] not in ("click", "type") or not verb or asks_typed and not typed:
        return None  # (a word asked for is typed first)
    filled = steps[-1] == "type" and not typed  # a value the dialog asked for, typed: its title must read the act
    acts = set(with_synonyms([verb])) | _state_verbs(instruction)
    # the verbs of its other clauses too: "Approve Kenji's request and reject Sara's" asked to reject
    later = {w[0] for a, b in clause_spans(instruction)[1:] if (w := [x for x in words(instruction[a:b])
                                                                      if x not in _JOINS])}
    acts |= set(with_synonyms(sorted(later & _ASKED_VERBS)))
    asked = _ASKED_VERBS | ({"check"} if CHECK_IN.match(instruction) else set()) \
        | ({verb} if verb.isalpha() and len(verb) >= 4 and verb not in _NOT_ASKED
           and not _NAMED_FIRST.match(instruction) else set())  # "Check in Okonkwo
    # family"; any task's own verb a dialog is titled by ("Withdraw entry E-1017" over "Withdraw entry")
    texts = [q for q in range(len(f.cand_text)) if f.cand_kind[q] == KINDS["text"] and words(f.cand_text[q])]
    asks = [q for q in texts if not filled and (
                _ASKS.search(f.cand_text[q]) or _TYPE_TO.search(f.cand_text[q])
                or f.cand_text[q].rstrip().endswith("?") and set(words(f.cand_text[q])) & acts)
            # a dialog titled by the act: "Reject time-off request" over its reason and "Reject request"
            or (words(f.cand_text[q])[0] in acts & (asked | _state_verbs(instruction))
                and 3 <= len(words(f.cand_text[q])) <= 5
                and len([w for w in words(f.cand_text[q]) if w.isalpha()]) >= 2)]  # (not "Pay £42.00")
    ok = acts | _CONFIRMS
    answers = [q for q in texts if words(f.cand_text[q])[0] in ok and len(words(f.cand_text[q])) <= 3
               and not _over_box(f, q) and not clicked_in(f, q)]  # (not the row's "Pay now" that opened it)
    # a dialog titled by the act in two words, its button reading them again ("Reject application" over the
    # reasons and at the foot): that button, not another behind the dialog
    twins = [q for a in texts if 2 <= len(ws := words(f.cand_text[a])) <= 5 and ws[0] in acts & asked
             and not clicked_in(f, a, ever=True)  # (the panel's button pressed to open the dialog is no title)
             for q in answers if q != a and words(f.cand_text[q]) == ws
             and 0 < f.cand_box[q][1] - f.cand_box[a][1] <= _TWIN_BELOW * f.scale]
    if len(twins) == 1:
        return twins[0]
    # a dialog's own button beside its "Cancel", reading the verb anywhere ("Cancel  Complete check-in" under
    # "Check in R-5528"), over the rows' "Check in" buttons behind the veil
    beside = beside_cancel(f, texts)
    footer = [q for q in beside if 2 <= len(ws := words(f.cand_text[q])) <= 3 and set(ws) & acts
              and ws[0] != "cancel" and not clicked_in(f, q)]
    if asks and len(footer) == 1 and settled:
        return footer[0]
    if asks and beside:  # a dialog's footer: no button right of its edge is its answer (rows behind the veil)
        edge = max(float(f.cand_box[q][2]) for q in beside) + 40 * f.scale
        answers = [q for q in answers if float(f.cand_box[q][0]) <= edge]
    once = [q for q in answers if q not in asks and sum(words(f.cand_text[u]) == words(f.cand_text[q])
                                                        for u in texts) == 1]
    if CHECK_IN.match(instruction):  # rows' "Check in" behind the dialog read alike, its own once
        answers = once or answers
    best, most = None, np.inf
    for a in asks:
        ax0, ay0, ax1, _ = f.cand_box[a]
        for q in answers:
            x0, y0, x1, _ = f.cand_box[q]
            dy, dx = y0 - ay0, max(ax0 - x1, x0 - ax1, 0.0)
            if 0 < dy <= _BELOW * f.scale and dy + 0.5 * dx < most:
                best, most = q, dy + 0.5 * dx
    return best


# a task's verb that names what a picker is for, not the ticking in it: "Attach report.pdf", "Insert logo.svg"
_PURPOSE = {"attach": ("attach", "add", "insert"), "insert": ("insert", "add"), "import": ("import", "add"),
            "include": ("include", "add"), "upload": ("upload", "add"), "share": ("share",), "add": ("add",)}
_COMMITS = ("ok", "okay", "done", "confirm", "select", "choose", "apply")


def commit_button(f: Features, instruction: str) -> int | None:
    """The button that does what the task's verb says when the model would say "done" right after ticking a box
    in a picker: "Attach report.pdf" ticked the file and stopped, its dialog's "Add selected" never pressed. A
    text below the ticked box, within 400 CSS px, that starts with the verb or a word a picker uses for it
    ("Add selected", "Insert", "OK", "Done"); the nearest. None for any other verb, or when the last click was
    on no box (a row's own "Add to cart" is the act itself)."""
    task = [w for w in words(instruction) if w not in POLITE]
    if not task or task[0] not in _PURPOSE or not len(f.hist_kind) or ACTIONS[int(f.hist_kind[-1])] != "click":
        return None
    x, y = acted_at(f)
    ticked = any(f.cand_kind[q] == KINDS["component"] and f.cand_box[q][0] - 4 <= x <= f.cand_box[q][2] + 4
                 and f.cand_box[q][1] - 4 <= y <= f.cand_box[q][3] + 4
                 and max(f.cand_box[q][2] - f.cand_box[q][0], f.cand_box[q][3] - f.cand_box[q][1]) <= 40 * f.scale
                 for q in range(len(f.cand_text)))
    if not ticked:
        return None
    said = set(_PURPOSE[task[0]]) | set(_COMMITS)
    below = [q for q in range(len(f.cand_text)) if f.cand_kind[q] == KINDS["text"] and words(f.cand_text[q])
             and words(f.cand_text[q])[0] in said and len(words(f.cand_text[q])) <= 3
             and 0 < f.cand_box[q][1] - y <= 400 * f.scale]
    return min(below, key=lambda q: float(f.cand_box[q][1] - y), default=None)


# a task that makes something new: "Write a new email to …", "Create a new bug called …", "Compose a message",
# "Add a new card called …", "Set up a campaign called …"
MAKES = re.compile(r"\W*(?:(?:please|now|first)\s+)*(?:write|compose|create|draft|start|open)\s+(?:a\s+|an\s+)?"
                   r"(?:new\b|(?:private|public|blank|empty)\b|(?!the\b|my\b|your\b)\w+\s+(?:called|named|titled|to)\b)",
                   re.I)
# … said with add, make, set up or register: a New button starts it, but a list's own field may add it with Enter
# ("Add a todo called buy milk"), so nothing more is pressed after typing
ADDS_NEW = re.compile(r"\W*(?:(?:please|now|first)\s+)*(?:(?:add|make|set\s+up|register|enrol|enroll|onboard)\s+"
                       r"(?:a\s+|an\s+)?(?:new\b|(?!the\b|my\b|your\b)\w+\s+(?:called|named|titled)\b)"
                       r"|(?:add|sign\s+up|register|enrol|enroll|book\s+in)\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){1,3}as\s+"
                       r"(?:a\s+|an\s+)?new\b"  # "sign up Kwame Mensah as a new member"
                       r"|(?:a\s+)?new\s+(?-i:[a-z]+)(?:\s+(?-i:[a-z]+))?\s*(?:(?<=\s)for\b|:))", re.I)
# (or told as a heading: "New hire for Priya Sandhu: …", "New reader: …"; not "New York office: …")
# the button that starts a new one: "Compose", "New issue", "+ New", "Create playlist"
_NEW = frozenset({"new", "compose", "create"})
_STARTS = re.compile(r"\W*(?:compose|new|create|\+)(?:\s+\w+){0,2}\s*$", re.I)


def new_button(f: Features, instruction: str, j: int, done: int, typed: bool) -> int:
    """The page's button that starts a new thing, for the first click of a task that makes one ("Write a new
    email to dan.weber@… clicked a mail from Dan Weber): the one text reading Compose, New …, Create … or "+"
    (when there are several, one saying new, compose or create, then the one naming a word of the task, else
    the one with a word), or the task's own verb and thing ("Register a new reader …": "Register reader"); else
    ``j``. Nothing typed yet, and only when ``j`` does not read so itself."""
    n = len(f.cand_text)
    if done or typed or not (MAKES.match(instruction) or ADDS_NEW.match(instruction)) or \
            (j < n and _STARTS.match(f.cand_text[j])):
        return j
    starts = [q for q in range(n) if f.cand_kind[q] == KINDS["text"] and _STARTS.match(f.cand_text[q])]
    said = re.match(r"\W*(?:(?:please|now|first)\s+)*(\w+)\s+(?:a\s+|an\s+)?new\s+(\w+)", instruction, re.I)
    if not starts and said is not None:  # the task's own verb and thing: "Register a new reader": "Register reader"
        starts = [q for q in range(n) if f.cand_kind[q] == KINDS["text"] and 2 <= len(ws := words(f.cand_text[q])) <= 3
                  and ws[0] == said.group(1).lower() and any(w[:5] == said.group(2).lower()[:5] for w in ws[1:])]
    if len(starts) > 1:  # one that says new, compose or create ("+ New issue", not the "+ Priority" filter)
        starts = [q for q in starts if set(words(f.cand_text[q])) & _NEW] or starts
    if len(starts) > 1:  # the one naming a word of the task, else the one with a word (not a bare "+")
        task = set(words(instruction)) - _NEW
        starts = [q for q in starts if set(words(f.cand_text[q])) & task] or [q for q in starts
                                                                            if words(f.cand_text[q])]
    return starts[0] if len(starts) == 1 else j


# a story of a thing to make: "Please put it in as an enquiry", "she hasn't been in before", "a new customer"
_STORY_NEW = re.compile(r"\b(?:new|enquiry|walk-in|(?:has|have)n['’]t\s+been\s+(?:in|here)\s+before|"
                        r"put\s+(?:the\s+|these\s+|those\s+)?(?:[\w-]+\s+){1,2}through)\b", re.I)
# ("Can you put the charges through for their owners?")


def story_new_button(f: Features, told: str) -> int | None:
    """On a first step (or after the site's links alone), the page's one button starting a new thing ("+ New
    enquiry", "New booking", "+ Add charge") whose thing the story of a new one says (by its first four
    letters): "A Mrs Lowther rang about a garden party … Please put it in as an enquiry" presses "+ New enquiry"
    (not a section the network would look in first); "Can you put the charges through …", on "Extras &
    charges", "+ Add charge". None for a story of no new thing, or where no one such button shows."""
    from tilepilot.model.embedded.order import in_nav

    if not _STORY_NEW.search(told) or any(ACTIONS[int(k)] != "click" for k in f.hist_kind) \
            or any(not in_nav(f, acted_at(f, i)) for i in range(len(f.hist_kind))):
        return None
    said = {w[:4] for w in words(told) if len(w) >= 4 and w not in _NEW}
    starts = [q for q in range(len(f.cand_text)) if f.cand_kind[q] == KINDS["text"] and _STARTS.match(f.cand_text[q])]
    newer = [q for q in starts if set(words(f.cand_text[q])) & _NEW] or [  # (a "+" alone says new where no
        q for q in starts if f.cand_text[q].lstrip().startswith("+")]      # button says so: not "+ Priority")
    found = [q for q in newer if any(w[:4] in said for w in words(f.cand_text[q]) if len(w) >= 4 and w not in _NEW)
             and (not len(f.hist_kind) or re.match(r"\W*(?:\+|new\b)", f.cand_text[q], re.I))]  # (past a first step,
    # a dialog's "Create card" is its commit, not a new thing's button)
    return found[0] if len(found) == 1 else None


def opener_commit(f: Features) -> int | None:
    """The dialog's button that repeats the one pressed to open it, less its "+" or "…", beside the dialog's
    "Cancel": "+ Add charge" opened "Add charge", whose own "Add charge" sends it where the network would stop
    once its boxes and list are set; a bulk bar's "Send to charity…" opened "Send 5 items to charity", sent by
    its "Send to charity"; or the one reading what the dialog's title leads with, its menu's entry gone ("Hand
    over XM-408": "Handed over"). None when no button pressed reads so, or its dialog's was pressed already."""
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]

    def opens(t: int) -> bool:  # "+ Add charge", "Send to charity…"
        return f.cand_text[t].lstrip().startswith("+") or f.cand_text[t].rstrip().endswith(("…", "..."))
    for t in texts:
        if not opens(t) or not clicked_in(f, t, ever=True):
            continue
        same = [u for u in texts if u != t and not opens(u) and 1 <= len(words(f.cand_text[u])) <= 3
                and [w[:4] for w in words(f.cand_text[u])] == [w[:4] for w in words(f.cand_text[t])]]  # ("Hand
        # over…" opened "Hand over XM-408", sent by its "Handed over")
        foot = [u for u in beside_cancel(f, texts) if u in same]  # (the dialog's foot, beside its "Cancel": not
        # its title, "New issue" or "Add charge")
        if len(foot) == 1 and not clicked_in(f, foot[0], ever=True):
            return foot[0]
    for u in beside_cancel(f, texts):  # a menu's entry opened it, gone with its menu: the dialog's title leads
        # with the button's words ("Hand over XM-408": "Handed over")
        stems = [w[:4] for w in words(f.cand_text[u])]
        titles = [t for t in texts if [w[:4] for w in words(f.cand_text[t])][:len(stems)] == stems
                  and len(words(f.cand_text[t])) > len(stems) and float(f.cand_box[t][3]) < float(f.cand_box[u][1])]
        if 1 <= len(stems) <= 3 and titles and not clicked_in(f, u, ever=True) and not any(
                re.match(r"\W*(?:choose|select)\b", f.cand_text[t], re.I)
                and float(f.cand_box[titles[0]][1]) < float(f.cand_box[t][1]) < float(f.cand_box[u][1]) for t in texts):
            return u  # (not while a list still asks for its choice: "— choose —")
    return None


# the button that finishes making the new thing: "Create issue", "Send", "Save", "Add", "Post"
_MADE = re.compile(r"\W*(?:create|send|save|add|submit|post|publish)\b(?!\s+more\b)(?:\s+\w+){0,2}\s*$", re.I)


# a thing put in a slot ("Put the lemon herb chicken on Thursday's dinner"); not add or place (``order.grid_cell``
# takes those too): "Add a todo called buy milk" clicked its list's field first, and its Add would add it twice
_SLOTS = re.compile(r"\W*(?:please\s+)?(?:put|plan|schedule|slot)\b", re.I)


# a story closed by a command that makes a record of it: "A passenger just handed in a navy umbrella …. Can you
# log it?"
LOG_IT = re.compile(r"(?:^|[.!?]\s+|,\s*|\s[—–-]\s*)(?:(?:so|please|now)\s+)?"
                    r"(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?"
                    r"(log|record|add|register|enter|book)\s+(?:it|them|that|this|these)(?:\s+in)?"
                    r"(?:\s+as\s+(?:an?\s+)?[\w-]+)?(?:\s+please)?"  # ("… — log it as a P2.")
                    r"\s*[.?!]?\s*$", re.I)


def made_button(f: Features, instruction: str) -> int | None:
    """The button that finishes a new thing the task makes, once something was typed into its form, when the
    network says done before pressing it ("Create a new bug called …" filled the dialog and stopped): the text
    reading Create …, Send, Save, Add or Post nearest below the last typed point; None when the last action
    clicked one already, or the task makes nothing. The kind of thing made comes first (``_kind_option``)."""
    kinds = [ACTIONS[int(k)] for k in f.hist_kind]
    logs = LOG_IT.search(instruction)
    if "type" not in kinds or not (MAKES.match(instruction) or (ADDS_NEW.match(instruction) or _SLOTS.match(
            instruction) or logs) and "click" in kinds[:kinds.index("type")]):
        return None  # (said with add: once a New button opened its form; "Add a todo called buy milk" typed into
        # the list's own field, Enter or its Add added it; put: "Put the lemon herb chicken on Thursday's dinner"
        # once its cell's "+ Add" opened its dialog)
    made = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and (_MADE.match(f.cand_text[t])
            or logs and 1 <= len(ws := words(f.cand_text[t])) <= 3 and ws[0] == logs.group(1).lower())]  # "Log item"
    hx, hy = acted_at(f)
    if kinds[-1] == "click" and any(f.cand_box[t][0] <= hx <= f.cand_box[t][2] and f.cand_box[t][1] <= hy
                                    <= f.cand_box[t][3] for t in made):
        return None
    kind = _kind_option(f, instruction)
    if kind is not None:
        return kind
    k = max(i for i, kind in enumerate(kinds) if kind == "type")
    x, y = acted_at(f, k)
    below = [t for t in made if f.cand_box[t][1] >= y - 8 * f.scale]
    return min(below, key=lambda t: abs(f.cand_box[t][1] - y) + 0.25 * abs(f.cand_box[t][0] - x), default=None)


def _kind_option(f: Features, instruction: str) -> int | None:
    """The radio button or check box of the kind of thing the task makes ("Create a new bug": Type ( ) Bug),
    when no click went near it yet; else None."""
    from tilepilot.model.embedded.order import box_left_of

    m = re.search(r"\bnew\s+(\w+)", instruction, re.I)
    if m is None or not MAKES.match(instruction):
        return None
    noun = m.group(1).lower()
    centres = (f.hist_box[:, :2] + f.hist_box[:, 2:]) / 2
    for t in range(len(f.cand_text)):
        if f.cand_kind[t] != KINDS["text"] or words(f.cand_text[t])[-1:] != [noun] or len(words(f.cand_text[t])) > 2:
            continue
        box = box_left_of(f, t)
        if box is None:
            continue
        x0, y0 = min(f.cand_box[box][0], f.cand_box[t][0]), min(f.cand_box[box][1], f.cand_box[t][1])
        x1, y1 = max(f.cand_box[box][2], f.cand_box[t][2]), max(f.cand_box[box][3], f.cand_box[t][3])
        if not any(x0 <= cx <= x1 and y0 <= cy <= y1 for cx, cy in centres):
            return box
    return None


# a task that changes a record's details: "Please update his record.", "amend her details", "edit the booking"
_CHANGES_RECORD = re.compile(r"\b(?:update|amend|edit|correct|change)\s+(?:his|her|their|its|the|this|that|"
                             r"[\w'’]+['’]s)\s+(?:record|details|profile|file|entry|account|booking)\b", re.I)
# a value a story gives: an identifier ("AXH-558213") or a run of capitalised words ("AXA Health")
_GIVEN = re.compile(r"\b[A-Z]{1,4}-\d[\w-]*\b|(?<=\s)(?-i:[A-Z][A-Za-z]+)(?:\s+(?-i:[A-Z][A-Za-z]+))+")


def edit_unmade(f: Features, told: str) -> int | None:
    """The record's "Edit …" button when the task changes its details and a value the story gives shows nowhere
    yet: "Daniel Foster has switched insurers — he's with AXA Health now, policy number AXH-558213. Please update
    his record." opened his record ("Insurer  Vitality", no field to type in): "Edit details", where the
    network would stop. The button: the one short text (three words at most) starting "Edit", "Update",
    "Change" or "Amend" in a button's outline, never clicked (the record's own name shows on it: no value to
    give). None otherwise."""
    if not _CHANGES_RECORD.search(told):
        return None
    shown = " ".join(f.cand_text).lower()
    given = [g.group() for g in _GIVEN.finditer(told)]
    if not given or all(g.lower() in shown for g in given):
        return None
    edits = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
             and 1 <= len(ws := words(f.cand_text[t])) <= 3 and ws[0] in ("edit", "update", "change", "amend")
             and buttoned(f, t) and not clicked_in(f, t, ever=True)]
    return edits[0] if len(edits) == 1 else None
