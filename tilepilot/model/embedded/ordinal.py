"""Which thing an ordinal names: "the third tab", "the first of the buttons", "the fourth link under Team".

The network sees, per candidate, whether it stands at the ordinal's place in its row or in its column
(``layout.ordinal_match``); it does not know which of the two the task counts along, so "the second tab"
clicked the second link of a list and "the third tab" the fourth tab. The noun says it: tabs and buttons
stand in a row, links, list entries and results in a column, the options of a radio group in either; a
named group ("under Team", "for Security") is the sequence that starts beside or below that name. The
network still chooses among the candidates at that place (its scores know a tab from a form label).
"""

from __future__ import annotations

import re

import numpy as np

from tilepilot.model.embedded.clauses import clause_spans
from tilepilot.model.embedded.features import ACTIONS, KINDS, Features
from tilepilot.model.embedded.layout import LIST_MARKERS, ORDINAL_WORDS, is_list_marker, sequences
from tilepilot.model.embedded.text import words

_ORD = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
# "the third tab", "the first of the buttons", "the 2nd link in the Media section", "the fifth choice for Zoom"
_ORDINAL = re.compile(rf"\b({_ORD})\s+(?:of\s+the\s+)?(\w+)", re.I)
_GROUP = re.compile(r"\s+(?:under|below|in|for|of)\s+(?:the\s+)?(.+?)(?:\s+(?:section|group|list|heading|panel))?"
                    r"\s*(?=$|[,;.!]|\s+(?:and|then)\b)", re.I)
_ROW, _COLUMN, _EITHER = (0,), (1,), (0, 1)
# a noun -> the axes it is counted along and the kinds of candidate it may be
_NOUNS: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = {
    "tab": (_ROW, (KINDS["text"],)),
    "button": (_ROW, (KINDS["text"], KINDS["input"])),
    "link": (_COLUMN, (KINDS["text"],)),
    "item": (_COLUMN, (KINDS["text"],)),
    "entry": (_COLUMN, (KINDS["text"],)),
    "one": (_COLUMN, (KINDS["text"],)),
    "result": (_COLUMN, (KINDS["text"],)),
    "option": (_EITHER, (KINDS["component"],)),
    "choice": (_EITHER, (KINDS["component"],)),
    "box": (_EITHER, (KINDS["component"],)),  # "Uncheck the first box"
    "checkbox": (_EITHER, (KINDS["component"],)),
}
# a group that is a dropdown or a field: "the second option in the Country dropdown"
_OPTIONS_OF = re.compile(r"\b(?:dropdown|drop-down|menu|select|selector|picker|combo\s*box|field|list\s*box)\b", re.I)
# words that place the group, not name it: "in the row", "from the left", "in the list"
_NO_GROUP = frozenset({"row", "left", "list", "top", "page", "screen", "toolbar", "menu", "bar", "results"})


def _noun(word: str) -> str:
    w = word.lower()
    return w[:-1] if w.endswith("s") and w[:-1] in _NOUNS else w


def ordinal_ask(instruction: str, done: int) -> tuple[int, str, str | None] | None:
    """(place, noun, group) of the clause in turn when it counts: (2, "tab", None) for "open the second tab",
    (-1, "link", "Team") for "the last link under Team"; None when the clause names its target otherwise."""
    spans = clause_spans(instruction)
    if done >= len(spans):
        return None
    a, b = spans[done]
    m = _ORDINAL.search(instruction[a:b])
    if m is None or _noun(m.group(2)) not in _NOUNS:
        return None
    g = _GROUP.match(instruction, a + m.end(), b)
    if g is not None and _OPTIONS_OF.search(g.group(1)):
        return None  # a dropdown's options, open or not: the network's to find
    group = g.group(1) if g is not None and g.group(1).lower() not in _NO_GROUP else None
    return ORDINAL_WORDS[m.group(1).lower()], _noun(m.group(2)), group


