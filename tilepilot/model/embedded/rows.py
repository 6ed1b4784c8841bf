"""Rows that repeat their buttons: which row a task means, and the button of that row it names; and the one
button a task's verb names beside the thing it acts on.

A list of tickets, customers or files gives every row the same buttons ("Close", "Remove"); a task says which
row by its words ("The printer on the 3rd floor is working again - could you close that ticket"). The network
sometimes points at the right row's status instead of its button, or at the right button on another row.
"""

from __future__ import annotations

import numpy as np

from tilepilot.model.embedded.clauses import clause_count, clause_spans
from tilepilot.model.embedded.features import ACTIONS, KINDS, Features
from tilepilot.model.embedded.text import phrase_at, words

# words that say nothing of which row is meant
_COMMON = frozenset(("a", "an", "the", "on", "in", "of", "to", "for", "and", "or", "is", "are", "be", "it", "its",
                     "this", "that", "these", "my", "me", "i", "you", "your", "please", "could", "would", "can",
                     "with", "at", "by", "from", "as", "all", "so", "just", "again"))


# words a page uses for one another's button: "remove Kenji from the team" is the row's Delete; "approve Biscuit's
# booking" its Confirm; "switch on auto-renew" asks "Turn on auto-renew?"
_SAME_ACT = ({"remove", "delete"}, {"approve", "confirm"}, {"switch", "turn", "enable"}, {"give", "assign"},
             {"move", "bump", "reschedule"}, {"edit", "update", "amend"}, {"complete", "finish", "finished"})
# words before a task's verb ("Please remove …", "Could you delete …")
POLITE = frozenset({"please", "can", "could", "would", "you", "kindly", "just", "now", "i", "want", "to", "like"})
_GREETINGS = frozenset({"hi", "hello", "hey"})


def lead_word(said: list[str]) -> str:
    """A task's verb: its first word past greetings and polite ones ("Hi! Could you reserve …": reserve)."""
    return next((w for w in said if w not in POLITE and w not in _GREETINGS), "")


def with_synonyms(task: list[str]) -> list[str]:
    """The task's words, each act word followed by the words a button may use for it instead."""
    out = []
    for w in task:
        out.append(w)
        out += sorted(next((g - {w} for g in _SAME_ACT if w in g), set()))
    return out


def _names(task: list[str], text: str) -> bool:
    """Whether the task names ``text`` (its words together, or one word for an act word's synonym)."""
    ws = words(text)
    return bool(phrase_at(task, ws)) or (len(ws) == 1 and ws[0] in with_synonyms(task))


def _row(f: Features, j: int, texts: list[int]) -> list[int]:
    """The texts of ``texts`` on the row of candidate ``j``: their heights overlap by half the smaller one."""
    y0, y1 = float(f.cand_box[j][1]), float(f.cand_box[j][3])
    b = f.cand_box
    return [q for q in texts if min(y1, b[q][3]) - max(y0, b[q][1]) >= 0.5 * min(y1 - y0, b[q][3] - b[q][1])]


def _texts(f: Features) -> list[int]:
    return [q for q in range(len(f.cand_text)) if f.cand_kind[q] == KINDS["text"] and words(f.cand_text[q])]


def _repeats(f: Features, q: int, texts: list[int]) -> bool:
    """Text ``q`` stands on at least two rows (a row's own button)."""
    mine = words(f.cand_text[q])
    return sum(words(f.cand_text[t]) == mine for t in texts) >= 2


def row_button(f: Features, instruction: str, j: int) -> int:
    """The button the task names on the row of what the model clicked (``j``: a text, a badge): when no word of
    ``j`` (or of the text inside it) is in the task but exactly one other text of its row is, and that text
    repeats on other rows ("Close", "Remove"), that text; else ``j``. "The printer on the 3rd floor is working
    again - could you close that ticket" clicked the printer row's status badge. Only for a task of one clause:
    a box of a row is ticked as a step of its own ("tick Anna's row, then Remove")."""
    n = len(f.cand_text)
    if j >= n or clause_count(instruction) > 1:
        return j
    x0, y0, x1, y1 = (float(v) for v in f.cand_box[j])
    if f.cand_kind[j] == KINDS["component"] and max(x1 - x0, y1 - y0) <= 32 * f.scale and x1 - x0 < 1.6 * (y1 - y0):
        return j  # a box or a radio button of the row
    texts = _texts(f)
    centres = (f.cand_box[:, :2] + f.cand_box[:, 2:]) / 2
    # the texts inside it, by their centres (a badge's OCR box overhangs the badge)
    inside = [t for t in texts if x0 <= centres[t][0] <= x1 and y0 <= centres[t][1] <= y1]
    if f.cand_kind[j] == KINDS["input"] and not inside:
        return j  # an empty field: clicked to type into
    task = words(instruction)
    shown = inside if f.cand_kind[j] == KINDS["input"] else [j, *inside]  # (a badge's label is borrowed)
    if any(set(words(f.cand_text[t])) & set(task) for t in shown):
        return j
    named = [q for q in _row(f, j, texts) if q != j and q not in inside and _names(task, f.cand_text[q])
             and _repeats(f, q, texts)]
    return named[0] if len(named) == 1 else j


def _score(f: Features, row: list[int], task: set[str], skip: set[str]) -> int:
    """How many of the task's telling words (not the button's) the row's texts show."""
    shown = {w for q in row for w in words(f.cand_text[q])}
    return len((shown & task) - skip - _COMMON)


