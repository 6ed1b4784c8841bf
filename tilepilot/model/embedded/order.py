"""The task's steps in order: which named thing the next click is for.

A task of several clicks ("Mark Quiet Mug, Tent and White Lamp, then click OK"; "uncheck Security, then
untick Bookshelf, then click Apply") names its targets in the order they are done. The network sometimes
jumps ahead to the confirming button, or to an item further down the list, before the one in turn. When the
task is a plain chain of clicks, the history says how many are done, so the click in turn is known by its
name.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import pairwise

import numpy as np

from tilepilot.actions.dates import iso_date
from tilepilot.model.embedded.buttons import CHECK_IN, LOG_IT, MAKES
from tilepilot.model.embedded.clauses import LIGHT_VERB, QUOTED, SCROLL_CLAUSE, VERBS, clause_spans, scene
from tilepilot.model.embedded.features import (
    ACTIONS,
    KINDS,
    Features,
    acted_at,
    beside_cancel,
    buttoned,
    clicked_in,
    round_mark,
    small_box,
    switch_shaped,
    texts_inside,
    ticked_mark,
    within,
)
from tilepilot.model.embedded.layout import ORDINAL_WORDS
from tilepilot.model.embedded.pointing import ICON_GLYPHS
from tilepilot.model.embedded.rows import POLITE, lead_word, with_synonyms
from tilepilot.model.embedded.text import (
    ocr_same,
    one_edit,
    phrase_at,
    sentence_start,
    shows,
    spelled,
    told_words,
    words,
)

# a clause of one click: its verb after the joining words
_CLICK_CLAUSE = re.compile(r"[\s,;.!]*(?:(?:and|then|please|now)\s+)*(?:click|press|hit|tap|mark|tick|check|untick|"
                           r"uncheck|clear|select|choose|pick|open|confirm)\b", re.I)
# a clause that may take two actions (a dropdown: opened, then its option; a native select: typed, then Enter) or
# that names a field to set, not a thing to click
_TWO_STEP = re.compile(r"\b(?:dropdown|menu|in|from|to|as|under|for|into|field|input)\b", re.I)
# a clause that selects several things, listed: "Mark A, B and C", "choose A and B"
_LIST_VERB = re.compile(r"[\s,;.!]*(?:(?:and|then|please|now)\s+)*(?:mark|tick|check|untick|uncheck|select|choose|"
                        r"pick)\s+", re.I)
_ITEM_BREAK = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
# words that name no thing on screen
_FILLER = frozenset({"the", "a", "an", "then", "and", "please", "now", "box", "checkbox", "button", "item", "entry",
                     "option", "next", "to", "with", "on", "of"})


def _items(instruction: str, a: int, b: int) -> list[tuple[int, int]]:
    """A listing clause's items ("Mark A, B and C": A, B, C), else the clause whole."""
    m = _LIST_VERB.match(instruction, a)
    if m is None or m.end() >= b:
        return [(a, b)]
    quoted = [(q.start(), q.end()) for q in QUOTED.finditer(instruction)]
    cuts = [c for c in _ITEM_BREAK.finditer(instruction, m.end(), b)
            if not any(x <= c.start() < y for x, y in quoted)]
    if not cuts:
        return [(a, b)]
    starts, ends = [m.end()] + [c.end() for c in cuts], [c.start() for c in cuts] + [b]
    return list(zip(starts, ends, strict=True))


# where listed items stand, said after them: no dropdown or field of a two-step clause
_FROM_LIST = re.compile(r"\s+(?:from|in|on)\s+(?:the\s+)?(?:list|options)\W*$", re.I)


def steps(instruction: str) -> list[tuple[int, int, bool]] | None:
    """The character range naming each click of a task made only of clicks, in order, and whether it is an item
    of a list; None for any other task (a clause that types, or one that may take two actions, leaves the count
    of actions no guide to the step)."""
    out = []
    for a, b in clause_spans(instruction):
        if (m := _FROM_LIST.search(instruction, a, b)) is not None:
            b = m.start()  # "Pick A, B and C from the list": a chain of clicks all the same
        text = instruction[a:b].replace("next to", "")
        if _CLICK_CLAUSE.match(text) is None or _TWO_STEP.search(text) or QUOTED.search(text):
            return None
        items = _items(instruction, a, b)
        out += [(x, y, len(items) > 1) for x, y in items]
    return out


def _names(instruction: str, span: tuple[int, int, bool], text: str) -> int:
    """How many words of ``text`` the step at ``span`` names together (0 when it does not name them all)."""
    ws = words(text)
    if not ws or all(w in _FILLER for w in ws):
        return 0
    return len(ws) if phrase_at(words(instruction[span[0]:span[1]]), ws) else 0


def box_left_of(f: Features, q: int) -> int | None:
    """A check box or radio button just left of text ``q`` on its row: the widget that text labels."""
    x0, y0, x1, y1 = (float(v) for v in f.cand_box[q])
    best, best_gap = None, 14.0 * f.scale
    for c, (a, b, c1, d) in enumerate(f.cand_box):
        w, h = float(c1 - a), float(d - b)
        if c == q or max(w, h) > 32 * f.scale or w > 1.6 * h or h > 1.6 * w:
            continue
        if min(y1, d) - max(y0, b) < 0.5 * min(h, y1 - y0):
            continue
        gap = x0 - float(c1)
        if -8 * f.scale <= gap <= best_gap:
            best, best_gap = c, gap
    return best


# a clause that opens or reads what it names, where a row's check box only selects it
_OPENS = re.compile(r"[\s,;.!]*(?:(?:and|then|please|now)\s+)*(?:open|view|read|show|go\s+to|visit)\b", re.I)


def labelled_widget(f: Features, instruction: str, j: int) -> int:
    """The radio button or check box a clicked text labels (found as a widget just left of it, or under its
    first letters: OCR reads a radio's ring as "O"), when the task names the text's first word; else ``j``: the
    widget is what takes the click."""
    if j >= len(f.cand_text) or f.cand_kind[j] != KINDS["text"]:
        return j
    ws = words(f.cand_text[j])
    ws = ws[1:] if len(ws) > 1 and len(ws[0]) == 1 else ws  # the ring read as a letter
    if not ws or ws[0] not in words(instruction):
        return j  # not a label the task names (a menu bar, a window's close button)
    if any(_OPENS.match(instruction, a, b) and ws[0] in words(instruction[a:b]) for a, b in clause_spans(instruction)):
        return j  # a row the task opens ("open the one from Lumen Billing"), not its check box
    x0, y0, x1, y1 = (float(v) for v in f.cand_box[j])
    h = y1 - y0

    def widget(c: int) -> bool:  # a ring or a box, not a list's bullet (a dot a third of the text's height)
        a, b, c1, d = (float(v) for v in f.cand_box[c])
        return (f.cand_kind[c] == KINDS["component"] and max(11 * f.scale, 0.45 * h) <= min(c1 - a, d - b)
                and max(c1 - a, d - b) <= 32 * f.scale and 0.6 <= (c1 - a) / max(d - b, 1.0) <= 1.6)

    box = box_left_of(f, j)
    if box is not None and widget(box):
        return box
    pad = 4 * f.scale
    for c in np.flatnonzero(f.cand_kind == KINDS["component"]):
        a, b, c1, d = (float(v) for v in f.cand_box[c])
        if widget(int(c)) and x0 - pad <= a and c1 <= x0 + 1.5 * h and y0 - pad <= b and d <= y1 + pad:
            return int(c)
    return j


def click_in_turn(f: Features, instruction: str, j: int, done: int) -> int:
    """The thing the next step of a chain of clicks names, when the model clicked ``j`` that another step names
    (the confirming button before the last item, an item marked already) or, on a listed item's turn, a thing
    the task never names; else ``j``. ``done`` is how many of the task's actions the history holds. A text
    labelling a check box gives way to its box."""
    spans = steps(instruction)
    if spans is None or len(spans) < 2 or done >= len(spans):
        return j
    n = len(f.cand_text)
    text = f.cand_text[j] if j < n else ""
    now = spans[done]
    scored = [(_names(instruction, now, f.cand_text[q]), q) for q in range(n)
              if f.cand_kind[q] != KINDS["input"]]
    top = max((s for s, _ in scored), default=0)
    if j < n and f.cand_kind[j] == KINDS["input"]:
        # a field is known by the texts inside it, not by the label it borrowed (a list's row box between two
        # rows borrowed the name of the one above: "Pick slides.pptx, letter.odt …" clicked it for letter.odt)
        text = " ".join(f.cand_text[q] for q in range(n) if f.cand_kind[q] == KINDS["text"]
                        and within(f.cand_box[q], f.cand_box[j]))
    mine = _names(instruction, now, text)
    if mine and mine >= top:
        box = box_left_of(f, j) if f.cand_kind[j] == KINDS["text"] else None
        return j if box is None else box
    # a step done already (a click again would undo it: "uncheck Mirror, …, and uncheck Privacy" went back to
    # Mirror), one still to come, or a shorter name than the step's ("slides.pptx" for "Wooden slides.pptx")
    other = any(_names(instruction, s, text) for k, s in enumerate(spans) if k != done)
    if not mine and not other and not (now[2] and not any(_names(instruction, s, text) for s in spans)):
        return j
    if not top:
        return j
    best = [q for s, q in scored if s == top]
    texts = {" ".join(words(f.cand_text[q])) for q in best}
    if len(texts) > 1 or len({(int(f.cand_box[q][1]) // 8) for q in best if f.cand_kind[q] == KINDS["text"]}) > 1:
        return j  # two different things, or one name on two rows: which one is not clear
    q = next((q for q in best if f.cand_kind[q] == KINDS["component"]), best[0])
    box = box_left_of(f, q) if f.cand_kind[q] == KINDS["text"] else None
    return q if box is None else box


_FILTERS = re.compile(r"\b(?:only|filter|filtered|show|hide)\b", re.I)


def filter_widget(f: Features, instruction: str, j: int) -> int:
    """The filter's radio button or check box when the network clicked a tag the results repeat ("Show only
    non-stop flights" clicked a flight's "Non-stop" tag, not the "Non-stop only" filter): for a task that
    filters (only, filter, show, hide), a text shown twice or more (or a tag's box holding one such text) whose
    words the label of exactly one widget holds; else ``j``."""
    n = len(f.cand_text)
    if j >= n or not _FILTERS.search(instruction):
        return j
    tag = j
    if f.cand_kind[j] != KINDS["text"]:  # a tag drawn as a box: the one text inside it
        x0, y0, x1, y1 = (float(v) for v in f.cand_box[j])
        inside = [t for t in range(n) if f.cand_kind[t] == KINDS["text"]
                  and x0 <= (f.cand_box[t][0] + f.cand_box[t][2]) / 2 <= x1
                  and y0 <= (f.cand_box[t][1] + f.cand_box[t][3]) / 2 <= y1]
        if len(inside) != 1:
            return j
        tag = inside[0]
    mine = words(f.cand_text[tag])
    if not mine or sum(words(f.cand_text[t]) == mine for t in range(n) if f.cand_kind[t] == KINDS["text"]) < 2:
        return j
    boxes = [c for c in range(n) if f.cand_kind[c] == KINDS["component"] and phrase_at(words(f.cand_text[c]), mine)
             and max(f.cand_box[c][2] - f.cand_box[c][0], f.cand_box[c][3] - f.cand_box[c][1]) <= 32 * f.scale]
    return boxes[0] if len(boxes) == 1 and not clicked_in(f, boxes[0], ever=True) else j  # (ticked once, not twice)


# "3 or more bedrooms", "at least 2 bathrooms", "4 stars and up": a filter's "3+" button
_AT_LEAST = re.compile(r"\b(?:at\s+least\s+(\d+)|(\d+)\s*(?:or\s+more|or\s+above|or\s+higher|and\s+(?:up|above|over)|"
                       r"\+(?!\d)))", re.I)


def at_least_option(f: Features, instruction: str) -> int | None:
    """The one text reading "N+" for a task asking for N or more of something ("Show only homes with 3 or more
    bedrooms": the Bedrooms filter's "3+"), while no click has landed on it; -1 once one has and the task has
    no other clause (it is done: the network went on to the "Bedrooms" dropdown beside it); else None."""
    m = _AT_LEAST.search(instruction)
    if m is None:
        return None
    want = f"{m.group(1) or m.group(2)}+"
    shown = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
             and f.cand_text[t].replace(" ", "") == want]
    if len(shown) != 1:
        return None
    if clicked_in(f, shown[0], ever=True):
        return -1 if len(clause_spans(instruction)) == 1 else None
    return shown[0]


# a clause that sorts: "Sort the stays by price, lowest first", "then order the results by rating"
_SORTS = re.compile(r"[\s,;.!]*(?:(?:and|then|please|now)\s+)*(?:sort|order|re-?order)\b", re.I)


def sort_control(f: Features, instruction: str, q: int, done: int) -> int:
    """The page's sort control for a clause that sorts, when the click ``q`` is on no text reading "sort" ("Sort
    the stays by price, lowest first" clicked a hotel's Save): the one field whose text begins with "Sort"
    ("Sort by Recommended", a select and its label), else the one text beginning so ("Sort: Newest ▾"); its
    list, once open, is chosen from by the option the clause names. Else ``q`` (a table sorted by its column's
    header has no such control)."""
    clauses = clause_spans(instruction)
    n = len(f.cand_text)
    if done >= len(clauses) or not _SORTS.match(instruction, *clauses[done]):
        return q
    if q < n and "sort" in words(f.cand_text[q]):
        return q
    for kind in ("input", "text"):
        found = [t for t in range(n) if f.cand_kind[t] == KINDS[kind] and words(f.cand_text[t])[:1] == ["sort"]]
        if found:
            return found[0] if len(found) == 1 else q
    return q


def opened_label(f: Features, instruction: str, j: int, done: int) -> int:
    """The label of a check box or star the network clicked for a clause that opens a row ("open the one from
    Lumen Billing" ticked the mail's box): a row opens from its text, its box only selects it. The label is the
    text on the box's row that its borrowed name reads; else ``j``."""
    clauses = clause_spans(instruction)
    if j >= len(f.cand_text) or f.cand_kind[j] != KINDS["component"] or done >= len(clauses):
        return j
    if not _OPENS.match(instruction, *clauses[done]) or not words(f.cand_text[j]):
        return j
    y0, y1 = float(f.cand_box[j][1]), float(f.cand_box[j][3])
    same = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and f.cand_text[t] == f.cand_text[j]
            and float(f.cand_box[t][1]) < y1 and float(f.cand_box[t][3]) > y0 and f.cand_box[t][0] >= f.cand_box[j][0]]
    return min(same, key=lambda t: float(f.cand_box[t][0])) if same else j


def scene_link(f: Features, instruction: str) -> int | None:
    """The text to click first for a task that starts where it happens ("In your account, turn on refill
    reminders …" typed into the shop's search box; "In Settings, turn off …" scrolled the issue list): the one
    text whose words are all the scene's name ("Account" for "your account", "Employee directory"), topmost
    when several read it. None when the task starts elsewhere, the scene is a field or a list of the form
    ("In the Bank name field, type …"), or no text reads it."""
    m = scene(instruction)
    if m is None:
        return None
    name = words(m.group("a") or m.group("b"))
    name = [w for w in name if w not in ("page", "tab", "screen", "section", "menu")] or name
    shown = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
             and (ws := [w for w in words(f.cand_text[t]) if w not in ("my", "your")])
             and (ws == name or (len(ws) < len(name) and phrase_at(name, ws) and name[-1] == ws[-1]))]
    return min(shown, key=lambda t: (float(f.cand_box[t][1]), float(f.cand_box[t][0]))) if shown else None


# verbs a row's own button reads: "Approve Kenji Watanabe's request", "cancel the booking RD-4821"
_ROW_VERBS = frozenset({"approve", "reject", "decline", "accept", "cancel", "delete", "remove", "archive", "restore",
                        "renew", "return", "download", "reopen", "close", "resolve", "unsubscribe", "unfollow",
                        "follow", "join", "leave", "pay", "refund", "confirm", "deny", "book",
                        "place", "sign", "register", "enrol", "enroll", "reserve", "borrow", "rsvp", "attend",
                        "acknowledge", "restart", "retry", "resend", "void", "dismiss", "give", "assign"})


def row_act(f: Features, instruction: str) -> int | None:
    """The button reading a clause's verb on the row its name or identifier is read on, for the first clause
    whose row still shows that button (a row approved shows "Approved" and no buttons): "Approve Kenji
    Watanabe's time-off request and reject Sara Lindqvist's" (the network scrolled a list that showed both).
    The name is read on that row word for word ("Sara Lindgren" is another person); a card's button may stand
    a little under its name ("Place a hold on Project Hail Mary …"). None when no clause acts on a row so, or
    its row or button is not on screen, or two rows show it."""
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    for k, (a, b) in enumerate(clause_spans(instruction)):
        asked = re.compile(r"\b(?:could|can|would|will)\s+you\s+(?:please\s+)?([a-z]+)\b").search(instruction, a, b)
        if asked is not None and asked.group(1) in _ROW_VERBS and _clause_verb(instruction, a, b) not in _ROW_VERBS:
            a = asked.start(1)  # "In Hughes v. Patel Builders, could you accept the defence …": from "accept"
        m = _FIRST_VERB.match(instruction, a, b)
        verb = _clause_verb(instruction, a, b)
        state = _MARKED_AS.search(instruction, a, b) if verb == "mark" else None
        own = _own_verb(instruction, a, b, verb)
        if verb not in _ROW_VERBS and not (verb == "check" and CHECK_IN.match(instruction, a, b)) and state is None \
                and not own:
            continue  # ("check the Okonkwo family in": the row's "Check in"; "mark … as complete": "Mark complete";
            # another verb only where a button starts with it: "issue Q-7786 to the reader": "Issue to reader")
        quoted = [words(q.group(q.lastindex or 0)) for q in QUOTED.finditer(instruction, a, b)]
        names = quoted or [words(n) for n in object_names(instruction, a, b) or _clause_names(instruction, a, b)]
        route = next((r for r in _ROUTE.finditer(instruction, a, b)), None) if not names else None
        if route is not None:  # "my Leeds to York ticket": the texts reading both ends ("Leeds → York")
            ends = [words(route.group(1)), words(route.group(2))]
            rows = [t for t in texts if all(spelled(words(f.cand_text[t]), e) for e in ends)]
        else:
            rows = [t for t in texts for n in names if spelled(words(f.cand_text[t]), n) and not _field_value(f, t)] \
                if names else \
                _row_by_parts(f, instruction, m.end() if m else a, b, texts) or \
                [t for t in _rows_of(f, instruction, a, b, texts) if not _nav(f, t) and k == 0]  # "the hedge-laying
            # work day": a word of the first clause's object
        stem = verb[:-1] if verb.endswith("e") else verb
        if any(x.startswith(stem) and x.endswith("ed") for r in rows for x in _latin(f.cand_text[r])):
            continue  # a line naming it reads it done: "Chidi Okonkwo checked in to pitch 10"
        if any(ACTIONS[int(k)] == "click" for k in f.hist_kind) and _line_reads_done(f, rows, stem, texts):
            continue  # its row's status reads it done: Q-7786 "Issued", the defence "Accepted"
        says = set(with_synonyms([verb]))
        reads = [t for t in texts if len(_latin(f.cand_text[t])) <= 3 and set(_latin(f.cand_text[t])) & says]
        if any(clicked_in(f, t, ever=True) for t in reads) and any(
                2 <= len(ws := _latin(f.cand_text[t])) <= 5 and ws[0] in says and t not in reads
                and any(ID.fullmatch(x) for x in f.cand_text[t].split()) for t in texts):
            continue  # its button pressed opened a dialog titled by the verb ("Check in R-5528"): no other row's
        if own:  # (or its synonym: "bump Maya Kowalski up to …" is her row's "Move…")
            reads = [t for t in reads if set(_latin(f.cand_text[t])[:1]) & says]
        if state is not None:  # the button reading the state ("Mark complete", not "Mark failed")
            reads = [t for t in reads if any(w[:5] == state.group(1).lower()[:5] for w in _latin(f.cand_text[t]))]
        found: set[int] = set()
        by_row: dict[int, set[int]] = {}
        for r in rows:  # the name typed into a search box is no row: the row is the one with the button
            x1, y0, y1 = float(f.cand_box[r][2]), float(f.cand_box[r][1]), float(f.cand_box[r][3])
            on_row = [t for t in reads if min(y1, f.cand_box[t][3]) - max(y0, f.cand_box[t][1]) >= 0.5 * (y1 - y0)]
            beside = [t for t in texts if f.cand_box[t][0] > x1 - 8 * f.scale and t != r  # (OCR boxes overlap)
                      and min(y1, f.cand_box[t][3]) - max(y0, f.cand_box[t][1]) >= 0.5 * (y1 - y0)]
            if not on_row and not beside:  # a card: its button right of its name and a little under it (a table
                # row showing "Approved" beside its name has no button of its own: the next row's is not it)
                on_row = [t for t in reads if f.cand_box[t][0] > x1
                          and 0 <= (f.cand_box[t][1] + f.cand_box[t][3]) / 2 - y1 <= _CARD_BUTTON_PX * f.scale]
            if not on_row and not _card_foot(f, [r], reads, instruction, a, b, texts, tell=False):
                # a tile captioned under its picture: its buttons a little above the caption, over it (a card's
                # name with its buttons at its foot is no caption: the buttons above are the card's over it)
                x0 = float(f.cand_box[r][0])
                on_row = [t for t in reads if x0 - _CARD_BUTTON_PX * f.scale <= f.cand_box[t][0] <= x1
                          and 0 < y0 - (f.cand_box[t][1] + f.cand_box[t][3]) / 2 <= _CARD_BUTTON_PX * f.scale]
            found |= set(on_row)
            by_row[r] = set(on_row)
        if found and (day := _said_day(instruction, a, b)) is not None:
            # alerts alike, "Inverter 2 temperature high": the one whose lines under its name read the day the
            # clause says ("… alert from 8 March": "Inverter 2 · Mar 8, 14:12"), where the rows show days
            mid = (f.cand_box[:, 1] + f.cand_box[:, 3]) / 2
            block = {r: [u for u in texts if f.cand_box[r][1] <= mid[u] <= f.cand_box[r][3] + _DAY_UNDER_PX * f.scale
                         and abs(float(f.cand_box[u][0] - f.cand_box[r][0])) <= 10 * f.scale] for r in by_row}
            if any(_MONTHS & {w[:3] for u in us for w in words(f.cand_text[u])} for us in block.values()):
                found = {q for r, qs in by_row.items() if _reads_day(f, day, block[r]) for q in qs}
                if not found:
                    continue  # none of that day here (acknowledged: gone from the list)
        if not found and rows:  # a card: its button at its foot
            found = _card_foot(f, rows, reads, instruction, a, b, texts)
        if len(found) > 1 and len(by_row) > 1:
            found = _most_said_row(f, instruction, a, b, by_row, texts) or found
        if len(found) == 1 and not clicked_in(f, q := found.pop(), ever=True):
            return q  # (a row that still shows its button after the act, "Renew" again, is done)
    return None


def _own_verb(instruction: str, a: int, b: int, verb: str) -> bool:
    """Whether a clause's verb is one no list knows that a row's button may start with ("issue Q-7786 to the
    reader": "Issue to reader"): a word of letters said as a verb (not a name starting a story: "Lena Hartmann
    played …"), not a control's, a making or an editing verb."""
    said = re.match(r"\W*(?:(?:please|now|then|and|so)\s+)*(\w+)(\s+\w+)?", instruction[a:b], re.I)
    return verb not in _ROW_VERBS and verb.isalpha() and len(verb) >= 4 \
        and verb not in _UI_VERBS | _NOT_THINGS | _EDIT_VERBS | _KEEP_VERBS | BRINGS_NEW \
        and not MAKES.match(instruction, a) and said is not None and said.group(1).lower() == verb \
        and not (said.group(1)[:1].isupper() and said.group(2) and re.fullmatch(r"[A-Z][a-z]+", said.group(2).strip()))


def _line_reads_done(f: Features, rows: list[int], stem: str, texts: list[int]) -> bool:
    """Whether a text on the line of one of ``rows`` reads the verb done ("Issued" for "issue")."""
    return any(x.startswith(stem) and x.endswith("ed") for r in rows for t in texts
               if f.cand_box[r][1] - 4 * f.scale <= (f.cand_box[t][1] + f.cand_box[t][3]) / 2
               <= f.cand_box[r][3] + 4 * f.scale for x in _latin(f.cand_text[t]))


def row_done(f: Features, instruction: str) -> bool:
    """Whether a one-clause task that acts on a row by a button reading a verb no list knows ("issue Q-7786 to
    the reader": "Issue to reader") is done: a click was made and the row's line now reads the verb done
    ("Issued")."""
    clauses = clause_spans(instruction)
    if len(clauses) != 1 or not any(ACTIONS[int(k)] == "click" for k in f.hist_kind):
        return False
    a, b = clauses[0]
    verb = _clause_verb(instruction, a, b)
    if not _own_verb(instruction, a, b, verb):
        return False
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    names = [words(n) for n in object_names(instruction, a, b) or _clause_names(instruction, a, b)]
    rows = [t for t in texts for n in names if spelled(words(f.cand_text[t]), n) and not _field_value(f, t)]
    return bool(rows) and _line_reads_done(f, rows, verb[:-1] if verb.endswith("e") else verb, texts)


def _most_said_row(f: Features, instruction: str, a: int, b: int, by_row: dict[int, set[int]],
                   texts: list[int]) -> set[int]:
    """The button of the one row whose line reads more of the clause's other words than any other row's, of rows
    alike by the name: "mark the oxalic acid treatment on hive H-03 as complete" on two rows of H-03, one
    reading "Oxalic acid (vaporised)", one "Apivar strips". Empty when no row reads more than the others."""
    said = {w for w in words(instruction[a:b]) if len(w) >= 4 and w.isalpha() and w not in _NOT_THINGS}
    score = {}
    for r, qs in by_row.items():
        if len(qs) != 1:
            continue
        y0, y1 = float(f.cand_box[r][1]), float(f.cand_box[r][3])
        line = [t for t in texts if min(y1, f.cand_box[t][3]) - max(y0, f.cand_box[t][1]) >= 0.5 * (y1 - y0)]
        score[r] = len(said & {w for t in line for w in words(f.cand_text[t])})
    best = max(score.values(), default=0)
    top = [r for r, n in score.items() if n == best]
    return set(by_row[top[0]]) if best and len(top) == 1 else set()


_MARKED_AS = re.compile(r"\bas\s+(?:a\s+|an\s+)?([a-z]{4,})", re.I)  # "… as complete"
_CARD_BUTTON_PX = 60  # CSS px: how far under a card's name its button's middle may stand
_MONTH_NAME = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)|january|february|march|april|"
                         r"june|july|august|september|october|november|december", re.I)
_MONTHS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"})
_DAY_UNDER_PX = 45  # CSS px: how far under a row's name the line giving its day may stand
_CARD_FOOT_PX = 220  # CSS px: how far under a card's name the buttons at its foot may stand


def _card_foot(f: Features, rows: list[int], reads: list[int], instruction: str, a: int, b: int,
               texts: list[int], tell: bool = True) -> set[int]:
    """The buttons reading the verb at the foot of the cards the names head: the first such button under each
    name, before the next card's title (a text starting where the name starts, as tall). Of several cards, those
    reading a day the clause says ("my Leeds to York ticket on 22 March": "Fri 22 Mar 2024" on one of two); with
    ``tell``, of cards for a clause saying another capitalised name, the one reading it ("Tom Alvarez's
    application for Pepper": none once that card is gone, not his other)."""
    mid = (f.cand_box[:, 1] + f.cand_box[:, 3]) / 2
    feet: dict[int, int] = {}
    for r in rows:
        x0, y0, x1, y1 = (float(v) for v in f.cand_box[r])
        # not under another column's card: left of the next title on the name's line
        beside = [float(f.cand_box[u][0]) for u in texts if f.cand_box[u][0] > x1 and len(
            [w for w in _latin(f.cand_text[u]) if w.isalpha()]) >= 2 and f.cand_box[u][3] - f.cand_box[u][1]
            >= 0.85 * (y1 - y0) and min(y1, f.cand_box[u][3]) - max(y0, f.cand_box[u][1]) >= 0.5 * (y1 - y0)]
        under = [t for t in reads if 0 < mid[t] - y1 <= _CARD_FOOT_PX * f.scale
                 and float(f.cand_box[t][0]) < min(beside, default=np.inf)]
        if not under:
            continue
        # the first under it, a button far right of its name counting later (another column's card)
        t = min(under, key=lambda u: float(mid[u]) + max(float(f.cand_box[u][0]) - x1, 0.0) / 2)
        if _next_title(f, r, t, texts):
            continue  # the next card's title comes first: this card shows no such button
        feet[r] = t
    day = _DAY.search(instruction, a, b)
    own = {w for r in rows for w in words(f.cand_text[r])}
    clause = re.sub(r"\bto\s+(?:[A-Z][\w'’-]*\s*)+", " ", instruction[a:b])  # (whom it goes to: "Give J-40531
    # to Kofi Asante" tells no card by him)
    other = {w.lower() for w in re.findall(r"(?<![.!?]\s)(?<=\s)[A-Z][a-z]{2,}\b", clause)} - own
    other = {w for w in other if not _MONTH_NAME.fullmatch(w) and not _WEEKDAY.fullmatch(w)}
    if other and day is None and tell:
        # cards alike by name, told by another name the clause says inside one ("Tom Alvarez's application for
        # Pepper": "Applying for Pepper (Bombay)" under one of his two; his other alone once that one is gone)
        told = {r: t for r, t in feet.items() if any(
            other & set(words(f.cand_text[u])) for u in texts if f.cand_box[r][1] <= mid[u] <= mid[t]
            and abs(float(f.cand_box[u][0] - f.cand_box[r][0])) <= 10 * f.scale)}
        return set(told.values()) if len(told) == 1 else set()
    if len(rows) > 1 and day is None:
        return set()  # which of them? (another card's button may be off screen)
    if len(rows) > 1 and day is not None:
        feet = {r: t for r, t in feet.items()
                if _reads_day(f, day, [u for u in texts if f.cand_box[r][1] <= mid[u] <= mid[t]])}
    return set(feet.values())


def _next_title(f: Features, r: int, t: int, texts: list[int]) -> bool:
    """Whether a text starting where name ``r`` starts, as tall, stands between it and button ``t``: a table's
    next row (the button on its line), or the next card's title (after a gap wider than the name's line and
    twice the others of its column). A card's own lines follow its name closely and evenly: its title's second
    line, its byline, its body ("The Quiet Orbit / Nadia Brenner", "Tom Alvarez / Applying for Pepper /
    Submitted … / Home check …")."""
    x0, y0, _, y1 = (float(v) for v in f.cand_box[r])
    mid = (f.cand_box[:, 1] + f.cand_box[:, 3]) / 2
    col = sorted((u for u in texts if u != r and y1 < mid[u] < mid[t] + ROW_PX * f.scale
                  and abs(float(f.cand_box[u][0]) - x0) <= 8 * f.scale), key=lambda u: float(f.cand_box[u][1]))
    gaps, last = [], y1
    for u in col:
        gaps.append(float(f.cand_box[u][1]) - last)
        last = max(last, float(f.cand_box[u][3]))
    for k, u in enumerate(col):
        others = gaps[:k] + gaps[k + 1:]
        if float(f.cand_box[u][3] - f.cand_box[u][1]) < 0.85 * (y1 - y0) or gaps[k] <= 0.2 * (y1 - y0):
            continue
        if abs(float(mid[u] - mid[t])) <= ROW_PX * f.scale:
            return True  # the button stands on that text's line: a table's next row
        if gaps[k] > y1 - y0 and (not others or gaps[k] > 2 * max(float(np.median(others)), 1.0)):
            return True
    return False


def _field_value(f: Features, t: int) -> bool:
    """Whether text ``t`` is the one text inside an entry field (a box a line tall, 200 CSS px wide or more): a
    value typed or shown there ("2025-07-12" in a booking form's Date), no row of a list."""
    for q in np.flatnonzero(f.cand_kind == KINDS["input"]):
        x0, y0, x1, y1 = (float(v) for v in f.cand_box[q])
        if x1 - x0 >= 200 * f.scale and y1 - y0 <= 50 * f.scale \
                and [u for u in texts_inside(f, int(q)) if words(f.cand_text[u])] == [t]:
            return True
    return False


def _reads_day(f: Features, day: re.Match[str], texts: list[int]) -> bool:
    """Whether ``texts`` read the day and the month of ``_DAY``'s match ("22 May" in "Saturday 22 May 2027",
    "22 March" in "Fri 22 Mar 2024", "8 March" in "Mar 8, 14:12": months by their first three letters, the day
    beside its month)."""
    d, mon = day.group(1), day.group(2)[:3]
    # side by side, either way round ("Inverter 2 · Mar 8, 14:12" is not 2 March)
    said = _beside_month(d, mon)
    return any(said.search(f.cand_text[u]) for u in texts)


def _beside_month(day: int | str, month: str) -> re.Pattern[str]:
    """A day written beside its month, either way round ("22 Mar", "Mar 22", "22nd March"; "Inverter 2 · Mar 8,
    14:12" is not 2 March); ``month`` a pattern of its first three letters ("Mar", or several joined by "|")."""
    return re.compile(rf"(?<!\d){day}(?:st|nd|rd|th)?\s+(?:{month})|\b(?:{month})[a-z]*\.?\s+{day}(?!\d)", re.I)

# a "More options" button: three dots, upright or across (OCR reads the latter as an ellipsis)
MORE = re.compile(r"[⋮⋯…⁝︙]|\.{3}|·{3}")
_MENU_VERBS = _ROW_VERBS | frozenset({"edit", "rename", "move", "share", "duplicate", "pin", "unpin", "mute",
                                      "report", "transfer", "modify", "reschedule", "send", "remind", "pause",
                                      "resume", "suspend", "skip", "withdraw", "query", "dispute", "extend",
                                      "discharge", "waive"})


_MARK_AS = re.compile(r"\W*(?:please\s+)?mark\s+.+?\s+as\s+\w+", re.I)  # "Mark invoice INV-0042 as paid"
# the state a "mark … as" clause gives, up to its next clause: "mark her as on leave and hand …": "on leave"
_AS_STATE = re.compile(r"\bas\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)(?=\s+(?:and|then|to|for|from|by|until|since)\b"
                       r"|\s*[,.;!?]|\s*$)", re.I)
# a task that says what happened to a thing, then what to do to it by a pronoun: "jamie chen got hurt, mark him
# injured", "Harbor Dental's 250 business cards are done. Mark them ready for pickup."
_TOLD = re.compile(r"\s*(?P<thing>(?:[\w'’&.:-]+\s+){0,7}?[\w'’&.:-]+)\s+(?:is|are|was|were|has|have|had|got|just|went|"
                   r"rang|called|phoned|emailed|wrote|messaged|would\s+like|wants?|runs\s+out|expires|"
                   r"says|came|needs?|'s|can['’]t|cannot|couldn['’]t|won['’]t|isn['’]t|aren['’]t|wasn['’]t|doesn['’]t|didn['’]t|"
                   r"hasn['’]t|haven['’]t)(?!\w)",
                   re.I)
_DO_IT = re.compile(r"(?:^|[,.;:!?—–-]\s*|\band\s+)(?:(?:please|now|so|then|can\s+you|could\s+you|you\s+can|"
                    r"you\s+could|you\s+may)\s+)*"
                    r"(?P<verb>[a-z]+)\s+(?P<it>him|her|it|them|his|its|their|that\s+(?:request|booking|order|one|"
                    r"packet|loan|slot|stock|item|job|sample|sailing|shift|session|record|entry|ticket)|"
                    r"the\s+(?:case|claim|application|ticket|order|request|booking|entry|account))\b"
                    r"(?P<rest>[^,.;!?]*)", re.I)


# a club's or a company's name, a story's subject: "St Anne's Youth Club", "Greenway Tenants' Association"
_GROUP_NAME = r"(?:The\s+)?(?-i:[A-Z][\w'’.&-]*)(?:\s+(?-i:[A-Z][\w'’.&-]*)){1,4}"
# a person's thing told in a story, up to the day it is on: "her maths session this Wednesday", "tomorrow's
# appointment"
_OWN_THING = re.compile(r"\b(?:his|her|their|(?P<day>today|tomorrow|tonight)['’]s)\s+((?:[a-z]+\s+){0,3}?(?:session|"
                        r"lesson|booking|appointment|class|visit|shift|reservation|order|delivery|test|exam|consultation|fitting|viewing|party|"
                        r"event|meeting|hire|match|game|treatment|course|invoice|bill|quote|contract|membership|job)s?"
                        r"(?:\s+(?:this|next|on)\s+[A-Za-z]+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?)?)", re.I)


def resolved(instruction: str) -> str:
    """The task told as one command when it names its thing first and acts on it by a pronoun later: "jamie
    chen got hurt, mark him injured" reads "mark jamie chen as injured"; a task that only tells a state, "T-3092
    is ready to be picked up.", reads "mark T-3092 as ready"; any other task, as it is."""
    instruction = _PUT_ON.sub(r"assign it to \g<who>", instruction)  # "put Callum on it": assigned to him
    if (van := _ON_VAN.match(instruction)) is not None:  # "Put CN-48217 on Dev Patel's van.": given to him
        return f"{van.group(1)}assign {van.group('thing')} to {van.group('who')}"
    if (need := _NEEDS.match(instruction)) is not None:  # "The Halden Pharmacy parcel that's still sitting here …
        # needs bumping up to same day.": "change the Halden Pharmacy parcel to same day"
        thing = re.sub(r"\s+(?:that|which|who)\b.*$|\s+(?:that|which|who)['’]s\b.*$", "", need.group("thing"))
        thing = re.sub(r"^(?:The|A|An|Our|My)\b", lambda a: a.group().lower(), thing)
        return f"change {thing} to {need.group('value').strip()}"
    if (ask := _ASKS.match(instruction)) is not None and re.match(r"\s+[a-z]+\s+(?-i:[A-Z]{1,4})-\d[\w-]*\?",
                                                                  instruction[ask.end():]):
        return instruction[ask.end():].strip()  # a request of a code first, its story after: "Can you cancel
        # FR-2307? Fiona's changed her mind …" reads "cancel FR-2307? …"
    told = _TOLD.match(instruction)
    code = _CODE.search(instruction) if told is None else None
    if code is not None and lead_word(words(instruction)) in BRINGS_NEW:
        code = None  # (a new thing's details hold codes, no story of one: "Please sign up Kwame Mensah … Give him
        # shelf B-14 and put him on the newsletter list")
    if told is None and code is None:
        return _as_marked(_without_setting(instruction))
    for m in _DO_IT.finditer(instruction, told.end() if told else code.end()):
        verb = m.group("verb").lower()
        if re.search(r"[^s]s$", verb) and verb not in _MENU_VERBS or verb in _JOINS:
            continue  # a story's "… and wants his skis …", "…, so it's an XL now" say what is, ask nothing
        if verb in _MENU_VERBS | {"mark", "check"} or verb not in _UI_VERBS | _NOT_THINGS | BRINGS_NEW \
                or verb == "put" and re.match(r"\s*(?:on|back)\s+[a-z]", m.group("rest")) \
                or verb in ("log", "record", "flag") and re.match(r"\s*as\s", m.group("rest")):  # "put her on leave
            # …", "log it as a failed attempt"
            rest = m.group("rest").strip()
            if (rest.count('"') % 2 or rest.count("“") > rest.count("”")) \
                    and (close := re.search(r'["”]', instruction[m.end():])) is not None:
                rest += instruction[m.end():m.end() + close.end()]  # a quote's comma is no clause's end: 'with
                # the note "Cracked bow rigger, awaiting repair"'
            thing = told.group("thing") if told else code.group()
            if told and m.group("it").lower().startswith("that ") and (obj := re.search(
                    r"\b((?:the|their|his|her)\s+[a-z]+(?:\s+[a-z]+){0,2}\s+(?:at|on|in|for)\s+[^,;.!?—–]+?)"
                    r"(?:\s+to\s+[a-z]+\b[^,;.!?—–]*)?\s*(?:[,;.!?—–]|\s-\s|\s(?=(?:has|have|had|is|are|was|"
                    r"were|will)\s))",
                    instruction[told.end():m.start()] + ".")) is not None:
                thing = re.sub(r"^(?:their|his|her)\b", lambda _: told.group("thing") + "'s", obj.group(1))
                # "Charlie crew have finished the job at 19 Kestrel Way — close that one off as fixed": the job, not
                # the crew; "Flow Yoga would like their class at Ashby Pavilion on Wednesday 19 March to run until
                # 9pm …. Can you extend that booking?": Flow Yoga's class …; "the barn conversion at Mill Farm
                # has been refused …. Cancel that job": the conversion, not what was refused
            elif told and m.group("it").lower() == "it" and (re.fullmatch(_FULL_NAME, thing)
                                                              or re.fullmatch(_GROUP_NAME, thing)) \
                    and (obj := _OWN_THING.search(instruction, told.end(), m.start())) is not None:
                thing = f"{thing}'s {obj.group(2)}" + (f" {obj.group('day').lower()}" if obj.group("day") else "")
                # "Maya Thornton is off sick, so her maths session this
                # Wednesday won't be going ahead. Please cancel it.": her session, not her
            if told and (said := re.match(r"((?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))+)\s+[a-z]+ed\b.*"
                                          r"\b(?:he|she|they)$", thing)) is not None:
                thing = said.group(1)  # "Gareth Lloyd phoned to say he had a tattoo …. Defer him …": Gareth Lloyd
            if told and m.group("it").lower() in ("it", "them") and (own := _CODE.search(instruction)) is not None \
                    and re.fullmatch(r"(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2}", thing):
                # "Harriet Lowe has shown us proof that the grey Kindle, LP-5534, is hers. Please release it to
                # her.": it is the thing told by its code; she is the person the story is about ("Keg K-0314 just
                # came back …, mark it as returned": the code alone, as its row reads it)
                rest = re.sub(r"\b(?:her|him|them)\b", thing, rest)
                thing = own.group()
            elif told and m.group("it").lower() in ("it", "them") and not re.search(r"\d", thing) \
                    and (own := _NUMBERED.search(instruction, told.end(), m.start())) is not None:
                thing = own.group()  # "The vendor has pulled lot 47 — please withdraw it.": lot 47
            elif told and m.group("it").lower().startswith("the ") and (own := _CODE.search(thing)) is not None:
                thing = own.group()  # "HB-5108's invoice has been paid, so you can confirm the booking now.": the
                # booking is the code's, not its invoice
            elif told and m.group("it").lower() in ("their", "his", "its") and not _CODE.search(thing) \
                    and not (m.group("it").lower() == "his" and re.fullmatch(_FULL_NAME, thing)) \
                    and (own := _CODE.search(instruction, told.end(), m.start())) is not None:
                thing = own.group()  # "The Okafors just dropped off everything from RN-4407 …, check their gear
                # back in": RN-4407's gear (the family is no row's text; their booking's code is); a man named
                # in full is his own record's ("Daniel Foster … policy number AXH-558213. Please update his
                # record.")
            if not told and (noun := re.search(r"(?<![\w-])([a-z]{3,})\s+$", instruction[:code.start()])) \
                    and noun.group(1) not in _NOT_THINGS | {"at", "for", "from", "with", "into", "onto", "and", "the"}:
                thing = f"{noun.group(1)} {thing}"  # "… at location B-04-1, block it": "block location B-04-1"
            thing = re.sub(r"^(?:The|A|An|My|Our|Today['’]s)\b", lambda a: a.group().lower(), thing)  # (no name's)
            if m.group("it").lower() in ("him", "her", "his") and (owner := re.match(
                    r"((?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))*)['’]s\s+\S", thing)) is not None:
                thing = owner.group(1)  # "Harriet Cole's class 2 medical has lapsed. Suspend her …": Harriet Cole
            if m.group("it").lower() in ("his", "its", "their") or m.group("it").lower() == "her" and rest \
                    and rest.split()[0].lower() not in _AFTER_HER:
                thing = re.sub(r"['’]s$", "", thing) + "'s"  # "record his belay certification": Eli Navarro's
            elif verb == "mark" and rest and not rest.lower().startswith("as "):
                rest = "as " + rest
            more = ""
            if told and verb == "extend" and not rest.strip() and (until := re.search(
                    r"\b(?:until|till|to)\s+(\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2})",
                    instruction[told.end():m.start()], re.I)) is not None:
                rest = f"until {until.group(1)}"  # "… to run until 9pm instead of 8. Can you extend that booking?"
            if told and verb in ("update", "edit", "amend") and not rest.replace("record", "").strip():
                more = ": " + instruction[told.end("thing"):m.start()].strip(" —–-,.;")  # what was told is
                # the change: "Kat's Jazz After Dark … is going out pre-recorded this week — please update it"
            elif (nxt := re.match(r"\s*(?:[,;]\s*(?:and\s+)?then|[.;]\s+(?:then\s+)?)\s*(?P<cmd>[a-z]+)\b",
                                  instruction[m.end():], re.I)) is not None and nxt.group("cmd").lower() in _COMMANDS:
                more = ", then " + instruction[m.end() + nxt.start("cmd"):].strip()  # "Extend his rental, then take
                # payment for the whole amount": the next command kept
            elif re.match(r"\s*(?:please\s*)?[.!]\s+[A-Z]", instruction[m.end():]):
                more = "; " + re.sub(r"^\s*(?:please\s*)?[.!]\s+", "", instruction[m.end():]).strip()  # details
                # told after it: "withdraw him please. His last class is Friday 28 March; reason is relocation."
            rest = re.sub(r"\s*\b(?:please|now)\W*$", "", rest)  # ("Mark them as lost please.", "… confirm the
            # booking now")
            return _as_marked(f"{verb} {thing} {rest}".strip() + more)
    if (said := _STATED.fullmatch(instruction)) is not None:  # "T-3092 is ready to be picked up."
        state = said.group("state")
        if state.lower() == "picked" and re.match(r"\s*up\b", instruction[said.end("state"):]):
            state = "collected"  # "SP-7719 has just been picked up.": its menu's "Mark collected"
        return f"mark {said.group('thing')} as {state}"
    return _as_marked(_without_setting(instruction))


# a person put on the thing told: "Move it into production and put Callum on it please."
_PUT_ON = re.compile(r"\bput\s+(?P<who>(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?)\s+on\s+(?:it|that|this|the\s+job)\b",
                     re.I)
# a task that opens by asking: "Can you cancel FR-2307? …", "Could you …"
_ASKS = re.compile(r"\W*(?:can|could|would|will)\s+you\b", re.I)
# a thing put on a person's round: "Put CN-48217 on Dev Patel's van"
_ON_VAN = re.compile(r"(\W*(?:please\s+)?)put\s+(?P<thing>\S+(?:\s+\S+){0,3}?)\s+on(?:to)?\s+(?P<who>(?-i:[A-Z][a-z]+)"
                     r"(?:\s+(?-i:[A-Z][\w-]+))?)['’]s\s+(?:van|round|route|truck|list|rota|caseload|shift|team)\b",
                     re.I)
# a thing told to need moving to a value: "The Halden Pharmacy parcel … needs bumping up to same day."
_NEEDS = re.compile(r"\W*(?P<thing>[^,;.!?]+?)\s+needs?\s+(?:bumping|moving|changing|switching|upgrading|"
                    r"downgrading|putting|setting)\s+(?:(?:up|down|over|back)\s+)?to\s+(?P<value>[^,;.!?]+?)\W*$",
                    re.I)
# a task that only tells a thing's new state, by its identifier: "T-3092 is ready to be picked up."
_STATED = re.compile(r"\W*(?P<thing>(?:[\w'’-]+\s+){0,2}?[A-Z]{1,4}-\d[\w-]*)\s+(?:is|are|has\s+(?:just\s+)?been|"
                     r"have\s+(?:just\s+)?been)\s+(?:now\s+)?(?P<state>[a-z]{4,})\b[^,;.!?]*[.!]?\s*")


def _as_marked(instruction: str) -> str:
    """"record J-40522 as a failed delivery", "flag X as spam": the row marked so ("mark J-40522 as a failed
    delivery"), as its menu reads ("Mark failed delivery…"); "close WO-2214 off" is finishing it: "complete
    WO-2214" (its row's button)."""
    instruction = re.sub(r"^(\W*(?:please\s+)?)close\s+(\S+(?:\s+\S+){0,6}?)\s+off\s+as\b", r"\1mark \2 as",
                         instruction, flags=re.I)  # "close the job at 19 Kestrel Way off as fixed": marked fixed
    instruction = re.sub(r"^(\W*(?:please\s+)?)close\s+(\S+(?:\s+\S+){0,3}?)\s+off\b", r"\1complete \2",
                         instruction, flags=re.I)
    return re.sub(r"^(\W*(?:please\s+)?)(?:record|flag|log)\s+(?!(?:in|on|out|into|onto)\b)(?=\S.*?\s+as\s+\w)",
                  r"\1mark ", instruction, flags=re.I)  # (not "Log in as ivan …")


def _without_setting(instruction: str) -> str:
    """The task without a first sentence that only sets the scene, when a command follows it: "Weather's closing
    in. Cancel tonight's 19:00 sailing from Kell Island back to Portmere." reads its second sentence (the
    first's words would name rows and sections). Kept when the first sentence starts with a verb or tells a
    value or a name (a number, a quote, a capitalised word past its first: "My card is the Visa 4417."), or
    the rest speaks of it ("that", "it", "them": ``resolved`` reads those)."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z])", instruction.strip(), maxsplit=1)
    if len(parts) < 2:
        return instruction
    first, rest = words(parts[0]), words(parts[1])
    if not first or not rest or lead_word(first) in _COMMANDS or lead_word(rest) not in _COMMANDS \
            or re.search(r"\d|[\"“‘]|(?<=\s)[A-Z]", parts[0]) \
            or {"it", "them", "that", "this", "him", "her", "his", "its", "their", "those", "these"} & set(rest):
        return instruction
    return parts[1]

# words after "her" that make it the object, not its owner: "mark her as on leave", not "freeze her membership"
_JOINS = frozenset({"so", "then", "but", "and", "or", "because", "as", "if", "when", "since", "while", "though"})
_AFTER_HER = frozenset({"as", "to", "from", "for", "in", "on", "up", "out", "off", "with", "until", "back", "down",
                        "and", "a", "an", "the", "into", "onto", "over", "at", "by", "again"})


# a thing's code told before a pronoun acts on it: "a forklift clipped the racking at location B-04-1, block it …"
_CODE = re.compile(r"\b[A-Z]{1,4}-\d[\w-]*\b|\b[A-Z]{1,4}/\d{2,}(?:/\d+)+\b")


# a first word that reads as a command's verb though no list knows it: a thing comes right after it ("Please
# discontinue the Munstead lavender", "mothball our Q3 plan")
_BARE_VERB = re.compile(r"\W*(?:(?:please|now|kindly)\s+)?(?=[a-z]{4,}\s+(?:the|my|our|your|this|that|these|those|his|"
                        r"her|their)\b|[a-z]{3,}\s+(?:[a-z]+\s+){0,3}(?:[A-Z]{2,}-?\d{2,}|[A-Z]{1,4}[-/]\d[\w/-]*)\b"
                        r"|[a-z]{4,}\s+(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+(?:['’]s)?)\b"
                        r"|[a-z]{4,}\s+(?-i:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+[A-Z][a-z]+)\b)([a-z]+)",
                        re.I)
# (or a verb before a thing told by its identifier, "Put sales order SO-50318 on hold", or a person's thing,
# "record Eli Navarro's belay certification", or a person by title, "discharge Mr Haldane")


def row_menu(f: Features, instruction: str) -> int | None:
    """A row's "More options" menu, for a verb the row shows no button for: "Cancel my Sakura House
    reservation" on a list whose rows show "Modify" and "⋮" opens the Sakura House row's "⋮"; once open, the
    menu's entry reading the verb ("Cancel reservation"). The row is named as ``_rows_of`` reads it; its menu
    is the nearest three dots right of the name, from its line to a card's height under it. Pressed dots that
    show no more (hovered) leave the entry to be found under the last click, in a menu's stack of texts. A page
    the clause names is opened first (``_open_to_act``)."""
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and f.cand_text[t].strip()]
    more = [t for t in texts if MORE.fullmatch(f.cand_text[t].strip()) or _ACTIONS_BUTTON.fullmatch(f.cand_text[t])]
    worded = [t for t in texts if words(f.cand_text[t])]  # ("Actions ▾" on each row is its menu too)
    lead = _lead(instruction, _MENU_VERBS | {"mark", "take"} | ({"check"} if CHECK_IN.match(instruction) else set())) \
        or _bare_lead(f, instruction)
    if lead is None or lead[2].group(1).lower() == "mark" and not _MARK_AS.match(instruction, lead[0], lead[1]) \
            or lead[2].group(1).lower() == "take" and not re.search(r"\boff\b", instruction[lead[0]:lead[1]], re.I):
        return None  # ("Mark A, B and C" ticks boxes; "Mark invoice INV-0042 as paid" is a row's menu entry)
    a, b, m = lead
    verb = "remove" if m.group(1).lower() == "take" else m.group(1).lower()  # "Take the mushroom pasta off …"
    says = set(with_synonyms([verb]))
    entry = says | ({"hold"} if _ON_HOLD.match(instruction, a, b) else set())  # (a badge "ON HOLD" is no button)
    if len(f.hist_kind) and _given_done(f, instruction, a, b, verb, worded):
        return None
    kinds = [ACTIONS[int(k)] for k in f.hist_kind]
    if kinds[-1:] == ["scroll"] and [k for k in kinds if k != "scroll"][-1:] == ["click"]:
        # a menu opened, then scrolled to its foot (``menu_cut``): its entry reading the verb
        shown = [t for t in worded if 1 <= len(ws := _latin(f.cand_text[t])) <= 4 and ws[0] in entry
                 and _in_menu(f, t, worded)]
        if len(shown) == 1:
            return shown[0]
    opened = [t for t in more if clicked_in(f, t, ever=True)]
    clicks = [k for k in range(len(f.hist_kind)) if ACTIONS[int(f.hist_kind[k])] == "click"]
    if opened:
        k_dots = max(k for k in clicks for t in opened if within_box(acted_at(f, k), f.cand_box[t]))
        if any(k > k_dots for k in clicks):
            return None  # its entry was pressed after the dots ("Mark as ready": the card's badge now reads READY)
        at: tuple[float, float] | None = acted_at(f, k_dots)
    elif clicks and clicks[-1] == len(f.hist_kind) - 1 and \
            not any(within_box(acted_at(f, clicks[-1]), f.cand_box[t]) for t in worded):
        at = acted_at(f, clicks[-1])  # a glyph clicked that shows no dots now (pressed, or read as "i")
    else:
        at = None
    if at is not None:  # its menu: the entry starting with the verb nearest under the dots, pressed once
        x, y = at
        state = [w for w in words(m2.group(1)) if w.isalpha() and w not in _NOT_THINGS | {"a", "an", "the"}] \
            if verb == "mark" and (m2 := _AS_STATE.search(instruction, a, b)) else []
        entries = [t for t in worded if 1 <= len(ws := _latin(f.cand_text[t])) <= 4
                   and (ws[0] in entry or state and set(state) <= set(ws))  # ("mark her as on leave": "Set on leave")
                   and -(260 if opened else 40) * f.scale <= float(f.cand_box[t][1]) - y <= 300 * f.scale
                   # (dots' menu may open upward, at a list's foot)
                   and abs((float(f.cand_box[t][0]) + float(f.cand_box[t][2])) / 2 - x) <= 300 * f.scale
                   and (opened or _in_menu(f, t, worded))]
        if not entries and opened:  # no entry for the verb: the one opening the record, whose own page has it
            entries = [t for t in worded if 1 <= len(ws := _latin(f.cand_text[t])) <= 3 and ws[0] in ("open", "view")
                       and 0 <= float(f.cand_box[t][1]) - y <= 120 * f.scale
                       and abs(float(f.cand_box[t][0]) - x) <= 300 * f.scale]  # ("Open report", "View details")
        said = set(words(instruction[a:b])) - says - _NOT_THINGS - {"a", "an", "the", "to", "as", "back", "over"}

        def rank(t: int) -> tuple[bool, bool, int, float]:
            """The entry reading the state marked, then starting with the verb ("Mark fixed", not a card's "fixed
            19"), then saying more of the clause ("move T-3308 over to ready": "Move to Ready", not "Move back to
            Received" nearer the dots), then the nearest."""
            ws = _latin(f.cand_text[t])
            return (not (state and set(state) <= set(ws)), ws[0] not in entry, -len(said & set(ws)),
                    abs(float(f.cand_box[t][1]) - y))
        q = min(entries, key=rank, default=None)
        if q is not None or opened:
            return q if q is not None and not clicked_in(f, q, ever=True) else None
    q = _open_to_act(f, instruction, m.end(), b, more, worded, says)
    if q is not None or not more:
        return q
    if _verb_shown(f, worded, says):
        return None  # the verb's own button is shown
    rows = _rows_of(f, instruction, a, b, worded)
    if not rows or _part_of_row(f, rows[0], worded):
        return None
    r = rows[0]
    x1, y0, y1 = float(f.cand_box[r][2]), float(f.cand_box[r][1]), float(f.cand_box[r][3])
    stem = verb[:-1] if verb.endswith("e") else verb
    pad = ROW_PX * f.scale
    if len(f.hist_kind) and any(x.startswith(stem) and x.endswith("ed") or x == "hold" and "hold" in entry
                                for t in worded if y0 - pad <= (f.cand_box[t][1] + f.cand_box[t][3]) / 2 <= y1 + pad
                                for x in _latin(f.cand_text[t])):
        return None  # the row reads it done ("block B-04-1": "BLOCKED"; put on hold: "On hold")
    mids = {t: (float(f.cand_box[t][1]) + float(f.cand_box[t][3])) / 2 for t in more}
    # on its line, a card's height under it, or a card's header line just over its title ("Content ☆ ⋯"); the
    # nearest, right of the name (another column's card stands further right)
    x0 = float(f.cand_box[r][0])
    heads = {t: _head_code(f, t, x0, worded) for t in more}  # a card's header line: its code beside its dots
    near = sorted((abs(mids[t] - (y0 + y1) / 2) + max(float(f.cand_box[t][0]) - x1, 0.0) / 4, t) for t in more
                  if float(f.cand_box[t][0]) > (x1 if mids[t] >= y0 - 10 * f.scale else x0)
                  and (y0 - 25 * f.scale <= mids[t] <= y1 + _CARD_BUTTON_PX * f.scale
                       or heads[t] is not None and y0 - _HEAD_PX * f.scale <= mids[t] < y0)
                  and not (heads[t] is not None and heads[t] != r and mids[t] > y1))  # (not the next card's)
    over = [t for _, t in near if heads[t] is not None and mids[t] < y0]
    if over and r not in heads.values():  # the nearest header's dots over the name, no other header between
        top = max(over, key=lambda t: mids[t])
        if not any(heads[u] is not None and mids[top] < mids[u] < y0 for u in more):
            return top
    if near and (len(near) == 1 or near[1][0] - near[0][0] > ROW_PX * f.scale):
        return near[0][1]
    if not near:
        q = _card_head_dots(f, r, more, worded)
        return q if q is not None else _card_foot_dots(f, r, more, worded)
    return None


def _part_of_row(f: Features, r: int, worded: list[int]) -> bool:
    """Whether name ``r`` is an identifier listed on a row that another identifier of another kind leads
    ("RN-4400 · Jakub Nowak · SK-115 Völkl Deacon 76 …": SK-115 is a ski hired on that rental, whose own record
    is elsewhere): the row's menu acts on the rental, not on the ski."""
    own = _CODE.match(f.cand_text[r].strip())
    if own is None:
        return False
    mid = (float(f.cand_box[r][1]) + float(f.cand_box[r][3])) / 2
    lead = [u for u in worded if float(f.cand_box[u][2]) < float(f.cand_box[r][0])
            and float(f.cand_box[u][1]) - ROW_PX * f.scale / 2 <= mid <= float(f.cand_box[u][3]) + ROW_PX * f.scale
            and (c := _CODE.fullmatch(f.cand_text[u].strip())) is not None
            and re.sub(r"[\d/-]", "", c.group()) != re.sub(r"[\d/-]", "", own.group())]
    return bool(lead)


def _head_code(f: Features, t: int, x0: float, worded: list[int]) -> int | None:
    """The identifier on the line of dots ``t`` in the column starting near ``x0`` ("LK-7790 P2 … ⋯"): whose
    card's header those dots are."""
    y = (float(f.cand_box[t][1]) + float(f.cand_box[t][3])) / 2
    on = [u for u in worded if abs((float(f.cand_box[u][1]) + float(f.cand_box[u][3])) / 2 - y) <= ROW_PX / 2 * f.scale
          and abs(float(f.cand_box[u][0]) - x0) <= 20 * f.scale and float(f.cand_box[u][2]) < float(f.cand_box[t][0])
          and _CODE.search(f.cand_text[u])]
    return on[0] if on else None


_HEAD_PX = 60  # CSS px: how far over a card's title its header's dots may stand


def _card_head_dots(f: Features, r: int, more: list[int], worded: list[int]) -> int | None:
    """A card's dots at its header's right end, over a title of one or two lines with the card's code under it
    ("Georgia & Nathan Fairweather ⋯ / EQ-218 · Sat 9 Aug 2025"): the nearest dots over the code within 60 CSS
    px, in the card's width right of it, with no other code between them."""
    x0, y0 = float(f.cand_box[r][0]), float(f.cand_box[r][1])
    if not _CODE.match(f.cand_text[r].strip()):
        return None
    over = sorted((y0 - float(f.cand_box[t][3]), t) for t in more
                  if 0 < y0 - float(f.cand_box[t][3]) <= _HEAD_PX * f.scale
                  and x0 < float(f.cand_box[t][0]) <= x0 + 300 * f.scale)
    if not over:
        return None
    t = over[0][1]
    between = [u for u in worded if u != r and _CODE.search(f.cand_text[u])
               and float(f.cand_box[t][3]) < float(f.cand_box[u][1]) < y0 and abs(float(f.cand_box[u][0]) - x0) <= 30]
    return None if between else t


def _card_foot_dots(f: Features, r: int, more: list[int], worded: list[int]) -> int | None:
    """A tall card's dots at its foot, a few lines under its code ("FL-1043 / Spring Meadow Hand-tied / For … /
    From … / Delivery · Afternoon · £44.00 ⋯"): the nearest dots under the name in its column, within a tall
    card's height, with no other card's code (the name's shape: "FL-1044") between them."""
    x0, y1 = float(f.cand_box[r][0]), float(f.cand_box[r][3])
    name = f.cand_text[r].strip()
    if not (_CODE.fullmatch(name) or re.fullmatch(r"[A-Z]{2,}-?\d{2,}", name)):
        return None
    under = sorted((float(f.cand_box[t][1]), t) for t in more
                   if 0 < float(f.cand_box[t][1]) - y1 <= _TALL_CARD_PX * f.scale
                   and x0 < float(f.cand_box[t][0]) <= x0 + _CARD_WIDE_PX * f.scale)
    if not under:
        return None
    y, t = under[0]
    shape = re.sub(r"\d", "0", name)
    if any(u != r and re.sub(r"\d", "0", f.cand_text[u].strip()) == shape and y1 <= float(f.cand_box[u][1]) < y
           and float(f.cand_box[u][0]) - 20 * f.scale <= x0 <= float(f.cand_box[u][2]) for u in worded):
        return None
    return t


_TALL_CARD_PX = 160  # CSS px: how far under a card's code its foot's dots may stand
_CARD_WIDE_PX = 480  # CSS px: how far right of a card's code its dots may stand


def _given_done(f: Features, instruction: str, a: int, b: int, verb: str, worded: list[int]) -> bool:
    """Whether a clause that assigns a thing to a person finds its card reading that person: "assign the Dualit
    toaster to Bogdan" done shows "Bogdan Ilie" under "Toaster · Dualit 2-slot" (its left edge, within 150 CSS
    px under the name)."""
    given = re.search(r"\bto\s+((?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))*)\W*$", instruction[a:b], re.I)
    if verb not in ("assign", "give", "reassign", "allocate") or given is None:
        return False
    who = words(given.group(1))
    rows = _rows_of(f, instruction, a, b, worded)
    if not rows:
        return False
    if phrase_at(words(f.cand_text[rows[0]]), who):
        return True  # a line naming both: "J-40531 assigned to Kofi Asante"
    return any(words(f.cand_text[t])[:len(who)] == who and not _in_menu(f, t, worded)  # (not a menu's entry)
               and abs(float(f.cand_box[t][0]) - float(f.cand_box[rows[0]][0])) <= 40 * f.scale
               and 0 < float(f.cand_box[t][1] - f.cand_box[rows[0]][1]) <= 150 * f.scale for t in worded)


_ON_HOLD = re.compile(r"\W*(?:please\s+)?put\s+.+?\s+on\s+hold\b", re.I)  # its menu reads "Put on hold" or "Hold"


def _bare_lead(f: Features, instruction: str) -> tuple[int, int, re.Match[str]] | None:
    """The first clause and a verb no list knows, when a row's menu is the one place it can be: the clause
    starts with it and a thing ("discontinue the Munstead lavender"), it is no control's own verb ("select the
    …") nor one making a new thing, and on a first step no text on screen reads it (its button is here)."""
    clauses = clause_spans(instruction)
    m = _BARE_VERB.match(instruction, *clauses[0]) if clauses else None
    held = _ON_HOLD.match(instruction, *clauses[0]) if clauses else None
    if m is None or (verb := m.group(1).lower()) in _UI_VERBS | _NOT_THINGS | _KEEP_VERBS | _EDIT_VERBS and not held \
            or MAKES.match(instruction) or verb.endswith(("ing", "ed", "ly")):
        return None
    if not len(f.hist_kind) and any(verb in _latin(f.cand_text[t]) for t in range(len(f.cand_text))
                                    if f.cand_kind[t] == KINDS["text"]):
        return None  # (once a menu opened, its entry reads the verb)
    return (*clauses[0], m)


def _in_menu(f: Features, t: int, worded: list[int]) -> bool:
    """Whether text ``t`` is an entry of a menu: three or more short texts stacked on its left edge."""
    x0 = float(f.cand_box[t][0])
    stack = [u for u in worded if abs(float(f.cand_box[u][0]) - x0) <= 6 * f.scale and len(_latin(f.cand_text[u])) <= 3
             and abs(float(f.cand_box[u][1]) - float(f.cand_box[t][1])) <= 160 * f.scale]
    return len(stack) >= 3


_EDIT_BUTTONS = frozenset({"modify", "edit", "change", "manage", "reschedule", "amend"})
_DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Z][a-z]{2,8})\b")  # "on 22 May"


def edit_button(f: Features, instruction: str) -> int | None:
    """The "Modify" (or Edit, Change, Manage) button of the row a clause changes: "Change my Le Petit Jardin
    booking on 22 May to 6 people" on a list of reservations where two rows read Le Petit Jardin, and a day
    said in the clause tells them apart (the row whose card reads 22 and May). The button stands right of the
    name, on its line or a card's button height under it. None for another verb, once such a button was
    pressed, or when the row or its one button is not on screen. A firm's standing change told by its name
    ("Riverside Care Home's accounts team want their invoices sent to … from now on") edits the firm's row.
    Of two buttons in reach, the nearest by more than a row's gap (a table's next row's "Edit" is in reach
    too)."""
    lead = _lead(instruction, _EDIT_VERBS)
    if lead is None:  # a clause taking a thing off sale, or putting its price up: "Take the Peony Blush off sale"
        lead = next(((a, b, m) for a, b in clause_spans(instruction)
                     if (m := _OFF_SALE.search(instruction, a, b)) is not None), None)
    firm = _FIRMS.match(instruction) if lead is None and _POLICY.search(instruction) else None
    if lead is None and firm is None:
        return None
    a, b = lead[:2] if lead is not None else firm.span(1)
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    buttons = [t for t in texts if 1 <= len(ws := _latin(f.cand_text[t])) <= 2 and ws[0] in _EDIT_BUTTONS]
    if not buttons or any(clicked_in(f, t, ever=True) for t in buttons):
        return None
    names = [words(firm.group(1))] if firm is not None else \
        [words(n) for n in object_names(instruction, a, b) or _clause_names(instruction, a, b)]
    rows = [t for t in texts if any(spelled(words(f.cand_text[t]), n) for n in names) and not _nav(f, t)]
    day = _DAY.search(instruction, a, b)
    if len(rows) > 1 and day is not None:  # the card under the name reads the day and the month
        rows = [r for r in rows if _reads_day(f, day, [
            u for u in texts if -ROW_PX * f.scale <= float(f.cand_box[u][1] - f.cand_box[r][3])
            <= _CARD_BUTTON_PX * f.scale])]
    if len(rows) != 1:
        return None
    r = rows[0]
    x1, y0, y1 = float(f.cand_box[r][2]), float(f.cand_box[r][1]), float(f.cand_box[r][3])
    mid = {t: (float(f.cand_box[t][1]) + float(f.cand_box[t][3])) / 2 for t in buttons}
    near = sorted((abs(mid[t] - (y0 + y1) / 2), t) for t in buttons if float(f.cand_box[t][0]) > x1
                  and y0 - 10 * f.scale <= mid[t] <= y1 + _CARD_BUTTON_PX * f.scale)
    # the one, or the nearest by far (a table's next row's "Edit" stands a row's height under)
    return near[0][1] if len(near) == 1 or near and near[1][0] - near[0][0] > ROW_PX * f.scale else None


def named_edit(f: Features, instruction: str) -> int | None:
    """The button that edits the part of a record the task speaks of, by its words: "Dana Whitfield has a new
    mobile number … Could you update her contact details?" on her record: "Edit contact details". A short text
    (two to four words) starting with an edit word, its other words all read in the task (one of four letters
    or more), for a task that edits (an edit verb, or "a new …" told); the one such button, pressed once."""
    said = set(words(instruction))
    if not said & (_EDIT_VERBS | {"correct", "fix"}) and not re.search(r"\b(?:has|have|got)\s+a\s+new\b", instruction,
                                                                      re.I):
        return None
    found = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
             and 2 <= len(ws := _latin(f.cand_text[t])) <= 4 and ws[0] in _EDIT_BUTTONS | {"update"}
             and set(ws[1:]) <= said and any(len(w) >= 4 for w in ws[1:])]
    if len(found) != 1 or clicked_in(f, found[0], ever=True):
        return None
    return found[0]


_PARTY = re.compile(r"\bto\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:people|persons|guests|"
                    r"diners|adults)\b", re.I)
_SHOWN_PARTY = re.compile(r"^\s*(\d{1,2})\s+(?:people|persons|guests?|diners|adults?)\s*$", re.I)


def edit_dialog(f: Features, instruction: str) -> int | None:
    """In the dialog a row's "Modify" opened, a count the clause sets ("… to 6 people"): the stepper's "+" while
    the count beside it ("4 guests") is under it, then the dialog's save button ("Save changes") once it reads
    the count. None for another task, before such a button was pressed, or when no stepper shows a count."""
    from tilepilot.model.embedded.buttons import SAVES

    lead = _lead(instruction, _EDIT_VERBS)
    want = _PARTY.search(instruction, *lead[:2]) if lead is not None else None
    if lead is None or want is None:
        return None
    n = int(want.group(1)) if want.group(1).isdigit() else _COUNT_WORDS[want.group(1).lower()]
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    pressed = [t for t in texts if 1 <= len(ws := _latin(f.cand_text[t])) <= 2 and ws[0] in _EDIT_BUTTONS
               and clicked_in(f, t, ever=True)]
    if not pressed:
        return None
    for t in texts:
        shown = _SHOWN_PARTY.match(f.cand_text[t])
        if shown is None:
            continue
        x1, y0, y1 = float(f.cand_box[t][2]), float(f.cand_box[t][1]), float(f.cand_box[t][3])
        plus = [u for u in range(len(f.cand_text)) if f.cand_kind[u] == KINDS["text"] and f.cand_text[u].strip() == "+"
                and 0 <= float(f.cand_box[u][0]) - x1 <= _STEP_PX * f.scale
                and min(y1, float(f.cand_box[u][3])) > max(y0, float(f.cand_box[u][1]))]
        if not plus:
            continue
        if int(shown.group(1)) < n:
            return plus[0]
        if int(shown.group(1)) > n:
            return None  # (its "−" is seldom read)
        saving = [u for u in texts if SAVES.match(f.cand_text[u]) and float(f.cand_box[u][1]) > y1
                  and not clicked_in(f, u, ever=True)]
        return min(saving, key=lambda u: float(f.cand_box[u][1]), default=None)
    return None


def _lead(instruction: str, verbs: frozenset[str]) -> tuple[int, int, re.Match[str]] | None:
    """The first clause's span and verb when that verb is one of ``verbs``."""
    clauses = clause_spans(instruction)
    m = _FIRST_VERB.match(instruction, *clauses[0]) if clauses else None
    return (*clauses[0], m) if m is not None and m.group(1).lower() in verbs else None


def _verb_shown(f: Features, worded: list[int], says: set[str]) -> bool:
    """Whether a short text reading the verb shows outside the left sidebar (whose "Archive" is a place), not a
    tab with its count ("Void 0": the list of void invoices)."""
    return any(len(ws := _latin(f.cand_text[t])) <= 3 and set(ws) & says and not _COUNTED.fullmatch(f.cand_text[t])
               and float(f.cand_box[t][2]) > side_edge(f) for t in worded)


_COUNTED = re.compile(r"\s*[A-Za-z][A-Za-z ]*\s\(?\d+\)?\s*")  # a tab and the count of what it lists


# things a list shows by name and that are opened to be acted on ("Archive the Q1 offsite agenda page")
_OPENED = re.compile(r"\s*(?:the\s+|my\s+|our\s+|your\s+)?[\"“']?(?P<name>[^\"”']+?)[\"”']?\s+(?:page|document|doc|"
                     r"file|note|post|album|photo|board|project|playlist|thread)\b", re.I)


def _open_to_act(f: Features, instruction: str, a: int, b: int, more: list[int], worded: list[int],
                 says: set[str]) -> int | None:
    """For a verb that a thing's own page does from its "⋮" menu, on a list where its name shows with no
    button for the verb ("Archive the Q1 offsite agenda page": the notes' list shows titles and tags): the
    text reading its name whole, which opens it; once open (its name shown, one "⋮" in the top bar), that
    "⋮". None when the clause names no such thing, the verb's button is shown, or no text reads the name."""
    m = _OPENED.match(instruction, a, b)
    if m is None or _verb_shown(f, worded, says):
        return None
    name = words(m.group("name"))
    named = [t for t in worded if words(f.cand_text[t]) == name]
    if not named:
        return None
    top = [t for t in more if float(f.cand_box[t][3]) <= _NAV_TOP * f.frame_size[1]]
    if len(more) == 1 and top:
        return top[0]  # its page's own menu
    if more:
        return None  # (rows with menus of their own: ``row_menu``)
    body = [t for t in named if not _nav(f, t)] or named
    if any(clicked_in(f, t, ever=True) for t in named):
        return None  # opened once: its page shows no menu this reads
    return min(body, key=lambda t: (float(f.cand_box[t][1]), float(f.cand_box[t][0])))


_DETAILS = frozenset({"details", "view", "manage", "open", "more"})  # a row's button that opens it whole


def details_button(f: Features, instruction: str) -> int | None:
    """A row's "Details" (or View, Manage, Open) button, for a task whose verb the list shows no button for:
    "Invite Priya Nair and Tom Becker to my Sprint planning meeting on Tuesday" on a list of bookings whose
    rows read "Details" and "Cancel" opens the Sprint planning booking; "Redirect my Northwind Books parcel …"
    its row's "Manage". The row is named as ``_rows_of`` reads it, else by two words or more of the clause's
    "my" phrase ("Sprint planning"); a day it says tells two such rows apart. None for a verb that works the
    page's controls, when a short text reads the verb, once such a button was pressed, or when no one row
    or button fits."""
    clauses = clause_spans(instruction)
    if not clauses:
        return None
    a, b = clauses[0]
    verb = _clause_verb(instruction, a, b)
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    buttons = [t for t in texts if 1 <= len(ws := _latin(f.cand_text[t])) <= 2 and ws[0] in _DETAILS]
    if not verb or verb in _UI_VERBS | _DETAILS or not buttons or any(clicked_in(f, t, ever=True) for t in buttons) \
            or _verb_shown(f, texts, set(with_synonyms([verb]))):
        return None
    rows = [t for t in _rows_of(f, instruction, a, b, texts) if not _nav(f, t)]
    if not rows and (m := re.search(r"\bmy\s+([^,;.!?]*)", instruction[a:b], re.I)) is not None:
        said = words(m.group(1))
        rows = [t for t in texts if not _nav(f, t) and len(ws := words(f.cand_text[t])) >= 2 and spelled(said, ws)]
    day = re.search(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", instruction[a:b], re.I)
    mid = (f.cand_box[:, 1] + f.cand_box[:, 3]) / 2
    found = []
    for r in rows:
        line = [t for t in texts if abs(mid[t] - mid[r]) <= ROW_PX * f.scale]
        if day and len(rows) > 1 and not any(day.group(1).lower() in words(f.cand_text[t]) for t in line):
            continue
        found += [t for t in buttons if t in line and f.cand_box[t][0] > f.cand_box[r][2]]
    return found[0] if len(found) == 1 else None


def opened_thing(f: Features, instruction: str) -> int | None:
    """The name of the one thing a clause acts on with a row's verb ("cancel tomorrow's 21:15 Nosferatu"), on a
    page that shows no button for the verb and no row menus (a timetable of blocks): the thing is opened, its
    own panel shows the verb. None when a short text reads the verb, dots stand anywhere (``row_menu`` reads
    them), once that name was clicked, or when no one thing is read; a time the task says must stand by it. Right
    after a click, with the name still read, the panel's one short button reading the verb."""
    lead = _lead(instruction, _MENU_VERBS - {"move", "edit", "rename", "share", "send", "modify", "report"})
    if lead is None or len(f.hist_kind) > 2 or any(ACTIONS[int(k)] != "click" for k in f.hist_kind) \
            or set(words(instruction)) & (_CONTROL_NOUNS | {"sliders", "tabs", "page"}):
        return None  # (a control moved or a page's own tab is no thing opened: "Move the Zoom slider to …")
    a, b, m = lead
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    says = set(with_synonyms([m.group(1).lower()]))
    if len(f.hist_kind) and ACTIONS[int(f.hist_kind[-1])] == "click" and _rows_of(f, instruction, a, b, texts):
        # its panel opened (a panel pushes the page aside: the click's point reads no name now): the one short
        # button reading the verb ("Cancel screening")
        reads = [t for t in texts if 1 <= len(ws := _latin(f.cand_text[t])) <= 3 and ws[0] in says
                 and not clicked_in(f, t, ever=True)]
        if len(reads) == 1:
            return reads[0]
    if _has_menus(f) or _verb_shown(f, texts, says):
        return None
    rows = [t for t in _rows_of(f, instruction, a, b, texts) if not _nav(f, t) and not _in_bar(f, t)]
    verb = m.group(1).lower()
    if len(rows) != 1 or clicked_in(f, rows[0], ever=True) \
            or _line_reads_done(f, rows, verb[:-1] if verb.endswith("e") else verb, texts):
        return None  # (opened once, or its line reads it done: "CANCELLED")
    r = rows[0]
    if (hm := re.search(r"\b(\d{1,2}):(\d{2})\b", instruction[a:b])) is not None:  # "21:15" under its title
        said = f"{int(hm.group(1))}:{hm.group(2)}"
        if not any(said in re.sub(r"\b0(\d):", r"\1:", f.cand_text[t]) for t in texts
                   if abs(float(f.cand_box[t][0] - f.cand_box[r][0])) <= 40 * f.scale
                   and -ROW_PX * f.scale <= float(f.cand_box[t][1] - f.cand_box[r][1]) <= 2 * ROW_PX * f.scale):
            return None
    return r


def named_card(f: Features, instruction: str, told: str | None = None) -> int | None:
    """The card or block whose title the task's thing reads, on a board of cards with no row menus and no
    button for the verb: "put the green velvet cloak back in store" (told as "The green velvet cloak is back …
    — put it back in store") opens the card titled "Green velvet cloak", "update Kat's Jazz After Dark on
    Thursday" the grid's "Jazz After Dark", "send CS-0433 off for repair" the card reading "CS-0433 · Rack
    D2": its own panel holds the verb. Right after that one click, the panel's button saying the most of the
    clause ("Return to store", "Edit show…", "Send for repair…"). None otherwise."""
    clauses = clause_spans(instruction)
    if len(f.hist_kind) > 1 or not clauses or MAKES.match(instruction):
        return None
    a, b = clauses[0]
    said = words(instruction[a:b])
    codes = [c.group() for c in _CODE.finditer(instruction, a, b)]
    state = _AS_STATE.search(instruction, a, b) if codes and _MARK_AS.match(instruction, a, b) else None
    if len(said) < 3 or said[0] not in _COMMANDS \
            or said[0] in _UI_VERBS | _KEEP_VERBS | (_NOT_THINGS - {"put"}) and state is None \
            or said[0] in BRINGS_NEW and not (codes and _CODE.match(instruction, a + len(said[0]) + 1)):
        return None  # (a new thing's verb, unless its object is a thing's code: "send CS-0433 off for repair"; "mark
        # CN-48230 as a failed attempt": a state its panel's button reads)
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    titles = _card_titles(f, said[1:], codes, texts)
    if _has_menus(f):
        return None  # (a row's "⋯" or "Actions ▾" holds the verb: ``row_menu``)
    if not len(f.hist_kind):
        if len(titles) > 1 and told:
            titles = _told_card(f, titles, told, texts)
        return titles[0] if len(titles) == 1 and not _verb_shown(f, texts, {said[0]}) else None
    if not titles or ACTIONS[int(f.hist_kind[0])] != "click":
        return None
    verbs = {*with_synonyms([said[0]]), *_PANEL_VERBS.get(said[0], ())} if state is None else \
        {w for w in words(state.group(1)) if len(w) >= 4 and w not in _NOT_THINGS}  # ("Record delivery attempt…")
    wanted = {w for w in said[1:] if len(w) >= 4 and w not in _NOT_THINGS} - {w for q in titles for w in words(
        f.cand_text[q])}  # (the thing's own name is no button)
    seen = [f.cand_text[t].strip().lower() for t in texts]

    def says(t: int) -> int:  # the verb (twice) and the clause's words a unique short text reads
        ws = _latin(f.cand_text[t])
        if not 1 <= len(ws) <= 4 or ws[0] in _STOP or seen.count(f.cand_text[t].strip().lower()) > 1 \
                or clicked_in(f, t, ever=True) or not buttoned(f, t) or state is not None and set(ws) <= verbs:
            return 0  # (no form's legend, nor a badge reading the state: another row's "Failed attempt")
        return 2 * sum(w in verbs for w in ws) + sum(
            any(w == v or len(w) >= 5 and len(v) >= 5 and w[:5] == v[:5] for v in wanted) for w in ws)
    best = max((says(t) for t in texts), default=0)
    hit = [t for t in texts if best >= 2 and says(t) == best]  # (its verb read)
    return hit[0] if len(hit) == 1 else None


def _told_card(f: Features, titles: list[int], told: str, texts: list[int]) -> list[int]:
    """Of several cards reading the thing's name, the one whose other lines read the most words of the whole
    story: "Stonebridge Dental have accepted our quote for the reception desk." on a board with two Stonebridge
    Dental cards, the one titled "Reception desk". All of them when none or several read the most."""
    said = {w for w in words(told) if len(w) >= 4 and w.isalpha() and w not in _NOT_THINGS}

    def score(t: int) -> int:  # the words of its card: its column, from just over it to a card's height under
        x0, y0 = float(f.cand_box[t][0]), float(f.cand_box[t][1])
        near = [u for u in texts if u != t and abs(float(f.cand_box[u][0]) - x0) <= 16 * f.scale
                and -45 * f.scale <= float(f.cand_box[u][1]) - y0 <= 60 * f.scale]
        return len(said & ({w for u in near for w in words(f.cand_text[u])} - set(words(f.cand_text[t]))))
    best = max(score(t) for t in titles)
    top = [t for t in titles if score(t) == best]
    return top if best and len(top) == 1 else titles


def _entry_label(f: Features, t: int) -> bool:
    """Whether text ``t`` labels an entry field: a box a line tall and 150 CSS px wide or more starts just under
    it (30 px) or just right of it on its line (40 px)."""
    x0, y0, x1, y1 = (float(v) for v in f.cand_box[t])
    for c in np.flatnonzero(f.cand_kind == KINDS["input"]):
        a0, b0, a1, b1 = (float(v) for v in f.cand_box[c])
        if a1 - a0 < 150 * f.scale or b1 - b0 > 50 * f.scale:
            continue
        if -8 * f.scale <= b0 - y1 <= 30 * f.scale and min(x1, a1) > max(x0, a0) \
                or 0 <= a0 - x1 <= 40 * f.scale and min(y1, b1) > max(y0, b0):
            return True
    return False


def _has_menus(f: Features) -> bool:
    """Whether rows here carry a menu: three dots ("⋯", "⋮": no word in them) or an "Actions ▾"."""
    return any(MORE.fullmatch(f.cand_text[t].strip()) or _ACTIONS_BUTTON.fullmatch(f.cand_text[t])
               for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"])


# a panel's button for a clause's verb said otherwise (besides ``rows.with_synonyms``: "update" is "Edit …")
_PANEL_VERBS = {"change": ("edit",), "put": ("return",)}


def _misread(shown: str, said: str) -> bool:
    """Whether a word shown is the word said, or it with a letter dropped at an end, as OCR drops a card's first
    "S" ("tonebridge" for "Stonebridge"); five letters or more."""
    return shown == said or len(shown) >= 5 and shown in (said[1:], said[:-1])


def _card_titles(f: Features, obj: list[str], codes: list[str], texts: list[int]) -> list[int]:
    """The texts in the page's body reading the clause's identifier, else those reading the most words of its
    object in a row (two at least): a card's title, and its panel's once opened."""
    body = [t for t in texts if not _nav(f, t) and not _in_bar(f, t) and float(f.cand_box[t][0]) > side_edge(f)]
    if codes:  # (a code is a record's, never a field's label)
        return [t for t in body if any(c in f.cand_text[t] for c in codes)]
    body = [t for t in body if not _entry_label(f, t)]  # ("change my display name to …": the field's label is
    # no card)

    def run(t: int) -> int:  # the title's words read in a row in the object, else 0
        ws = [w for w in words(f.cand_text[t]) if w.isalnum()]
        n = len(ws)
        return n if n >= 2 and any(all(map(_misread, ws, obj[k:k + n])) for k in range(len(obj) - n + 1)) else 0
    best = max((run(t) for t in body), default=0)
    return [t for t in body if best and run(t) == best]


# a thing named by what it is about: "Follow the thread about migrating from Postgres 12 to 16"
_ABOUT = re.compile(r"\b(?:thread|topic|post|email|mail|message|article|question|ticket|issue|discussion|"
                    r"conversation|story|video|one)\s+(?:about|on|regarding|titled|called)\s+(?P<what>[^,;.!?]+)", re.I)
_STOP = frozenset({"the", "a", "an", "to", "from", "of", "for", "and", "or", "in", "on", "with", "my", "your", "its",
                   "is", "at", "by", "about"})


def opened_row(f: Features, instruction: str) -> int | None:
    """The name of the one row a task acts on, in a section just opened that shows no button for its verb: the
    record is opened to act on it. "Suspend Harriet Cole's booking privileges …" opened Members, a table of
    names beside a panel reading "Select a member to see licence, medical and booking privileges": her name
    is clicked. The row named as ``_rows_of`` reads it (a person's name, two words or more), right after a
    section link was clicked (and scrolls); None when a short text reads the verb, or no one row fits."""
    clauses = clause_spans(instruction)
    links = _explore_links(f)
    if not clauses or not links or _opened(f, links) is None:
        return None
    a, b = clauses[0]
    verb = _clause_verb(instruction, a, b) or lead_word(words(instruction[a:b]))
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    if not verb or verb in _UI_VERBS | _KEEP_VERBS or MAKES.match(instruction) \
            or _verb_shown(f, texts, set(with_synonyms([verb]))):
        return None
    named = [n for n in object_names(instruction, a, b) or _clause_names(instruction, a, b) if _PERSON.search(n)]
    rows = [t for t in _rows_of(f, instruction, a, b, texts) if not _nav(f, t) and t not in links
            and any(spelled(words(f.cand_text[t]), words(re.sub(r"['’]s$", "", n))) for n in named)]
    return rows[0] if len(rows) == 1 and not clicked_in(f, rows[0], ever=True) else None


def about_row(f: Features, instruction: str) -> int | None:
    """The title of the thing a task's first clause names by what it is about, to open it: "Follow the thread
    about migrating from Postgres 12 to 16" opens "Migrating from Postgres 12 to 16 — pg_upgrade or …"
    (the list shows no Follow button). The text reading most of the subject's words (two at least, half of
    them); None when a short text reads the clause's verb (its button is here), after that title was
    clicked, or when two texts read as many."""
    clauses = clause_spans(instruction)
    if not clauses or (m := _ABOUT.search(instruction, *clauses[0])) is None:
        return None
    a, b = clauses[0]
    said = {w for w in words(m.group("what")) if w not in _STOP}
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    if len(said) < 2 or _verb_shown(f, texts, set(with_synonyms(words(instruction[a:b])[:1]))):
        return None
    hits = sorted(((len(said & set(words(f.cand_text[t]))), t) for t in texts if not _nav(f, t)), reverse=True)
    if not hits or hits[0][0] < max(2, (len(said) + 1) // 2) or (len(hits) > 1 and hits[1][0] == hits[0][0]):
        return None
    return None if clicked_in(f, hits[0][1], ever=True) else hits[0][1]


def _reads_word(ocr: str, word: str) -> bool:
    """An OCR word reads a task word: the same, one letter apart, or cut short by a misread last glyph
    ("Kitch∈" for Kitchen: five letters or more, at most two lost)."""
    return ocr == word or one_edit(ocr, word) or (len(ocr) >= 5 and word.startswith(ocr)
                                                         and len(word) - len(ocr) <= 2)


def card_twin(f: Features, instruction: str, q: int) -> int:
    """Of buttons that read alike on several cards ("All off" on every room's card), the one on the card the
    task names: "Turn off the kitchen lights" clicked the bedroom's. A twin's card is the nearest text left of
    it on its row; the task names that text by a word of four letters or more that the button does not read.
    ``q`` unless it is such a twin and exactly one twin's card is named."""
    if q >= len(f.cand_text):
        return q
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    inner = [t for t in texts if within(tuple(f.cand_box[t]), tuple(f.cand_box[q]))]
    p = q if f.cand_kind[q] == KINDS["text"] else (inner[0] if len(inner) == 1 else None)  # the button's box
    if p is None or not (ws := words(f.cand_text[p])) or len(ws) > 3:
        return q
    twins = [t for t in texts if words(f.cand_text[t]) == ws]
    task = [w for w in words(instruction) if len(w) >= 4 and w not in ws and w not in _FILLER]
    if len(twins) < 2 or not task:
        return q
    b = f.cand_box
    boxes = [tuple(b[u]) for u in range(len(f.cand_text)) if f.cand_kind[u] == KINDS["input"]]
    names = [u for u in texts if u not in twins and not any(within(tuple(b[u]), x) for x in boxes)]  # a field's
    # placeholder ("Password" on every row of a table of password fields) names no card

    def owner(t: int) -> int | None:
        y0, y1 = float(b[t][1]), float(b[t][3])
        left = [u for u in names if float(b[u][2]) <= float(b[t][0])
                and min(y1, float(b[u][3])) - max(y0, float(b[u][1])) >= 0.5 * min(y1 - y0, float(b[u][3] - b[u][1]))]
        u = max(left, key=lambda u: float(b[u][2]), default=None)
        if u is None or any(float(b[u][2]) <= float(b[v][0]) < float(b[t][0]) and float(b[v][1]) < y1
                            and float(b[v][3]) > y0 for v in twins):
            return None  # another twin stands between: the text is that one's card's
        return u

    named = [t for t in twins if (u := owner(t)) is not None
             and any(_reads_word(c, w) for c in _latin(f.cand_text[u]) for w in task)]
    return named[0] if len(named) == 1 and named[0] != p else q


# verbs that swap one thing of the user's for another, and the words a row's button says for it
def within_box(p: tuple[float, float], box: np.ndarray) -> bool:
    return bool(box[0] <= p[0] <= box[2] and box[1] <= p[1] <= box[3])


def _swap_flow(f: Features, names: list[str], pressed: int) -> int | None:
    """After a row's "Change plan" (``pressed`` clicks ago): first the choice the clause names ("Fibre 500", not
    "Fibre 50"), read word for word; then the dialog's way forward ("Review change"), then its "Confirm …"."""
    if pressed == 0:
        for n in sorted(names, key=lambda n: -len(words(n))):  # "Fibre 500" before the number alone
            hit = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
                   and _latin(f.cand_text[t])[:len(words(n))] == words(n)]
            if len(hit) == 1:
                return hit[0]
        return None
    if pressed > 2:
        return None
    ahead = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
             and 1 <= len(ws := _latin(f.cand_text[t])) <= 3 and ws[0] in (_FORWARD if pressed == 1 else {"confirm"})]
    return max(ahead, key=lambda t: (float(f.cand_box[t][3]), float(f.cand_box[t][2])), default=None)


_FORWARD = frozenset({"review", "continue", "next", "confirm", "save", "apply", "ok", "done"})
_SWAP_VERBS = frozenset({"upgrade", "downgrade", "switch", "change", "swap", "move"})
_SWAP_BUTTONS = frozenset({"change", "switch", "upgrade", "manage", "edit", "modify"})


def swap_button(f: Features, instruction: str) -> int | None:
    """The row's "Change plan" for "Upgrade my internet to the Fibre 500 plan" when the new plan is not on
    screen: the short button starting with a word for changing and reading a word of the clause (plan), on the
    row of the one text that reads another of the clause's words (Internet). None once pressed, when the
    clause's names are shown (the choice is here), or no one row fits."""
    lead = _lead(instruction, _SWAP_VERBS)
    if lead is None:
        return None
    a, b, m = lead
    names = _clause_names(instruction, a, b)
    if not names:
        return None
    said = [w for w in words(instruction[m.end():b]) if w.isalpha() and len(w) > 2 and w not in _NO_NAME
            and not any(w in words(n) for n in names)]
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    buttons = [t for t in texts if 2 <= len(ws := _latin(f.cand_text[t])) <= 3 and ws[0] in _SWAP_BUTTONS
               and any(_one_thing(w, x) for w in ws[1:] for x in said)]
    clicks = [k for k in range(len(f.hist_kind)) if ACTIONS[int(f.hist_kind[k])] == "click"]
    at = [k for k in clicks for t in buttons if within_box(acted_at(f, k), f.cand_box[t])]
    if at:  # pressed: its dialog's steps
        return _swap_flow(f, names, sum(k > max(at) for k in clicks))
    if not buttons or any(shows(f.cand_text, words(n)) for n in names):
        return None
    if len(buttons) == 1:
        return buttons[0]
    used = {w for t in buttons for w in _latin(f.cand_text[t])}
    rows = [t for t in texts if t not in buttons and any(_one_thing(w, x) for w in words(f.cand_text[t])
                                                           for x in said if x not in used)]
    mid = (f.cand_box[:, 1] + f.cand_box[:, 3]) / 2
    if not rows or float(np.ptp(mid[rows])) > ROW_PX * f.scale:
        return None
    near = sorted((abs(float(mid[t] - mid[rows[0]])), t) for t in buttons)
    if near[0][0] > _CARD_BUTTON_PX * f.scale or (len(near) > 1 and near[1][0] <= near[0][0] + ROW_PX * f.scale):
        return None
    return near[0][1]


_COMMITS = frozenset({"update", "save", "apply", "confirm", "change", "switch", "upgrade", "downgrade"})
_COMMIT_PX = 250  # CSS px: how far under a chosen option the button that makes it so may stand
_SWITCHED_TO = re.compile(r"\bto\s+(?:the\s+|a\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)")  # "… to the Annual plan"


def chosen_commit(f: Features, instruction: str) -> int | None:
    """The button that makes a choice so, right after the click that chose it: "Switch my membership to the
    Annual plan, …" clicked the Annual plan's card (its radio or its name) and stopped; "Update plan" under the
    cards comes next. The short text (three words at most) starting with a word that commits (update, save,
    apply, confirm, change, switch, …), under the click and within 250 CSS px, the nearest; None when the last
    action was no click on (or just left of) a text starting with a name the clause switches to, or once such
    a button was pressed."""
    lead = _lead(instruction, _SWAP_VERBS)
    if lead is None or not len(f.hist_kind) or ACTIONS[int(f.hist_kind[-1])] != "click" \
            or _UI_NOUNS & set(words(instruction[lead[0]:lead[1]])[1:]):
        return None  # ("Switch to the Backups tab. Then tap Join": a tab is no choice to commit)
    a, b, _ = lead
    names = [words(n) for n in _clause_names(instruction, a, b) + _SWITCHED_TO.findall(instruction, a, b)]
    if (to := re.search(r"\bto\s+(?:the\s+|a\s+)?([^,;.!?]+?)\W*$", instruction[a:b])) is not None:
        names.append(words(to.group(1)))  # "change the Halden Pharmacy parcel to same day": "○ Same day"
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    x, y = acted_at(f)
    chosen = [t for t in texts if any(n and _latin(f.cand_text[t])[:len(n)] == n for n in names)
              and float(f.cand_box[t][0]) - 40 * f.scale <= x <= float(f.cand_box[t][2])
              and float(f.cand_box[t][1]) - 8 * f.scale <= y <= float(f.cand_box[t][3]) + 8 * f.scale]
    if not chosen:
        return None
    buttons = [t for t in texts if 1 <= len(ws := _latin(f.cand_text[t])) <= 3 and ws[0] in _COMMITS
               and 0 < float(f.cand_box[t][1]) - y <= _COMMIT_PX * f.scale]
    if any(clicked_in(f, t, ever=True) for t in buttons):
        return None
    return min(buttons, key=lambda t: float(f.cand_box[t][1]), default=None)


_PUTS = re.compile(r"\W*(?:please\s+)?(?:put|add|plan|schedule|place|slot)\b", re.I)
_ADD_CELL = re.compile(r"\W{0,2}\s*(?:\+|add)\s*(?:add)?\W*", re.I)  # "+ Add", "+", "Add"


def grid_cell(f: Features, instruction: str) -> int | None:
    """The "+ Add" of the grid cell a task puts its thing in, where the weekday column it says meets the row
    whose label it says: "Put the lemon herb chicken on Thursday's dinner, 2 servings" on a week planner clicks
    the "+ Add" under "Thursday" on the "Dinner" line. The column is the short text reading the weekday, the row
    the short text at the grid's left reading another word of the clause; None when a task puts nothing, says
    no weekday, either is not shown, the cell shows no "+ Add", or it was clicked."""
    clauses = clause_spans(instruction)
    if not clauses or not _PUTS.match(instruction, *clauses[0]) or (wd := _WEEKDAY.search(instruction)) is None:
        return None
    day = wd.group(1).lower()[:3]
    said = {w for w in words(instruction) if w.isalpha() and len(w) > 3 and not w.startswith(day)}
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    heads = [t for t in texts if [x[:3] for x in _latin(f.cand_text[t])] == [day]]
    mid = (f.cand_box[:, :2] + f.cand_box[:, 2:]) / 2
    adds = [t for t in texts if _ADD_CELL.fullmatch(f.cand_text[t])]
    rows = [t for t in texts if len(ws := _latin(f.cand_text[t])) == 1 and ws[0] in said and heads
            and f.cand_box[t][2] < min(f.cand_box[h][0] for h in heads) and f.cand_box[t][1] > max(
                f.cand_box[h][3] for h in heads)]
    if len(heads) != 1 or len(rows) != 1:
        return None
    h, r = heads[0], rows[0]
    cell = [t for t in adds if abs(mid[t][0] - mid[h][0]) <= 40 * f.scale
            and abs(mid[t][1] - mid[r][1]) <= 2.5 * ROW_PX * f.scale]
    if len(cell) != 1 or clicked_in(f, cell[0], ever=True):
        return None
    return cell[0]


def _latin(text: str) -> list[str]:
    """The words of a text, less the glyphs OCR glued to them ("白Place hold": an icon read as a character)."""
    return words(re.sub(r"[^\u0000-\u024f]", " ", text))


# verbs a row does with an icon, not a word: a bin or a cross undoes, a pencil edits, a bookmark or a heart keeps
_UNDO_VERBS = frozenset({"cancel", "delete", "remove", "discard", "trash", "unsave"})
# a clause that changes what a thing in a list is: off sale, back on sale
_OFF_SALE = re.compile(r"\b(?:take|put|mark|set)\s+[^,.;!?]+?\s+(?:off|on|back\s+on)\s+sale\b", re.I)
_EDIT_VERBS = frozenset({"edit", "change", "modify", "rename", "update", "reschedule", "amend"})
_KEEP_VERBS = frozenset({"save", "bookmark", "download", "favourite", "favorite", "star", "like", "upvote", "vote",
                         "follow", "subscribe", "notify"})
_ICON_VERBS = _UNDO_VERBS | _EDIT_VERBS | _KEEP_VERBS
_MARK_VERBS = _KEEP_VERBS - {"save", "bookmark"}  # their icon stands on the name's line (a tag under it is none)
_LEFT_VERBS = frozenset({"upvote", "vote"})  # their arrow stands left of the title, over its count
# "Add the Vega room to my favourites", "Turn on notifications for the Lumen Audio parcel": a keeping verb said
# another way
_KEPT_IN = re.compile(r"\b(?:to|in|into)\s+(?:my|your|the)?\s*(favou?rites?|starred|bookmarks|watch\s?list)\b", re.I)
_ALERTS = re.compile(r"\b(?:turn|switch|set)\s+on\b.*\b(?:notifications?|alerts?|updates)\b", re.I)
_ICON_PX = (9, 40)  # CSS px: the sides of a row's icon button
_CARD_PX = 110  # CSS px: how far below a card's name its icons may stand
_SIDE_PX = 60  # CSS px: how far left of a card's name its star may stand ("☆ Elm St & 5th Ave", centred on the card)
_OVER_PX = 30  # CSS px: how far above a card's title its header line's icons may stand (a list's rows are further)


# a short code a thing is told by after its noun: "bed B4", "side room SR2", "pitch C12" (not "our Q3 plan")
_SHORT_CODE = re.compile(r"\b(?!(?:the|our|my|your|their|its|his|her|a|an|this|that)\s)[a-z]{3,}\s+"
                         r"((?-i:[A-Z]{1,3}\d{1,2}[A-Z]?))(?![\w'’-])", re.I)


def _clause_names(instruction: str, a: int, b: int) -> list[str]:
    """The identifiers and proper names anywhere in a clause: "Place a hold on Project Hail Mary for pickup
    …" names its book after "on", where ``object_names`` stops."""
    return [i.group() for i in ID.finditer(instruction, a, b)] + [
        c.group(1) for c in _SHORT_CODE.finditer(instruction, a, b)] + [
        _untitled(n.group()) for n in PROPER.finditer(instruction, a, b) if not ID.fullmatch(n.group())]


def _rows_of(f: Features, instruction: str, a: int, b: int, texts: list[int]) -> list[int]:
    """Texts that may name what a clause acts on, best first, each read on one row only: its object's proper
    names or identifiers word for word, else those of the whole clause; for a clause with none, a word of its
    object ("Delete the parking expense": "Parking"), else a capitalised word after the verb ("Cancel my hold
    on Circe"); not in the site's top bar."""
    m = _FIRST_VERB.match(instruction, a, b)
    start = m.end() if m else a
    end = _OBJECT_END.search(instruction, start, b)
    if end is not None and set(words(instruction[start:end.start()])) <= _PARTICLES:
        start, end = end.end(), _OBJECT_END.search(instruction, end.end(), b)  # "Sign me up for the hedge-laying …"
    clause = _clause_names(instruction, a, b)
    single = [w for w in re.findall(r"(?<!\bmy )(?<!\bthe )(?<!\byour )\b[A-Z][a-z]{2,}\b", instruction[start:b])
              if not _WEEKDAY.fullmatch(w) and not _MONTH_NAME.fullmatch(w)]  # (a day is no name)
    obj = [w for w in words(instruction[start:end.start() if end else b]) if len(w) > 3 and w not in _NO_NAME
           and w.isalpha()]
    mid = (f.cand_box[:, 1] + f.cand_box[:, 3]) / 2
    body = [t for t in texts if f.cand_box[t][3] > _NAV_TOP * f.frame_size[1]]  # not the site's top bar
    titles = [words(q.group(q.lastindex or 0)) for q in QUOTED.finditer(instruction, a, b)
              if not _VALUE_BEFORE.search(instruction, a, q.start())]
    for title in titles:  # a title, maybe cut short on screen ("… keyboard in 202")
        hit = [t for t in body if _titled(words(f.cand_text[t]), title)]
        if hit and float(np.ptp(mid[hit])) <= ROW_PX * f.scale:
            return hit[:1]
    if titles:
        return []  # a title not on screen is looked for, not guessed at
    named = object_names(instruction, a, b) or clause  # a name not on screen is looked for, not guessed at
    for names in ([named] if named else [obj, single]):
        out: list[int] = []
        for n in names:
            hit = [t for t in body if spelled(words(f.cand_text[t]), words(n))] \
                or [t for t, text in _wrapped_at(f, body) if spelled(words(text), words(n))]  # ("Dana" over
            # "Whitfield")
            typed = [t for t in hit if any(within_box(((f.cand_box[t][0] + f.cand_box[t][2]) / 2,
                                                        (f.cand_box[t][1] + f.cand_box[t][3]) / 2), f.cand_box[q])
                                           and float(f.cand_box[q][3] - f.cand_box[q][1]) <= 60 * f.scale
                                           and any(ACTIONS[int(f.hist_kind[k])] == "type"
                                                   and within_box(acted_at(f, k), f.cand_box[q])
                                                   for k in range(len(f.hist_kind)))
                                           for q in np.flatnonzero(f.cand_kind == KINDS["input"]))]
            hit = [t for t in hit if t not in typed] or hit  # (the search box reads what was typed into it)
            if hit and (float(np.ptp(mid[hit])) > ROW_PX * f.scale or _said_day(instruction, a, b) is not None
                        or _ON_NTH_DAY.search(instruction, a, b) or _NEXT_DAY.search(instruction, a, b)
                        or _WEEKDAY.search(instruction, a, b)
                        or len(hit) > 1 and _OFTEN.search(instruction, a, b)):
                hit = _narrowed(f, instruction, a, b, body, hit)
            if hit and float(np.ptp(mid[hit])) <= ROW_PX * f.scale and hit[0] not in out:
                out.append(hit[0])
        if out:
            return out  # the first kind of name read on screen is the one (a booking cancelled shows no icons)
    return []


def _account_name(f: Features) -> list[str]:
    """The signed-in person's name, as the top bar's right end shows it ("Sarah Mitchell ▾" by an avatar): two or
    three capitalised words of letters alone; [] when none or several."""
    w, h = f.frame_size
    found = [ws for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
             and float(f.cand_box[t][3]) <= _NAV_TOP * h and float(f.cand_box[t][0]) >= 0.6 * w
             and 2 <= len(ws := _latin(f.cand_text[t])) <= 3 and all(x.isalpha() for x in ws)
             and all(x[:1].isupper() for x in f.cand_text[t].split() if x[:1].isalpha())]
    return found[0] if len(found) == 1 else []


def _said_day(instruction: str, a: int, b: int) -> re.Match[str] | None:
    """The first day a clause names its thing by ("… alert from 8 March"), not one it moves it to ("… to 2
    April", "until 5 May")."""
    return next((d for d in _DAY.finditer(instruction, a, b)
                 if not re.search(r"\b(?:to|until|till|by|for)\s*$", instruction[a:d.start()], re.I)), None)


_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_PAGE_DATE = re.compile(r"\b(\d{1,2})\s+([A-Z][a-z]{2,8})\s+(\d{4})\b")  # "Wed 12 March 2025"


def page_today(f: Features) -> date | None:
    """The day the page says it is: a text reading "today" with a full date ("Today: Wednesday 12 March 2025"),
    else the first text with a full date (a header's "Reception · Wed 12 March 2025")."""
    texts = [f.cand_text[t] for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]]
    dated = [x for x in texts if re.search(r"\btoday\b", x, re.I) and _PAGE_DATE.search(x)] \
        or [x for x in texts if _PAGE_DATE.search(x)]
    said = iso_date(" ".join(_PAGE_DATE.search(dated[0]).groups())) if dated else None
    return date.fromisoformat(said) if said else None


# a thing said by the day next to the page's: "tomorrow's appointment"
_NEXT_DAY = re.compile(r"\b(today|tomorrow)\b", re.I)


def _day_shown(today: date, said: str) -> re.Pattern[str]:
    """How a list writes the day said as "today" or "tomorrow": its day beside its month ("13 Mar", "Mar 13")."""
    on = today + timedelta(days=1 if said.lower() == "tomorrow" else 0)
    return _beside_month(on.day, on.strftime("%b"))


# a day of the month said alone: "their party on the 22nd" (not "the 22nd of May", which names its month)
_ON_NTH_DAY = re.compile(r"\b(?i:on|for)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Z][a-z]{2})")


# how often a thing recurs, said and shown: "my monthly School Meals gift", "$15 / month"
_OFTEN = re.compile(r"\b(daily|weekly|monthly|quarterly|yearly|annual|annually)\b", re.I)
_OFTEN_UNITS = {"daily": {"day", "daily", "days"}, "weekly": {"week", "weekly", "wk"},
                "monthly": {"month", "monthly", "mo"}, "quarterly": {"quarter", "quarterly", "qtr"},
                "yearly": {"year", "yearly", "annual", "annually", "yr"},
                "annual": {"year", "yearly", "annual", "annually", "yr"},
                "annually": {"year", "yearly", "annual", "annually", "yr"}}


_DAYPART = re.compile(r"\b(morning|afternoon|evening)\b", re.I)  # a run of the day, as rows read it: AM, PM


def _narrowed(f: Features, instruction: str, a: int, b: int, body: list[int], hit: list[int]) -> list[int]:
    """Of texts on several rows that read a clause's thing ("Cleaning & exam" twice on 12 March), those whose row
    also reads the day the clause says and, for "my" thing, the signed-in person's name ("Cancel my cleaning
    appointment on 12 March": Sarah Mitchell's, not Daniel's), those reading how often it recurs ("my monthly
    School Meals gift": "$15 / month", not "$120 / year"), and those under the column headed by the weekday it
    says ("Take the mushroom pasta off Wednesday's dinner"), those reading the half of the day it says ("the
    afternoon run": "Oak Hollow PM"). A day said where the rows show days, or a
    weekday whose column is shown, that no row reads leaves none (it was done: gone); the name, ``hit``."""
    mid = (f.cand_box[:, 1] + f.cand_box[:, 3]) / 2
    rows = {t: [u for u in body if abs(float(mid[u] - mid[t])) <= 1.5 * ROW_PX * f.scale  # its line, and a card's
                or 0 < float(mid[u] - mid[t]) <= _DAY_UNDER_PX * f.scale  # lines under its title ("Sat 12 Apr …")
                and abs(float(f.cand_box[u][0] - f.cand_box[t][0])) <= 10 * f.scale] for t in hit}
    keep = list(hit)
    if (day := _said_day(instruction, a, b)) is not None \
            and any(_MONTHS & {x[:3] for u in us for x in words(f.cand_text[u])} for us in rows.values()):
        keep = [t for t in keep if _reads_day(f, day, rows[t])]  # (none: that day's is gone)
    elif (nth := _ON_NTH_DAY.search(instruction, a, b)) is not None \
            and any(_MONTHS & {x[:3] for u in us for x in words(f.cand_text[u])} for us in rows.values()):
        said = _beside_month(nth.group(1), "|".join(sorted(_MONTHS)))  # "their party on the 22nd": "Sat 22 Mar"
        keep = [t for t in keep if any(said.search(f.cand_text[u]) for u in rows[t])]  # (none: not on screen)
    elif (near := _NEXT_DAY.search(instruction, a, b)) is not None and (today := page_today(f)) is not None \
            and any(_MONTHS & {x[:3] for u in us for x in words(f.cand_text[u])} for us in rows.values()):
        said = _day_shown(today, near.group(1))  # "tomorrow's appointment": "Thu 13 Mar" on a page of "Wed 12
        # March 2025"
        keep = [t for t in keep if any(said.search(f.cand_text[u]) for u in rows[t])]
    if re.search(r"\bmy\b", instruction[a:b], re.I) and (me := _account_name(f)):
        keep = [t for t in keep if any(spelled(words(f.cand_text[u]), me) for u in rows[t])] or keep
    if (often := _OFTEN.search(instruction, a, b)) is not None:  # "my monthly School Meals gift": "$15 / month"
        unit = _OFTEN_UNITS[often.group(1).lower()]
        keep = [t for t in keep if any(unit & set(words(f.cand_text[u])) for u in rows[t])] or keep
    if (part := _DAYPART.search(instruction, a, b)) is not None:  # "the oak hollow afternoon run": "… PM"
        half = "am" if part.group(1).lower() == "morning" else "pm"
        keep = [t for t in keep if any(half in words(f.cand_text[u]) for u in rows[t])] or keep
    if (wd := _WEEKDAY.search(instruction, a, b)) is not None:  # "… off Wednesday's dinner": its column's
        day = wd.group(1).lower()[:3]
        heads = [u for u in body if [x[:3] for x in _latin(f.cand_text[u])][:1] == [day]
                 and not any(ch.isdigit() for w in _with_date(f, u, body) for ch in w)]  # (a day's tab reads its
        # date, on its line or under it: no column)
        beside = [t for t in keep if set(rows[t]) & set(heads)]  # "Wed  Yoga Flow" on one line of my bookings
        keep = beside or [t for t in keep if any(f.cand_box[u][3] <= f.cand_box[t][1] and min(
            f.cand_box[u][2], f.cand_box[t][2]) > max(f.cand_box[u][0], f.cand_box[t][0]) for u in heads)] \
            if heads else _dated(f, instruction, a, b, day, keep, rows)  # (none: that day's is gone)
    if len(keep) > 1:  # the row reading most of the clause's other words ("Dana Whitfield's e-waste pickup")
        said = set(words(instruction[a:b])) - _NOT_THINGS - {"a", "s", "to", "of", "on", "in", "at"} \
            - {x for t in keep for x in words(f.cand_text[t])}
        score = {t: len(said & {x for u in rows[t] if u != t for x in words(f.cand_text[u])}) for t in keep}
        best = max(score.values())
        keep = [t for t in keep if score[t] == best] if best and list(score.values()).count(best) == 1 else keep
    return keep


_STARTS = re.compile(r"\b(?:starts?|starting|begins?|beginning|arriv\w*|from|checks?\s+in)\b", re.I)
_ENDS = re.compile(r"\b(?:ends?|ending|finish\w*|depart\w*|leav\w*|until|checks?\s+out)\b", re.I)


def _dated(f: Features, instruction: str, a: int, b: int, day: str, keep: list[int], rows: dict[int, list[int]]
           ) -> list[int]:
    """Of rows whose dates are written out ("Wed 11 Jun · Fri 13 Jun"), those reading the weekday the clause
    says ("the osprey's pending booking that starts on friday"); where several do, the one whose first date
    is that day for a thing that starts then, its last date for one that ends then. ``keep`` when none reads
    it (a day of no date column)."""
    def days(t: int) -> list[str]:  # the row's dates, left to right, by the weekday each starts with
        on = [u for u in rows[t] if _DATED.match(f.cand_text[u])]
        return [_latin(f.cand_text[u])[0][:3] for u in sorted(on, key=lambda u: float(f.cand_box[u][0]))]

    reads = [t for t in keep if day in days(t)]
    if len(reads) > 1 and _STARTS.search(instruction, a, b):
        reads = [t for t in reads if days(t)[0] == day] or reads
    elif len(reads) > 1 and _ENDS.search(instruction, a, b):
        reads = [t for t in reads if days(t)[-1] == day] or reads
    if len(reads) > 1 and re.search(rf"\b(?:this|coming)\s+{day}", instruction[a:b], re.I):
        def when(t: int) -> tuple[int, int]:  # its first date, month then day ("Wed 5 Feb": (2, 5))
            ws = _latin(min((f.cand_text[u] for u in rows[t] if _DATED.match(f.cand_text[u])), key=len))
            month = next((_MONTH_ORDER.index(x[:3]) for x in ws if x[:3] in _MONTH_ORDER), 0)
            return month, next((int(x) for x in ws if x.isdigit()), 0)
        reads = [min(reads, key=when)]  # "her maths session this Wednesday": the nearest Wednesday's
    return reads or keep


_MONTH_ORDER = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


_DATED = re.compile(r"\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+\d{1,2}\b", re.I)  # "Fri 13 Jun"


_PARTICLES = frozenset({"me", "us", "up", "in", "on", "out", "off", "myself", "ourselves"})  # no object of a verb
# a quote that gives a value, not a title: "… to "Leave at reception"", "a meeting called "Q2 roadmap sync""
_VALUE_BEFORE = re.compile(r"\b(?:to|as|with|called|named|titled|reading|saying|says|note|comment|reason|message|"
                           r"memo|remark)\W*$", re.I)  # (what is typed: "query it with the note \"…\"")


def _titled(shown: list[str], title: list[str]) -> bool:
    """Whether the words shown read a title from its start, three words at least (or all of a shorter one), the
    last shown word maybe cut: "Best budget mechanical keyboard in 202" for "Best budget … keyboard in 2024?"."""
    n = len(shown)
    return min(3, len(title)) <= n <= len(title) and shown[:-1] == title[:n - 1] and title[n - 1].startswith(shown[-1])


ROW_PX = 14  # CSS px: texts (or an icon and a text) whose middles are this close share a row


def _clause_verb(instruction: str, a: int, b: int) -> str:
    """A clause's verb, lower-cased, with "add … to my favourites" read as "favourite" and "turn on
    notifications for …" as "notify"; "" for none."""
    m = _FIRST_VERB.match(instruction, a, b)
    verb = m.group(1).lower() if m else ""
    if re.match(r"\W*(?:please\s+)?add\b", instruction[a:b], re.I) and _KEPT_IN.search(instruction, a, b):
        return "favourite"
    if _ALERTS.match(instruction, a, b):
        return "notify"
    if (light := LIGHT_VERB.match(instruction, a, b)) is not None:  # "Get a refund for …": refund
        return light.group(1).lower()
    return verb


def _icon_verb(instruction: str) -> str:
    """The verb of the first clause a row does with an icon ("cancel", "change", "save"), else ""."""
    for a, b in clause_spans(instruction):
        if (verb := _clause_verb(instruction, a, b)) in _ICON_VERBS:
            return verb
    return ""


def _icons(f: Features) -> list[int]:
    """Icon buttons: components, or texts of at most two characters OCR made of a glyph, 9 to 40 CSS px a side;
    not the icon of a labelled button ("➤ Submit for approval": a word starts or ends within 12 CSS px of it on
    its line, or its text's box holds it)."""
    lo, hi, gap = (v * f.scale for v in (*_ICON_PX, 12))
    labels = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
              and sum(ch.isalpha() for ch in f.cand_text[t]) >= 3]
    out = []
    for c in range(len(f.cand_text)):
        x0, y0, x1, y1 = (float(v) for v in f.cand_box[c])
        glyph = f.cand_kind[c] == KINDS["text"] and len(f.cand_text[c].strip()) <= 2 \
            and not (f.cand_text[c].strip().isdigit() and f.cand_text[c].strip() != "0")  # (a page's number
        # under a list is no icon; a pencil is read as "0")
        if not ((f.cand_kind[c] == KINDS["component"] or glyph) and lo <= x1 - x0 <= hi and lo <= y1 - y0 <= hi):
            continue
        if any(min(y1, f.cand_box[t][3]) - max(y0, f.cand_box[t][1]) > 0.5 * (y1 - y0)
               and (-2 <= f.cand_box[t][0] - x1 <= gap or -2 <= x0 - f.cand_box[t][2] <= gap
                    or within_box(((x0 + x1) / 2, (y0 + y1) / 2), f.cand_box[t])) for t in labels):
            continue  # (the glyph inside "▶ Play" too)
        out.append(c)
    return out


def _icon_group(f: Features, instruction: str) -> tuple[str, list[int]]:
    """The first clause whose verb a row does with an icon, and the icons of the row or card it names, left to
    right (none when its row or icons are not on screen)."""
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    icons = _icons(f)
    mid = (f.cand_box[:, :2] + f.cand_box[:, 2:]) / 2
    for a, b in clause_spans(instruction):
        verb = _clause_verb(instruction, a, b)
        if verb not in _ICON_VERBS:
            continue
        group: list[int] = []
        for t in _rows_of(f, instruction, a, b, texts):
            x0, y0, x1, y1 = (float(v) for v in f.cand_box[t])
            band = max(ROW_PX * f.scale, (y1 - y0) / 2)
            row = [c for c in icons if abs(mid[c][1] - mid[t][1]) <= band
                   and not (verb in _KEEP_VERBS and f.cand_text[c].strip().isdigit())]  # a count ("3" replies)
            if verb in _KEEP_VERBS:  # a row's "⋯" menu is no star
                row = [c for c in row if not MORE.fullmatch(f.cand_text[c].strip())]
            left = [c for c in row if mid[c][0] < x0]
            group = [c for c in row if mid[c][0] > x1]
            if verb in _MARK_VERBS:  # a card's header line just over its title ("Content ☆ ⋯"), when nearer
                # than what the title's line holds right of it (another column's card)
                over = [c for c in icons if band < mid[t][1] - mid[c][1] <= _OVER_PX * f.scale and mid[c][0] > x0
                        and not MORE.fullmatch(f.cand_text[c].strip())]
                line = max((float(mid[c][1]) for c in over), default=0.0)
                over = [c for c in over if line - mid[c][1] <= ROW_PX * f.scale / 2]
                end = np.array([x1, (y0 + y1) / 2])
                if over and (not group or min(np.hypot(*(mid[c] - end)) for c in over)
                             < min(np.hypot(*(mid[c] - end)) for c in group)):
                    group = over
            if verb in _LEFT_VERBS and left:  # a vote's arrow: the one nearest left of the title
                group = [max(left, key=lambda c: float(mid[c][0]))]
            if verb in _MARK_VERBS and not group:  # a card's star at its left, by its name and the lines under it
                side = [c for c in icons if 0 < x0 - mid[c][0] <= _SIDE_PX * f.scale
                        and abs(mid[c][1] - mid[t][1]) <= 2.5 * ROW_PX * f.scale
                        and not MORE.fullmatch(f.cand_text[c].strip()) and not f.cand_text[c].strip().isalnum()]
                # (an avatar's initials "EP" are no star, nor a count)
                group = [max(side, key=lambda c: float(mid[c][0]))] if side else []
            if not group and verb in _KEEP_VERBS:  # a bookmark on the card's header line just over its title
                # ("TALK ☆" over "Kubernetes Office Hours"), before any under it (the next card's)
                over = [c for c in icons if band < mid[t][1] - mid[c][1] <= _OVER_PX * f.scale and mid[c][0] > x1
                        and not MORE.fullmatch(f.cand_text[c].strip()) and not f.cand_text[c].strip().isalnum()]
                end = np.array([x1, (y0 + y1) / 2])  # the nearest (another column's card stands further right)
                group = [min(over, key=lambda c: float(np.hypot(*(mid[c] - end))))] if over else []
            if not group and verb not in _MARK_VERBS:  # a card: the first line of icons under its name
                under = [c for c in icons if 0 < mid[c][1] - y1 <= _CARD_PX * f.scale and mid[c][0] > x0
                         and not any(y1 < mid[u][1] < mid[c][1] and ID.search(f.cand_text[u]) for u in texts)]
                if under:
                    top = min(float(mid[c][1]) for c in under)
                    group = [c for c in under if mid[c][1] - top <= ROW_PX * f.scale]
            if group:
                break
        return verb, sorted(group, key=lambda c: float(mid[c][0]))
    return "", []


_BESIDE_DOTS = 120  # CSS px: a row's icon buttons stand this near its "⋮"


def row_icon(f: Features, instruction: str, editing: bool = False) -> int | None:
    """The icon button of the row (or card) a clause names, for a verb its row does with an icon and no word:
    "Cancel my hold on Circe" (a bin on Circe's row), "Cancel my car rental booking RD-4821" (the cross under
    the card's identifier, right of its pencil), "Change the return date of my booking RD-5190" (the pencil),
    "Save the Senior Frontend Engineer job at Northwind" (the card's one bookmark). Icons are components, or
    texts of at most two characters OCR made of a glyph, 9 to 40 CSS px a side; those on the name's row right
    of it, else the first line of them under it in its card. Undoing takes the last of them (apps put the bin
    or the cross last), editing the first of two or more, keeping the only one. None for the first clause
    that acts so once one of those icons was clicked (a dialog asking "Cancel this booking?" comes next), or
    when no clause acts so or its row or icons are not on screen; with ``editing``, None but for an editing
    verb. On a row with a "⋮", only icons beside it count (a marina's "⚡" for shore power, mid-row, is none:
    its menu cancels)."""
    verb, group = _icon_group(f, instruction)
    if not group or any(clicked_in(f, c, ever=True) for c in group) or (editing and verb not in _EDIT_VERBS):
        return None
    mid = (f.cand_box[:, 1] + f.cand_box[:, 3]) / 2
    dots = [float(f.cand_box[t][0]) for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
            and MORE.fullmatch(f.cand_text[t].strip()) and abs(float(mid[t] - mid[group[0]])) <= ROW_PX * f.scale]
    if dots:  # a row with a menu: its buttons stand beside the dots, a glyph far left of them is a mark ("⚡")
        group = [c for c in group if -4 * f.scale <= min(dots) - float(f.cand_box[c][2]) <= _BESIDE_DOTS * f.scale]
        if not group:
            return None
    if verb in _UNDO_VERBS:
        return group[-1]
    if verb in _EDIT_VERBS:
        return group[0] if len(group) >= 2 else None
    return group[0] if len(group) == 1 else None


# "Turn on automatic backups for staging-api-02", "Disable monitoring for Inverter 2": a row's switch in a column
_SWITCH_FOR = re.compile(r"\W*(?:(?:please|and|then|also|now)\s+)*(?:(?:turn|switch)\s+(?:on|off)|enable|disable|stop)"
                         r"\s+(?:the\s+)?(?P<what>[\w' -]+?)\s+(?:for|on|of)\s+(?:the\s+|my\s+)?(?P<row>(?!now\W*$).+?)"
                         r"\W*$", re.I)
# a row marked as in or out of a state: "mark Greta Holm as no longer active" (a column "Active" of switches)
_MARK_STATE = re.compile(r"\W*(?:please\s+)?mark\s+(?P<row>.+?)\s+as\s+(?:no\s+longer\s+|not\s+)?(?:in(?=active)|un)?"
                         r"(?P<what>[a-z]+)\W*$", re.I)
_ROW_FILLER = frozenset({"the", "a", "an", "and", "my", "row", "entry", "item", "instance", "device"})


# "Pause the Welcome series automation", "Turn off Birthday discount": a row's own switch
_SWITCH_ROW = re.compile(r"\W*(?:(?:please|and|then|also|now)\s+)*(?:(?:turn|switch)\s+(?:on|off)|enable|disable|"
                         r"pause|resume|activate|deactivate|unpause|stop)\s+(?:the\s+|my\s+)?(?P<row>[^,;]+?)"
                         r"(?:\s+for\s+now)?\W*$", re.I)


def _knob(text: str) -> bool:
    """Whether OCR's text for a box is what it reads on a switch's knob ("0", "O": a round knob), not a word."""
    return len(ws := _latin(text)) <= 1 and (not ws or len(ws[0]) == 1)


def _row_line(f: Features, texts: list[int], row: list[str]) -> int | None:
    """The one line of texts reading all of a row's words (letter for letter, in order or, for several words,
    in any order); the first of them."""
    hits = [t for t in texts if spelled(words(f.cand_text[t]), row)
            or len(row) > 1 and set(row) <= set(words(f.cand_text[t]))]  # (a page's rows may start at its left edge)
    mid = (f.cand_box[:, 1] + f.cand_box[:, 3]) / 2
    return hits[0] if hits and float(np.ptp(mid[hits])) <= ROW_PX * f.scale else None


def _column_switch(f: Features, instruction: str, k: int = 0) -> int | None:
    """The switch (or box) a first clause turns on or off in a list: where the row it names meets the column its
    setting names ("Turn on automatic backups for staging-api-02" on a list of instances with a "Backups" column
    of switches: the column's header is a short text above the row reading a word of the setting, the control
    the icon-sized thing under it on the row's line), or the row's own switch ("Pause the Welcome series
    automation": the one switch-shaped box on its line, the nearest to its name). The row is the one line of
    texts reading all the row's words ("&" for "and"). Clause ``k`` (the first by default). None when any of these
    is missing or not one."""
    clauses = clause_spans(instruction)
    if len(clauses) <= k:
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    mid = (f.cand_box[:, :2] + f.cand_box[:, 2:]) / 2
    own: list[str] | None = None  # the words of a switch's own row
    if (m := _SWITCH_FOR.match(instruction, *clauses[k])) is not None:
        if _row_line(f, texts, [w for w in words(m.group("row")) if w not in _ROW_FILLER]) is None:
            own = words(m.group("what"))  # "Turn off text message reminders for my dental appointments"
    elif (m := _SWITCH_ROW.match(instruction, *clauses[k])) is not None:
        own = words(m.group("row"))
    elif (m := _MARK_STATE.match(instruction, *clauses[k])) is None:
        return None  # (else a state a column of switches reads: "mark Greta Holm as no longer active")
    if own is not None:
        words_ = [w for w in own if w not in _ROW_FILLER]
        # "the Welcome series automation": its kind is not in its name; "the automatic overdue reminder emails":
        # "Overdue reminder emails" (the longest run of its words a line reads, the first of those)
        runs = [words_[i:i + n] for n in range(len(words_), 0, -1) for i in range(len(words_) - n + 1)
                if n >= 2 or i == 0]  # (one word alone only the first)
        r = next((line for run in runs if (line := _row_line(f, texts, run)) is not None), None)
        if r is None:
            return None
        boxes = f.cand_box
        sw = [c for c in range(len(f.cand_text)) if (f.cand_kind[c] != KINDS["text"] or _knob(f.cand_text[c]))
              and switch_shaped(f, c) and abs(mid[c][1] - mid[r][1]) <= 1.5 * ROW_PX * f.scale
              and not any(within_box(mid[t], boxes[c]) and len(_latin(f.cand_text[t])[0]) > 1 for t in texts
                          if _latin(f.cand_text[t]))]  # (a badge reading "Active" is no switch)
        gap = [max(float(boxes[c][0] - boxes[r][2]), float(boxes[r][0] - boxes[c][2])) for c in sw]
        return sw[int(np.argmin(gap))] if sw else None
    what = [w for w in words(m.group("what")) if len(w) > 2 and w.isalpha()]
    row = [w for w in words(m.group("row")) if w not in _ROW_FILLER]
    if not what or not row or (r := _row_line(f, texts, row)) is None:
        return None
    heads = [t for t in texts if f.cand_box[t][3] < f.cand_box[r][1] and len(words(f.cand_text[t])) <= 3
             and any(_one_thing(w, x) for w in what for x in words(f.cand_text[t]) if x.isalpha())]
    if not heads:
        return None
    h = max(heads, key=lambda t: float(f.cand_box[t][1]))  # the nearest header above
    hx0, hx1 = float(f.cand_box[h][0]) - 30 * f.scale, float(f.cand_box[h][2]) + 30 * f.scale
    switches = [c for c in np.flatnonzero(f.cand_kind == KINDS["input"]).tolist()  # (a switch read as a field)
                if switch_shaped(f, c)]
    near = [c for c in _icons(f) + switches
            if hx0 <= mid[c][0] <= hx1 and abs(mid[c][1] - mid[r][1]) <= 1.5 * ROW_PX * f.scale
            and not MORE.fullmatch(f.cand_text[c].strip())]  # (a row's "⋯" is its menu, no state's switch)
    return min(near, key=lambda c: float(abs(mid[c][1] - mid[r][1]) + abs(mid[c][0] - mid[h][0]) / 4), default=None)


# verbs that take a right away or give it back: a switch reading what the right is for ("Can book aircraft")
_RIGHT_VERBS = frozenset({"suspend", "revoke", "block", "ban", "freeze", "withdraw", "reinstate", "restore",
                          "unblock", "unfreeze", "grant", "allow", "close", "reopen", "stop", "take"})
# words a switch's label may read for what such a verb changes: closing a pitch turns off "Open for bookings"
_RIGHT_WORDS = {"close": ["open"], "reopen": ["open"], "take": ["service", "bookable"], "stop": ["open"]}


def right_switch(f: Features, instruction: str) -> int | None:
    """The switch of the right a task takes away or gives back, by the words of its label: "Suspend Harriet
    Cole's booking privileges …" on her record, whose line "Can book aircraft" ends in a switch: that switch
    ("book" of booking, a word's first four letters). The one switch whose line (the texts left of it on its
    line) reads most of the clause's words past its verb and names; pressed once; None when a short text reads
    the verb (its button is here)."""
    clauses = clause_spans(instruction)
    if not clauses:
        return None
    a, b = clauses[0]
    said = words(instruction[a:b])
    verb = lead_word(said)
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    if verb not in _RIGHT_VERBS or _verb_shown(f, texts, {verb}) \
            or verb == "take" and not re.search(r"\bout\s+of\s+(?:service|use|action)\b", instruction[a:b], re.I) \
            or any(1 <= len(ws := _latin(f.cand_text[t])) <= 5 and ws[0] == verb and buttoned(f, t) for t in texts):
        return None  # ("take X out of service"; not "take a photo"; a card's own "Take out of service" button)
    done = {verb + "ed", verb + "d", verb.removesuffix("e") + "ed"}
    if len(f.hist_kind) and any(done & set(_latin(f.cand_text[t])) for t in texts):
        return None  # the page reads it done: "Suspended", "Harriet Cole suspended"
    names = {w for n in _clause_names(instruction, a, b) for w in words(n)}
    what = [w for w in said[said.index(verb) + 1:] if len(w) >= 4 and w.isalpha() and w not in names | _NOT_THINGS] \
        + _RIGHT_WORDS.get(verb, [])
    mid = (f.cand_box[:, :2] + f.cand_box[:, 2:]) / 2
    switches = [c for c in range(len(f.cand_text)) if (f.cand_kind[c] != KINDS["text"] or _knob(f.cand_text[c]))
                and switch_shaped(f, c)]
    switches = [c for c in switches if not any(u != c and within(tuple(f.cand_box[c]), tuple(f.cand_box[u]))
                                               for u in switches)  # (its knob read as "O" is the same switch)
                and not any(within_box(mid[t], f.cand_box[c]) and len(_latin(f.cand_text[t])[0]) > 1 for t in texts
                            if _latin(f.cand_text[t]))]  # (a badge reading "Open" is no switch)
    score = {}
    for c in switches:
        line = [t for t in texts if f.cand_box[t][2] <= f.cand_box[c][0] + 4 * f.scale
                and abs(float(mid[t][1] - mid[c][1])) <= ROW_PX * f.scale / 2]
        shown = {x[:4] for t in line for x in _latin(f.cand_text[t]) if len(x) >= 3}
        score[c] = sum(w[:4] in shown for w in what)
    best = max(score.values(), default=0)
    picks = [c for c, n in score.items() if n == best]
    if not best or len(picks) != 1 or clicked_in(f, picks[0], ever=True):
        return None
    return picks[0]


_DEFAULT = re.compile(r"\bdefault\b", re.I)


def _default_line(f: Features, instruction: str) -> tuple[int, list[int]] | None:
    """The one row a task that says "default" names (quoted, by an identifier or a proper name) and the other
    texts on its line; None when it is not on screen on one line."""
    if not _DEFAULT.search(instruction):
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    names = [q.group(q.lastindex or 0) for q in QUOTED.finditer(instruction)] or \
        _clause_names(instruction, 0, len(instruction))
    rows = [t for t in texts if not _nav(f, t) and any(spelled(words(f.cand_text[t]), words(n)) for n in names)]
    mid = (f.cand_box[:, 1] + f.cand_box[:, 3]) / 2
    if not rows or float(np.ptp(mid[rows])) > ROW_PX * f.scale:
        return None
    r = rows[0]
    return r, [t for t in texts if t not in rows and abs(mid[t] - mid[r]) <= 1.5 * ROW_PX * f.scale]


def default_button(f: Features, instruction: str) -> int | None:
    """The button that makes the row a task names its default, on that row's line: "I want my Visa ending in
    4417 to be the card that gets charged by default" clicks "Set as default" on the line of "Visa •••• 4417".
    A button of two to four words, one "default" ("Make default"; a badge reading "Default" alone is the row
    already default). None when the task does not say "default", its row is not on one line here, its line
    shows no one such button, or it was clicked."""
    if (line := _default_line(f, instruction)) is None:
        return None
    found = [t for t in line[1] if "default" in (ws := _latin(f.cand_text[t])) and 2 <= len(ws) <= 4]
    return found[0] if len(found) == 1 and not clicked_in(f, found[0], ever=True) else None


def default_made(f: Features, instruction: str) -> bool:
    """Whether the row a one-clause task makes the default reads "Default" on its line (the site's badge): done."""
    if len(clause_spans(instruction)) != 1 or (line := _default_line(f, instruction)) is None:
        return False
    return any(_latin(f.cand_text[t]) == ["default"] for t in line[1])


def column_switch(f: Features, instruction: str, later: bool = False) -> int | None:
    """``_column_switch``'s control, until it was clicked: the first clause's, or with ``later`` (the network
    would say done: the clauses before are done) a later one's ("Switch my membership to the Annual plan, and
    turn off auto-renew": the plan chosen and updated, then the Auto-renew switch)."""
    for k in range(len(clause_spans(instruction)) if later else 1):
        if (q := _column_switch(f, instruction, k)) is not None and not clicked_in(f, q, ever=True):
            return q
    return None


def switch_flipped(f: Features, instruction: str) -> bool:
    """Whether the last action clicked the row's switch ``_column_switch`` finds, for a task of one clause: it is
    done."""
    if len(clause_spans(instruction)) != 1:
        return False
    q = _column_switch(f, instruction)
    return q is not None and len(f.hist_kind) > 0 and clicked_in(f, q)


def icon_asked(f: Features, instruction: str) -> bool:
    """Whether the last action clicked an icon button for a task that undoes a row ("Cancel my car rental
    booking RD-4821" clicked its cross): the page may now ask "Cancel booking?", whatever the network does."""
    return _icon_verb(instruction) in _UNDO_VERBS and any(clicked_in(f, c) for c in _icons(f))


def edited_button(f: Features, instruction: str) -> int | None:
    """The button saving an edit a row's pencil opened, once a value was typed into it ("Change the return date
    of my booking RD-5190 to 20/05/2027" typed the date into the "Change dates" dialog and stopped): the text
    reading like saving ("Save changes", "Update", "OK") nearest below the last typed point. None unless the
    task edits, an icon button was clicked (it shows dimmed behind the dialog) and something was typed, or when
    the last action clicked such a text already."""
    from tilepilot.model.embedded.buttons import SAVES

    kinds = [ACTIONS[int(k)] for k in f.hist_kind]
    if _icon_verb(instruction) not in _EDIT_VERBS or "type" not in kinds \
            or not any(clicked_in(f, c, ever=True) for c in _icons(f)):
        return None
    saving = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and SAVES.match(f.cand_text[t])]
    if kinds[-1] == "click" and any(clicked_in(f, t) for t in saving):
        return None
    x, y = acted_at(f, max(i for i, k in enumerate(kinds) if k == "type"))
    below = [t for t in saving if f.cand_box[t][1] >= y - 8 * f.scale]
    return min(below, key=lambda t: abs(f.cand_box[t][1] - y) + 0.25 * abs(f.cand_box[t][0] - x), default=None)


_SAVE_BUTTON = re.compile(r"\W*(?:save|assign|apply)\b(?:\s+[a-z]+){0,2}\s*$", re.I)  # "Save settings", "Assign"
_SAVE_UNDER = 500  # CSS px: how far under the last change a form's Save may stand
# verbs of a task that changes a setting or a value by its controls (its form is saved after)
_SETS = frozenset({"set", "change", "switch", "turn", "update", "assign", "reassign", "allocate", "send", "give",
                   "hand", "move", "enable", "disable", "edit"})


def unsaved_form(f: Features, instruction: str) -> int | None:
    """The "Save" of the form a task changed, where the network would stop before pressing it: "switch off the
    varroa alert emails and set the re-inspection reminder to 7 days" flipped the switch, typed 7 and said done
    on a settings page whose changes keep only with "Save settings". The one text reading "Save …" (three
    words at most) under the changes (values typed and controls clicked in the page since it or its record was
    last opened, not in its bar or sidebar, nor a search box), pressed after no change since, for a task that
    typed a value or sets something (set, change, switch, assign, send …; "Mark White and Premium" ticks a list
    and saves nothing); None otherwise."""
    from tilepilot.model.embedded.fields import _search_boxes

    kinds = [ACTIONS[int(k)] for k in f.hist_kind]
    searches = [f.cand_box[q] for q in _search_boxes(f)]
    saves = [t for t in range(len(f.cand_text))
             if f.cand_kind[t] == KINDS["text"] and _SAVE_BUTTON.match(f.cand_text[t])]
    if not saves:
        return None
    controls = [f.cand_box[c] for c in range(len(f.cand_text)) if f.cand_kind[c] != KINDS["text"]]

    def on_control(k: int) -> bool:  # a field or a widget clicked, or an option of the list the click before opened
        return any(within_box(acted_at(f, k), b) for b in controls) or k > 0 and kinds[k - 1] == "click" \
            and any(within_box(acted_at(f, k - 1), b) for b in controls)

    opened = [k for k, kind in enumerate(kinds) if kind == "click" and not on_control(k)]  # a page or a record
    changes = [k for k, kind in enumerate(kinds) if kind in ("type", "click") and k > max(opened, default=-1)
               and not in_nav(f, acted_at(f, k)) and not any(within_box(acted_at(f, k), b) for b in searches)]
    pressed = [k for k, kind in enumerate(kinds) if kind == "click"
               and any(within_box(acted_at(f, k), f.cand_box[t]) for t in saves)]
    changes = [k for k in changes if k not in pressed]
    if not changes or pressed and max(pressed) > max(changes):
        return None
    if "type" not in [kinds[k] for k in changes] and lead_word(words(instruction)) not in _SETS:
        return None  # (controls clicked for a task that sets nothing: "Mark White and Premium" ticks a list)
    # the one beside a change on its line, right of it ("Assign" right of the Reviewer list, not "Save amount"
    # under the next field; not another row's "Assign" left of it), else the one under the changes
    beside = {t for t in saves for k in changes if abs((float(f.cand_box[t][1]) + float(f.cand_box[t][3])) / 2
                                                       - acted_at(f, k)[1]) <= 20 * f.scale
              and -50 * f.scale <= float(f.cand_box[t][0]) - acted_at(f, k)[0] <= 400 * f.scale}
    if len(beside) == 1:
        return beside.pop()
    y = min(acted_at(f, k)[1] for k in changes)  # (an option picked in a list may stand under the Save)
    under = [t for t in saves if -8 * f.scale <= f.cand_box[t][1] - y <= _SAVE_UNDER * f.scale]
    return under[0] if len(under) == 1 else None


_MANY = re.compile(r"\b(?:all|every|each|both)\b", re.I)


def icon_undone(f: Features, instruction: str) -> bool:
    """Whether a task of one clause that undoes a row ("Delete the parking expense from my March report") is
    done: two clicks or more were made (its icon and the answer to "Delete expense?", or a section and its
    icon) and the row it names shows no icon now (it is gone, or reads "Cancelled"). The network went on to
    press the page's "Submit for approval". One that edits a row is done after a click (its icon), typing,
    and a click (its dialog's "Save changes"; a toast may now hide the icon)."""
    clauses = clause_spans(instruction)
    if len(clauses) != 1:
        return False
    m = _FIRST_VERB.match(instruction, *clauses[0])
    kinds = [ACTIONS[int(k)] for k in f.hist_kind]
    if m is not None and m.group(1).lower() in _EDIT_VERBS:  # its icon, the value typed, then saved
        return len(kinds) >= 3 and kinds[0] == "click" and kinds[-1] == "click" and set(kinds[1:-1]) == {"type"}
    if m is None or m.group(1).lower() not in _UNDO_VERBS or _MANY.search(instruction, *clauses[0]):
        return False  # ("Remove all items from the cart": two clicks may be one of many)
    if sum(k in ("click", "double_click") for k in kinds) < 2:
        return False
    return not _icon_group(f, instruction)[1] and row_menu(f, instruction) is None \
        and opened_thing(f, instruction) is None  # (a row's "⋮" menu is open, or its panel with "Cancel screening")


def icon_kept(f: Features, instruction: str) -> bool:
    """Whether a task of one clause that keeps or marks a row with its icon ("Add the Vega room to my
    favourites", "Download my certificate of motor insurance", "Upvote the thread …") is done: the last action
    clicked that row's icon. The network went on clicking the page."""
    clauses = clause_spans(instruction)
    if len(clauses) != 1 or _clause_verb(instruction, *clauses[0]) not in _KEEP_VERBS or not len(f.hist_kind) \
            or ACTIONS[int(f.hist_kind[-1])] != "click":
        return False
    return any(clicked_in(f, c) for c in _icon_group(f, instruction)[1])


_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")


def _row_by_parts(f: Features, instruction: str, a: int, b: int, texts: list[int]) -> list[int]:
    """The row whose texts read every part of a clause's object that is a time or a capitalised word: "Book
    the 18:30 Spin class on Monday" (the 18:30 row, not Spin Endurance at 19:30, nor Morning Spin at 07:00).
    A text reading its first part, when exactly one such row shows; else none."""
    end = _OBJECT_END.search(instruction, a, b)
    part = instruction[a:end.start() if end else b]
    parts = [words(x) for x in _TIME.findall(part) + [w for w in re.findall(r"\b[A-Z][a-z]{2,}\b", part)
                                                      if w.lower() not in _NO_NAME]]
    if not parts:
        return []
    found = []
    for t in texts:
        if not spelled(words(f.cand_text[t]), parts[0]):
            continue
        y0, y1 = float(f.cand_box[t][1]), float(f.cand_box[t][3])
        band = [u for u in texts if min(y1, f.cand_box[u][3]) - max(y0, f.cand_box[u][1]) >= 0.5 * (y1 - y0)]
        if all(any(spelled(words(f.cand_text[u]), p) for u in band) for p in parts[1:]):
            found.append(t)
    return found if len(found) == 1 else []


# verbs whose doing has a place named after it ("Approvals", "Renewals", "Transfers"); not "Play" (Playlists
# list songs, they do not play them) nor "Book" (Bookings lists what was booked)
_PLACE_VERBS = frozenset({"approve", "renew", "refund", "return", "reimburse", "transfer", "message", "pay"})
# how many of a thing a clause asks for: "Add 2 Hass avocados", "put two packs of the 1000 IU tablets"
_COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10}
_COUNT = re.compile(r"\b(?P<n>[1-9]|1\d|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?!%|am\b|pm\b|"
                    r"(?:days?|nights?|hours?|minutes?|weeks?|months?|years?|adults?|children|kids?|people|guests?|"
                    r"rooms?|stars?)\b)(?P<thing>[A-Za-z][^,;.]*)", re.I)
_STEP_PX = 60  # CSS px from a stepper's count to its "+"


def count_step(f: Features, instruction: str) -> int | None:
    """The "+" of the stepper showing how many of the thing a clause counts are in, while fewer than it asks:
    "Add 2 Hass avocados to the basket" added one, and the card showed "− 1 +". The count is the number text
    nearest a text naming the thing (within 250 CSS px), its "+" right of it on its row. None when the task
    counts nothing or no stepper shows; -1 when the last clause's stepper shows as many as it asks."""
    for a, b in clause_spans(instruction):
        m = _COUNT.search(instruction, a, b)
        if m is None:
            continue
        n = int(_COUNT_WORDS.get(m.group("n").lower(), m.group("n")) if not m.group("n").isdigit() else m.group("n"))
        thing = {w for w in words(m.group("thing")) if len(w) > 3} - _NO_NAME
        c = (f.cand_box[:, :2] + f.cand_box[:, 2:]) / 2
        texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]]
        named = [t for t in texts if thing & {w.rstrip("s") for w in words(f.cand_text[t])} | thing &
                 set(words(f.cand_text[t]))]
        counts = [t for t in texts if f.cand_text[t].strip().isdigit() and named and min(
            float(np.hypot(*(c[t] - c[u]))) for u in named) <= 250 * f.scale]
        if not counts:
            continue
        k = min(counts, key=lambda t: min(float(np.hypot(*(c[t] - c[u]))) for u in named))
        plus = [t for t in range(len(f.cand_text)) if f.cand_text[t].strip() in ("+", "＋")
                and 0 < c[t][0] - c[k][0] <= _STEP_PX * f.scale and abs(c[t][1] - c[k][1]) <= 10 * f.scale]
        if plus and int(f.cand_text[k].strip()) < n:
            return plus[0]
        if plus and (a, b) == clause_spans(instruction)[-1]:
            return -1  # as many as asked, by the last clause: the task is done
    return None


# the task's first verb, after polite words: "Approve …", "Please renew …"
_FIRST_VERB = re.compile(r"\W*(?:(?:please|now|first|kindly|go|and)\s+)*([A-Za-z]{4,})\b", re.I)


def verb_section(f: Features, instruction: str) -> int | None:
    """The part of a site named after what the task does, when nothing on screen reads its verb: "Approve Kenji
    Watanabe's time-off request …" on a home page goes to the "Approvals" tab ("Renew …": "Renewals"), for the
    verbs whose doing has such a place. The one short text (two words at most, the first a letter longer than
    the verb's stem) whose first word starts with the verb's stem (the verb less a final "e"); None when a text
    reads the verb (its button is here), or no one text fits."""
    verb = lead_word(words(instruction))  # ("Pay my March water bill …": "Payments")
    if verb not in _PLACE_VERBS:
        return None
    stem = verb[:-1] if verb.endswith("e") else verb
    found = []
    for t in range(len(f.cand_text)):
        ws = words(f.cand_text[t])
        if f.cand_kind[t] != KINDS["text"] or not ws:
            continue
        if len(ws) <= 3 and (verb in ws or stem in ws):
            return None  # the verb's own button is on screen (not a sentence saying it)
        if len(ws) <= 2 and ws[0].startswith(stem) and len(ws[0]) > len(stem) + 1 and ws[0].isalpha() \
                and not ws[0].endswith("ed"):  # (a state, "Approved", is a filter's, not a place)
            found.append(t)
    return found[0] if len(found) == 1 else None


# "Renew my loan of The Hobbit": the words after "my" up to a preposition, an identifier or the clause's end
_MY = re.compile(r"(?<!\bto )(?<!\binto )(?<!\bonto )\bmy\s+([^,;.!?]*)", re.I)  # not where a thing goes
_MY_END = re.compile(r"\b(?:of|on|for|at|in|to|from|with|by|and|as|under|into)\b|\S*\d")


def _owned(instruction: str, a: int, b: int) -> tuple[list[str], list[str]]:
    """The first "my" phrase of a clause: its lower-case words, the last its thing ("my car rental booking
    RD-4821": car, rental, booking), and its capitalised qualifiers ("my March report": March)."""
    m = _MY.search(instruction, a, b)
    if m is None:
        return [], []
    phrase = m.group(1)[:max(0, b - m.start(1))]
    if (route := _ROUTE.match(phrase)) is not None:  # "my Leeds to York ticket": a route, then its thing
        phrase = f"{route.group(1)} {route.group(2)} {route.group(3)}"
    elif (end := _MY_END.search(phrase)) is not None:
        phrase = phrase[:end.start()]
    ws = phrase.split()[:4]
    return [w.lower() for w in ws if w.isalpha() and w.islower()], [w for w in ws if w[:1].isupper()]


# a route named by its ends, then the thing that travels it: "Leeds to York ticket", "Paris to Rome flight"
_ROUTE = re.compile(r"((?:[A-Z][\w'-]*\s+)+)to\s+((?:[A-Z][\w'-]*\s+)+)([a-z]+)\b")


def _one_thing(a: str, b: str) -> bool:
    """"loan" and "loans", "class" and "classes": one thing, one or many; "booking" and "reservations" too; a
    membership is a member's ("Members")."""
    if {a.removesuffix("s"), b.removesuffix("s")} <= _BOOKED:
        return True
    if len(a) > 7 and a.endswith("ship") or len(b) > 7 and b.endswith("ship"):
        a, b = (a[:-4] if len(a) > 7 and a.endswith("ship") else a), (b[:-4] if len(b) > 7 and b.endswith("ship")
                                                                     else b)
    return a == b or a + "s" == b or b + "s" == a or a + "es" == b or b + "es" == a \
        or (a[-1:] == "y" and a[:-1] + "ies" == b) or (b[-1:] == "y" and b[:-1] + "ies" == a)


_BOOKED = frozenset({"booking", "reservation"})  # what a site calls a table, a room or a seat the user holds


_NAV_TOP, _NAV_LEFT = 0.12, 0.22  # shares of the screen: a site's top bar, its left sidebar


def _labels_field(f: Features, t: int) -> bool:
    """Whether text ``t`` is a field's label or inside a field: an entry box starts just under it (30 CSS px)
    or just right of it on its row (40 CSS px), or holds it ("Display name" over its box is no link); a
    band across the whole screen is no such box."""
    x0, y0, x1, y1 = (float(v) for v in f.cand_box[t])
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    for c in np.flatnonzero(f.cand_kind == KINDS["input"]):
        a0, b0, a1, b1 = (float(v) for v in f.cand_box[c])
        if a1 - a0 > 0.9 * f.frame_size[0]:
            continue  # a band across the whole screen (a top bar's lower edge) is no field
        under = -8 * f.scale <= b0 - y1 <= 30 * f.scale and min(x1, a1) > max(x0, a0)  # (OCR boxes overhang)
        right = 0 <= a0 - x1 <= 40 * f.scale and min(y1, b1) > max(y0, b0)
        if under or right or (a0 <= cx <= a1 and b0 <= cy <= b1):
            return True
    return False


def side_edge(f: Features) -> float:
    """The right edge of the site's left sidebar: 22% of the screen, or 0 where the page has none there: texts
    start in that strip and every line between their left edge and 22% is crossed by a thing of the page (a
    centred page's content, "Welcome back, Jordan", starting where a sidebar would stand). A sidebar leaves a
    gutter right of its texts. Read once per screen."""
    if (edge := getattr(f, "_side_edge", None)) is not None:
        return edge
    w, h = f.frame_size
    edge = _NAV_LEFT * w
    below = [(float(b[0]), float(b[2]), k == KINDS["text"]) for b, k in zip(f.cand_box, f.cand_kind, strict=True)
             if float(b[1] + b[3]) / 2 > _NAV_TOP * h]  # (a chart's bar or a field crosses it too)
    starts = sorted(x0 for x0, _, text in below if text and x0 < edge)
    if starts:  # (a gap's left end is some box's right edge, or its right end a left edge: those are tried)
        spots = sorted({v for x0, x1, _ in below for v in (x0, x1) if starts[0] <= v < edge})
        gutters = [x for x in spots
                   if not any(x0 < x < x1 for x0, x1, _ in below) and any(x1 <= x for _, x1, text in below if text)]
        edge = min(gutters, default=0.0)  # (a list panel beside it starts right after: "Object records")
        strip = [" ".join(_latin(f.cand_text[t])) for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
                 and float(f.cand_box[t][2]) <= edge and float(f.cand_box[t][1] + f.cand_box[t][3]) / 2 > _NAV_TOP * h]
        if any(strip.count(x) >= 3 for x in set(strip) if len(x) >= 3):
            edge = 0.0  # a board's first column of cards, each with its "Assign": no sidebar repeats an entry
    f._side_edge = edge  # type: ignore[attr-defined]  # (a cache on the screen's features)
    return edge


def in_nav(f: Features, p: tuple[float, float]) -> bool:
    """Whether point ``p`` lies in the site's top bar or its left sidebar."""
    return p[1] <= _NAV_TOP * f.frame_size[1] or p[0] <= side_edge(f)


def _nav(f: Features, t: int) -> bool:
    """Whether text ``t`` stands in the site's top bar or its left sidebar (its far corner does)."""
    return in_nav(f, (float(f.cand_box[t][2]), float(f.cand_box[t][3])))


def _my_link(f: Features, instruction: str, a: int, b: int, texts: list[int]) -> int | None:
    """A link reading "My" and a thing the clause names after its "my": "Cancel my Sakura House reservation"
    goes to "My reservations" though the restaurant's card is shown (the reservation is not), "Upgrade my
    internet to the Fibre 500 plan" to "My plans". The site says the user's things are there in its own
    words; the one such link only."""
    m = _MY.search(instruction, a, b)
    if m is None:
        return None
    said = [w for w in words(instruction[m.end() - len(m.group(1)):b]) if w.isalpha()]
    found = [t for t in texts if _nav(f, t) and not _labels_field(f, t)
             and len(ws := words(f.cand_text[t])) in (2, 3) and ws[0] == "my" and ws[1].isalpha()
             and any(_one_thing(ws[1], x) for x in said)]
    return found[0] if len(found) == 1 else None


# a clause's verb, its determiners, then the run of words naming its thing up to a preposition or its end:
# "Schedule a pickup from …", "Make a claim on …", "Add my 26-30 Railcard to my account"
_HEAD = re.compile(r"\W*(?:(?:please|now)\s+)?[A-Za-z]+\s+(?:(?:a|an|the|my|your|new|another)\s+)+"
                   r"((?:[\w'’-]+\s+){0,3}?[A-Za-z]+)(?=\s+(?:to|for|from|on|in|at|with|by|of|about)\b|\W*$)")


_UI_VERBS = frozenset({"click", "press", "hit", "tap", "select", "choose", "pick", "open", "follow", "set", "type",
                       "enter", "write", "fill", "check", "tick", "untick", "uncheck", "toggle", "turn", "switch", "go",
                       "navigate", "visit", "scroll", "drag", "expand", "collapse", "sort", "filter", "search", "clear",
                       "show", "hide", "mark", "find", "use"})
_UI_NOUNS = frozenset({"link", "option", "button", "tab", "field", "box", "checkbox", "item", "entry", "menu", "page",
                       "row", "column", "section", "slider", "dropdown", "list", "radio", "switch", "toggle", "card"})


def _head_thing(instruction: str, a: int, b: int) -> str | None:
    """The thing a clause makes or acts on ("Schedule a pickup from …": pickup); None for a clause that works
    the page's own controls ("Click the third link under Security", "Set the Departure to …")."""
    head = _HEAD.match(instruction[a:b])
    if head is None:
        return None
    thing, verb = words(head.group(1))[-1], words(instruction[a:b])[0]
    plain = [w for w in head.group(1).split() if w.isalpha() and w.islower()]
    if plain and not head.group(1).split()[-1].islower():  # "Rename the device Battery B": device, not its name
        thing = plain[-1]
    return None if verb in _UI_VERBS or thing in _UI_NOUNS else thing


def noun_section(f: Features, instruction: str) -> int | None:
    """The part of a site named after the thing a task's first clause makes or acts on: "Schedule a pickup
    from my Work address …" goes to the sidebar's "Pickups", "Make a claim on my home insurance …" to
    "Claims", "Add my 26-30 Railcard to my account" to the top bar's "Railcards". The one short link (three
    words at most, in the top bar or the left sidebar) reading that thing, one or many. None when the clause's
    verb reads on a short text here (its button is on this page), or no one link fits."""
    clauses = clause_spans(instruction)
    if not clauses:
        return None
    a, b = clauses[0]
    if (thing := _head_thing(instruction, a, b)) is None or _clause_verb(instruction, a, b) in _KEEP_VERBS:
        return None  # ("Add the Vega room to my favourites" is its star's)
    verb = words(instruction[a:b])[:1]
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    says = set(with_synonyms(verb))
    if len(thing) < 4 or any(len(_latin(f.cand_text[t])) <= 3 and says & set(_latin(f.cand_text[t])) for t in texts):
        return None
    alpha = {t: [w for w in words(f.cand_text[t]) if w.isalpha()] for t in texts}
    links = [t for t in texts if _nav(f, t) and not _labels_field(f, t) and 0 < len(alpha[t]) <= 3
             and any(_one_thing(thing, w) for w in alpha[t])]
    alone = [t for t in links if len(alpha[t]) == 1]
    return links[0] if len(links) == 1 else alone[0] if len(alone) == 1 else None  # "Claims", not "claims line"



def code_section(f: Features, instruction: str) -> int | None:
    """The part of a site whose initials a task's code starts with, when the code shows nowhere here: "WO-2214
    is done — close it off please" on a vehicles list goes to the sidebar's "Work orders" (W, O). The one
    link of two or three words (in the top bar or the left sidebar) whose first letters spell the code's
    letters, else the one whose first word starts with its first letter and holds the others in order."""
    codes = [m.group() for m in _CODE.finditer(instruction)]
    if len(codes) != 1 or not 2 <= len(letters := re.match(r"[A-Z]+", codes[0]).group()) <= 3:
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    if any(codes[0].lower() in f.cand_text[t].lower() for t in texts):
        return None
    navs = [t for t in texts if _nav(f, t) and not _labels_field(f, t) and 1 <= len(_latin(f.cand_text[t])) <= 3]
    links = [t for t in navs if len(ws := _latin(f.cand_text[t])) == len(letters)
             and "".join(w[0] for w in ws) == letters.lower()]
    if not links:  # the code's letters in order through the link's first word: "SP-7719": "Spectacle orders",
        # "EQ-218": "Enquiries"
        links = [t for t in navs if len(w := _latin(f.cand_text[t])[0]) >= len(letters) + 3
                 and re.match(".*?".join(letters.lower()), w)]  # (not a logo reading the letters: "LP")
    return links[0] if len(links) == 1 else None


# a thing lent out and coming back: "has handed back his copy of the Messiah — can you check it in?"
_LENT = re.compile(r"\b(?:hand(?:s|ed)?\s+(?:it\s+|them\s+)?back|check(?:ed)?\s+(?:it|them)\s+in|"
                   r"(?:his|her|their|my)\s+cop(?:y|ies)\s+of|borrowed|on\s+loan)\b", re.I)
_LENDING = frozenset({"library", "loans", "lending", "circulation", "borrowing"})


def loan_section(f: Features, instruction: str) -> int | None:
    """The part of a site where lent things are, for a task about one coming back or going out: "Tom Ashworth
    has handed back his copy of the Messiah — can you check it in?" on a choir's members page goes to the
    sidebar's "Music library". The one link (top bar or left sidebar, three words at most) reading library,
    loans or lending; None when a short text here reads "Check in" or "Return" (its button is here)."""
    if _LENT.search(instruction) is None:
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    if any(_latin(f.cand_text[t])[:2] in (["check", "in"], ["return"]) for t in texts):
        return None
    links = [t for t in texts if _nav(f, t) and 0 < len(_latin(f.cand_text[t])) <= 3
             and _LENDING & set(_latin(f.cand_text[t]))]
    return links[0] if len(links) == 1 else None


_BAR_TOP = 0.2  # share of the screen: how far down a site's row of section links may stand (under its header)
_BAR_LINKS = 4  # short texts on one line that make such a row


def _in_bar(f: Features, t: int) -> bool:
    """Whether text ``t`` is one of a row of short links near the top ("OVERVIEW  MY VEHICLES  BOOKINGS  QUOTES
    5  INVOICES 6" under a garage's header bar): four short texts or more on its line, in the top fifth, none
    over a value of its own."""
    cy = (float(f.cand_box[t][1]) + float(f.cand_box[t][3])) / 2
    if cy > _BAR_TOP * f.frame_size[1] or not 0 < len(_latin(f.cand_text[t])) <= 3:
        return False
    kinds = np.asarray(f.cand_kind)
    near = np.flatnonzero((kinds == KINDS["text"])
                          & (np.abs((f.cand_box[:, 1] + f.cand_box[:, 3]) / 2 - cy) <= 5 * f.scale))
    if _stacked(f, t, [int(u) for u in np.flatnonzero(kinds == KINDS["text"])]):
        return False  # a card's label over its value: "Overdue" over "3" in a row of counts
    return sum(0 < len(_latin(f.cand_text[k])) <= 3 for k in near) >= _BAR_LINKS


# deleting said as what went wrong: the thing is in the site's bin ("i deleted my dropbox login by mistake")
_UNDELETE = re.compile(r"\b(?:deleted|removed|trashed|binned|by\s+mistake|accidentally|restore|recover|undelete|"
                       r"(?:get|bring)\s+(?:it|them|\w+)\s+back)\b", re.I)
_BINS = frozenset({"trash", "bin", "deleted", "recycle", "recycled"})
# words of a task that name no part of a site
_NOT_THINGS = frozenset({"please", "need", "want", "would", "like", "could", "should", "with", "from", "this", "that",
                         "them", "they", "have", "been", "just", "instead", "keep", "also", "into", "onto", "make",
                         "sure", "thanks", "today", "here", "there", "some", "only", "every", "about", "after",
                         "before", "over", "under", "their", "your", "mine", "what", "when", "which", "home",
                         "the", "and", "for", "you", "can", "not", "but", "out", "off", "all", "new", "now", "her",
                         "his", "him", "its", "our", "any", "get", "put", "set", "use", "was", "has", "had", "may",
                         "one", "two", "per", "via", "way", "day", "too", "yet", "who", "how", "why", "let", "are",
                         "did", "won", "don", "i'd", "i'm", "see", "own", "add"})
# a place a clause puts its thing, to the clause's end: "moved to kennel B5", "into People Ops": not where the
# thing is now
_PUT_PLACE = re.compile(r"\b(?:to|into|onto|under)\s+[^,.;!?]*", re.I)


def _link_words(text: str) -> list[str]:
    """A link's words, less a count OCR glued to them ("INVOICES6": invoices)."""
    return [w for w in (re.sub(r"\d+$", "", v) for v in _latin(text)) if w.isalpha()]


def _section_links(f: Features) -> list[int]:
    """The short texts (three words at most, not a field's label) of the top bar, the left sidebar and a row of
    section links near the top."""
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]]
    return [t for t in texts if (_nav(f, t) or _in_bar(f, t)) and not _labels_field(f, t)
            and 0 < len(_link_words(f.cand_text[t])) <= 3 and not (_nav(f, t) and _heading(f, t, texts))]


def _brand(f: Features) -> set[str]:
    """The words of the site's name, top left ("Aegis Vault"): no part of the site is named by them."""
    w, h = f.frame_size
    return {v for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
            and float(f.cand_box[t][3]) <= 0.1 * h and float(f.cand_box[t][2]) <= 0.3 * w
            for v in _latin(f.cand_text[t])}


def bin_link(f: Features, instruction: str) -> int | None:
    """The site's bin ("Trash", "Recently deleted", "Bin"), for a task that undoes a deletion: "i deleted my
    dropbox login by mistake, can you get it back" goes there, not to "Logins". The one such link only."""
    if _UNDELETE.search(instruction) is None:
        return None
    bins = [t for t in _section_links(f) if _BINS & set(_latin(f.cand_text[t]))]
    return bins[0] if len(bins) == 1 else None


_RESTORES = frozenset({"restore", "undelete", "recover", "undo"})


def _restore_buttons(f: Features) -> list[int]:
    """Short texts reading "Restore" ("↺ Restore", "Undelete"): a bin's buttons."""
    return [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
            and 0 < len(ws := _latin(f.cand_text[t])) <= 2 and _RESTORES & set(ws)]


def restore_button(f: Features, instruction: str) -> int | None:
    """The bin's "Restore" for a task that undoes a deletion, once it went somewhere (``bin_link``): the one
    shown, else the one on the row the task names ("… my dropbox login …": "Dropbox", not "Dropbox Business");
    None once one was clicked, or none is shown."""
    if _UNDELETE.search(instruction) is None or not len(f.hist_kind):
        return None
    found = _restore_buttons(f)
    if any(clicked_in(f, t, ever=True) for t in found):
        return None
    if len(found) > 1:
        thing = [w for w in words(instruction) if w not in _NOT_THINGS and w not in _FILLER
                 and not _UNDELETE.fullmatch(w) and w not in ("mistake", "back", "my", "i")]
        rows = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and not _nav(f, t)
                and (ws := _latin(f.cand_text[t])) and set(ws) <= set(thing)]
        mid = (f.cand_box[:, 1] + f.cand_box[:, 3]) / 2
        found = [t for t in found if any(abs(float(mid[t] - mid[r])) <= ROW_PX * f.scale for r in rows)]
    return found[0] if len(found) == 1 else None


def restored(f: Features, instruction: str) -> bool:
    """Whether a task that undoes a deletion pressed a "Restore" shown here (the bin shows the next item's at
    the same place): done."""
    return _UNDELETE.search(instruction) is not None and len(f.hist_kind) > 1 and any(
        clicked_in(f, t, ever=True) for t in _restore_buttons(f))


_CHOOSES = re.compile(r"\b(?:select|choose|pick|check|tick|untick|uncheck|mark|set)\b", re.I)
_GROUP_GAP_PX = 45  # CSS px: the most between the middles of a group's stacked radios
_MOST_CHOICES = 6  # a group of more is a list of things with icons, not a choice asked


def _label_right(f: Features, c: int) -> int | None:
    """The text just right of widget ``c`` on its line (its label: OCR may start it on the widget's edge, or
    read the widget into it)."""
    x0, y0, x1, y1 = (float(v) for v in f.cand_box[c])
    found = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])
             and x0 - 8 * f.scale <= float(f.cand_box[t][0]) <= x1 + 30 * f.scale
             and float(f.cand_box[t][2]) > x1 + 10 * f.scale
             and min(y1, float(f.cand_box[t][3])) - max(y0, float(f.cand_box[t][1])) >= 0.5 * (y1 - y0)]
    return min(found, key=lambda t: abs(float(f.cand_box[t][0]) - x1), default=None)


def _choice_groups(f: Features) -> list[list[tuple[int, int]]]:
    """Radios (or boxes) stacked in a column, each with its label just right of it: small square-ish
    components at one left edge, evenly close, top to bottom; groups of two or more, as (widget, label)."""
    small = [c for c in np.flatnonzero(f.cand_kind == KINDS["component"])
             if 10 * f.scale <= min(w := float(f.cand_box[c][2] - f.cand_box[c][0]),
                                    h := float(f.cand_box[c][3] - f.cand_box[c][1]))
             and max(w, h) <= 26 * f.scale and 0.8 <= w / max(h, 1.0) <= 1.25 and _label_right(f, int(c)) is not None]
    small.sort(key=lambda c: (round(float(f.cand_box[c][0]) / (6 * f.scale)), float(f.cand_box[c][1])))
    groups: list[list[tuple[int, int]]] = []
    for c in small:
        g = groups[-1] if groups else None
        label = _label_right(f, int(c))
        assert label is not None
        if g and abs(float(f.cand_box[c][0] - f.cand_box[g[-1][0]][0])) <= 4 * f.scale \
                and 0 < float(f.cand_box[c][1] - f.cand_box[g[-1][0]][1]) <= _GROUP_GAP_PX * f.scale:
            g.append((int(c), label))
        else:
            groups.append([(int(c), label)])
    return [g for g in groups if len(g) >= 2]


_RINGS = frozenset({"O", "o", "0", "○", "◯", "●", "◉", "⦿"})  # a radio as OCR reads it


def _card_choices(f: Features) -> list[list[tuple[int, list[int]]]]:
    """Option cards stacked in a column ("Visa •••• 4242 exp 09/27" / "Amex •••• 1005 …", a radio inside each):
    framed boxes of one left and right edge and one height, close one under the other, each holding a radio
    read as "O" first, or its first text after room for one; each card as its first text (what a click on it
    picks) and the texts it holds."""
    boxes = []
    for c in np.flatnonzero(f.cand_kind == KINDS["input"]):
        x0, y0, x1, y1 = (float(v) for v in f.cand_box[c])
        held = sorted((t for t in texts_inside(f, int(c)) if words(f.cand_text[t])),
                      key=lambda t: float(f.cand_box[t][0]))
        # a radio first (read as "O"), or room left for one before the first text: no table's row, no field
        if x1 - x0 >= 150 * f.scale and y1 - y0 <= 80 * f.scale and held and (
                f.cand_text[held[0]].strip() in _RINGS or float(f.cand_box[held[0]][0]) - x0 >= 24 * f.scale):
            boxes.append((int(c), held))
    boxes.sort(key=lambda b: (round(float(f.cand_box[b[0]][0]) / (6 * f.scale)), float(f.cand_box[b[0]][1])))
    groups: list[list[tuple[int, list[int]]]] = []
    for b in boxes:
        g = groups[-1] if groups else None
        p, q = (f.cand_box[g[-1][0]] if g else None), f.cand_box[b[0]]
        if g and abs(float(q[0] - p[0])) <= 4 * f.scale and abs(float(q[2] - p[2])) <= 4 * f.scale \
                and abs(float((q[3] - q[1]) - (p[3] - p[1]))) <= 6 * f.scale \
                and 0 <= float(q[1] - p[3]) <= 20 * f.scale:
            g.append(b)
        else:
            groups.append([b])
    return [g for g in groups if len(g) >= 2]


def reason_choice(f: Features, instruction: str) -> int | None:
    """The radio whose label a task's words speak of without naming it as a choice, once it went somewhere:
    "Please reject Tom Alvarez's application for Pepper. His landlord won't allow pets." picks "No landlord
    permission" of the dialog's reasons. The one label of its group sharing a word of four letters or more with
    the task (a word all its labels share tells none); None when the task chooses in words ("select …", "pick
    …": other rules read those), a radio of the group was clicked, or no one label fits."""
    if not len(f.hist_kind) or _CHOOSES.search(instruction) or _opened_menu(f):
        return None  # (a menu just opened holds the choice: "Extend hire…", not a row's box by "27 June")
    said = {w for w in words(instruction) if len(w) >= 4 and w.isalpha() and w not in _NOT_THINGS}
    found = [g for g in _choice_groups(f) if not any(_nav(f, c) for c, _ in g)]  # (a sidebar's icons: no choice)
    mids = [[(float(f.cand_box[c][0]), (float(f.cand_box[c][1]) + float(f.cand_box[c][3])) / 2) for c, _ in g]
            for g in found]

    def table(k: int) -> bool:  # another column of icons on the same lines: a table's rows, no choice
        return any(j != k and abs(x - u) > 40 * f.scale and abs(y - v) <= 4 * f.scale
                   for j, other in enumerate(mids) for x, y in mids[k] for u, v in other)

    def rows(g: list[tuple[int, int]]) -> bool:  # each label with cells of its own further along its line: a
        # table's rows ticked for its bulk bar ("☐ Jungle Jamboree castle | Bouncy castle | 15×15 ft | £85.00")
        own = {label for _, label in g}
        return all(sum(u not in own and f.cand_kind[u] == KINDS["text"] and float(f.cand_box[u][0])
                       > float(f.cand_box[label][2]) + 60 * f.scale
                       and abs(float(f.cand_box[u][1] + f.cand_box[u][3] - f.cand_box[label][1] - f.cand_box[label][3]))
                       <= 24 * f.scale for u in range(len(f.cand_text))) >= 2 for _, label in g)

    radios = [[(c, [c, label]) for c, label in g] for k, g in enumerate(found)  # options differ from each other
              if not table(k) and not rows(g) and len({f.cand_text[label].strip().lower() for _, label in g}) == len(g)]
    cards = [[(held[0], [box, *held]) for box, held in g] for g in _card_choices(f)
             if not any(_nav(f, box) for box, _ in g)]
    groups = [g for g in radios + cards if len(g) <= _MOST_CHOICES]
    if not groups:
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    named = {r for a, b in clause_spans(instruction) for r in _rows_of(f, instruction, a, b, texts)}
    people = task_names(instruction)
    said -= {w for n in people for w in words(n) if not ID.search(n)}  # (a person is no reason)
    for g in groups:
        if any(clicked_in(f, c, ever=True) for _, cs in g for c in cs) or any(u in named for _, cs in g for u in cs):
            continue  # (a list of pages, each an icon and its name, one the task acts on: "Archive the Q1 offsite
            # agenda page")
        labels = [[u for u in cs if f.cand_kind[u] == KINDS["text"]] for _, cs in g]
        # an option the task reads word for word ("… for 3 months": "For 3 months", not "For 1 month")
        whole = [c for (c, _), us in zip(g, labels, strict=True)
                 if any(len(ws := words(f.cand_text[u])) >= 2 and spelled(words(instruction), ws)
                        and not ID.search(f.cand_text[u]) and not any(ws == words(n) for n in people)
                        for u in us)]  # (an identifier names a row, no option; a person is no reason: "Give
        # J-40531 to Kofi Asante" typed his name into the dialog, over a list of drivers)
        if len(whole) == 1:
            return whole[0]
        shared = [{w for w in said if any(_one_thing(w, v) for u in us for v in words(f.cand_text[u]))}
                  for us in labels]
        common = set.intersection(*shared)
        fit = [c for (c, _), sh in zip(g, shared, strict=True) if sh - common]
        if len(fit) == 1:
            return fit[0]
    return None


_WEEKDAY_ABBR = frozenset({"mon", "tue", "wed", "thu", "fri", "sat", "sun"})


def _with_date(f: Features, t: int, texts: list[int]) -> list[str]:
    """Text ``t``'s words, and for a weekday alone those of the date right under it (centred or on its left
    edge; OCR's boxes may overlap a little): a day's tab drawn
    on two lines, "Sat" over "15 Jun", reads "sat 15 jun"."""
    ws = words(f.cand_text[t])
    if len(ws) != 1:
        return ws
    cx = (float(f.cand_box[t][0]) + float(f.cand_box[t][2])) / 2
    under = [u for u in texts if u != t and (abs((float(f.cand_box[u][0]) + float(f.cand_box[u][2])) / 2 - cx)
                                             <= 12 * f.scale or abs(float(f.cand_box[u][0] - f.cand_box[t][0]))
                                             <= 6 * f.scale)  # (centred, or on its left edge)
             and -6 * f.scale <= float(f.cand_box[u][1] - f.cand_box[t][3]) <= 12 * f.scale]
    return ws + words(f.cand_text[under[0]]) if len(under) == 1 else ws


def day_tab(f: Features, instruction: str) -> int | None:
    """The tab of the weekday a task says, among a row of day tabs each reading a date ("Tue 10 Jun", "Wed 11
    Jun", "Thu 12 Jun"): "bookmark the Kubernetes office hours on Thursday" opens "Thu 12 Jun" first (Tuesday's
    list shows a session of that name too); "tomorrow", the day after the page's today, or the filter that reads
    "Tomorrow" in a strip of three or more. None once a day tab was
    clicked, or no such row of tabs stands (a week grid's column heads read no date)."""
    wd = _WEEKDAY.search(instruction)
    later = re.search(r"\btomorrow\b", instruction, re.I)
    if wd is None and later is None:
        return None
    mid = (f.cand_box[:, 1] + f.cand_box[:, 3]) / 2
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    if later is not None:  # a strip of filters that says it: "Today  Tomorrow  This week  All"
        for t in texts:
            strip = [u for u in texts if abs(float(mid[u] - mid[t])) <= 6 * f.scale and len(words(f.cand_text[u])) <= 3
                     and not _nav(f, u)]
            if len(ws := _latin(f.cand_text[t])) == 1 and (ws[0] == "tomorrow" or one_edit(ws[0], "tomorrow")) \
                    and len(strip) >= 3 and not _nav(f, t) \
                    and not any(clicked_in(f, u, ever=True) for u in strip):
                return t
    if wd is not None:
        day = wd.group(1).lower()[:3]
    else:  # "cancel tomorrow's 21:15 Nosferatu": the day after the one the page reads as today ("Today · Fri
        # 14 Feb 2025": Sat)
        week = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        today = {ws[ws.index("today") + 1 + k][:3] for t in texts if "today" in (ws := words(f.cand_text[t]))
                 for k in range(2) if ws.index("today") + 1 + k < len(ws)} & set(week)
        if len(today) != 1:
            return None
        day = week[(week.index(today.pop()) + 1) % 7]
    tabs = [t for t in texts if 2 <= len(ws := _with_date(f, t, texts)) <= 4 and any(w.isdigit() for w in ws)
            and ws[0][:3] in _WEEKDAY_ABBR and (len(ws[0]) == 3 or ws[0].endswith("day"))]
    row = [t for t in tabs if sum(abs(float(mid[u] - mid[t])) <= ROW_PX * f.scale for u in tabs) >= 2]
    if any(clicked_in(f, t, ever=True) for t in row):
        return None
    found = [t for t in row if words(f.cand_text[t])[0][:3] == day]
    return found[0] if len(found) == 1 else None


_CONTROL_VERBS = frozenset({"log", "answer", "look", "slide", "move", "drag", "double", "from", "press", "hit", "tap"})
_CONTROL_NOUNS = frozenset({"link", "button", "tab", "field", "checkbox", "menu", "slider", "dropdown", "radio",
                            "switch", "toggle", "option"})


_TIMES = frozenset({"morning", "afternoon", "evening", "today", "tomorrow", "yesterday", "tonight", "week", "weekend",
                    "month", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def thing_section(f: Features, instruction: str) -> int | None:
    """The part of a site named after a thing the task speaks of, anywhere in its words, for a first step on a
    page that shows none of the task's names: "Please reject Tom Alvarez's application for Pepper" goes to
    "Applications", "pay invoice INV-10482 with the amex card" to "INVOICES 6", "On my badge, I want my
    pronouns …" to "Badge". The one such short link (else the one of a single word), not for a thing the task
    puts somewhere ("moved to kennel B5" is no reason to open "Kennels"), nor a thing kept in favourites; None
    when the task's verb reads on a short text here (its button is on this page)."""
    clauses = clause_spans(instruction)
    if not clauses or _KEPT_IN.search(instruction) or SCROLL_CLAUSE.match(instruction, *clauses[0]):
        return None
    verb = _clause_verb(instruction, *clauses[0]) or (words(instruction[slice(*clauses[0])]) or [""])[0]
    opening = (words(instruction) or [""])[0]
    marks = verb == "mark" and re.search(r"\bas\s+\w", instruction[slice(*clauses[0])]) is not None  # a record's
    # state ("mark Dana Whitfield's refill as dispensed"), not a box's tick
    if verb in _UI_VERBS and not marks or verb in _KEEP_VERBS or verb == "only" or MAKES.match(instruction) \
            or opening in _UI_VERBS | _CONTROL_VERBS and not marks or _CONTROL_NOUNS & set(words(instruction)):
        return None  # (the page's own controls: "Log in as ivan …", "move the Humidity slider …", "answer
        # Save"; "Only show stays with a pool": a filter; a new thing: its button)
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    links = _section_links(f)
    plain = [t for t in texts if t not in links]
    says = set(with_synonyms([verb]))
    if any(len(_latin(f.cand_text[t])) <= 2 and says & set(_latin(f.cand_text[t])) for t in plain):
        return None
    names = _clause_names(instruction, 0, len(instruction)) + [q.group(q.lastindex or 0)
                                                               for q in QUOTED.finditer(instruction)]
    linked = [w for t in links for w in _link_words(f.cand_text[t])]
    owned = {n for n in names if any(any(_one_thing(x, w) for w in linked)
                                     and not any(_one_thing(x, w) for t in plain for w in _latin(f.cand_text[t]))
                                     for x in _owned_words(instruction, n))}
    # ("Meadowbank Care Home's contract": a contract, kept under "Contracts", though the home's visit shows here,
    # where nothing reads "contract"; "Brook Farm have paid both of their outstanding invoices": "Invoices")
    if any(shows([f.cand_text[t] for t in plain if not _bare_row(f, t)], words(re.sub(r"['’]s\b", "", n)))
           for n in names if not re.fullmatch(r"\d{1,4}", n) and n not in owned):
        return None  # (the thing is here; a year is no thing's name; a dashboard's preview row is no place to act)
    sentence = re.match(r".*?(?:[.!?](?=\s)|\s[—–-]\s|$)", instruction).end()  # where its first sentence ends
    sentence = _person_first(instruction, 0, sentence)
    skip = [m.span() for m in _PUT_PLACE.finditer(instruction)] + [m.span() for m in PROPER.finditer(instruction)] \
        + [m.span() for m in QUOTED.finditer(instruction)]
    said = {w for m in re.finditer(r"[A-Za-z]+", instruction[:sentence]) if len(w := m.group().lower()) >= 3
            and w not in _NOT_THINGS and w != verb and not any(a <= m.start() < b for a, b in skip)}
    said -= says | _brand(f)  # (a page's name is no thing: "the New Hire Onboarding Checklist" opens no "Checklist")
    if _ON_HOLD.match(instruction):
        said.discard("hold")  # (the state it is put in: "Put prescription RX-20433 on hold")
    if marks and (state := _AS_STATE.search(instruction, *clauses[0])) is not None:
        said -= set(words(state.group(1)))  # (nor the state it is marked: "mark the job … as fixed", no "FIXED" board)
    said -= _modifiers(instruction[:sentence], said, [w for t in links for w in _link_words(f.cand_text[t])])
    found = [t for t in links if "home" not in _latin(f.cand_text[t]) and not f.cand_text[t].lstrip()[:1].isdigit()
             and any(_one_thing(s, w) for w in _link_words(f.cand_text[t]) for s in said)]  # (not "10 restaurants")
    alone = [t for t in found if len(_link_words(f.cand_text[t])) == 1]
    q = found[0] if len(found) == 1 else alone[0] if len(alone) == 1 else None
    if q is None or (head := _title_words(f, [t for t in texts if t != q])) and any(
            _one_thing(w, h) for w in _link_words(f.cand_text[q]) for h in head):
        return None  # (the page shown is that section: "Bookings" its heading, for "cancel his booking")
    rest = {s for s in said if len(s) >= 4 and not any(_one_thing(s, w) for w in _link_words(f.cand_text[q]))
            and s not in _TIMES}  # (a time is no thing here: "paid … this morning" over rows of "Morning" visits)
    named = [w for t in texts if _nav(f, t) for w in _link_words(f.cand_text[t])]
    rest = {s for s in rest if not any(_one_thing(s, w) for w in named)}  # (a section's name read here is no
    # sign that this thing is: "the big kiln" in the kiln queue's rows, for "Thursday's glaze firing")
    if any(rest & set(_latin(f.cand_text[t])) for t in plain):
        return None  # the task's other words are read here: "Delete the parking expense from my March report"
        # on a page showing its Parking line
    return q

def _owned_words(instruction: str, name: str) -> list[str]:
    """The words a task may name a thing of ``name``'s by: the word after "Name's" ("Meadowbank Care Home's
    contract"), or the three after the first "their", "his", "her" or "its" of its sentence ("Brook Farm have
    paid both of their outstanding invoices")."""
    n = re.escape(re.sub(r"['’]s$", "", name))
    if (m := re.search(n + r"['’]s\s+([a-z]+)", instruction)) is not None:
        return [m.group(1)]
    m = re.search(n + r"\b[^.?!]*?\b(?:their|his|her|its)((?:\s+[a-z]+){1,3})", instruction)
    return m.group(1).split() if m is not None else []


def _modifiers(sentence: str, said: set[str], linked: list[str]) -> set[str]:
    """The words a sentence says just before another that names a section, as that thing's kind: "glaze" in
    "Thursday's glaze firing" (a firing, not a glaze, where both "Glazes" and "Firings" are links)."""
    ws = words(sentence)
    return {a for a, b in pairwise(ws) if a in said and b in said and any(_one_thing(b, w) for w in linked)
            and any(_one_thing(a, w) for w in linked)}


# a task that opens on its subject: "The oxalic acid treatment on hive H-03 has finished — …", "The 18 June
# hearing in Marsh v. Ortega Holdings has to be adjourned …": the subject's last word before its qualifier or verb
_SUBJECT = re.compile(r"\W*(?:the|our|my|this|that)\s+(?:[\w'’.-]+\s+){0,5}?([a-z]{4,})\s+(?:on|for|of|at|from|in|"
                      r"with|under|has|have|had|is|was|were|needs?|should|must|can|could|that|which|isn['’]t|"
                      r"wasn['’]t|hasn['’]t)\b", re.I)


# an empty detail pane beside a list: "Select a case from the list to view its record.", "No ticket selected"
_PICK_HINT = re.compile(r"\b(?:select|choose|pick|click)\s+(?:a|an|one)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:from|in|on)\s+"
                        r"the\s+(?:list|left|table)|\bno\s+[\w-]+\s+selected\b|\bnothing\s+selected\b", re.I)
# "Hughes v. Patel Builders", "Kowalski v Kowalski": a case's name, its parties either side of "v"
_CASE_NAME = re.compile(r"(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’&-]*))*\s+v\.?\s+(?-i:[A-Z][\w'’-]*)"
                        r"(?:\s+(?-i:[A-Z][\w'’&-]*))*")


def picked_row(f: Features, instruction: str) -> int | None:
    """The list's entry the task names, for a first step on a page whose detail pane waits for one ("Select a
    case from the list to view its record."): "In Hughes v. Patel Builders, could you accept the defence …"
    opens the entry reading "Hughes v. Patel Builders Ltd" before anything else. The names are a case's
    parties either side of "v", the task's identifiers and its proper names of two words or more; the one text
    reading one, not the hint's; None otherwise."""
    if len(f.hist_kind):
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    if not any(_PICK_HINT.search(f.cand_text[t]) for t in texts):
        return None
    names = [words(m.group()) for m in _CASE_NAME.finditer(instruction)] \
        + [words(c) for c in _CODE.findall(instruction)] \
        + [ws for n in task_names(instruction) if len(ws := words(n)) >= 2]
    for name in names:
        found = [t for t in texts if phrase_at(words(f.cand_text[t]), name) and not _PICK_HINT.search(f.cand_text[t])]
        if len(found) == 1:
            return found[0]
    return None


def logged_button(f: Features, instruction: str) -> int | None:
    """The button that starts a new record, for a first step of a task that tells what happened and then asks
    for a record of it: "A passenger just handed in a navy umbrella they found on platform 6. Can you log it?"
    presses "+ Log found item". The one short text (five words at most) whose first word is the command's
    verb, or the one starting with "+" where none reads it; first, though, the one section link another page
    keeps the thing done in ("… has just inspected …": "Inspections"). None otherwise."""
    if len(f.hist_kind) and not nav_opened(f) or (m := LOG_IT.search(instruction)) is None:
        return None  # (a first step, or the first look at a section opened)
    verb = m.group(1).lower()
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    stems = {w[:-2] for w in words(instruction) if len(w) >= 7 and w.endswith("ed")}
    if stems and not len(f.hist_kind):  # the section of the thing done: "Gary has just inspected the scaffold …
        # can you log that?" opens "Inspections" first, not the jobs page's "+ New job"
        head = _head_words(f, texts)
        kept = [t for t in _section_links(f) if any(x.startswith(s) and len(s) >= 5 and x not in head
                                                      for x in _link_words(f.cand_text[t]) for s in stems)]
        if len(kept) == 1:
            return kept[0]
    said = [t for t in texts if 1 <= len(ws := _latin(f.cand_text[t])) <= 5 and ws[0] == verb]
    plus = [t for t in texts if f.cand_text[t].lstrip().startswith("+") and len(_latin(f.cand_text[t])) <= 5]
    pick = said or plus
    return pick[0] if len({f.cand_text[t].strip() for t in pick}) == 1 else None


_RECORD_TOP = 0.15  # share of the screen: a record's tabs stand under the site's own (its header and tab strip)


def record_tab(f: Features, instruction: str) -> int | None:
    """The tab of a record just opened that names a thing the task speaks of: "The 18 June hearing in Marsh v.
    Ortega Holdings has to be adjourned …" opened the case, whose tabs read "Overview  Hearings  Filings":
    "Hearings" ("the defence that Patel Builders filed": "Filings"). Tabs are three to eight short texts
    alone on one line, out of the site's bar and sidebar; the one reading a word of the task as many (a verb's
    "-ed" as its "-ing"), never clicked; or the one tab of two words the task says whole ("change the card
    message to: …": "Card message", though the list was searched first). None before a record was opened by a
    click, or, but for a tab said whole, once anything was typed."""
    kinds = [ACTIONS[int(k)] for k in f.hist_kind if ACTIONS[int(k)] != "scroll"]
    if kinds[-1:] != ["click"]:
        return None
    typed = "type" in kinds[kinds.index("click"):]
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
             and re.fullmatch(r"[A-Za-z][a-z]+(?: [A-Za-z][a-z]+)?", f.cand_text[t].strip())  # (no code, no sum)
             and not _nav(f, t) and (float(f.cand_box[t][1] + f.cand_box[t][3]) / 2 > _RECORD_TOP * f.frame_size[1]
                                     or float(f.cand_box[t][1] + f.cand_box[t][3]) / 2 > _NAV_TOP * f.frame_size[1]
                                     and float(f.cand_box[t][0]) > 0.5 * f.frame_size[0])]  # (a drawer's, higher)
    every = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    mid = {t: (float(f.cand_box[t][1]) + float(f.cand_box[t][3])) / 2 for t in every}

    def line(t: int) -> list[int]:  # the texts of t's line in a run with it, none more than 80 CSS px apart
        row = sorted((u for u in every if abs(mid[u] - mid[t]) <= 6 * f.scale), key=lambda u: float(f.cand_box[u][0]))
        runs: list[list[int]] = [[]]
        for u in row:
            if runs[-1] and float(f.cand_box[u][0] - f.cand_box[runs[-1][-1]][2]) > 80 * f.scale:
                runs.append([])
            runs[-1].append(u)
        return next(r for r in runs if t in r)

    # a strip of tabs holds tabs only: three to eight short words, no other text on its line (a table's row
    # or a card's line of values is no strip)
    def heads_table(ln: list[int]) -> bool:  # a table's header: two lines or more under it hold a text lined
        # up with three of its words or more, by their left edges, right edges or middles ("Hours  Contract
        # Charge  Status" over each timesheet's values; a record's form under its tabs lines up with one at most)
        levels: dict[int, set[int]] = {}
        for u in every:
            for t in ln:
                a, b = f.cand_box[u], f.cand_box[t]
                if 0 < mid[u] - mid[t] <= 200 * f.scale and min(
                        abs(float(a[0] - b[0])), abs(float(a[2] - b[2])),
                        abs(float(a[0] + a[2] - b[0] - b[2]) / 2)) <= 6 * f.scale:
                    levels.setdefault(round(mid[u] / (8 * f.scale)), set()).add(t)
        return sum(len(c) >= 3 for c in levels.values()) >= 2

    tabs = [t for t in texts if 3 <= len(ln := line(t)) <= 8 and all(u in texts for u in ln) and not heads_table(ln)]
    fields = [q for q in range(len(f.cand_text)) if f.cand_kind[q] == KINDS["input"]]
    told = [t for t in tabs if (len(ws := _latin(f.cand_text[t])) == 2 and phrase_at(words(instruction), ws)
                               or len(ws) == 1 and len(ws[0]) >= 6 and re.search(rf"\b{ws[0]}\b", instruction)
                               or len(ws) == 1 and len(ws[0]) >= 4 and re.search(
                                   rf"\b(?:their|his|her|its|our)\s+{ws[0]}\b", instruction, re.I))
            # (a thing's word as the task writes it, not a name: "Charlie" is a crew's; a short one owned: "their
            # move goes back a day": "Move")
            and not clicked_in(f, t, ever=True) and not any(t in texts_inside(f, q) for q in fields)
            and not any(float(f.cand_box[t][0]) <= x <= float(f.cand_box[t][2])
                        and abs(y - float(f.cand_box[t][1] + f.cand_box[t][3]) / 2) <= 80 * f.scale
                        for k in range(len(f.hist_kind)) if ACTIONS[int(f.hist_kind[k])] == "click"
                        for x, y in [acted_at(f, k)])]
    # (a list's value said in the task, "Care home", is no tab; nor one clicked before, now higher or lower: a
    # dialog is centred anew round the tab it shows)
    if len(told) == 1:
        return told[0]  # the tab the task names whole: "change the card message to: …": "Card message"; "pause
        # her membership": "Membership"
    if typed:
        return None
    said = {w for w in words(instruction) if len(w) >= 4 and w.isalpha() and w not in _NOT_THINGS}
    said |= {w[:-2] + "ing" for w in said if w.endswith("ed")} | {w[:-1] + "ing" for w in said if w.endswith("ed")}
    found = [t for t in tabs if any(_one_thing(s, w) and s != w and w.endswith("s") for s in said  # (many: a tab
                                    for w in _latin(f.cand_text[t]))  # lists them, "Hearings")
             and not clicked_in(f, t, ever=True)]
    if found and nav_opened(f):  # (a section's own name on its tabs tells none of them: "All firings" on Firings)
        named = {w for t in every if _nav(f, t) for w in _link_words(f.cand_text[t])}
        found = [t for t in found if not any(_one_thing(w, n) for w in _latin(f.cand_text[t]) for n in named)]
    if not found and said & _MEMBERSHIP_WORDS:  # "put Ruth Ellery on leave until 30 June": her "Membership" tab
        found = [t for t in tabs if _latin(f.cand_text[t]) == ["membership"] and not clicked_in(f, t, ever=True)]
    return found[0] if len(found) == 1 else None


# a member's standing, told on a record's "Membership" tab
_MEMBERSHIP_WORDS = frozenset({"leave", "lapsed", "lapse", "resign", "resigned", "suspend", "suspended", "reinstate",
                               "renew", "renewal", "subs", "subscription", "dues", "concession", "rate"})


# "Case actions ▾", "⋯ Actions"
_ACTIONS_BUTTON = re.compile(r"\s*(?:[⋯…·.]+\s*)?(?:(?:[A-Za-z]+\s+)?actions\s*[▾▼⌄v]?|more\s*[▾▼⌄])\s*$", re.I)


def actions_menu(f: Features, instruction: str) -> int | None:
    """A record's one "… actions" menu button, for a verb its page shows no button for: "Kowalski v Kowalski
    (FA-2024-0231) has settled …, so please close the case." opened the case, whose header holds "Case
    actions ▾"; once it was clicked, the entry under it starting with the verb ("Close case…", ``row_menu``'s
    reading of a menu opened). None where
    the verb's button is shown, several rows have such a menu (a row's is ``row_menu``'s), or the clause's
    verb is no menu's."""
    lead = _lead(instruction, _MENU_VERBS | {"mark"})
    if lead is None:
        return None
    verb = lead[2].group(1).lower()
    says = set(with_synonyms([verb]))
    worded = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    menus = [t for t in worded if _ACTIONS_BUTTON.fullmatch(f.cand_text[t])]
    if len(f.hist_kind) and ACTIONS[int(f.hist_kind[-1])] == "click" \
            and any(within_box(acted_at(f), f.cand_box[t]) for t in menus):
        return row_menu(f, instruction)  # opened: its entry, as a row's menu's is found
    if len(menus) != 1 or _verb_shown(f, worded, says) or clicked_in(f, menus[0], ever=True):
        return None
    if len(f.hist_kind) and any(len(x) > len(verb) and x.startswith(verb.rstrip("e")) and x.endswith(("ed", "wn"))
                                for t in worded for x in _latin(f.cand_text[t])):
        return None  # the page reads it done: a toast "Lucas Ferreira withdrawn"
    return menus[0]


# a list a task says its thing is on: "Daniel Price is waiting on the admissions list": Admissions
_ON_LIST = re.compile(r"\b(?:on|in|from|off)\s+the\s+([a-z]{4,})\s+(?:list|queue|board|register|tab|page)\b", re.I)


def subject_section(f: Features, instruction: str) -> int | None:
    """The section named after the thing a task opens on, for a first step, when it is not the page shown: "The
    oxalic acid treatment on hive H-03 has finished — could you mark it as complete?" on a page of hives opens
    the sidebar's "Treatments", though H-03 is read here (its hive's card is no treatment); a list it says its
    thing is on ("Daniel Price is waiting on the admissions list": "Admissions 4"). The one short link
    (three words at most, in the top bar or the left sidebar) reading the subject, one or many; None when the
    task opens otherwise, that link names the page shown, or none or several fit."""
    m = _SUBJECT.match(instruction) or _ON_LIST.search(instruction)
    if m is None:
        return None
    thing = m.group(1).lower()
    if thing in _NOT_THINGS:
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    alpha = {t: [w for w in words(f.cand_text[t]) if w.isalpha()] for t in texts}
    links = [t for t in texts if _nav(f, t) and not _labels_field(f, t) and 0 < len(alpha[t]) <= 3
             and any(_one_thing(thing, w) for w in alpha[t])]
    if len(links) != 1 or _open_page(f, links[0]):
        return None
    return links[0]


# a row's button's first word: "Complete", "View", "Actions", a row's menu verbs
_PRESSED = VERBS | _MENU_VERBS | frozenset({"complete", "view", "open", "details", "manage", "more", "actions"})


def _bare_row(f: Features, t: int) -> bool:
    """Whether text ``t`` stands in a table row with nothing to press: a dashboard's preview of the oldest
    refills reads "RF-3301  Rex  Dana Whitfield  Carprofen 100 mg tablets  17 Jun 2024" under a header band, no
    button, box, icon, "⋯" or verb right of it (its queue, a section away, has the row's actions). A row is
    three texts or more side by side on ``t``'s line."""
    x0, y0, x1, y1 = (float(v) for v in f.cand_box[t])
    cy, w = (y0 + y1) / 2, f.frame_size[0]
    line = [u for u in range(len(f.cand_text)) if abs((f.cand_box[u][1] + f.cand_box[u][3]) / 2 - cy) <= 14 * f.scale
            and f.cand_box[u][2] - f.cand_box[u][0] < 0.5 * w]  # (a row's own band is no control)
    if sum(1 for u in line if f.cand_kind[u] == KINDS["text"]) < 3:
        return False
    return not any(f.cand_box[u][0] >= x1 and (f.cand_kind[u] != KINDS["text"] or MORE.fullmatch(f.cand_text[u].strip())
                                               or 1 <= len(ws := words(f.cand_text[u])) <= 3 and ws[0] in _PRESSED)
                   for u in line)  # (a box, an icon, "⋯", or a button's verb: "Complete")

def hint_link(f: Features, instruction: str) -> int | None:
    """The section link a sentence on the page points to for the task's verb: "Use Bookings to check vessels in
    or out." under a dashboard whose arrivals list shows "Sea Breeze II" with no control, for "Sea Breeze II has
    just tied up — can you check them in?" (read as "check Sea Breeze II in"). The sentence (four words or
    more, no link itself) reads the task's verb and a section link's words (the first it names); the one such
    link, on a first step, when no short text reads the verb (its control would be here)."""
    if len(f.hist_kind):
        return None
    verb = lead_word(words(instruction))  # ("Please approve Biscuit's …")
    if len(verb) < 3 or verb in _NOT_THINGS:
        return None
    says = set(with_synonyms([verb]))
    links = _explore_links(f)
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    if any(len(ws := _latin(f.cand_text[t])) <= 3 and set(ws) & says for t in texts if t not in links):
        return None
    # (the sentence reads the verb itself: "Tap a switch to control a light." is no hint for "Turn off …")
    hints = [t for t in texts if t not in links and len(ws := _latin(f.cand_text[t])) >= 4 and verb in ws]
    found = set()
    for t in hints:  # the link the sentence names first ("Use Bookings to check vessels in": not Vessels)
        ws = _latin(f.cand_text[t])
        at = [(spans[0][0], q) for q in links if (spans := phrase_at(ws, _link_words(f.cand_text[q])))]
        if at:
            found.add(min(at)[1])
    return found.pop() if len(found) == 1 else None


_EXPLORE_MAX = 4  # sections tried, at most, for a task whose things no page has shown yet
# a first verb that brings a new thing: no row of it to look for ("Add Maya Torres to the U12 …")
BRINGS_NEW = frozenset({"add", "create", "make", "invite", "register", "enrol", "enroll", "book", "schedule",
                        "new", "post", "write", "send", "set", "open", "start", "log", "sign", "reserve", "order"})
# a sentence's first word that commands: where a task starts once a scene was set before it
_COMMANDS = _MENU_VERBS | BRINGS_NEW | frozenset({"mark", "set", "update", "record", "change", "take", "put", "give",
                                                 "assign", "approve", "turn", "switch", "enable", "disable", "stop"})
# … or moves a thing there is already: "send Truck TRK-12 to maintenance" (not "send a message")
_MOVES = frozenset({"send", "schedule", "book", "order", "post"})
_OWN_PARTS = frozenset({"window", "dialog", "popup", "modal", "banner", "page", "screen"})  # "Close the window."
_START = frozenset({"home", "dashboard", "overview"})  # the page a site opens on: seen before any step


_DID = re.compile(r"\s+(?:[a-z]+ed|just|is|was|has|had|got|needs|wants|can['’]t|cannot|won['’]t|paid|rang|came|sent|"
                  r"left|brought|took|said|told|gave|lost|found|forgot|bought|sold|went)\b")


def task_names(instruction: str) -> list[str]:
    """The task's names of things: capitalised runs and quotes; a run starting the task loses its first word,
    a verb capitalised as a sentence starts ("Change Project name to …": "Project"; "Mark Nordic File
    Manager, …": "Nordic File Manager"), unless it is a name that something happened to ("Lena Hartmann
    played …", "Eli Navarro just passed …")."""
    first = re.match(r"\W*(?:please\s+)?", instruction, re.I).end()
    names = []
    for n in _clause_names(instruction, 0, len(instruction)):
        if instruction.startswith(n, first) and (n.split()[0].lower() in VERBS or " " not in n
                                                 or not _DID.match(instruction, first + len(n))):
            n = n.partition(" ")[2]  # (not a person the task starts with: "Lena Hartmann played …")
        if n.strip():
            names.append(n)
    return names + [q.group(q.lastindex or 0) for q in QUOTED.finditer(instruction)]


def names_things(instruction: str) -> bool:
    """Whether the task names its things (capitalised names, quotes), as ``_things_shown`` reads them."""
    return bool(task_names(instruction))


def _things_shown(f: Features, instruction: str, plain: list[int], links: list[int] = (),
                  setting: bool = False) -> bool:
    """Whether ``plain`` texts (or, for a name, ``links``) show what the task acts on: one of its names
    (capitalised, quoted), else, for a task without ("suspend the oak hollow afternoon run", "Cancel my cleaning
    appointment on 12 March"), two of its words, whole or one the start of the other (one, for a task of one
    such word)."""
    names = task_names(instruction)
    texts = [f.cand_text[t] for t in plain]
    names = [p for n in names for p in {re.sub(r"['’]s\b", "", n), re.split(r"['’]s\b", n)[0]}]  # (its owner)
    named = texts + [f.cand_text[t] for t in links] + _wrapped(f, plain)  # (a name may stand in a list at the
    # left edge: "Kenji Sato"; or wrap in a narrow column: "Dana" over "Whitfield")
    if any(shows(named, words(n)) for n in names if words(n) and not re.fullmatch(r"\d{1,4}", n)):
        return True
    if any(_titled(words(t), words(q.group(q.lastindex or 0))) for q in QUOTED.finditer(instruction) for t in texts):
        return True  # a quoted title cut short on screen ("… keyboard in 202")
    if names:
        return False
    said = {w for w in words(instruction) if w.isalpha() and len(w) >= 3 and w not in _NOT_THINGS | {"account"}}

    def read(shown: set[str]) -> set[str]:
        return {x.removesuffix("s") for x in shown
                if any(x == w or x[:3] == w[:3] and (x.startswith(w) or w.startswith(x)) for w in said)}

    if setting:  # a setting's label reads them together ("Overdue reminder emails"), not a card's count
        return any(len(read({x for x in _latin(t) if len(x) >= 3})) >= min(2, len(said)) for t in texts)
    # ("appointment" in "Appointments", "march" in "Thu, 12 Mar"; two words on screen: "Bill" and "bills" read
    # both "billing" and "bills")
    return len(read({x for t in texts for x in _latin(t) if len(x) >= 3})) >= min(2, len(said))


def _wrapped(f: Features, texts: list[int]) -> list[str]:
    """Texts a narrow column wrapped onto two lines, read as one: "Dana" right over "Whitfield" (left edges
    together, no gap between the lines, the same height) reads "Dana Whitfield"."""
    return [text for _, text in _wrapped_at(f, texts)]


def _wrapped_at(f: Features, texts: list[int]) -> list[tuple[int, str]]:
    """``_wrapped``'s texts, each with its first line's text."""
    joined = []
    for u in texts:
        x0, y0, x1, y1 = (float(v) for v in f.cand_box[u])
        for q in texts:
            a0, b0, a1, b1 = (float(v) for v in f.cand_box[q])
            if q != u and abs(a0 - x0) <= 4 * f.scale and (y0 + y1) / 2 < b0 <= y1 + 6 * f.scale \
                    and abs((b1 - b0) - (y1 - y0)) <= 4 * f.scale:
                joined.append((u, f"{f.cand_text[u]} {f.cand_text[q]}"))
    return joined


def _stacked(f: Features, u: int, texts: list[int]) -> bool:
    """Whether a text starts right under text ``u`` at its left edge: a card's label over its value, a table's
    header over its column, a sidebar's entry over the next (no link of a top bar)."""
    return any(abs(float(f.cand_box[q][0] - f.cand_box[u][0])) <= 8 * f.scale
               and 0 <= float(f.cand_box[q][1] - f.cand_box[u][3]) <= 60 * f.scale for q in texts if q != u)


def _bar_bottom(f: Features, texts: list[int]) -> float:
    """The foot of the site's top bar: 12% of the screen, or a second band's right under it holding a row of
    three or more short texts and nothing else (a brand's band, then "Home  My Requests  Payments  Profile")."""
    w, h = f.frame_size
    top = _NAV_TOP * h
    mid = (f.cand_box[:, 1] + f.cand_box[:, 3]) / 2
    under = sorted((t for t in texts if top < float(mid[t]) and float(f.cand_box[t][3]) <= 0.3 * h),
                   key=lambda t: float(mid[t]))
    if not under:
        return top
    line = [u for u in under if abs(float(mid[u] - mid[under[0]])) <= ROW_PX * f.scale / 2]
    if len(line) >= 3 and all(1 <= len(_link_words(f.cand_text[u])) <= 3 and not _stacked(f, u, texts) for u in line) \
            and min(float(f.cand_box[u][0]) for u in line) <= 0.4 * w:
        return max(float(f.cand_box[u][3]) for u in line)
    return top


_CRUMB = re.compile(r"\w\s*[›»>]\s*\w|\w\s+/\s+\w|\w\s{2,}\w")  # a breadcrumb's steps: "Operations ›
# Schedule" (its "›" maybe lost, two spaces left), or texts OCR joined across a gap: no one link


def _explore_links(f: Features) -> list[int]:
    """The site's own section links: short texts of the top bar or the left sidebar, not its name (top left,
    with the lines under it), not the account's corners (the top bar's right end, the sidebar's foot), no
    initials."""
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    if not texts:
        return []
    w, h = f.frame_size
    bar = _bar_bottom(f, texts)
    first = min((t for t in texts if any(len(x) >= 3 for x in _latin(f.cand_text[t]))),
                key=lambda t: float(f.cand_box[t][0]) + float(f.cand_box[t][1]), default=None)
    block = [t for t in texts if first is not None and float(f.cand_box[first][1]) <= 0.1 * h
             and abs(float(f.cand_box[t][0] - f.cand_box[first][0])) <= 10 * f.scale
             and 0 <= float(f.cand_box[t][1] - f.cand_box[first][1]) <= 70 * f.scale]  # the name and its lines
    for t in texts:  # a name over its line in the top bar ("MyFairhaven" over "Resident Services Portal")
        under = [u for u in texts if u != t and abs(float(f.cand_box[u][0] - f.cand_box[t][0])) <= 10 * f.scale
                 and 0 <= float(f.cand_box[u][1] - f.cand_box[t][3]) <= 12 * f.scale]
        if float(f.cand_box[t][3]) <= _NAV_TOP * h and under:
            block += [t, *under]
    mid = (f.cand_box[:, 1] + f.cand_box[:, 3]) / 2

    def apart(t: int) -> bool:  # a sidebar's entry: alone on its line, left, in a stack of entries (not a table's)
        if float(f.cand_box[t][3]) <= bar:
            return not _stacked(f, t, texts)  # (a table's header at the top of a page scrolled down)
        right = [float(f.cand_box[u][0]) for u in texts if float(f.cand_box[u][0]) > float(f.cand_box[t][2])
                 and abs(float(mid[u] - mid[t])) <= ROW_PX * f.scale
                 and not re.fullmatch(r"\d{1,3}\+?", f.cand_text[u].strip())]  # (not its count's badge: "7")
        stack = [u for u in texts if u != t and abs(float(f.cand_box[u][0] - f.cand_box[t][0])) <= 30 * f.scale
                 and abs(float(mid[u] - mid[t])) <= 200 * f.scale and _nav(f, u)
                 and len(_link_words(f.cand_text[u])) <= 3]  # (the entries above and under it)
        return float(f.cand_box[t][0]) <= 0.08 * w and len(stack) >= 2 \
            and min(right, default=w) - float(f.cand_box[t][2]) >= 60 * f.scale

    links = [t for t in texts if (_nav(f, t) or float(f.cand_box[t][3]) <= bar) and apart(t) and t not in block
             and float(f.cand_box[t][3]) < 0.85 * h
             and 0 < len(ws := _link_words(f.cand_text[t])) <= 3 and len("".join(ws)) > 2
             and not f.cand_text[t].lstrip()[:1].isdigit()
             and not re.search(r"\d{3}", f.cand_text[t])  # (an office's phone number under the links)
             and not _CRUMB.search(f.cand_text[t])  # (a breadcrumb names the page shown: "Operations › Schedule")
             and not (float(f.cand_box[t][3]) <= _NAV_TOP * h and float(f.cand_box[t][0]) >= 0.6 * w)]
    fields = [f.cand_box[q] for q in np.flatnonzero(f.cand_kind == KINDS["input"])
              if float(f.cand_box[q][2] - f.cand_box[q][0]) >= 200 * f.scale
              and sum(within(tuple(f.cand_box[t]), tuple(f.cand_box[q])) for t in links) < 3]  # (a pill of tabs
    # read as a box holds three links or more: "Intake board  + Log an item  Fixers  Outcomes")
    links = [t for t in links if float(f.cand_box[t][3]) > bar  # (the top bar's search, by its hint)
             or not any(within(tuple(f.cand_box[t]), tuple(b)) for b in fields)]
    side = [u for u in links if float(f.cand_box[u][3]) > bar]

    def same(t: int, u: int) -> bool:
        a, b = _link_words(f.cand_text[t]), _link_words(f.cand_text[u])
        return len(a) == len(b) and all(x == y or one_edit(x, y) for x, y in zip(a, b, strict=True))

    # the top bar's title of the page open, reading a sidebar entry ("Dashboard" over the page), is no link
    return [t for t in links if (float(f.cand_box[t][3]) > bar or not any(same(t, u) for u in side))
            and not (t in side and _heading(f, t, texts))]


def _heading(f: Features, t: int, texts: list[int]) -> bool:
    """Whether text ``t`` heads a group of a sidebar's entries rather than being one: in capitals, over an entry
    indented under it ("LOANS" over "⇆ Loan requests") or in larger letters ("WORKSPACE" over "Instruments")."""
    tall = float(f.cand_box[t][3] - f.cand_box[t][1])
    return f.cand_text[t].isupper() and any(
        (15 * f.scale <= float(f.cand_box[u][0] - f.cand_box[t][0]) <= 60 * f.scale  # indented under it, or
         or not f.cand_text[u].isupper() and float(f.cand_box[u][3] - f.cand_box[u][1]) >= 1.15 * tall  # larger
         and abs(float(f.cand_box[u][0] - f.cand_box[t][0])) <= 15 * f.scale)  # ("WORKSPACE" over "Instruments")
        and 0 <= float(f.cand_box[u][1] - f.cand_box[t][3]) <= 30 * f.scale for u in texts)


def _open_page(f: Features, t: int) -> bool:
    """Whether section link ``t`` names the page shown: a text away from its bar reads it ("Overview" over the
    page, beside the sidebar's "Overview"), or starts or ends the page's short top line ("Overview Tuesday, 2
    September", "Wholesale orders"; "Members15 active", a count OCR glued to the word)."""
    w, h = f.frame_size
    side = float(f.cand_box[t][2]) <= side_edge(f)
    ws = _latin(f.cand_text[t])
    body = [u for u in range(len(f.cand_text)) if u != t and f.cand_kind[u] == KINDS["text"]
            and (float(f.cand_box[u][0]) > float(f.cand_box[t][2]) + 20 * f.scale if side
                 else float(f.cand_box[u][1] + f.cand_box[u][3]) / 2 > _NAV_TOP * h)]  # (its middle: "Orders"
    # at 86 px under a bar 86 px tall)
    first = min((float(f.cand_box[u][1]) for u in body), default=0.0)  # the page's top line, not a card's label
    return any((v := [re.sub(r"(?<=[a-z])\d+$", "", w) for w in _latin(f.cand_text[u])]) == ws
               or (v[:len(ws)] == ws or v[-len(ws):] == ws and len(v) <= len(ws) + 2)
               and float(f.cand_box[u][3]) <= 0.2 * h
               and float(f.cand_box[u][1]) <= first + ROW_PX * f.scale for u in body)  # ("Loans checked out",
    # "Wholesale orders" under "ORDERS")


def _exploring(f: Features, instruction: str, bare: bool = False) -> tuple[list[int], bool] | None:
    """The site's section links and whether the task turns a setting on or off, for a task whose things this
    page does not show and that may be looked for in other sections; None for a task working the page's own
    controls or parts ("Close the window."; a setting turned on or off is looked for: "Turn on paperless
    billing for my account"), making or adding a new thing, or asking to scroll, and once the page shows the
    task's things (the rules for rows and forms take over) or a field was typed into, or with no section links
    in sight (unless ``bare``: a section scrolled down)."""
    clauses = clause_spans(instruction)
    if not clauses or SCROLL_CLAUSE.match(instruction, *clauses[0]) or MAKES.match(instruction) \
            or any(ACTIONS[int(k)] == "type" for k in f.hist_kind):
        return None  # (a form typed into is the task's own page: "… promo code SUMMER" has no tab to look in)
    said = words(instruction)
    verb = lead_word(said)  # ("Hi! Could you reserve …")
    at = said.index(verb) if verb else len(said)
    flips = verb in ("turn", "switch") and said[at + 1:at + 2] in (["on"], ["off"]) or verb in _STOPS \
        and said[-1:] != ["it"] and not task_names(instruction)  # ("stop the automatic overdue reminder emails")
    others = said[:at] + said[at + 1:]  # (the verb is no control's name: "switch on auto-renew")
    moves = verb in _MOVES and said[at + 1:at + 2] not in (["a"], ["an"], ["new"], ["another"])
    if verb in _UI_VERBS | _CONTROL_VERBS and not _MARK_AS.match(instruction) and not flips \
            and not CHECK_IN.match(instruction) \
            or verb in BRINGS_NEW and not moves or (_CONTROL_NOUNS | _OWN_PARTS) & set(others):
        return None  # (not "mark jamie chen as injured", "check in booking FB-58240": a thing's state, no box to
        # tick; "switch on" is no switch)
    links = _explore_links(f)
    if not links and not bare:
        return None
    plain = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and t not in links
             and words(f.cand_text[t])]
    if _things_shown(f, instruction, plain, links, setting=flips) \
            or len(f.hist_kind) and _card_titles(f, words(instruction[slice(*clauses[0])])[1:], [], plain):
        return None  # (a card opened by its title: "update the pirate captain's coat's record: …")
    return links, flips


def _scrolled_through(f: Features) -> bool:
    """Whether every step so far scrolled the first page down, two or more: its end is near or reached
    (a diary of lessons scrolled for "Ben Carter …", who is on none of them: his section is looked in)."""
    return len(f.hist_kind) >= 2 and all(ACTIONS[int(k)] == "scroll" for k in f.hist_kind)


def _opened(f: Features, links: list[int]) -> int | None:
    """The step that opened a section: the last click, on a link shown, with a scroll down and back up at most
    after it."""
    clicks = [k for k in range(len(f.hist_kind)) if ACTIONS[int(f.hist_kind[k])] == "click"]
    if not clicks or not any(within_box(acted_at(f, clicks[-1]), f.cand_box[t]) for t in links):
        return None
    after = [ACTIONS[int(k)] for k in f.hist_kind[clicks[-1] + 1:]]
    return clicks[-1] if after in ([], ["scroll"], ["scroll", "scroll"]) else None


def explore_below(f: Features, instruction: str) -> str | None:
    """Where to scroll a section opened to look for the task's things before trying the next: down where it
    does not show them and goes on under the screen's foot ("Profile & preferences": its preferences under the
    contact details), then back up where that showed none either and took the site's links out of sight."""
    if not len(f.hist_kind) or not len(f.cand_box) or (found := _exploring(f, instruction, bare=True)) is None:
        return None
    links, h = found[0], f.frame_size[1]
    if links and _opened(f, links) == len(f.hist_kind) - 1:
        body = f.cand_box[f.cand_box[:, 0] > side_edge(f), 3]  # (not the sidebar's foot: "Account NW-0048-2291")
        return "down" if len(body) and float(body.max()) >= 0.95 * h else None
    kinds = [ACTIONS[int(k)] for k in f.hist_kind]
    if links or kinds[-2:] != ["click", "scroll"]:
        return None
    x0, y0, x1, y1 = (float(v) for v in f.hist_box[-2])  # (a link of the top bar or the sidebar was clicked)
    return "up" if y1 <= 0.3 * h or x1 <= _NAV_LEFT * f.frame_size[0] else None


def explore_tab(f: Features, instruction: str) -> int | None:
    """A tab of the page open naming a word of the task, for a task whose things this page does not show
    (``_exploring``): "Lena Hartmann played really well in the violin II prelims …" on Auditions, whose tabs
    read "Principal Oboe (3)", "Section Violin II (3)", "Fourth Horn (2)". Tabs are short texts side by side
    in the page's upper half, 80 CSS px apart at most, not the site's links; the one sharing most of the
    task's words, not pressed before, once a step was taken."""
    if not len(f.hist_kind) or not len(f.cand_box) or (found := _exploring(f, instruction, bare=True)) is None:
        return None  # (on a first step, the site's sections first)
    links, h = found[0], f.frame_size[1]
    said = {x for x in words(instruction) if x.isalpha() and len(x) >= 3 and x not in _NOT_THINGS}
    short = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and t not in links
             and not _nav(f, t) and 1 <= len(_link_words(f.cand_text[t])) <= 4 and float(f.cand_box[t][3]) <= 0.5 * h]
    mid = (f.cand_box[:, 1] + f.cand_box[:, 3]) / 2
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]]
    tabs = [t for t in short if any(u != t and abs(float(mid[u] - mid[t])) <= ROW_PX * f.scale / 2
                                    and min(abs(float(f.cand_box[u][0] - f.cand_box[t][2])),
                                            abs(float(f.cand_box[t][0] - f.cand_box[u][2]))) <= 80 * f.scale
                                    for u in short)
            and not _stacked(f, t, texts)]  # (a table's header reads over its column: "ROUND"; cards' titles
    # stand far apart: "Collected tonnage, 2024" and "Recent activity")
    clicks = [k for k in range(len(f.hist_kind)) if ACTIONS[int(f.hist_kind[k])] == "click"]
    since = [k for k in clicks if not any(within_box(acted_at(f, k), f.cand_box[t]) for t in tabs + links)]
    if len(since) >= 2:
        return None  # clicks past the site's links and tabs: its row was found and acted on ("⋯", its
        # "Mark as dispensed", the dialog's "Dispense"), and the row left the tab
    shared = {t: len(said & set(_latin(f.cand_text[t]))) for t in tabs if not clicked_in(f, t, ever=True)}
    best = max(shared.values(), default=0)
    picks = [t for t, n in shared.items() if n == best]
    return picks[0] if best and len(picks) == 1 else None


def explore_link(f: Features, instruction: str, stopped: bool = True) -> int | None:
    """The next part of the site to look in, for a task whose things this page does not show (``_exploring``):
    the section link nearest in meaning to the task (all-MiniLM-L6-v2) where it shares a fifth of its meaning,
    else for a setting the site's settings or profile, else the first in reading order, that no earlier step
    opened, as a person tries a menu's entries in turn ("jamie chen got hurt, mark him injured" on a schedule:
    "TEAMS", then "PLAYERS"; "suspend the oak hollow afternoon run": "Routes"). Four sections at most."""
    from tilepilot.model.embedded.text import shared_encoder

    if (found := _exploring(f, instruction)) is None:
        return None
    links, flips = found
    tried = [t for t in links if clicked_in(f, t, ever=True)]
    if len(f.hist_kind) and (not stopped or _opened(f, links) is None and not _scrolled_through(f)):
        return None  # (exploring goes on only from a section just opened, or a first page scrolled through, where
        # the network would stop or scroll)
    if len(tried) >= _EXPLORE_MAX:
        return None
    left = [t for t in links if t not in tried and not _open_page(f, t) and not _START & set(_latin(f.cand_text[t]))]
    if not left:
        return None
    head = instruction[:_person_first(instruction, 0, len(instruction))]  # (what a person's task acts on first)
    said = {w.removesuffix("s") for w in words(head) if w.isalpha() and len(w) >= 4 and w not in _NOT_THINGS}
    shared = {t: len(said & {w.removesuffix("s") for w in _latin(f.cand_text[t])}) for t in left}
    named = [t for t in left if shared[t] and shared[t] == max(shared.values())]
    if len(named) == 1:  # the one link naming most words of the task: "… check that loan back in?": Loans;
        return named[0]  # "approve Kelvingrove's loan request": "Loan requests", not the group's "LOANS"
    enc = shared_encoder()
    sims = enc.texts([" ".join(_latin(f.cand_text[t])) for t in left]) @ enc.texts([head])[0]
    k = int(np.argmax(sims))
    if float(sims[k]) >= _LIKE_LOW:
        return left[k]  # the link nearest in meaning, when it shares some ("jamie chen got hurt …": PLAYERS)
    if flips and (own := [t for t in left if _SETTINGS_PLACES & set(_latin(f.cand_text[t]))]):
        return own[0]  # a setting of the user's: where sites keep them ("Turn on paperless billing": Profile)
    if _PERSON.search(instruction) and (people := [t for t in left if _PEOPLE & set(_latin(f.cand_text[t]))]):
        return people[0]  # a person's: where the site lists people ("mark Greta Holm as no longer active")
    return min(left, key=lambda t: (float(f.cand_box[t][1]) // (ROW_PX * f.scale), float(f.cand_box[t][0])))


def person_link(f: Features, instruction: str) -> int | None:
    """The site's section listing people, for a task about a person named on a row that cannot be edited where
    it is shown ("Dana Whitfield has a new mobile number …" over a dashboard's preview of refills): "Owners &
    pets". Not one opened before."""
    if _PERSON.search(instruction) is None:
        return None
    people = [t for t in _explore_links(f) if _PEOPLE & set(_latin(f.cand_text[t])) and not clicked_in(f, t, ever=True)]
    return people[0] if people else None


_MARK_WHO = re.compile(r"\W*(?:please\s+)?mark\s+(?P<who>(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?)\s+as\s+"
                       r"(?P<state>[^,.;!?]+)", re.I)


def marked_person(f: Features, instruction: str) -> int | None:
    """The site's section listing people, on a first step, for a person marked with a state this page has no
    control for: "Sanjay has had to head home early — mark him as gone for today" (read as "mark Sanjay as gone
    for today") on a repair café's intake board, where Sanjay shows only as the fixer of cards: "Fixers". None
    when a short text here reads a word of the state (its control is here), or no one such link stands."""
    if len(f.hist_kind) or (m := _MARK_WHO.match(instruction)) is None:
        return None
    state = {w for w in words(m.group("state")) if len(w) >= 3 and w not in _NOT_THINGS}
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    if not state or any(len(ws := _latin(f.cand_text[t])) <= 3 and state & set(ws) for t in texts):
        return None
    people = [t for t in _explore_links(f) if _PEOPLE & set(_latin(f.cand_text[t]))]
    return people[0] if len(people) == 1 else None


_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+([A-Z][a-z'’-]+)\b(?!\s+[A-Z])")


def titled_member(f: Features, told: str) -> int | None:
    """The one name on a list of people, opened by a click on the site's people section, that a story names by
    title and surname: "Mr Kowalczyk came in this morning and paid his membership renewal …" clicks "Stan
    Kowalczyk" on "Members" (a text of two or three capitalised words ending in the surname), or by first name
    and surname ("Joe Marsh's mum has emailed …": "Joe Marsh"), the section clicked or the page first shown
    ("Tom Fenwick wants to move up … from now on …" on the Members page: not the settings first). None when the
    story names a code, no people section was clicked nor shown, or the name was clicked."""
    if _CODE.search(told):
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]]  # (a list of names down the
    # left edge reads as a sidebar)
    if len(found := {m.group(1) for m in _TITLED.finditer(told)}) == 1:
        surname = found.pop()
        hits = [t for t in texts if 2 <= len(ws := f.cand_text[t].split()) <= 3 and ws[-1] == surname
                and all(w[:1].isupper() for w in ws)]
    else:  # a person by full name: "Joe Marsh's mum has emailed …"
        names = {re.split(r"['’]s\b", m.group(1))[0] for m in _FULL_NAME.finditer(told)}
        hits = [t for t in texts if f.cand_text[t].strip() in names]
    if len(hits) != 1 or clicked_in(f, hits[0], ever=True) or not any(
            _PEOPLE & set(_latin(f.cand_text[t])) and (clicked_in(f, t, ever=True) or _open_page(f, t))
            for t in _explore_links(f)) or sum(
            abs(float(f.cand_box[u][0] - f.cand_box[hits[0]][0])) <= 6 * f.scale
            and re.fullmatch(r"(?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+", f.cand_text[u].strip()) is not None
            for u in texts) < 4:
        return None  # (a name in a list's column, three more names on its left edge: not a record's title)
    return hits[0]


_FULL_NAME = re.compile(r"(?<![\w'’-])((?-i:[A-Z][a-z'’-]+)\s+(?-i:[A-Z][a-z'’-]+))\b")


def titled_card(f: Features, instruction: str) -> int | None:
    """The card of a person a story names by title and surname alone, opened by its code, when the task names
    no code: "Mrs Delaney rang — she needs her duvet back sooner … switch her ticket to express" on a board
    whose cards read "Anne Delaney" (and "Delaney & Sons Café", a firm): "T-3302"; "Mrs Okafor has just rung
    about the sympathy wreath she ordered …" on orders searched for "Okafor": the card reading "Sympathy Wreath"
    and "Mr Samuel Okafor" ("FL-1047"), not the sunflowers for Comfort Okafor. A card is a code (three digits
    or more) and the lines under it in its column, down to the next code; of those reading the surname, the
    one reading most of the task's words, and only that one. None once a code was clicked."""
    if _CODE.search(instruction) or len(found := {m.group(1) for m in _TITLED.finditer(instruction)}) != 1:
        return None
    named = re.compile(rf"\b{re.escape(found.pop())}\b(?!\s*[&+]|\s+(?:and|Ltd|Co)\b)")  # (not a firm)
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and f.cand_text[t].strip()]
    codes = [t for t in texts if ID.fullmatch(f.cand_text[t].strip())]
    said = {w for w in words(instruction) if len(w) >= 4 and w.isalpha() and w not in _NOT_THINGS}
    x0 = {t: float(f.cand_box[t][0]) for t in texts}
    y0 = {t: float(f.cand_box[t][1]) for t in texts}
    scored = []
    for c in codes:
        below = [y0[u] for u in codes if u != c and abs(x0[u] - x0[c]) <= 12 * f.scale and y0[u] > y0[c]]
        end = min(below + [y0[c] + _TALL_CARD_PX * f.scale])
        card = [u for u in texts if abs(x0[u] - x0[c]) <= 12 * f.scale and y0[c] < y0[u] < end]
        if any(named.search(f.cand_text[u]) for u in card):
            scored.append((len(said & {w for u in card for w in _latin(f.cand_text[u])}), c))
    if not scored or any(clicked_in(f, c, ever=True) for c in codes):
        return None  # (a card opened already)
    best = max(n for n, _ in scored)
    picks = [c for n, c in scored if n == best]
    return picks[0] if len(picks) == 1 else None


def state_box(f: Features, instruction: str) -> int | None:
    """The box on a row's line whose label shares a word with the state a task marks it with, but is not that
    state: "mark Sanjay as gone for today" on a list of fixers whose cards read "☑ Here today" (the page says
    "Untick someone when they leave"): Sanjay Mehta's box is unticked. A box or switch of icon size right of the
    row's name (on its line, a card's height under it at most), its label the text just right of it; pressed
    once."""
    clauses = clause_spans(instruction)
    if not clauses or (m := _MARK_WHO.match(instruction, *clauses[0])) is None:
        return None
    a, b = clauses[0]
    state = {w for w in words(m.group("state")) if len(w) >= 3 and w not in _NOT_THINGS - {"today", "tonight"}}
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    rows = _rows_of(f, instruction, a, b, texts)
    if not state or not rows:
        return None
    r = rows[0]
    x1, y0, y1 = (float(f.cand_box[r][k]) for k in (2, 1, 3))
    found = []
    for c in range(len(f.cand_text)):
        cx0, cy0, cx1, cy1 = (float(v) for v in f.cand_box[c])
        if f.cand_kind[c] == KINDS["text"] or cx1 - cx0 > 48 * f.scale or cy1 - cy0 > 48 * f.scale \
                or cx0 < x1 or not y0 - 12 * f.scale <= (cy0 + cy1) / 2 <= y1 + _CARD_BUTTON_PX * f.scale:
            continue
        label = [t for t in texts if 0 <= float(f.cand_box[t][0]) - cx1 <= 16 * f.scale
                 and abs((float(f.cand_box[t][1]) + float(f.cand_box[t][3])) / 2 - (cy0 + cy1) / 2) <= 10 * f.scale]
        said = {w for t in label for w in _latin(f.cand_text[t])}
        if label and state & said and not state <= said:
            found.append(c)
    if not found:
        return None
    q = min(found, key=lambda c: float(f.cand_box[c][0]))  # the nearest right of the name (the next card's further)
    return None if clicked_in(f, q, ever=True) else q


def _marks(f: Features) -> list[int]:
    """Components of a box's or a radio button's size: 11 to 30 CSS px a side."""
    lo, hi = 11 * f.scale, 30 * f.scale
    return [c for c in range(len(f.cand_text)) if f.cand_kind[c] == KINDS["component"]
            and lo <= float(f.cand_box[c][2] - f.cand_box[c][0]) <= hi
            and lo <= float(f.cand_box[c][3] - f.cand_box[c][1]) <= hi]


def told_radio(f: Features, instruction: str) -> int | None:
    """The round option (a radio button) whose label of two to four words the task says as a phrase: "put Ruth
    Ellery on leave until 30 June" on her membership form ("◉ Active  ○ On leave  ○ Lapsed"): "On leave"; or the
    one word of the state the task's verb leaves it in ("pause her membership …": "Paused"). Round,
    11 CSS px a side or more (a square box is a list's filter: "☐ On hold"); one only, pressed once; none on a
    first step."""
    if not len(f.hist_kind):
        return None
    said = words(instruction)
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]]
    verb = lead_word(said) or ""
    done = {verb + "d", verb + "ed", verb + verb[-1:] + "ed"} if len(verb) >= 4 else set()  # "pause": "Paused"
    found = [c for c in _marks(f)
             if (2 <= len(ws := _latin(f.cand_text[c])) <= 4 and phrase_at(said, ws) or len(ws) == 1 and ws[0] in done)
             and round_mark(f.cand_crop[c])
             and any(_latin(f.cand_text[t]) == ws
                     and (0 <= float(f.cand_box[t][0] - f.cand_box[c][2]) <= 16 * f.scale
                          or len(ws) == 1 and ws[0] in done
                          and abs(float(f.cand_box[t][0] - f.cand_box[c][0])) <= 3 * f.scale)
                     for t in texts)]  # (its label right of it: not the "+" inside "+ New hire"; OCR may read the
    # circle into its state's word: "◯ Paused" read from the circle's edge)
    return found[0] if len(found) == 1 and not clicked_in(f, found[0], ever=True) else None


def said_radio(f: Features, instruction: str) -> int | None:
    """The round option of one word the task says beside its group's label ("send it off for repair as high
    priority": "Priority ○ Low ○ Normal ○ High"), or whose label holds a digit and is said whole ("log it as a
    P2": "○ P1 ○ P2 ○ P3"), or said after "in", "by" or "via" ("… paid … in cash": "○ Cash  ○ Card"). The
    group's label is a text ending within 40 CSS px over the options' row, starting
    at most 300 px left of the option; one option only, pressed once; none on a first step."""
    if not len(f.hist_kind):
        return None
    said = words(instruction)
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]

    def group(c: int) -> set[str]:
        x0, y0 = float(f.cand_box[c][0]), float(f.cand_box[c][1])
        return {w for t in texts if -6 * f.scale <= y0 - float(f.cand_box[t][3]) <= 40 * f.scale
                and -300 * f.scale <= float(f.cand_box[t][0]) - x0 <= 10 * f.scale for w in _latin(f.cand_text[t])}
    found = []
    for c in _marks(f):
        ws = words(f.cand_text[c])
        if len(ws) != 1 or not round_mark(f.cand_crop[c]) or not any(
                words(f.cand_text[t]) == ws and -24 * f.scale <= float(f.cand_box[t][0] - f.cand_box[c][0])
                and float(f.cand_box[t][2] - f.cand_box[c][2]) >= 8 * f.scale
                and float(f.cand_box[t][0] - f.cand_box[c][2]) <= 16 * f.scale for t in texts):
            continue  # (its label right of it, OCR's box maybe holding the ring)
        at = [k for k, w in enumerate(said) if w == ws[0]]
        if at and (any(ch.isdigit() for ch in ws[0]) and len(ws[0]) <= 4
                   or any(set(said[max(k - 1, 0):k] + said[k + 1:k + 2]) & group(c) for k in at)
                   or any(k and said[k - 1] in ("in", "by", "via") and len(ws[0]) >= 4 for k in at)
                   or ws[0] in ("morning", "afternoon", "evening") and any(
                       k and (said[k - 1] in _DAY_NAMES or said[k - 1] in ("today", "tomorrow")) for k in at)
                   or len(ws[0]) >= 6 and len(at) == 1 and group(c) & {"type", "kind"}):
            found.append(c)  # (a way said by its preposition: "paid … in cash": "○ Cash"; a part of a day said
            # with the day: "move to Friday afternoon": "○ Afternoon")
    return found[0] if len(found) == 1 and not clicked_in(f, found[0], ever=True) else None


def _option_label(f: Features, c: int, texts: list[int]) -> list[int]:
    """The texts reading option ``c``'s label: on its line, starting over it or just right of it (OCR may read
    its circle into the label)."""
    mid = (float(f.cand_box[c][1]) + float(f.cand_box[c][3])) / 2
    return [t for t in texts if -24 * f.scale <= float(f.cand_box[t][0] - f.cand_box[c][0])
            and float(f.cand_box[t][0] - f.cand_box[c][2]) <= 16 * f.scale
            and abs((float(f.cand_box[t][1]) + float(f.cand_box[t][3])) / 2 - mid) <= 10 * f.scale]


def worded_radio(f: Features, told: str) -> int | None:
    """The round option, not chosen yet, whose label's words (two or more of four letters or more) the story
    says all in lower case (no name), as OCR reads them (``ocr_same``: "ollect from the cellar door", its "C" read
    into the circle): "We agreed they only pay for the nights he's actually stayed" picks "○ Nights stayed only
    (6)", not "◉ All booked nights (9)". One such option only, pressed once; none on a first step."""
    if not len(f.hist_kind):
        return None
    said = set(re.findall(r"(?<![\w'’-])[a-z][a-z'’-]*", told))  # (its common words, not its names: "open the
    # one from Lumen Billing" is no option, its sender's round avatar no radio)
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    found = []
    for c in _marks(f):
        label = _option_label(f, c, texts)
        ws = [w for t in label[:1] for w in _latin(f.cand_text[t]) if len(w) >= 4]
        if len(ws) >= 2 and all(any(ocr_same(x, w) for x in said) for w in ws) and round_mark(f.cand_crop[c]) \
                and not ticked_mark(f.cand_crop[c]):
            found.append(c)
    return found[0] if len(found) == 1 and not clicked_in(f, found[0], ever=True) else None


# a sum kept, paid or taken out of a thing: "we're keeping £75 of their damage deposit"
_PART_OF = re.compile(r"\b([a-z]{4,})\s+[£$€]\s?\d[\d,]*(?:\.\d{1,2})?\s+of\s+(?:the|their|his|her|its|our)\s+"
                      r"((?:[a-z]+\s+){0,2}[a-z]{4,})\b", re.I)


def part_radio(f: Features, told: str) -> int | None:
    """The round option, not chosen yet, for a part of the thing a story takes a sum of: "we're keeping £75 of
    their damage deposit" picks "○ Keep part of the deposit" (its first word the story's verb by its first three
    letters, its words "part" and the thing), not "◉ No damage — return the full deposit". One such option only,
    pressed once; none on a first step."""
    if not len(f.hist_kind) or (m := _PART_OF.search(told)) is None:
        return None
    verb, things = m.group(1).lower(), [w for w in words(m.group(2)) if len(w) >= 4]
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    found = []
    for c in _marks(f):
        ws = [w for t in _option_label(f, c, texts)[:1] for w in _latin(f.cand_text[t])]
        if ws and ws[0][:3] == verb[:3] and set(ws) & {"part", "partial", "some"} \
                and any(ocr_same(x, w) for x in things for w in ws[1:]) and round_mark(f.cand_crop[c]):
            found.append(c)
    return found[0] if len(found) == 1 and not ticked_mark(f.cand_crop[found[0]]) \
        and not clicked_in(f, found[0], ever=True) else None


# a choice moved from one option to another: "move up from the six-bottle club to the twelve"
_FROM_TO = re.compile(r"\bfrom\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?P<old>[a-z][\w'’-]*)[^.;!?]*?"
                      r"\bto\s+(?:the\s+|a\s+|an\s+)?(?P<new>[a-z][\w'’-]*)", re.I)


def moved_radio(f: Features, told: str) -> int | None:
    """The round option a story moves a choice to, from the one chosen now, each by its first word: "Tom Fenwick
    wants to move up from the six-bottle club to the twelve" picks "○ Twelve-bottle club (12 bottles, £180.00)"
    where "◉ Six-bottle club (6 bottles, £95.00)" is chosen (or reads: a chosen circle is read as "O"). One such
    option only, pressed once; none on a first step."""
    if not len(f.hist_kind) or _FROM_TO.search(told) is None:
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    options = []  # (mark, its label's first word, chosen)
    for c in _marks(f):
        if not round_mark(f.cand_crop[c]):
            continue
        label = _option_label(f, c, texts)
        first = re.split(r"[-\s]", " ".join(_latin(f.cand_text[label[0]])))[0] if label else ""
        options.append((c, first, ticked_mark(f.cand_crop[c])))
    for m in _FROM_TO.finditer(told):
        old, new = (re.split(r"[-'’]", m.group(g).lower())[0] for g in ("old", "new"))
        if len(new) < 3 or old == new:
            continue
        was = [c for c, first, on in options if on and first == old] or [  # (a chosen circle OCR read as "O")
            t for t in texts if re.split(r"[-\s]", " ".join(_latin(f.cand_text[t])))[0] == old]
        hits = [c for c, first, on in options if not on and first and ocr_same(new, first)]
        if was and len(hits) == 1 and not clicked_in(f, hits[0], ever=True):
            return hits[0]
    return None


# a box a dialog asks to tick before its button acts: "Release the place in B1-M — this cannot be undone"
_ACKNOWLEDGE = re.compile(r"\bcannot\s+be\s+undone\b|\bcan['’]t\s+be\s+undone\b|\bi\s+(?:understand|confirm|agree|"
                          r"acknowledge)\b|\bpermanent(?:ly)?\b", re.I)


def ack_box(f: Features) -> int | None:
    """The one square box, unticked and never pressed, whose label (on its line) acknowledges what the dialog
    does ("Release the place in B1-M — this cannot be undone"): its button stays pale until it is ticked. None
    on a first step."""
    if not len(f.hist_kind):
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    found = [c for c in _marks(f)
             if any(_ACKNOWLEDGE.search(f.cand_text[t]) and -4 * f.scale <= float(f.cand_box[t][0] - f.cand_box[c][0])
                    and float(f.cand_box[t][0] - f.cand_box[c][2]) <= 400 * f.scale  # (OCR may cut its label)
                    and abs(float(f.cand_box[t][1] + f.cand_box[t][3] - f.cand_box[c][1] - f.cand_box[c][3])) / 2
                    <= 10 * f.scale for t in texts)
             and not round_mark(f.cand_crop[c]) and not ticked_mark(f.cand_crop[c])]
    return found[0] if len(found) == 1 and not clicked_in(f, found[0], ever=True) else None


def clause_box(f: Features, instruction: str) -> int | None:
    """The one square box, unticked and never pressed, whose label (on its line) says a later clause's verb and
    a word of its object: "… and cancel the appointment he has coming up" in the deferral dialog's "☐ Also
    cancel upcoming appointments (1)". None on a first step."""
    if not len(f.hist_kind):
        return None
    said = []
    for m in re.finditer(r"\b(?:and|then)\s+([a-z]+)\s+([^,.;!?]+)", instruction):
        said.append((m.group(1).lower(), {w[:5] for w in words(m.group(2)) if len(w) >= 5}))
    if not said:
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    found = []
    for c in _marks(f):
        line = [set(words(f.cand_text[t])) for t in texts
                if -4 * f.scale <= float(f.cand_box[t][0] - f.cand_box[c][0])
                and float(f.cand_box[t][0] - f.cand_box[c][2]) <= 40 * f.scale
                and abs(float(f.cand_box[t][1] + f.cand_box[t][3] - f.cand_box[c][1] - f.cand_box[c][3])) / 2
                <= 10 * f.scale]
        if any(verb in ws and stems & {w[:5] for w in ws} for verb, stems in said for ws in line) \
                and not round_mark(f.cand_crop[c]) and not ticked_mark(f.cand_crop[c]):
            found.append(c)
    return found[0] if len(found) == 1 and not clicked_in(f, found[0], ever=True) else None


_SWITCH_TO = re.compile(r"\b(?:switch|change|move|upgrade|set|make|turn)\b[^,.;!?]*?\bto\s+([a-z]{4,})"
                        r"(?=\s*[,.;!?]|\s*$)", re.I)


def to_box(f: Features, instruction: str) -> int | None:
    """The box whose label starts with the one word a thing is switched to: "Can you switch her ticket to
    express?" on the ticket's form ("☐ Express service (+50%)"). A box 11 to 30 CSS px a side, its label just
    right of it; one only, pressed once; none on a first step."""
    if not len(f.hist_kind) or (m := _SWITCH_TO.search(instruction)) is None:
        return None
    word = m.group(1).lower()
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]]
    found = [c for c in _marks(f)
             if _latin(f.cand_text[c])[:1] == [word]
             and any(_latin(f.cand_text[t]) == _latin(f.cand_text[c])
                     and -4 * f.scale <= float(f.cand_box[t][0] - f.cand_box[c][0])
                     and float(f.cand_box[t][0] - f.cand_box[c][2]) <= 16 * f.scale for t in texts)]
    # (its label starts at the box or just right of it: not the "+" inside a button's "+ New hire")
    return found[0] if len(found) == 1 and not clicked_in(f, found[0], ever=True) else None


_SALE = re.compile(r"\b(?:(off)|on|back\s+on)\s+sale\b", re.I)


def sale_box(f: Features, instruction: str) -> int | None:
    """The box saying a thing is for sale, for a task taking it off sale (ticked: untick it) or putting it on
    sale (unticked: tick it): "Take the Peony Blush off sale" in its "Edit product" dialog ("☑ Available for
    sale"). A box 11 to 30 CSS px a side whose label reads "sale" or "available"; one only, pressed once; none on
    a first step."""
    if not len(f.hist_kind) or (m := _SALE.search(instruction)) is None:
        return None
    found = [q for q in _marks(f)
             if {"sale", "available"} & set(_latin(f.cand_text[q])) and len(_latin(f.cand_text[q])) <= 4]
    if len(found) != 1 or clicked_in(f, found[0], ever=True):
        return None
    return found[0] if ticked_mark(f.cand_crop[found[0]]) == bool(m.group(1)) else None


_NUMBERED = re.compile(r"\b([a-z]{3,})\s+(?:no\.?\s*|number\s+|#)?(\d{1,4})\b(?!\s*(?:%|[ap]m\b|:))", re.I)


def numbered_tile(f: Features, instruction: str) -> int | None:
    """The tile reading the number of the thing a task names by its number, where the page speaks of that kind
    of thing: "close pitch 22 for re-seeding …" on a pitch map ("Select a pitch", tiles "21 Free", "22 Free")
    clicks "22". The one text reading the number alone (not a link of the site), its noun read on the page;
    pressed once; None for a control's own noun ("item 3", "row 2") or when no one tile fits."""
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    shown = {w.removesuffix("s") for t in texts for w in _latin(f.cand_text[t])}
    fields = [f.cand_box[q] for q in np.flatnonzero(f.cand_kind == KINDS["input"])]
    for m in _NUMBERED.finditer(instruction):
        noun = m.group(1).lower()
        if noun in _UI_NOUNS | _NOT_THINGS | _PRESSED | {"for", "with", "from", "and"} \
                or noun.removesuffix("s") not in shown:
            continue  # ("Send 25 euros": a verb's count, no tile)
        tiles = [t for t in texts if f.cand_text[t].strip() == m.group(2) and not _nav(f, t)
                 and not any(within(tuple(f.cand_box[t]), tuple(b)) for b in fields)]  # (not a value typed)
        if heads := [h for h in texts if words(f.cand_text[h]) == [noun]]:
            tiles = [t for t in tiles if any(float(f.cand_box[h][0]) - 10 * f.scale <= float(f.cand_box[t][0])
                                             <= float(f.cand_box[h][2]) + 10 * f.scale for h in heads)]
            # (a column headed by the noun: "lot 6" is no "6" under "Head")
        if len(tiles) == 1:
            return None if clicked_in(f, tiles[0], ever=True) else tiles[0]
    return None


_DELIVERED = re.compile(r"\b(?:deliver(?:y|ies|ed)|arrived|received|came\s+in|got\s+in|restock(?:ed)?)\b", re.I)
_RECEIVES = frozenset({"receive", "restock", "receipt"})


def received_row(f: Features, instruction: str) -> int | None:
    """The "Receive" button of the stock line a delivery the task tells of is for: "we just got a delivery of 200
    amoxicillin 250 mg capsules, can you add them to stock" on a stock list presses the "Receive" of
    "Amoxicillin 250 mg capsules" (its words read most of the task's: not the 500 mg line). The line's text
    sharing the most words of three letters or more (numbers too), two at least, the one such; its button on its
    line right of it; pressed once."""
    if _DELIVERED.search(instruction) is None:
        return None
    said = {w for w in words(instruction) if len(w) >= 3 and w not in _NOT_THINGS}
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    buttons = [t for t in texts if 1 <= len(ws := _latin(f.cand_text[t])) <= 2 and ws[0] in _RECEIVES]
    if not buttons or any(clicked_in(f, t, ever=True) for t in buttons):
        return None
    score = {t: len(said & set(words(f.cand_text[t]))) for t in texts if t not in buttons}
    best = max(score.values(), default=0)
    picks = [t for t, n in score.items() if n == best]
    if best < 2 or len(picks) != 1:
        return None
    r = picks[0]
    mid = (f.cand_box[:, 1] + f.cand_box[:, 3]) / 2
    near = [t for t in buttons if float(f.cand_box[t][0]) > float(f.cand_box[r][2])
            and abs(float(mid[t] - mid[r])) <= ROW_PX * f.scale]
    return near[0] if len(near) == 1 else None


# verbs that turn a setting off or on, said plainly: "stop the automatic overdue reminder emails for now"
_STOPS = frozenset({"stop", "pause", "mute", "silence", "disable", "enable", "resume"})
# a person the task names (two capitalised words, no code), and the sections that list people
_PERSON = re.compile(r"(?<![\w-])(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+(?:['’]s)?)(?![\w-])")
_PEOPLE = frozenset({"volunteers", "members", "people", "staff", "users", "customers", "contacts", "drivers", "team",
                     "employees", "students", "players", "guests", "patients", "clients", "residents", "musicians",
                     "sitters", "owners", "tenants", "donors", "crew", "fixers"})
_SETTINGS_PLACES = frozenset({"settings", "profile", "account", "preferences", "options"})

# where a clause puts its thing: the link reading it is where the thing is not yet
_GOES_TO = re.compile(r"\b(?:to|into|onto)\s+(?:my|your|the|a)\s+([a-z][a-z ]*?)\s*(?:[,.;!?]|$)", re.I)
_LIKE_MIN, _LIKE_MARGIN = 0.25, 0.05  # cosine: the least a link's meaning must share with the task, and its lead
_LIKE_LOW, _LIKE_WIDE = 0.2, 0.1  # or a little less, far ahead of the rest ("… the card that gets charged": Wallet)


def _person_first(instruction: str, a: int, b: int) -> int:
    """Where the part of ``instruction[a:b]`` acting on a person ends, when an "and" acts on a thing of theirs
    next: "defer Gareth Lloyd … and cancel the appointment he has coming up" first acts on him (no reason to
    open "Appointments" before him); else ``b``."""
    if (who := _PERSON.search(instruction, a, b)) is not None \
            and (then := _THEN_THEIRS.search(instruction, who.end(), b)) is not None:
        return then.start()
    return b


_THEN_THEIRS = re.compile(r"\s(?:and|then)\s+[a-z]+\s+(?:the|his|her|their|a|an)\b")


def like_link(f: Features, instruction: str) -> int | None:
    """The site's link nearest in meaning to the task's first clause, for a first step that would scroll a page
    showing none of what the task names: "Change my default safe place for deliveries to the garage" goes to
    "Delivery preferences", "Invite Priya Nair … to my Sprint planning meeting" to "My bookings". Links are the
    short texts (three words at most) of the top bar and the left sidebar; the nearest must share 0.25 of its
    meaning (all-MiniLM-L6-v2 cosine) and lead the next by 0.05, or share 0.2 and lead by 0.1 ("I want my Visa
    ending in 4417 to be the card that gets charged by default": "Wallet"). None when the clause asks to
    scroll, or names a thing shown here (it is further down this page)."""
    from tilepilot.model.embedded.text import shared_encoder

    clauses = clause_spans(instruction)
    if not clauses or SCROLL_CLAUSE.match(instruction, *clauses[0]):
        return None
    a, b = clauses[0]
    b = _person_first(instruction, a, b)
    if words(instruction[a:b])[:1] in ([], *([v] for v in _UI_VERBS)) or "new" in words(instruction[a:b]):
        return None  # "Click the returns link", "Set the password of Jonas …": the page's own controls, further
        # down; "Create a new bug …" starts at the page's New button (``buttons.new_button``)
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    names = [q.group(q.lastindex or 0) for q in QUOTED.finditer(instruction, a, b)] + _clause_names(instruction, a, b)
    if any(shows([f.cand_text[t] for t in texts if not _nav(f, t)], words(n)) for n in names):
        return None
    says = set(with_synonyms(words(instruction[a:b])[:1]))
    fw, fh = f.frame_size
    links = [t for t in texts if _nav(f, t) and not _labels_field(f, t) and not _heading(f, t, texts)
             and 0 < len([w for w in words(f.cand_text[t]) if w.isalpha()]) <= 3 and not _CRUMB.search(f.cand_text[t])
             and "home" not in _latin(f.cand_text[t])  # (where a site starts, not where a thing is)
             and not (float(f.cand_box[t][3]) <= _NAV_TOP * fh and float(f.cand_box[t][0]) >= 0.6 * fw)]
    # (nor the account's corner: "Claire Beaumont / Orchestra Manager")
    if not links or any(says & set(_latin(f.cand_text[t])) for t in links):
        return None  # ("Archive the Q1 offsite agenda page": the sidebar's "Archive" is where it goes after)
    head = _title_words(f, texts)
    if any(_one_thing(w, h) for w in words(instruction[a:b]) if len(w) >= 4 and w not in _NOT_THINGS for h in head):
        return None  # (the page shown is the thing's: "cancel Neil Carver's booking" under "Bookings", further down)
    if (to := _GOES_TO.search(instruction, a, b)) is not None:  # "Add The Salt Road to my list": not "My List"
        links = [t for t in links if not set(words(to.group(1))) & set(_latin(f.cand_text[t]))]
        if not links:
            return None
    enc = shared_encoder()
    sims = enc.texts([" ".join(_latin(f.cand_text[t])) for t in links]) @ enc.texts([instruction[a:b]])[0]
    order = np.argsort(-sims)
    best = float(sims[order[0]])
    lead = best - float(sims[order[1]]) if len(order) > 1 else 1.0
    if (best < _LIKE_MIN or lead < _LIKE_MARGIN) and (best < _LIKE_LOW or lead < _LIKE_WIDE):
        return None
    return links[int(order[0])]


_TURNS = re.compile(r"\W*(?:(?:please|and|then|also|now)\s+)*(?:(?:turn|switch)\s+(?:on|off)|enable|disable|"
                    r"stop(?=\s+(?:[\w-]+\s+){0,5}?(?:e-?mails?|reminders?|notifications?|alerts?|messages?|texts?|"
                    r"newsletters?|digests?)\b))\b", re.I)  # ("stop the automatic overdue reminder emails")
_SETTINGS_WORDS = frozenset({"settings", "preferences", "notifications"})  # where a site keeps its switches


def _switched(instruction: str) -> list[str] | None:
    """The words of the thing a task's first clause turns on or off ("Turn off text message reminders for my
    dental appointments": text, message, reminders), without fillers; None for any other clause."""
    clauses = clause_spans(instruction)
    if not clauses:
        return None
    m = _SWITCH_FOR.match(instruction, *clauses[0]) or _SWITCH_ROW.match(instruction, *clauses[0])
    if m is None or not _TURNS.match(instruction, clauses[0][0]):
        return None  # ("Pause the Welcome series automation" is a row's, not a setting's)
    thing = [w for w in words(m.group("what" if "what" in m.groupdict() else "row")) if w not in _ROW_FILLER]
    return thing or None


def _settings_links(f: Features) -> list[int]:
    """The short links of the top bar and the left sidebar reading "Settings", "Preferences" or
    "Notifications", or a gear alone ("⚙", a settings button with no word)."""
    return [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
            and in_nav(f, (float(f.cand_box[t][2]), float(f.cand_box[t][1])))  # (its top: "Round settings" in a
            # tab strip under the header, down to 88 px of 720)
            and not _labels_field(f, t) and (0 < len(ws := _latin(f.cand_text[t])) <= 3 and _SETTINGS_WORDS & set(ws)
                                             or f.cand_text[t].strip() in ("⚙", "⚙️"))]


def settings_link(f: Features, instruction: str) -> int | None:
    """The site's settings link, for a task that turns a setting on or off that this page does not show: "Turn
    off text message reminders for my dental appointments" on a dental portal's home page goes to the
    sidebar's "Settings" (not to "Appointments", which its words name). Of several ("Settings",
    "Notifications"), the nearest in meaning to the clause (all-MiniLM-L6-v2). None when a line here reads
    the setting's words (its switch is on this page), or no such link stands."""
    from tilepilot.model.embedded.text import shared_encoder

    if (thing := _switched(instruction)) is None:
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    shown = [f.cand_text[t] for t in texts if not _nav(f, t)]
    if shows(shown, thing) or _row_line(f, texts, thing) is not None or any(
            shows(shown, words(n)) for n in _clause_names(instruction, *clause_spans(instruction)[0])):
        return None  # (a row it names is here: "… for the parcel coming from Lumen Audio" is that row's switch)
    links = _settings_links(f)
    if len(links) <= 1:
        return links[0] if links else None
    enc = shared_encoder()
    sims = enc.texts([" ".join(_latin(f.cand_text[t])) for t in links]) @ enc.texts([" ".join(thing)])[0]
    return links[int(np.argmax(sims))]


# a task that changes a rule for everyone: "From now on readers are allowed to take photos …, and cap everyone at
# 6 items a day"
_POLICY = re.compile(r"\b(?:from\s+now\s+on|from\s+(?:next\s+(?:week|month)|today)\b|going\s+forward|"
                     r"(?:no\s+longer\s+)?allowed\s+to|"
                     r"cap\s+(?:\w+\s+){0,2}at\s+\d|limit\s+(?:\w+\s+){0,2}to\s+\d|by\s+default|"
                     r"(?:switch|change|move|convert)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}(?:system|app|site|"
                     r"account|software)\s+(?:over\s+)?to|"
                     r"we(?:['’]re|\s+are|['’]ve|\s+have)\s+(?:putting|put|raising|raised|increasing|increased|cutting|"
                     r"lowering|lowered|dropping|dropped)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){1,4}?(?:up\s+|down\s+)?to\s+"
                     r"[£$€]?\d|\bgo\s+(?:up|down)\s+to\s+[£$€]\d|\bprices\s+for\s+(?:\w+\s+){0,2}?\w+\s*:|"
                     r"from\s+(?:next\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+we(?:['’]re|\s+are|['’]ll|\s+will)\s+"
                     r"(?:opening|closing|open|close|shutting|giving\s+up)\b)", re.I)
# ("switch the fleet system over to kilometres"; "We're putting the late cancellation fee up to £30"; "From next
# week we're only roasting on Mondays …", "New prices from today: …", "Prices for August: …"; "The AGM agreed next
# year's subs: seniors go up to £120 …": a class of things, where "it's going up to £3.60" is a thing's own price;
# the shop's hours: "From Monday we're opening at half past nine instead of ten")
_POLICY_WORDS = frozenset({"settings", "rules", "policies", "policy", "preferences", "configuration", "regulations"})


def policy_link(f: Features, instruction: str) -> int | None:
    """The one link of the top bar or the left sidebar naming where a site keeps its rules ("Search room rules",
    "Settings", "Policies"), for a first step of a task that changes a rule for everyone ("From now on readers
    are allowed to take photos of documents, and cap everyone at 6 items a day" clicked "Readers"); for new
    prices, the one reading prices, a price list or rates, where one stands. None when the page shown is that
    one, or none or several fit."""
    if _POLICY.search(instruction) is None and not _PRICE_MOVES.search(instruction):
        return None
    links = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and _nav(f, t)
             and 0 < len(ws := _latin(f.cand_text[t])) <= 4 and _POLICY_WORDS & set(ws) and not _labels_field(f, t)]
    if _PRICES_TOLD.search(instruction) or not links and _SUM_TOLD.search(instruction):  # new prices: the price
        # list first ("New prices from today: gilded lettering goes up to £4.20 …": "Price list"); where no link
        # reads rules, the prices' for a sum told ("We're putting the deposit up to 30 per cent …": "Kit & charges")
        links = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and _nav(f, t)
                 and 0 < len(ws := _latin(f.cand_text[t])) <= 3 and _PRICE_WORDS & set(ws)
                 and not _labels_field(f, t)] or links
    return links[0] if len(links) == 1 and not _open_page(f, links[0]) else None


# a price moving, told as a fact: "Ducklings and Stages 1 to 3 go up to £9.50 a lesson"
_PRICE_MOVES = re.compile(r"\b(?:go|goes|going|come|comes|coming)\s+(?:up|down)\s+to\s+[£$€]\d|\b(?:voted|agreed|put|"
                          r"raised|increased|upped)\s+(?:the\s+|our\s+)?(?:[\w'’-]+\s+){1,3}?(?:up|down)\s+to\s+[£$€]\d",
                          re.I)  # ("… is going up to £18"; "The AGM voted the adult membership up to £95")
_PRICES_TOLD = re.compile(r"\b(?:prices|rates|fees|tariffs?)\b|\bup\s+to\s+[£$€]\d", re.I)
_SUM_TOLD = re.compile(r"[£$€]\d|\b\d+(?:\.\d+)?\s*(?:%|per\s*cent\b)", re.I)  # ("… up to 30 per cent")
_PRICE_WORDS = frozenset({"prices", "price", "pricing", "rates", "fees", "tariff", "tariffs", "charges"})


_PARTIES = frozenset({"customers", "clients", "accounts", "suppliers", "companies", "organisations",
                      "organizations", "partners", "venues", "businesses"})


# a task starting with a firm's name and its "'s": "Riverside Care Home's accounts team want …"
_FIRMS = re.compile(r"\W*((?:[A-Z][\w&'’.-]*\s+){1,4}?[A-Z][\w&.-]*)['’]s\s")


def party_section(f: Features, instruction: str) -> int | None:
    """The site's list of customers, for a standing change a named firm asks for: "Riverside Care Home's accounts
    team want their invoices sent to accounts@… from now on, and they'd like to move to fortnightly invoicing"
    on a ticket board goes to "Customers" (its tickets name the firm; its settings are the customer's). The task
    starts with the firm's name and its "'s" and says "from now on" (or another standing change); the one link
    in the top bar or the left sidebar reading customers, clients, accounts or the like."""
    if _FIRMS.match(instruction) is None or _POLICY.search(instruction) is None:
        return None
    links = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and _nav(f, t)
             and 0 < len(ws := _latin(f.cand_text[t])) <= 2 and _PARTIES & set(ws) and ws[0] != "all"]
    # (not a filter's "All customers")
    return links[0] if len(links) == 1 else None


def _policy_line(f: Features, c: int, texts: list[int], least: int = 4) -> list[str]:
    """The words of a rule's title left of control ``c``, on its line (its first line, over a hint), of ``least``
    letters or more ("per" aside)."""
    mid = (float(f.cand_box[c][1]) + float(f.cand_box[c][3])) / 2
    line = [t for t in texts if float(f.cand_box[t][2]) <= float(f.cand_box[c][0]) + 4 * f.scale
            and float(f.cand_box[t][1]) - 6 * f.scale <= mid <= float(f.cand_box[t][3]) + 6 * f.scale]
    top = min(line, key=lambda t: float(f.cand_box[t][1]), default=None)
    return [w for w in _latin(f.cand_text[top]) if len(w) >= least and w not in ("per", "the", "and", "for")] \
        if top is not None else []


_SETTINGS_TITLES = frozenset({"settings", "preferences", "configuration", "rules", "policies"})


def settings_page(f: Features) -> bool:
    """Whether the screen is a settings page: its title (a text of three words at most, taller than most, not in
    the top bar or the sidebar) ends in settings, preferences or the like, or its save button says so ("Save
    settings", "Save prices"). A nav link "Settings" alone is none: it shows on every page."""
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    if not texts:
        return False
    tall = 1.2 * float(np.median([f.cand_box[t][3] - f.cand_box[t][1] for t in texts]))
    return any(1 <= len(ws := words(f.cand_text[t])) <= 3 and (ws[-1] in _SETTINGS_TITLES and (
        f.cand_box[t][3] - f.cand_box[t][1] >= tall and not _nav(f, t) or ws[0] in ("save", "update"))
        or ws[0] in ("save", "update") and ws[-1] in _PRICE_WORDS) for t in texts)  # ("Save prices")


# a person's thing: "Gethin's gang", "Rhys's crew"
_OWNED = re.compile(r"\b([A-Z][a-z]+)['’]s\s+([a-z]{3,})\b")


def _pressed(f: Features, t: int, k: int = -1) -> bool:
    """Whether click ``k`` of the history landed on text ``t`` or the button round it (12 CSS px about it)."""
    return within_box(acted_at(f, k if k >= 0 else len(f.hist_kind) + k),
                      f.cand_box[t] + np.array([-12, -12, 12, 12]) * f.scale)


# a thing the business now stocks, and where a site keeps such things
_STOCKING = re.compile(r"\b(?:started|start|begun|began)\s+(?:stocking|selling|carrying)\b|"
                       r"\bwe(?:['’]re|\s+are)\s+now\s+(?:stocking|selling)\b", re.I)
_STOCK_WORDS = frozenset({"parts", "stock", "inventory", "products", "catalogue", "consumables", "supplies"})
_ADD_TO = re.compile(r"\badd\s+(?:it|them|those|these|one)\s+to\s+(?:the|our)\s+([a-z]{4,})\b", re.I)


def rest_elsewhere(f: Features, told: str) -> int | None:
    """Once a settings page was saved (its save button the last click), the one section link of the site's bar
    that a person's thing the story names ("Gethin's gang") reads, one or many, neither the page shown nor clicked
    before: "Rates for the rest of the season: … Also, Owain's gone off …, so Sion Lloyd is taking his place in
    Gethin's gang" goes on to "Gangs" where the network would stop ("customers keep complaining" names no page).
    None elsewhere, or where no one link is named."""
    from tilepilot.model.embedded.buttons import SAVES

    steps = [k for k in range(len(f.hist_kind)) if ACTIONS[int(f.hist_kind[k])] != "scroll"]
    if len(steps) < 2 or ACTIONS[int(f.hist_kind[steps[-1]])] != "click" or not settings_page(f):
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    if not any(SAVES.match(f.cand_text[t]) and _pressed(f, t, steps[-1]) for t in texts):
        return None
    head = _head_words(f, texts)
    said = {m.group(2).lower() for m in _OWNED.finditer(told)} | {
        m.group(1).lower() for m in re.finditer(r"\b(?:their|his|her)\s+([a-z]{4,})\b", told)} | {
        m.group(1).lower() for m in _ADD_TO.finditer(told)}  # (a person's thing: "Gethin's gang", "… want the
    # permit approved before we fix anything in their cemetery"; where a thing is added: "add it to the fleet as
    # Canoe 13"; not a word in passing, "customers keep complaining")
    links = [t for t in dict.fromkeys(_section_links(f) + _explore_links(f)) if _nav(f, t)
             and not clicked_in(f, t, ever=True)
             and not any(_one_thing(h, x) for h in head for x in _link_words(f.cand_text[t]))]  # (a sidebar's entry
    # over the highlighted one is no field's label: "Fleet" over "Trips & prices")
    named = [t for t in links if any(_one_thing(w, x) for w in said for x in _link_words(f.cand_text[t]))]
    if not named and _STOCKING.search(told):  # a thing now stocked: "We've also started stocking the cyan
        # TK-5280 toner …" goes on to "Parts"
        named = [t for t in links if set(_link_words(f.cand_text[t])) & _STOCK_WORDS]
    if not named:  # (else a word of the story's doing that the link's people do: "… Gemma has passed her legal
        # interpreting qualification …" goes on to "Interpreters")
        named = [t for t in links if any(len(w) >= 8 and len(x) >= 8 and w[:6] == x[:6] and w.endswith("ing")
                                         and x.endswith(("ers", "ors")) for w in words(told)
                                         for x in _link_words(f.cand_text[t]))]
    return named[0] if len(named) == 1 else None


def _section_after_values(f: Features) -> list[int] | None:
    """The page's texts right after a section link was clicked on a later step, values typed before it (a
    settings page saved, the story goes on elsewhere); None otherwise."""
    if len(f.hist_kind) < 3 or ACTIONS[int(f.hist_kind[-1])] != "click" \
            or not any(ACTIONS[int(k)] == "type" for k in f.hist_kind):
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    return texts if any(_nav(f, t) and _pressed(f, t) for t in texts) and not beside_cancel(f, texts) else None
    # (not a dialog the click opened: "+ Add part" in the page's top band)


def rest_row_edit(f: Features, told: str) -> int | None:
    """Right after a section link was clicked on a later step (values typed before it: a settings page saved),
    the "Edit" button of the one row showing a name the story gives (two capitalised words at least, its first
    two read in a text of the row): "… Also, Hereford City Council have written to say their permit fee is now
    £186 …", on "Cemeteries", opens the Edit of the row reading "Hereford City Cemetery · Hereford City
    Council". None elsewhere, or where no one row shows it."""
    if (texts := _section_after_values(f)) is None or _STOCKING.search(told):
        return None  # (a thing newly stocked is added, not a row like it edited: "the cyan TK-5280 toner")
    names = [ws[:2] for n in task_names(told) if len(ws := words(n)) >= 2]
    edits = [t for t in texts if words(f.cand_text[t]) in (["edit"], ["open"], ["manage"]) and buttoned(f, t)]
    mid = (f.cand_box[:, 1] + f.cand_box[:, 3]) / 2
    found = [e for e in edits if any(abs(float(mid[u] - mid[e])) <= 20 * f.scale and not _nav(f, u)
                                     and any(phrase_at(words(f.cand_text[u]), n) for n in names) for u in texts)]
    return found[0] if len(found) == 1 and not clicked_in(f, found[0], ever=True) else None


def rest_person(f: Features, told: str) -> int | None:
    """Right after a section link was clicked on a later step (values typed before it: a settings page saved),
    the one name on the page led by the first name of a person the story names: "… And Gemma has passed her legal
    interpreting qualification …", on "Interpreters", opens "Gemma Doyle" (three words at most, under the
    site's bar, never clicked). None elsewhere."""
    if (texts := _section_after_values(f)) is None:
        return None
    firsts = {ws[-1] for n in task_names(told) if len(ws := re.findall(r"[A-Z][a-z]+", n)) and len(ws) <= 2
              and ws[-1] not in ("And", "But", "Also", "So", "Then", "The")}
    found = [t for t in texts if float(f.cand_box[t][1]) > 60 * f.scale and len(ws := f.cand_text[t].split()) <= 3
             and ws[0] in firsts and not clicked_in(f, t, ever=True)]
    return found[0] if len(found) == 1 else None


def owned_card_edit(f: Features, told: str) -> int | None:
    """Right after a section link was clicked, the "Edit …" button of the card of the person whose thing the story
    names as that section's: "… taking his place in Gethin's gang", on "Gangs", edits the card led by "Gethin
    Lewis" ("C gang … Edit gang…"): the nearest "Edit" button above the name (250 CSS px at most) standing over
    its column (from 50 px left of it to 450 px right). None unless one such button; never clicked twice."""
    if not len(f.hist_kind) or ACTIONS[int(f.hist_kind[-1])] != "click":
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    link = next((t for t in texts if _nav(f, t) and _pressed(f, t)), None)
    if link is None:
        return None
    edits = [t for t in texts if words(f.cand_text[t])[0] == "edit" and len(words(f.cand_text[t])) <= 3
             and not clicked_in(f, t, ever=True)]
    found = set()
    for m in _OWNED.finditer(told):
        if not any(_one_thing(m.group(2).lower(), x) for x in _link_words(f.cand_text[link])):
            continue
        for t in texts:
            if m.group(1) not in re.findall(r"[A-Z][a-z]+", f.cand_text[t]):
                continue
            above = [e for e in edits if 0 < float(f.cand_box[t][1] - f.cand_box[e][3]) <= 250 * f.scale
                     and -50 * f.scale <= float(f.cand_box[e][0] - f.cand_box[t][0]) <= 450 * f.scale]
            if above:
                found.add(min(above, key=lambda e: float(f.cand_box[t][1] - f.cand_box[e][3])))
    return found.pop() if len(found) == 1 else None


def policy_switch(f: Features, told: str) -> int | None:
    """The one switch of a rules page whose title the task tells as the new rule: "From now on readers are
    allowed to take photos of documents …" turns on "Allow readers to photograph documents" (its words of four
    letters or more, two at least and half of them, are the task's, by their first five letters); pressed once.
    Only on a settings page (``settings_page``): "Tom Fenwick wants … from now on" on his record is no rule."""
    if _POLICY.search(told) is None or not settings_page(f):
        return None
    said = told_words(told)
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    found = []
    for c in range(len(f.cand_text)):
        if f.cand_kind[c] == KINDS["text"] or not switch_shaped(f, c) or texts_inside(f, c) and any(
                any(ch.isdigit() for ch in f.cand_text[t]) for t in texts_inside(f, c)):
            continue  # (a number box is shaped alike)
        title = _policy_line(f, c, texts)
        shared = [w for w in title if w[:5] in said]
        if len(shared) >= 2 and 2 * len(shared) >= len(title):
            found.append(c)
    return found[0] if len(found) == 1 and not clicked_in(f, found[0], ever=True) else None


_TICKS = frozenset({"tick", "check", "mark", "untick", "uncheck", "cross"})
# a ticking clause's object, before where it stands or what it becomes: "Tick baby spinach off the shopping list"
_TICK_OBJECT = re.compile(r"\W*(?:please\s+)?[A-Za-z]+\s+(?:off\s+)?(.+?)(?:\s+(?:off|from|in|on|as|under|at|to)\b|"
                          r"\W*$)", re.I)


def _tick_box(f: Features, instruction: str) -> int | None:
    """The check box left of the one line reading all of what a one-clause task ticks ("Tick baby spinach off the
    shopping list": the box of "Baby spinach"); None when the task ticks nothing, or no such box is here."""
    clauses = clause_spans(instruction)
    if len(clauses) != 1 or (m := _TICK_OBJECT.match(instruction, *clauses[0])) is None \
            or (words(instruction[clauses[0][0]:clauses[0][1]])[:1] or [""])[0] not in _TICKS:
        return None
    obj = [w for w in words(m.group(1)) if w not in _FILLER]
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and not _nav(f, t)]
    hits = [t for t in texts if obj and spelled(words(f.cand_text[t]), obj)]
    if len(hits) != 1 or (q := labelled_widget(f, instruction, hits[0])) == hits[0]:
        return None
    return q


# the words a clause may open with before its verb: "Oh, and please", "Could you also"
_BOX_LEAD = r"\W*(?:(?:please|and|then|also|now|oh|so|(?:can|could|would)\s+(?:we|you)),?\s+)*"
_BOX_OFF = re.compile(_BOX_LEAD + r"(?:stop|untick|uncheck|disable|(?:turn|switch)\s+off)\s+", re.I)
_BOX_ON = re.compile(_BOX_LEAD + r"(?:start|tick|check|enable|(?:turn|switch)\s+on)\s+", re.I)
# a thing a story says is given up, anywhere in a sentence: "no more pressing on Saturdays", "we're dropping the
# Friday net session altogether", "we stop collecting subs for them"
_BOX_GONE = re.compile(r"\bno\s+more\s+|\bwe(?:['’]re|\s+are|['’]ll|\s+will)?\s+(?:be\s+)?(?:stop(?:ping)?|"
                       r"drop(?:ping)?|scrap(?:ping)?|end(?:ing)?|giv(?:e|ing)\s+up)\s+", re.I)
# a thing a story says can now be done too: "so we can do furniture collections that day as well"
_BOX_TOO = re.compile(r"\bso\s+we\s+can\s+(?:now\s+)?(?:do|offer|run|take|have)\b[^.;!?]*?\b(?:as\s+well|too)\b", re.I)


def _singular(said: set[str]) -> set[str]:
    """Words cut to five letters with a plural's "s" off ("nets" is "net", "press" stays): "the Friday net
    session" reads "Nets on Fridays"."""
    return {w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in said}


_SET_OPTION = re.compile(r"\W*(?:(?:please|and|then|also|now|(?:can|could|would)\s+(?:we|you))\s+)*"
                         r"(?:set|change|make)\s+.+?\s+to\s+(?P<v>[\w.,£$€%-]+(?:\s+[\w.-]+)?)"
                         r"(?:\s+(?:by\s+default|as\s+(?:the\s+)?default|instead|from\s+now\s+on))?\W*$", re.I)


def set_option(f: Features, instruction: str) -> int | None:
    """The option a clause sets a setting to, by its label read whole or wrapped over two lines: "set our default
    payment terms to 14 days" clicks "14" over "days" (the label of "○ 14 days", its radio read as "O"). The
    first such clause whose option was never pressed; None when none is here, or several."""
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    for a, b in clause_spans(instruction):
        if (m := _SET_OPTION.match(instruction, a, b)) is None:
            continue

        def reads(t: int, value: list[str] = words(m.group("v"))) -> bool:  # the value whole, or its first word
            # over the rest on its left edge
            ws = words(f.cand_text[t])
            return ws == value or len(value) == 2 and ws == value[:1] and any(
                words(f.cand_text[u]) == value[1:] and 0 < float(f.cand_box[u][1] - f.cand_box[t][1]) <= 24 * f.scale
                and abs(float(f.cand_box[u][0] - f.cand_box[t][0])) <= 8 * f.scale for u in texts)
        hits = [t for t in texts if reads(t) and not _nav(f, t)]
        if len(hits) == 1 and not clicked_in(f, hits[0], ever=True):
            return hits[0]
    return None


def option_saved(f: Features, instruction: str) -> int | None:
    """The button keeping a settings page's changes once the last clause's option was pressed (``set_option``):
    "Save settings" under "○ 14 days", the nearest text reading like saving (two words at most, 400 CSS px
    under it at most), not pressed before; None otherwise."""
    from tilepilot.model.embedded.buttons import SAVES

    clauses = clause_spans(instruction)
    if not len(f.hist_kind) or ACTIONS[int(f.hist_kind[-1])] != "click" or not clauses \
            or _SET_OPTION.match(instruction, *clauses[-1]) is None:
        return None
    x, y = acted_at(f)
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    value = words(_SET_OPTION.match(instruction, *clauses[-1]).group("v"))
    if not any(within_box((x, y), f.cand_box[t]) and words(f.cand_text[t]) in (value, value[:1]) for t in texts):
        return None
    saving = [t for t in texts if len(words(f.cand_text[t])) <= 2 and SAVES.match(f.cand_text[t])
              and 0 < float(f.cand_box[t][1]) - y <= 400 * f.scale and not clicked_in(f, t, ever=True)]
    return min(saving, key=lambda t: float(f.cand_box[t][1]), default=None)


def _box_texts(f: Features, c: int, texts: list[int], reach: float = 30) -> list[int]:
    """The texts of box ``c``'s label: on its line right of it (within ``reach`` CSS px), or read with it (OCR's
    box holding the box: "☐ Mention the CCTV …")."""
    mid = (float(f.cand_box[c][1]) + float(f.cand_box[c][3])) / 2
    return [t for t in texts if (0 <= float(f.cand_box[t][0] - f.cand_box[c][2]) <= reach * f.scale
                                 or float(f.cand_box[c][0]) - 6 * f.scale <= float(f.cand_box[t][0])
                                 <= float(f.cand_box[c][2])
                                 and float(f.cand_box[t][2] - f.cand_box[c][2]) >= 20 * f.scale)
            and float(f.cand_box[t][1]) <= mid <= float(f.cand_box[t][3])]


def _box_label(f: Features, c: int, texts: list[int], reach: float = 30) -> set[str]:
    """The first five letters of each word (three letters or more) of box ``c``'s label (``_box_texts``)."""
    return {w[:5] for t in _box_texts(f, c, texts, reach) for w in words(f.cand_text[t]) if len(w) >= 3}


def setting_box(f: Features, instruction: str) -> int | None:
    """The check box of a settings page a clause turns off or on by the words of its label, said otherwise:
    "please stop the SMS reminders to owners before lifts, and set …" unticks "SMS reminders to owners the day
    before a lift" (its words of three letters or more, two at least and the most of any box's, are the
    clause's by their first five letters). Clause by clause, the first whose box is not as it says yet (ticked
    or not, as its crop shows) and was never pressed; None when no clause does so."""
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.;!?]+", instruction)]  # ("… rather than 24.
    # Also, please stop mentioning the CCTV survey offer …": a sentence of its own)
    told = [(m, m.end(), b) for a, b in clause_spans(instruction) + sentences
            if (m := _BOX_OFF.match(instruction, a, b) or _BOX_ON.match(instruction, a, b)) is not None]
    told += [(m, m.end(), m.end() + len(re.split(r"[,;:]|\s(?:and|but|so)\s", instruction[m.end():b])[0]))
             for a, b in sentences for m in _BOX_GONE.finditer(instruction, a, b)]
    told += [(m, a, b) for a, b in sentences for m in _BOX_TOO.finditer(instruction, a, b)]  # (the whole
    # sentence's things: "Brian's offered to take the van out on Wednesdays, so we can do furniture collections
    # that day as well" ticks "Van collects on Wednesdays")
    for m, a, b in told:
        boxes = [c for c in _marks(f) if not round_mark(f.cand_crop[c])]
        want = m.re is not _BOX_OFF and m.re is not _BOX_GONE
        thing = instruction[a:b]
        if re.search(r"\b(?:them|it|theirs)\b", thing, re.I):  # "The Explorers will pay theirs through the
            # district …, so we stop collecting subs for them": the sentence's names before
            thing += " " + " ".join(n.group() for n in re.finditer(r"(?<![\w'’-])[A-Z][\w'’-]+", instruction[
                sentence_start(instruction, m.start()):m.start()]) if n.start() > 0)
        said = _singular({v[:5] for w in words(thing) if len(w) >= 3 and w.isalpha() and w not in _NOT_THINGS
                          for v in ((w, w[:-3]) if w.endswith("ing") else (w,)) if len(v) >= 3})  # (a doing by
        # its verb too: "Sunday opening" is "Open on Sundays")
        score = {c: len(_singular(_box_label(f, c, texts) or _box_label(f, c, texts, reach=80)) & said)
                 for c in boxes}  # (a table's box, its label a cell on: "☑   Collect Explorers subs")
        best = max(score.values(), default=0)
        hits = [c for c in boxes if best >= 2 and score[c] == best]
        if len(hits) != 1:
            continue
        c = hits[0]
        if ticked_mark(f.cand_crop[c]) != want and not clicked_in(f, c, ever=True):
            return c
    return None


# boxes named one by one and taken off (or put on) a list: "so take Tuesday and Thursday off the roast days"
_TAKE_OFF = re.compile(r"\b(?:take|taking|took)\s+(?P<things>(?:[\w'’-]+(?:,\s*|\s+)){1,8}?)off\b|"
                       r"\b(?:stopped|stop|no\s+longer)\s+(?:doing|offering|selling|stocking|do|offer|sell|stock)\s+"
                       r"(?P<gone>[^,.;!?]+)", re.I)
# a box's verb, not its thing: "Offer Portland stone" (by their first five letters, as ``_box_label`` reads)
_BOX_VERBS = frozenset({"offer", "show", "enabl", "allow", "inclu", "sell", "stock"})


def listed_box(f: Features, told: str) -> int | None:
    """A ticked box whose whole short label (three words at most, a verb such as "Offer" aside) a story takes off
    a list, by name: "… only roasting on Mondays, Wednesdays and Fridays, so take Tuesday and Thursday off the
    roast days" unticks "Tuesday", then "Thursday" (each box once); "we've stopped doing Portland stone" unticks
    "Offer Portland stone". None when no such box is still ticked."""
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    for m in _TAKE_OFF.finditer(told):
        gone = m.group("things") or m.group("gone")
        if re.fullmatch(r"\s*(?:it|them|that|those|this|these)\s*", gone, re.I):  # "lost the field at Thirsk …, so
            # stop offering it": the sentence's names before it
            start = sentence_start(told, m.start())
            gone = " ".join(n.group() for n in re.finditer(r"(?<![\w'’-])[A-Z][\w'’-]+", told[start:m.start()])
                            if n.start() > 0)
        said = {w[:5] for w in words(gone) if len(w) >= 3}
        for c in _marks(f):
            label = (_box_label(f, c, texts) or _box_label(f, c, texts, reach=80)) - _BOX_VERBS  # (a table's
            # "Offered" column: "☑   Offer Portland stone")
            if not label and said:  # the box says its verb alone ("☑ Offered"): its row's first cell names it
                mid = (float(f.cand_box[c][1]) + float(f.cand_box[c][3])) / 2
                row = [t for t in texts if float(f.cand_box[t][2]) < float(f.cand_box[c][0])
                       and float(f.cand_box[t][1]) <= mid <= float(f.cand_box[t][3])]
                first = min(row, key=lambda t: float(f.cand_box[t][0]), default=None)
                label = {w[:5] for w in words(f.cand_text[first]) if len(w) >= 3} if first is not None else set()
            if label and len(label) <= 3 and label <= said and not round_mark(f.cand_crop[c]) \
                    and ticked_mark(f.cand_crop[c]) and not clicked_in(f, c, ever=True):
                return c
    return None


# a person put in another's place: "Sion Lloyd is taking his place", "in place of Owain", "replacing Owain"
_REPLACES = re.compile(r"\b(?:tak(?:ing|es?)|took)\s+(?:(?P<own>[A-Z][a-z]+)['’]s|his|her|their)\s+place\b|"
                       r"\b(?:in\s+place\s+of|replacing|instead\s+of)\s+(?P<gone>[A-Z][a-z]+)\b")


def replaced_box(f: Features, told: str) -> int | None:
    """The ticked box of the person the story puts another in place of: "Owain's gone off to New Zealand …, so Sion
    Lloyd is taking his place in Gethin's gang" unticks "☑ Owain Jenkins" in the gang's list ("his" is the
    sentence's first name). Once; None on a first step, or when no such box is ticked."""
    if not len(f.hist_kind):
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    for m in _REPLACES.finditer(told):
        gone = m.group("own") or m.group("gone")
        if gone is None:
            start = sentence_start(told, m.start())
            first = next((n for n in re.finditer(r"(?<![\w'’-])[A-Z][a-z]+", told[start:m.start()]) if n.start() > 0),
                         None)
            gone = first.group() if first is not None else None
        if gone is None:
            continue
        for c in _marks(f):
            label = _box_texts(f, c, texts)
            if len(label) == 1 and re.match(rf"{gone}\b", f.cand_text[label[0]].strip()) \
                    and not round_mark(f.cand_crop[c]) and ticked_mark(f.cand_crop[c]) \
                    and not clicked_in(f, c, ever=True):
                return c
    return None


def named_box(f: Features, told: str) -> int | None:
    """An unticked square box whose label is one name the story says, as it writes it (one capitalised word, not
    a street's: "14 Elm Drive"): "Bramble and Toffee both had blanket clips" ticks "☐ Bramble", then "☐ Toffee"
    in the "Add charge" dialog's list of horses; in the story's order, each box once. None on a first step, or
    when no such box is left."""
    if not len(f.hist_kind):
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    boxes = []
    for c in _marks(f):
        mid = (float(f.cand_box[c][1]) + float(f.cand_box[c][3])) / 2
        label = [t for t in texts if (0 <= float(f.cand_box[t][0] - f.cand_box[c][2]) <= 30 * f.scale
                                      or float(f.cand_box[c][0]) - 6 * f.scale <= float(f.cand_box[t][0])
                                      <= float(f.cand_box[c][2]) < float(f.cand_box[t][2]) - 20 * f.scale)
                 and float(f.cand_box[t][1]) <= mid <= float(f.cand_box[t][3])]  # (or read with its box: "□Toffee")
        name = re.sub(r"[^\u0000-\u024f]", "", f.cand_text[label[0]]).strip() if len(label) == 1 else ""
        if re.fullmatch(r"[A-Z][a-z'’-]{2,}", name) \
                and (m := re.search(rf"(?<![\w'’-])(?<!\d\s){re.escape(name)}(?![\w'’-]|\s+[A-Z])", told)) is not None \
                and not clicked_in(f, c, ever=True) and not round_mark(f.cand_crop[c]) \
                and not ticked_mark(f.cand_crop[c]):
            boxes.append((m.start(), c))
    return min(boxes)[1] if boxes else None


def tick_box(f: Features, instruction: str) -> int | None:
    """``_tick_box``, once the task went somewhere first (a link: the network ticks a box it is shown), until
    the box was clicked."""
    if not len(f.hist_kind) or (q := _tick_box(f, instruction)) is None or clicked_in(f, q, ever=True):
        return None
    return q


def box_ticked(f: Features, instruction: str) -> bool:
    """Whether the last action clicked ``_tick_box``'s box, after going somewhere first: done."""
    return len(f.hist_kind) > 1 and (q := _tick_box(f, instruction)) is not None and clicked_in(f, q)


def only_went_to_own(f: Features, instruction: str) -> bool:
    """Whether the one action so far (scrolls aside) was the click on a link to the part of the site where the
    task's act is still to do: the user's own things ("My reservations" for "Cancel my Sakura House
    reservation"), the thing's own part ("Pickups" for "Schedule a pickup …"), or any link of the top bar or the
    sidebar that
    does not read the clause's verb, for a clause no link does alone ("Snapshots", found by meaning, for
    "Delete the snapshot db-nightly-…"; not "Log in" for "Log in as bob", nor any link for "Open the Billing
    page", nor a window's "x" for "Close Image Editor"), or a link not reading all of what a clause ticks
    ("Shopping list" for "Tick baby spinach off the shopping list"; not "Invoices" for "Mark the invoices")."""
    kinds = [ACTIONS[int(k)] for k in f.hist_kind]
    if kinds[-1:] != ["click"] or set(kinds[:-1]) - {"scroll"} or not (clauses := clause_spans(instruction)):
        return False  # (a scroll before the click looked for the link)
    a, b = clauses[0]
    said = [w for w in words(instruction[m.end() - len(m.group(1)):b]) if w.isalpha()] \
        if (m := _MY.search(instruction, a, b)) is not None else []
    said += [thing] if (thing := _head_thing(instruction, a, b)) is not None else []  # "Schedule a pickup …"
    verb = words(instruction[a:b])[:1]
    acts = len(words(instruction[a:b])) >= 3 and verb[0] not in _UI_VERBS  # no link alone does it
    says = set(with_synonyms(verb)) if acts else set()
    ticked = _TICK_OBJECT.match(instruction, a, b) if verb and verb[0] in _TICKS else None
    obj = [w for w in words(ticked.group(1)) if w not in _FILLER] if ticked else []
    x, y = acted_at(f)
    if _switched(instruction) is not None and any(within_box((x, y), f.cand_box[t]) for t in _settings_links(f)):
        return True  # "Turn off text message reminders …" went to "Settings"
    for t in range(len(f.cand_text)):
        x0, y0, x1, y1 = (float(v) for v in f.cand_box[t])
        ws = [w for w in words(f.cand_text[t]) if w.isalpha() and w not in ("my", "your", "all")]
        if f.cand_kind[t] == KINDS["text"] and x0 <= x <= x1 and y0 - 4 <= y <= y1 + 4 \
                and (_nav(f, t) or _in_bar(f, t)) \
                and 0 < len(ws) <= 3 and (any(_one_thing(w, s) for w in ws for s in said)
                                         or acts and not says & set(_latin(f.cand_text[t])) and max(map(len, ws)) > 2
                                         or obj and not all(any(_one_thing(o, w) for w in ws) for o in obj)):
            return True
    return False


def owned_section(f: Features, instruction: str) -> int | None:
    """The part of a site that holds the user's own things the task's first clause acts on, when it is not
    shown: "Renew my loan of The Hobbit" on a catalogue goes to "My loans" (the catalogue lists the book with
    no Renew), "Remove … from my saved jobs" to "Saved jobs", "Switch my gym membership …" to "Membership".
    The link is a short text (three words at most) in the top bar or the left sidebar reading the phrase's
    thing (its last word before any name), the one that reads most of the phrase's words.
    None when the clause's verb reads on a short text here (its button is on this page), when the phrase's
    names are shown ("my March report" on the March report), or no one link fits; a field's label is no link
    ("Change my display name …" on a profile form)."""
    clauses = clause_spans(instruction)
    if not clauses:
        return None
    a, b = clauses[0]
    things, names = _owned(instruction, a, b)
    if not things and _MY.search(instruction, a, b) is None:
        return None
    m = _FIRST_VERB.match(instruction, a, b)
    says = set(with_synonyms([m.group(1).lower()])) if m else set()
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    if any(len(words(f.cand_text[t])) <= 3 and says & set(words(f.cand_text[t])) for t in texts):
        return None
    w, h = f.frame_size
    if (q := _my_link(f, instruction, a, b, texts)) is not None:
        return q  # ("my Thursday 14:00 "Design review" booking": its thing after its names)
    if not things:
        return None
    if names and shows([f.cand_text[t] for t in texts], words(" ".join(names))):
        return None
    best: list[tuple[int, int]] = []
    for t in texts:
        x0, y0, x1, y1 = (float(v) for v in f.cand_box[t])
        ws = [x for x in words(f.cand_text[t]) if x.isalpha() and x not in ("my", "your", "all")]
        if not ws or len(ws) > 3 or not (y1 <= _NAV_TOP * h or x1 <= side_edge(f)) or _labels_field(f, t):
            continue
        hits = [i for i, x in enumerate(things) if any(_one_thing(x, y) for y in ws)]
        if len(things) - 1 not in hits:  # "my car rental booking" is not "Car rental"
            continue
        # the phrase's thing (its last word) first, then how many of the link's words the phrase reads
        best.append((max(hits) * 10 + 2 * len(hits) - len(ws), t))
    best.sort(reverse=True)
    if not best or (len(best) > 1 and best[1][0] == best[0][0]):
        return None
    return best[0][1]


# where a clause's thing lies now, said at its end: "Restore the photo "Harbour boats" from the trash"
_PLACE = re.compile(r"\b(?:from|in|out\s+of)\s+(?:the|my|your)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\W*$", re.I)


def place_link(f: Features, instruction: str) -> int | None:
    """The link of the place a task's first clause takes its thing from, when that thing is not shown: "Restore
    the photo "Harbour boats" from the trash" on the photo grid goes to the sidebar's "Trash" first. The one
    short text in the top bar or the left sidebar whose words are the place's, one or many ("Archived" is not
    "archive"); None when the clause names no place at its end, names a thing that is shown, or no one link
    reads it."""
    clauses = clause_spans(instruction)
    if not clauses:
        return None
    a, b = clauses[0]
    m = _PLACE.search(instruction[a:b])
    if m is None:
        return None
    place = words(m.group(1))
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    shown = [f.cand_text[t] for t in texts]
    names = [q.group(q.lastindex or 0) for q in QUOTED.finditer(instruction, a, b)] or object_names(instruction, a, b)
    if not names or any(shows(shown, words(n)) for n in names):
        return None
    links = [t for t in texts if _nav(f, t)
             and len(ws := [x for x in words(f.cand_text[t]) if x.isalpha()]) == len(place)
             and all(_one_thing(x, y) for x, y in zip(ws, place, strict=True))]
    return links[0] if len(links) == 1 else None


# a thing named outright: "the product called Wallet", "the file named 'q3.pdf'"
_CALLED = re.compile(r"\b(?:called|named|titled|labell?ed)\s+"
                     r"(?:[\"'“‘]([^\"'”’]+)[\"'”’]|([\w.'-]+(?:\s+[A-Z0-9][\w.'-]*)*))")


# a thing named in quotes after "the" or its kind: "Move the "Parking permit renewal" email …", "… to the issue
# "Webhook retries fire twice"" (not a value the task gives: "the comment "Reproduced on staging"")
QUOTED_THING = re.compile(r"\b(?:the|email|mail|issue|ticket|file|folder|document|song|track|album|playlist|"
                           r"item|product|order|task|card|row|entry|post|page|event|project|course|record)\s+"
                           r"[\"“]([^\"”]+)[\"”]", re.I)


def named_off_screen(f: Features, instruction: str, done: int) -> bool:
    """Whether the thing the step in turn names outright is missing from the screen, so what the task acts on
    is further down: a listed item ("Select White Microphone, …" clicked "Microphone"), a thing "called"
    or "named" so ("Download the product called Wallet" clicked another row's Download), or one named in
    quotes ("Move the "Parking permit renewal" email …" clicked the top mail)."""
    spans = steps(instruction)
    if spans is not None and done < len(spans) and spans[done][2]:
        item = re.split(r"\b(?:of|for|called|named)\s+", instruction[spans[done][0]:spans[done][1]])[-1]
        names = [" ".join(w for w in item.split() if w.lower() not in _FILLER)]
    else:
        clauses = clause_spans(instruction)
        if done >= len(clauses):
            return False
        a, b = clauses[done]
        names = [m.group(1) or m.group(2) for m in _CALLED.finditer(instruction, a, b)]
        names += [m.group(1) for m in QUOTED_THING.finditer(instruction, a, b)]
    names = [w for w in (words(n) for n in names) if w]
    if not names and done < len(clauses := clause_spans(instruction)) \
            and [int(k) for k in f.hist_kind[-8:]] != [ACTIONS.index("scroll")] * 8:
        # a name the clause acts on, read anywhere in a text ("Elena Petrova" in a row); 8 scrolls: the page ends
        acted_on = [n for n in object_names(instruction, *clauses[done]) if words(n)]
        if any(ID.fullmatch(n) and not _read_exactly(f.cand_text, n) for n in acted_on):
            return True  # an identifier not on screen
        if all(ID.fullmatch(n) or shows(f.cand_text, words(n)) for n in acted_on):
            return False
        # a name not on screen, unless where it is found is ("Book a Deluxe King room at the Harbour Light
        # Hotel": the hotel is opened first)
        where = [m.group() for m in PROPER.finditer(instruction, *clauses[done]) if m.group() not in acted_on]
        return not any(shows(f.cand_text, words(n)) for n in where)
    if not names:
        return False
    # shown when a text begins with the name: "Quiet Mug" is another product than "Mug"
    shown = [words(t) for t in f.cand_text]
    return not any(len(s) >= len(n) and phrase_at(s[:len(n)], n) for n in names for s in shown)


# an identifier: three digits or more, maybe after letters and a dash ("#4821", "TRK-142", "RX-20931"), or a slug
# with a digit ("db-nightly-2025-02-22", "staging-api-02"); not part of a date, a time, an amount or a longer word
ID = re.compile(r"(?<![\w/.:,£$€-])(?:#?(?:[A-Za-z]{1,6}-?)?\d{3,}(?:-\d+)*"
                r"|\d{4}(?:\.\d{1,4}){2,3}"  # (an accession no.)
                r"|[A-Z]{1,4}/\d{2,}(?:/\d+)+"  # (a council's reference: "PA/25/0142")
                r"|(?=[A-Za-z0-9_-]*\d)[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)+)(?![\w/-]|:\S|[.,]\w)")
# (a colon closing a sentence ends one: "GA-24-117: decline it please")
# a proper name: two words or more, the first capitalized, the others capitalized or with digits
_NAME_JOINS = r"of|de|del|della|di|da|du|des|der|den|la|le|van|von|and|&"  # "Casa del Sol", "Bank of Nordia"
PROPER = re.compile(rf"\b[A-Z][\w'’&.-]*(?:\s+(?:[A-Z0-9][\w'’&.-]*|{_NAME_JOINS}))*\s+[A-Z0-9][\w'’&.-]*")
# where the thing acted on ends and what is done to it begins: "Save X to your saved stays", "Assign X to Y"
_OBJECT_END = re.compile(r"\s(?:to|into|as|with|for|from|in|on|at|by|under|onto)\s", re.I)
# a clause that chooses among values (its names are options of a list that may be closed), or makes or fills
_CHOOSING = re.compile(r"[\s,;.!]*(?:(?:and|then|please|now)\s+)*(?:choose|select|pick|set|switch|change|turn|"
                       r"toggle|check|uncheck|tick|untick|type|enter|fill|write|search|filter|sort|go|navigate|"
                       r"create|new|make|compose|log|sign)\b", re.I)


def object_names(instruction: str, a: int, b: int) -> list[str]:
    """The names a clause acts on, said after its verb and before what is done to them: an identifier ("Assign
    ticket #4821 to …") or a proper name ("Save the Alpine Lodge Zermatt to your saved stays", "Star the contact
    Elena Petrova"). None for a clause that chooses, fills or makes: its names may sit in a closed list."""
    if _CHOOSING.match(instruction, a):
        return []
    m = _OBJECT_END.search(instruction, a, b)
    end = m.start() if m else b
    verb = re.match(r"[\s,;.!]*(?:(?:and|then|please|now)\s+)*\w+", instruction[a:end], re.I)
    start = a + (verb.end() if verb else 0)
    ids = [i.group() for i in ID.finditer(instruction, start, end)]
    return ids + [_untitled(n.group().rstrip(".,;:!?").removesuffix("'s").removesuffix("’s"))
                  for n in PROPER.finditer(instruction, start, end) if not ID.fullmatch(n.group())]


# a person's title before their name: "Mr Haldane" is "Gordon Haldane" on the ward's board
_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+(?=[A-Z])")


def _untitled(name: str) -> str:
    """A name without a title before it ("Mr Haldane": "Haldane"; "Dr Ann Carrow": "Ann Carrow")."""
    return _TITLE.sub("", name, count=1) if _TITLE.match(name) else name


def _read_exactly(texts: list[str], ident: str) -> bool:
    """Whether a text reads the identifier with no edit: "#4823" is another ticket than "#4821"."""
    want = ident.lstrip("#").lower()
    return any(want in {i.lstrip("#").lower() for i in ID.findall(t)} for t in texts)


def id_named(f: Features, instruction: str, q: int, done: int) -> int:
    """The one text reading the identifier the clause in turn acts on when the click ``q`` is on a text reading
    another one ("Assign ticket #4821 to Priya Shah" clicked #4823: to the text embedding, numbers that differ
    in one digit are near twins), or, as the task's first click, on another row; else ``q``."""
    clauses = clause_spans(instruction)
    n = len(f.cand_text)
    if done >= len(clauses) or q >= n:
        return q
    said = {i.lstrip("#").lower() for i in ID.findall(instruction, *clauses[done])}
    mine = {i.lstrip("#").lower() for i in ID.findall(f.cand_text[q])}
    if not said or said & mine:
        return q
    holding = [t for t in range(n) if f.cand_kind[t] == KINDS["text"]
               and said & {i.lstrip("#").lower() for i in ID.findall(f.cand_text[t])}]
    if len(holding) != 1:
        return q
    if mine:
        return holding[0]
    # the task's first click, on another row than the identifier's ("Assign TRK-142 to Maya Chen" clicked
    # Maya Cohen on TRK-139's row): the item is opened first
    if any(ACTIONS[int(k)] != "scroll" for k in f.hist_kind):
        return q
    y0, y1 = float(f.cand_box[holding[0]][1]), float(f.cand_box[holding[0]][3])
    cy = (float(f.cand_box[q][1]) + float(f.cand_box[q][3])) / 2
    return q if y0 - (y1 - y0) <= cy <= y1 + (y1 - y0) else holding[0]


# words of a clause that name no thing on screen: its verb, its kind of thing, where it stands
_NO_NAME = _FILLER | VERBS | frozenset({"go", "to", "on", "at", "in", "of", "it", "tab", "link", "icon", "menu",
                                        "page", "bottom", "end", "top", "find", "follow", "field", "section"})


def named_in_view(f: Features, instruction: str, done: int) -> int | None:
    """The text on screen that the clause in turn names whole, when the network would scroll past it: "Go to
    returns" and "click the Privacy tab" scrolled with the link and the tab in view. Only a name that one text on
    screen reads exactly (or the one text beginning with the thing the clause acts on, named in quotes or by its
    proper name), in a task that asks for no scrolling; else None."""
    clauses = clause_spans(instruction)
    if done >= len(clauses) or any(SCROLL_CLAUSE.match(instruction, a, b) for a, b in clauses):
        return None
    a, b = clauses[done]
    name = [w for w in words(instruction[a:b]) if w not in _NO_NAME]
    if not name:
        return None
    shown = [q for q, t in enumerate(f.cand_text) if f.cand_kind[q] == KINDS["text"]
             and words(t) == name]
    if len(shown) == 1:
        return shown[0]
    # the thing the clause acts on, named in quotes or by its proper name ("Reply to the "Refund not received"
    # ticket …" scrolled with that ticket in view): the one text beginning with it
    names = [words(m.group(1)) for m in QUOTED_THING.finditer(instruction, a, b)]
    names += [words(n) for n in object_names(instruction, a, b) if not ID.fullmatch(n)]
    shown = [q for q, t in enumerate(f.cand_text) if f.cand_kind[q] == KINDS["text"]
             and any(n and words(t)[:len(n)] == n for n in names)]
    return shown[0] if len(shown) == 1 else None


def named_text(f: Features, instruction: str, q: int, done: int) -> int:
    """The one text the clause in turn names whole when the network's click ``q`` shares no word with that
    clause ("… and sort the results by Fastest" clicked the site's Hotels/Flights tabs): a text of words the
    clause says together, one of them a name (four letters or more, not a verb or a kind of thing), the
    longest such and shown once ("Non-stop only" over the results' "Non-stop" tags); else ``q``."""
    clauses = clause_spans(instruction)
    if done >= len(clauses) or q >= len(f.cand_text) or f.cand_kind[q] == KINDS["component"]:
        return q  # (an icon the network chose: "Close Weather" is its window's ×)
    said = words(instruction[slice(*clauses[done])])
    mine = words(f.cand_text[q])
    if f.cand_kind[q] == KINDS["input"]:  # a field by its label, wherever left of it on its row stands
        x0, y0, _, y1 = (float(v) for v in f.cand_box[q])  # ("Switch the language to …" opens Language's list)
        row = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
               and float(f.cand_box[t][2]) <= x0 + 4 and f.cand_box[t][1] <= (y0 + y1) / 2 <= f.cand_box[t][3]]
        mine += [w for t in row[-1:] + sorted(row, key=lambda t: -float(f.cand_box[t][2]))[:1]
                 for w in words(f.cand_text[t])]
    if (set(mine) & set(with_synonyms(said)) or not any(len(w) >= 3 and w.isalpha() for w in mine)
            or set(said) & set(ORDINAL_WORDS) or any(len(_items(instruction, a, b)) > 1 for a, b in clauses)):
        # it shares a word (or a synonym: "Delete" for remove); or a clause counts ("the first option under
        # Backups") or lists items
        return q
    found = {}
    for t in range(len(f.cand_text)):
        ws = words(f.cand_text[t])
        if (f.cand_kind[t] == KINDS["text"] and ws and all(phrase_at(said, [w]) for w in ws)
                and any(len(w) >= 4 and w not in _NO_NAME for w in ws)):
            found.setdefault(" ".join(ws), []).append(t)
    longest = max((len(k.split()) for k in found), default=0)
    top = [ts for k, ts in found.items() if len(k.split()) == longest]
    return top[0][0] if len(top) == 1 and len(top[0]) == 1 else q


# a clause that goes to a part of a site by its name: "Open the Desserts category", "go to the Soups section"
_SECTION = re.compile(r"\b(category|categories|section)\b", re.I)


def section_link(f: Features, instruction: str, q: int, done: int) -> int:
    """The navigation link of a category the clause in turn opens ("Open the Desserts category") when the
    network's click ``q`` is on a text reading that name that is not the topmost one: cards repeat their
    category as a badge ("Desserts" on a tart's photo, which opens the tart), the site's menu stands above them;
    else ``q``."""
    clauses = clause_spans(instruction)
    if q >= len(f.cand_text) or f.cand_kind[q] != KINDS["text"] or done >= len(clauses):
        return q
    clause = instruction[slice(*clauses[done])]
    name = words(f.cand_text[q])
    if not _SECTION.search(clause) or not name or not phrase_at(words(clause), name):
        return q
    same = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t]) == name]
    return min(same, key=lambda t: (float(f.cand_box[t][1]), float(f.cand_box[t][0])))


_LEAD = r"[\s,;.!]*(?:(?:and|then|please|now|also)\s+)*"
_KIND = r"(?:\s+(?:dropdown|menu|list|group|field|box|select|selector|section|setting|options?|choices?))?"
# a clause that chooses an option of a named group: "pick the Lyon option for Privacy", "select "Edinburgh" in
# Humidity", "choose Mirror from the Delivery note dropdown"; or sets a named group to one: "set the Distance
# dropdown to Toronto"
_CHOICE = re.compile(_LEAD + r"(?:choose|select|pick)\s+(?:the\s+)?(?P<z>.+?)(?:\s+(?:option|choice))?\s+"
                     r"(?:under|as|for|in|from)\s+(?:the\s+|my\s+|your\s+)?(?P<w>.+?)" + _KIND + r"\W*$", re.I)
_SET_TO = re.compile(_LEAD + r"(?:set|change|switch)\s+(?:the\s+|my\s+|your\s+)?(?P<w>.+?)" + _KIND +
                     r"\s+to\s+(?P<z>.+?)\W*$", re.I)


# words that name no group of the page ("select it in the list")
_PLACES = frozenset({"list", "page", "screen", "results", "result", "table", "menu", "dropdown", "form", "row", "it",
                     "this", "that", "one", "here", "there"})


def _on_screen(f: Features, name: list[str]) -> bool:
    """Whether some text on screen reads ``name`` (one OCR edit a word allowed, or glued into a longer text)."""
    if shows(f.cand_text, name):
        return True  # (a label wrapped onto two lines is two texts: "Project" over "name")
    shown = [words(t) for t in f.cand_text]
    return all(any(phrase_at(ws, [w]) for ws in shown) for w in name)


def group_off_screen(f: Features, instruction: str, done: int) -> bool:
    """Whether the clause in turn chooses an option of a group it names ("pick the Lyon option for Privacy",
    "set the Distance dropdown to Toronto") while neither the group's name nor the option shows anywhere on
    screen: the group is further down (the network typed the option into the nearest field). Not after three
    scrolls in a row: the page may end there."""
    clauses = clause_spans(instruction)
    if done >= len(clauses) or [int(k) for k in f.hist_kind[-3:]] == [ACTIONS.index("scroll")] * 3:
        return False
    a, b = clauses[done]
    m = _CHOICE.match(instruction, a, b) or _SET_TO.match(instruction, a, b)
    if m is None:
        return False
    group, option = words(m.group("w")), words(m.group("z"))
    if not group or not option or len(group) > 4 or len(option) > 4 or set(group) <= _PLACES \
            or set(group) & {"of", "for", "in", "on", "at", "with", "row"}:  # "the password of Nina": a row's field
        return False
    return not _on_screen(f, group) and not _on_screen(f, option)


def chosen_option(instruction: str, a: int, b: int) -> tuple[int, int]:
    """The option a choosing clause names when the span to type [a, b) is its group's name instead ("Pick
    "Wallet" for Distance" typed "Distance" into the Distance select): the option's span, unquoted; else
    [a, b)."""
    for s, e in clause_spans(instruction):
        if not s <= a < e:
            continue
        m = _CHOICE.match(instruction, s, e) or _SET_TO.match(instruction, s, e)
        if m is None or not (m.start("w") <= a and b <= m.end("w")):
            return a, b
        z0, z1 = m.span("z")
        while z1 - z0 > 2 and instruction[z0] in "\"'“‘" and instruction[z1 - 1] in "\"'”’":
            z0, z1 = z0 + 1, z1 - 1
        return z0, z1
    return a, b


_TOOL = re.compile(r"[\s,;.!]*(?:(?:and|then|please|now)\s+)*(?:click|press|hit|tap|use)\s+(?:on\s+)?(?:the\s+)?"
                   r"(\w+)\s+(?:icon|button|tool)?\s*(?:(?:in|on)\s+the\s+toolbar)?\W*$", re.I)


def icon_named(f: Features, instruction: str, q: int, done: int) -> int:
    """The one glyph that draws the tool the clause in turn presses by name when no text on screen reads that
    name (an icon-only toolbar): "Press the Help icon" clicked the "X" beside "?", "Click the Menu button in
    the toolbar" a triangle beside "☰" (OCR reads it "三"); else ``q``."""
    clauses = clause_spans(instruction)
    if done >= len(clauses):
        return q
    m = _TOOL.match(instruction, *clauses[done])
    glyphs = ICON_GLYPHS.get(m.group(1).lower(), "") if m else ""
    if not glyphs or any(m.group(1).lower() in words(t) for t in f.cand_text):
        return q
    drawn = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
             and (s := f.cand_text[t].strip()) and all(ch in glyphs or not ch.strip() for ch in s)]
    return drawn[0] if len(drawn) == 1 and q not in drawn else q


_MENU = re.compile(r"\b(?:the\s+)?([A-Z][\w-]*)\s+menu\b")


def menu_title(f: Features, instruction: str, q: int, done: int) -> int:
    """The menu bar's text holding the name of the menu the clause in turn opens ("Open the View menu and choose
    White Archive", "choose View > Quiet Join") when the click ``q`` is on no text holding it: OCR reads a menu
    bar as one text ("File Edit View Help"), which no rule finds by a name alone (the point then moves onto the
    word). The topmost such text; else ``q``."""
    clauses = clause_spans(instruction)
    if done >= len(clauses):
        return q
    a, b = clauses[done]
    m = _MENU.search(instruction, a, b)
    if m is not None:
        name = m.group(1).lower()
    elif re.match(r"\s*[>›→]", instruction[b:]) and words(instruction[a:b]):
        name = words(instruction[a:b])[-1]  # "choose View" before "> Quiet Join"
    else:
        return q
    n = len(f.cand_text)
    if q < n and name in words(f.cand_text[q]):
        return q
    holding = [t for t in range(n) if f.cand_kind[t] == KINDS["text"] and name in words(f.cand_text[t])]
    return min(holding, key=lambda t: (float(f.cand_box[t][1]), float(f.cand_box[t][0]))) if holding else q


def dated_row(f: Features, instruction: str) -> int | None:
    """The date of the one row the task's thing is on, said by its day ("move Anita Patel's appointment tomorrow
    to Friday the 14th": on her record's "Appointments" tab, "Thu 13 Mar" of a page reading "Wed 12 March
    2025"), on a list showing no button for the verb and no row menus: the row is opened to act on it. The day
    is "today"/"tomorrow" or a day and month said before any "to" ("… on 22 March"), read in a row's cell (three
    more texts on its line, not a day's tab: "cancel tomorrow's 21:15 Nosferatu"); None before anything was
    done, once the date was clicked, or where no one text reads it."""
    lead = _lead(instruction, _MENU_VERBS | {"change", "update"})
    if lead is None or not len(f.hist_kind) or _has_menus(f):
        return None
    a, b, m = lead
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    if _verb_shown(f, texts, set(with_synonyms([m.group(1).lower()]))):
        return None
    if (near := _NEXT_DAY.search(instruction, a, b)) is not None and (today := page_today(f)) is not None:
        found = [t for t in texts if _day_shown(today, near.group(1)).search(f.cand_text[t])]
    elif (day := _said_day(instruction, a, b)) is not None:
        found = [t for t in texts if _reads_day(f, day, [t])]
    else:
        return None
    mid = (f.cand_box[:, 1] + f.cand_box[:, 3]) / 2
    dates = [t for t in texts if re.search(r"\b\d{1,2}\s+[A-Z][a-z]{2}\b|\b[A-Z][a-z]{2}\s+\d{1,2}\b", f.cand_text[t])]
    found = [t for t in found if float(f.cand_box[t][0]) > side_edge(f) and not _nav(f, t)
             and sum(abs(float(mid[u] - mid[t])) <= 8 * f.scale for u in texts) >= 4
             and sum(abs(float(mid[u] - mid[t])) <= 8 * f.scale for u in dates) == 1]  # (a row's cell, not a
    # strip of days' tabs)
    return found[0] if len(found) == 1 and not clicked_in(f, found[0], ever=True) else None


def _capital_names(instruction: str, a: int, b: int, least: int) -> list[list[str]]:
    """The words of each run of capitalised words between ``a`` and ``b`` whose first has ``least`` letters or
    more, outside quotes (a note's words name nothing) and not a day or a month ("take Hammond out of service
    with the note "Cracked …"": Hammond)."""
    bare = QUOTED.sub(" ", instruction[a:b])
    found = re.findall(rf"\b(?-i:[A-Z][a-z]{{{least - 1},}})(?:\s+(?-i:[A-Z][a-z]+))*", bare)
    return [words(n) for n in found if not _WEEKDAY.fullmatch(n.split()[0]) and not _MONTH_NAME.fullmatch(n.split()[0])]


def column_section(f: Features, instruction: str) -> int | None:
    """The section a thing's column names, on a first step: "Hammond has a cracked bow rigger. Please take it
    out of service …" on a list of outings where Hammond stands only under the column headed "BOAT": the
    sidebar's "Boats" (the boat's own record is there, the outing's buttons act on outings). The thing is the
    clause's proper name; its column's head, the short text over it on the table's header line (three texts or
    more); the link, a short text of the site's bar or sidebar reading that head or its plural. None where the
    verb's button shows, the name is no table's, or no one link fits."""
    lead = _lead(instruction, frozenset(_COMMANDS) - BRINGS_NEW)
    if len(f.hist_kind) or lead is None or _has_menus(f):
        return None  # (rows with menus act on their own thing: "Mrs Maureen Doyle" under "Patient" in a diary; a
        # new thing is made where the page shows: "Create a new bug called …")
    a, b, m = lead
    names = _capital_names(instruction, m.end(), b, 4)
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    if not names or _verb_shown(f, texts, set(with_synonyms([m.group(1).lower()]))):
        return None
    mid = {t: (float(f.cand_box[t][1]) + float(f.cand_box[t][3])) / 2 for t in texts}
    heads = set()
    for t in texts:
        if _nav(f, t) or not any(phrase_at(words(f.cand_text[t]), n) for n in names):
            continue
        over = [h for h in texts if h != t and mid[h] < mid[t] and not _nav(f, h)
                and abs(float(f.cand_box[h][0] - f.cand_box[t][0])) <= 12 * f.scale
                and len(words(f.cand_text[h])) == 1 and words(f.cand_text[h])[0].isalpha()
                and sum(abs(mid[u] - mid[h]) <= 8 * f.scale for u in texts) >= 4]
        if over:
            heads.add(words(f.cand_text[min(over, key=lambda h: mid[h])])[0])  # (the top one: its head)
    if len(heads) != 1:
        return None
    head = heads.pop()
    links = [t for t in texts if _nav(f, t) and _latin(f.cand_text[t]) in ([head], [head + "s"], [head + "es"])]
    return links[0] if len(links) == 1 else None


def card_button(f: Features, instruction: str) -> int | None:
    """The button on the named thing's card that reads the clause's verb: "take Hammond out of service …" on a
    grid of boats' cards, each with its own "Take out of service": Hammond's, under its title in its column
    (its left edge within 30 CSS px of the title's, the nearest of those 200 px under it at most). The thing is a
    capitalised name of the clause read as a card's title; pressed once; None where no one fits, or where the
    page has one such button only (its own)."""
    lead = _lead(instruction, frozenset(_COMMANDS))
    if lead is None:
        return None
    a, b, m = lead
    verb = m.group(1).lower()
    names = _capital_names(instruction, m.end(), b, 3)
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    buttons = [t for t in texts if 2 <= len(ws := _latin(f.cand_text[t])) <= 5 and ws[0] == verb and buttoned(f, t)]
    if len(buttons) < 2 or not names:
        return None  # (one such button is the page's own: the network's)
    titles = [t for t in texts if not _nav(f, t) and any(_latin(f.cand_text[t])[:len(n)] == n for n in names)]
    found = []
    for t in titles:
        x0, y1 = float(f.cand_box[t][0]), float(f.cand_box[t][3])
        under = [u for u in buttons if abs(float(f.cand_box[u][0]) - x0) <= 30 * f.scale
                 and 0 < float(f.cand_box[u][1]) - y1 <= 200 * f.scale]
        if under:
            found.append(min(under, key=lambda u: float(f.cand_box[u][1])))
    return found[0] if len(set(found)) == 1 and not clicked_in(f, found[0], ever=True) else None


def _opened_menu(f: Features) -> list[int]:
    """The entries of the menu the last click opened, top to bottom: that click pressed a row's dots or an
    "Actions ▾" button still shown, and three or more short texts stand on one left edge under it, each at
    most 45 CSS px under the one before, the first at most 60 under the click (else over it, the last at most
    60 over the click: a menu opened upwards low on the screen). Empty where there is none."""
    if not len(f.hist_kind) or ACTIONS[int(f.hist_kind[-1])] != "click":
        return []
    x, y = acted_at(f)
    dots = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and f.cand_text[t].strip()
            and (MORE.fullmatch(f.cand_text[t].strip()) or _ACTIONS_BUTTON.fullmatch(f.cand_text[t]))]
    if not any(within_box((x, y), f.cand_box[t]) for t in dots):
        return []
    worded = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    near = sorted((t for t in worded if 0 < float(f.cand_box[t][1]) - y <= 400 * f.scale
                   and abs(float(f.cand_box[t][0] + f.cand_box[t][2]) / 2 - x) <= 300 * f.scale
                   and 1 <= len(_latin(f.cand_text[t])) <= 4), key=lambda t: float(f.cand_box[t][1]))
    stack = near[:1] if near and float(f.cand_box[near[0]][1]) - y <= 60 * f.scale else []
    for t in near[1:] if stack else []:
        if _on_edge(f, t, stack[0]) and 0 < float(f.cand_box[t][1] - f.cand_box[stack[-1]][1]) <= 45 * f.scale:
            stack.append(t)
    if len(stack) >= 3:
        return stack
    # a menu opened upwards, the dots low on the screen: its last entry ends at most 60 CSS px over the click
    above = sorted((t for t in worded if 0 < y - float(f.cand_box[t][3]) <= 400 * f.scale
                    and abs(float(f.cand_box[t][0] + f.cand_box[t][2]) / 2 - x) <= 300 * f.scale
                    and 1 <= len(_latin(f.cand_text[t])) <= 4), key=lambda t: -float(f.cand_box[t][3]))
    for k, first in enumerate(above):  # (the row's own second line may end just over the dots: "Waiting parts"
        if y - float(f.cand_box[first][3]) > 60 * f.scale:  # beside "for KMC Z8 chain"; a later start then)
            break
        stack = [first]
        for t in above[k + 1:]:
            if _on_edge(f, t, stack[0]) and 0 < float(f.cand_box[stack[-1]][1] - f.cand_box[t][1]) <= 45 * f.scale:
                stack.append(t)
        if len(stack) >= 3:
            return stack[::-1]
    return []


def _on_edge(f: Features, t: int, u: int) -> bool:
    """Whether text ``t`` starts on the left edge of text ``u`` (8 CSS px), or reads a lone sign OCR joined on
    from behind the menu and then its words on that edge ("£ Record payment…" over a row's "£138.75")."""
    x0, ux0 = float(f.cand_box[t][0]), float(f.cand_box[u][0])
    return abs(x0 - ux0) <= 8 * f.scale or (
        x0 < ux0 and float(f.cand_box[t][2]) > ux0 + 30 * f.scale
        and re.match(r"[^\w\s]\s", f.cand_text[t]) is not None)


def menu_cut(f: Features, instruction: str) -> bool:
    """Whether the row menu the last click opened runs off the screen's foot with no entry for the verb yet:
    "cancel FR-2307? …" opened the row's "⋯" low on the list, whose menu shows "View details … Mark collected"
    down to the edge; the rest ("Cancel order…") is scrolled into view, not guessed at."""
    if (lead := _lead(instruction, _MENU_VERBS | {"mark"})) is None or not (stack := _opened_menu(f)):
        return False
    says = set(with_synonyms([lead[2].group(1).lower()]))
    return not any(_latin(f.cand_text[t])[0] in says for t in stack) \
        and float(f.cand_box[stack[-1]][3]) >= f.frame_size[1] - 16 * f.scale


def _menu_panel(f: Features) -> list[int]:
    """The entries of the menu the last click opened, top to bottom: that click pressed a row's dots or an
    "Actions ▾" button, and a drawn box (no text of its own; at most 400 CSS px wide) starts just under it (the
    box may take in the button pressed) or ends just over it (a menu opened upwards). Its entries: two or more
    short texts on one left edge, one under another (a box drawn round a card's lines as well holds those too:
    the edge nearest the click counts). A card's own lines beside the dots stand in no such box."""
    if not len(f.hist_kind) or ACTIONS[int(f.hist_kind[-1])] != "click":
        return []
    x, y = acted_at(f)
    if not any(within_box((x, y), f.cand_box[t]) for t in range(len(f.cand_text))
               if f.cand_kind[t] == KINDS["text"] and f.cand_text[t].strip()
               and (MORE.fullmatch(f.cand_text[t].strip()) or _ACTIONS_BUTTON.fullmatch(f.cand_text[t]))):
        return []
    worded = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    s = f.scale
    for p in sorted((p for p in range(len(f.cand_box)) if f.cand_kind[p] != KINDS["text"]),
                    key=lambda p: abs(float(f.cand_box[p][1]) - y)):
        x0, y0, x1, y1 = (float(v) for v in f.cand_box[p])
        if not (-40 * s <= y0 - y <= 60 * s or 0 <= y - y1 <= 20 * s) or x1 - x0 > 400 * s \
                or x1 - x0 < 60 * s or not x0 - 200 * s <= x <= x1 + 200 * s:
            continue
        down = y0 - y >= -40 * s and y1 > y
        held = [t for t in worded if within_box(((f.cand_box[t][0] + f.cand_box[t][2]) / 2,
                                                 (f.cand_box[t][1] + f.cand_box[t][3]) / 2), f.cand_box[p])]
        inside = [t for t in held
                  if (float(f.cand_box[t][1]) >= y + 5 * s if down else float(f.cand_box[t][3]) <= y - 5 * s)]
        for k in sorted({round(float(f.cand_box[t][0]) / (8 * s)) for t in inside}, key=lambda k: abs(k * 8 * s - x)):
            stack = sorted((t for t in inside if abs(float(f.cand_box[t][0]) - k * 8 * s) <= 8 * s),
                           key=lambda t: float(f.cand_box[t][1]))
            if len(stack) >= 2 and all(len(_latin(f.cand_text[t])) <= 5 for t in stack) \
                    and all(float(f.cand_box[u][1] - f.cand_box[t][1]) >= 10 * s for t, u in pairwise(stack)) \
                    and not any(t not in stack and abs(float(f.cand_box[t][0]) - k * 8 * s) <= 8 * s for t in held):
                return stack  # (a card's lines go on over the click, its title on their edge: no menu)
    return []


# a customer's yes told as a story: "He's happy for us to go ahead with the full service"
_GO_AHEAD = re.compile(r"\b(?:go(?:es)?\s+ahead|happy\s+(?:for\s+us\s+)?to\s+(?:go|proceed)|(?:has|have)\s+(?:just\s+)?"
                       r"(?:accepted|approved|agreed\s+to|said\s+yes\s+to))\b", re.I)  # ("The Hartleys have said yes
# to the conservatory roof quote")


# a thing told sold: "lot 6 has just gone to Dales Beef at £1,180", "it went for £40", "sold to …"
_SOLD_TO = re.compile(r"\b(?:gone|went|sold|knocked\s+down)\s+(?:\w+\s+){0,2}?(?:to\s+(?-i:[A-Z])|for\s+£)", re.I)


def menu_entry(f: Features, instruction: str, told: str, kind: str, top: int) -> int | None:
    """The entry of the menu just opened that means most what the task asks, read by meaning (the task's word
    vectors against each entry's sentence vector): "Daisy's … can you check her in?" picks "Check in" of
    "View details, Check in, Complete & take payment, Reschedule…", where no entry starts with the task's verb
    as written. The menu is the panel drawn round its entries, else the stack of entries under the click
    (``_opened_menu``). Where no entry stands clear of the others, the one "Edit …" entry (the record's own
    form: "put them on hold …" on "Mark cleaned, Skip this visit…, Record payment…, Edit customer…"). None
    where no menu is open, one cut by the screen's foot (``menu_cut``), or where the network clicks an entry
    itself (``top``, one standing on the entries' left edge: a panel OCR cut short may miss some)."""
    if not (stack := _menu_panel(f) or _opened_menu(f)) or not len(f.ins_emb) or menu_cut(f, instruction):
        return None  # (a menu cut by the screen's foot is scrolled first: its verb's entry may be under it)
    act = told  # (what the story tells of this row alone, for its meaning read below)
    if (later := _two_acts(told)) is not None and _later_row(f, told, later):
        told = instruction = act = told[later:]  # (the menu of the row the later act names: "… Oh, and the
        # Bradburys' car has packed up … Can you move their collection?" is no "Hand over…" of Mrs Oakley's order)
    elif later is not None:
        act = told[:later]  # (the first act's row: "Dan's just brought the Kawai back …", not "… Oh, and Mr
        # Osei's April rental came in …")
    if (own := numbered_telling(f, told)) is not told:
        told = instruction = act = own  # (what the story tells of the numbered row whose menu this is: "lot 6 has
        # just gone to …", not "… put it down as unsold" of lot 7)
    if kind == "click" and top < len(f.cand_box) and (top in stack or (
            abs(float(f.cand_box[top][0] - f.cand_box[stack[0]][0])) <= 8 * f.scale
            and float(f.cand_box[stack[0]][1]) - 60 * f.scale <= float(f.cand_box[top][1])
            <= float(f.cand_box[stack[-1]][3]) + 60 * f.scale)):
        return None
    stack = [t for t in stack if "not" not in (e := words(f.cand_text[t]))[:-1] or re.search(
        rf"\bnot\s+{re.escape(e[e.index('not') + 1])}", told, re.I)]  # (an entry undoing a state the story
    # never denies: "Mark not collected" for "Mrs Oakley's just been in for her order")
    for happened, stems in ((_SOLD_TO, ("sale", "sell", "sold")), (_PAID_IN, ("pay", "paid")),
                            (_BROUGHT_BACK, ("return", "collect")), (_ARRIVED, ("arriv", "receiv"))):
        # the one entry naming what the act tells happened: "lot 6 has just gone to Dales Beef at £1,180 a head":
        # "Record sale…" (not "Mark unsold"); "Mr Osei's April rental came in by bank transfer": "Record
        # payment…"; "Dan's just brought the Kawai back": "Record collection…" (not "Edit hire…")
        if happened is _PAID_IN and _CAME_FOR.search(act):
            continue  # (one come for her order pays as it is handed over: "Mrs Oakley's just been in for her order
            # … and she paid the rest on her card" is "Hand over…")
        if happened.search(act) and len(hit := [t for t in stack if any(
                w.startswith(stems) for w in words(f.cand_text[t]))]) == 1:
            return hit[0]
    v = f.ins_emb.mean(0)
    v = v / (np.linalg.norm(v) or 1.0)
    ws = words(instruction)
    lead = next((w for w in ws if w not in POLITE and w.isalpha()), "")
    verbs = {w[:5] for w in with_synonyms([lead])} if lead else set()
    said = {w[:5] for w in ws + words(told)}  # (the story's words too: "The Lockwood delivery has just arrived …
    # book them into stock": "Receive delivery…")
    led = [t for t in stack if (e := [w for w in words(f.cand_text[t]) if w.isalpha()]) and e[0][:5] in verbs]
    if len(led) == 1:
        return led[0]  # the one entry the task's verb leads: "query TS-9108 with the note "Hours exceed …"":
        # "Query with client…", though the story speaks of hours ("Correct hours…")
    if _GO_AHEAD.search(told) and len(yes := [t for t in stack if {w[:6] for w in words(f.cand_text[t])}
                                               & {"approv", "accept"}]) == 1:
        return yes[0]  # "He's happy for us to go ahead with the full service …": "Record customer approval…"
    asked = {w[:5] for w in ws if len(w) >= 3}
    if len(led) > 1 and len(rest := [t for t in led if any(
            w[:5] in asked for w in words(f.cand_text[t])[1:] if len(w) >= 3 and w.isalpha())]) == 1:
        return rest[0]  # of those, the one whose other words the command says: "mark … as ready" is "Mark
        # ready…", not "Mark collected" the story speaks of ("she'll come and collect them on Saturday")
    sims = sorted(((float(f.cand_emb[t] @ v) + _said_share(f.cand_text[t], verbs, said), t) for t in stack
                   if f.cand_emb[t].any()), reverse=True)
    if not sims or sims[0][0] < MENU_MEANT or len(sims) > 1 and sims[0][0] - sims[1][0] < MENU_CLEAR:
        told_verbs = {w[:5] for v in words(told) if v in _STORY_ROW_VERBS for w in with_synonyms([v])} | (
            {"compl"} if re.search(r"\bas\s+(?:done|finished|complete|completed)\b", told, re.I) else set()) | (
            {"retur"} if _BROUGHT_BACK.search(told) else set()) | (
            {"colle", "hand"} if _CAME_FOR.search(told) else set())
        # ("Can you mark the visit as done?": "Complete visit…"; "… just been in for her order": "Hand over…")
        if len(led := [t for t in stack if (e := [w for w in words(f.cand_text[t]) if w.isalpha()])
                       and e[0][:5] in told_verbs]) == 1:
            return led[0]  # the one entry a verb of the story leads: "… can the visit move to Friday afternoon
            # instead?": "Reschedule…" of "Complete visit…, Reschedule…, Edit notes…, Cancel visit…"
        if len(led) > 1 and (q := _row_sentence_entry(f, stack, led, told)) is not None:
            return q  # two acts told, one per thing: "Kit's finished the mainsail off Moonraker … The boom
            # cover … cancel that job" on Moonraker's mainsail row: "Finish work…", not "Cancel job…"
        if (q := _named_entry(f, stack, told)) is not None:
            return q  # the one entry naming a thing the story speaks of: "Carl has sent in his timesheet …":
            # "Record timesheet…" of "Edit booking…, Assign interpreters…, Record timesheet…, Cancel booking…"
        return _own_form_entry(f, stack)  # no entry meant: the record's own form ("put them on hold until
        # …": "Edit customer…", its status there)
    if _UNDOES.match(f.cand_text[sims[0][1]]) and not (
            {w[:5] for w in with_synonyms([words(f.cand_text[sims[0][1]])[0]])} & {w[:5] for w in words(told)}):
        return _own_form_entry(f, stack)  # an entry that undoes the thing, its verb never said: "… so their
        # move goes back a day" is no "Cancel move…" (the record's "Open" instead)
    return sims[0][1]


def _later_names(f: Features, told: str, later: int) -> set[str]:
    """The names only the later of a story's two acts tells in its first clause (``_story_marks`` less days): "…
    Oh, and the Bradburys' car has packed up, so …": "bradburys" (not one who agrees to it later: "… and
    Colin's agreed")."""
    rest = re.sub(r"^\W*(?:oh,?\s+)?(?:and|also)\s+", "", told[later:], flags=re.I)
    clause = re.split(r"[,.;:!?]", rest, maxsplit=1)[0]
    return {m for m in _story_marks(f, clause) if not re.fullmatch(r"[a-z]{3}", m)} - _story_marks(f, told[:later])


def _later_row(f: Features, told: str, later: int) -> bool:
    """Whether the last click (a row's menu dots) was on the row of one only the later of a story's two acts
    names (its texts on the click's line, left of it)."""
    if not len(f.hist_kind) or ACTIONS[int(f.hist_kind[-1])] != "click":
        return False
    x, y = acted_at(f)
    anew = _later_names(f, told, later)
    shown = {w for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and float(f.cand_box[t][2]) < x
             and abs(float(f.cand_box[t][1] + f.cand_box[t][3]) / 2 - y) <= 24 * f.scale
             for w in _latin(f.cand_text[t])}
    return bool(anew) and _marks_shown(anew, shown) > 0


# menu entries that undo or destroy the record: never chosen by likeness alone
_UNDOES = re.compile(r"\W*(?:cancel|delete|remove|void|refund|archive|retire|withdraw|close|discard)\b", re.I)


def _row_sentence_entry(f: Features, stack: list[int], led: list[int], told: str) -> int | None:
    """Of the entries led by verbs the story tells, the one whose verb's sentence names the row the menu was
    opened on (the texts within a row's height of the click that opened it) more than any other entry's
    sentence does."""
    if not len(f.hist_kind) or ACTIONS[int(f.hist_kind[-1])] != "click" or not f.hist_box[-1].any():
        return None
    y = float(f.hist_box[-1][1] + f.hist_box[-1][3]) / 2
    in_menu = set(stack)
    row = {w for t in range(len(f.cand_text)) if t not in in_menu and f.cand_kind[t] == KINDS["text"]
           and float(f.cand_box[t][1]) - 24 * f.scale <= y <= float(f.cand_box[t][3]) + 24 * f.scale
           for w in words(f.cand_text[t]) if len(w) >= 4 and w.isalpha()}
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", told) if s]
    scores = []
    for t in led:
        verb = next(w for w in words(f.cand_text[t]) if w.isalpha())[:5]
        hits = [s for s in sentences if any(w[:5] == verb or verb in {x[:5] for x in with_synonyms([w])}
                                            for w in words(s))]
        scores.append(max((len(row & set(words(s))) for s in hits), default=0))
    best = max(scores)
    return led[scores.index(best)] if best and scores.count(best) == 1 else None


def _named_entry(f: Features, stack: list[int], told: str) -> int | None:
    """The menu's one entry whose thing (a word after its verb, six letters or more) the story says, read by
    its first six letters; never one that undoes the record."""
    ws = set(words(told))
    said = {w[:6] for w in ws if len(w) >= 6 and w.isalpha()}
    found = [t for t in stack if not _UNDOES.match(f.cand_text[t]) and any(
        len(w) >= 6 and w.isalpha() and (w[:6] in said or any(_doing_of(x, w) for x in ws))
        for w in words(f.cand_text[t])[1:])]  # (or its doing: "the press": "Record pressing…")
    return found[0] if len(found) == 1 else None


def _own_form_entry(f: Features, stack: list[int]) -> int | None:
    """The menu's one entry opening the record's own form ("Edit customer…", else "Open"), not clicked before."""
    for lead in (["edit"], ["open"]):
        found = [t for t in stack if words(f.cand_text[t])[:1] == lead and len(words(f.cand_text[t])) <= 3]
        if found:
            return found[0] if len(found) == 1 and not clicked_in(f, found[0], ever=True) else None
    return None


def _said_share(text: str, verbs: set[str], said: set[str]) -> float:
    """What an entry's words said in the task add to its likeness: its first word the verb the task leads
    with, and the share of its other words (three letters or more) the task says too, read by their first five
    letters."""
    ws = [w for w in words(text) if len(w) >= 3 and w.isalpha()]
    if not ws:
        return 0.0
    return MENU_VERB * (ws[0][:5] in verbs) + MENU_WORD * sum(w[:5] in said for w in ws) / len(ws)


MENU_MEANT, MENU_CLEAR = 0.2, 0.05  # the least likeness an entry chosen shows, and its lead over the next
MENU_VERB, MENU_WORD = 0.2, 0.1  # what an entry's verb and its words said in the task add to its likeness


_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_NAMES = ("january", "february", "march", "april", "june", "july", "august", "september", "october",
                "november", "december")
# capitalised words of a story that name nothing on a row
_NOT_NAMES = frozenset({"please", "can", "could", "would", "will", "the", "a", "an", "oh", "hi", "hello", "new",
                        "great", "and", "but", "so", "she", "he", "they", "it", "we", "i", "our", "their", "her",
                        "his", "its", "my", "mr", "mrs", "ms", "miss", "dr", "same", "thanks", "just", "also"})


# where a change sends its thing ("move his sweep to Wednesday the 22nd", "give it to Tomasz instead"): the new
# value, which the row does not show yet
_TO_NEW = re.compile(r"\b(?:move|moved|moving|reschedule|give|switch|change|upgrade|transfer|reassign|swap|push|"
                     r"bring)\b[^.,;:!?]{0,40}?\bto\s+(?:[A-Z][\w'’-]*\s*)+|(?:[A-Z][\w'’-]*\s+)+instead\b")


def _story_marks(f: Features, told: str) -> set[str]:
    """What a row the story speaks of would show: its capitalised names ("Linh", "nguyen", "luna"), its days
    and months by their first three letters ("sat"), "today" or "tomorrow" as the page's own day's weekday,
    and identifiers; lower case."""
    marks: set[str] = set()
    for w in re.findall(r"(?<![\w'’-])[A-Z][\w'’-]*", _TO_NEW.sub(" ", told)):
        w = re.sub(r"['’]s$|(?<=s)['’]$", "", w).lower()  # (a possessive, a family's too: "the Bradburys' car")
        if w in _NOT_NAMES or w in _MENU_VERBS or w in _STORY_ROW_VERBS or w in POLITE or len(w) < 3 \
                or re.search(r"['’]", w):  # (a sentence's first word: "Move", "I've")
            continue
        marks.add(w[:3] if w in _DAY_NAMES or w in _MONTH_NAMES else w)
    if (said := _NEXT_DAY.search(told)) is not None and (today := page_today(f)) is not None:
        marks.add((today + timedelta(days=1 if said.group(1).lower() == "tomorrow" else 0)).strftime("%a").lower())
    return marks | {c.group().lower() for c in _CODE.finditer(told)}


def _marks_shown(marks: set[str], shown: set[str]) -> int:
    """How many of a story's marks a row's or an item's words show (a day or month by its first three letters:
    "sat" in "Sat 14 Jun")."""
    return sum(any(w == m or len(m) == 3 and w[:3] == m or len(m) > 4 and m[-1] == "s" and w == m[:-1]
                   for w in shown) for m in marks)  # (a family by its plural: "The Pritchards", "Alex Pritchard")


# the verbs a story asks of a row it has told of, through its menu (not a new thing's: "book", "place", …; not
# those rows show buttons for: "approve", …)
_STORY_ROW_VERBS = frozenset({"cancel", "reschedule", "move", "withdraw", "check", "mark", "refund", "postpone",
                              "extend", "suspend", "pause", "resume", "archive", "close", "reopen", "void", "defer",
                              "query", "dispute", "discharge", "waive", "remove", "delete", "freeze", "renew",
                              "finished", "accepted"})  # (a job told done: "The Hanley Builders Transit in bay 3
# is finished"; a quote answered: "Mrs Adeyemi has accepted our quote …": "Accept & schedule…")


def searched_first(f: Features) -> bool:
    """Whether the one step so far typed (the story's name into the list's search box)."""
    return [ACTIONS[int(k)] for k in f.hist_kind] == ["type"]


# a thing told brought back: "The Hendersons have just brought Heron back", "the van came back this morning"
_BROUGHT_BACK = re.compile(r"\b(?:brought|bring|brings|came|come|comes|got|gets)\s+(?:[\w'’]+\s+){0,2}?back\b", re.I)
# a customer come to take their things away: "Mr Fenwick's here for his brogues", "she's in to pick up her coat"
_CAME_FOR = re.compile(r"(?:\b(?:is|are)|['’]s|['’]re|(?:['’]s|\bhas|\bhave)\s+(?:just\s+)?been)\s+(?:here|in)\s+"
                       r"(?:now\s+)?(?:for|to\s+(?:collect|pick\s+up))\s+"
                       r"(?:his|her|their|the)\b", re.I)
# goods told arrived: "The Romo delivery has just come in", "the parcel of gloves arrived"
_ARRIVED = re.compile(r"\b(?:delivery|order|shipment|parcel|stock)\b[^.;!?]{0,30}?\b(?:come|came)\s+in\b|\barrived\b"
                      r"|\b(?:turned|turns)\s+up\s+(?:with|in|at|this|today)\b", re.I)  # ("the chain he ordered …
# turned up with the post")


_TITLED_NAMES = re.compile(r"\b(?:Mrs|Mr|Ms|Miss|Dr)\.?\s+((?:[A-Z][\w'’-]+\s*){1,2})")  # "Mrs Whitaker's in Ripon"


def story_row(f: Features, told: str) -> int | None:
    """On a first step (or one after a section was opened), the menu dots of the one row most of the story's
    names stand on, for a story that asks
    a row's menu for its verb: "Linh Nguyen called — Luna isn't well …, so she'll miss Saturday. Please cancel
    it" on a list of appointments (Linh Nguyen owns Mochi on Thursday and Luna on Saturday): Luna's row of
    Sat 14 Jun, read by Linh, Nguyen, Luna and Sat (``_story_band``)."""
    if len(f.hist_kind) and not nav_opened(f) and not searched_first(f) \
            or not (verbs := set(words(told)) & (_STORY_ROW_VERBS | {"paid"}) | (
                {"received"} if _ARRIVED.search(told) and len(f.hist_kind) else set()) | (
                {"return"} if _BROUGHT_BACK.search(told) else set()) | (
                {"collect"} if _CAME_FOR.search(told) else set())):  # (goods arrived: on
            # the section opened for them, the stock's, not the jobs waiting for them on the first page)
        return None  # (a payment told: "Mrs Gill at 14 Elm Drive has just paid the £36 she owed")
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and f.cand_text[t].strip()]
    shown = set(with_synonyms(sorted(verbs - {"paid"}))) | ({"pay", "record"} if "paid" in verbs else set())
    # (a row's "paid up" is its state, no button)
    boxes = [b for b in range(len(f.cand_box)) if f.cand_kind[b] != KINDS["text"]
             and float(f.cand_box[b][2] - f.cand_box[b][0]) <= 300 * f.scale
             and float(f.cand_box[b][3] - f.cand_box[b][1]) <= 60 * f.scale]
    if any((ws := _latin(f.cand_text[t])) and ws[0] in shown and any(
            within_box(((f.cand_box[t][0] + f.cand_box[t][2]) / 2, (f.cand_box[t][1] + f.cand_box[t][3]) / 2),
                       f.cand_box[b]) for b in boxes) for t in texts):
        return None  # (a button of the verb shows: "Aisha Rahman is here for her 10:30 — check her in."; not a
        # column's header, "Check-out")
    first = min((m.end() for v in verbs if (m := re.search(rf"\b{v}\b", told, re.I))), default=len(told))
    act = told[:m.end()] if (m := re.compile(r"[.!?](?:\s|$)").search(told, first)) else told  # (the first act's
    # sentences: "… she paid the rest on her card. Oh, and … Can you move their collection?" is this list's)
    dots = [t for t in texts if MORE.fullmatch(f.cand_text[t].strip())]
    marks = _story_marks(f, act)
    titled = {re.sub(r"['’]s$", "", w).lower() for m in _TITLED_NAMES.finditer(act) for w in m.group(1).split()}
    if not searched_first(f) and not _verb_on_page(f, told, verbs, texts) and _elsewhere(f, resolved(act), texts) \
            and not any(_marks_shown(marks, shown := {w for ws in _line_words(f, d, texts) for w in ws}) >= 3
                        and _marks_shown(titled, shown) for d in dots):
        return None  # (not once the list was searched for the story's name: "… Dave's crew can take it" names
        # "Crews & vehicles", but the Bianchis' row is the one found; nor where a row shows three of the act's
        # marks, a titled person's among them: "Dan's just brought the Kawai back from Mrs Whitaker's in Ripon
        # (she's bought a piano …)" is Mrs Jean Whitaker's row of a Kawai in Ripon, not "Pianos & prices")

    def spread(ds: list[int]) -> float:  # how far apart the dots stand across
        return max(float(f.cand_box[t][0]) for t in ds) - min(float(f.cand_box[t][0]) for t in ds) if ds else 0.0

    if spread(dots) > 40 * f.scale:
        dots = [t for t in dots if float(f.cand_box[t][3]) < f.frame_size[1] - 4 * f.scale]  # (an ellipsis cut
        # by the screen's foot, a name's "Maisie W⋯", is no row's menu)
        if spread(dots) > 40 * f.scale:
            return None  # (dots in columns are a grid's cards, ``story_card``'s, not a table's rows)
    if out := [words(m.group("name")[:-2]) for m in _LEFT_OUT.finditer(told) if re.search(r"['’]s$", m.group("name"))]:
        # (not the row of the one whose thing a story leaves out of those it picks: "Not Frank Dinsdale's beans";
        # a thing of the row's own left out is no row, "He did all of them except Biscuit")
        dots = [d for d in dots if not any(phrase_at(ws, o) for ws in _line_words(f, d, texts) for o in out)]
    later = _two_acts(told)
    return _story_band(f, told[:later] if later else told, dots, texts)  # (the first act's row: "Mrs Oakley's …",
    # not by the Bradburys' named after "Oh, and")


# the row a story leaves out of its rows, then acts on alone: "Not Mr Okoro's fitting, though … Cancel that one"
_ACTS_ON_IT = re.compile(r"\b(?P<verb>cancel|postpone|remove|delete|refund|void)\s+(?:that\s+one|that|it|him|her|"
                         r"them)\b", re.I)


def left_out_row(f: Features, told: str) -> int | None:
    """The menu dots of the row a story leaves out of the rows it picks, then acts on alone: "… move her Friday
    afternoon patients over to Harriet? Not Mr Okoro's fitting, though … Cancel that one" opens Mr Okoro's
    "⋯" (a row reading the name left out, the dots on its line); not a row already in the state the verb leaves
    ("Cancelled"), nor dots pressed before. None on a first step."""
    if not len(f.hist_kind) or not (out := _left_out(told)):
        return None
    acts = [m for m in _ACTS_ON_IT.finditer(told) if any(n.end() < m.start() for n in _LEFT_OUT.finditer(told))]
    if not acts:
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and f.cand_text[t].strip()]
    if beside_cancel(f, texts):
        return None  # (a dialog is open over the rows)
    found = []
    for d in (t for t in texts if MORE.fullmatch(f.cand_text[t].strip())):
        line = _line_words(f, d, texts)
        if any(phrase_at(ws, o) for ws in line for o in out) and not any(
                w.startswith(acts[0].group("verb").lower()[:5]) for ws in line for w in ws):
            found.append(d)
    return found[0] if len(found) == 1 and not clicked_in(f, found[0], ever=True) else None


def _numbered_rows(f: Features, told: str, dots: list[int], texts: list[int]) -> list[tuple[int, int, int]]:
    """The rows a story tells by their number in the list's column headed by the word said before it, in the
    order told, each as where its telling starts and ends (the next row's telling, shown or not, else the
    story's end) and its menu dots. The cell starts with the number within the header's span (a "Head" of 6
    on another row is not lot 6); rows the story leaves out ("Not hut 28") are none."""
    mid = (f.cand_box[:, 1] + f.cand_box[:, 3]) / 2
    found: list[tuple[int, int]] = []
    told_at = []  # where each row told by a column's number starts (its row shown or not: under a menu)
    for m in _NUMBERED.finditer(told):  # (as ``numbered_tile`` reads one: "lot 6", "hut 28")
        start = max(told.rfind(c, 0, m.start()) for c in ".!?:;")
        if re.search(r"\b(?:not|except|apart\s+from|but)\b", told[start + 1:m.start()], re.I):
            continue  # (a row left out: "Not hut 28 at the far end, though")
        if not (heads := [h for h in texts if words(f.cand_text[h]) == [m.group(1).lower()]]):
            continue
        told_at.append(m.start())
        rows = {d for h in heads for u in texts if f.cand_text[u].split()[0].lstrip("#") == m.group(2)
                and float(f.cand_box[u][1]) > float(f.cand_box[h][3])
                and float(f.cand_box[h][0]) - 10 * f.scale <= float(f.cand_box[u][0])
                <= float(f.cand_box[h][2]) + 10 * f.scale  # (the cell read with the next: "6 George Harker")
                for d in dots if abs(float(mid[d] - mid[u])) <= 12 * f.scale}
        if len(rows) == 1:
            found.append((m.start(), rows.pop()))
    return [(a, next((b for b in told_at if b > a), len(told)), d) for a, d in found]


def _dots_pressed(f: Features, t: int) -> bool:
    """Whether any click the history holds fell on text ``t`` (6 CSS px round it: a row's thin "⋯"), in any act."""
    pad = np.array([-6, -6, 6, 6]) * f.scale
    return any(ACTIONS[int(f.hist_kind[k])] == "click" and within_box(acted_at(f, k), f.cand_box[t] + pad)
               for k in range(len(f.hist_kind)))


def numbered_row(f: Features, told: str) -> int | None:
    """The menu dots of the next row a story tells by its number (``_numbered_rows``), in the order told: "From
    the ring: lot 6 has just gone to Dales Beef at £1,180 a head, and lot 7 didn't make its reserve …" on a
    list headed "Lot": lot 6's "⋯" first, lot 7's once lot 6's were pressed, none once lot 7's were. None
    while a dialog or menu is open."""
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and f.cand_text[t].strip()]
    dots = [t for t in texts if MORE.fullmatch(f.cand_text[t].strip())]
    if len(dots) < 2 or beside_cancel(f, texts) or _dialog_foot(f, texts) or _menu_panel(f) or _opened_menu(f) \
            or max(float(f.cand_box[t][0]) for t in dots) - min(float(f.cand_box[t][0]) for t in dots) > 40 * f.scale:
        return None  # (no rows' menus in one column, a dialog or a menu open)
    rows = [d for _, _, d in _numbered_rows(f, told, dots, texts)]
    done = [k for k, d in enumerate(rows) if _dots_pressed(f, d)]
    if not done:
        return rows[0] if rows else None
    return rows[done[-1] + 1] if done[-1] + 1 < len(rows) else None  # (the row told after the last one pressed:
    # lot 6's press may have left the history's window)


def numbered_telling(f: Features, told: str) -> str:
    """What the story tells of the numbered row (``_numbered_rows``) whose dots the last click pressed: "lot 6
    has just gone to Dales Beef at £1,180 a head, and " of "… lot 6 …, and lot 7 didn't make its reserve";
    else the whole story."""
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and f.cand_text[t].strip()]
    dots = [t for t in texts if MORE.fullmatch(f.cand_text[t].strip())]
    if len(f.hist_kind) and ACTIONS[int(f.hist_kind[-1])] == "click" and len(dots) >= 2:
        for a, b, d in _numbered_rows(f, told, dots, texts):
            if clicked_in(f, d):
                return told[a:b]
    return told


def next_story_row(f: Features, told: str) -> int | None:
    """Once one row the story speaks of was acted on through its menu (one click so far on the column of the
    rows' dots, its dialog closed), the dots of the row the story tells of last: "Mr Fenwick's here for his
    brogues and the briefcase …" after the brogues' ticket was collected (its row gone, the briefcase's in
    its place): the briefcase's; "Kit's finished the mainsail off Moonraker … The boom cover … cancel that
    job": the cover's. Of the rows most of the story's marks stand on (``_story_marks``; two at least, where
    it tells two), those showing a word of the story (four letters or more, no mark) told where the second
    act's thing is (``_two_acts``) and not named by a message by their code (the one just acted on: "SL-2310
    ready — £237.80"): the one the story first tells of last. A row showing names only the later act tells comes
    first: of those, the rows showing most of them, then the one at the time it tells ("Marcus's half eleven": his
    11:30am). None while a dialog or a menu is open, or right after a value was typed."""
    if (found := _next_rows(f, told)) is None or not found:
        return None
    last, q = max(found)
    return q if sum(x == last for x, _ in found) == 1 else None


def next_row_below(f: Features, told: str) -> bool:
    """Whether the story's next row (``next_story_row``) is further down the list: none shows, the rows go on
    to the screen's foot (the story telling two acts: ``_two_acts``); twice at most."""
    if _next_rows(f, told) != [] or sum(ACTIONS[int(k)] == "scroll" for k in f.hist_kind[-2:]) >= 2:
        return False  # (twice down at most)
    dots = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
            and MORE.fullmatch(f.cand_text[t].strip())]
    if any(_dots_pressed(f, t) for t in dots) and (anew := _later_names(f, told, _two_acts(told) or 0)) and any(
            _dots_pressed(f, t) and _marks_shown(anew, {w for ws in _line_words(f, t, list(range(len(f.cand_text))))
                                                   for w in ws}) for t in dots):
        return False  # (the later act's row shows, its menu used: "Mr Osei's April rental came in …" recorded)
    return max(float(f.cand_box[t][3]) for t in dots) >= f.frame_size[1] - 120 * f.scale


def _dialog_foot(f: Features, texts: list[int]) -> bool:
    """Whether a dialog's footer shows: a button that keeps or closes ("Keep job", "Close") with another right
    beside it on its line (a dialog's "Cancel" is ``beside_cancel``'s)."""
    mid = (f.cand_box[:, 1] + f.cand_box[:, 3]) / 2
    keeps = [c for c in texts if words(f.cand_text[c])[:1] in (["keep"], ["close"]) and buttoned(f, c)]
    return any(abs(float(mid[q] - mid[c])) <= 8 * f.scale and 0 <= float(f.cand_box[q][0] - f.cand_box[c][2])
               <= 60 * f.scale for c in keeps for q in texts if q != c)


# money told come in: "Mr Osei's April rental came in by bank transfer", "the Hills have paid"
_PAID_IN = re.compile(r"\b(?:came|come|comes|went|gone)\s+in\s+by\b|\b(?:has|have|'s|’s)\s+(?:just\s+)?paid\b|"
                      r"\b(?:he|she|they)\s+paid\b", re.I)  # ("… has just finished; he paid cash")


def _two_acts(told: str) -> int | None:
    """Where a story asking two acts of its rows starts telling of the second's thing: two sentences each with
    a verb a row's menu takes, the later one's thing told anew ("Kit's finished the mainsail … The boom cover
    … so cancel that job": the sentence after the first act's), or a customer come for two things ("here
    for his brogues and the briefcase": after the "and"); None for a story of one act."""
    sentences = re.split(r"(?<=[.!?])\s+", told)
    acts = [k for k, x in enumerate(sentences) if set(words(x)) & _STORY_ROW_VERBS]
    if len(acts) >= 2:  # (the later act's thing told anew: "The boom cover …", not "mark them as ready")
        first = set(words(sentences[acts[0]]))
        if any(m.group(1).lower() not in first for x in sentences[acts[0] + 1:acts[1] + 1]
               for m in re.finditer(r"\bthe\s+([a-z]{4,})", x, re.I)):
            return told.index(sentences[acts[0] + 1])
    if (m := _CAME_FOR.search(told)) is not None and (more := re.match(
            r"[^.;!?]*?\band\b(?=\s+(?:the|his|her|their|a|an|some)\b)", told[m.end():])):
        return m.end() + more.end()  # (a second thing, not a second deed: "… in for his Trek and paid for it")
    if acts or _BROUGHT_BACK.search(told) or m is not None:  # a row's act, then another's money (or goods)
        # told come in after "Oh, and": "Dan's just brought the Kawai back … Oh, and Mr Osei's April rental came
        # in by bank transfer"; "Mr Hale's just been in for his Trek … And … for Mrs Ince's Raleigh turned up …"
        for k, x in enumerate(sentences):
            if k and re.match(r"\W*(?:oh,?\s+)?(?:and|also)\b", x, re.I) \
                    and (_PAID_IN.search(x) or _ARRIVED.search(x)) \
                    and re.search(r"\b(?:Mrs|Mr|Ms|Miss|Dr)\.?\s+[A-Z][a-z]+|\b[A-Z][a-z]+['’]s\b", x):
                return told.index(x)
    if m is not None and acts:  # a customer come for their thing, then another's told after "Oh, and": "Mrs
        # Oakley's just been in for her order … Oh, and the Bradburys' car has packed up … move their collection?"
        for k, x in enumerate(sentences):
            if k and k <= acts[-1] and re.match(r"\W*(?:oh,?\s+)?(?:and|also)\b", x, re.I) \
                    and re.search(r"\bthe\s+(?-i:[A-Z])[a-z]+", x, re.I) and told.index(x) > m.end():
                return told.index(x)
    return None


def _next_rows(f: Features, told: str) -> list[tuple[int, int]] | None:
    """``next_story_row``'s rows, each as where the story first tells of it and its dots; None where it does
    not look (a story of one act, no act done or more than one, a dialog open)."""
    steps = [k for k in range(len(f.hist_kind)) if ACTIONS[int(f.hist_kind[k])] != "scroll"]
    if len(steps) < 3 or ACTIONS[int(f.hist_kind[steps[-1]])] != "click" or (later := _two_acts(told)) is None \
            or not (marks := _story_marks(f, told)):
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and f.cand_text[t].strip()]
    dots = [t for t in texts if MORE.fullmatch(f.cand_text[t].strip())]
    if len(dots) < 2 or beside_cancel(f, texts) or _dialog_foot(f, texts) or _menu_panel(f) or _opened_menu(f):
        return None  # (no rows' menus, a dialog or a menu open)
    col = float(np.median([float(f.cand_box[t][0] + f.cand_box[t][2]) / 2 for t in dots]))
    on_dots = [ACTIONS[int(f.hist_kind[k])] == "click" and abs(acted_at(f, k)[0] - col) <= 12 * f.scale
               for k in steps]
    if on_dots[-1] or sum(on_dots) > 1 or on_dots[-2] or any(on_dots) and any(
            ACTIONS[int(k)] == "scroll" for k in f.hist_kind[:steps[on_dots.index(True)]]):
        return None  # (one row acted on so far, its dots perhaps gone from the history's window, not found
        # after scrolling for the next; not a row's dots or its menu's entry just clicked: its menu or its dialog
        # is open, "Keep job  Cancel job")
    low, said = told.lower(), set(words(told))
    best, found, named = 0, [], []
    anew = _later_names(f, told, later)
    for t in dots:
        mid = float(f.cand_box[t][1] + f.cand_box[t][3]) / 2
        band = [u for u in texts if u != t and abs(float(f.cand_box[u][1] + f.cand_box[u][3]) / 2 - mid)
                <= 24 * f.scale and float(f.cand_box[u][2]) < float(f.cand_box[t][0])]
        shown = {w for u in band for w in _latin(f.cand_text[u])}
        if anew and (k := _marks_shown(anew, shown)):
            if not _dots_pressed(f, t):
                named.append((k, t, shown))  # (the row of the one the later act names: "Mr & Mrs Bradbury"; not
                # once its menu was used)
            continue
        own = [w for w in shown & said if len(w) >= 4 and w.isalpha() and w not in marks]
        codes = {c.group() for u in band for c in _CODE.finditer(f.cand_text[u])}
        if any(c in f.cand_text[u] for u in texts if u not in band for c in codes):
            continue  # (the row a message names by its code was the one acted on: "SL-2310 ready — £237.80")
        if (n := _marks_shown(marks, shown)) >= min(2, len(marks)) and own:
            if (first := min(m.start() for w in own for m in re.finditer(rf"\b{re.escape(w)}\b", low))) < later:
                continue  # (the first act's thing: "the mainsail off Moonraker", done)
            best, found = (n, [(first, t)]) if n > best else (best, found + [(first, t)] if n == best else found)
    most = max((k for k, _, _ in named), default=0)  # (the row showing most of them: "Mrs Ince's Raleigh", not
    # every row of Jake, who "says the chain … turned up")
    top = [(t, shown) for k, t, shown in named if k == most]
    if len(top) > 1 and (clocks := _told_clocks(told[later:])):  # (of those, the one at the time told: "Marcus's
        # half eleven" is his 11:30am, not his 2pm)
        top = [(t, shown) for t, shown in top if clocks & _shown_clocks(shown)] or top
    return [(later, t) for t, _ in top] or found


def _told_clocks(told: str) -> set[tuple[int, int]]:
    """The times of day a story tells, as (hour of twelve, minutes): "half eleven" (11, 30), "at 2pm" (2, 0)."""
    from tilepilot.actions.dates import clock_time
    from tilepilot.model.embedded.fields import _SPOKEN_TIME, _TOLD_TIME, spoken_time

    said = [clock_time(m.group(1)) for m in _TOLD_TIME.finditer(told)] + [spoken_time(m)
                                                                         for m in _SPOKEN_TIME.finditer(told)]
    return {(int(x[:2]) % 12, int(x[3:])) for x in said if x}


def _shown_clocks(shown: set[str]) -> set[tuple[int, int]]:
    """The times of day a row's words show ("11", "30am" of "11:30am"; "2pm"), as ``_told_clocks`` reads them."""
    from tilepilot.actions.dates import clock_time

    found = {clock_time(w) for w in shown} | {clock_time(f"{h}:{w}") for h in shown if h.isdigit() for w in shown
                                               if re.fullmatch(r"\d{2}(?:am|pm)", w)}
    return {(int(x[:2]) % 12, int(x[3:])) for x in found if x}


def _verb_on_page(f: Features, told: str, verbs: set[str], texts: list[int]) -> bool:
    """Whether the story's verb acts on the thing the page's heading names: "… Please mark the visit as done and
    get the invoice out to them" on "Visits" (the invoice a section of its own names follows from it)."""
    head = _head_words(f, texts)
    return any(m.group(1).lower() in verbs and any(_one_thing(m.group(2).lower(), h) for h in head)
               for m in re.finditer(r"\b([a-z]+)\s+(?:the|this|that|their|his|her|its)\s+([a-z]{4,})\b", told, re.I))


def _head_words(f: Features, texts: list[int]) -> set[str]:
    """The words of the page's own heading and breadcrumb (texts out of the site's bar and sidebar, in the top
    fifth of the screen): a section link they read is the page shown."""
    return {w for t in texts if not _nav(f, t) and float(f.cand_box[t][3]) <= 0.2 * f.frame_size[1]
            for w in _latin(f.cand_text[t])}


def _title_words(f: Features, texts: list[int]) -> set[str]:
    """The words of the page's title: the tallest lettered text out of the site's bar and sidebar in the top fifth
    of the screen, 1.4 times the page's usual text at least ("Bookings" over a list of bookings; not a
    dashboard's captions, "Refills waiting")."""
    top = [t for t in texts if not _nav(f, t) and float(f.cand_box[t][3]) <= 0.2 * f.frame_size[1]
           and any(w.isalpha() for w in _latin(f.cand_text[t]))]
    if not top:
        return set()
    tall = max(float(f.cand_box[t][3] - f.cand_box[t][1]) for t in top)
    if tall < 1.4 * float(np.median([float(f.cand_box[t][3] - f.cand_box[t][1]) for t in texts])):
        return set()  # (no text stands out as a title)
    return {w for t in top if float(f.cand_box[t][3] - f.cand_box[t][1]) >= 0.9 * tall for w in _latin(f.cand_text[t])}


def _elsewhere(f: Features, instruction: str, texts: list[int]) -> bool:
    """Whether the command names a thing a section link of another page is named after: "pause Maggie Doyle's
    membership …" on the kiln queue, whose rows show her pieces, belongs to "Members" (a link whose word the
    page's own heading reads is this page)."""
    head = _head_words(f, texts)
    said = [w for w in words(instruction) if len(w) >= 4 and w not in _NOT_THINGS]
    return any((_one_thing(w, x) or _doing_of(w, x)) and not any(_one_thing(h, x) for h in head)
               for t in _section_links(f) for x in _link_words(f.cand_text[t]) for w in said)  # (a doing named by
    # its thing: "… apples went through the press …" is "Pressing days")


def _doing_of(word: str, name: str) -> bool:
    """Whether ``name`` is the doing of the thing ``word`` names, the word and "ing" (five letters at least): "press"
    and "pressing"."""
    return len(word) >= 5 and word.isalpha() and name == word + "ing"


def doing_link(f: Features, told: str) -> int | None:
    """On a first step, the one section link naming the doing of a thing the story says (the word and "ing", five
    letters at least): "Graham and Sue Henderson's apples went through the press …" goes to "Pressing days",
    though their member's row shows here. None where the page shown is that one."""
    if len(f.hist_kind):
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    head = _head_words(f, texts)
    said = set(words(told))
    links = [t for t in _section_links(f) if _nav(f, t) and any(
        any(_doing_of(w, x) for w in said) and not any(_one_thing(h, x) for h in head)
        for x in _link_words(f.cand_text[t]))]
    return links[0] if len(links) == 1 else None


def story_button(f: Features, told: str, instruction: str) -> int | None:
    """On a first look at a list (a first step, or one after a section was opened), the button of the task's
    verb on the one row most of the story's names and words stand on: "St Mary's Primary have paid their
    overdue invoice by BACS … please record it" on invoices, three of them St Mary's C of E Primary School's:
    the "Record payment" of the OVERDUE one. Rows are banded round those buttons (``_story_band``); two or more
    must show, each of three words at most, led by the verb (or a word of its meaning)."""
    if len(f.hist_kind) and not nav_opened(f) or (verb := lead_word(words(instruction))) not in _COMMANDS | VERBS:
        return None  # (a story's first name is no verb: "Gary has just inspected …")
    says = set(with_synonyms([verb]))
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and f.cand_text[t].strip()]
    buttons = [t for t in texts if (ws := _latin(f.cand_text[t])) and len(ws) <= 3 and ws[0] in says]
    return _story_band(f, told, buttons, texts) if len(buttons) >= 2 else None


# a task about every member of a group: "We've done everyone on Oakfield Road …", "all of them", "them all"
_EVERY = re.compile(r"\b(?:every(?:one|body|thing)?|all\s+(?:of\s+)?(?:them|the)|them\s+all)\b", re.I)


def _boxes_before(f: Features, t: int, reach: float | None = 40.0) -> list[int]:
    """The small boxes (30 CSS px a side at most) on text ``t``'s line, ending left of it (within ``reach`` CSS
    px, where given), or at its start where OCR read the box into the text ("☑ Replace crystal (£45.00)"): a
    row's or a header's tick box."""
    mid = (float(f.cand_box[t][1]) + float(f.cand_box[t][3])) / 2
    return [q for q in range(len(f.cand_text)) if f.cand_kind[q] == KINDS["component"]
            and max(float(f.cand_box[q][2] - f.cand_box[q][0]), float(f.cand_box[q][3] - f.cand_box[q][1]))
            <= 30 * f.scale and float(f.cand_box[q][0]) < float(f.cand_box[t][0]) + 8 * f.scale
            and float(f.cand_box[q][2]) <= float(f.cand_box[t][0]) + 24 * f.scale
            and (reach is None or float(f.cand_box[t][0] - f.cand_box[q][2]) <= reach * f.scale)
            and abs((float(f.cand_box[q][1]) + float(f.cand_box[q][3])) / 2 - mid) <= 8 * f.scale]


def group_box(f: Features, told: str) -> int | None:
    """The tick box of a group's header that a task about all of its members names: "We've done everyone on
    Oakfield Road … tick them all off as cleaned" ticks the box before "Oakfield Road 5 due" (its rows are
    ticked with it; the bar of what to do with them follows). The header starts with one of the task's proper
    names (two words or more) and a box stands just left of it on its line, unticked and never pressed."""
    if not _EVERY.search(told):
        return None
    names = [ws for n in task_names(told) if len(ws := words(re.sub(r"['’]s\b", "", n))) >= 2]
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    found = []
    for t in texts:
        ws = words(f.cand_text[t])
        if not any(ws[:len(n)] == n for n in names) or len(ws) > len(max(names, key=len)) + 3:
            continue
        found += [q for q in _boxes_before(f, t) if not clicked_in(f, q, ever=True) and _unticked(f, q)]
    return found[0] if len(set(found)) == 1 else None


# a task about each of one owner's rows: "Brook Farm have paid both of their outstanding invoices"
_EACH_OF = re.compile(r"\b(?:both|all|each|every\s+one)\s+(?:of\s+)?(?:their|his|her|its)\b", re.I)


def owner_box(f: Features, told: str) -> int | None:
    """The tick box of the next row of the owner a task about all of its rows names: "Brook Farm have paid both
    of their outstanding invoices" ticks, one by one, the boxes on the lines of "Brook Farm Livery" (two rows of
    eight); the bulk bar's button follows (``bulk_action``). The owner is one of the story's proper names (two
    words or more) that two rows or more start with; the box is the small one left of the name on its line,
    unticked and never pressed. None once every such row's box was pressed."""
    if not _EACH_OF.search(told):
        return None
    names = [words(re.sub(r"['’]s\b", "", m.group()))
             for m in re.finditer(r"(?:[A-Z][\w'’&-]*\s+)+[A-Z][\w'’-]*", told)]  # ("Brook Farm", a sentence's start)
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    for n in names:
        rows = [t for t in texts if words(f.cand_text[t])[:len(n)] == n]
        if len(rows) < 2:
            continue
        found = []
        for t in sorted(rows, key=lambda u: float(f.cand_box[u][1])):
            if len(line := _boxes_before(f, t, None)) != 1:
                return None  # (every row of the owner has its box)
            found.append(line[0])
        left = [q for q in found if not clicked_in(f, q, ever=True) and _unticked(f, q)]
        return left[0] if left else None
    return None


# the ones a task leaves out of all the others: "He did all of them except Biscuit, who was lame"
_EXCEPT = re.compile(r"\b(?:except(?:\s+for)?|apart\s+from|but\s+not|other\s+than|bar)\s+([A-Z][\w'’-]+)")
# a part of the work a customer turns down: "he doesn't want the new crystal", "without the new strap"
_UNWANTED = re.compile(r"\b(?:(?:doesn['’]t|don['’]t|does\s+not|do\s+not|won['’]t)\s+want|without)\s+"
                       r"(?:the\s+|a\s+|any\s+)?(?:new\s+)?([a-z][a-z-]{3,})\b")


def except_box(f: Features, told: str) -> int | None:
    """The ticked box of the one a story leaves out of the rest ("He did all of them except Biscuit … Can you
    mark the visit as done?" on "Complete visit", whose horses are all ticked: "☑ Biscuit (full set)" is
    unticked), or the part of the work a customer turns down ("he doesn't want the new crystal": "☑ Replace
    crystal"). The box stands just left of a text led by the name (holding the word), on its line; ticked by its
    colours, never pressed. None on a first step."""
    if not len(f.hist_kind):
        return None
    found = []
    if (m := _EXCEPT.search(told)) is not None:
        name = m.group(1).lower()
        found = [q for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
                 and (words(f.cand_text[t]) or [""])[0] == name for q in _boxes_before(f, t)]
    elif (m := _UNWANTED.search(told)) is not None:  # "he doesn't want the new crystal": "☑ Replace crystal"
        found = [q for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
                 and m.group(1).lower()[:5] in {w[:5] for w in words(f.cand_text[t])} for q in _boxes_before(f, t)]
    else:
        return None
    found = [q for q in dict.fromkeys(found) if not _unticked(f, q) and not clicked_in(f, q, ever=True)]
    return found[0] if len(found) == 1 else None


_SELECTED = re.compile(r"\s*\d+\s+(?:\w+\s+)?selected\b", re.I)  # a bulk bar's count: "5 selected"


def bulk_action(f: Features, told: str) -> int | None:
    """The button of a bulk bar ("5 selected  Mark cleaned  Skip…  Clear") that does what the task says to the
    rows just ticked: the one on the count's line, right of it, sharing a word with the task (its first five
    letters: "tick them all off as cleaned": "Mark cleaned"), or led by its verb; once a click ticked them, and
    never pressed."""
    steps = [ACTIONS[int(k)] for k in f.hist_kind if ACTIONS[int(k)] != "scroll"]
    if steps[-1:] != ["click"]:
        return None
    x, y = acted_at(f)
    if any(f.cand_kind[q] != KINDS["text"]
           and 60 * f.scale <= float(f.cand_box[q][2] - f.cand_box[q][0]) <= 300 * f.scale
           and float(f.cand_box[q][0]) <= x <= float(f.cand_box[q][2])
           and float(f.cand_box[q][1]) <= y <= float(f.cand_box[q][3])
           and float(f.cand_box[q][3] - f.cand_box[q][1]) <= 60 * f.scale for q in range(len(f.cand_text))):
        return None  # (the last click pressed a button, the bar's own: its dialog is open over the bar)
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    said = {w[:5] for w in words(told) if len(w) >= 4 and w not in _STOP and w not in _NOT_NAMES}
    verb = set(with_synonyms([lead_word(words(resolved(told))) or ""]))
    if (picked := _state_pick(told)) is not None:  # rows picked by their state: that state is no act on
        # them ("everything that's packed": not "Mark packed")
        said -= {picked.group("state").lower()[:5]}
    said -= {m.group("state").lower()[:5] for m in _NOT_YET.finditer(told)}  # (nor the state they are not in:
    # "entries that still haven't been staged count as absent": "Mark absent…", not "Mark staged")
    if (picked := picked or _PART_OF_DAY.search(told)) is not None:  # the picking sentence's verb acts on them
        # ("Send everything that's packed …": "Send out…"; "Can you move her … patients": "Move to …")
        verb |= set(with_synonyms([lead_word(words(told[sentence_start(told, picked.start()):picked.start()]))]))
    found: list[int] = []
    bar: list[int] = []
    named: list[int] = []
    for n in (t for t in texts if _SELECTED.match(f.cand_text[t])):
        mid = (float(f.cand_box[n][1]) + float(f.cand_box[n][3])) / 2
        if any(ACTIONS[int(k)] == "click" and abs((y := acted_at(f, j))[1] - mid) <= 12 * f.scale
               and y[0] > float(f.cand_box[n][0]) + 30 * f.scale for j, k in enumerate(f.hist_kind)):
            continue  # (the bar's button was pressed: its dialog's list open over the bar, "Customer cancelled")
        line = sorted((t for t in texts if t != n and float(f.cand_box[t][0]) > float(f.cand_box[n][2])
                       and abs((float(f.cand_box[t][1]) + float(f.cand_box[t][3])) / 2 - mid) <= 12 * f.scale),
                      key=lambda t: float(f.cand_box[t][0]))
        run, end = [], float(f.cand_box[n][2])
        for t in line:  # (the bar's buttons side by side: not a dialog's list over its line, "Harriet Lowe")
            if float(f.cand_box[t][0]) - end > 60 * f.scale:
                break
            run.append(t)
            end = max(end, float(f.cand_box[t][2]))
        shown = {t: words(f.cand_text[t]) for t in run}
        if rest := words(_SELECTED.sub("", f.cand_text[n], count=1)):  # the first button read with the count:
            # "3 selected Cancel bookings…", its outline the box over the text's right part
            held = [b for b in range(len(f.cand_text)) if f.cand_kind[b] != KINDS["text"]
                    and float(f.cand_box[b][0]) >= float(f.cand_box[n][0]) + 30 * f.scale
                    and float(f.cand_box[b][2]) <= float(f.cand_box[n][2]) + 12 * f.scale
                    and abs((float(f.cand_box[b][1]) + float(f.cand_box[b][3])) / 2 - mid) <= 8 * f.scale]
            shown.update({held[0]: rest} if len(held) == 1 else {})
        acts = [t for t, ws in shown.items() if 1 <= len(ws) <= 4 and ws[0] not in ("clear", "deselect")
                and ws != ["cancel"] and not clicked_in(f, t, ever=True)]
        bar += [t for t in acts if f.cand_kind[t] != KINDS["text"] or buttoned(f, t)]
        found += [t for t in acts if shown[t][0] in verb or any(w[:5] in said for w in shown[t] if len(w) >= 4)]
        named += [t for t in acts if any(w[:5] in said for w in shown[t][1:] if len(w) >= 4)]
    found, bar, named = _distinct(f, found), _distinct(f, bar), _distinct(f, named)  # (a dark bar's words read
    # twice)
    if len(found) > 1 and len(named) == 1:
        return named[0]  # of the bar's buttons led by the verb, the one naming what the story says: "Mark absent…"
    if not found and len(bar) == 1 and _BEFORE_DAY.search(told):
        return bar[0]  # the bar's one action for rows the story picked by a date: "… can go to the hospice
        # shop": "Send to charity…"
    return found[0] if len(found) == 1 else None


def bulk_confirm(f: Features, told: str) -> int | None:
    """The commit of the bare dialog a bulk act opened, for a story picking rows in bulk (``bulk_story``): the
    button beside its "Cancel" reading what its title reads (the topmost such text: not the bar's button under
    it), "Mark absent", where no field stands between them; once a click opened it, and never pressed."""
    if not bulk_story(told) or not len(f.hist_kind) or ACTIONS[int(f.hist_kind[-1])] != "click":
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    inputs = [c for c in range(len(f.cand_text)) if f.cand_kind[c] == KINDS["input"] or small_box(f, c)]
    for q in beside_cancel(f, texts):
        x0, y0, x1, _ = (float(v) for v in f.cand_box[q])
        titles = [t for t in texts if t != q and words(f.cand_text[t]) == words(f.cand_text[q])
                  and float(f.cand_box[t][3]) < y0]
        if not titles or clicked_in(f, q, ever=True):
            continue
        title = min(titles, key=lambda t: float(f.cand_box[t][1]))  # (the dialog's own, over the bar's button)
        top, left = float(f.cand_box[title][3]), float(f.cand_box[title][0])
        if not any(top < float(f.cand_box[c][1]) and float(f.cand_box[c][3]) < y0 - 4 * f.scale
                   and float(f.cand_box[c][3] - f.cand_box[c][1]) <= 60 * f.scale
                   and float(f.cand_box[c][0]) >= left - 20 * f.scale and float(f.cand_box[c][2]) <= x1 + 20 * f.scale
                   for c in inputs if not within_box(((x0 + x1) / 2, (y0 + float(f.cand_box[q][3])) / 2),
                                                     f.cand_box[c])):
            return q
    return None


def _distinct(f: Features, texts: list[int]) -> list[int]:
    """``texts`` less those reading as an earlier one does over its place (its centre inside the other's box)."""
    out: list[int] = []
    for t in texts:
        c = ((f.cand_box[t][0] + f.cand_box[t][2]) / 2, (f.cand_box[t][1] + f.cand_box[t][3]) / 2)
        if not any(f.cand_text[u] == f.cand_text[t] and within_box(c, f.cand_box[u]) for u in out):
            out.append(t)
    return out


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
# rows told by a date in a column before a day: "anything that's been ready since before the start of September"
_BEFORE_DAY = re.compile(r"\b(?P<what>(?:[\w'’]+\s+){1,3}?)(?:since\s+)?before\s+(?:the\s+(?:start|beginning)\s+of\s+|"
                         r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<month>" + _MONTH
                         + r")\b(?:\s+(?P<year>\d{4}))?", re.I)
# a name left out of the rows picked: "Not Mr Oduya's boots", "apart from the Sea Pink's"
_LEFT_OUT = re.compile(r"\b(?:not|except|apart\s+from|but\s+not|leave\s+out)\s+(?:for\s+)?(?:the\s+)?"
                       r"(?:(?:Mrs|Mr|Ms|Miss|Dr)\.?\s+)?(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})",
                       re.I)
_CELL_DATE = re.compile(r"\b(\d{1,2})\s+(" + _MONTH + r")\b\.?(?:\s+(\d{4}))?", re.I)


def _line_words(f: Features, t: int, texts: list[int]) -> list[list[str]]:
    """The words of each of ``texts`` on text ``t``'s row: its line and the one under or over it (20 CSS px)."""
    mid = (f.cand_box[:, 1] + f.cand_box[:, 3]) / 2
    return [words(f.cand_text[u]) for u in texts if abs(float(mid[u] - mid[t])) <= 20 * f.scale]


def _row_marks(f: Features, cells: list[int], texts: list[int]) -> list[tuple[int, int, list[list[str]]]]:
    """For each of a column's ``cells`` whose row has a box to tick, the cell, that box (the leftmost mark on its
    line left of it, ``small_box``) and the row's words (``_line_words``): the rows that bulk picks tick."""
    mid = (f.cand_box[:, 1] + f.cand_box[:, 3]) / 2
    marks = [c for c in range(len(f.cand_text)) if small_box(f, c)]
    rows = []
    for t in cells:
        box = [c for c in marks if abs(float(mid[c] - mid[t])) <= 12 * f.scale and f.cand_box[c][2] < f.cand_box[t][0]]
        if box:
            rows.append((t, min(box, key=lambda c: float(f.cand_box[c][0])), _line_words(f, t, texts)))
    return rows


# a story picking rows in bulk: "any vegetable entries that …", "give everyone their deposits back"
_IN_BULK = re.compile(r"\b(?:every|everyone|everything|everybody|all|any|each)\b", re.I)


def bulk_story(told: str) -> bool:
    """Whether a story picks rows in bulk and leaves some out by name (``_LEFT_OUT``), not by their state, a date
    or a part of the day (``state_ticks``' and the like)."""
    return bool(_IN_BULK.search(told)) and bool(_left_out(told)) and not (
        _state_pick(told) or _PART_OF_DAY.search(told) or _BEFORE_DAY.search(told))


# a state the story says its rows are not yet in: "entries that still haven't been staged"
_NOT_YET = re.compile(r"\b(?:(?:has|have|had)(?:n['’]t|\s+not)\s+(?:yet\s+)?been|not\s+(?:yet\s+)?(?:been\s+)?|"
                      r"yet\s+to\s+be)\s+(?P<state>[a-z]{4,})\b", re.I)


_TICK = re.compile(r"\s*[✓✔☑]\s*")


def bulk_ticks(f: Features, told: str) -> int | None:
    """The next box to tick (or untick) of the rows a story picks in bulk (``bulk_story``), once a filter was
    set (a value typed: ``column_filter``'s): the list's head box that ticks all shown where the rows to leave
    are fewer than those picked, then each row to leave unticked; else each picked row's box. A row is left
    that reads a name the story leaves out ("Not the Brecon Outdoor Centre group"), the state the story's act
    leaves ("cancel": "Cancelled"), or one the story says they are not in ("haven't been staged": "Staged").
    The boxes are the column most marks share, its top one the head's. None while a dialog is open, or when
    all are done."""
    if not bulk_story(told) or not any(ACTIONS[int(k)] == "type" for k in f.hist_kind):
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    marks = [c for c in range(len(f.cand_text)) if small_box(f, c) or _TICK.fullmatch(f.cand_text[c])
             and float(f.cand_box[c][2] - f.cand_box[c][0]) <= 30 * f.scale]  # (a ticked box OCR read as "✓")
    if len(marks) < 3 or beside_cancel(f, texts):
        return None  # (a dialog is open over the rows)
    x = max((float(f.cand_box[c][0]) for c in marks),  # (the column most marks share)
            key=lambda x: sum(abs(float(f.cand_box[c][0]) - x) <= 8 * f.scale for c in marks))
    column: list[int] = []
    for c in sorted((c for c in marks if abs(float(f.cand_box[c][0]) - x) <= 8 * f.scale),
                    key=lambda c: (float(f.cand_box[c][1]), f.cand_kind[c] == KINDS["text"])):
        gap = float(f.cand_box[c][1] - f.cand_box[column[-1]][1]) if column else 0.0
        if gap > 90 * f.scale:
            column = [c]  # (a mark far over the list's head is none of its: a card's icon)
        elif not column or gap > 8 * f.scale:
            column.append(c)  # (one mark a row: a box and the tick read in it are one)
    if len(column) < 3:
        return None
    head, *rows = column

    def ticked(c: int) -> bool:
        return bool(_TICK.fullmatch(f.cand_text[c])) if f.cand_kind[c] == KINDS["text"] else not _unticked(f, c)

    out, said = _left_out(told), [w for w in words(told) if len(w) >= 4]
    states = {m.group("state").lower() for m in _NOT_YET.finditer(told)}

    mid = [float(f.cand_box[c][1] + f.cand_box[c][3]) / 2 for c in column]
    ends = [(a + b) / 2 for a, b in zip(mid, mid[1:], strict=False)] + [mid[-1] + (mid[-1] - mid[-2]) / 2]
    band = {c: (ends[k], ends[k + 1]) for k, c in enumerate(rows)}  # a row: halfway to the next mark each side
    # (a name wrapped over two lines is the row's: "Brecon Outdoor / Centre")

    def left(c: int) -> bool:
        top, foot = band[c]
        inside = [t for t in texts if top <= float(f.cand_box[t][1] + f.cand_box[t][3]) / 2 < foot]
        line = [words(f.cand_text[t]) + [w for u in inside if abs(float(f.cand_box[u][0] - f.cand_box[t][0]))
                                         <= 8 * f.scale and 0 <= float(f.cand_box[u][1] - f.cand_box[t][3])
                                         <= 8 * f.scale for w in words(f.cand_text[u])]
                for t in inside]  # (each text with the line wrapped under it: "Brecon Outdoor / Centre")
        return any(phrase_at(ws, o) for ws in line for o in out) or any(
            w in states or w.endswith("ed") and any(w.startswith(v) and len(w) <= len(v) + 3 for v in said)
            for ws in line for w in ws)

    picks = [c for c in rows if not left(c)]
    if len(picks) < 2:
        return None
    if len(rows) - len(picks) < len(picks):  # all ticked at once, then those to leave unticked
        if not ticked(head) and not any(ticked(c) for c in picks):
            return head if not clicked_in(f, head, ever=True) else None
        todo = [c for c in rows if c not in picks and ticked(c) and not clicked_in(f, c, ever=True)]
    else:
        todo = [c for c in picks if not ticked(c) and not clicked_in(f, c, ever=True)]
    return min(todo, key=lambda c: float(f.cand_box[c][1])) if todo else None


def _left_out(told: str) -> list[list[str]]:
    """The names a story leaves out of the rows it picks (``_LEFT_OUT``), as words, less a possessive."""
    return [ws for n in _LEFT_OUT.finditer(told) if (ws := words(re.sub(r"['’]s\b", "", n.group("name"))))]


def dated_ticks(f: Features, told: str) -> int | None:
    """The next box to tick of the rows a story picks by a date column before a day: "anything that's been
    ready since before the start of September … can go to the hospice shop. Not Mr Oduya's boots, though"
    ticks each row whose "Ready since" cell reads a day before 1 September (the page's year where the cell
    gives none), but Mr Oduya's. The column is the header reading the words before "before"; a row's box, the
    mark left on its line. None when no column or no such row is found, or all are ticked."""
    if (m := _BEFORE_DAY.search(told)) is None or (today := page_today(f)) is None:
        return None
    if (cut := iso_date(f"{m.group('day') or 1} {m.group('month')} {m.group('year') or today.year}")) is None:
        return None
    said = {w for w in words(m.group("what")) if len(w) >= 4}
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    heads = [t for t in texts if (ws := set(words(f.cand_text[t]))) and len(ws) <= 3 and ws & said
             and not _CELL_DATE.search(f.cand_text[t])]
    out = _left_out(told)
    for h in heads:
        cells = [t for t in texts if float(f.cand_box[t][1]) > float(f.cand_box[h][3])
                 and abs(float(f.cand_box[t][0] - f.cand_box[h][0])) <= 12 * f.scale
                 and _CELL_DATE.search(f.cand_text[t])]
        if len(cells) < 3:
            continue
        boxes = []
        for t, c, line in _row_marks(f, cells, texts):
            d, mon, yr = _CELL_DATE.search(f.cand_text[t]).groups()
            if (day := iso_date(f"{d} {mon} {yr or today.year}")) is not None and day < cut \
                    and not any(phrase_at(ws, o) for ws in line for o in out):
                boxes.append(c)
        todo = [c for c in boxes if _unticked(f, c) and not clicked_in(f, c, ever=True)]
        return todo[0] if todo else None
    return None


# rows told by their state: "Send everything that's packed for that round today out with him, apart from …"
_STATE_PICK = re.compile(r"\b(?:everything|anything|all|all\s+the\s+\w+|every\s+\w+|any\s+\w+)\s+"
                         r"(?:that['’]s|that\s+is|that\s+are|which\s+is|which\s+are|who['’]s|who\s+is|who\s+are)\s+"
                         r"(?:been\s+|now\s+|already\s+|still\s+)?(?P<state>[a-z]{4,})\b", re.I)


def _state_pick(told: str) -> re.Match | None:
    """Where a story picks rows by their state (``_STATE_PICK``), not by a date ("anything that's been ready since
    before the start of September" is ``dated_ticks``')."""
    return _STATE_PICK.search(told) if not _BEFORE_DAY.search(told) else None


def state_ticks(f: Features, told: str) -> int | None:
    """The next box to tick of the rows a story picks by their state: "Lee's ready to take the Dartmouth round
    out. Send everything that's packed for that round today out with him, apart from the Sea Pink's" ticks each
    row whose cell reads "Packed" alone and that reads "Dartmouth" (a name the task gives that some such rows
    show and others not), but The Sea Pink's. A row's box, the mark left on its line. None when fewer than two
    rows read the state, or all picked are ticked."""
    if (m := _state_pick(told)) is None:
        return None
    state = m.group("state").lower()
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    cells = [t for t in texts if words(f.cand_text[t]) == [state]]
    if len(cells) < 2:
        return None
    out = _left_out(told)
    rows = {c: ({w for ws in line for w in ws}, any(phrase_at(ws, o) for ws in line for o in out))
            for _, c, line in _row_marks(f, cells, texts)}  # box: (the row's words, left out)
    names = {w.lower() for n in re.finditer(r"(?<![.!?]\s)(?<!^)\b(?-i:[A-Z])[a-z'’-]{3,}", told)
             if (w := re.sub(r"['’]s$", "", n.group())) and not any(w.lower() in o for o in out)}
    picks = [w for w in names if 0 < sum(w in ws for ws, _ in rows.values()) < len(rows)]  # (the rows left out
    # count: once the others were sent, "Dartmouth" still picks none of Torbay's)
    todo = [c for c, (ws, left) in rows.items() if not left and all(w in ws for w in picks) and _unticked(f, c)
            and not clicked_in(f, c, ever=True)]
    return min(todo, key=lambda c: float(f.cand_box[c][1])) if todo else None


# what a list's rows are called in a story: "her Friday afternoon patients"
ROWS_SAID = r"(?:patients|appointments|clients|jobs|bookings|visits|lessons|classes|customers|calls|sessions|rounds|" \
    r"shifts)"
# rows told by a part of the day: "move her Friday afternoon patients over to Harriet"
_PART_OF_DAY = re.compile(rf"\b(?P<part>morning|afternoon|evening)\s+(?:[\w-]+\s+){{0,2}}?{ROWS_SAID}\b", re.I)
_PARTS = {"morning": (0, 12 * 60), "afternoon": (12 * 60, 18 * 60), "evening": (17 * 60, 24 * 60)}
_ROW_TIME = re.compile(r"\s*(\d{1,2}):(\d{2})\s*")


def part_of_day_ticks(f: Features, told: str) -> int | None:
    """The next box to tick of the rows a story picks by a part of the day: "… move her Friday afternoon patients
    over to Harriet? Not Mr Okoro's fitting, though" ticks each row whose time (its first "HH:MM" cell) is from
    noon to six, but Mr Okoro's and rows no longer booked ("Cancelled"). A row's box, the mark left on its line.
    None when fewer than two rows show a time, or all picked are ticked."""
    if (m := _PART_OF_DAY.search(told)) is None:
        return None
    lo, hi = _PARTS[m.group("part").lower()]
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    cells = [t for t in texts if _ROW_TIME.fullmatch(f.cand_text[t])]
    if len(cells) < 2:
        return None
    out = _left_out(told)
    todo = []
    for t, c, line in _row_marks(f, cells, texts):
        h, mins = (int(x) for x in _ROW_TIME.fullmatch(f.cand_text[t]).groups())
        if lo <= h * 60 + mins < hi and not any(phrase_at(ws, o) for ws in line for o in out) \
                and not any("cancelled" in ws for ws in line) and _unticked(f, c) and not clicked_in(f, c, ever=True):
            todo.append(c)
    return min(todo, key=lambda c: float(f.cand_box[c][1])) if todo else None


def _unticked(f: Features, q: int) -> bool:
    """Whether box ``q`` reads unticked by its colours (``cand_state``): light (as ``roles`` reads it) and grey,
    not filled with an accent colour (a tick on blue is light on the whole, 0.67)."""
    rgb = f.cand_state[q, 2:5]
    return float(np.mean(rgb)) >= 0.62 and float(np.max(rgb) - np.min(rgb)) <= 0.2


def _story_band(f: Features, told: str, anchors: list[int], texts: list[int]) -> int | None:
    """The anchor (a row's dots or its button) of the one row most of the story's marks stand on, two at least;
    of rows alike by those, the one that shows more of the story's other words. A row is the band round its
    anchor, halfway to the next (32 px at most), from the left edge of the first text on the anchor's line."""
    anchors = sorted(anchors, key=lambda t: float(f.cand_box[t][1]))
    if len(anchors) < (1 if searched_first(f) else 2) or not (marks := _story_marks(f, told)):
        return None  # (one row left by a search for the story's name is enough)
    mid = [float(f.cand_box[t][1] + f.cand_box[t][3]) / 2 for t in anchors]
    scores: list[int] = []
    seen: list[set[str]] = []
    for k, t in enumerate(anchors):
        if len(anchors) == 1:
            top, foot = mid[k] - 24 * f.scale, mid[k] + 24 * f.scale
        else:
            top = max((mid[k - 1] + mid[k]) / 2 if k else mid[k] - (mid[1] - mid[0]) / 2, mid[k] - 32 * f.scale)
            foot = min((mid[k] + mid[k + 1]) / 2 if k + 1 < len(anchors) else mid[k] + (mid[k] - mid[k - 1]) / 2,
                       mid[k] + 32 * f.scale)  # (a row without an anchor between two is neither's)
        line = [u for u in texts if u != t and abs(float(f.cand_box[u][1] + f.cand_box[u][3]) / 2 - mid[k])
                <= 12 * f.scale and float(f.cand_box[u][2]) < float(f.cand_box[t][0])]
        if not line:
            scores.append(0)
            seen.append(set())
            continue
        left = min(float(f.cand_box[u][0]) for u in line) - 10 * f.scale
        shown = {w for u in texts if top <= float(f.cand_box[u][1] + f.cand_box[u][3]) / 2 < foot
                 and left <= float(f.cand_box[u][0]) and float(f.cand_box[u][2]) < float(f.cand_box[t][0])
                 for w in _latin(f.cand_text[u])}
        scores.append(_marks_shown(marks, shown))
        seen.append(shown)
    best = max(scores)
    need = 1 if searched_first(f) else 2  # (rows a search for the story's name left show it: one mark is enough)
    tied = [k for k, n in enumerate(scores) if n == best]
    lead = re.match(r"\W*(?:[Tt]he\s+|(Mrs|Mr|Ms|Miss|Dr)\.?\s+)?([A-Z][a-z'’-]{4,})\b", told)
    if best == 1 and lead is not None \
            and all(_marks_shown({re.sub(r"['’]s$", "", lead.group(2)).lower()}, seen[k])
                    and (lead.group(1) is None or lead.group(1).lower() in seen[k]) for k in tied):
        need = 1  # the rows showing the name the story starts with: "The Pritchards are back from Portugal
        # early …" on Sam & Alex Pritchard's booking; "Mr Fenwick's here for …" on his two tickets (their
        # "Mr Richard Fenwick": a title said is shown too, not "Whitaker Hall Library" for "Mr Whitaker")
    if lead is not None and (lead.group(1) is not None or re.match(r"\W*[Tt]he\s+\w+s\b", told)) and len(own := [
            k for k in range(len(anchors)) if _marks_shown({re.sub(r"['’]s$", "", lead.group(2)).lower()}, seen[k])
            and (lead.group(1) is None or lead.group(1).lower() in seen[k])]) == 1 and scores[own[0]] < best:
        return anchors[own[0]]  # the one row of the family or person the story is about, over rows showing more
        # of what it tells next: "The Hartleys have said yes … ordered the units from Pilkington … on Wednesday
        # … Dean … Thursday": Mr Neil Hartley's quote, not a Pilkington job fitted on a Wednesday
    if best >= need and len(tied) > 1:  # rows alike by the story's names, told apart by its other words: "Bell &
        # Sons … the barn conversion at Mill Farm … the temporary roof": "Mill Farm Barn · Temporary roof", not
        # Bell & Sons' "Mill Farm Cottage"
        more = [len(_story_words(told) & seen[k]) for k in tied]
        tied = [tied[more.index(max(more))]] if more.count(max(more)) == 1 else tied
    if best >= need and len(tied) > 1:  # told apart by the story's numbers: "the 20 metres of Kirkby linen we
        # were waiting on" is the Oatmeal linen's "20 m on order", not the Slate's
        said = set(re.findall(r"\b\d+\b", told))
        more = [len(said & seen[k]) for k in tied]
        tied = [tied[more.index(max(more))]] if more.count(max(more)) == 1 else tied
    if best >= need and len(tied) > 1:  # told apart by which the story tells first: "Mr Fenwick's here for his
        # brogues and the briefcase": the brogues' ticket, then the briefcase's
        low = told.lower()
        first = [min((m.start() for w in seen[k] - _story_marks(f, told) if len(w) >= 4 and w.isalpha()
                      for m in re.finditer(rf"\b{re.escape(w)}\b", low)), default=len(low)) for k in tied]
        tied = [tied[first.index(min(first))]] if first.count(min(first)) == 1 and min(first) < len(low) else tied
    return anchors[tied[0]] if best >= need and len(tied) == 1 else None


# a story of a new thing (a booking, an enquiry): no item shown is the one it speaks of
_NEW_STORY = re.compile(r"\b(?:new|book(?:ed|ing)?|enquiry|walk-in|set\s+up|sign\s+up|add)\b", re.I)


def story_card(f: Features, told: str, kind: str, top: int) -> int | None:
    """On a first step (or one after a section was opened), the title of the one list item (a drawn box round a
    few lines; else a board's card read by its dots, ``_story_dots``) most of the story's
    names stand in: "The lady on Hazel Road has found her spare key, so we can cancel that job. Dave was
    already on his way …" on a list of jobs: Priya Menon's, "5 Hazel Road · Lockout … Dave" (not "17 Hazel
    Court"). It must show two of the story's marks (``_story_marks``), more than any box not round it (of
    boxes alike by those, the one that shows more of the story's other words); of boxes round one another, the
    smallest; its one "Open" (or "View", "Details", "Manage") button where it has one. None where that item is
    open already (its title shows twice), where the network clicks in it itself, for a new thing's story, or
    where the story's identifier shows elsewhere."""
    if len(f.hist_kind) and not nav_opened(f) or _NEW_STORY.search(told) \
            or lead_word(words(told)) in _COMMANDS | _UI_VERBS or not (marks := _story_marks(f, told)):
        return None  # (a command is no story: "Type Sam Rivera into the Display name field")
    s = f.scale
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    scored = []
    for p in range(len(f.cand_box)):
        x0, y0, x1, y1 = (float(v) for v in f.cand_box[p])
        if f.cand_kind[p] == KINDS["text"] or not (150 * s <= x1 - x0 <= 900 * s and 30 * s <= y1 - y0 <= 260 * s):
            continue
        held = [t for t in texts if within_box(((f.cand_box[t][0] + f.cand_box[t][2]) / 2,
                                                (f.cand_box[t][1] + f.cand_box[t][3]) / 2), f.cand_box[p])]
        if not 2 <= len(held) <= 12:
            continue
        shown = {w for t in held for w in _latin(f.cand_text[t])}
        n = _marks_shown(marks, shown)
        if n >= 2:
            scored.append((n, p, held))
    if not scored:
        return _story_dots(f, told, marks, texts)
    best = max(n for n, _, _ in scored)
    tops = [(p, held) for n, p, held in scored if n == best]
    if len(tops) > 1 and not any(_round(f, p, q) or _round(f, q, p) for (p, _), (q, _) in pairwise(tops)):
        tops = _more_told(f, told, tops)  # ("Hollis Dental … their fascia sign": of the two cards that show
        # Hollis Dental, the one that shows "fascia")
    inner = min(tops, key=lambda ph: float((f.cand_box[ph[0]][2] - f.cand_box[ph[0]][0])
                                           * (f.cand_box[ph[0]][3] - f.cand_box[ph[0]][1])))
    if any(not _round(f, p, inner[0]) for p, _ in tops) \
            or kind == "click" and top < len(f.cand_box) and _round(f, inner[0], top):
        return None
    codes = [c.group().lower() for c in _CODE.finditer(told)]
    if any(c in f.cand_text[t].lower() for c in codes for t in texts if t not in inner[1]):
        return None  # ("Put CN-48217 on Dev Patel's van.": the parcel's row, not his van's)
    title = min(inner[1], key=lambda t: (float(f.cand_box[t][1]) // (12 * s), float(f.cand_box[t][0])))
    if sum(_latin(f.cand_text[t]) == _latin(f.cand_text[title]) for t in texts) > 1:
        return None
    opens = [t for t in inner[1] if 1 <= len(ws := _latin(f.cand_text[t])) <= 2 and ws[0] in _OPEN_WORDS]
    return opens[0] if len(opens) == 1 else title  # (its own "Open" where it has one: "Jasper" alone opens nothing)


_OPEN_WORDS = frozenset({"open", "view", "details", "manage"})


def _story_dots(f: Features, told: str, marks: set[str], texts: list[int]) -> int | None:
    """A board's cards drawn too faintly (or too tall) to come back as boxes, each read by its menu dots: the
    dots of the card most of the story's names stand in ("Hollis Dental … the second proof of their fascia
    sign" on a production board: the "⋯" of "Illuminated fascia sign / Hollis Dental Practice"). A card is
    what lies left of its dots (back to the left edge of the title beside them, 420 px at most) from its dots
    down to the next dots of its column (260 px at most). Only where the dots stand in two columns or more (a
    table's single column of dots is ``story_row``'s)."""
    s = f.scale
    dots = [t for t in range(len(f.cand_text)) if MORE.fullmatch(f.cand_text[t].strip())]
    lefts = sorted({round(float(f.cand_box[t][0]) / (16 * s)) for t in dots})
    if len(dots) < 3 or len(lefts) < 2:
        return None
    scored = []
    for d in dots:
        x0, y0, x1, _ = (float(v) for v in f.cand_box[d])
        below = [float(f.cand_box[e][1]) for e in dots
                 if abs(float(f.cand_box[e][0]) - x0) <= 16 * s and float(f.cand_box[e][1]) > y0 + 8 * s]
        foot = min([*below, y0 + 260 * s]) - 4 * s
        line = [t for t in texts if t not in dots and float(f.cand_box[t][2]) < x0 and abs(float(
            f.cand_box[t][1] + f.cand_box[t][3]) / 2 - (y0 + float(f.cand_box[d][3])) / 2) <= 12 * s]
        if not line:
            continue
        left = max(float(f.cand_box[max(line, key=lambda t: float(f.cand_box[t][2]))][0]), x0 - 420 * s) - 8 * s
        held = [t for t in texts if t not in dots and left <= float(f.cand_box[t][0]) and float(f.cand_box[t][2])
                <= x1 + 4 * s and y0 - 8 * s <= float(f.cand_box[t][1] + f.cand_box[t][3]) / 2 < foot]
        n = _marks_shown(marks, {w for t in held for w in _latin(f.cand_text[t])})
        if n:
            scored.append((n, d, held))
    if not scored:
        return None
    best = max(n for n, _, _ in scored)
    tops = _more_told(f, told, [(d, held) for n, d, held in scored if n == best])
    if len(tops) > 1 or best < 2 and _told_count(f, told, tops[0][1]) < 2 + max(
            [_told_count(f, told, held) for _, d, held in scored if d != tops[0][0]] + [0]):
        return None  # (one name alone, "Thursday's …", stands for the card that shows it and the story's
        # other words: "… in the big kiln, so Thursday's glaze firing …" is "Thu 15 May · Big kiln")
    return tops[0][0]


def _more_told(f: Features, told: str, tops: list[tuple[int, list[int]]]) -> list[tuple[int, list[int]]]:
    """Of items that show as many of a story's names, the one that shows more of its other words, where one
    does; else all of them."""
    count = [_told_count(f, told, held) for _, held in tops]
    return [tops[count.index(max(count))]] if count.count(max(count)) == 1 else tops


def _told_count(f: Features, told: str, held: list[int]) -> int:
    """How many of a story's words (``_story_words``) the texts ``held`` show."""
    return len(_story_words(told) & {w for t in held for w in words(f.cand_text[t])})


def _story_words(told: str) -> set[str]:
    """A story's words that can tell items apart: three letters or more, no filler, no polite word."""
    return {w for w in words(told) if len(w) >= 3 and w not in _STOP and w not in _NOT_NAMES}


def nav_opened(f: Features) -> bool:
    """Whether the one step so far clicked a link of the top bar or the left sidebar (a section opened: its
    list is seen for the first time)."""
    return len(f.hist_kind) == 1 and ACTIONS[int(f.hist_kind[-1])] == "click" and in_nav(f, acted_at(f))


def _round(f: Features, outer: int, inner: int) -> bool:
    """Whether box ``outer`` holds box ``inner``."""
    a, b = f.cand_box[outer], f.cand_box[inner]
    return bool(a[0] <= b[0] + 2 and a[1] <= b[1] + 2 and b[2] <= a[2] + 2 and b[3] <= a[3] + 2)


def record_menu(f: Features, told: str) -> int | None:
    """A record's own "⋯" menu, once a click opened it, for a verb of the story's that no button shows: "…
    so we can cancel that job" on Priya Menon's job, whose header shows "Mark on site", "Edit" and "⋯": the
    dots (then ``menu_entry`` reads "Cancel job…"). Only where those dots are the one pair on screen (rows'
    dots are ``story_row``'s and ``row_menu``'s), not clicked before."""
    if not len(f.hist_kind) or ACTIONS[int(f.hist_kind[-1])] != "click" \
            or any(ACTIONS[int(k)] == "type" for k in f.hist_kind) \
            or not (verbs := set(words(told)) & _STORY_ROW_VERBS):
        return None  # (nor in a form being filled)
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and f.cand_text[t].strip()]
    dots = [t for t in range(len(f.cand_text)) if MORE.fullmatch(f.cand_text[t].strip())]
    if len(dots) != 1 or clicked_in(f, dots[0], ever=True) or _menu_panel(f):
        return None
    says = set(with_synonyms(sorted(verbs)))
    if any((ws := _latin(f.cand_text[t])) and ws[0] in says for t in texts):
        return None  # (a button of the verb shows)
    return dots[0]