def _wrapped(f: Features, rows: list[list[int]], kinds: tuple[int, ...]) -> list[list[int]]:
    """Rows that wrap onto the next line joined into one (the first of seven buttons is not the first of the
    second line; a fourth radio button alone on the next line is the fourth). A line continues the row above
    when it starts where that row starts, about as tall, less than two heights below it, with no text between
        (the next group's label). A button or radio button alone on its line may start a row (buttons too wide
    for one line stand one under the other)."""
    joined = {q for r in rows for q in r}
    singles = [[q] for q in range(len(f.cand_box)) if q not in joined and int(f.cand_kind[q]) in kinds
               and (f.cand_kind[q] == KINDS["input"] or (f.cand_kind[q] == KINDS["component"] and _small(f, q)))]
    lines = sorted([list(r) for r in rows] + singles,
                   key=lambda r: (float(f.cand_box[r[0]][1]), float(f.cand_box[r[0]][0])))
    texts = f.cand_box[f.cand_kind == KINDS["text"]]
    tcy = (texts[:, 1] + texts[:, 3]) / 2
    out: list[list[int]] = []
    for line in lines:
        x0, y0, _, y1 = (float(v) for v in f.cand_box[line[0]])
        h = max(y1 - y0, 1.0)
        for prev in out:
            first, last = f.cand_box[prev[0]], f.cand_box[prev[-1]]
            left = float(min(f.cand_box[q][0] for q in prev))
            right = float(max(f.cand_box[q][2] for q in prev))
            bottom = float(max(f.cand_box[q][3] for q in prev))
            between = (tcy > bottom) & (tcy < y0) & (texts[:, 0] < right) & (texts[:, 2] > left)
            if (f.cand_kind[prev[0]] == f.cand_kind[line[0]] and abs(float(first[0]) - x0) <= 0.5 * h
                    and 0 <= y0 - bottom <= 2 * h and h / 1.25 <= float(last[3] - last[1]) <= 1.25 * h
                    and not between.any()):
                prev += line
                break
        else:
            out.append(line)
    return [r for r in out if len(r) >= 2]


def _small(f: Features, q: int) -> bool:
    """A widget the size of a radio button or check box, not a panel."""
    x0, y0, x1, y1 = (float(v) for v in f.cand_box[q])
    return max(x1 - x0, y1 - y0) <= 40 * f.scale


def _boxed(f: Features, q: int) -> bool:
    """Whether text ``q`` stands in a box about its own size (a button's outline), not in a panel or a field: the
    box holds the text's centre, is at most three text heights tall and a few wider."""
    x0, y0, x1, y1 = (float(v) for v in f.cand_box[q])
    cx, cy, h = (x0 + x1) / 2, (y0 + y1) / 2, max(y1 - y0, 1.0)
    for c in np.flatnonzero(f.cand_kind == KINDS["input"]):
        a, b, c1, d = (float(v) for v in f.cand_box[c])
        if a <= cx <= c1 and b <= cy <= d and d - b <= 3 * h and c1 - a <= x1 - x0 + 6 * h:
            return True
    return False


def _echoes(f: Features) -> np.ndarray:
    """(N,) whether each text is a piece of a longer text read over it ("Pe" inside "Pending (2)"): OCR
    sometimes reads a word twice, and the piece would be counted as one more tab."""
    n = len(f.cand_text)
    text = np.asarray(f.cand_kind) == KINDS["text"]
    if n == 0:
        return np.zeros(0, bool)
    b = np.asarray(f.cand_box, np.float64)
    w = np.clip(np.minimum(b[:, None, 2], b[None, :, 2]) - np.maximum(b[:, None, 0], b[None, :, 0]), 0, None)
    h = np.clip(np.minimum(b[:, None, 3], b[None, :, 3]) - np.maximum(b[:, None, 1], b[None, :, 1]), 0, None)
    area = np.maximum((b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1]), 1.0)
    length = np.array([len(t) for t in f.cand_text])
    inside = (w * h >= 0.7 * area[:, None]) & (length[None, :] > length[:, None]) & text[None, :] & text[:, None]
    return inside.any(axis=1)