def row_named(f: Features, instruction: str, j: int) -> int | None:
    """The row the task's words describe, when the model clicked a row's button (``j``: its text repeats on other
    rows, named by the task of one clause) on a row showing at least two fewer of the task's telling words than
    that one: the same button on that row; None (the task is done) when that row no longer has the button and
    the history has a click (the printer's ticket, closed, shows "Reopen": the model went on to close another
    row's); else ``j``."""
    n = len(f.cand_text)
    if j >= n or not words(f.cand_text[j]) or clause_count(instruction) > 1:
        return j
    task = words(instruction)
    mine = words(f.cand_text[j])
    texts = _texts(f)
    if not phrase_at(task, mine) or not _repeats(f, j, texts):
        return j
    tset, skip = set(task), set(mine)
    here = _score(f, _row(f, j, texts), tset, skip)
    rows = {q: _row(f, q, texts) for q in texts if not set(words(f.cand_text[q])) & skip}
    scores = {q: _score(f, row, tset, skip) for q, row in rows.items()}
    best = max(scores.values(), default=0)
    if best < here + 2:
        return j
    tops = [q for q, v in scores.items() if v == best]
    buttons = {t for q in tops for t in rows[q] if words(f.cand_text[t]) == mine}
    if len(buttons) == 1:
        return buttons.pop()
    if not buttons and all(q in rows[tops[0]] for q in tops) and ACTIONS.index("click") in f.hist_kind:
        return None
    return j


# verbs that act on a thing through its own button ("Remove the ceramic mug from my cart": the cart's Remove)
_ACTS_ON = frozenset({"remove", "delete", "archive", "close", "edit", "rename", "duplicate", "download", "share", "add",
                      "reopen", "restore", "approve", "reject", "decline", "cancel", "unsubscribe", "unfollow"})
_NEAR = 200  # CSS px between a button and the thing it acts on


def verb_button(f: Features, instruction: str, j: int, done: int = 0) -> int:
    """The button reading the task's verb when the model clicked the thing the verb acts on instead (a text the
    task names, not the verb): "Remove the ceramic mug from my cart" clicked the mug in the shop's list, not
    the Remove under the mug in the cart. Of the texts reading the verb (delete for remove, and back), the one
    inside the box the model pointed at (a whole row), else the one nearest a text showing a word of the thing
    (within 200 CSS px); else ``j``. Only for a task that starts with such a verb, in its first clause while
    that is in turn (``done`` steps taken: "Add Ibuprofen 200mg Tablets to your basket and check out" clicks the
    product's "Add to basket"); a button reads the verb in three words at most."""
    n = len(f.cand_text)
    if clause_count(instruction) > 1:  # a task of several steps: its first clause, while it is in turn
        if done:
            return j
        instruction = instruction[slice(*clause_spans(instruction)[0])]
    task = words(instruction)
    lead = next((w for w in task if w not in POLITE), "")
    if j >= n or lead not in _ACTS_ON:
        return j
    mine = words(f.cand_text[j])
    if not mine or lead in mine or not phrase_at(task, mine):
        return j
    texts = _texts(f)
    acts = set(with_synonyms([lead]))
    buttons = [q for q in texts if words(f.cand_text[q])[0] in acts and len(words(f.cand_text[q])) <= 3]
    centres = (f.cand_box[:, :2] + f.cand_box[:, 2:]) / 2
    x0, y0, x1, y1 = f.cand_box[j]
    inside = [q for q in buttons if x0 <= centres[q][0] <= x1 and y0 <= centres[q][1] <= y1]
    if len(inside) == 1:  # the model pointed at the thing's whole row or card, its button inside it
        return inside[0]
    thing = set(mine) - _COMMON
    near = [t for t in texts if set(words(f.cand_text[t])) & thing]
    best, dist = j, _NEAR * f.scale
    for q in buttons:
        d = min((float(np.hypot(*(centres[q] - centres[t]))) for t in near), default=np.inf)
        if d < dist:
            best, dist = q, d
    return best


_FLIPS = frozenset({"turn", "switch", "enable", "disable", "activate", "deactivate"})  # verbs of a card's switch


def card_control(f: Features, instruction: str) -> int | None:
    """The control a task names by its label where every card has one ("Auto-renew" on each permit's card):
    the one under the title sharing most of the task's other words ("switch on auto-renew for my Zone B
    residential parking permit": "Residential parking — Zone B", not "Visitor parking — Zone B"). Titles are
    texts above the control at its left edge, 250 CSS px up at most; controls are switches or boxes (80 by 40
    CSS px at most: a form's "name" fields are none), for a task turning one on or off ("Take the mushroom
    pasta off …" is none); None when no title or two tie."""
    said = words(instruction)
    if lead_word(said) not in _FLIPS:
        return None
    b = f.cand_box
    small = (b[:, 2] - b[:, 0] <= 80 * f.scale) & (b[:, 3] - b[:, 1] <= 40 * f.scale)
    ctrls = [q for q in range(len(f.cand_text)) if f.cand_kind[q] != KINDS["text"] and small[q]
             and 0 < len(ws := words(f.cand_text[q])) <= 3 and phrase_at(said, ws)]  # (a switch or a box, no field)
    if len(ctrls) < 2:
        return None
    want = set(said) - _COMMON - {w for q in ctrls for w in words(f.cand_text[q])}
    texts = _texts(f)

    def score(q: int) -> int:
        x0, y0 = float(f.cand_box[q][0]), float(f.cand_box[q][1])
        return max((len(want & set(words(f.cand_text[t]))) for t in texts
                    if 0 < y0 - float(f.cand_box[t][3]) <= 250 * f.scale
                    and abs(float(f.cand_box[t][0]) - x0) <= 30 * f.scale), default=0)

    scores = [score(q) for q in ctrls]
    best = max(scores)
    return ctrls[scores.index(best)] if best and scores.count(best) == 1 else None
