"""A list just opened under the field the last action clicked: the option the task names is the next click.

"Switch the language to Deutsch, enable dark mode, then save" clicked the Language list open (English,
Deutsch, Français shown under it), then the dark-mode switch: the list folded back with English still chosen,
and the language was never set. The network knows dropdowns of the data generator; an option named by the task,
shown right under the field just clicked, is what a person clicks next.
"""

from __future__ import annotations

import re

from tilepilot.model.embedded.buttons import _SAVE_VERBS
from tilepilot.model.embedded.clauses import VERBS
from tilepilot.model.embedded.features import ACTIONS, KINDS, Features, acted_at, texts_inside
from tilepilot.model.embedded.text import phrase_at, spelled, words

_LIST_DEPTH = 400  # CSS px under the field where its options are drawn
# a state ("OFF", "Enabled") or a button's verb ("Remove", "Apply") under a switch or a button just clicked is no
# option of a list: "switch off Location sharing" named the "OFF" of the next row
_STATES = frozenset({"on", "off", "yes", "no", "true", "false", "active", "inactive", "enabled", "disabled"})


def opened_option(f: Features, instruction: str, j: int, unnamed: bool = False) -> int:
    """The option to click when the last action clicked a dropdown (a field at least 2.5 times as wide as tall,
    showing its value) and a text the task names whole stands in the list under it, the model's click (``j``)
    falling outside that list on no text the task names; else ``j``. ``unnamed``: only a dropdown whose shown
    value the task does not name (a list's item just marked, "Oslo" of "pick Oslo and Perth", is no dropdown)."""
    n = len(f.cand_text)
    field = _clicked_dropdown(f, 2.5)
    if field is None:
        return j  # not a dropdown showing its value (a switch, a box): nothing opens under it
    x0, y0, x1, y1 = f.cand_box[field]
    shows = texts_inside(f, field)
    task = words(instruction)
    if unnamed and any(phrase_at(task, words(f.cand_text[q])) for q in shows if words(f.cand_text[q])):
        return j
    pad = 12 * f.scale
    inline = y1 - y0 > 50 * f.scale  # a list shown open in place of its field: its options inside it

    def in_list(q: int) -> bool:  # (options start where the field starts, and end before it ends)
        b = f.cand_box[q]
        return x0 - pad <= b[0] < x1 and b[2] <= x1 + pad and (
            y1 - 4 * f.scale <= b[1] <= y1 + _LIST_DEPTH * f.scale or inline and y0 - 4 * f.scale <= b[1] < y1)

    if j < n and (in_list(j) or (f.cand_kind[j] == KINDS["text"] and phrase_at(task, words(f.cand_text[j])))):
        return j  # an option of the list, or a text the task names: the model's choice
    options = [q for q in range(n) if f.cand_kind[q] == KINDS["text"] and in_list(q) and words(f.cand_text[q])
               and not _says_state_or_act(f.cand_text[q])]
    named = [q for q in options if phrase_at(task, words(f.cand_text[q]))]
    if len(named) > 1:  # "Lost" is one OCR edit from the task's "list": the option the task spells out
        named = [q for q in named if spelled(task, words(f.cand_text[q]))]
    tops = sorted(float(f.cand_box[q][1]) for q in options if float(f.cand_box[q][1]) < y1)
    stacked = len(tops) >= 3 and all(b - a <= 24 * f.scale for a, b in zip(tops, tops[1:], strict=False)) \
        and float(max(f.cand_box[q][0] for q in options) - min(f.cand_box[q][0] for q in options)) <= 8 * f.scale
    if not named and inline and stacked:  # an option whose own words the task says, with others: "move it into
        # production": "In production" (of a native list shown open: its options a tight stack on one edge)
        said = set(task)
        named = [q for q in options if (own := {w for w in words(f.cand_text[q]) if len(w) >= 4 and w.isalpha()})
                 and own <= said]
    return named[0] if len(named) == 1 else j


def opened_unset(f: Features, instruction: str) -> bool:
    """Whether the last action clicked open a dropdown (a field at least twice as wide as tall, showing its
    value) that the task sets to a value ("the X dropdown", "set X to Y"), while the value it shows is not one
    the task names: its list is open and the option is further down ("Set the Treble dropdown to Tablet" opened
    a list of six and said done)."""
    field = _clicked_dropdown(f, 2.0) if _SETS_VALUE.search(instruction) else None
    if field is None:
        return False
    shown = [words(f.cand_text[q]) for q in texts_inside(f, field) if words(f.cand_text[q])]
    if any(ws[0] in ("save", "update", "apply") for ws in shown):
        return False  # (a form's "Save settings" pressed is no list opened)
    return bool(shown) and not any(phrase_at(words(instruction), ws) for ws in shown)


def _clicked_dropdown(f: Features, wide: float) -> int | None:
    """The field the last action clicked when it is a dropdown showing its value: at least ``wide`` times as wide
    as tall, with text inside; else None."""
    if not len(f.hist_kind) or ACTIONS[int(f.hist_kind[-1])] != "click":
        return None
    field = _field_at(f, *acted_at(f))
    if field is None:
        return None
    x0, y0, x1, y1 = f.cand_box[field]
    inside = texts_inside(f, field)
    if len(inside) == 1 and _SAVED.match(f.cand_text[inside[0]]):
        return None  # a button that saves ("Save prices") opens no list: the page's texts under it are no options
    return field if x1 - x0 >= wide * (y1 - y0) and inside else None