def _spaced(f: Features, row: list[int]) -> list[int]:
    """A row without a first member set apart from the rest by more than twice their widest gap (a badge of the
    sidebar beside the tab strip): a row's later steps may not grow so (``layout``), its first step had none
    before it to compare with."""
    if len(row) < 4:
        return row
    gaps = [float(f.cand_box[b][0] - f.cand_box[a][2]) for a, b in zip(row, row[1:], strict=False)]
    return row[1:] if gaps[0] > 2 * max(max(gaps[1:]), 4 * f.scale) else row


def _listed(f: Features, chain: list[int]) -> list[int]:
    """A column of texts without what only stands in line with its entries: a button under the list ("Add
    selected"), a heading over it that starts left of where every entry starts (entries are indented)."""
    c = list(chain)
    while len(c) > 1 and _boxed(f, c[-1]):
        c.pop()
    if len(c) > 2:
        x0, y0, _, y1 = (float(v) for v in f.cand_box[c[0]])
        marked = f.cand_text[c[0]].lstrip()[:1] in LIST_MARKERS  # "• returns": its bullet read with it
        if not marked and x0 < float(min(f.cand_box[q][0] for q in c[1:])) - max(4 * f.scale, 0.15 * (y1 - y0)):
            c.pop(0)
    return c


def _group_name(f: Features, group: str) -> int | None:
    """The text that names the group (the heading "Team", the label "Security")."""
    want = words(group)
    best = None
    for q, t in enumerate(f.cand_text):
        if f.cand_kind[q] != KINDS["text"]:
            continue
        ws = words(t)
        named = ws == want or (len(ws) > len(want) and ws[:len(want)] == want
                               and t.strip()[len(group):][:1] in (":", ""))
        if named and (best is None or len(words(f.cand_text[best])) > len(ws)):
            best = q
    return best


def _after(f: Features, chain: list[int], g: np.ndarray) -> float | None:
    """How far the sequence starts after the group's name: below it (a heading over a list, a label over a row
    of radio buttons), or right of it on its row; None when it does not start there."""
    x0, y0, x1, y1 = (float(v) for v in f.cand_box[chain[0]])
    gx0, gy0, gx1, gy1 = (float(v) for v in g)
    gh = max(gy1 - gy0, 1.0)
    if y0 >= (gy0 + gy1) / 2 and (y0 + y1) / 2 > gy1 and gx0 - 3 * gh <= x0 <= gx1 + 2 * gh:
        return y0 - gy1
    if gy0 - 0.3 * gh <= (y0 + y1) / 2 <= gy1 + 0.3 * gh and x0 >= gx1 - 2:
        return x0 - gx1
    return None


def _sequences(f: Features, noun: str) -> list[tuple[int, list[int]]]:
    """The rows and columns the noun is counted along, as (axis, candidates in order): of the kinds it may be,
    texts read twice and list bullets not counted, entries without their list's heading and button, rows
    without a first member set apart, rows of buttons or radio buttons read on across the lines they wrap to."""
    axes, kinds = _NOUNS[noun]
    counted = ~_echoes(f) & np.array([not (k == KINDS["text"] and is_list_marker(t))
                                      for k, t in zip(f.cand_kind, f.cand_text, strict=True)], bool)
    kind = np.asarray(f.cand_kind).copy()
    boxes = np.asarray(f.cand_box, np.float64).reshape(-1, 4).copy()
    if KINDS["text"] in kinds:  # a word OCR missed, found as a widget the shape of a line of text, is counted;
        unread = _unread_words(f)  # its box hugs the letters, an OCR box has some room above and below them
        kind[unread] = KINDS["text"]
        pad = 0.3 * (boxes[unread, 3] - boxes[unread, 1])
        boxes[unread, 1] -= pad
        boxes[unread, 3] += pad
    seqs = [(axis, chain) for axis, chain in sequences(boxes, kind, f.scale,
                                                       labelled=(KINDS["component"],), counted=counted, ratio=1.8)
            if axis in axes and int(kind[chain[0]]) in kinds
            and (kind[chain[0]] != KINDS["component"] or _small(f, chain[0]))]
    if axes == _COLUMN:
        seqs = [(axis, _listed(f, c)) for axis, c in seqs]
    seqs = [(axis, _spaced(f, c) if axis == 0 else c) for axis, c in seqs]
    if noun in ("button", "option", "choice", "box", "checkbox"):
        seqs = [(0, r) for r in _wrapped(f, [c for axis, c in seqs if axis == 0], kinds)] + [
            (axis, c) for axis, c in seqs if axis == 1]
    return seqs


def _unread_words(f: Features) -> np.ndarray:
    """(N,) the widgets shaped like a line of text (at least 2.5 times as wide as tall, 8 to 24 CSS px tall) with
    no text over them: a list entry OCR did not read ("Weather" between "File Manager" and "Image Editor"), so
    "the second item in the list" clicked the third."""
    b = np.asarray(f.cand_box, np.float64).reshape(-1, 4)
    w, h = b[:, 2] - b[:, 0], b[:, 3] - b[:, 1]
    shaped = (np.asarray(f.cand_kind) == KINDS["component"]) & (w >= 2.5 * h) & (h >= 8 * f.scale) \
        & (h <= 24 * f.scale)
    out = np.zeros(len(b), bool)
    text = b[np.asarray(f.cand_kind) == KINDS["text"]]
    for q in np.flatnonzero(shaped):
        cx, cy = (b[q, 0] + b[q, 2]) / 2, (b[q, 1] + b[q, 3]) / 2
        out[q] = not ((text[:, 0] <= cx) & (cx <= text[:, 2]) & (text[:, 1] <= cy) & (cy <= text[:, 3])).any()
    return out


def _tiers(f: Features, noun: str, chains: list[list[int]]) -> list[list[list[int]]]:
    """The sequences in the order they are tried: buttons by their outlines where they have them (OCR joins two
    buttons' texts into one), by their texts after; tab strips first where exactly one of three or more texts
    stands in a box (the current tab: a table's row has badges and buttons, a row of buttons is all boxes, a
    label and its field are two), then any row with at most half its texts boxed."""
    if noun == "button":
        return [[c for c in chains if f.cand_kind[c[0]] != KINDS["text"]],
                [c for c in chains if f.cand_kind[c[0]] == KINDS["text"]]]
    if noun == "tab":
        boxed = [sum(_boxed(f, q) for q in c) for c in chains]
        strip = [b == 1 and len(c) >= 3 for c, b in zip(chains, boxed, strict=True)]
        return [[c for c, s in zip(chains, strip, strict=True) if s],
                [c for c, b, s in zip(chains, boxed, strip, strict=True) if not s and (b == 1 or 2 * b <= len(c))]]
    return [chains]


def ordinal_target(f: Features, instruction: str, j: int, scores: np.ndarray, done: int) -> int:
    """The candidate the ordinal of the clause in turn names, the network's ``scores`` choosing among those at
    that place; ``j`` (the network's click) when the clause has no ordinal; -1 when what it counts is not all
    on screen (the group it names is not, or its sequences are shorter than the place), so it is scrolled to."""
    ask = ordinal_ask(instruction, done)
    if ask is None:
        return j
    # scrolled twice already and still not in view: the page may end here, so the network's click stands
    away = -1 if [int(k) for k in f.hist_kind[-2:]] != [ACTIONS.index("scroll")] * 2 else j
    place, noun, group = ask
    seqs = _sequences(f, noun)
    if group is not None:
        gi = _group_name(f, group)
        if gi is None:  # the group is not on screen: further down
            return away
        g = f.cand_box[gi]
        # a heading in line with its entries is chained with them (and with the list above): its list starts
        # after it
        seqs = [(axis, c[c.index(gi) + 1:] if gi in c else c) for axis, c in seqs if c[-1] != gi]
        near = [(d, axis, c) for axis, c in seqs if (d := _after(f, c, g)) is not None]
        if not near:
            return j
        first = min(d for d, _, _ in near)
        seqs = [(axis, c) for d, axis, c in near if d <= first + 4 * f.scale]
    tiers = _tiers(f, noun, [c for _, c in seqs])
    at: list[int] = []
    for tier in tiers:
        at = [c[-1] if place == -1 else c[place - 1] for c in tier if place == -1 or len(c) >= place]
        if at:
            break
    if not at:  # fewer on screen than the place counts to: the rest is further down
        return away
    return max(at, key=lambda q: float(scores[q]))