_SAVED = re.compile(rf"\W*(?:{_SAVE_VERBS})\b(?:\s+\w+){{0,2}}\s*$", re.I)  # a save button's whole text


def _says_state_or_act(text: str) -> bool:
    ws = words(text)
    first = ws[0] if ws else ""
    return first in _STATES or first in VERBS or first.removesuffix("d") in VERBS or first.removesuffix("ed") in VERBS


# a clause that sets a dropdown: "choose Tent from the Bank name dropdown", "set Office to Lyon", "pick X for Y"
_SETS_DROPDOWN = re.compile(r"\b(?:choose|select|pick|set|change)\b.*?\b(?:from|in|for|to)\b|\bdropdown\b", re.I)
# a clause that names a dropdown's new value: "the Treble dropdown", "set Office to Lyon", "change X to Y"
_SETS_VALUE = re.compile(r"\bdropdown\b|\b(?:set|change|switch)\b.*?\bto\b", re.I)
_ARROWS = "▼▾⌄▿"
_NATIVE_ARROW = frozenset({"v", "V", "⌄", "✓", "˅", "∨"})


def dropdown_kind(f: Features, instruction: str, j: int) -> str | None:
    """How the dropdown at candidate ``j`` is set, from how its arrow is drawn: "click" for a custom one (an
    arrow glyph right after its value, within 0.6 of the text's height, and the button's padding after it:
    "Toaster ▼", the list is clicked open), "type" for a native select (its arrow alone at the box's right
    edge, read as "V": typing the option chooses it; a select is as wide as its longest option, so its arrow
    may stand well apart from the value); None when the clause sets no dropdown, or nothing tells (the
    network decides). The network took one for the other: both are a box showing a value."""
    n = len(f.cand_text)
    if j >= n or not _SETS_DROPDOWN.search(instruction):
        return None
    box = j if f.cand_kind[j] == KINDS["input"] else _field_around(f, j)
    if box is None:  # a native select's arrow, its box not found: the value stands left of it on its row
        return "type" if f.cand_kind[j] == KINDS["text"] and _value_left_of_arrow(f, j) else None
    x0, y0, x1, y1 = (float(v) for v in f.cand_box[box])
    inside = texts_inside(f, box)
    values = sorted((q for q in inside if len(words(f.cand_text[q])) and f.cand_text[q].strip() not in _NATIVE_ARROW),
                    key=lambda q: float(f.cand_box[q][0]))
    if not values:
        return None
    v = values[0]
    vx0, vy0, vx1, vy1 = (float(t) for t in f.cand_box[v])
    h = max(vy1 - vy0, 1.0)
    if f.cand_text[v].rstrip()[-1:] in _ARROWS:
        return "click"
    pad = min(0.3 * h, 8 * f.scale)  # the button's padding after its arrow
    for c in range(n):
        a, b, c1, d = (float(t) for t in f.cand_box[c])
        glyph = f.cand_kind[c] == KINDS["component"] or (f.cand_kind[c] == KINDS["text"]
                                                          and f.cand_text[c].strip() in _ARROWS)
        # right after the value's box, or inside it at its right end (OCR's box took the arrow in)
        after = 0 <= a - vx1 <= 0.6 * h or (c != v and a > (vx0 + vx1) / 2 and c1 <= vx1 + 2)
        if glyph and max(c1 - a, d - b) <= h and vy0 <= (b + d) / 2 <= vy1 and after and c1 <= x1 - pad:
            return "click"
    for q in inside:
        a, _, c1, _ = (float(t) for t in f.cand_box[q])
        if f.cand_text[q].strip() in _NATIVE_ARROW and a - vx1 > 0.5 * h and c1 >= x1 - 0.3 * (x1 - x0):
            return "type"
    return None


def _field_around(f: Features, q: int) -> int | None:
    """The smallest field holding text ``q``'s centre."""
    return _field_at(f, (f.cand_box[q][0] + f.cand_box[q][2]) / 2, (f.cand_box[q][1] + f.cand_box[q][3]) / 2)


def _field_at(f: Features, x: float, y: float) -> int | None:
    """The smallest field holding the point (x, y): a dropdown, not the panel around it. Else one within 3 px
    of it: a native select clicked open shows its list where it stood, its first row a little shorter than the
    box that was clicked."""
    b = f.cand_box
    for m in (0.0, 3.0 * f.scale):
        fields = [c for c in range(len(f.cand_text)) if f.cand_kind[c] == KINDS["input"]
                  and b[c][0] - m <= x <= b[c][2] + m and b[c][1] - m <= y <= b[c][3] + m]
        if fields:
            return min(fields, key=lambda c: float((b[c][2] - b[c][0]) * (b[c][3] - b[c][1])))
    return None


def _value_left_of_arrow(f: Features, q: int) -> bool:
    """Whether text ``q`` is a native select's arrow ("V") with the select's value a little way left of it."""
    if f.cand_text[q].strip() not in _NATIVE_ARROW:
        return False
    x0, y0, _, y1 = (float(v) for v in f.cand_box[q])
    cy = (y0 + y1) / 2
    for c in range(len(f.cand_text)):
        a, b, c1, d = (float(v) for v in f.cand_box[c])
        h = max(d - b, 1.0)
        if (c != q and f.cand_kind[c] == KINDS["text"] and words(f.cand_text[c]) and b <= cy <= d
                and 0.5 * h < x0 - c1 <= 4 * h):
            return True
    return False
