"""The field a task names for a value: "in the Bank name field, type X", "put X in Delivery note", "password X".

The pointer weighs every field label the task mentions, and in a form of five clauses it sometimes types a value
into the field the next clause names. A value's own clause says where it goes when a field's label stands right
beside the value, joined by a few plain words; that field is then the one typed into. And a click on an empty
field whose value the task gives by its label ("… with password glacier") is that typing.
"""

from __future__ import annotations

import contextlib
import itertools
import re
from datetime import date, timedelta
from typing import NamedTuple

import numpy as np

from tilepilot.actions.dates import clock_time, iso_date
from tilepilot.model.embedded.buttons import ADDS_NEW, story_new_button
from tilepilot.model.embedded.clauses import QUOTED, SCROLL_CLAUSE, VERBS, clause_spans
from tilepilot.model.embedded.features import (
    ACTIONS,
    KINDS,
    Features,
    acted_at,
    beside_cancel,
    buttoned,
    clicked_in,
    dialog_span,
    on_mark,
    small_box,
    texts_inside,
    within,
)
from tilepilot.model.embedded.menus import _NATIVE_ARROW, _field_at
from tilepilot.model.embedded.order import (
    _ADD_TO,
    _IN_BULK,
    _NOT_THINGS,
    _NOT_YET,
    _ON_HOLD,
    _OWNED,
    _POLICY,
    _STOCKING,
    BRINGS_NEW,
    ID,
    ROWS_SAID,
    _explore_links,
    _given_done,
    _labels_field,
    _nav,
    _open_page,
    _policy_line,
    _unticked,
    bulk_story,
    in_nav,
    listed_box,
    object_names,
    page_today,
    part_radio,
    said_radio,
    setting_box,
    settings_page,
    task_names,
    within_box,
    worded_radio,
)
from tilepilot.model.embedded.roles import (
    VALUE,
    above_label,
    button_word,
    left_label,
    row_band,
    told_box,
    typed_into,
    value_typed,
)
from tilepilot.model.embedded.rows import lead_word, with_synonyms
from tilepilot.model.embedded.text import ocr_same, one_edit, phrase_at, sentence_start, shows, word_spans, words
from tilepilot.model.embedded.values import NUMBER_WORDS, name_run, number_in

# words that may stand between a field's label and its value after it ("Bank name field, type X", "password: X")
_BETWEEN_BEFORE = frozenset({"field", "box", "input", "area", "is", "of", "type", "write", "enter", "put", "to",
                             "the", "a", "an", "as", "fill", "set", "in", "with", "should", "be"})
# a label after its value: "X into the Office field", "X in Delivery note", "X as the Due date"
_INTO = frozenset({"into", "in", "as", "for", "under", "to"})
_ARTICLES = frozenset({"the", "a", "an", "my", "your", "our", "this"})
# words that never name a field on their own
_NO_NAME = frozenset({"the", "a", "an", "in", "to", "of", "for", "and", "or", "with", "field", "box", "input", "sign",
                      "log", "then", "your", "my", "as", "on", "at", "is", "new"})
# what follows a dropdown's label in the task ("Bank name dropdown"): no value of a field
_NOT_VALUES = frozenset({"dropdown", "menu", "list", "field", "box", "input", "button", "tab", "link", "checkbox", "so",
                         "it", "says", "that", "which", "from", "into", "onto", "on", "at", "by"})


def _labels(f: Features, q: int) -> list[tuple[list[str], int]]:
    """The words of field ``q``'s labels by where they stand, each with 0 (a text inside it: a placeholder, a
    floating label), 1 (the text just left of it) or 2 (the text just above it, whose bottom may reach 12 CSS px
    into it: an underlined field is found as its line alone, its hint standing on the line). Not the label it
    borrowed (``cand_text``): a field may borrow the one of the field above it."""
    out = [(words(f.cand_text[t]), 0) for t in texts_inside(f, q)]
    for far, t in ((1, left_label(f, q)), (2, above_label(f, q, overlap=12 * f.scale))):
        if t is not None:
            out.append((words(f.cand_text[t]), far))
    return out


def _runs(label: list[str]) -> list[list[str]]:
    """The label's runs of consecutive words that can name it, longest first ("Sign in to Premium Bookshelf
    Password", a heading borrowed with it, is named by "Password")."""
    runs = [label[i:e] for i in range(len(label)) for e in range(i + 1, len(label) + 1)]
    runs = [r for r in runs if not all(w in _NO_NAME for w in r) and sum(map(len, r)) >= 4]
    return sorted(runs, key=lambda r: -sum(map(len, r)))


def _closeness(spans: list[tuple[int, int, str]], text: str, first: int, last: int, run: list[str]) -> bool:
    """Whether ``run`` stands right before the value's words [first, last] of the clause's words ``spans`` (in
    ``text``) or right after them, joined by plain words only; a label with a comma and no word before the value
    is another value's ("Enter Grace as the first name, Hopper as the last name": Hopper's is the last name)."""
    task = [w for _, _, w in spans]
    k = len(run)
    for i in range(len(task) - k + 1):
        if task[i:i + k] != run:
            continue
        between = task[i + k:first]
        if i + k <= first and set(between) <= _BETWEEN_BEFORE and (between or not re.search(
                r"[,;.]\s", text[spans[i + k - 1][1]:spans[first][0]])):
            return True
        gap = task[last + 1:i]
        if i > last and gap and gap[0] in _INTO and set(gap[1:]) <= _ARTICLES:
            return True
    return False


def field_named(f: Features, instruction: str, j: int, a: int, b: int) -> int:
    """The entry field whose label stands beside the value [a, b) in the value's clause, when exactly one does and
    it is not ``j``, the entry field the model would type into; else ``j`` (a text or a widget the model chose is
    left to the other rules)."""
    found = _value_clause(instruction, a, b)
    if found is None or j >= len(f.cand_text) or not _entry(f, j):
        return j
    clause, inside = found
    spans = [(s, e, w) for s, e, w in word_spans(instruction) if clause[0] <= s and e <= clause[1]]
    at = [k for k, (s, e, _) in enumerate(spans) if inside[0] <= s and e <= inside[1]]
    if not at:
        return j
    first, last = at[0], at[-1]
    named: dict[int, float] = {}
    for q in range(len(f.cand_text)):
        if not _entry(f, q):
            continue
        best = 0.0
        for label, far in _labels(f, q):
            size = sum(map(len, label))
            for run in _runs(label):
                # a whole label before a part of a longer one ("the Name input" is Name, not Bank name), and a
                # text inside the field before one beside or above it (the floating label of the field above)
                score = sum(map(len, run)) - 0.01 * (size - sum(map(len, run))) - 0.001 * far
                if _closeness(spans, instruction, first, last, run) and score > best:
                    best = score
        if best > 0:
            named[q] = best
    if not named or j in named and named[j] == max(named.values()):
        return j
    top = [q for q, s in named.items() if s == max(named.values())]
    return top[0] if len(top) == 1 else j


def _entry(f: Features, q: int) -> bool:
    """Whether candidate ``q`` is shaped like an entry field (wide) and shows no button's words ("Next", "Save
    settings", "Review transfer": buttons drawn as boxes)."""
    x0, y0, x1, y1 = (float(v) for v in f.cand_box[q])
    if f.cand_kind[q] != KINDS["input"] or (x1 - x0 < 2.8 * (y1 - y0) and x1 - x0 < 200 * f.scale):
        return False
    return not any(button_word(f.cand_text[t]) for t in texts_inside(f, q))


# a clause that narrows a list by a field's value: "Filter the contacts to the Lead stage", "filter to the
# Engineering department"
_FILTERS_BY = re.compile(r"[\s,;.!]*(?:(?:and|then|please|now|first)\s+)*(?:filter|narrow|limit|restrict)\b", re.I)
# a clause that sets one named setting of an item: "change its status to In Review", "set the priority to High"
_SET_TO = re.compile(r"[\s,;.!]*(?:(?:and|then|please|now|also)\s+)*(?:change|set|switch|update)\s+(?:the\s+|its\s+|"
                     r"his\s+|her\s+|their\s+|my\s+|your\s+)?(?P<label>[A-Za-z][\w ]{1,40}?)\s+to\s+(?P<value>[^,;]+?)"
                     r"(?=\s+(?:and|then)\s|[,;]|[\s.!]*$)", re.I)
# a clause that gives an item to someone: "Assign TRK-142 to Maya Chen", "assign it to Tom"
_ASSIGN = re.compile(r"[\s,;.!]*(?:(?:and|then|please|now|also)\s+)*(?:re)?assign\b.*?\bto\s+"
                     r"(?P<value>[^,;]+?)(?=\s+(?:and|then)\s|[,;]|[\s.!]*$)", re.I)
_ASSIGN_LABELS = (["assignee"], ["assigned", "to"], ["assigned"], ["owner"], ["assign", "to"], ["reviewer"])
# a thing handed to a person to work on: "send the … application over to Priya Nandakumar for review"
_HAND_TO = re.compile(r"[\s,;.!]*(?:(?:and|then|please|now|also|could\s+you|can\s+you)\s+)*(?:send|pass|hand|give|"
                      r"forward|refer|route)\b.*?\bto\s+(?P<value>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){1,3})"
                      r"\s+for\s+(?:review|approval|checking|sign-?off)\b", re.I)
_SETTINGS_JOINED = re.compile(r"\s+and\s+(?=(?:change|set|switch|update|(?:re)?assign)\b)", re.I)
# a value that is typed or dragged to, not chosen: quoted, with digits, an end of a slider
_TYPED_VALUE = re.compile(r"[\"'“‘\d]|\b(?:max|min)(?:imum)?\b|\bhalf\b|\bempty\b", re.I)
_KIND_WORDS = frozenset({"dropdown", "field", "menu", "list", "select", "setting", "option", "box"})


class Setting(NamedTuple):
    """Where a clause sets a named setting: the field (or the value text beside its label) to click open, and
    the words of the value it is set to."""
    target: int
    value: list[str]


def setting_field(f: Features, instruction: str, done: int) -> Setting | None:
    """The setting the clause in turn sets by its label, while it does not show the value yet: "Filter the
    contacts to the Lead stage" (the field labelled Stage), "change its status to In Review" (the value shown
    right of the Status label), "Assign TRK-142 to Maya Chen" (the Assignee). None when the clause sets no
    setting so, or no one field or several fit. A click opens it (a native select too: the browser shows its
    options in the page), and the option reading the value is clicked next (``setting_option``)."""
    clauses = clause_spans(instruction)
    if done >= len(clauses):
        return None
    a, b = clauses[done]
    clause = instruction[a:b]
    if _FILTERS_BY.match(clause):
        return _filter_setting(f, clause)
    if object_names(instruction, a, b) and all(ACTIONS[int(k)] == "scroll" for k in f.hist_kind):
        return None  # "Assign TRK-142 to …": the item is opened first (its list's column headers are no setting)
    if (named := _named_by_label(f, clause)) is not None:
        return named
    unmade = []
    for part in _SETTINGS_JOINED.split(clause):  # "Assign X to Maya Chen and change its status to In Review"
        if (m := _ASSIGN.match(part) or _HAND_TO.match(part)) is not None:
            labels, value = list(_ASSIGN_LABELS), words(m.group("value"))
        elif (m := _SET_TO.match(part)) is not None and not _TYPED_VALUE.search(m.group("value")):
            label = [w for w in words(m.group("label")) if w not in _KIND_WORDS]
            labels, value = [label] if label else [], words(m.group("value"))
        else:
            return None
        q = next((q for label in labels if (q := _labelled(f, label)) is not None), None)
        if q is None and m.re is not _SET_TO and (by := _assigned_by_role(f, value)) is not None:
            q, value = by  # "Reassign SC-2024-0088 to Judge Okafor": the field labelled "Allocated judge"
            if f.cand_kind[q] == KINDS["text"]:
                return Setting(q, value)  # the option of a list opened (its frame not found)
        if q is None and m.re is _SET_TO and labels:  # a settings row: "Safe place" left, its select far right
            q = _row_control(f, labels[0])
            value = value[1:] if value[:1] in (["the"], ["my"], ["a"]) else value
        if q is None:
            continue  # hidden (under the list another one opened), or not on this screen
        if clicked_in(f, q):
            return Setting(q, value)  # opened: its option next (the list may hide the other settings' values)
        # what it shows: the texts inside a field; those right of a panel's label ("MC Maya Chen")
        shown = [w for t in (_right_of(f, q) if f.cand_kind[q] == KINDS["text"] else texts_inside(f, q))
                 for w in words(f.cand_text[t])]
        if not phrase_at(shown, value):
            unmade.append(Setting(q, value))
    return unmade[0] if unmade else None  # the first setting not made yet


# "for pickup at the Riverside branch": a value named before its field's last label word
_THE_NAMED = re.compile(r"\bthe\s+((?:[A-Z][\w'’-]*\s+)+)([a-z]+)\b")


def _named_by_label(f: Features, clause: str) -> Setting | None:
    """A field whose label's words the clause says, its value the capitalised words said right before the
    label's last word: "Place a hold on Project Hail Mary for pickup at the Riverside branch" (the dialog's
    "Pickup branch" select, Riverside). None unless exactly one field fits, or once it shows the value (shut;
    a field the browser opened in place lists the value among its options, its option is next)."""
    said = set(words(clause))
    found = []
    for m in _THE_NAMED.finditer(clause):
        value, noun = words(m.group(1)), m.group(2).lower()
        for q in np.flatnonzero(f.cand_kind == KINDS["input"]):
            q = int(q)
            inside = texts_inside(f, q)
            if any(button_word(f.cand_text[t]) for t in inside):
                continue
            if any(far and len(ws) >= 2 and ws[-1] == noun and set(ws) <= said and not set(ws) & set(value)
                   for ws, far in _labels(f, q)):  # (not "the Job title": the label itself)
                found.append(Setting(q, value))
    if len(found) != 1:
        return None
    q = found[0].target
    if f.cand_box[q][3] - f.cand_box[q][1] > _LISTED_PX * f.scale:
        return found[0]  # opened in place: its options next
    shown = [w for t in texts_inside(f, q) for w in words(f.cand_text[t])]
    return None if phrase_at(shown, found[0].value) else found[0]


def _assigned_by_role(f: Features, value: list[str]) -> tuple[int, list[str]] | None:
    """The one field that shows a value, labelled by the role a task gives its person ("to Judge Okafor": the
    select labelled "Allocated judge"), and the person's words without the role's; None otherwise."""
    roles = [w for w in value[:-1] if len(w) >= 4]  # (the person's name comes last)
    if len(f.hist_kind) and ACTIONS[int(f.hist_kind[-1])] == "click":  # opened: a list under its label
        p = acted_at(f)
        for name in ([value, [w for w in value if w not in roles]] if roles else [value]):
            opened = [int(q) for q in np.flatnonzero(f.cand_kind == KINDS["input"]) if within_box(p, f.cand_box[q])
                      and f.cand_box[q][3] - f.cand_box[q][1] > _LISTED_PX * f.scale
                      and any(_says(words(f.cand_text[t]), name) for t in texts_inside(f, int(q)))]
            if len(opened) == 1:
                return opened[0], name  # ("Priya Nandakumar" whole, else "Okafor" of "Judge Okafor")
            listed = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
                      and _says(words(f.cand_text[t]), name) and 0 < float(f.cand_box[t][1]) - p[1] <= 250 * f.scale
                      and abs(float(f.cand_box[t][0]) - p[0]) <= 300 * f.scale and not clicked_in(f, t, ever=True)]
            if len(listed) == 1:
                return listed[0], name  # a list opened whose frame was not found: its option itself
    found = [(int(q), [w for w in value if w not in ws]) for q in np.flatnonzero(f.cand_kind == KINDS["input"])
             if texts_inside(f, int(q)) for ws, far in _labels(f, int(q)) if far and set(ws) & set(roles)
             and len(ws) <= 3 and [w for w in value if w not in ws]]
    return found[0] if len(found) == 1 else None


def _filter_setting(f: Features, clause: str) -> Setting | None:
    found = []
    for q in np.flatnonzero(f.cand_kind == KINDS["input"]):
        q = int(q)
        shown = [w for t in texts_inside(f, q) for w in words(f.cand_text[t])]
        if not shown:
            continue  # an empty entry field: no dropdown
        for ws, far in _labels(f, q):
            if far == 0 or len(ws) != 1 or len(ws[0]) < 3:
                continue
            m = re.search(rf"\b((?:[A-Z][\w&'-]*\s+)+)(?i:{re.escape(ws[0])})s?\b", clause)
            if m is not None and not phrase_at(shown, words(m.group(1))):
                found.append(Setting(q, words(m.group(1))))
                break
    return found[0] if len(found) == 1 else None


def _labelled(f: Features, label: list[str]) -> int | None:
    """The one field labelled ``label`` (left of it or above it) that shows a value; else the one value text
    right of a text reading just ``label`` on its row (a details panel: "Status  ○ Todo")."""
    n = len(f.cand_text)
    fields = [int(q) for q in np.flatnonzero(f.cand_kind == KINDS["input"])  # (no button: "Save settings"
              if (inside := texts_inside(f, int(q)))  # stood under Language)
              and not any(button_word(f.cand_text[t]) for t in inside)
              and any(far and ws == label for ws, far in _labels(f, int(q)))]
    if fields:
        return fields[0] if len(fields) == 1 else None
    values = []
    for head in (t for t in range(n) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t]) == label
                 and f.cand_text[t].strip()[:1].isalpha()):  # (not a "+ Assignee" filter chip)
        row = _on_row(f, head)
        if sum(len(words(f.cand_text[t])) <= 2 and f.cand_text[t].strip()[:1].isupper() for t in row) >= 4:
            continue  # a table's column headers ("ID Title Status Priority"): no value beside them
        x1 = float(f.cand_box[head][2])
        beside = [t for t in row if x1 <= f.cand_box[t][0] <= x1 + 300 * f.scale]
        if beside:
            values.append(min(beside, key=lambda t: float(f.cand_box[t][0])))
    return values[0] if len(values) == 1 else None


def _row_control(f: Features, said: list[str]) -> int | None:
    """The field at the right end of a settings row whose label the clause's label words hold in a run (two
    words at least, the last maybe misread in its end: "Safe plao" in "my default safe place for deliveries"):
    the nearest box right of the label whose height holds the label's first line. None unless one label fits."""
    def fits(ws: list[str]) -> bool:
        n = len(ws)
        return n >= 2 and any(said[i:i + n - 1] == ws[:-1] and len(said[i + n - 1]) >= 4
                              and said[i + n - 1][:3] == ws[-1][:3] and abs(len(said[i + n - 1]) - len(ws[-1])) <= 1
                              for i in range(len(said) - n + 1))
    heads = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and fits(words(f.cand_text[t]))]
    if len(heads) != 1:
        return None
    x0, y0, x1, y1 = (float(v) for v in f.cand_box[heads[0]])
    cy = (y0 + y1) / 2
    boxes = [int(q) for q in np.flatnonzero(f.cand_kind == KINDS["input"])
             if f.cand_box[q][0] > x1 and f.cand_box[q][1] <= cy <= f.cand_box[q][3]
             and f.cand_box[q][2] - f.cand_box[q][0] <= 0.5 * f.frame_size[0]]  # (not the row's own band)
    return min(boxes, key=lambda q: float(f.cand_box[q][0])) if boxes else None


_SET_ROW_TO = re.compile(_SET_TO.pattern.replace(r"[\w ]{1,40}?", r"[\w '’-]{1,40}?"), re.I)  # "re-inspection"


def row_number(f: Features, instruction: str) -> tuple[int, tuple[int, int]] | None:
    """The small number box at the right end of a settings row a clause sets to a number by the row's label,
    and that number's characters: "set the re-inspection reminder to 7 days" on "Re-inspection reminder … [9]
    days" (a box too narrow to read as an entry field). None when no clause says so, no one row fits, or the
    box shows the number or was typed with it."""
    for a, b in clause_spans(instruction):
        m = _SET_ROW_TO.match(instruction, a, b)
        if m is None or (n := re.search(r"\d+(?:[.,]\d+)?", m.group("value"))) is None:
            continue
        label = [w for w in words(m.group("label")) if w not in _KIND_WORDS]
        if (q := _row_control(f, label)) is None or f.cand_kind[q] != KINDS["input"]:
            continue
        span = (m.start("value") + n.start(), m.start("value") + n.end())
        if value_typed(f, span) or typed_into(f, q, n.group()) \
                or any(n.group() in words(f.cand_text[t]) for t in texts_inside(f, q)):
            continue
        return q, span
    return None


def _right_of(f: Features, q: int) -> list[int]:
    """Text ``q`` and the texts after it on its row within 300 CSS px, left to right."""
    x0 = float(f.cand_box[q][0])
    return sorted((t for t in _on_row(f, q) if x0 <= f.cand_box[t][0] <= x0 + 300 * f.scale),
                  key=lambda t: float(f.cand_box[t][0]))


def _on_row(f: Features, q: int) -> list[int]:
    """The texts with words whose boxes hold the middle height of text ``q`` (``q`` among them)."""
    cy = (float(f.cand_box[q][1]) + float(f.cand_box[q][3])) / 2
    return [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])
            and f.cand_box[t][1] <= cy <= f.cand_box[t][3]]


_LISTED_PX = 64  # CSS px: a field this tall lists its options (one line of a field is at most about 48)


def setting_option(f: Features, setting: Setting, at: tuple[float, float]) -> int | None:
    """The option reading the setting's value, word for word, in what the click at ``at`` opened: of the texts
    not inside the field (inside it too when it grew to a list: a native select the browser opened in place),
    the nearest to that point within 450 CSS px (a list under it, a menu beside it)."""
    x0, y0, x1, y1 = (float(v) for v in f.cand_box[setting.target])
    c = (f.cand_box[:, :2] + f.cand_box[:, 2:]) / 2
    listed = y1 - y0 > _LISTED_PX * f.scale  # a native select opened in place: its options inside its box
    opts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
            and (listed or not (x0 <= c[t][0] <= x1 and y0 <= c[t][1] <= y1))
            and _says(words(f.cand_text[t]), setting.value)
            and float(np.hypot(c[t][0] - at[0], c[t][1] - at[1])) <= 450 * f.scale]
    return min(opts, key=lambda t: float(np.hypot(c[t][0] - at[0], c[t][1] - at[1])), default=None)


def _says(shown: list[str], value: list[str]) -> bool:
    """An option reads the value: its words are the value's (a dot or an avatar's initials before them aside), or
    end in the one long word given (a surname: "Okafor" in "Hon. Adaeze Okafor")."""
    return bool(value) and (shown == value or (len(shown) == len(value) + 1 and shown[1:] == value)
                            or len(value) == 1 and len(value[0]) >= 5 and shown[-1:] == value and len(shown) <= 4)


def _value_clause(instruction: str, a: int, b: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The clause holding the value [a, b), and the value's extent with its quotes when it is quoted; None when
    no clause holds it."""
    clause = next(((x, y) for x, y in clause_spans(instruction) if x <= a < y), None)
    if clause is None:
        return None
    quoted = next(((m.start(), m.end()) for m in QUOTED.finditer(instruction) if m.start() <= a and b <= m.end()),
                  (a, b))
    return clause, quoted


def value_for_click(f: Features, instruction: str, j: int) -> tuple[int, int] | None:
    """The characters to type when the model clicks entry field ``j`` whose value the task gives right after
    its label ("sign in as ivan with password glacier" clicked the Password field and went on clicking it),
    nothing typed there or of that value yet; else None."""
    if j >= len(f.cand_text) or not _entry(f, j):
        return None
    for label, _ in _labels(f, j):
        for run in _runs(label):
            m = re.search(r"\b" + r"[\s-]+".join(map(re.escape, run)) + rf"\b\s*(?:(?:is|:|=)\s*)?{VALUE}",
                          instruction, re.I)
            if m is None:
                continue
            g = next(k for k in (1, 2) if m.group(k) is not None)
            span = (m.start(g), m.end(g)) if g == 1 else name_run(instruction, m.start(g), m.end(g))
            value = instruction[span[0]:span[1]]  # "company Linux Foundation": the name whole
            if value.lower() in _NOT_VALUES or value.lower() in _NO_NAME or not re.search(r"\w", value):
                return None
            if value_typed(f, span) or typed_into(f, j, value):
                return None
            return span
    return None


# the label a value's clause gives its field after the value: "… as the Due date", "… into the Job title field"
_LABEL_AFTER = re.compile(r"^\s*(?:into|in|as|under)\s+(?:the\s+|a\s+|an\s+|my\s+|your\s+)?"
                          r"([\w'-]+(?:\s+[\w'-]+){0,3}?)\s*(?:field|box|input|area)?\s*[.,;!]*\s*$", re.I)


# words that tie a field to something else ("the password for Zain": the field in Zain's row), not a label's
_ROW_WORDS = frozenset({"for", "to", "in", "on", "at", "with", "from", "by", "next", "beside", "row"})


def label_off_screen(f: Features, instruction: str, a: int, b: int) -> bool:
    """Whether the value [a, b) goes into a field its clause names after it in two words or more ("enter
    08/09/2026 as the Due date") while no text on screen shows that name: the field is further down (the network
    typed the date into a search box at the top)."""
    found = _value_clause(instruction, a, b)
    if found is None:
        return False
    clause, value = found
    m = _LABEL_AFTER.match(instruction[value[1]:clause[1]])
    if m is None:
        return False
    name = words(m.group(1))
    if all(w in _NO_NAME for w in name) or set(name) & _ROW_WORDS:
        return False
    if len(name) < 2 and not (m.group(1)[:1].isupper() and len(name[0]) >= 4):
        return False  # one lower-case word may name a field by another of the same sense ("the note": Memo)
    return not shows(f.cand_text, name)  # (a capitalized one names the label as shown: "… into Return")




def named_for_typing(f: Features, instruction: str, j: int) -> bool:
    """Whether entry field ``j``, not typed into yet, is the field a typing clause puts its value into ("write
    Initech into Company", "… in the Note field"): a click on it is that typing (the network clicked Company and
    went on to Save)."""
    if j >= len(f.cand_text) or not _entry(f, j) or typed_into(f, j, ""):
        return False
    runs = [r for label, _ in _labels(f, j) for r in _runs(label)]
    for a, b in clause_spans(instruction):
        if _TYPING.match(instruction, a, b) is None:
            continue
        task = words(instruction[a:b])
        for run in runs:
            for s, e in phrase_at(task, run):
                into = s >= 1 and task[s - 1] in _INTO  # "into Company"
                into = into or (s >= 2 and task[s - 1] in _ARTICLES and task[s - 2] in _INTO)  # "in the Note"
                if into or (e < len(task) and task[e] in {"field", "box", "input"}):  # "… the Note field"
                    return True
    return False


_SIGN_IN = re.compile(r"\b(?:sign|log)\s*(?:in|on)\b|\blogin\b", re.I)
# the word before a sign-in value that says which field it fills: "as ivan", "username ivan", "password glacier"
_BEFORE_VALUE = re.compile(r"\b(as|user(?:\s*name)?|login|e-?mail|password|passcode|pin)\s*:?\s*[\"'“‘]?$", re.I)
_USER_LABEL = frozenset({"user", "username", "login", "email", "mail", "account"})
_SECRET_LABEL = frozenset({"password", "passcode", "pin"})


def login_field(f: Features, instruction: str, j: int, a: int, b: int) -> int:
    """The user-name or password field of a sign-in that the value [a, b) belongs to, when the model's field
    ``j`` is labelled as neither and exactly one field on screen is labelled so ("Sign in as ivan.dahl with
    password glacier" typed the name into another panel's Card number); else ``j``."""
    if not _SIGN_IN.search(instruction) or j >= len(f.cand_text):
        return j
    m = _BEFORE_VALUE.search(instruction[max(0, a - 24):a])
    if m is None:
        return j
    want = _SECRET_LABEL if m.group(1).lower() in _SECRET_LABEL else _USER_LABEL

    def labelled(q: int) -> set[str]:  # its nearest label's words: inside it, else left of it, else above it
        found = _labels(f, q)
        near = min((far for _, far in found), default=None)
        return {w for ws, far in found if far == near for w in ws}

    if labelled(j) & (_USER_LABEL | _SECRET_LABEL):
        return j
    fields = [q for q in np.flatnonzero(f.cand_kind == KINDS["input"]) if _entry(f, int(q)) and labelled(int(q)) & want]
    return int(fields[0]) if len(fields) == 1 else j


_SEARCHES = re.compile(r"\b(?:search(?:\s+for)?|look\s+up|find|query)\b", re.I)
_SEARCH_LABEL = frozenset({"search", "find", "filter", "query", "lookup"})


def search_field(f: Features, instruction: str, j: int, a: int) -> int:
    """The search box a value is looked up in ("look up "Backpack", and open …" typed it into a User name field):
    when the words before the value [a, …) in its clause search, the model's field ``j`` shows no search word,
    and exactly one entry field on screen does (its placeholder "Search", "Type to search", "Find", or its
    label); else ``j``."""
    found = _value_clause(instruction, a, a + 1)
    if found is None or j >= len(f.cand_text):
        return j
    (start, _), _ = found
    if not _SEARCHES.search(instruction, start, a):
        return j

    def searches(q: int) -> bool:
        return any(set(ws) & _SEARCH_LABEL for ws, _ in _labels(f, q))

    if searches(j):
        return j
    box = search_box(f)
    return j if box is None else box


# a search box's hint alone, where no outline was found (a filled pill): "Search mail", "🔍 Search products…"
_SEARCH_HINT = re.compile(r"^\W?\s*(?:\w\s+)?(?:search|find)\b", re.I)
# a clause that searches: "Search your mail for invoice", "look up Lyon" ("find X" finds it on the page)
# a clause that types, where a search box typed into is not sent: "Type hello into the search box"
_TYPING = re.compile(r"[\s,;.!]*(?:(?:and|then|please|now|first)\s+)*(?:type|enter|fill|write|input|put|set|change|"
                     r"clear|paste)\b", re.I)
_GO_PX = 400  # CSS px: the farthest a search field's "Search" button stands right of it
_SEARCH_CLAUSE = re.compile(r"[\s,;.!]*(?:(?:and|then|please|now|first)\s+)*(?:search|look\s+up|query)\b", re.I)


def search_box(f: Features) -> int | None:
    """The one search box on screen: an entry field whose placeholder or label searches ("Search", "Find"),
    else the one text reading like a search box's hint, of two words or more or trailing off (its field drawn as
    a filled pill, no outline: a click on the hint focuses it; "Search" alone is a link or a button); None when
    there is none or more than one."""
    boxes = [int(q) for q in np.flatnonzero(f.cand_kind == KINDS["input"])
             if _entry(f, int(q)) and any(set(ws) & _SEARCH_LABEL for ws, _ in _labels(f, int(q)))]
    if len(boxes) > 1:  # the field with a "Search" button on its right ("Title, author … [All formats] 🔍Search")
        go = [t for t in np.flatnonzero(f.cand_kind == KINDS["text"])
              if [w for w in words(f.cand_text[t]) if len(w) > 1] in (["search"], ["find"])]  # "Q Search": its lens
        left = [int(q) for q in np.flatnonzero(f.cand_kind == KINDS["input"]) if _entry(f, int(q)) and any(
            abs((f.cand_box[t][1] + f.cand_box[t][3]) / 2 - (f.cand_box[q][1] + f.cand_box[q][3]) / 2) <= 8 * f.scale
            and 0 <= f.cand_box[t][0] - f.cand_box[q][2] <= _GO_PX * f.scale for t in go)]
        boxes = [max(left, key=lambda q: float(f.cand_box[q][2] - f.cand_box[q][0]))] if left else boxes  # widest
    if not boxes:
        boxes = [int(q) for q in np.flatnonzero(f.cand_kind == KINDS["text"])
                 if _SEARCH_HINT.match(f.cand_text[q]) and 2 <= len(words(f.cand_text[q])) <= 6
                 or re.fullmatch(r"\W?\s*(?:search|find)\s*(?:\.\.\.|…)", f.cand_text[q], re.I)]
    return boxes[0] if len(boxes) == 1 else None


def _shape(ident: str) -> str:
    """An identifier's shape: its letters, with every digit a 0 ("INV-0038": "inv-0000")."""
    return re.sub(r"\d", "0", ident.lower().lstrip("#"))


def _codes(instruction: str) -> list[str]:
    """The identifiers a task names ("FB-58240", "1987.45.1"), those with a digit; not a bare number counting
    things ("gone up to 120 guests")."""
    return [m.group() for m in ID.finditer(instruction) if any(c.isdigit() for c in m.group())
            and not (m.group().isdigit() and re.match(r"\s+(?:[a-z]{3,}s|people|children|adults)\b",
                                                      instruction[m.end():]))]  # (a count: "120 guests")


def _tokens(text: str) -> set[str]:
    """A text's words as OCR spaced them, lowercased, stray punctuation and a field's caret ("|") off."""
    return {w.lower().strip(".,:;()|") for w in text.split()}


def _search_boxes(f: Features) -> list[int]:
    """Entry fields whose hint or label searches or filters ("Search orders, customers, notes…"), or lists what
    they match ("Accession no., title or maker", "Name or ID")."""
    inputs = [int(q) for q in np.flatnonzero(f.cand_kind == KINDS["input"])]

    def holds(u: int, q: int) -> bool:  # a panel drawn as a box around field q and its label ("Search", a
        # filter bar's grey band), not a field of its own
        return within(tuple(f.cand_box[q]), tuple(f.cand_box[u]))

    def own(q: int) -> list[list[str]]:  # its labels, less a text inside another box (the search box's hint left
        # of a filter's list "All" is the search box's)
        out = [words(f.cand_text[t]) for t in texts_inside(f, q)]
        for t in (left_label(f, q), above_label(f, q, overlap=12 * f.scale)):
            if t is not None and not any(u != q and not holds(u, q) and within(tuple(f.cand_box[t]),
                                                                               tuple(f.cand_box[u])) for u in inputs):
                out.append(words(f.cand_text[t]))
        return out

    found = [q for q in inputs if _entry(f, q) and (any(set(ws) & _SEARCH_LABEL for ws in own(q)) or any(
        _LISTS_KEYS.search(f.cand_text[t]) or _TWO_KEYS.fullmatch(f.cand_text[t].strip())
        and set(words(f.cand_text[t])) & _KEY_WORDS for t in texts_inside(f, q)))]
    return [q for q in found if not any(u != q and holds(q, u) for u in found)]


# a hint listing what a box matches: "Accession no., title or maker"; "Ref, hirer, group or purpose"; "Name or ID";
# "Client, venue, event…"
_LISTS_KEYS = re.compile(r"^[^,]{2,30}(?:,\s*[^,]{2,30})+\s+or\s+\S|^[^,]{2,30}(?:,\s*[^,]{2,30}){2,}(?:…|\.\.\.)\s*$",
                         re.I)
_TWO_KEYS = re.compile(r"(?:[\w.#]+\s+){1,2}or\s+[\w.#]+(?:\s+[\w.#]+)?\W*", re.I)
_KEY_WORDS = frozenset({"id", "name", "ref", "reference", "code", "number", "no", "email", "title", "surname"})


_ASKS_TYPING = re.compile(r"\b(?:search|find|look|filter|show|list|type|enter|fill|put|write|input)\b", re.I)


def only_searched(f: Features, instruction: str) -> bool:
    """Whether the last step (scrolls aside) typed the task's identifier into a box, for a task that asks for no
    search and no typing: that was a list's search (``id_search``), and the row it brought up is still to be
    acted on ("Check in booking FB-58240": "FB-58240" typed into "Search ref, name or registration…", then the
    row's "Check in")."""
    return _searched_for(f, instruction) is not None


def _searched_for(f: Features, instruction: str) -> tuple[set[str], list[list[str]]] | None:
    """The task's identifiers and the words of its names that the box the last step typed into shows (one kind:
    the identifiers where it shows one, else the names), for ``only_searched``; None where it shows none."""
    steps = [k for k in range(len(f.hist_kind)) if ACTIONS[int(f.hist_kind[k])] != "scroll"]
    if not steps or ACTIONS[int(f.hist_kind[steps[-1]])] != "type" or _ASKS_TYPING.search(instruction):
        return None
    ids = {c.lower().lstrip("#") for c in _codes(instruction)}
    names = _long_names(instruction)
    p = acted_at(f, steps[-1])
    entries = [q for q in np.flatnonzero(f.cand_kind == KINDS["input"]) if _entry(f, int(q))
               and float(f.cand_box[q][3] - f.cand_box[q][1]) <= 50 * f.scale
               and float(f.cand_box[q][2] - f.cand_box[q][0]) >= 150 * f.scale
               and not in_nav(f, ((float(f.cand_box[q][0]) + float(f.cand_box[q][2])) / 2,
                                  (float(f.cand_box[q][1]) + float(f.cand_box[q][3])) / 2))]  # (not the sidebar's
    # highlighted entry, a box as wide)
    if len(entries) == 1:  # a person's two-word name typed into the page's one box, its search ("Anita Patel");
        names += _short_names(instruction)  # not a form's name field ("Transfer 120 dollars to Bob Chen, …")
    shown = [f.cand_text[t] for q in np.flatnonzero(f.cand_kind == KINDS["input"])
             if within_box(p, f.cand_box[q]) for t in texts_inside(f, int(q))]
    if any(ids & _tokens(x) for x in shown):
        return ids, []
    said = [n for n in names if any(phrase_at(words(x), n) for x in shown)]
    return (set(), said) if said else None


def _short_names(instruction: str) -> list[list[str]]:
    """The words of the task's proper names of two words ("Anita Patel"), those a list's search box finds."""
    said = [words(re.split(r"['’]s\b", n)[0]) for n in task_names(instruction)]
    return [ws for ws in said if len(ws) == 2 and all(w.isalpha() for w in ws)]


def _long_names(instruction: str) -> list[list[str]]:
    """The words of the task's proper names of three words or more, those a list's search is typed with
    ("Riverside Youth Boxing Club")."""
    said = [words(re.split(r"['’]s\b", n)[0]) for n in task_names(instruction)]
    return [ws for ws in said if sum(w.isalpha() for w in ws) >= 3]  # (a code's pieces are no name's words)


def searched_result(f: Features, instruction: str) -> int | None:
    """The one text reading the identifier a list's search just brought up (``only_searched``), outside the
    box: "1987.45.1" over "Heron in Reeds", the record to open ("take 1987.45.1 off the public online
    collection"). None otherwise."""
    if (searched := _searched_for(f, instruction)) is None:
        return None
    ids, names = searched
    verb = lead_word(words(instruction))
    if verb in {w for n in task_names(instruction) for w in words(n)} | {w for n in names for w in n} \
            | {w for c in ids for w in words(c)} \
            or verb not in VERBS and re.search(rf"\b{verb.capitalize()}\b", instruction) \
            and not re.search(rf"\b{verb}\b", instruction):
        verb = ""  # (a story's first name or code is no verb: "Kowalski v Kowalski (FA-2024-0231) has settled …",
        # "HB-5108's invoice has been paid")
    if verb and any(1 <= len(ws := words(f.cand_text[t])) <= 3 and ws[0] == verb for t in range(len(f.cand_text))
                    if f.cand_kind[t] == KINDS["text"]):
        return None  # (its row's button acts: "Check in")
    mid = (f.cand_box[:, :2] + f.cand_box[:, 2:]) / 2

    def one_line(q: int) -> bool:  # a field's box holds one line; a list's row found as a box, two ("Anita
        # Patel" over "PT-4101 · Frozen shoulder (L)")
        ys = [float(mid[t][1]) for t in texts_inside(f, int(q))]
        return not ys or max(ys) - min(ys) <= 8 * f.scale
    boxes = [f.cand_box[q] for q in np.flatnonzero(f.cand_kind == KINDS["input"]) if one_line(q)]
    def named(ws: list[str], n: list[str]) -> bool:  # its words start with the name's, OCR's slips forgiven
        return len(ws) >= len(n) and all(w == x or one_edit(w, x) for w, x in zip(ws, n, strict=False))

    typed = [k for k in range(len(f.hist_kind)) if ACTIONS[int(f.hist_kind[k])] == "type"][-1:]
    into = [f.cand_box[q] for q in np.flatnonzero(f.cand_kind == KINDS["input"]) for k in typed
            if within_box(acted_at(f, k), f.cand_box[q])]  # (the box typed into shows what was typed)
    found = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
             and (ids & _tokens(f.cand_text[t]) or any(named(words(f.cand_text[t]), n) for n in names))
             and not any(within_box(mid[t], b) and float(b[3] - b[1]) <= 60 * f.scale for b in boxes)
             and not any(within_box(mid[t], b) for b in into)]
    if len(found) > 1:  # the name, not the e-mail address under it ("Maggie Doyl" over "maggie.doyle@…")
        found = [t for t in found if "@" not in f.cand_text[t]] or found
    return found[0] if len(found) == 1 else None


# a list's empty state: "No orders for this selection.", "No results found", "Nothing matches your search"
_NOTHING_FOUND = re.compile(r"\b(?:no\s+(?:[a-z]+\s+){0,2}?(?:found|match(?:es|ing)?|for|in|to\s+show|yet)\b|"
                            r"no\s+results?\b|nothing\s+(?:found|matches|to\s+show)\b)", re.I)
# a filter's widest choice: "All days", "All", "All statuses", "Any status"
_ALL_CHOICE = re.compile(r"\s*(?:all|any)(?:\s+[a-z]+){0,2}\s*", re.I)


def widened_search(f: Features, instruction: str) -> int | None:
    """The filter's widest tab ("All days") when the identifier or long name the last step typed into a list's
    search brought up nothing ("No orders for this selection."): the list shown was one day's, the thing is in
    another's ("cancel order WO-3318" typed on the "Tomorrow" tab). A short text reading "All …"/"Any …" not
    clicked before: the one naming what it widens to, else the one such."""
    steps = [k for k in range(len(f.hist_kind)) if ACTIONS[int(f.hist_kind[k])] != "scroll"]
    if not steps or ACTIONS[int(f.hist_kind[steps[-1]])] != "type" or _ASKS_TYPING.search(instruction) \
            or not (_codes(instruction) or _long_names(instruction)):
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    if not any(_NOTHING_FOUND.search(f.cand_text[t]) and len(words(f.cand_text[t])) <= 8 for t in texts):
        return None
    alls = [t for t in texts if _ALL_CHOICE.fullmatch(f.cand_text[t]) and not clicked_in(f, t, ever=True)]
    named = [t for t in alls if len(words(f.cand_text[t])) > 1]  # a tab names what it widens to ("All days"; a
    # list's bare "All" is a select's value)
    return named[0] if len(named) == 1 else alls[0] if len(alls) == 1 else None


# a person's rows a story acts on: "move her Friday afternoon patients over to Harriet"
_THEIR_ROWS = re.compile(rf"\b(?:her|his)\s+(?:[\w-]+\s+){{0,3}}?{ROWS_SAID}\b", re.I)
_EVERYONE = re.compile(r"\s*(?:everyone|everybody|anyone|anybody|"
                       r"all\s+(?:staff|people|[a-z]+(?:ers|ors|ians|ists)))\s*", re.I)  # (people, not "All day")


def person_filter(f: Features, told: str) -> tuple[int, str] | None:
    """The list's filter of people showing everyone, and the first name of the person whose rows the story acts
    on: "Rachel's on a training course … Can you move her Friday afternoon patients over to Harriet?" types
    "Rachel" into "Clinician [Everyone]" (its option) where two rows or more read "Rachel …". The name is the
    last one said before "her"/"his"; None where no such filter shows, or it was typed."""
    if (m := _THEIR_ROWS.search(told)) is None:
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    names = [n.group(1) for n in re.finditer(r"(?<![\w'’-])((?-i:[A-Z])[a-z]{2,})\b", told[:m.start()])]
    name = next((n for n in reversed(names) if sum(words(f.cand_text[t])[:1] == [n.lower()]
                                                   and len(words(f.cand_text[t])) == 2 for t in texts) >= 2), None)
    if name is None:
        return None
    boxes = [q for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"]))
             if any(_EVERYONE.fullmatch(f.cand_text[t]) for t in texts_inside(f, q))]
    return (boxes[0], name) if len(boxes) == 1 and not typed_into(f, boxes[0], "") else None


def _filter_label(f: Features, q: int, texts: list[int]) -> list[str]:
    """The words of select ``q``'s label: the short text left of it on its line (100 CSS px at most)."""
    mid = (float(f.cand_box[q][1]) + float(f.cand_box[q][3])) / 2
    left = [t for t in texts if float(f.cand_box[t][2]) <= float(f.cand_box[q][0]) + 2 * f.scale
            and float(f.cand_box[q][0]) - float(f.cand_box[t][2]) <= 100 * f.scale
            and float(f.cand_box[t][1]) - 6 * f.scale <= mid <= float(f.cand_box[t][3]) + 6 * f.scale]
    return words(f.cand_text[max(left, key=lambda t: float(f.cand_box[t][2]))]) if left else []


def column_filter(f: Features, told: str) -> tuple[int, str] | None:
    """A list's filter (a select reading "All …" or "Any") and the value a story picking rows in bulk
    (``bulk_story``) narrows it to, read off the column its label heads: "any vegetable entries that still
    haven't been staged count as absent now … Not Frank Dinsdale's beans" types "Vegetables" into "Section [All
    sections]" (a "Section" cell reads the story's word, plural aside) and "Entered" into "Status [Any]" (the
    column's one other state than the one the story says they are not in); "… cancel tomorrow's trips on that
    stretch … the Glasbury to Hay stretch" types "Glasbury to Hay" into "Trip [All trips]" (a cell's first words
    said together). Never the state the story's own act leaves ("cancel": "Cancelled"); each filter once."""
    if not bulk_story(told):
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    said = words(told)
    plain = {w.removesuffix("s") for w in said if len(w) >= 4}
    negated = {m.group("state").lower() for m in _NOT_YET.finditer(told)}
    filters = sorted((q for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"]))
                      if any(_ALL_CHOICE.fullmatch(f.cand_text[t]) for t in texts_inside(f, q))),
                     key=lambda q: float(f.cand_box[q][0]))
    for q in filters:
        if typed_into(f, q, "") or not (label := _filter_label(f, q, texts)):
            continue
        heads = [t for t in texts if float(f.cand_box[t][1]) > float(f.cand_box[q][3])
                 and [w.removesuffix("s") for w in words(f.cand_text[t])] == [w.removesuffix("s") for w in label]]
        if len(heads) != 1:
            continue
        h = heads[0]
        cells = [t for t in texts if float(f.cand_box[t][1]) > float(f.cand_box[h][3])
                 and abs(float(f.cand_box[t][0] - f.cand_box[h][0])) <= 12 * f.scale]
        values = list(dict.fromkeys(" ".join(words(f.cand_text[t])) for t in cells))
        if len(cells) < 2:
            continue
        found: list[str] = []
        for v in values:
            ws = v.split()
            if len(ws) == 1 and ws[0] in negated:
                others = [o for o in values if o != v]
                if len(others) == 1 and len(others[0].split()) == 1:
                    return q, others[0].capitalize()
            elif len(ws) == 1 and len(ws[0]) >= 4 and ws[0].removesuffix("s") in plain:
                found.append(ws[0].capitalize())
            elif len(ws) >= 3 and (run := next((n for n in range(len(ws), 2, -1) if phrase_at(said, ws[:n])), 0)):
                m = re.search(r"\b" + r"\W+".join(map(re.escape, ws[:run])), told, re.I)
                return (q, m.group()) if m else None
        if len(found) > 1:  # (of two said, the one the rows are picked by: "Any Beaver who'll be eight … is going
            # up to Cubs")
            found = [v for v in found if re.search(rf"{_IN_BULK.pattern}\s+{v.lower().removesuffix('s')}", told, re.I)]
        if len(found) == 1:
            return q, found[0]
    return None


def section_opened(f: Features, strict: bool = False) -> bool:
    """Whether the last step opened a section of the site: a click on a link of its top bar or left sidebar (or,
    where none is read there, on its highlighted entry; not when ``strict``)."""
    if not len(f.hist_kind) or ACTIONS[int(f.hist_kind[-1])] != "click":
        return False
    p = acted_at(f)
    return in_nav(f, p) and (any(within_box(p, f.cand_box[t]) for t in _explore_links(f))
                             or not strict and not any(within_box(p, b) for b in f.cand_box))


# another's reference for a thing, a value to record rather than a record to find: "I've ordered the units from
# Pilkington: their reference is PK-77213"
_THEIR_REF = r"\b(?:their|his|her|its|[A-Z][\w&]*['’]s)\s+(?:own\s+)?(?:order\s+|job\s+|booking\s+)?" \
    r"(?:reference|ref)\b\.?\s*(?:is\s+|was\s+|:\s*)?#?"


def id_search(f: Features, instruction: str) -> tuple[int, str] | None:
    """The filter box and the identifier to type into it, for a first step on a list that shows identifiers
    shaped like the one the task names but not it: "Send Brightline Dental a payment reminder for invoice
    INV-0038" on a list of INV-0050 … INV-0041 types INV-0038 into "Filter by number or client", as a person
    does rather than scroll a long list. The boxes are entry fields whose hint or label searches or filters; of
    several, the one whose hint names a number or an ID, else the lowest (a list's own filter, under the site's
    search). On a first step or right after a section opened ("Check in booking FB-58240": Vehicle bookings);
    None once anything else was done, or when the identifier is shown, none like it is, no box is, or it is
    another's reference told to record ("their reference is PK-77213")."""
    if len(f.hist_kind) > 1:
        return None
    ids = [i for i in _codes(instruction) if not re.search(_THEIR_REF + re.escape(i), instruction, re.I)]
    shown = {w for t in f.cand_text for w in _tokens(t)}
    if not ids or any(i.lower().lstrip("#") in shown for i in ids):
        return None
    forms = {re.sub(r"[a-z]+", "a", _shape(w)) for w in shown}  # (another prefix, one shape: "CV-2024-0405"
    alike = [i for i in ids if re.sub(r"[a-z]+", "a", _shape(i)) in forms]  # shown for "FA-2024-0231")
    boxes = _search_boxes(f)
    if len(alike) != 1 or not boxes or len(f.hist_kind) and not section_opened(f):
        return None
    noun = re.search(r"(\w+)\s+#?" + re.escape(alike[0]), instruction)  # "at location B-04-1": Locations
    if noun and not len(f.hist_kind) and any(
            noun.group(1).lower().removesuffix("s") in {w.removesuffix("s") for w in words(f.cand_text[t])}
            and not _open_page(f, t) for t in _explore_links(f)):
        return None  # (the section the code's noun names lists it, not this page's search)
    named = [q for q in boxes if any(set(ws) & {"number", "id", "no", "reference", "ref"} for ws, _ in _labels(f, q))]
    area = {q: float((f.cand_box[q][2] - f.cand_box[q][0]) * (f.cand_box[q][3] - f.cand_box[q][1])) for q in boxes}
    if named:  # the field itself, not a panel around it that borrowed its hint
        return min(named, key=lambda q: area[q]), alike[0]
    return max(boxes, key=lambda q: float(f.cand_box[q][1])), alike[0]


_ASKS_CODE = frozenset({"number", "id", "no", "reference", "ref", "code", "search", "filter", "find", "track",
                        "tracking"})


def code_elsewhere(f: Features, instruction: str, j: int, typed: str) -> bool:
    """Whether typing ``typed`` into field ``j`` on a first step is a stray: the task's one identifier ("Check
    in booking FB-58240, the driver is at the booth."), shown nowhere here nor any shaped like it, into a field
    whose label shares no word of the task and asks for no number or search (a ferry's sailings list has only
    a "Route" select): the thing's list is in another of the site's sections."""
    if len(f.hist_kind) or j >= len(f.cand_text):
        return False
    ids = _codes(instruction)
    if len(ids) != 1 or typed.strip().lower().lstrip("#") != ids[0].lower().lstrip("#"):
        return False
    shown = {w for t in f.cand_text for w in _tokens(t)}
    if any(_shape(w) == _shape(ids[0]) for w in shown):
        return False
    label = set(words(f.cand_text[j]))
    if f.cand_kind[j] == KINDS["input"]:
        label |= {w for ws, _ in _labels(f, j) for w in ws}
    said = {w for w in words(instruction) if w.isalpha() and len(w) >= 3}
    return not label & (said | _ASKS_CODE)


def named_item(f: Features, instruction: str, j: int, span: tuple[int, int]) -> int | None:
    """The name of a list's entry the network would type into, read as a field: "Dana Whitfield has a new mobile
    number: 07700 900412 …" on a list of owners whose entries are boxes ("Dana Whitfield  Rex, Willow"): her
    entry is opened first (its text clicked). A box holding a person or thing the task names (two words or
    more) and not the words typed; None for any other field, or once it was clicked."""
    if j >= len(f.cand_text) or f.cand_kind[j] != KINDS["input"] or clicked_in(f, j, ever=True):
        return None
    typed = words(instruction[span[0]:span[1]])
    names = [words(n) for n in task_names(instruction) if len(words(n)) >= 2 and words(n) != typed]
    inside = [t for t in texts_inside(f, j) if words(f.cand_text[t])]
    hits = [t for t in inside if any(phrase_at(words(f.cand_text[t]), n) for n in names)]
    return hits[0] if hits else None


# a person telling the story: "… has just rung", "…'s just phoned", "… popped in"
_RANG = (r"(?:['’]s|\s+has|\s+have)?\s+(?:just\s+)?(?:rung|rang|phoned|called|emailed|texted|popped\s+in|come\s+in|"
         r"been\s+in)\b")


# a person who paid: "Claire Whitmore paid the deposit …", "Mr Okoro has just paid"
_PAID = r"\s+(?:has\s+|have\s+)?(?:just\s+)?(?:paid|settled)\b"


# a thing of a person's the story tells them to have answered: "Mrs Adeyemi has accepted our quote … Please book
# it in" books no new thing
_ACCEPTED = re.compile(r"\b(?:has|have)\s+(?:just\s+)?(?:accepted|approved|agreed\s+to|signed\s+off|confirmed)\b", re.I)


def name_search(f: Features, instruction: str, untyped: bool = False, told: str | None = None
                ) -> tuple[int, str] | None:
    """The list's search box and the name of the task's thing, once two scrolls in a row have not brought its
    row to a rule that acts on it ("Harbor Dental's 250 business cards are done …" scrolled a list whose
    other rows are on a second page; a person types "Harbor Dental" into "Search orders, customers, notes…"),
    or when a click just opened a list not showing it and the network would not type (``untyped``:
    "Milo the beagle went home …" opened Animals, Milo further down), or on a first step for a name of three
    words or more (two for a person who rang, as ``told`` tells, or a surname after "Mr", "Mrs", …) that a
    long list under the box does not show ("the Riverside Youth Boxing Club application" on page 1 of 4). The
    name is the first clause's first proper name (its owner's, before an "'s"); the box, as ``id_search`` finds
    one. None after other steps, for a task that asks to scroll, or for a new thing's."""
    kinds = [ACTIONS[int(k)] for k in f.hist_kind]
    first = not kinds and untyped
    if not (kinds[-1:] == ["click"] and untyped) and (len(kinds) < 2 or set(kinds) != {"scroll"}) and not first:
        return None
    if (spans := clause_spans(instruction)) and re.search(r"\bnew\b", instruction[slice(*spans[0])], re.I) \
            or story_new_button(f, told or instruction) is not None:
        return None  # (a new thing is in no list yet: "Please sign up Kwame Mensah as a new member …", "A Mrs
        # Lowther rang about a garden party … Please put it in as an enquiry" under "+ New enquiry"; not "Milo …
        # went home with his new family")
    boxes = _search_boxes(f)
    if not boxes:
        return None
    # a section opened (a click on a link of the site's top bar or left sidebar, or where none is read: its
    # highlighted entry), and the network would not type
    opened = section_opened(f)
    if not opened and set(kinds) != {"scroll"} and not first:
        return None
    clauses = clause_spans(instruction)
    if not clauses or SCROLL_CLAUSE.match(instruction, *clauses[0]):
        return None
    a, b = clauses[0]
    if opened and (words(instruction[a:b]) or [""])[0] in BRINGS_NEW:
        return None  # ("Add Maya Torres to the U12 …": a new thing, no row to look for)
    said = [n for n in task_names(instruction) if 0 <= instruction.find(n, a) < b] \
        or re.findall(r"(?<=\s)[A-Z][a-z]{2,}\b", instruction[a:b])  # (a lone capitalised word: "Milo")
    names = [n for n in (re.split(r"['’]s\b", q)[0].strip() for q in said) if any(w.isalpha() for w in words(n))]
    names = [re.sub(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:and\s+)?)+(?=[A-Z])", "", n) for n in names]  # ("Mr and
    # Mrs Bianchi": the surname they are listed by)
    if not names or opened and shows(list(f.cand_text), words(names[0])):
        return None
    family = re.fullmatch(r"[A-Z][a-z]+s", names[0]) is not None and re.search(
        r"\b[Tt]he\s+" + re.escape(names[0]) + r"\b", instruction) is not None
    names[0] = names[0][:-1] if family else names[0]  # ("The Okafors have decided …": listed as Okafor)
    titled = family or re.search(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+" + re.escape(names[0]), instruction) is not None
    # (a person by title and surname: "Mr Whitaker", shown where a text ends with it, not "Whitaker Hall Library")
    person = titled or re.search(re.escape(names[0]) + f"(?:{_RANG}|{_PAID})", told or instruction) is not None
    # ("Neil Carver's just phoned …", "Claire Whitmore paid the deposit …"; not "the Peony Blush", a product,
    # whose section the network opens)
    if first and (sum(w.isalpha() for w in words(names[0])) + titled < (2 if person else 3)
                  or (words(instruction[a:b]) or [""])[0] in BRINGS_NEW and not (
                      person and _ACCEPTED.search(told or instruction))
                  or (any(words(t)[-1:] == words(names[0])[-1:] for t in f.cand_text) if titled
                      else shows(list(f.cand_text), words(names[0]))
                      or {w for w in words(names[0]) if w.isalpha()} <= {w for t in f.cand_text for w in words(t)})
                  or not _listed_like(f, boxes)):
        return None  # (on a first step: a name of a list's row not on its page, "the Riverside Youth Boxing
        # Club application" on page 1 of 4 of applications; not one whose words all show: "The Hanley Builders
        # Transit" on the row of Hanley Builders Ltd's Ford Transit, "Halden Pharmacy" on two lines)
    return max(boxes, key=lambda q: float(f.cand_box[q][1])), names[0]


# a street address said in a story: "the lime tree at 4 Church Walk"
_ADDRESS = re.compile(r"\b\d{1,4}[a-z]?\s+(?:[A-Z][a-z]+\s+){1,3}?(?:Road|Rd|Street|St|Lane|Walk|Avenue|Close|"
                      r"Drive|Way|Court|Crescent|Place|Grove|Rise|Hill|Gardens|Terrace|Row|Green|Park|Mews|Square)\b")


_NEW_THING = re.compile(r"\b(?:new|enquiry|walk-in|sign\s+up|add)\b", re.I)  # (a story of a thing to make)


def place_search(f: Features, told: str) -> tuple[int, str] | None:
    """On a first step, the list's search box and the street address a story tells its thing by, where the
    address shows nowhere: "… the work on the lime tree at 4 Church Walk, so that quote can't go ahead" on page
    one of twenty quotes types "4 Church Walk" there. None for a new thing's story."""
    if len(f.hist_kind) or (m := _ADDRESS.search(told)) is None or _NEW_THING.search(told) \
            or _MOVED_TO.search(told[:m.start()]):
        return None  # (not where a person moved to: nothing is there yet)
    boxes = _search_boxes(f)
    if not boxes or shows(list(f.cand_text), [w for w in words(m.group()) if w.isalpha()]):
        return None
    if not _listed_like(f, boxes):
        return None
    return max(boxes, key=lambda b: float(f.cand_box[b][1])), m.group()


# the address a person moved to: "He's also moved house, to 3 Chapel Row", "her new address is 4 Mill Lane"
_MOVED_TO = re.compile(r"\b(?:moved|moving|new\s+address)\b[^.;!?]{0,30}$", re.I)


def _moved_to(told: str) -> re.Match | None:
    """The street address a story says a person moved to (``_MOVED_TO`` just before it), else None."""
    return next((m for m in _ADDRESS.finditer(told) if _MOVED_TO.search(told[:m.start()])), None)


def _address_fields(f: Features) -> list[int]:
    """The entry fields labelled "Address" or "Street" (their own label's first word), no table's row."""
    return [q for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"])) if not row_band(f, q)
            and (lab := _own_label(f, q)) is not None and words(f.cand_text[lab])[:1] in (["address"], ["street"])]


def moved_address(f: Features, told: str, typed: bool = False) -> tuple[int, str] | None:
    """The field labelled "Address" (or "Street") and the street address a person moved to: "He's also moved
    house, to 3 Chapel Row in the same village, so please update his address" types "3 Chapel Row" over "11
    Chapel Row". None when the story tells no move, no one such field is here, or it reads the address (unless
    ``typed``)."""
    if (m := _moved_to(told)) is None:
        return None
    found = _address_fields(f)
    if len(found) != 1 or not typed and (typed_into(f, found[0], m.group()) or any(
            m.group().lower() == f.cand_text[t].strip().lower() for t in texts_inside(f, found[0]))):
        return None
    return found[0], m.group()


def address_tab(f: Features, told: str) -> int | None:
    """The record's "Details" tab (or "Contact", "Address", "Profile": one text alone on the screen reading just
    that), for a story telling a person moved (``moved_address``) once the rest is done, where no address field
    shows: "… paid his membership renewal … He's also moved house, to 3 Chapel Row" after the renewal on the
    "Membership" tab. None when an address field shows, or the tab was clicked."""
    if _moved_to(told) is None or not len(f.hist_kind) or _address_fields(f):
        return None
    tabs = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
            and words(f.cand_text[t]) in (["details"], ["contact"], ["address"], ["profile"], ["contact", "details"])]
    return tabs[0] if len(tabs) == 1 and not clicked_in(f, tabs[0], ever=True) else None


# a contact told after a colon: "… to be his emergency contact instead of his dad: Sarah Marsh, 07700 900219"
_COLON_CONTACT = re.compile(r"([^.:;!?]*):\s*((?-i:[A-Z][a-z'’-]+)(?:\s+(?-i:[A-Z][a-z'’-]+)){1,2}),?\s+"
                            r"(\+?\d[\d ]{6,}\d)")


def contact_field(f: Features, told: str) -> tuple[int, str] | None:
    """The name and phone fields of the contact a story gives after a colon, and what goes in each: "She'd also
    like to be his emergency contact instead of his dad: Sarah Marsh, 07700 900219" types "Sarah Marsh" into
    "Emergency contact name", then the number into "Emergency contact phone" (fields labelled with "name" and
    with "phone", "mobile" or "tel", sharing a word with the words before the colon: not a record's own "Full
    name"). The first not typed yet; None when none is left or the story gives no such contact."""
    if (m := _COLON_CONTACT.search(told)) is None:
        return None
    before = {w[:5] for w in words(m.group(1)) if len(w) >= 4}
    labelled = [(q, set(words(f.cand_text[lab]))) for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"]))
                if not row_band(f, q) and (lab := _own_label(f, q)) is not None]
    for value, kinds in ((m.group(2), {"name"}), (m.group(3), {"phone", "mobile", "tel", "telephone"})):
        fields = [(q, ws) for q, ws in labelled if ws & kinds]
        fields = [q for q, ws in fields if {w[:5] for w in ws if len(w) >= 4} & before]
        if len(fields) == 1 and not typed_into(f, fields[0], "") and not any(  # (typed, or showing it exactly:
                f.cand_text[t].strip() == value for t in texts_inside(f, fields[0])):  # 07700 900218 is no 900219)
            return fields[0], value
    return None


def _cell_over(f: Features, t: int) -> bool:
    """Whether text ``t`` stands over another within 30 CSS px, across it: a table's cell over the next row's, not
    a tab over its page."""
    x0, _, x1, y1 = (float(v) for v in f.cand_box[t])
    return any(u != t and f.cand_kind[u] == KINDS["text"] and 0 <= float(f.cand_box[u][1]) - y1 <= 30 * f.scale
               and float(f.cand_box[u][0]) < x1 and float(f.cand_box[u][2]) > x0 for u in range(len(f.cand_text)))


# a dialog's buttons, not a record's tabs: "Cancel  Pause membership"
_BUTTON_WORDS = frozenset({"cancel", "close", "save", "ok", "done", "back", "apply", "submit", "delete", "confirm"})


def _priced_tab(f: Features, told: str, texts: list[int]) -> int | None:
    """The tab named by a thing the story prices that no box here prices: "their permit fee is now £186" on a
    dialog's "Details | Fees & rules" (its fields name, place, authority): "Fees & rules". A text of the upper
    half, one of two to five short texts side by side (40 CSS px apart at most: a dialog's tabs, though a row
    of the table behind it shares their line), no field's label or value; never clicked twice."""
    if not (prices := _told_prices(told)):
        return None
    boxes = _priced_boxes(f, False)
    priced = {w.rstrip("s") for _, _, ws, topic in prices if not _price_hits(boxes, ws, topic=topic) for w in ws
              if len(w) >= 3}
    if not priced:
        return None
    inputs = list(map(int, np.flatnonzero(f.cand_kind == KINDS["input"])))
    named = {lab for q in inputs if (lab := _own_label(f, q)) is not None} | {
        u for q in inputs if float(f.cand_box[q][2] - f.cand_box[q][0]) <= 500 * f.scale for u in texts_inside(f, q)}
    found = []
    for t in texts:
        if t in named or float(f.cand_box[t][3]) > 0.5 * f.frame_size[1] \
                or not {w.rstrip("s") for w in words(f.cand_text[t]) if len(w) >= 3} & priced:
            continue
        mid = (float(f.cand_box[t][1]) + float(f.cand_box[t][3])) / 2
        line = sorted((u for u in texts if abs((float(f.cand_box[u][1]) + float(f.cand_box[u][3])) / 2 - mid)
                       <= 4 * f.scale), key=lambda u: float(f.cand_box[u][0]))
        k = line.index(t)
        while k > 0 and float(f.cand_box[line[k]][0] - f.cand_box[line[k - 1]][2]) <= 40 * f.scale:
            k -= 1
        run = [line[k]]
        for u in line[k + 1:]:
            if float(f.cand_box[u][0] - f.cand_box[run[-1]][2]) > 40 * f.scale:
                break
            run.append(u)
        if 2 <= len(run) <= 5 and not set(run) & named:
            found.append(t)
    return found[0] if len(found) == 1 and not clicked_in(f, found[0], ever=True) else None


def story_tab(f: Features, told: str) -> int | None:
    """The tab of a record opened (a line of two to five short texts, side by side within 40 CSS px, under the
    record's title) whose words the story says, once none of its fields' labels say them: "Joe Marsh's mum has
    emailed: he has a nut allergy … get that onto his medical notes. She'd also like to be his emergency
    contact …" on "Profile | Medical & emergency | Courses": "Medical & emergency" (two of its words of four
    letters or more, by their first five: one word, "Bookings", is no sign, but the thing the story moves, "Can
    you move their collection?": "Collection"). Where no tab says them and no
    field's label here is said either, the tab nearest in meaning to the story (all-MiniLM-L6-v2), clearly
    ahead of the others: "Tom Fenwick wants to move up from the six-bottle club to the twelve …" on "Profile |
    Membership | Cases" (his name, phone, address): "Membership"; else the tab of a thing the story prices that
    no box here prices (``_priced_tab``: "their permit fee is now £186": "Fees & rules"). Never clicked twice;
    None after no click."""
    from tilepilot.model.embedded.text import shared_encoder

    kinds = [ACTIONS[int(k)] for k in f.hist_kind if ACTIONS[int(k)] != "scroll"]
    if not kinds or kinds[-1] != "click":
        return None
    said = {w[:5] for w in words(told) if len(w) >= 4}
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
             and 1 <= len(ws := words(f.cand_text[t])) <= 3 and max(map(len, ws)) >= 3 and not _nav(f, t)]
    # (not a tick read as "V" beside its label)
    tabs = []
    for t in texts:
        mid = (float(f.cand_box[t][1]) + float(f.cand_box[t][3])) / 2
        line = [u for u in texts if abs((float(f.cand_box[u][1]) + float(f.cand_box[u][3])) / 2 - mid) <= 4 * f.scale]
        line.sort(key=lambda u: float(f.cand_box[u][0]))
        if 2 <= len(line) <= 5 and not any(float(f.cand_box[v][0] - f.cand_box[u][2]) > 40 * f.scale
                                           for u, v in zip(line, line[1:], strict=False)):
            tabs.append(t)
    found = [t for t in tabs if (len({w[:5] for w in words(f.cand_text[t]) if len(w) >= 4} & said) >= 2
                                 or len(ws := words(f.cand_text[t])) == 1 and len(ws[0]) >= 5 and re.search(
                                     rf"\b(?:move|change|switch)\s+(?:their|his|her|the)\s+{ws[0]}\b", told, re.I))
             and not _labels_field(f, t) and not any(
                 abs(float(f.cand_box[q][1] + f.cand_box[q][3] - f.cand_box[t][1] - f.cand_box[t][3])) <= 8 * f.scale
                 for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"])))]  # (one word, the thing the
    # story's act moves: "Can you move their collection?": "Collection"; no row with a box on its line: "hot towel
    # shaves | 30 min | [22]" just added)
    labels = {w[:5] for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"]))
              if (lab := _own_label(f, q)) is not None for w in words(f.cand_text[lab]) if len(w) >= 4}
    low = max((float(f.cand_box[t][3]) for t in tabs if float(f.cand_box[t][3]) <= 0.5 * f.frame_size[1]),
              default=None)  # the tab strip: the lowest such line in the upper half (over the record's fields)
    strip = [t for t in tabs if low is not None and abs(float(f.cand_box[t][3]) - low) <= 8 * f.scale]
    left = min((float(f.cand_box[t][0]) for t in strip), default=0.0)
    own = {w[:5] for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"]))
           if strip and float(f.cand_box[q][0]) >= left - 30 * f.scale and float(f.cand_box[q][1]) >= low
           and (lab := _own_label(f, q)) is not None for w in words(f.cand_text[lab]) if len(w) >= 4}
    if not found and (q := _priced_tab(f, told, texts)) is not None:
        return q
    if not found and 2 <= len(strip) <= 5 and own and not own & said and len(words(told)) >= 12 \
            and not any(re.fullmatch(r"[A-Z][a-z]+\s+[A-Z][a-z]+.*", f.cand_text[t].strip())
                        or words(f.cand_text[t])[0] in _BUTTON_WORDS or _cell_over(f, t) for t in strip) \
            and not re.search(r"\btabs?\b", told, re.I):  # (a story, not a command naming its tab)
        tabs, labels = strip, own
        enc = shared_encoder()
        sims = enc.texts([f.cand_text[t] for t in tabs]) @ enc.texts([told])[0]
        order = np.argsort(-sims)
        if sims[order[0]] >= 0.15 and (len(tabs) == 1 or sims[order[0]] - sims[order[1]] >= 0.04):
            found = [tabs[int(order[0])]]
    if len(found) == 1 and len(words(f.cand_text[found[0]])) == 1 and found[0] in strip:
        labels = own  # (a field's label behind the dialog, the page's "Collection day" filter, says nothing here)
    if len(found) != 1 or clicked_in(f, found[0], ever=True) or {w[:5] for w in words(f.cand_text[found[0]])
                                                                 if len(w) >= 4} & labels:
        return None
    return found[0]


def _listed_like(f: Features, boxes: list[int]) -> bool:
    """Whether a list of rows stands under the search box: eight texts or more below it on one left edge
    (within 6 CSS px), one under another (a table's or a list's column)."""
    q = max(boxes, key=lambda b: float(f.cand_box[b][1]))
    lefts = [float(f.cand_box[t][0]) for t in range(len(f.cand_text))
             if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t]) and f.cand_box[t][1] > f.cand_box[q][3]]
    return any(sum(abs(x - y) <= 6 * f.scale for y in lefts) >= 8 for x in lefts)


# "Rename the device Battery B to 'Garage battery'": the thing by its old name, then the new one
_RENAME = re.compile(r"\W*(?:please\s+)?rename\s+(?P<old>.+?)\s+(?:to|as)\s+(?P<new>.+?)\W*$", re.I)


def rename_field(f: Features, instruction: str) -> tuple[int, tuple[int, int]] | None:
    """The field a rename dialog shows a thing's name in, and the task's characters of its new name: "Rename the
    device Battery B to 'Garage battery'" opened "Rename device" with "Battery B" in its field, which is cleared
    and typed. The one entry field showing words the task says before "to" (the old name), else the one
    labelled a name or a title. None for any other first clause, before such a field shows, or once the new
    name was typed."""
    clauses = clause_spans(instruction)
    if not clauses or (m := _RENAME.match(instruction, *clauses[0])) is None:
        return None
    quoted = QUOTED.search(instruction, m.start("new"), clauses[0][1])
    span = (quoted.start(quoted.lastindex or 0), quoted.end(quoted.lastindex or 0)) if quoted else m.span("new")
    if value_typed(f, span):
        return None
    old = words(m.group("old"))
    fields = [int(q) for q in np.flatnonzero(f.cand_kind == KINDS["input"]) if _entry(f, int(q))]
    showing = [q for q in fields if any(k == 0 and ws and phrase_at(old, ws) for ws, k in _labels(f, q))]
    named = [q for q in fields if any({"name", "title"} & set(ws) for ws, _ in _labels(f, q))]
    pick = showing or named
    return (pick[0], span) if len(pick) == 1 else None


# what a clause puts somewhere: "Put the lemon herb chicken on Thursday's dinner": lemon herb chicken
_PUT_WHAT = re.compile(r"\W*(?:please\s+)?(?:put|add|plan|schedule|place|slot)\s+(?:the\s+|a\s+|an\s+|some\s+)?"
                       r"(?P<what>[\w' &-]+?)\s+(?:on|to|in|into|for|at)\b", re.I)
# … or whom it gives a thing to: "Give J-40531 to Kofi Asante" (a dialog's "Select driver…")
_GIVE_TO = re.compile(r"\W*(?:please\s+)?(?:give|assign|reassign|hand|allocate|transfer|pass)\s+.+?\s+to\s+"
                      r"(?P<what>(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))", re.I)
# a list's prompt: "Choose a recipe…", "Select…"
_PROMPT = re.compile(r"\W*(?:choose|select|pick)(?:\s+(?:a|an|the|one)?\b|\s*(?:\.{2,}|…)|\s*[—–-]+\s*$)"
                     r"|\W*[—–-]+\s*(?:choose|select|pick)\s*$|(?-i:\W*(?:choose|select|pick)\W*$)",
                     re.I)  # ("Select a reason…", "Choose...", "— select —", "choose" of "— choose —" OCR cut; not
# a button's "Select")


def _put_what(instruction: str) -> re.Match[str] | None:
    """What the first clause puts or gives somewhere, its group "what" (``_PUT_WHAT``, ``_GIVE_TO``)."""
    clauses = clause_spans(instruction)
    if not clauses or _ON_HOLD.match(instruction, *clauses[0]):
        return None  # ("Put prescription RX-20433 on hold": a state, not a place)
    return _PUT_WHAT.match(instruction, *clauses[0]) or _GIVE_TO.match(instruction, *clauses[0])


def put_choice(f: Features, instruction: str) -> tuple[int, tuple[int, int]] | None:
    """The list a dialog asks to choose from and the task's words for what it puts there: "Put the lemon herb
    chicken on Thursday's dinner" opened "Add Thursday dinner", whose list reads "Choose a recipe…": the dish is
    typed into it (a native list picks the option reading it); "Give J-40531 to Kofi Asante": the driver. The
    one field whose own text prompts a choice; None for a task that puts nothing, before such a field shows, or
    once the words were typed."""
    if _PAID_WAY.search(instruction) or (m := _put_what(instruction)) is None or value_typed(f, m.span("what")):
        return None  # (a thing put on an account is paid so: ``paid_way``)
    fields = [int(q) for q in np.flatnonzero(f.cand_kind == KINDS["input"])
              if any(k == 0 and _PROMPT.match(" ".join(ws)) and len(ws) <= 4 for ws, k in _labels(f, int(q)))]
    return (fields[0], m.span("what")) if len(fields) == 1 else None


# a task that tells why: a second sentence, a dash or colon, "because", "since", "due to", "for <reason>"
_GIVES_REASON = re.compile(r"[—–]|(?<!\d):(?!\d)|\s-\s|[.!?;]\s+\S|\b(?:because|since|due\s+to|as|reason)\b|,\s*so\b|"
                           r"\bfor\s+(?!\d)(?!the\b)[a-z]|"
                           r",\s*(?:the|my|our|his|her|their|its?|they|he|she)\s+(?:[\w'’-]+\s+){0,3}?(?:has|have|had|is|"
                           r"are|was|were|got|went|can['’]t|won['’]t)\b", re.I)
# (", the dog has gone lame": a fact told after the command is why)


def _story_pieces(told: str, instruction: str) -> list[str]:
    """The task's pieces (between stops, dashes and commas) that do not start with the command's verb."""
    verb = lead_word(words(instruction))
    return [p for p in re.split(r"[.!?;—–]+\s*|,\s+|\s+-\s+", told) if p.strip() and lead_word(words(p)) != verb]


def _told_why(told: str, instruction: str) -> str:
    """The words of a task that tell why, for choosing a reason by meaning: the task without its pieces (between
    stops, dashes and commas) that start with the command's verb ("withdraw entry E-1017, the dog has gone lame":
    "the dog has gone lame", whose meaning is "Injury / veterinary advice", not "Entered in error"); the whole
    task where fewer than three words would be left."""
    left = " ".join(_story_pieces(told, instruction))
    return left if len(words(left)) >= 3 else told


def _why_pieces(told: str, instruction: str) -> list[str]:
    """``_told_why`` piece by piece, without names and numbers, for the option nearest in meaning to any one of
    them: "Maya Thornton is off sick, so her maths session this Wednesday won't be going ahead": "is off sick"
    is "Student illness" (the whole story read as one drew "Tutor unavailable"); "nobody was in": "No one home"."""
    kept = _story_pieces(told, instruction)
    if len(words(" ".join(kept))) < 3:
        return [told]
    pieces = [" ".join(w for w in p.split() if not w[:1].isupper() and not any(c.isdigit() for c in w))
              for p in kept]
    return [p for p in pieces if words(p)] or [told]


def reason_list(f: Features, instruction: str, stops: bool, told: str | None = None) -> int | None:
    """A dialog's list that asks for a choice the task gives in its own words, not by name: "Put prescription
    RX-20433 on hold — we're waiting on bloodwork results …" opened "Put RX-20433 on hold", whose "Reason" reads
    "Select a reason…". Where the network would stop (``stops``), the list is clicked open; right after, the
    option stacked under its prompt sharing most of the task's words (one word's first five letters:
    "bloodwork" in "Awaiting bloodwork"; where none shares one and the task tells why, all of them), in all the
    words ``told`` (the task before a story was read as a
    command); of options alike, the nearest in meaning to them (all-MiniLM-L6-v2). None for a task that puts a
    thing there (``put_choice``), once the list was opened before, or with no one such list or option."""
    if not len(f.hist_kind) or _put_what(instruction) is not None:
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    if ACTIONS[int(f.hist_kind[-1])] == "click":
        x, y = acted_at(f)
        def edge(t: int, p: int, near: float) -> bool:  # on the prompt's left edge, or left of it by the dash
            # OCR did not read ("— Choose a reason —" read from "Choose")
            return -30 * f.scale <= float(f.cand_box[t][0] - f.cand_box[p][0]) <= near * f.scale

        def listed(p: int) -> bool:  # three options or more stacked tight under it, on its left edge
            under = sorted(float(f.cand_box[t][1]) for t in texts if t != p and edge(t, p, 6)
                           and 0 < float(f.cand_box[t][1] - f.cand_box[p][1]) <= 120 * f.scale)
            tops = [float(f.cand_box[p][1]), *under]
            return len(under) >= 3 and all(b - a <= 24 * f.scale for a, b in zip(tops, tops[1:4], strict=False))

        def pressed(p: int) -> bool:  # the click fell in the list's own box (not a button a dialog now covers)
            c = ((f.cand_box[p][0] + f.cand_box[p][2]) / 2, (f.cand_box[p][1] + f.cand_box[p][3]) / 2)
            boxes = [q for q in np.flatnonzero(f.cand_kind == KINDS["input"]) if within_box(c, f.cand_box[q])
                     and float(f.cand_box[q][3] - f.cand_box[q][1]) <= 60 * f.scale]
            return not boxes or any(within_box((x, y), f.cand_box[q]) for q in boxes)

        opened = [p for p in texts if _PROMPT.match(f.cand_text[p])
                  and (abs(d := y - (float(f.cand_box[p][1]) + float(f.cand_box[p][3])) / 2) <= 20 * f.scale
                       and pressed(p) or 0 < d <= 80 * f.scale and listed(p))
                  # (a native list shown open grows round its prompt: "Select a reason…" 40-80 px over the click, its
                  # options tight under it)
                  and float(f.cand_box[p][0]) - 24 * f.scale <= x <= float(f.cand_box[p][0]) + 600 * f.scale]
        if len(opened) == 1:  # its options, stacked under the prompt on its left edge
            p = opened[0]
            options = [t for t in texts if t != p and edge(t, p, 12)
                       and 0 < float(f.cand_box[t][1] - f.cand_box[p][1]) <= 400 * f.scale]
            if listed(p):  # a list shown open: its run of options tight under the prompt, not the fields below it
                run, last = [], float(f.cand_box[p][1])
                for t in sorted(options, key=lambda u: float(f.cand_box[u][1])):
                    if float(f.cand_box[t][1]) - last > 24 * f.scale:
                        break
                    run.append(t)
                    last = float(f.cand_box[t][1])
                options = run
            return _pick_option(f, options, told or instruction, instruction)
        if not opened and (run := _faint_list(f, texts, x, y)):  # a list whose prompt is too faint to read
            return _pick_option(f, run, told or instruction, instruction)
    if not stops or not _GIVES_REASON.search(told or instruction):
        return None  # ("Cancel my cleaning appointment on 12 March.": no reason told, the list left as it is)
    lists = [int(q) for q in np.flatnonzero(f.cand_kind == KINDS["input"])
             if any(k == 0 and _PROMPT.match(" ".join(ws)) and len(ws) <= 4 for ws, k in _labels(f, int(q)))
             or any(_PROMPT.match(f.cand_text[t]) and len(words(f.cand_text[t])) <= 4 for t in texts_inside(f, int(q)))
             or _empty_reason(f, int(q))]
    # ("Select…", or "Reason (if failed) [— V]"; not a panel's sentence "Select an appointment to see details.")
    if len(lists) != 1 or clicked_in(f, lists[0], ever=True):
        return None
    return lists[0]


_TELLS = re.compile(r"\b([a-z]+)\s+(?:says|said|tells|told|reports|reported|rang|called|phoned|emailed)\b", re.I)


# a teller's wish: a question put, or a want said ("can the visit move …?", "they'd like to switch …")
_ASKS = re.compile(r"\?|\b(?:want|wants|wanted|like|asked|asks|asking)\b", re.I)


_ACT_VERBS = frozenset({"cancel", "refund", "postpone", "reschedule", "withdraw", "close", "remove", "delete", "void"})


def _subject_role(f: Features, told: str) -> set[str]:
    """What the person a story opens on is on this page, by their first name (the story's first word, less a
    possessive): the header of the column, or the label of the list, a text reading that name and one more word
    stands under ("Rachel's on a training course …": "● Rachel Price" under "Clinician"); its words' first five
    letters, none where the name reads nowhere."""
    m = re.match(r"\W*((?-i:[A-Z])[a-z]{2,})(?:['’]s)?\b", told)
    if m is None:
        return set()
    name = m.group(1).lower()
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    role = set()
    for t in texts:
        if words(f.cand_text[t])[:1] != [name] or len(words(f.cand_text[t])) != 2:
            continue
        over = [u for u in texts if u != t and float(f.cand_box[u][3]) <= float(f.cand_box[t][1])
                and abs(float(f.cand_box[u][0] - f.cand_box[t][0])) <= 12 * f.scale and len(words(f.cand_text[u])) <= 2
                and not any(w.isdigit() for w in words(f.cand_text[u])) and name not in words(f.cand_text[u])]
        head = max(over, key=lambda u: float(f.cand_box[u][3]), default=None)
        if (q := _field_at(f, float(f.cand_box[t][0] + f.cand_box[t][2]) / 2,
                           float(f.cand_box[t][1] + f.cand_box[t][3]) / 2)) is not None \
                and (lab := left_label(f, q)) is not None:
            head = lab  # (a list reading the name: its label, "Clinician [Rachel Price]")
        if head is not None:
            role |= {w[:5] for w in words(f.cand_text[head]) if len(w) >= 4}
    return role


_OPENS_ON = re.compile(r"\W*the\s+([a-z]{4,})(?:['’]s|\s+(?:is|has|was))\b", re.I)  # "The river's come up …"


def _pick_option(f: Features, options: list[int], told: str, instruction: str) -> int | None:
    """Of a list's options, the one sharing most of the task's words (one word's first five letters); where none
    shares one and the task tells why, the nearest in meaning to a piece of the story (``_why_pieces``)."""
    teller = {m.group(1).lower() for m in _TELLS.finditer(told)}  # (who tells it is no reason: "the customer
    # says the wasps have cleared off": "Pest no longer present", not "Customer unavailable")
    short = {n.lower() for n in re.findall(r"\b[A-Z][a-z]{2}\b", told)} - {"she", "his", "our", "its", "yes", "who"}
    said = [w for w in words(told) if (len(w) >= 4 or w in short) and w.isalpha() and w not in _NOT_THINGS
            and w not in teller]  # (a short first name too: "Lee's ready …, out with him": "Lee Bastow")
    rest = [words(f.cand_text[t]) for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
            and t not in options]
    own = {w for w in said if sum(any(x.rstrip("s")[:5] == w.rstrip("s")[:5] for x in ws) for ws in rest) >= 3}
    if opened := _OPENS_ON.match(told):
        own.discard(opened.group(1).lower())  # (but the thing the story opens on: "The river's come up …" is
        # "River too high" on a canoe firm's page, its header "On the river")
    said = [w for w in said if w not in own]  # (the site's own words tell no reason: "had the tyres done at a
    # place in Hanley" on a tyre centre's page is "Went to another garage", not "Wrong tyre ordered")
    role = _subject_role(f, told)
    shared = {t: sum((0.5 if w in _ACT_VERBS else 1.0) * any(len(x) >= 4 and x[:5] == w[:5] or x == w
                                                             for x in words(f.cand_text[t])) for w in said)
              + 2.0 * any(x[:5] in role for x in words(f.cand_text[t]) if len(x) >= 4)
              for t in options}  # (the act asked counts half: "… isn't worth repairing … so cancel that job" is
    # "Not worth repairing" over "Customer cancelled"; the story's subject's role twice: "Rachel's on a training
    # course …" where "Rachel Price" stands under "Clinician" is "Clinician unavailable", not "Patient cancelled")
    best = max(shared.values(), default=0)
    picks = [t for t, n in shared.items() if n == best]
    asked = [t for t in options if any(w.startswith("request") for w in words(f.cand_text[t]))]
    if not best and teller and len(asked) == 1 and _ASKS.search(told):
        return asked[0]  # the one who rang asks it: "Oakleigh Equestrian rang: … can the visit move to Friday
        # afternoon instead?": "Yard request" (its reason, "resurfacing the arena", is no option)
    if not best and (len(options) < 2 or not _GIVES_REASON.search(told)):
        return None  # (a reason told in other words is read by meaning: "the sports hall has flooded"
        # picks "Venue unavailable")
    if len(picks) > 1:  # "class 2 medical has lapsed": "Medical expired", not "Currency lapsed"
        from tilepilot.model.embedded.text import shared_encoder

        enc = shared_encoder()
        pieces = [" ".join(w for w in p.split() if w.lower() not in own) for p in _why_pieces(told, instruction)]
        sims = enc.texts([f.cand_text[t] for t in picks]) @ enc.texts(pieces).T
        return picks[int(np.argmax(sims.max(axis=1)))]
    return picks[0]


def _faint_list(f: Features, texts: list[int], x: float, y: float) -> list[int]:
    """The options of a "Reason" list just clicked open whose prompt ("—") OCR could not read: three texts or
    more stacked tight (24 CSS px apart at most) on one left edge, the first within 40 px under the click, with
    the label reading "Reason" within 60 px over them on their left edge; [] when there is none."""
    near = sorted((t for t in texts if -12 * f.scale <= float(f.cand_box[t][1]) - y <= 200 * f.scale
                   and float(f.cand_box[t][0]) <= x), key=lambda t: float(f.cand_box[t][1]))
    for first in near:
        if float(f.cand_box[first][1]) - y > 40 * f.scale:
            break
        run, last = [first], float(f.cand_box[first][1])
        for t in near:
            if t != first and abs(float(f.cand_box[t][0] - f.cand_box[first][0])) <= 6 * f.scale \
                    and 0 < float(f.cand_box[t][1]) - last <= 24 * f.scale:
                run.append(t)
                last = float(f.cand_box[t][1])
        label = any(words(f.cand_text[t])[:1] == ["reason"] and 0 <= float(f.cand_box[first][1] - f.cand_box[t][3])
                    <= 60 * f.scale and abs(float(f.cand_box[first][0] - f.cand_box[t][0])) <= 24 * f.scale
                    for t in texts)  # (on the options' left edge: the list's own label)
        if len(run) >= 3 and label:
            return run
    return []


def reason_asked(f: Features) -> bool:
    """Whether a form here asks for a reason: a text reading "Reason …" or a prompt for one ("Select a reason…").
    Only then is its list chosen from by the story before anything else (a departure's "Choose…" is not)."""
    return any(words(f.cand_text[t])[:1] == ["reason"] or _PROMPT.match(f.cand_text[t])
               and "reason" in words(f.cand_text[t])
               for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"])


def _empty_reason(f: Features, q: int) -> bool:
    """Whether field ``q`` is a native list of reasons showing no choice yet: its label says "Reason" and it reads
    nothing but its arrow ("Reason (if failed)" over "[—  V]", the dash too faint to read)."""
    inside = [f.cand_text[t].strip() for t in texts_inside(f, q)]
    return bool(inside) and all(x in _NATIVE_ARROW for x in inside) \
        and any(k != 0 and ws[:1] == ["reason"] for ws, k in _labels(f, q))


def prompt_list(f: Features) -> int | None:
    """The one list of a dialog just opened that still shows its prompt, to open where the network would scroll
    or stop: "Record collection — PH-3101" with "Condition on return [— choose —]" (its option then picked by the
    story's words, ``reason_list``: "… it's come back in good shape": "Good"). Only right after the click that
    opened the dialog, one button beside its "Cancel", the list above it."""
    if not len(f.hist_kind) or ACTIONS[int(f.hist_kind[-1])] != "click":
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    if len(foot := beside_cancel(f, texts)) != 1:
        return None
    lists = [int(q) for q in np.flatnonzero(f.cand_kind == KINDS["input"])
             if float(f.cand_box[q][3]) < float(f.cand_box[foot[0]][1]) and any(
                 _PROMPT.match(f.cand_text[t]) and len(words(f.cand_text[t])) <= 4 for t in texts_inside(f, int(q)))]
    return lists[0] if len(lists) == 1 and not clicked_in(f, lists[0], ever=True) else None


def picked_commit(f: Features) -> int | None:
    """The one button beside a dialog's "Cancel" once its last two clicks opened a list there and picked its
    option, where the network would stop: "Condition on return [Good]" set, "Save collection". None while a
    list of the dialog still shows its prompt, or once the button was pressed."""
    if (clicks := _last_clicks(f, 2)) is None or (found := _unpressed_foot(f)) is None:
        return None
    foot, texts = found
    (x0, y0), (_, y1) = acted_at(f, clicks[0]), acted_at(f, clicks[1])
    lists = [int(q) for q in np.flatnonzero(f.cand_kind == KINDS["input"])
             if float(f.cand_box[q][3]) < float(f.cand_box[foot][1])
             and float(f.cand_box[q][2]) <= float(f.cand_box[foot][2]) + 12 * f.scale
             and float(f.cand_box[q][3] - f.cand_box[q][1]) <= 60 * f.scale]  # (the dialog's own, not a row behind)
    if not any(within_box((x0, y0), f.cand_box[q]) and any(words(f.cand_text[t]) for t in texts_inside(f, q))
               for q in lists) or not 0 < y1 - y0 <= 300 * f.scale or _prompt_over(f, texts, foot):
        return None  # (the list opened reads its choice; no list of the dialog still shows its prompt)
    return foot


def ticked_commit(f: Features) -> int | None:
    """The one button beside a dialog's "Cancel" once the last click ticked a box of that dialog (over its
    footer, within its width) right after the menu entry that opened it, where the network would stop or scroll:
    "Record return …" with "Pirate Ship castle needs repair" ticked, "Save return". None while a list of the
    dialog still shows its prompt, or once the button was pressed."""
    if (steps := _last_clicks(f, 3)) is None or (found := _unpressed_foot(f)) is None:
        return None
    foot, texts = found
    x, y = acted_at(f, steps[-1])
    fx0 = min(float(f.cand_box[c][0]) for c in texts if words(f.cand_text[c]) == ["cancel"])
    ticked = [q for q in range(len(f.cand_box)) if small_box(f, q)
              and float(f.cand_box[q][0]) - 4 * f.scale <= x <= float(f.cand_box[q][2]) + 4 * f.scale
              and float(f.cand_box[q][1]) - 4 * f.scale <= y <= float(f.cand_box[q][3]) + 4 * f.scale
              and not _unticked(f, q) and float(f.cand_box[q][3]) < float(f.cand_box[foot][1])
              and float(f.cand_box[q][0]) >= fx0 - 500 * f.scale]
    return foot if ticked and not _prompt_over(f, texts, foot) else None


def _last_clicks(f: Features, n: int) -> list[int] | None:
    """The history's last ``n`` steps other than scrolls, where all ``n`` are clicks; else None."""
    steps = [k for k in range(len(f.hist_kind)) if ACTIONS[int(f.hist_kind[k])] != "scroll"][-n:]
    return steps if len(steps) == n and all(ACTIONS[int(f.hist_kind[k])] == "click" for k in steps) else None


def _unpressed_foot(f: Features) -> tuple[int, list[int]] | None:
    """A dialog's one button beside its "Cancel", never pressed, and the screen's worded texts; else None."""
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    if len(foot := beside_cancel(f, texts)) != 1 or clicked_in(f, foot[0], ever=True):
        return None
    return foot[0], texts


def _prompt_over(f: Features, texts: list[int], foot: int) -> bool:
    """Whether a text over a dialog's footer button still reads a list's prompt ("— choose —")."""
    return any(_PROMPT.match(f.cand_text[t]) and float(f.cand_box[t][3]) < float(f.cand_box[foot][1]) for t in texts)


def asks_choice(f: Features) -> bool:
    """A form on screen asks for a choice still: a list reading its prompt ("Choose a reason…") that was never
    clicked. Its form comes before the tabs of the record behind it (a dialog's "Cancel session S-5127" over
    the "Sessions  Upcoming  Past" strip)."""
    return any((any(_PROMPT.match(f.cand_text[t]) for t in texts_inside(f, int(q))) or _empty_reason(f, int(q)))
               and float(f.cand_box[q][3] - f.cand_box[q][1]) <= 50 * f.scale and not clicked_in(f, int(q), ever=True)
               for q in np.flatnonzero(f.cand_kind == KINDS["input"]))  # (a line tall: a card reading "Select a
    # pitch" over its help is no list)


def reason_commit(f: Features, told: str) -> int | None:
    """The dialog's button once ``reason_list`` chose the reason told, or the option the task names: the last two
    clicks opened a list and picked its option (the list now reads it, no prompt; a box ticked after them aside),
    so the button under it
    starting with a word of the task ("Cancel session" for "… off sick, … Please cancel it.", not "Keep
    session"; for an option named, one holding such a word: "Mark as paid"); None for a task that tells no
    reason and names no option there."""
    clicks = [k for k in range(len(f.hist_kind)) if ACTIONS[int(f.hist_kind[k])] != "scroll"][-3:]
    if len(clicks) == 3 and ACTIONS[int(f.hist_kind[clicks[-1]])] == "click" and any(
            within_box(acted_at(f, clicks[-1]), f.cand_box[c]) and small_box(f, c)
            for c in range(len(f.cand_text))):
        clicks = clicks[:-1]  # (a box the story asks for ticked after the reason: "Refund what they've paid")
    clicks = clicks[-2:]
    if len(clicks) < 2 or any(ACTIONS[int(f.hist_kind[k])] != "click" for k in clicks):
        return None
    (x0, y0), (x1, y1) = acted_at(f, clicks[0]), acted_at(f, clicks[1])
    q = _field_at(f, x0, y0)
    if q is None or not float(f.cand_box[q][0]) <= x1 <= float(f.cand_box[q][2]) \
            or not -60 * f.scale <= y1 - y0 <= 300 * f.scale:
        return None
    inside = texts_inside(f, q)
    right = float(f.cand_box[q][2]) - 0.3 * float(f.cand_box[q][2] - f.cand_box[q][0])
    lab = above_label(f, q)
    if any(_PROMPT.match(f.cand_text[t]) for t in inside) or not any(
            f.cand_text[t].strip() in _NATIVE_ARROW and float(f.cand_box[t][2]) >= right for t in inside) and not (
            lab is not None and words(f.cand_text[lab])[:1] == ["reason"] and len(inside) == 1
            and note_field(f, told) is None):
        return None  # (a native list, its arrow "V" at its right end (or labelled "Reason", its arrow unread),
        # reading the option chosen)
    said = set(words(told))
    named = any(len(w) >= 4 and w in said for t in inside for w in words(f.cand_text[t]))  # (the option the
    # task names: "… paid … by BACS" reads "BACS / bank transfer")
    if not (named or _GIVES_REASON.search(told) and reason_asked(f)):
        return None  # (a form asking for no reason, "Stage" set to "In production", has more to set)
    at = (float(f.cand_box[q][0] + f.cand_box[q][2]) / 2, float(f.cand_box[q][3]))
    if not named or _GIVES_REASON.search(told) and reason_asked(f):
        return _commit_under(f, said, at)
    if (foot := _beside_cancel_under(f, at[1])) is not None and words(f.cand_text[foot])[0] in said:
        return foot  # the dialog's own, beside its Cancel, led by the story's verb ("… move her … patients over to
        # Harriet": "Move appointments", right of the list and past the rows behind)
    span = (float(f.cand_box[q][0]) - 300 * f.scale, float(f.cand_box[q][2]) + 40 * f.scale)  # (the dialog's
    # foot, not the rows behind it: their "OVERDUE", their "Record payment")
    return _commit_under(f, said, at, span=span) or _commit_under(f, said, at, anywhere=True, span=span)


def given_entry(f: Features, instruction: str) -> int | None:
    """The entry naming whom a task gives a thing to, in the menu a click just opened: "assign the Dualit
    toaster to Bogdan" pressed the toaster card's "Assign fixer ▾", whose list reads "Bogdan Ilie", "Sanjay
    Mehta", …: "Bogdan Ilie" (the name the task says, its first words). A text under the click (400 CSS px at
    most, 300 across) starting with the name; the one such, not clicked before."""
    clauses = clause_spans(instruction)
    m = _GIVE_TO.match(instruction, *clauses[0]) if clauses else None
    if m is None or not len(f.hist_kind) or ACTIONS[int(f.hist_kind[-1])] != "click":
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    if _given_done(f, instruction, *clauses[0], lead_word(words(instruction)), texts):
        return None  # the card reads the person already (the dialog's "Assign" pressed)
    who = words(m.group("what"))
    x, y = acted_at(f)
    found = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
             and words(f.cand_text[t])[:len(who)] == who and 0 < float(f.cand_box[t][1]) - y <= 400 * f.scale
             and abs(float(f.cand_box[t][0]) - x) <= 300 * f.scale]
    return found[0] if len(found) == 1 and not clicked_in(f, found[0], ever=True) else None


_NOTE_FIELD = 50  # CSS px: a field this tall or taller takes a note of several lines


def _told_note(told: str) -> str | None:
    """What a task tells happened before its command: its first sentence's words after a ":", "," or "—" (all
    of it without one), for a task of two sentences or more with no quoted value; three words at least."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z])", told.strip(), maxsplit=1)
    if len(parts) < 2 or QUOTED.search(told):
        return None
    first = parts[0].rstrip(".!?")
    cut = re.search(r"[:,—–]\s*", first)
    note = first[cut.end():] if cut else first
    if (aside := re.match(r"[^,]*,\s*(?=(?:has|have|had|is|was|were|are)\b)", note)) is not None:
        note = note[aside.end():]  # "CS-0433, the red flamenco dress, has a torn hem": what it has
    note = re.split(r",?\s+(?:so\s+)?(?:please|can\s+you|could\s+you)\b", note, maxsplit=1, flags=re.I)[0]
    # (not the request after it: "…, so please get that onto his medical notes")
    return note if len(words(note)) >= 3 else None


# a note given word for word: "query it with the note "Hours exceed contract – …"", "add the comment: '…'"
_QUOTED_NOTE = re.compile(r"\b(?:note|comment|remark|memo|message)\s*(?:of|saying|reading|that\s+says)?\s*:?\s*$",
                          re.I)


def _quoted_note(told: str) -> str | None:
    """The quoted words a task gives a note, comment or message, when it says them right after that word."""
    for q in QUOTED.finditer(told):
        if _QUOTED_NOTE.search(told, 0, q.start()):
            return q.group(q.lastindex or 0)
    return None


# a note given word for word after a colon: "mark it as declined, with this note: Re-quote for crown thinning
# only if the customer asks.", "this advisory note, word for word: Cracked chimney pot, …"
_COLON_NOTE = re.compile(r"\b(?:note|notes|comment|remark|memo)\b(?:[\s,]+[\w]+){0,4}?\s*:\s*(?P<text>[^:\"“”]+?)\s*$",
                         re.I)


def _colon_note(told: str) -> str | None:
    """The words a task gives a note after a colon, to its end (``_COLON_NOTE``)."""
    m = _COLON_NOTE.search(told)
    return m.group("text") if m is not None and len(words(m.group("text"))) >= 3 else None


# an empty box's hint: "Describe the damage or work needed", "Enter any notes…", "e.g. left at reception"
_HINT = re.compile(r"\W*(?:describe|enter|add|type|write|explain|tell\s+us|e\.\s?g\.|optional|any)\b", re.I)


def note_field(f: Features, told: str) -> tuple[int, str] | None:
    """The empty note field of a dialog and what the task told happened, where it tells it before its command:
    "SQ-0419 is fixed: the COM1 radio was reseated and tested OK. Please close it off." opened "Close SQ-0419",
    whose "Rectification / action taken" box is empty (and "Describe what was done to fix it." once pressed):
    "the COM1 radio was reseated and tested OK" is typed there. The told part is the first sentence's words
    after its ":", "," or "—" (all of it without one), for a task of two sentences or more with no quoted
    value; else the quoted words it gives a note ("Please query it with the note "Hours exceed contract …"").
    The field, the one empty box 50 CSS px tall or taller (of several, a dialog's in the screen's middle); a
    box with no dialog open (no "Cancel" nor "×", not in the screen's middle) only where the story names it.
    None once it was typed into, or where the story gives another field its value."""
    if not len(f.hist_kind) or (note := _quoted_note(told) or _colon_note(told) or _told_note(told)) is None:
        return None
    tall = [int(q) for q in np.flatnonzero(f.cand_kind == KINDS["input"])
            if float(f.cand_box[q][3] - f.cand_box[q][1]) >= _NOTE_FIELD * f.scale
            and float(f.cand_box[q][2] - f.cand_box[q][0]) >= 4 * _NOTE_FIELD * f.scale]
    typed = [acted_at(f, i) for i, k in enumerate(f.hist_kind) if ACTIONS[int(k)] == "type"]
    inputs = [f.cand_box[q] for q in np.flatnonzero(f.cand_kind == KINDS["input"])] + [
        f.cand_box[t] for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    # (a field still reading what was typed stands, though dimmed behind a dialog: the list's search box)
    if any(float(b[0]) <= x <= float(b[2]) and float(b[1]) <= y <= float(b[3]) for x, y in typed for b in
           (f.cand_box[q] for q in tall)) or any(not any(float(b[0]) <= x <= float(b[2]) and float(b[1]) <= y
                                                        <= float(b[3]) for b in inputs) for x, y in typed):
        return None  # its note is in (not typed again into a panel's box behind the dialog), or a field typed
        # into is gone: its dialog was sent
    boxes = [q for q in tall if all(_HINT.match(f.cand_text[t]) for t in texts_inside(f, q))
             and above_label(f, q, overlap=12 * f.scale) is not None]  # (empty, or showing its hint only)
    span = [(float(f.cand_box[q][0]), float(f.cand_box[q][2])) for q in boxes]
    named = {w for q in np.flatnonzero(f.cand_kind == KINDS["input"]) if int(q) not in boxes
             and any(a <= float(f.cand_box[q][0] + f.cand_box[q][2]) / 2 <= b for a, b in span)
             and (lab := above_label(f, int(q), overlap=12 * f.scale)) is not None
             for w in words(f.cand_text[lab]) if len(w) >= 3}  # (the fields of the note's own form, not a
    # table's columns behind its dialog: "Quote", for "Re-quote for crown thinning …")
    if named & set(words(note)):
        return None  # the story gives other fields their values ("it lives on rack D2": Rack), no note
    if len(boxes) > 1:  # a dialog's box over a panel's (a dialog stands in the screen's middle)
        mid = [q for q in boxes if abs(float(f.cand_box[q][0] + f.cand_box[q][2]) / 2 - f.frame_size[0] / 2)
               <= 0.1 * f.frame_size[0]]
        boxes = mid if len(mid) == 1 else boxes
    if len(boxes) != 1 or typed_into(f, boxes[0], note):
        return None
    dialog = any(words(f.cand_text[t]) == ["cancel"] or f.cand_text[t].strip() in ("×", "✕")
                 for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]) \
        or abs(float(f.cand_box[boxes[0]][0] + f.cand_box[boxes[0]][2]) / 2 - f.frame_size[0] / 2) \
        <= 0.1 * f.frame_size[0]  # (a dialog's way out, or its box in the screen's middle)
    return (boxes[0], note) if dialog or _note_named(f, boxes[0], told) else None  # (a record's own "Notes"
    # box, no dialog open, only where the story names it: "Tom Fenwick wants to move up …" is no note)


def _note_named(f: Features, q: int, told: str) -> bool:
    """Whether the story names note box ``q`` by all its label's words ("… onto his medical notes")."""
    if (lab := above_label(f, q, overlap=12 * f.scale)) is None:
        return False
    said = {w[:5] for w in words(told)}
    named = [w for w in words(f.cand_text[lab]) if len(w) >= 4]
    return bool(named) and all(w[:5] in said for w in named)


def labelled_note(f: Features, told: str) -> tuple[int, str] | None:
    """``note_field``'s note and field, where the story names the field by its label's words ("… so please get
    that onto his medical notes": "Medical notes"): typed whole even where the network would type a word of it."""
    noted = note_field(f, told)
    return noted if noted is not None and _note_named(f, noted[0], told) else None


def noted_commit(f: Features, told: str) -> int | None:
    """The dialog's button pressed after ``note_field`` typed its note: the short text (three words at most)
    starting with a word of the task or one that saves ("Close squawk" for "… Please close it off."), under
    the note within 250 CSS px and 500 across, the nearest; None unless the last value typed went into a note's
    tall box, with at most clicks on options after it ("as high priority": its "○ High")."""
    steps = [k for k in range(len(f.hist_kind)) if ACTIONS[int(f.hist_kind[k])] != "scroll"]
    typed = [k for k in steps if ACTIONS[int(f.hist_kind[k])] == "type"]
    if not typed or _told_note(told) is None and _quoted_note(told) is None \
            or any(ACTIONS[int(f.hist_kind[k])] != "click" or not on_mark(f, k) for k in steps if k > typed[-1]):
        return None
    x, y = acted_at(f, typed[-1])
    if not any(float(f.cand_box[q][0]) <= x <= float(f.cand_box[q][2]) and float(f.cand_box[q][1]) <= y
               <= float(f.cand_box[q][3]) and float(f.cand_box[q][3] - f.cand_box[q][1]) >= _NOTE_FIELD * f.scale
               for q in np.flatnonzero(f.cand_kind == KINDS["input"])):
        return None  # (the last value typed went into a note's tall box)
    found = _commit_under(f, set(words(told)), (x, y))
    return found if found is not None else _beside_cancel_under(f, y)  # no button reads the story: the dialog's
    # one beside its Cancel ("… close that one off …": "Complete booking")


def _beside_cancel_under(f: Features, y: float) -> int | None:
    """The dialog's one button beside its Cancel, under ``y`` (a value just typed there), never clicked."""
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    foot = [t for t in beside_cancel(f, texts) if float(f.cand_box[t][1]) > y and not clicked_in(f, t, ever=True)]
    return foot[0] if len(foot) == 1 else None


def _field_value(f: Features, t: int) -> bool:
    """Whether text ``t`` is the value a field shows: at the left of a box twice as wide, not in its middle as a
    button's word is ("Lucy Tranter" in the Farrier list under a new date, not "Save new date")."""
    q = _field_at(f, float(f.cand_box[t][0] + f.cand_box[t][2]) / 2, float(f.cand_box[t][1] + f.cand_box[t][3]) / 2)
    if q is None or q == t:
        return False
    width = float(f.cand_box[q][2] - f.cand_box[q][0])
    off = float(f.cand_box[t][0] + f.cand_box[t][2] - f.cand_box[q][0] - f.cand_box[q][2]) / 2
    return width >= 2 * float(f.cand_box[t][2] - f.cand_box[t][0]) and off < -0.25 * width


def _commit_under(f: Features, said: set[str], at: tuple[float, float], anywhere: bool = False,
                  span: tuple[float, float] | None = None) -> int | None:
    """The dialog's button under a value just typed at ``at``: a short text (four words at most) starting with a
    word of the task (``said``; holding one of four letters or more, ``anywhere``) or one that saves, within 250
    CSS px under it and 500 across (its middle within ``span``, where given), the nearest."""
    from tilepilot.model.embedded.buttons import SAVES

    x, y = at
    found = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
             and 1 <= len(ws := words(f.cand_text[t])) <= 4 and (ws[0] in said and len(ws[0]) >= 3
                                                                 or SAVES.match(f.cand_text[t])
                                                                 or anywhere and any(len(w) >= 4 and w in said
                                                                                     for w in ws))
             and 0 < float(f.cand_box[t][1]) - y <= 250 * f.scale and abs(float(f.cand_box[t][0]) - x) <= 500 * f.scale
             and (span is None or span[0] <= float(f.cand_box[t][0] + f.cand_box[t][2]) / 2 <= span[1])
             and not clicked_in(f, t, ever=True) and not _field_value(f, t)]
    if len(found) > 1:  # a dialog's "Cancel" is no commit, though the task cancels something too
        found = [t for t in found if words(f.cand_text[t]) not in (["cancel"], ["close"], ["back"])] or found
    return min(found, key=lambda t: (not buttoned(f, t),
                                     abs(float(f.cand_box[t][0] + f.cand_box[t][2]) / 2 - x) > 300 * f.scale,
                                     float(f.cand_box[t][1]) - y), default=None)  # (a button, the dialog's own,
    # not a label, nor a panel's beside it: "Send for repair" under "What needs doing?", not "Priority" nor the
    # panel's "Send for repair…")


def delivered_commit(f: Features, instruction: str) -> int | None:
    """The dialog's button once ``delivered_count`` typed the count ("Add to stock" for "… add them to stock")."""
    span = _delivered_span(instruction)
    steps = [k for k in range(len(f.hist_kind)) if ACTIONS[int(f.hist_kind[k])] != "scroll"]
    if span is None or not steps or ACTIONS[int(f.hist_kind[steps[-1]])] != "type" or not value_typed(f, span):
        return None
    return _commit_under(f, set(words(instruction)), acted_at(f, steps[-1]))


_GIVES = frozenset({"save", "confirm", "ok", "assign", "add", "apply", "done", "give", "reassign", "allocate",
                    "transfer", "hand", "put", "plan", "schedule", "place"})


def choice_given(f: Features, instruction: str) -> int | None:
    """The dialog's button that gives what ``put_choice`` typed into its list, right after the typing: "Give
    J-40531 to Kofi Asante" chose him in "Select driver…", then "Assign" under it (not the card's "Assign"
    behind the dialog, higher up or far left). A short text starting with the task's verb or a word that
    commits, under the field within 250 CSS px and within 500 across, the nearest; None otherwise."""
    m = _put_what(instruction)
    steps = [k for k in range(len(f.hist_kind)) if ACTIONS[int(f.hist_kind[k])] != "scroll"]
    if m is None or not steps or ACTIONS[int(f.hist_kind[steps[-1]])] != "type" or not value_typed(f, m.span("what")):
        return None
    x, y = acted_at(f, steps[-1])
    verb = (words(instruction[m.start():m.end()]) or [""])[0]
    ok = _GIVES | {verb}
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]]
    buttons = [t for t in texts if 1 <= len(ws := words(f.cand_text[t])) <= 3 and ws[0] in ok
               and 0 < float(f.cand_box[t][1]) - y <= 250 * f.scale
               and abs((float(f.cand_box[t][0]) + float(f.cand_box[t][2])) / 2 - x) <= 500 * f.scale]
    return min(buttons, key=lambda t: float(f.cand_box[t][1]) - y, default=None)


_COUNTED = re.compile(r"(?<![\w.,:/-])(\d{1,3})\s+([a-z]{3,})\b", re.I)  # "2 servings", "3 nights"; not "73.40 from"


_NOT_COUNTED = frozenset({"from", "for", "and", "the", "with", "into", "onto", "per", "each", "only", "more"})


# a unit as people say it and as a label writes it: "64 kilos" is "Apples pressed (kg)"
_UNIT_AS = {"kilos": "kg", "kilo": "kg", "kilograms": "kg", "kilogram": "kg", "grams": "g", "gram": "g",
            "liters": "litres", "litre": "litres", "liter": "litres", "mile": "miles", "metres": "m", "meters": "m",
            "hour": "hours", "hrs": "hours", "minute": "minutes", "mins": "minutes"}


def counted_field(f: Features, instruction: str, unit: bool = False) -> tuple[int, tuple[int, int]] | None:
    """The field labelled by the word after a number the task says, when it already shows another number: "…,
    2 servings" in a dialog whose Servings field shows 4 types 2 there (cleared); with ``unit``, else the one
    field whose label ends with that word ("… he's claiming 46 miles": "Mileage claimed (miles) [0]"). None
    where no such field shows a number, or once the number was typed."""
    fields = None  # (each field's labels, read once: only when the task says a count)
    for m in _COUNTED.finditer(instruction):
        noun = m.group(2).lower()
        if noun in _NOT_COUNTED or m.group(2)[:1].isupper() or value_typed(f, m.span(1)):
            continue  # (a number before a name is an address's: "14 Elm Drive")
        if fields is None:
            fields = [(q, _labels(f, q)) for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"]))]
        if unit and len(hits := [(q, labels) for q, labels in fields
                                 if any(k and 0 < len(ws) <= 4 and _UNIT_AS.get(ws[-1], ws[-1]) == _UNIT_AS.get(
                                     noun, noun) for ws, k in labels)
                                 and all(w.isdigit() for ws, k in labels if k == 0 for w in ws)]) == 1:
            q, labels = hits[0]
            shown = [w for ws, k in labels if k == 0 for w in ws if w.isdigit()]
            if shown[-1:] != [m.group(1)] and not typed_into(f, q, m.group(1)):
                return q, m.span(1)
        for q, labels in fields:
            inside = [ws for ws, k in labels if k == 0]
            named = any(k and len(ws) <= 2 and any(w.rstrip("s") == noun.rstrip("s") for w in ws) for ws, k in labels) \
                or any(ws and ws[0].rstrip("s") == noun.rstrip("s") for ws in inside)
            shown = [w for ws in inside for w in ws if w.isdigit()]
            if named and shown and shown[-1] != m.group(1):
                return q, m.span(1)
    return None


# a weight or a volume told: "Her turkey came out at 6.4 kilos"
_MEASURED = re.compile(r"(?<![\w.,:/-])(\d{1,4}(?:\.\d{1,3})?)\s*(kilos?|kilograms?|kg|grams?|g|litres?|liters?)\b",
                       re.I)


def measured_field(f: Features, told: str) -> tuple[int, str] | None:
    """The empty field whose label ends in the unit a weight (or volume) is told in, and the amount: "Her turkey
    came out at 6.4 kilos" types 6.4 into "Weight of Free-range bronze turkey (kg)"; of several such fields, the
    one whose label holds a word of the amount's sentence ("turkey"). Once; None where none is found."""
    for m in _MEASURED.finditer(told):
        unit = _UNIT_AS.get(m.group(2).lower(), m.group(2).lower())
        sentence = {w for w in words(told[sentence_start(told, m.start()):m.start()]) if len(w) >= 4}
        hits = []
        for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"])):
            labels = _labels(f, q)
            if any(k == 0 for _, k in labels) or typed_into(f, q, m.group(1)):
                continue  # (a field showing a value, or typed)
            named = [ws for ws, k in labels if k and ws and _UNIT_AS.get(ws[-1], ws[-1]) == unit]
            if named:
                hits.append((q, bool(sentence & set(named[0]))))
        said = [q for q, shared in hits if shared]
        if len(said) == 1 or len(hits) == 1:
            return (said or [hits[0][0]])[0], m.group(1)
    return None


# a value told right after a field's name: "a new mobile number: 07700 900412", "her email is now x@y.com"
_TOLD_VALUE = r"(?:\s+(?:number|no\.?|address))?\s*(?:(?:is|was)\s+(?:now\s+)?|to\s+|:\s*|=\s*)?" \
    r"(?P<v>[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d ()-]{4,}\d)"
# an identifier told after a label that names one ("policy number AXH-558213"; not "cancel OT-3207")
_TOLD_CODE = r"\s*(?:(?:is|was)\s+(?:now\s+)?|:\s*|=\s*)?(?P<v>(?-i:[A-Z]{1,4})-\d[\w-]*)"
_NAMES_CODE = frozenset({"number", "no", "ref", "reference", "id", "code"})


def told_field(f: Features, instruction: str, story: bool = False) -> tuple[int, tuple[int, int]] | None:
    """The field whose label the task names right before a value: "Dana Whitfield has a new mobile number:
    07700 900412 …" in the dialog "Edit contact details", whose Mobile field shows 07700 900118: the number is
    typed there (cleared). The label (one or two words, over the field or left of it) read whole in the task,
    then the value (a phone number, an e-mail address or an identifier: "policy number AXH-558213"); None where
    no field is so named, it shows the value already, or once anything was typed (a form the task fills field by
    field is the network's) but for a value told in a ``story`` ("… he's with AXA Health now, policy number
    …"): the next field it names."""
    typed = [acted_at(f, k) for k in range(len(f.hist_kind)) if ACTIONS[int(f.hist_kind[k])] == "type"]
    if typed and not story:
        return None
    for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"])):
        if any(within_box(p, f.cand_box[q]) for p in typed):
            continue
        for ws, k in _labels(f, q):
            if not k or not 1 <= len(ws) <= 2 or not all(w.isalpha() and len(w) >= 3 for w in ws):
                continue
            said = r"\b" + r"\s+".join(map(re.escape, ws)) + r"\b"
            m = re.search(said + _TOLD_VALUE, instruction, re.I) or (
                re.search(said + _TOLD_CODE, instruction, re.I) if ws[-1] in _NAMES_CODE else None)
            if m is None or value_typed(f, m.span("v")):
                continue
            value = words(m.group("v"))
            if any(phrase_at(words(f.cand_text[t]), value) for t in texts_inside(f, q)):
                continue
            return q, m.span("v")
    return None


_MONEY = re.compile(r"[£$€]\s?(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?P<d>\.\d{1,2})?")
_MONEY_LABELS = ("amount", "price", "cost", "fee", "total", "request", "budget", "rate", "charge", "value")


# a sum told as what it is: "left £20 as a tip", "£15 for the deposit", "a £20 tip"
_SUM_AS = re.compile(r"(?:\b(?:a|an|the)\s+(?P<before>[A-Za-z]{3,})?\s*)?[£$€]\s?(?P<n>\d{1,3}(?:,\d{3})+|\d+)"
                     r"(?P<d>\.\d{1,2})?(?:\s+(?:(?:as|for)\s+(?:a|an|the|his|her|their)|(?:worth\s+)?of(?:\s+(?:the|their|his|her))?)"
                     r"\s+(?P<after>[A-Za-z]{3,}))?")


_IRREGULAR = {"kept": "keep", "paid": "pay", "spent": "spend", "held": "hold", "lent": "lend", "sent": "send",
              "took": "take", "taken": "take", "taking": "take", "gave": "give", "given": "give", "giving": "give",
              "left": "leave", "leaving": "leave"}


def _verb_root(word: str) -> str:
    """A verb's form read as its root, to match a label's participle to a story's verb: "keeping" and "kept" are
    "keep", "refunded" and "refunding" "refund"; "" for a word of fewer than four letters."""
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    root = re.sub(r"(?:ing|ed)$", "", w) if len(w) >= 6 else w
    return root if len(root) >= 4 else ""


# a sum told as a rate: "gone to Dales Beef at £1,180 a head", "at £12 an hour", "at £3.50 per kilo"
_RATE = re.compile(r"\bat\s+£\s?(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?P<d>\.\d{1,2})?\s+(?:a|an|per)\s+(?P<unit>[a-z]+)",
                   re.I)


# a thing now stocked, and how many came: "started stocking the cyan TK-5280 toner for …; six came in"
_STOCKED = re.compile(r"\b(?:started|start|begun|began)\s+(?:stocking|selling|carrying|doing|offering)\s+"
                      r"(?:the\s+|some\s+)?"
                      r"(?P<thing>[^,.;:!?]+?)(?=\s+(?:for|at|from|in|on|which|that)\b|[,.;:!?]|$)", re.I)
_CAME_IN = re.compile(r"\b(?P<n>\d{1,4}|" + "|".join(w for w in NUMBER_WORDS if " " not in w)
                      + r")\s+(?:came|have\s+come|arrived|have\s+arrived|turned\s+up|on\s+the\s+shel(?:f|ves)"
                      r"|in\s+stock)\b", re.I)  # ("… and there are eight on the shelf")


_EACH = re.compile(r"\bat\s+£\s?(\d+(?:\.\d{1,2})?)\s+(?:each|apiece|a\s+(?:unit|pack|box|piece))\b", re.I)


def _empty_field(f: Features, heads: set[str], zero: bool = False) -> int | None:
    """The one empty box of an open dialog (a "Cancel" beside its button) whose label over it holds one of
    ``heads`` (16 CSS px left of the box at most: "Price (£)" boxed a little wide, not "In stock" starting at
    that box's right end); with ``zero``, a box showing its count's default 0 is empty too ("In stock [0]")."""
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    if not beside_cancel(f, texts):
        return None
    found = [q for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"]))
             if (lab := above_label(f, q, reach=16)) is not None and set(words(f.cand_text[lab])) & heads
             and not any(f.cand_text[u].strip() not in (("0",) if zero else ()) and f.cand_text[u].strip()
                         for u in texts_inside(f, q))]
    return found[0] if len(found) == 1 else None  # (its emptiness, not the history: another page's typing
    # may have stood where it stands)


def stocked_item(f: Features, told: str) -> tuple[int, str] | None:
    """A thing the story now stocks, into the open dialog's empty name box, then how many came into its stock
    box: "We've also started stocking the cyan TK-5280 toner for the Kyocera ECOSYS printers, at £89 each; six
    came in this morning" types "cyan TK-5280 toner" into "Part name", 89 into "Price (£)", then 6 into "In
    stock". None where the story stocks nothing new or no one such box is empty."""
    if (m := _STOCKED.search(told)) is None:
        return None
    if (q := _empty_field(f, {"name", "part", "item", "product", "description"})) is not None \
            and not {"stock", "price"} & set(words(f.cand_text[above_label(f, q, reach=16)])):
        size = re.match(r"\s+in\s+(\d+(?:\.\d+)?)\s*(?:by|x|×)\s*(\d+(?:\.\d+)?)\b", told[m.end("thing"):])
        return q, m.group("thing").strip() + (f" {size.group(1)}x{size.group(2)}" if size else "")  # (its size
        # told after: "Continental Gatorskin tyres in 700 by 25": "… tyres 700x25")
    if (p := _EACH.search(told)) is not None and (q := _empty_field(f, {"price", "cost"})) is not None:
        return q, p.group(1)
    if (n := _CAME_IN.search(told)) is not None \
            and (q := _empty_field(f, {"stock", "quantity", "qty"}, zero=True)) is not None:
        count = n.group("n") if n.group("n").isdigit() else str(NUMBER_WORDS[n.group("n").lower()])
        if not any(f.cand_text[u].strip() == count for p in map(int, np.flatnonzero(f.cand_kind == KINDS["input"]))
                   for u in texts_inside(f, p) if float(f.cand_box[p][1]) >= float(f.cand_box[q][1]) - 4 * f.scale
                   and float(f.cand_box[p][3]) <= float(f.cand_box[q][3]) + 4 * f.scale):
            return q, count  # (not once a box on its line shows it: the stock typed, the price beside it
            # misread as "In stock" too)
    return None


def rate_box(f: Features, told: str) -> tuple[int, str] | None:
    """The empty box a sum told as a rate goes in, by its label's "£" and unit, and the sum as a box writes it
    (no thousands comma): "lot 6 has just gone to Dales Beef at £1,180 a head" types 1180 into "Price (£ a
    head)". None where no one empty box's label reads both, the sum was typed there, or a list before the box
    in the form still shows its prompt."""
    for m in _RATE.finditer(told):
        value = m.group("n").replace(",", "") + (m.group("d") or "")
        found = [q for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"]))
                 if (t := above_label(f, q)) is not None and "£" in (label := label_over(f, t, q))
                 and m.group("unit").lower() in words(label)
                 and not any(f.cand_text[u].strip() for u in texts_inside(f, q))]
        if len(found) != 1 or typed_into(f, found[0], value):
            continue
        q = found[0]
        if any(any(_PROMPT.match(f.cand_text[u]) for u in texts_inside(f, p)) and (
                float(f.cand_box[p][3]) <= float(f.cand_box[q][1]) or float(f.cand_box[p][2]) <= float(f.cand_box[q][0])
                and float(f.cand_box[p][1]) < float(f.cand_box[q][3]))
                for p in map(int, np.flatnonzero(f.cand_kind == KINDS["input"]))):
            return None  # (a list before it in the form still to choose: "Buyer [— choose —]" first)
        return q, value
    return None


def rate_typed(f: Features, told: str) -> bool:
    """Whether the last step typed into the box of a sum the story tells as a rate (``rate_box``'s, by its
    label's "£" and unit)."""
    if not len(f.hist_kind) or ACTIONS[int(f.hist_kind[-1])] != "type":
        return False
    at = acted_at(f)
    return any(within_box(at, f.cand_box[q]) and (t := above_label(f, q)) is not None
               and "£" in (label := label_over(f, t, q)) and m.group("unit").lower() in words(label)
               for m in _RATE.finditer(told) for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"])))


def named_sum(f: Features, told: str, typed: bool = False) -> tuple[int, str] | None:
    """The box a sum goes in by what the task calls it: "left £20 as a tip for Dom" types 20 into the empty "Tip
    (£)", not the "Price (£)" beside it showing 300.00: a box under a label reading "£" (or "$", "€") whose first
    word is the sum's thing (said after it, "as a tip", "for the deposit", "worth of parts", or before it, "a £20
    tip"), the sum as
    the box writes it. None when no box's label names it, or the sum is in (unless ``typed``: that box all the
    same)."""
    option_first = None  # (a part's option still to choose, read once: only for a sum named by its verb)
    for m in _SUM_AS.finditer(told):
        thing = m.group("after") or m.group("before") or ""
        verb = _verb_root(words(told[:m.start()])[-1]) if words(told[:m.start()]) else ""
        if verb:
            option_first = part_radio(f, told) is not None if option_first is None else option_first
            verb = "" if option_first else verb
        if not thing and not verb or thing.lower() in ("total", "sum", "bill", "cheque", "payment", "cash"):
            continue
        value = m.group("n").replace(",", "") + (m.group("d") or "")
        found = []
        for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"])):
            if (t := above_label(f, q)) is None or not re.search(r"[£$€]", label := label_over(f, t, q)):
                continue
            if (ws := words(label)) and ocr_same(thing.lower(), ws[0]) or verb and ws[:1] in (["amount"], ["sum"]) \
                    and any(_verb_root(w) == verb for w in ws[1:]):  # (or by the story's verb: "we're keeping £75
                # of their damage deposit": "Amount kept (£)", once its option is chosen)
                found.append(q)
        if len(found) == 1 and (typed or not typed_into(f, found[0], value)
                                and not any(f.cand_text[t].strip() == value for t in texts_inside(f, found[0]))):
            return found[0], value
    return None


def money_field(f: Features, instruction: str) -> tuple[int, str] | None:
    """The one field showing an amount that the task's one sum of money replaces, and that sum as the field
    writes it: "the Hollins Street Community Garden group have cut their request down to £7,500" on its panel,
    whose "REQUESTED AMOUNT" field shows 9200: 7500 typed there (no sign, no thousands comma, as it shows
    its own). The field is labelled by a word of money (amount, price, cost, fee, total, request…) and shows a
    bare number, or (for a sum told paid, after a first step) is an empty one labelled "Amount …" over it; None
    when the task says no sum or several, no one field fits, or the sum was typed."""
    sums = list(_MONEY.finditer(instruction))
    if len(sums) != 1 or value_typed(f, sums[0].span()):
        return None
    m = sums[0]
    bare = m.group("n").replace(",", "") + (m.group("d") or "")
    said = {w for w in words(instruction) if len(w) >= 4 and w not in _NOT_THINGS}
    paid = len(f.hist_kind) > 0 and re.search(r"\bpaid\b", instruction, re.I) is not None
    found = []
    for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"])):
        inside = [f.cand_text[t].strip() for t in texts_inside(f, q)]
        if not inside and paid and (lab := above_label(f, q)) is not None \
                and (words(f.cand_text[lab]) or [""])[0] == "amount":
            found.append(q)  # (an empty "Amount (£)" of a payment told paid, its form opened: "paid a £100
            # deposit"; not a new payment's: "Send £25 to Ana" is filled by role)
            continue
        if bare in inside and typed_into(f, q, bare):
            return None  # (the sum is in: the fee typed, the price beside it is left alone)
        if len(inside) != 1 or not re.fullmatch(r"\d+(?:\.\d{1,2})?", inside[0]) or inside[0] == bare:
            continue
        if any(k and any(w.startswith(x) for w in ws for x in _MONEY_LABELS) for ws, k in _labels(f, q)):
            found.append(q)
    if len(found) > 1:  # of several, the one whose label the task says most of ("the late cancellation fee":
        # "Late cancellation fee (£)", not "Standard sweep price (£)")
        shared = [len(said & {w for ws, _ in _labels(f, q) for w in ws}) for q in found]
        found = [found[shared.index(max(shared))]] if shared.count(max(shared)) == 1 and max(shared) >= 2 else found
    return (found[0], bare) if len(found) == 1 and not typed_into(f, found[0], bare) else None


# where a clause puts its thing, a kind and its number: "move it into Screen 2", "to Ring 5", "onto pitch 9"
_PUT_INTO = re.compile(r"\b(?:into|to|onto|in)\s+(?:the\s+)?((?P<kind>[A-Za-z][a-z]+)\s+(?P<no>\d{1,3}[A-Za-z]?))\b")


def sibling_value(f: Features, instruction: str) -> tuple[int, str] | None:
    """The one field showing another of the kind a task moves its thing into, and the value to put there:
    "Can we move it into Screen 2 at the same time?" in the "Change screen or time" dialog whose Screen list
    shows "Screen 3 (52)": "Screen 2" typed there (a list takes the option starting with it). None when no
    such place is said, no one field shows its kind with another number, or it was typed."""
    found = []
    for m in _PUT_INTO.finditer(instruction):
        kind, no = m["kind"].lower(), m["no"].lower()
        for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"])):
            inside = [words(f.cand_text[t]) for t in texts_inside(f, q)]
            if any(len(ws) >= 2 and ws[0] == kind and ws[1] != no and ws[1][:1].isdigit() for ws in inside):
                found.append((q, m.group(1), m.span(1)))
    if len(found) != 1 or typed_into(f, found[0][0], found[0][1]) or value_typed(f, found[0][2]):
        return None
    return found[0][0], found[0][1]


# a field's hint asking for a thing's name: "e.g. name of care home or ward", "Name of school"
_NAME_OF = re.compile(r"\bname\s+of\s+(?:the\s+|a\s+|an\s+)?([a-z]+(?:\s+[a-z]+)?)", re.I)


def kind_named(f: Features, told: str) -> tuple[int, str] | None:
    """The one empty field whose hint asks for the name of a kind of thing the task names by name right before
    its kind: "Mr Haldane is off to Fernlea House care home …" and "Destination details: e.g. name of care home
    or ward": "Fernlea House" typed there. None when none or several fit, or it was typed."""
    found = []
    for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"])):
        inside = [f.cand_text[t] for t in texts_inside(f, q)]
        if len(inside) != 1 or (m := _NAME_OF.search(inside[0])) is None:
            continue
        kind = re.escape(m.group(1))
        for n in re.finditer(rf"((?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){{0,3}})\s+{kind}\b", told, re.I):
            found.append((q, n.group(1), n.span(1)))
    if len(found) != 1 or typed_into(f, found[0][0], found[0][1]) or value_typed(f, found[0][2]):
        return None
    return found[0][0], found[0][1]


# a share said in words, as a percentage: "the sibling discount goes up to a quarter"
_SHARE = re.compile(r"\b(?:to|at|by)\s+(?:a\s+|one\s+)?(quarter|third|half|three[- ]quarters)\b"
                    r"(?!\s+(?:past|to|of\s+an)\b)", re.I)
_SHARES = {"quarter": "25", "third": "33", "half": "50", "three-quarters": "75", "three quarters": "75"}


def policy_number(f: Features, told: str) -> tuple[int, str] | None:
    """The number box of a rules page whose title reads what a number the task sets counts: "cap everyone at 6
    items a day" types 6 into "Maximum items per reader per day" (the words round the number, "items" and
    "day", two at least, are the title's: its text left of the box, else its label over it; a percentage's "%"
    counts as one: "a 40% deposit" into "Deposit (% of price)"). Number by number in the task's order, the first
    that fits one box alone and was not typed there; None when none does. An old value is none ("valid for 60
    days rather than 30")."""
    if not standing_change(f, told):
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    boxes = []
    for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"])):
        inside = [f.cand_text[t].strip() for t in texts_inside(f, q)]
        if len(inside) != 1 or not re.fullmatch(r"\d{1,4}", inside[0]):
            continue
        title = _policy_line(f, q, texts, least=3)
        label = text_over(f, t, q) if not title and (t := above_label(f, q)) is not None else ""
        title = title or [w for w in words(label) if len(w) >= 3 and w.isalpha() and w not in ("per", "the", "and")]
        boxes.append((q, inside[0], title, "%" in label))
    told_numbers = [(m, m.group(1), m.group(2) == "%" or re.match(r"\s*per\s*cent\b", told[m.end():], re.I) is not None)
                    for m in re.finditer(r"(?<![\w.,:/£$€-])(\d{1,4})(%?)(?![\w:/%-]|[.,]\d)", told)]  # ("30 per cent")
    told_numbers += [(m, _SHARES[m.group(1).lower()], True) for m in _SHARE.finditer(told)]  # "up to a quarter"
    for m, n, per in sorted(told_numbers, key=lambda p: p[0].start()):
        if re.search(r"\b(?:rather\s+than|instead\s+of|from|not)\s+$", told[:m.start()], re.I):
            continue
        near = {w[:5] for w in words(told[max(0, m.start() - 30):m.end() + 30]) if len(w) >= 3 and w.isalpha()}
        found = [(q, n) for q, shown, title, percent in boxes if shown != n
                 and (percent or m.re is not _SHARE) and sum(w[:5] in near for w in title) + (percent and per) >= 2]
        if len(found) == 1 and not typed_into(f, *found[0]):
            return found[0]
    return None


# a price told with what it prices: "the family kennels to £52", "the labour rate goes up to £38 an hour"
_PRICED = re.compile(r"((?:[A-Za-z][\w'’-]*\s+){1,6}?)(?:(?:goes|go|went|is|are|will\s+be)\s+)?(?:up\s+|down\s+)?"
                     r"(?:(?:to|now|(?:now\s+)?start\s+at|paying|charging)\s+|(?<=\bbe\s)|(?<=\bis\s)|(?<=\bare\s))"
                     r"(?:[£$€](\d{1,5}(?:\.\d{2})?|\d{1,3}(?:,\d{3})+)(?!\d|[.,]\d)|"
                     r"(\d{1,2})p\b)")  # (pence: "pressing goes up to 20p a kilo"; "The rag merchant's paying 45p
# a kilo now"; "the large veg box will be £27")
# a price said before what it prices: "with a £30 minimum"
_PRICE_OF = re.compile(r"\b(?:a|an)\s+[£$€](\d{1,5}(?:\.\d{2})?|\d{1,3}(?:,\d{3})+)\s+"
                       r"(?!(?:a|an|per|each|for|to|and|or|on|in|of|from|with|off)\b)"
                       r"([a-z]{3,}(?:\s+(?:charge|fee|price|rate))?)\b")
_NOT_PRICED = frozenset({"and", "the", "our", "their", "prices", "price", "putting", "going", "put", "raising", "from",
                         "today", "now", "also", "we", "we're", "please", "change", "set"})
# what a price is per, said after it: "£2 a ewe and £4 a ram", "£140 a bulk bag"
_PER_UNIT = re.compile(r"[£$€](\d{1,5}(?:\.\d{2})?|\d{1,3}(?:,\d{3})+)\s+(?:a|an|per|each)\s+"
                       r"([A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)")
_NOT_UNIT = frozenset({"for", "this", "that", "with", "each", "which", "instead", "but", "and", "so", "or", "from",
                       "now", "today", "too", "also", "then", "across", "off"})


def text_over(f: Features, t: int, q: int) -> str:
    """Text ``t``'s part over box ``q``, across: OCR reads two columns' labels as one line ("Member discount in
    the cellar door shop (%) Hold cases for collection (days)" over two boxes): the characters whose place, read
    evenly across the text, falls over the box (its whole text when it is not half as wide again as the box)."""
    text = f.cand_text[t]
    tx0, tx1 = float(f.cand_box[t][0]), float(f.cand_box[t][2])
    x0, x1 = float(f.cand_box[q][0]), float(f.cand_box[q][2])
    if tx1 - tx0 <= 1.5 * (x1 - x0) or not text:
        return text
    step = (tx1 - tx0) / len(text)
    return "".join(ch for k, ch in enumerate(text) if x0 - 4 * f.scale <= tx0 + (k + 0.5) * step <= x1 + 4 * f.scale)


def label_over(f: Features, t: int, q: int) -> str:
    """The whole label over box ``q`` of which text ``t`` is a piece: OCR cuts "Per ewe — full shear (£)" in two at
    its dash; the texts of ``t``'s line over the box across, left to right, each as ``text_over`` reads it."""
    y0, y1 = float(f.cand_box[t][1]), float(f.cand_box[t][3])
    x0, x1 = float(f.cand_box[q][0]), float(f.cand_box[q][2])
    line = [u for u in range(len(f.cand_text)) if f.cand_kind[u] == KINDS["text"]
            and abs((f.cand_box[u][1] + f.cand_box[u][3]) / 2 - (y0 + y1) / 2) <= (y1 - y0) / 2
            and float(f.cand_box[u][0]) < x1 - 12 * f.scale and float(f.cand_box[u][2]) > x0]  # (not the next
    # box's label starting where this box ends, as ``above_label`` reads it)
    return " ".join(text_over(f, u, q) for u in sorted(set(line) | {t}, key=lambda u: float(f.cand_box[u][0])))


def _priced_column(f: Features, q: int) -> int | None:
    """The header of a table's price column over box ``q`` ("Base price (£)"): the first text with letters
    above it that overlaps it across (the rows' numbers above skipped), when it reads "£" (or "$", "€")."""
    x0, y0, x1, _ = (float(v) for v in f.cand_box[q])
    above = sorted((t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
                    and float(f.cand_box[t][3]) <= y0 + 4 * f.scale and float(f.cand_box[t][1]) < y0
                    and float(f.cand_box[t][0]) < x1 and float(f.cand_box[t][2]) > x0), key=lambda t: -f.cand_box[t][3])
    head = next((t for t in above if re.search(r"[A-Za-z]", f.cand_text[t])), None)
    return head if head is not None and re.search(r"[£$€]", f.cand_text[head]) else None


# a second price told with its verb left out: "the large veg box will be £27 and the fruit box £13.50"
_AND_THE = re.compile(r"\s+and\s+(?:the|our|a)\s+((?:[A-Za-z][\w'’-]*\s+){1,4}?)"
                      r"[£$€](\d{1,5}(?:\.\d{2})?|\d{1,3}(?:,\d{3})+)(?!\d|[.,]\d)")
_SO_IS = re.compile(r"[^.;!?]{0,12}?\band\s+so\s+(?:is|are|does|do)\s+(?:the\s+)?([\w -]+?)\s+(?:one|ones)\b", re.I)


def _topic(told: str, at: int) -> set[str]:
    """What a list of prices is of, said before a colon in the sentence that has come to ``at``: "The AGM agreed
    next year's subs: seniors go up to £120, students to £60 …" is "subs" (so "seniors" is "Senior subs (£)",
    not "Senior match fee (£)")."""
    sentence = re.split(r"[.;!?]\s", told[:at])[-1]
    if ":" not in sentence:
        return set()
    head = [w for w in words(sentence.rsplit(":", 1)[0])[-1:] if w.isalpha() and len(w) >= 3]
    return {w for w in head if w not in _NOT_PRICED}


def _told_prices(told: str) -> list[tuple[int, str, set[str], set[str]]]:
    """The prices a task tells with what they price, in its order: (where the price ends, the price, the thing's
    words, what the list it stands in is of): "the family kennels to £52 a night" is 52 of "family", "kennels",
    "night"; "£2 a ewe" is 2 of "ewe"; "subs: seniors go up to £120" 120 of "seniors", of "subs"."""
    told_prices = []
    for m in _PRICED.finditer(told):
        price = m.group(2) or f"0.{int(m.group(3)):02d}"
        thing = re.split(r"\b(?:voted|agreed|put|raised|increased|upped)\b",
                         m.group(1).split(",")[-1].split(":")[-1])[-1]
        # (not who set it: "The AGM voted the adult membership up to £95" prices "the adult membership")
        said = {w for w in words(thing) if len(w) >= 3 and w not in _NOT_PRICED}
        said |= {c.lower() for c in re.findall(r"(?<=[a-z] )[A-Z]\b", thing)}  # "the zone C villages": "Zone C …"
        topic = _topic(told, m.end(1))
        if (pair := re.fullmatch(r"\s*([a-z]{3,})\s+and\s+([a-z]{3,})((?:\s+[a-z]{3,})?)\s*", thing)) \
                and pair.group(1) not in _NOT_PRICED:  # two things at one price: "legal and police work to £58"
            told_prices += [(m.end(), price, {w, *words(pair.group(3))}, topic) for w in pair.group(1, 2)]
            continue
        told_prices.append((m.end(), price, said, topic))
        if (elided := _AND_THE.match(told, m.end())) is not None:
            told_prices.append((elided.end(), elided.group(2),
                                {w for w in words(elided.group(1))
                                 if len(w) >= 3 and w not in _NOT_PRICED | {"one", "ones"}},
                                topic))
        if (also := _SO_IS.match(told, m.end())) is not None:  # "… going up to £26.50 and so is the gluten-free
            # one": that one at the same price
            told_prices.append((also.end(), price, {w for w in words(also.group(1)) if len(w) >= 3}, topic))
    for m in _PER_UNIT.finditer(told):
        unit = [w for w in itertools.takewhile(lambda w: w not in _NOT_UNIT, words(m.group(2))) if len(w) >= 3]
        told_prices = [(e, price, said, topic | set(unit)) if e == m.end(1) else (e, price, said, topic)
                       for e, price, said, topic in told_prices]  # "… goes up to £140 a bulk bag": "bulk", "bag"
        # where the thing alone finds no one box ("20p a kilo" of "Pressing (£ per kg)" needs no kilo)
        if unit and all(e != m.end(1) for e, _, _, _ in told_prices):  # "£2 a ewe": the box "Per ewe (£)"
            told_prices.append((m.end(1), m.group(1), set(unit), set()))
    for m in _PRICE_OF.finditer(told):
        if all(e != m.end(1) for e, _, _, _ in told_prices):
            told_prices.append((m.end(1), m.group(1), set(words(m.group(2))), set()))
    return sorted(told_prices, key=lambda p: p[0])


def _priced_boxes(f: Features, shown: bool = True) -> list[tuple[int, str, list[str]]]:
    """The boxes a price goes in, with what they show and their label's words: a box under a label reading "£" (the
    label's every piece on its line: "Per ewe — | full shear (£)"), or a table row's box under a "£" column (the
    row's every cell left of it: "Kiln-dried hardwood | bulk bag"). With ``shown``, only boxes showing a number
    alone."""
    boxes = []
    for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"])):
        inside = list(dict.fromkeys(f.cand_text[t].strip() for t in texts_inside(f, q)))  # (a value read twice
        # is one: "20" and "20" over it)
        if shown and (len(inside) != 1 or not re.fullmatch(r"\d{1,5}(?:\.\d{1,2})?", inside[0])):
            continue
        if (t := above_label(f, q)) is not None and t == _priced_column(f, q) and (u := left_label(f, q)) is not None \
                and re.search(r"[A-Za-z]", f.cand_text[u]) \
                and (not re.search(r"\d", f.cand_text[u]) or _named_row(f, u)):
            t = None  # the first row's box under the column's head "Price (£)": its row names it
        if t is not None and not re.search(r"[£$€]", label := label_over(f, t, q)) and (up := next(
                (u for u in range(len(f.cand_text)) if f.cand_kind[u] == KINDS["text"] and u != t
                 and 0 <= float(f.cand_box[t][1] - f.cand_box[u][3]) <= 8 * f.scale
                 and float(f.cand_box[u][0]) < float(f.cand_box[q][2])
                 and float(f.cand_box[u][2]) > float(f.cand_box[q][0])), None)) is not None:
            label = label_over(f, up, q) + " " + label  # (a label wrapped in two: "Gluten free afternoon tea (£
            # per | person)")
        if t is not None and re.search(r"[£$€]", label):
            boxes.append((q, inside[0] if inside else "",
                          [w for w in words(label) if len(w) >= 3 or len(w) == 1 and w.isalpha()]))
        elif (t is None or not re.search(r"[A-Za-z]", f.cand_text[t])) and (t := left_label(f, q)) is not None \
                and (not re.search(r"\d", f.cand_text[t]) or _named_row(f, t)) \
                and (head := _priced_column(f, q)) is not None:  # (a count between: "Gents cut | 30 min | [16]")
            row = [u for u in range(len(f.cand_text)) if f.cand_kind[u] == KINDS["text"]
                   and float(f.cand_box[u][2]) <= float(f.cand_box[t][2]) + 1
                   and float(f.cand_box[u][1]) <= (f.cand_box[q][1] + f.cand_box[q][3]) / 2 <= float(f.cand_box[u][3])]
            boxes.append((q, inside[0] if inside else "",
                          [w for u in row + [head] for w in words(f.cand_text[u]) if len(w) >= 3]))
    return boxes


def _named_row(f: Features, t: int) -> bool:
    """Whether a worded text stands left of text ``t`` on its line: the row's name before a cell of numbers
    ("Gents cut" before "30 min")."""
    mid = float(f.cand_box[t][1] + f.cand_box[t][3]) / 2
    return any(f.cand_kind[u] == KINDS["text"] and float(f.cand_box[u][2]) < float(f.cand_box[t][0])
               and float(f.cand_box[u][1]) <= mid <= float(f.cand_box[u][3])
               and re.search(r"[A-Za-z]{3}", f.cand_text[u])
               for u in range(len(f.cand_text)))


def _price_hits(boxes: list[tuple[int, str, list[str]]], said: set[str], exact: bool = False,
                topic: set[str] | frozenset[str] = frozenset(), shown: frozenset[str] = frozenset()
                ) -> list[tuple[int, str]]:
    """The boxes whose label reads most of a price's thing: two words at least, or all of a one-word thing ("the
    Gold plan" is no "Drain & refill, no plan (£)"); words as written (a plural as its singular), else as
    ``ocr_same`` (``exact``: as written only), a one-letter one exactly ("zone C"). Where that finds no box or
    several, the thing with its list's ``topic`` when that finds one: "subs: seniors …" is "Senior subs (£)" of
    it and "Senior match fee (£)", "social members" "Social subs (£)". Where none reads it, the thing without its
    words that no label reads but the page ``shown`` does elsewhere (a heading: "the adult membership up to £95"
    is "Adult (£)" under "Membership fees (a year)")."""
    hits = _hits(boxes, said, exact)
    on = {w for w in said if any(w.rstrip("s") == x.rstrip("s") for _, _, label in boxes for x in label)}
    if not hits and on and on != said and all(w in shown for w in said - on):
        hits = _hits(boxes, on, exact)
    if not topic:
        return hits
    if len(hits) != 1 and len(more := _hits(boxes, said | topic, exact)) == 1:
        return more

    def of_topic(label: list[str]) -> bool:
        return any(w.rstrip("s") == x.rstrip("s") for w in topic for x in label)

    if any(of_topic(label) for _, _, label in boxes):  # the list's boxes show: its price is one of them ("Social
        # subs (£)" over "Senior match fee (£)", once "Senior subs (£)" was scrolled out of sight)
        return [(q, shown) for q, shown in hits if of_topic(next(label for b, _, label in boxes if b == q))]
    return hits


def _hits(boxes: list[tuple[int, str, list[str]]], said: set[str], exact: bool) -> list[tuple[int, str]]:
    for same in (lambda w, x: w.rstrip("s") == x.rstrip("s") if len(w) > 1 else w == x,
                 lambda w, x: ocr_same(w, x) if len(w) > 1 else w == x)[:1 if exact else 2]:
        score = {q: sum(any(same(w, x) for x in label) for w in said) for q, _, label in boxes}
        best = max(score.values(), default=0)
        if hits := [(q, shown) for q, shown, _ in boxes if best and score[q] == best
                    and (best >= 2 or best == len(said))]:
            return hits  # (words as written first: "a vase is now £160" is "Vase (£)", not "… base (£)")
    return []


def mispriced(f: Features, told: str, j: int | None, text: str) -> bool:
    """Whether typing ``text`` into box ``j`` puts a price the task tells of one thing into a box priced for
    another: "Dom's putting his hourly rate up to £110" is no "Consultation deposit (£)", "£140 a bulk bag" of
    kiln-dried hardwood no "Kiln-dried hardwood | net" (a priced box not the one ``priced_field`` finds for it);
    or words with no number into a priced box ("Unicorn castle was delivered" into "Then per mile (£)")."""
    if j is None or j >= len(f.cand_text) or f.cand_kind[j] != KINDS["input"]:
        return False
    if text.strip() and not re.search(r"\d", text) and any(q == j for q, _, _ in _priced_boxes(f, shown=False)):
        return True
    typed = text.strip().lstrip("£$€").replace(",", "")
    told_prices = [(said, topic) for _, price, said, topic in _told_prices(told)
                   if said and price.replace(",", "") == typed]
    if not told_prices:
        return False
    boxes = _priced_boxes(f, shown=False)
    return any(q == j for q, _, _ in boxes) and all(j not in [q for q, _ in _price_hits(boxes, said, topic=topic)]
                                                    for said, topic in told_prices)


def priced_field(f: Features, told: str) -> tuple[int, str] | None:
    """The price box a task sets by the words of what it prices: "Our prices go up from today: the dog kennels
    to £30 a night and the family kennels to £52" types 52 into "Family kennel, per night (£)": a box of a label
    reading "£" (or of a table's row under a "£" column: "Welsh slate [1080]" under "Base price (£)") and most of
    the thing's words (``_price_hits``), alone. Price by price in the task's order, the first not shown nor typed
    yet; None when none is left."""
    told_prices = _told_prices(told)
    if not told_prices:
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    span = dialog_span(f, texts)
    boxes = [b for b in _priced_boxes(f) if span is None or _in_span(f, b[0], span)]  # (a dialog open: its own
    # boxes, not the page's prices behind it, cut at its edge: "Small veg box [14]" beside "Add extra")
    every = None
    shown = frozenset(w for t in texts for w in words(f.cand_text[t]))  # (the page's words: a heading's too)
    for _, price, said, topic in told_prices:
        hits = _price_hits(boxes, said, topic=topic, shown=shown)
        if hits and not _price_hits(boxes, said, True, topic) and _price_hits(
                every := every if every is not None else _priced_boxes(f, False), said, True, topic):
            continue  # (its box as written was typed already: "Vase (£) [160]", not "… base (£)" next)
        price = price.replace(",", "")
        if len(hits) == 1 and float(hits[0][1]) != float(price) and not typed_into(f, hits[0][0], price):
            return hits[0][0], price
    return None


# a date moved by a span of time: "extend hire R-5537 by two more days", "push it back a week", "3 extra days"
_SHIFT = re.compile(r"\b(?P<verb>extend|push(?:ed)?\s+(?:it\s+|them\s+)?back|postpone|delay|bring\s+(?:it\s+)?forward|"
                    r"renew|move\s+(?:it\s+)?(?:back|on))\b[^.;!?]*?\b(?:by\s+)?(?P<n>\d{1,3}|a\s+couple\s+of|"
                    r"an(?:other)?|a|one|two|three|four|five|six|seven|eight|nine|ten|fourteen)\s+(?:more\s+|extra\s+"
                    r"|further\s+)?(?P<unit>day|week|fortnight)s?\b", re.I)


# a span past a date said before the verb: "wants his skis … for two more days past his current return date"
_MORE_SPAN = re.compile(r"\b(?P<n>\d{1,3}|an(?:other)?|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                        r"(?:more|extra|further)\s+(?P<unit>day|week|fortnight)s?\s+(?:past|after|beyond)\b", re.I)


def shifted_date(f: Features, instruction: str) -> tuple[int, str] | None:
    """The one date field on screen showing a date, and that date moved as the task says: "extend hire R-5537
    by two more days" opened "Extend hire R-5537", whose "New due-back date" shows 09/19/2024: 2024-09-21
    typed there (a date field takes it whole). Chromium's date fields show month first; None when the task
    moves no date by a span, no one field shows a date, or the date was typed."""
    m = _SHIFT.search(instruction) or _MORE_SPAN.search(instruction)
    if m is None:
        return None
    said = re.sub(r"\s+", " ", m["n"].lower())
    n = int(said) if said.isdigit() else {"a": 1, "an": 1, "another": 1}.get(said, NUMBER_WORDS.get(said, 0))
    days = n * {"day": 1, "week": 7, "fortnight": 14}[m["unit"].lower()]
    back = "verb" not in m.re.groupindex or not re.match(r"bring", m["verb"], re.I)
    found = [(q, d) for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"]))
             if (d := _shown_date(f, q)) is not None]
    if len(found) != 1 or not days:
        return None
    q, shown = found[0]
    moved = (shown + timedelta(days=days if back else -days)).isoformat()
    return None if typed_into(f, q, moved) or any(ACTIONS[int(k)] == "type" for k in f.hist_kind[-1:]) \
        else (q, moved)


def _shown_date(f: Features, q: int) -> date | None:
    """The one date field ``q`` shows (Chromium's "mm/dd/yyyy", or an ISO date), else None."""
    shown = []
    for t in texts_inside(f, q):  # (its calendar icon aside)
        us = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", f.cand_text[t].strip())
        with contextlib.suppress(ValueError, TypeError):
            shown.append(date.fromisoformat(f"{us[3]}-{us[1]}-{us[2]}" if us else iso_date(f.cand_text[t]) or ""))
    return shown[0] if len(shown) == 1 else None


def yesterday_date(f: Features, told: str, typed: bool = False) -> tuple[int, str] | None:
    """The form's one date field, set to the day before the one it shows, for a story that happened yesterday:
    "Claire Whitmore paid the deposit … yesterday, £450 by bank transfer" on "Record payment" whose "Date
    received" reads today, 06/04/2025: 2025-06-03. Only a field labelled a date or a day something was received,
    paid or done; None when the story says no "yesterday", or it was typed (unless ``typed``: the date shown)."""
    if re.search(r"\byesterday\b", told, re.I) is None:
        return None
    found = []
    for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"])):
        lab = _own_label(f, q)
        said = set(words(f.cand_text[lab])) if lab is not None else set()
        if (shown := _shown_date(f, q)) is not None and said & {"date", "received", "paid", "taken", "done", "on"}:
            found.append((q, shown))
    if len(found) != 1:
        return None
    q, shown = found[0]
    if typed:  # (the date as the field shows it)
        return q, shown.strftime("%m/%d/%Y")
    return None if any(typed_into(f, q, (shown + timedelta(days=k)).isoformat()) for k in (0, 1)) \
        else (q, (shown - timedelta(days=1)).isoformat())


def shifted_commit(f: Features, told: str) -> int | None:
    """The dialog's button pressed once ``shifted_date`` typed the moved date, or ``worded_date`` the date a
    task ends on (the last step): "Confirm extension" under "New return date" (a short text starting with a
    word of the task or one that saves, under the date); None otherwise."""
    steps = [k for k in range(len(f.hist_kind)) if ACTIONS[int(f.hist_kind[k])] != "scroll"]
    last = list(_WORD_DATE.finditer(told))[-1:]
    if not steps or ACTIONS[int(f.hist_kind[steps[-1]])] != "type" \
            or (_SHIFT.search(told) or _MORE_SPAN.search(told)) is None \
            and not (last and re.fullmatch(r"[\s.!]*", told[last[0].end():])):
        return None  # (a date the task ends on is all it gives: "… please extend the hire to 27 June.")
    x, y = acted_at(f, steps[-1])
    if not any(float(f.cand_box[q][0]) <= x <= float(f.cand_box[q][2]) and float(f.cand_box[q][1]) <= y
               <= float(f.cand_box[q][3]) and any(re.fullmatch(r"\d{2}/\d{2}/\d{4}", f.cand_text[t].strip())
                                                   for t in texts_inside(f, int(q)))
               for q in np.flatnonzero(f.cand_kind == KINDS["input"])):
        return None  # (the date was typed there: it shows one)
    return _commit_under(f, set(words(told)), (x, y))


# a date told after the word a date field's label ends with: "put her on leave until 30 June" ("On leave until")
_WORD_DATE = re.compile(r"\b(until|till|from|by|before|after|since|is|was|on|to|for)\s+"
                        r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s+)?(\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]{3,9}|[A-Za-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?)"
                        r"(?:,?\s+(\d{4}))?\b", re.I)
_PAGE_DATE = re.compile(r"\b\d{1,2}\s+[A-Z][a-z]{2,8}\s+(\d{4})\b|\b[A-Z][a-z]{2,8}\s+\d{1,2},?\s+(\d{4})\b")


def worded_date(f: Features, instruction: str) -> tuple[int, str] | None:
    """The empty date field ("mm/dd/yyyy"), or one showing another date, whose label, left of it on its line,
    ends with the word a task's date follows (or leads with a word said just before it), and that date whole:
    "put Ruth Ellery on leave until 30 June" on her form ("On leave until mm/dd/yyyy") types 2025-06-30 there.
    A date without its year takes the year of the page's today ("Today: Tue 11 Mar 2025"), else the one its
    dates read most; none when they read none, or the field was typed into."""
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and f.cand_text[t].strip()]
    for m in _WORD_DATE.finditer(instruction):
        year = m.group(3)
        if year is None:
            dated = [t for t in texts if _PAGE_DATE.search(f.cand_text[t])]
            dated = [t for t in dated if re.search(r"\btoday\b", f.cand_text[t], re.I)] \
                or [t for t in dated if float(f.cand_box[t][3]) <= 0.1 * f.frame_size[1]] or dated  # (its today's,
            # else the date in its header: "Academic office · Mon 24 March 2025" over rows joined in 2024)
            years = [y for t in dated for g in _PAGE_DATE.finditer(f.cand_text[t]) for y in g.groups() if y]
            if not years:
                continue
            year = max(set(years), key=years.count)
        day = iso_date(f"{m.group(2)} {year}")
        if day is None:
            continue
        weak = []  # fields whose label holds (not leads with) a word said just before the date
        empty = []  # every empty date field
        for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"])):
            if any(re.fullmatch(r"(?:mm|dd)/(?:dd|mm)/yyyy", f.cand_text[t].strip(), re.I)
                   for t in texts_inside(f, q)):
                empty.append(q)
            elif (shown := _shown_date(f, q)) is None or shown.isoformat() == day:
                continue  # (a field showing another date is changed by its label: "the summer release will go
                # out on Saturday 12 July rather than the 5th": "Release date 07/05/2025")
            mid = (float(f.cand_box[q][1]) + float(f.cand_box[q][3])) / 2
            label = [t for t in texts if 0 <= float(f.cand_box[q][0] - f.cand_box[t][2]) <= 200 * f.scale
                     and abs((float(f.cand_box[t][1]) + float(f.cand_box[t][3])) / 2 - mid) <= 10 * f.scale]
            over = above_label(f, q)
            label += [over] if over is not None else []  # ("Deferred until" over its field)
            before = words(instruction[:m.start()])[-4:]  # "His last class is Friday 28 March": "Last day of …"
            start = sentence_start(instruction, m.start(), (". ", "; "))
            owned = re.findall(r"\b(?:their|his|her|its|our)\s+([a-z]{4,})\b", instruction[start:m.start()])
            before += owned[-1:]  # (the thing the sentence's date is of: "their move goes back a day, to Friday 2
            # May": "Move date")
            if (any(words(f.cand_text[t])[-1:] == [m.group(1).lower()] for t in label)
                    or any(len(w := (words(f.cand_text[t]) or [""])[0]) >= 4 and w in before for t in label)) \
                    and not typed_into(f, q, day):
                return q, day
            if any(len(w) >= 4 and w != "date" and w in before for t in label for w in words(f.cand_text[t])) \
                    and not typed_into(f, q, day):
                weak.append(q)  # "extend the hire to 27 June": "New hire end date"
        if len(weak) == 1:
            return weak[0], day
        if not weak and len(empty) == 1 and len(list(_WORD_DATE.finditer(instruction))) == 1 \
                and m.group(1).lower() in ("for", "on") and not typed_into(f, empty[0], day) \
                and any(f.cand_text[t].strip() == "mm/dd/yyyy" for t in texts_inside(f, empty[0])):
            # (a native date field, as the browser draws it: not a text box asking "DD/MM/YYYY")
            return empty[0], day  # the one date told, for the form's one empty date: "book it in … for Monday
            # 1 December" on "Start date mm/dd/yyyy"
    return None


# a day said by its weekday alone: "she'll come and collect them on Saturday"
_ON_WEEKDAY = re.compile(r"\bon\s+(mon|tues|wednes|thurs|fri|satur|sun)day\b(?!\s+(?:the\s+)?\d)", re.I)


def weekday_date(f: Features, told: str, typed: bool = False) -> tuple[int, str] | None:
    """The empty date field ("mm/dd/yyyy", as Chromium draws one) a story's weekday goes in, and that day: the
    first after the page's today. "… mark them as ready … She's already said she'll come and collect them on
    Saturday" on "Mark ready" (today Wed 19 Mar 2025) types 2025-03-22 into "Collection date": the field whose
    label shares a word, by its first five letters, with the words just before "on Saturday", else the one empty
    date field. None when the story says no such day, the page shows no today, or it was typed (unless
    ``typed``: the date as the field shows it, once typed)."""
    m = next(iter(_ON_WEEKDAY.finditer(told)), None)
    if m is None or (today := page_today(f)) is None:
        return None
    day = _weekday_after(today, m.group(1)).isoformat()
    shown = f"{day[5:7]}/{day[8:10]}/{day[:4]}"
    empty = [q for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"]))
             if any(f.cand_text[t].strip() in ("mm/dd/yyyy", shown if typed else "") for t in texts_inside(f, q))]
    before = {w[:5] for w in words(told[:m.start()])[-6:] if len(w) >= 4}
    named = [q for q in empty if (lab := _own_label(f, q)) is not None
             and before & {w[:5] for w in words(f.cand_text[lab]) if len(w) >= 4 and w != "date"}]
    found = named or (empty if len(empty) == 1 else [])
    if typed:
        return (found[0], shown) if len(found) == 1 else None
    return (found[0], day) if len(found) == 1 and not typed_into(f, found[0], day) else None


_SAID_WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b(?!s)(?!\s+(?:the\s+)?\d)", re.I)


# the rows a story picks are tomorrow's: "cancel tomorrow's trips on that stretch"
_TOMORROWS_ROWS = re.compile(r"\btomorrow['’]s\s+(?:[\w-]+\s+){0,2}?(?:trips|" + ROWS_SAID[3:] + r"\b", re.I)


_DATE_BOX = re.compile(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*")  # a date box as Chromium draws one: "07/23/2025"


def day_filter(f: Features, told: str) -> tuple[int, str] | None:
    """The date box a list is filtered by, showing the page's today, and the day a story's rows are on: "Rachel's
    on a training course on Friday afternoon. Can you move her Friday afternoon patients …" on a diary of Wed 15
    Jan ("Day [01/15/2025]") types 2025-01-17, the first such weekday after today; "… cancel tomorrow's trips on
    that stretch", tomorrow's (today the box's day where the page gives no year). None when the story says no
    other weekday (or several), no one box shows today, or it was typed."""
    days = {m.group(1).lower() for m in _SAID_WEEKDAY.finditer(told)}
    inputs = sorted(map(int, np.flatnonzero(f.cand_kind == KINDS["input"])), key=lambda q: float(
        (f.cand_box[q][2] - f.cand_box[q][0]) * (f.cand_box[q][3] - f.cand_box[q][1])))
    boxes = {q: d for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
             and (m := _DATE_BOX.fullmatch(f.cand_text[t]))
             and (d := iso_date(f"{m.group(3)}-{int(m.group(1)):02d}-{int(m.group(2)):02d}")) is not None
             and (q := next((q for q in inputs if t in texts_inside(f, q)), None)) is not None}  # (the box
    # holding it, not the bar round the filters)
    if len(boxes) != 1:
        return None
    (box, shown), = boxes.items()
    if (today := page_today(f) or date.fromisoformat(shown)) != date.fromisoformat(shown):
        return None  # (the box shows another day than the page's today; a page giving no year: the box's day)
    if not days and _TOMORROWS_ROWS.search(told):
        day = today + timedelta(days=1)  # "cancel tomorrow's trips on that stretch"
    elif len(days) != 1 or (day := _weekday_after(today, days.pop())) - today == timedelta(days=7) \
            or not re.search(rf"day\s+(?:[\w-]+\s+){{0,2}}?{ROWS_SAID}", told, re.I):
        return None  # (today itself; a day said of no rows: "… rung his order through for Friday")
    return (box, day.isoformat()) if not typed_into(f, box, "") else None


# a time of day told: "moves earlier to 2pm", "at 9.30 am", "from 14:00"
_TOLD_TIME = re.compile(r"(?<![\w.:£$€])(\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|\d{1,2}:\d{2})(?![\w:])", re.I)
# a time box as Chromium draws one: "03:00 PM", "--:-- --", "15:00"
_TIME_BOX = re.compile(r"(?:\d{2}|--):(?:\d{2}|--)(?:\s*(?:[AP]M|--))?", re.I)


_HOURS = "|".join(w for w in NUMBER_WORDS if " " not in w and 0 < NUMBER_WORDS[w] <= 12) + r"|\d{1,2}"
# a time said in words: "twenty to five", "quarter past two", "half four", "three o'clock"
_SPOKEN_TIME = re.compile(r"\b(?:(?P<mins>quarter|half|five|ten|twenty|twenty[- ]five)\s+(?P<way>past|to)\s+"
                          rf"(?P<h1>{_HOURS})|half\s+(?P<h2>{_HOURS})|(?P<h3>{_HOURS})\s+o['’]clock)\b"
                          r"(?!\s+(?:hours?|minutes?|mins?)\b)", re.I)
_SPOKEN_MINUTES = {"quarter": 15, "half": 30, "five": 5, "ten": 10, "twenty": 20, "twenty-five": 25, "twenty five": 25}


def spoken_time(m: re.Match) -> str | None:
    """A ``_SPOKEN_TIME`` match as "HH:MM"; an hour from one to seven is the afternoon's ("twenty to five":
    16:40), as the working day reads it."""
    h = m["h1"] or m["h2"] or m["h3"]
    hour = int(h) if h.isdigit() else NUMBER_WORDS[h.lower()]
    mins = 30 if m["h2"] else 0
    if m["mins"]:
        part = _SPOKEN_MINUTES[m["mins"].lower()]
        hour, mins = (hour - 1, 60 - part) if m["way"].lower() == "to" else (hour, part)
        hour = hour or 12
    if not 1 <= hour <= 12:
        return None
    if 1 <= hour <= 7:
        hour += 12
    return f"{hour:02d}:{mins:02d}"


def told_time(f: Features, told: str) -> tuple[int, str] | None:
    """The time box a time told goes in, and that time as "HH:MM": "The order cut-off moves earlier to 2pm" types
    14:00 into "Order cut-off (day before roasting) [03:00 PM]": a box reading a time (or "--:-- --") whose label
    over or left of it shares a word of four letters or more (``ocr_same``) with the six words before the time.
    An old time is none ("at 3pm rather than 2pm": 3pm); None when no box fits one told time alone, it shows that
    time, or it was typed."""
    boxes = []
    for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"])):
        inside = [f.cand_text[t].strip() for t in texts_inside(f, q)]
        if len(inside) >= 1 and _TIME_BOX.fullmatch(inside[0]) and (lab := _own_label(f, q)) is not None:
            boxes.append((q, clock_time(inside[0]), [w for w in words(f.cand_text[lab]) if len(w) >= 4]))
    for m in [*_TOLD_TIME.finditer(told), *_SPOKEN_TIME.finditer(told)]:
        hm = clock_time(m.group(1)) if m.re is _TOLD_TIME else spoken_time(m)
        if hm is None or re.search(r"\b(?:rather\s+than|instead\s+of|from|not)\s+$", told[:m.start()], re.I):
            continue
        if m.re is _SPOKEN_TIME and re.search(r"\b(?:add|adding|another|extra|new|second|third|fourth)\b[^.;!?]*$",
                                              told[:m.start()], re.I):
            continue  # (a time added, not the one a box shows changed: "we're adding a third owl encounter every
            # day, at half past four")
        before = [w for w in words(told[:m.start()])[-6:] if len(w) >= 4]

        def hit(w: str, x: str, last: str = before[-1] if before else "") -> float:  # a label's word the story
            # says, or its stem ("opening", "Opens at"); the word said next to the time counts more ("opening at
            # half past nine" over "from Monday")
            return (ocr_same(w, x) or len(w) >= 5 and len(x) >= 5 and w[:4] == x[:4]) * (1.5 if w == last else 1)
        shared = {(q, shown): sum(max((hit(w, x) for w in before), default=0) for x in label)
                  for q, shown, label in boxes}
        best = max(shared.values(), default=0)
        found = [box for box, n in shared.items() if best and n == best]  # "the nets until eight o'clock": "Nets
        # until", not "Nets from"
        if len(found) == 1 and m.re is _SPOKEN_TIME and found[0][1] is not None:
            hm = _nearer_half(hm, found[0][1])
        if len(found) == 1 and found[0][1] != hm and not typed_into(f, found[0][0], hm):
            return found[0][0], hm
    return None


def _nearer_half(said: str, shown: str) -> str:
    """A time said without its half of the day ("HH:MM" as ``spoken_time`` guessed it) in the half nearer the time
    its box shows: "until eight o'clock" over "09:00 PM" is 20:00, over "09:00 AM" 08:00."""
    h, mins = (int(x) for x in said.split(":"))
    at = int(shown[:2]) * 60 + int(shown[3:5])
    h = min((h % 12, h % 12 + 12), key=lambda k: abs(k * 60 + mins - at))
    return f"{h:02d}:{mins:02d}"


# a day of this month said by its number alone: "to Thursday the 13th"
_NTH_DAY = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b"
                      r"(?!\s+(?:of\s+)?[A-Z][a-z]{2,})", re.I)
# a time said as people say it: "at half two", "at 4pm", "at quarter past ten", "at 14:30"
_SAID_TIME = re.compile(r"\bat\s+(?:(half|quarter)\s+(?:(past|to)\s+)?)?(\d{1,2}|" + "|".join(
    w for w in NUMBER_WORDS if " " not in w and 0 < NUMBER_WORDS[w] <= 12) + r")(?::(\d{2}))?\s*([ap]\.?m\.?)?(?!\w)",
    re.I)


# a day a thing moves to said by its weekday alone: "can the visit move to Friday afternoon instead?"
_WEEKDAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")


def _weekday_after(today: date, said: str) -> date:
    """The first day after ``today`` that is the weekday ``said`` ("fri", as ``_WEEKDAYS`` reads it; today's
    weekday is next week's)."""
    return today + timedelta(days=(_WEEKDAYS.index(said.lower()) - today.weekday() - 1) % 7 + 1)
_TO_WEEKDAY = re.compile(r"\bto\s+(mon|tues|wednes|thurs|fri|satur|sun)day\b(?!\s+(?:the\s+)?\d)", re.I)


def _said_slot(f: Features, told: str) -> tuple[str | None, str | None]:
    """The day (ISO) and the time ("14:30") a task moves a thing to, as said: "Thursday the 13th" is the 13th of
    the page's month (the next one's if it has passed), "to Friday" the first Friday after today, "half two" is
    14:30 (a time from one to seven without am or pm is the afternoon's)."""
    day = time = None
    if (m := _NTH_DAY.search(told)) is not None and (today := page_today(f)) is not None:
        y, mo, d = today.year, today.month, today.day
        n = int(m.group(1))
        if n < d:
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
        with contextlib.suppress(ValueError):
            day = date(y, mo, n).isoformat()
    if day is None and (m := _TO_WEEKDAY.search(told)) is not None and (today := page_today(f)) is not None:
        day = _weekday_after(today, m.group(1)).isoformat()
    if (m := _SAID_TIME.search(told)) is not None:
        h = int(m.group(3)) if m.group(3).isdigit() else NUMBER_WORDS[m.group(3).lower()]
        mins = int(m.group(4) or 0)
        if m.group(1):
            part = 30 if m.group(1).lower() == "half" else 15
            if m.group(2) and m.group(2).lower() == "to":
                h, mins = h - 1, 60 - part
            else:
                mins = part  # ("half two": 2:30, as said in Britain)
        if m.group(5):
            h = h % 12 + (12 if m.group(5).lower().startswith("p") else 0)
        elif 1 <= h <= 7:
            h += 12
        if 0 <= h < 24:
            time = f"{h:02d}:{mins:02d}"
    return day, time


def _slot_fields(f: Features) -> tuple[int | None, int | None]:
    """A form's date field and time list: the field labelled "… date" over it reading a date ("03/10/2025"), the
    one labelled "… time" reading a time ("10:20")."""
    found: dict[str, int] = {}
    for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"])):
        lab = above_label(f, q)
        said = words(f.cand_text[lab]) if lab is not None else []
        inside = [f.cand_text[t].strip() for t in texts_inside(f, q)]
        if said[-1:] == ["date"] and any(re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}|(?:mm|dd)/(?:dd|mm)/yyyy", x, re.I)
                                         for x in inside):
            found.setdefault("date", q)
        elif said[-1:] == ["time"] and any(re.fullmatch(r"\d{1,2}[:.]\d{2}(?:\s*[ap]m)?", x, re.I) for x in inside):
            found.setdefault("time", q)
    return found.get("date"), found.get("time")


_MOVES = re.compile(r"\b(?:move|reschedule|rebook|push|bring)\b", re.I)


def slot_change(f: Features, told: str) -> tuple[int, str] | None:
    """The new day, then the new time, a task moves a booking to, typed into a reschedule form's "New date" and
    "New time" ("… move it to Thursday the 13th at half two": 2025-03-13, then 14:30, a list taking the option at
    that time); None when the form has no such field or each was typed into."""
    if not len(f.hist_kind) or not _MOVES.search(told):
        return None  # (a new booking's date and time are filled by role)
    day, time = _said_slot(f, told)
    qd, qt = _slot_fields(f)
    if day is not None and qd is not None and not typed_into(f, qd, day):
        return qd, day
    if time is not None and qt is not None and not typed_into(f, qt, time):
        return qt, time
    return None


def slot_commit(f: Features, told: str) -> int | None:
    """The form's button once ``slot_change`` typed all it said ("Move appointment" under the time)."""
    if not len(f.hist_kind) or ACTIONS[int(f.hist_kind[-1])] != "type" or not _MOVES.search(told):
        return None
    day, time = _said_slot(f, told)
    qd, qt = _slot_fields(f)
    wanted = [(q, v) for q, v in ((qd, day), (qt, time)) if q is not None and v is not None]
    if not wanted or not all(typed_into(f, q, v) for q, v in wanted) or said_radio(f, told) is not None \
            or reason_list(f, told, True, told) is not None:
        return None  # (its part of the day, "○ Afternoon", and a reason asked come first)
    q = wanted[-1][0]
    return _commit_under(f, set(words(told)), (float(f.cand_box[q][0] + f.cand_box[q][2]) / 2,
                                               float(f.cand_box[q][3])))


# a field's value told as a fact: "reason is relocation", "the colour should be green"
_IS_VALUE = re.compile(r"\b([a-z]{3,})\s+(?:is|was|should\s+be|will\s+be)\s+([\w'’-]+(?:\s+[\w'’-]+)?)\s*(?=[.;,!]|$)",
                       re.I)


# a person a thing is given to: "give the job to Maureen", "assign it to Priya"
_GIVEN_TO = re.compile(r"\b(give|assign|allocate|hand)\s+(?:[\w'’]+\s+){0,3}?to\s+(?P<v>(?-i:[A-Z])[\w'’-]+)|"
                       r"\b(move|transfer|switch)\s+(?:[\w'’]+\s+){0,5}?(?:over\s+)?to\s+(?P<w>(?-i:[A-Z])[a-z'’-]+)\b"
                       r"(?!\s+\d)", re.I)  # ("move her Friday afternoon patients over to Harriet"; not "to March 3")


def _own_label(f: Features, q: int) -> int | None:
    """Field ``q``'s own label: the text over it, else the one left of it."""
    lab = above_label(f, q)
    return lab if lab is not None else left_label(f, q)


def told_value(f: Features, told: str, typed: bool = False) -> tuple[int, str] | None:
    """The empty field (or a list still asking to choose) whose one-word label the task tells a value of:
    "… reason is relocation" on a dialog's "Reason [— select —]": "relocation" typed there (a list takes the
    option starting with it); or whose label starts with the verb a person is given a thing by ("give the job
    to Maureen": "Assign to [— choose —]"); a reason said in brackets ("Defer him until … (tattoo/piercing)":
    "tattoo" into "Reason"). None when no one such field, or it was typed into (unless ``typed``: the field
    showing the value)."""
    told_by = [(m.group(1).lower(), m.group(2), False) for m in _IS_VALUE.finditer(told)] \
        + [((m.group(1) or m.group(3)).lower(), m.group("v") or m.group("w"), True) for m in _GIVEN_TO.finditer(told)] \
        + [("reason", m.group(1), False) for m in re.finditer(r"\(([a-z]+)[/ a-z]*\)", told)]  # "(tattoo/piercing)"
    for word, value, given in told_by:
        hits = []
        for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"])):
            lab = _own_label(f, q)
            inside = [f.cand_text[t] for t in texts_inside(f, q) if t != lab and len(f.cand_text[t].strip()) > 1]
            # (a list's arrow read as "V" aside)
            said = words(f.cand_text[lab]) if lab is not None else []
            if (said[:1] and set(said[:1]) & {"assign", "allocate", "give", word} if given else said == [word]) and (
                    all(re.fullmatch(r"\W*(?:select|choose|pick)\b.*", x.strip(), re.I) for x in inside)
                    or typed and any(value.lower() in x.lower() for x in inside)):
                hits.append(q)
        if len(hits) == 1 and (typed or not typed_into(f, hits[0], value)):
            return hits[0], value
    return None


# whom a thing is put on or given to: "assign CN-48217 to Dev Patel"
_ASSIGNED_TO = re.compile(r"\b(?:assign|give|hand|allocate|reassign)\s+.+?\s+to\s+"
                          r"(?P<who>(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][\w'’-]+))?)", re.I)
_NO_ONE = re.compile(r"\W*(?:unassigned|none|nobody|no\s+one|not\s+assigned|not\s+set)\W*$", re.I)


def assign_list(f: Features, instruction: str) -> tuple[int, str] | None:
    """The list beside an "Assign" button or under an "Assigned to" label still reading no one ("DRIVER [Unassigned
    ▾] [Assign]"), and the person
    a task gives its thing to: "assign CN-48217 to Dev Patel" (told "Put CN-48217 on Dev Patel's van") types the
    name there (a native list takes the option reading it); the button comes after. None when no one such list,
    or the name was typed."""
    m = _ASSIGNED_TO.search(instruction)
    if m is None:
        return None
    later = sum(b <= m.start() for _, b in clause_spans(instruction))  # the clauses told before it come first, two
    if len(f.hist_kind) < 1 + 2 * later:  # steps each at least ("Move it into production and put Callum on it":
        return None  # the stage's list opened and chosen from, then his name)
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    hits = []
    for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"])):
        inside = [f.cand_text[t] for t in texts_inside(f, q) if f.cand_text[t].strip() not in _NATIVE_ARROW]
        if not any(_NO_ONE.match(x) or _PROMPT.match(x) for x in inside):
            continue  # (OCR's fragments of it aside: "Unassigned", "Unas")
        y = (float(f.cand_box[q][1]) + float(f.cand_box[q][3])) / 2
        if any(words(f.cand_text[t])[:1] == ["assign"] and float(f.cand_box[t][1]) <= y <= float(f.cand_box[t][3])
               and 0 <= float(f.cand_box[t][0] - f.cand_box[q][2]) <= 100 * f.scale for t in texts) \
                or (lab := above_label(f, q, overlap=12 * f.scale)) is not None \
                and any(w.startswith("assign") for w in words(f.cand_text[lab])[:2]):
            hits.append(q)  # (or the list's label says it: "ASSIGNED TO [— Unassigned — ▾]")
    if len(hits) != 1 or typed_into(f, hits[0], m.group("who")):
        return None
    return hits[0], m.group("who")


# a value moved from one to another: "Move Local Sport Hour from Wednesday to Friday"
_MOVED = re.compile(r"\bfrom\s+(?P<old>[\w'’-]+(?:\s+[\w'’-]+){0,2}?)\s+to\s+"
                    r"(?P<new>[\w'’-]+(?:\s+(?-i:[A-Z0-9])[\w'’-]*){0,2})", re.I)


def from_to_value(f: Features, told: str) -> tuple[int, str] | None:
    """The one field showing the value a task moves its thing from, and the value it moves it to: "Move Local
    Sport Hour from Wednesday to Friday" in a dialog whose Day list shows "Wednesday": "Friday" typed there (a
    list takes that option). None when no one field shows it, or it was typed into."""
    for m in _MOVED.finditer(told):
        old, new = words(m["old"]), m["new"]
        hits = [int(q) for q in np.flatnonzero(f.cand_kind == KINDS["input"])
                if any(words(f.cand_text[t]) == old for t in texts_inside(f, int(q)))]
        if len(hits) == 1 and not typed_into(f, hits[0], new):
            return hits[0], new
    return None


# a person a thing goes to in place of another: "give it to Tomasz instead", "put Nathan on it instead"
_INSTEAD = re.compile(r"\bto\s+(?P<v>(?-i:[A-Z])[\w'’-]+)\s+instead\b|\b(?:put|have)\s+(?P<w>(?-i:[A-Z])[\w'’-]+)"
                      r"\s+on\s+it\s+instead\b", re.I)


def instead_value(f: Features, told: str, typed: bool = False) -> tuple[int, str] | None:
    """The one field showing a person (a first name and more) the story names otherwise, and the person it gives
    the thing to instead:
    "… give it to Tomasz instead? Declan's on a course that day." in a dialog whose Sweep list shows "Declan
    Murphy": "Tomasz" typed there (a list takes the option starting with it). None when no one field shows
    such a name, or it was typed into (unless ``typed``: that field all the same)."""
    if (m := _INSTEAD.search(told)) is None:
        return None
    new = m["v"] or m["w"]
    others = {re.sub(r"['’]s$", "", w).lower() for w in re.findall(r"(?<![\w'’-])[A-Z][\w'’-]+", told)
              if w != new} - {new.lower()}
    hits = []
    searches = _search_boxes(f)
    for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"])):
        if q in searches:
            continue  # (a search box reading the story's name is no field of the thing)
        shown = [f.cand_text[t] for t in texts_inside(f, q) if f.cand_text[t].strip() not in _NATIVE_ARROW]
        if shown and len(ws := re.findall(r"[A-Z][\w'’-]+", shown[0])) >= 2 and ws[0].lower() in others \
                and new.lower() not in shown[0].lower():
            hits.append(q)
    if len(hits) != 1 or not typed and typed_into(f, hits[0], new):
        return None
    return hits[0], new


# a name a thing has instead of the one shown: "going out in the Top Paddock … instead of the Rough Field"
_SHOWN_INSTEAD = re.compile(r"\b(?:instead\s+of|rather\s+than)\s+(?:the\s+|a\s+|an\s+)?"
                            r"(?P<old>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")
# a field told its new value by its one-word label: "his feed changes to 2 scoops of Alfa-A …, twice a day"
_CHANGES_TO = re.compile(r"\b(?P<label>[a-z]{3,})\s+(?:changes|is\s+changing|goes|moves|is\s+now)\s+to\s+"
                         r"(?P<v>[^.;!?]+)", re.I)


def shown_instead(f: Features, told: str) -> tuple[int, str] | None:
    """The field showing the name a story puts another in place of, and that other, said before it in the same
    sentence: "He's also going out in the Top Paddock with the other geldings now instead of the Rough Field"
    types "Top Paddock" into "Turnout field [Rough Field]" (a list takes the option reading it). The other is
    the last run of capitalised words before "instead of" (not a sentence's first word); None when no field
    shows the old name, or it was typed."""
    for m in _SHOWN_INSTEAD.finditer(told):
        old = m.group("old").lower()
        start = sentence_start(told, m.start())
        names = [n for n in re.finditer(r"(?<![\w'’-])[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}", told[start:m.start()])
                 if n.start() > 0]
        if not names:
            continue
        new = names[-1].group()
        found = [q for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"]))
                 if any(f.cand_text[t].strip().lower() == old for t in texts_inside(f, q))]
        if len(found) == 1 and not typed_into(f, found[0], new):
            return found[0], new
    return None


# a count told against the one booked: "ran to four hours rather than the three we'd booked", "6 nights, not 4"
_COUNT_INSTEAD = re.compile(r"\b(?P<new>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?P<unit>[a-z]{3,})\s*,?\s+(?:rather\s+than|"
                            r"instead\s+of|not)\s+(?:the\s+)?(?P<old>\d{1,3}|[a-z]+(?:-[a-z]+)?)\b", re.I)


def counted_instead(f: Features, told: str, typed: bool = False) -> tuple[int, str] | None:
    """The box counting a unit the story tells another count of than the one it shows: "Jay's session ran to four
    hours rather than the three we'd booked" types 4 into "Hours worked [3]" (its label reads the unit, by its
    first five letters, and it shows the old count). None when no one box fits, or it was typed (unless
    ``typed``: that box all the same, showing the new count)."""
    for m in _COUNT_INSTEAD.finditer(told):
        new, old = number_in(m.group("new")), number_in(m.group("old"))
        if new is None or old is None or new == old:
            continue
        unit = m.group("unit").lower()
        found = [q for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"]))
                 if (lab := _own_label(f, q)) is not None and any(ocr_same(unit, w) for w in words(f.cand_text[lab]))
                 and [f.cand_text[t].strip() for t in texts_inside(f, q)] in ([str(n)] for n in (
                     (old, new) if typed else (old,)))]
        if len(found) == 1 and (typed or not typed_into(f, found[0], str(new))):
            return found[0], str(new)
    return None


# a time spent said in hours: "an extra hour and a half", "two and a half hours", "3 hours", "half an hour"
_SPENT = re.compile(r"\b(?:(?P<n>an?|\d{1,2}(?:\.\d{1,2})?|[a-z]+)\s+(?:(?:extra|more|additional|further)\s+)?"
                    r"(?:and\s+a\s+(?P<part>half|quarter)\s+)?hours?"
                    r"(?:\s+and\s+a\s+(?P<part2>half|quarter))?|(?P<half>half)\s+an\s+hour)\b"
                    r"(?!\s*,?\s+(?:rather\s+than|instead\s+of|not)\b)", re.I)


_HOURS_BOX = re.compile(r"^\W*(?:hours|hrs)\b(?!\s+(?:of|from|to)\b)|\b(?:hours|hrs)\W*$", re.I)  # ("Hours
# from" takes a time)


def spent_hours(f: Features, told: str, typed: bool = False) -> tuple[int, str] | None:
    """The box counting hours (its label ending "(hours)" or "hours", or led by "Hours": "Hours worked") a story
    tells time spent for, and the hours as a number: "she … spent an extra hour and a half sorting it out"
    types 1.5 into "Extra repair time (hours) [0]"; "It took him three and a half hours" 3.5 into "Hours worked
    [ ]". A box showing a number or nothing; of several, the one whose label shares a word (four letters or more)
    with the six words before the time. None when no one box fits, or it was typed (unless ``typed``)."""
    if _SPENT.search(told) is None:
        return None  # (no time told: the page's fields are not read, on every step)
    boxes = [(q, lab) for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"]))
             if (lab := _own_label(f, q)) is not None and _HOURS_BOX.search(f.cand_text[lab])
             and re.fullmatch(r"(?:\d+(?:\.\d+)?)?", " ".join(f.cand_text[t].strip() for t in texts_inside(f, q)))]
    if not boxes:
        return None
    for m in _SPENT.finditer(told):
        if re.search(r"(?:[£$€]\s?[\d.,]+|\bper)\s*$", told[:m.start()]):
            continue  # (a rate: "£58 an hour")
        if re.search(r"\b(?:take|takes|last|lasts|run|runs)\s*$", told[:m.start()], re.I):
            continue  # (how long a thing lasts, no time spent: "hot towel shaves: they take half an hour")
        if m.group("half"):
            value = 0.5
        elif (n := m.group("n").lower()) in ("a", "an"):
            value = 1.0
        elif re.fullmatch(r"[\d.]+", n):
            value = float(n)
        elif (count := number_in(n)) is not None:
            value = float(count)
        else:
            continue
        value += {"half": 0.5, "quarter": 0.25}.get((m.group("part") or m.group("part2") or "").lower(), 0.0)
        text = f"{value:g}"
        before = [w for w in words(told[:m.start()])[-6:] if len(w) >= 4]
        found = [q for q, lab in boxes if len(boxes) == 1 or any(ocr_same(w, x) for w in before
                                                                  for x in words(f.cand_text[lab]) if len(x) >= 4)]
        if len(found) == 1 and (typed or not typed_into(f, found[0], text)):
            return found[0], text
    return None


# an amount of a named thing: "he used 2.4 metres of the 8oz white Dacron", "30 kilos of the Bramley"
_UNIT_OF = re.compile(r"\b(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>[a-z]{1,12})\s+of\s+(?:the\s+|our\s+|their\s+)?"
                      r"(?P<what>[\w'’ -]+?)\s*(?=[,;:!?]|\.(?:\s|$)|\s+(?:and|but|which|that|for|from|to|in|on|at|"
                      r"with)\b|$)", re.I)
_OTHER_ONE = re.compile(r"\b(?:second|third|other|another|extra|additional|2nd|3rd)\b", re.I)


def unit_of_choice(f: Features, told: str, typed: bool = False) -> tuple[int, str] | None:
    """A thing told by its amount, on a form that asks which thing and how much of it: "he used 2.4 metres of
    the 8oz white Dacron" on "Cloth used [— none —]  Metres of cloth [ ]" chooses "8oz white Dacron" in the
    list (the page's option holding those words), then types 2.4 beside it. The box labelled "<unit> of
    <noun>" and, on its line, the list whose label says the noun (not a "Second …" one); the list first, then
    the box; None when neither is left to fill (``typed``: the box, filled or not)."""
    if (m := _UNIT_OF.search(told)) is None:
        return None  # (no amount of a thing told: the page's fields are not read, on every step)
    unit = _UNIT_AS.get(m.group("unit").lower(), m.group("unit").lower())
    boxes = [(q, ws) for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"]))
             if (lab := _own_label(f, q)) is not None and len(ws := words(f.cand_text[lab])) >= 3
             and ws[1] == "of" and _UNIT_AS.get(ws[0], ws[0]) == unit and not _OTHER_ONE.search(f.cand_text[lab])]
    if len(boxes) != 1:
        return None
    box, (_unit, _of, *noun) = boxes[0]
    y = float(f.cand_box[box][1] + f.cand_box[box][3]) / 2
    lists = [q for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"])) if q != box
             and float(f.cand_box[q][1]) <= y <= float(f.cand_box[q][3])
             and (lab := _own_label(f, q)) is not None and not _OTHER_ONE.search(f.cand_text[lab])
             and {w[:5] for w in words(f.cand_text[lab]) if len(w) >= 4} & {w[:5] for w in noun if len(w) >= 4}]
    what = m.group("what").strip()
    if len(lists) == 1 and not typed and not typed_into(f, lists[0], what):
        shown = {w for t in texts_inside(f, lists[0]) for w in words(f.cand_text[t])}
        if not set(words(what)) <= shown:
            return lists[0], what
    if len(lists) == 1 and (typed or not typed_into(f, box, m.group("n"))):
        return box, m.group("n")
    return None


_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
_DAYS = rf"{_DAY}(?:\s*(?:,|and|&)\s*{_DAY})*"
_CLOCK = rf"(?:(?:half|quarter)\s+past\s+)?(?:\d{{1,2}}(?:[:.]\d{{2}})?|{_HOURS})(?:\s*[ap]\.?m\.?)?"
# a week's opening hours told: "we're opening on Mondays again, ten till four", "we'll stay open until six on
# Fridays and Saturdays", "closing at half past five on Sundays"
_OPEN_HOURS = re.compile(rf"\bopen(?:ing)?\s+(?:again\s+)?on\s+(?P<days>{_DAYS})(?:\s+again)?\s*,?\s*(?:from\s+)?"
                         rf"(?P<a>{_CLOCK})\s*(?:till|to|until|-|–)\s*(?P<b>{_CLOCK})"
                         rf"|\b(?:stay(?:ing)?\s+)?open\s+(?:until|till)\s+(?P<b2>{_CLOCK})\s+on\s+(?P<days2>{_DAYS})"
                         rf"|\bclos(?:e|ing)\s+at\s+(?P<b3>{_CLOCK})\s+on\s+(?P<days3>{_DAYS})", re.I)
_SHOWN_CLOCK = re.compile(r"\b(\d{1,2}):(\d{2})\s*([AP]M)?", re.I)


def _clock(said: str, after: int | None = None) -> int | None:
    """Minutes after midnight of a time said ("ten", "half past five", "4pm", "10:30"): an opening time (no
    ``after``) from one to six is the afternoon's; a closing time before ``after`` (else under ten) is too."""
    m = re.fullmatch(r"(?:(half|quarter)\s+past\s+)?(\S+?)(?:[:.](\d{2}))?(?:\s*([ap])\.?m\.?)?", said.strip(), re.I)
    if m is None or (h := int(m.group(2)) if m.group(2).isdigit() else number_in(m.group(2).lower())) is None \
            or not 0 <= h <= 23:
        return None
    mins = int(m.group(3) or 0) + {"half": 30, "quarter": 15}.get((m.group(1) or "").lower(), 0)
    if m.group(4):
        h = h % 12 + (12 if m.group(4).lower() == "p" else 0)
    elif h < 12 and (h <= 6 if after is None else h * 60 + mins <= after or h < 10):
        h += 12
    return h * 60 + mins


def _day_rows(f: Features, day: str) -> tuple[int | None, list[int]]:
    """A week grid's row for ``day`` ("monday"): its box (ticked for "Closed") and its time fields, left to right."""
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])[:1]
             == [day]]
    if len(texts) != 1:
        return None, []
    t = texts[0]
    mid = (f.cand_box[:, 1] + f.cand_box[:, 3]) / 2
    line = [q for q in range(len(f.cand_text)) if abs(float(mid[q] - mid[t])) <= 14 * f.scale
            and float(f.cand_box[q][0]) > float(f.cand_box[t][2])]
    fields = sorted((q for q in line if f.cand_kind[q] == KINDS["input"]
                     and 60 * f.scale <= float(f.cand_box[q][2] - f.cand_box[q][0]) <= 300 * f.scale
                     and float(f.cand_box[q][3] - f.cand_box[q][1]) <= 50 * f.scale
                     and not any(re.search(r"[a-z]{3}", f.cand_text[u], re.I) for u in texts_inside(f, q))),
                    key=lambda q: float(f.cand_box[q][0]))  # (showing a time, "--:--", or nothing read)
    boxes = [q for q in line if small_box(f, q)
             and (not fields or float(f.cand_box[q][2]) < float(f.cand_box[fields[0]][0]))]
    return (min(boxes, key=lambda q: float(f.cand_box[q][0])) if boxes else None), fields


def _shown_clock(f: Features, q: int) -> int | None:
    """The time time field ``q`` shows ("05:00 PM", "17:00"), in minutes after midnight; None when none reads."""
    for u in texts_inside(f, q):
        if (m := _SHOWN_CLOCK.search(f.cand_text[u])) is not None:
            h = int(m.group(1)) % 12 + (12 if m.group(3).upper() == "PM" else 0) if m.group(3) else int(m.group(1))
            return h * 60 + int(m.group(2))
    return None


def _shows_clock(f: Features, q: int, at: int) -> bool:
    """Whether time field ``q`` shows ``at`` (minutes after midnight), or was typed into."""
    return _shown_clock(f, q) == at or typed_into(f, q, "")


def opening_hours(f: Features, told: str) -> tuple[int, str | None] | None:
    """The next step of a week's opening hours told, on a grid of days (a day's name, its "Closed" box, its
    opening and closing time fields): "opening on Mondays again, ten till four" unticks Monday's ticked
    "Closed" box (a click: the box, None), then types 10:00 and 16:00; "stay open until six on Fridays and
    Saturdays" types 18:00 into their closing fields. None when nothing is left to do or no grid shows."""
    for m in _OPEN_HOURS.finditer(told):
        days = re.findall(_DAY, m.group("days") or m.group("days2") or m.group("days3"), re.I)
        opens = _clock(m.group("a")) if m.group("a") else None
        for said in days:
            day = re.sub(r"s$", "", said.lower()) if said.lower().endswith("days") else said.lower()
            box, fields = _day_rows(f, day)
            if len(fields) != 2:
                continue
            if opens is not None and box is not None and not _unticked(f, box) and not clicked_in(f, box, ever=True):
                return box, None  # (the day is marked closed: open it first)
            start = opens if opens is not None else _shown_clock(f, fields[0])
            ends = _clock(m.group("b") or m.group("b2") or m.group("b3"), start if start is not None else 0)
            for q, at in ((fields[0], opens), (fields[1], ends)):
                if at is not None and not _shows_clock(f, q, at):
                    return q, f"{at // 60:02d}:{at % 60:02d}"
    return None


def changes_to(f: Features, told: str) -> tuple[int, str] | None:
    """The field whose one-word label a story changes to a value, and that value whole: "his feed changes to 2
    scoops of Alfa-A and 1 scoop of Hi-Fi Lite with his joint supplement, twice a day" types all of it into
    "Feed" (over what it shows). None when no one field is labelled so, or it was typed."""
    for m in _CHANGES_TO.finditer(told):
        label = m.group("label").lower()
        value = m.group("v").strip().rstrip(",")
        found = [q for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"]))
                 if (lab := _own_label(f, q)) is not None and words(f.cand_text[lab]) == [label]]
        if len(found) == 1 and not typed_into(f, found[0], value):
            return found[0], value
    return None


# a reading told as a fact: "the mileage was 84,212", "the meter reads 10452"
_STATED = re.compile(r"\b(?:(?P<before>[a-z]{3,})\s+)?([a-z]{4,})\s+(?:was|is|reads?|read|came\s+to)\s+"
                     r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
                     r"(?![\d,.]*\d)", re.I)


def stated_number(f: Features, told: str, typed: bool = False) -> tuple[int, str] | None:
    """The field a story's reading belongs to, and the reading without its thousands' commas: "the mileage was
    84,212" types 84212 into "Mileage". The one field whose own label (over it, else left of it) starts with
    the word; None when none, or it was typed into (unless ``typed``)."""
    for m in _STATED.finditer(told):
        word, value = m.group(2).lower(), m.group(3).replace(",", "")
        hits = []
        for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"])):
            lab = _own_label(f, q)
            said = words(f.cand_text[lab]) if lab is not None else []
            if (said or [""])[0].rstrip("s") == word.rstrip("s") or m.group("before") and said[:2] == [
                    m.group("before").lower(), word]:  # (or its two words: "The engine hours read 1,842":
                # "Engine hours at return")
                hits.append(q)
        if len(hits) == 1 and (typed or not typed_into(f, hits[0], value)):
            return hits[0], value
    return None


# how a thing is paid: "put it on their account", "paid by bank transfer", "in cash"
_PAID_WAY = re.compile(r"\bon\s+(?:their|his|her|its|the|our|my|a)\s+(account|card)\b|"
                       r"\b(?:by|in|with|via)\s+(cash|card|cheque|bank\s+transfer|BACS|direct\s+debit)\b", re.I)


def paid_way(f: Features, told: str, typed: bool = False) -> tuple[int, str] | None:
    """The payment list of a form and the way the story pays: "Put it on their account" types "account" into
    "Payment [— choose —]" (a list takes the option holding it: "On account (monthly invoice)"). The one field
    labelled for payment (over it, else left of it); None when none, or it shows the way or was typed into
    (unless ``typed``)."""
    if (m := _PAID_WAY.search(told)) is None:
        return None
    way = (m.group(1) or m.group(2)).lower()
    hits = []
    for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"])):
        lab = _own_label(f, q) if not row_band(f, q) else None  # (a row behind a dialog, under the header "Paid")
        said = words(f.cand_text[lab]) if lab is not None else []
        if said[:1] and (said[0] in ("payment", "paid", "pay", "method") or said[:2] == ["refund", "to"]
                         or said[1:3] in (["paid", "by"], ["paid", "with"], ["payment", "method"])) \
                and not set(said) & {"on", "date", "due", "when"} \
                and ":" not in f.cand_text[lab].rstrip(": ") and (len(said) <= 2 or any(
                _PROMPT.match(f.cand_text[t]) for t in texts_inside(f, q)) or typed and typed_into(f, q, "")):
            hits.append(q)  # (its own label, "Payment", "Balance paid by", not "Paid on"; not a row's state
            # behind the dialog, "Pay in centre", "Paid: Card"; a longer one still asking, or typed into)
    if len(hits) != 1 or not typed and (typed_into(f, hits[0], way) or any(
            way in f.cand_text[t].lower() for t in texts_inside(f, hits[0]))):
        return None
    return hits[0], way


def told_commit(f: Features, told: str) -> int | None:
    """The dialog's button once the story's facts are in (``instead_value``, ``paid_way``, ``stated_number``, …;
    one at least told, none left to type): "… is finished. Put it on their account; the mileage was 84,212."
    presses "Complete booking" under the mileage (a short text led by a word of the story, or a word meaning
    the same: "finished", "complete"; or one that saves). None unless a value was just typed."""
    steps = [k for k in range(len(f.hist_kind)) if ACTIONS[int(f.hist_kind[k])] != "scroll"]
    while steps and ACTIONS[int(f.hist_kind[steps[-1]])] == "click" and on_mark(f, steps[-1]):
        steps.pop()  # (a box ticked after: "His loyalty card is full, … paying the rest by card")
    rules = (instead_value, paid_way, stated_number, yesterday_date, moved_address, weekday_date, named_sum,
             counted_instead, owner_choice, spent_hours, unit_of_choice, told_value)
    if not steps or ACTIONS[int(f.hist_kind[steps[-1]])] != "type" or any(r(f, told) for r in rules) \
            or money_field(f, told) is not None or said_radio(f, told) is not None \
            or worded_radio(f, told) is not None or part_radio(f, told) is not None or told_box(f, told) is not None:
        return None  # (its sum and its option said come first too)
    x, y = acted_at(f, steps[-1])
    if not any((hit := r(f, told, True)) is not None and within_box((x, y), f.cand_box[hit[0]])
               and any(hit[1].lower() in f.cand_text[t].lower().replace(",", "") for t in texts_inside(f, hit[0]))
               for r in rules):
        return None  # (the value typed last was one of them, its field reading it: not a search for the story's
        # name)
    said = set(with_synonyms(words(told)))
    q = _field_at(f, x, y)
    feet = [] if q is None else [b for b in range(len(f.cand_text)) if f.cand_kind[b] != KINDS["text"]
                                 and float(f.cand_box[b][2] - f.cand_box[b][0]) >= 400 * f.scale
                                 and f.cand_box[b][0] <= f.cand_box[q][0] and f.cand_box[b][2] >= f.cand_box[q][2]
                                 and f.cand_box[b][1] > f.cand_box[q][3]]
    foot = min(feet, key=lambda b: float(f.cand_box[b][2] - f.cand_box[b][0]), default=None)
    span = None if foot is None else (float(f.cand_box[foot][0]), float(f.cand_box[foot][2]))
    # (within the dialog's foot, under the field: not the rows' "Record payment" right of it behind the dialog)
    found = _commit_under(f, said, (x, y), span=span) or _commit_under(f, said, (x, y), anywhere=True, span=span)
    # ("… have paid …": "Mark as paid")
    if found is None or not buttoned(f, found):  # no button reads the story: the dialog's one beside its Cancel
        # ("Complete", not the label "Balance paid by" for "… paid the balance on his card")
        found = below if (below := _beside_cancel_under(f, y)) is not None else found
    return found


# a team a person leads, and the labels of the list that picks it by its lead: "Dave's crew" is "Team lead"
_TEAMS = frozenset({"crew", "team", "gang", "squad"})
_LEADS = frozenset({"lead", "leader", "foreman", "supervisor"})


def owner_choice(f: Features, told: str, typed: bool = False) -> tuple[int, str] | None:
    """The list still asking to choose whose one-word label a story names by its person, and that person:
    "… book it in with Rhys's crew" types "Rhys" into "Crew [— choose —]" (a list takes the option holding it:
    "Crew A — Rhys Morgan (3)"); a team is picked by its lead too ("Dave's crew can take it": "Team lead"). None
    when no one such list, or it was typed into (unless ``typed``: that list all the same)."""
    for m in _OWNED.finditer(told):  # (a person's team: "book it in with Rhys's crew")
        name, noun = m.group(1), m.group(2)
        hits = [q for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"]))
                if (lab := above_label(f, q)) is not None and (
                    (said := words(f.cand_text[lab])) == [noun] or noun in _TEAMS and set(said) & _LEADS)
                and (typed or any(_PROMPT.match(f.cand_text[t]) for t in texts_inside(f, q)))]
        if len(hits) == 1 and (typed or not typed_into(f, hits[0], name)):
            return hits[0], name
    return None


def table_value(f: Features, told: str) -> tuple[int, str] | None:
    """The field of a table of fields (a plan per row, a measure per column) a piece of the story names by its
    row and its column, and the value it gives: "We're putting the Gold plan up to £39.50 a month" types 39.50 in
    Gold's "Monthly price (£)", "Silver customers get one free callout a year" 1 in Silver's "Free callouts per
    year". The row is the one-word name left of the field on its line; the column, the header over it that
    shares the most words with the piece (their first five letters). None where no piece names one field, or
    it shows the value or was typed into."""
    if not _MONEY.search(told) and not any(w.isdigit() or w in NUMBER_WORDS for w in words(told)):
        return None  # (no value told: the page's fields are not read, on every step)
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])
             and not _nav(f, t)]  # (a sidebar's link on a row's line is no row's name: "Events & camps")
    cells = {}
    for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"])):
        x0, y0, x1, y1 = (float(v) for v in f.cand_box[q])
        if x1 - x0 > 220 * f.scale:
            continue
        mid = (y0 + y1) / 2
        line = [t for t in texts if float(f.cand_box[t][2]) <= x0 and abs(float(f.cand_box[t][1] + f.cand_box[t][3])
                                                                          / 2 - mid) <= 10 * f.scale]
        over = [t for t in texts if float(f.cand_box[t][3]) <= y0 and float(f.cand_box[t][0]) < x1
                and float(f.cand_box[t][2]) > x0 and y0 - float(f.cand_box[t][3]) <= 200 * f.scale]
        if not line or not over:
            continue
        row = min(line, key=lambda t: float(f.cand_box[t][0]))
        if not 1 <= len(words(f.cand_text[row])) <= 3 or not any(w.isalpha() for w in words(f.cand_text[row])):
            continue  # (a row's name: not the value a field beside shows, "26.5")
        over = [t for t in over if any(w.isalpha() for w in words(f.cand_text[t]))]  # (not the cells above)
        if not over:
            continue
        head = max(over, key=lambda t: float(f.cand_box[t][3]))
        cells[q] = (tuple(words(f.cand_text[row])), {w[:5] for w in words(f.cand_text[head]) if len(w) >= 4})
    if len({r for r, _ in cells.values()}) < 2:
        return None  # (a table: two rows or more)
    for piece in re.split(r"[.;!?](?=\s|$)|,\s*and\b", told):  # (not "£39.50"'s point)
        said = words(piece)
        sums = list(_MONEY.finditer(piece))
        for k, m in enumerate(sums or [None]):
            # (several sums in one piece: each with the words from it to the next, "the full falconry day goes up
            # to £165 for adults and £120 for under-16s": 165 "for adults", 120 "for under-16s")
            near = said if len(sums) <= 1 else words(piece[m.start():sums[k + 1].start() if k + 1 < len(sums)
                                                            else len(piece)])
            stems = {w[:5] for w in near if len(w) >= 4}
            hits = [(len(head & stems), q) for q, (row, head) in cells.items()
                    if (_row_said(row, said) if sums else len(row) == 1 and row[0] in said)
                    and head & stems]  # (a row of several words for a price only: not "4 Church Walk")
            if not hits:
                continue
            best = max(n for n, _ in hits)
            hits = sorted((q for n, q in hits if n == best), key=lambda q: float(f.cand_box[q][1]))
            if len(hits) != 1 and (len({cells[q][0] for q in hits}) != len(hits) or max(
                    abs(float(f.cand_box[q][0] - f.cand_box[hits[0]][0])) for q in hits) > 8 * f.scale):
                continue  # (rows said together, in one column: "subs go up to £48 a term for Beavers, Cubs and
                # Scouts", each in turn)
            if m is not None:
                value = m.group("n").replace(",", "") + (m.group("d") or "")
            elif (n := next((w for w in said if w.isdigit() or w in NUMBER_WORDS), None)) is not None:
                value = n if n.isdigit() else str(NUMBER_WORDS[n])
            else:
                continue
            for q in hits:  # (typed, or showing the value itself: not the row above's, 12 px round it)
                if not typed_into(f, q, "") and not any(f.cand_text[t].strip() == value for t in texts_inside(f, q)):
                    return q, value
    return None


# a row of a table moved to another value of one of its fields: "the Scouts are moving to Thursday nights"
_ROW_MOVES = re.compile(r"\b(?P<row>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s+(?:are\s+|is\s+|will\s+be\s+|"
                        r"['’]re\s+|['’]s\s+)?(?:moving|switching|changing)\s+(?:over\s+)?to\s+"
                        r"(?P<v>(?-i:[A-Z])[\w'’-]+)", re.I)
_WEEKDAYS_SHOWN = frozenset(f"{d}day" for d in _WEEKDAYS)


def row_moved(f: Features, told: str) -> tuple[int, str] | None:
    """The field of a table's row that a story moves to another value, and that value: "the Scouts are moving to
    Thursday nights" types "Thursday" into the Scouts row's "Meets on [Wednesday]" (a list takes the option). The
    row reads the name alone (no link of the site's bar); its field on that line shows a word of the value's kind
    (a day for a day), the one such field; None when it shows the value already or was typed."""
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and not _nav(f, t)]
    for m in _ROW_MOVES.finditer(told):
        value = m.group("v").rstrip("s") if m.group("v").lower().rstrip("s") in _WEEKDAYS_SHOWN else m.group("v")
        rows = [t for t in texts if words(f.cand_text[t]) == words(m.group("row"))]
        if len(rows) != 1:
            continue
        mid = (float(f.cand_box[rows[0]][1]) + float(f.cand_box[rows[0]][3])) / 2
        day = value.lower() in _WEEKDAYS_SHOWN
        found = []
        for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"])):
            if float(f.cand_box[q][0]) < float(f.cand_box[rows[0]][2]) \
                    or not float(f.cand_box[q][1]) <= mid <= float(f.cand_box[q][3]):
                continue
            shown = [w for t in texts_inside(f, q) for w in words(f.cand_text[t]) if w.isalpha()]
            if shown and (shown[0] in _WEEKDAYS_SHOWN) == day:
                found.append((q, shown[0]))
        if len(found) == 1 and found[0][1] != value.lower() and not typed_into(f, found[0][0], ""):
            return found[0][0], value
    return None


def _row_said(row: tuple[str, ...], said: list[str]) -> bool:
    """Whether a table's row name is said: a one-word name as written ("Gold"), a longer one by each of its words
    of three letters or more, read by their first five letters ("Owl encounter": "adult owl encounters")."""
    if len(row) == 1:
        return row[0] in said
    stems = {w[:5] for w in said}
    return all(w[:5] in stems for w in row if len(w) >= 3)


def standing_change(f: Features, told: str) -> bool:
    """Whether the task tells a standing change: in its own words ("from now on", "We're putting … up to £30"),
    or as changes told where a settings page shows ("A few changes agreed at the club meeting: …")."""
    return _POLICY.search(told) is not None or settings_page(f)


def _settings_in(f: Features, told: str) -> bool:
    """Whether a standing change is all in on a settings page: after two steps, the last a typing or a click, with
    nothing left for ``money_field``, ``counted_choice``, ``setting_box``, ``listed_box`` or ``table_value``."""
    kinds = [ACTIONS[int(k)] for k in f.hist_kind if ACTIONS[int(k)] != "scroll"]
    return standing_change(f, told) and len(kinds) >= 2 and kinds[-1] in ("type", "click") \
        and not money_field(f, told) and not counted_choice(f, told) and setting_box(f, told) is None \
        and listed_box(f, told) is None \
        and not table_value(f, told)


def _save_buttons(f: Features) -> list[int]:
    from tilepilot.model.embedded.buttons import SAVES

    return [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
            and 1 <= len(words(f.cand_text[t])) <= 3 and SAVES.match(f.cand_text[t])
            and words(f.cand_text[t])[0] in ("save", "update", "apply")]


def settings_saved(f: Features, told: str) -> int | None:
    """The settings page's one save button once a standing change is all in (``_settings_in``): "We're putting the
    late cancellation fee up to £30, and it should apply to anything cancelled within 48 hours … Also, please stop
    mentioning the CCTV survey offer …" presses "Save settings" after the fee, "48 hours" and the box. Never
    pressed twice."""
    if not _settings_in(f, told) or saved_last(f):
        return None  # (not once the story's last thing was saved: "Unicorn castle saved", the settings long before)
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    span = dialog_span(f, texts)
    saves = [t for t in _save_buttons(f) if span is None or _in_span(f, t, span)]  # (not behind a dialog's veil)
    return saves[0] if len(saves) == 1 and not clicked_in(f, saves[0], ever=True) else None


def save_below(f: Features, told: str) -> bool:
    """Whether a standing change is all in (``_settings_in``) on a page showing no save button, where the network
    would stop: its "Save settings" lies below the fold (three scrolls at most)."""
    tail = 0  # the scrolls since the last step
    for k in reversed(f.hist_kind):
        if ACTIONS[int(k)] != "scroll":
            break
        tail += 1
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    return tail < 3 and not _save_buttons(f) and not _saved_message(f) and not beside_cancel(f, texts) \
        and _settings_in(f, told)  # (not once saved: "Hereford City Cemetery saved" over the list its dialog
    # closed on; not in a dialog, whose own button sends it: "Cancel  Add part")


def saved_last(f: Features) -> bool:
    """Whether the last step pressed a dialog's button after setting its values (a value typed or a box ticked
    right before), no dialog is open, and the page says so in a message at its foot ("Hereford City Cemetery
    saved")."""
    steps = [k for k in range(len(f.hist_kind)) if ACTIONS[int(f.hist_kind[k])] != "scroll"]
    if len(steps) < 2 or ACTIONS[int(f.hist_kind[steps[-1]])] != "click" or on_mark(f, steps[-1]) \
            or ACTIONS[int(f.hist_kind[steps[-2]])] not in ("type", "click"):
        return False
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    return not beside_cancel(f, texts) and _saved_message(f)  # (no dialog open: the click opened none)


# a new thing a settings story adds besides its values: "… so add those at £3.40 each", "we're adding …"
_ADDS_TOO = re.compile(r"\badd\s+(?:those|them|these|it|one|some)\b|\bwe(?:['’]re|\s+are)\s+(?:also\s+)?adding\b|"
                       r"\bstart(?:ing|ed)?\s+(?:selling|stocking|offering|doing)\b|"
                       r"\bthe\s+new\s+(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){0,3}?\s+(?:was|were|has\s+been|have\s+been)\s+"
                       r"(?:delivered|collected|bought)\b", re.I)  # ("we're going to start doing hot towel shaves";
# "the new Unicorn castle was delivered this morning")


def rest_new_button(f: Features, told: str) -> int | None:
    """Once a settings page was saved (its save button the last click, the page saying so), the page's one
    "+ Add …" button for a story that adds a thing besides: "… no more pressing on Saturdays" saved, then "The
    ten-litre bag-in-boxes have finally turned up, so add those at £3.40 each" presses "+ Add packaging"; or once
    the section it is added to was opened ("… add it to the fleet": "Fleet"). Never pressed twice; None
    elsewhere."""
    if not len(f.hist_kind) or ACTIONS[int(f.hist_kind[-1])] != "click" or not _ADDS_TOO.search(told):
        return None if not _added_to(f, told) or priced_field(f, told) is not None else _first_add(f)  # (the
        # page's prices told typed first: "the large veg box will be £27 … add it to the extras at £4.20")
    if not (_saved_message(f) and any(clicked_in(f, t) for t in _save_buttons(f))
            or (_ADD_TO.search(told) or _STOCKING.search(told)) and section_opened(f, strict=True)
            and priced_field(f, told) is None):
        return None  # (or the section the story adds it to, just opened: "… add it to the fleet as Canoe 13",
        # "We've also started stocking the cyan TK-5280 toner …": "Parts")
    return _first_add(f)


def _first_add(f: Features) -> int | None:
    adds = _add_buttons(f)
    return adds[0] if len(adds) == 1 and not clicked_in(f, adds[0], ever=True) else None


def _added_to(f: Features, told: str) -> bool:
    """Whether the story adds a thing to a section (``_ADD_TO``) just opened by a sidebar's or top bar's link, a
    scroll up since, at most."""
    steps = [k for k in range(len(f.hist_kind)) if ACTIONS[int(f.hist_kind[k])] != "scroll"]
    return bool(steps) and bool(_ADD_TO.search(told)) and _ADDS_TOO.search(told) is not None \
        and ACTIONS[int(f.hist_kind[steps[-1]])] == "click" and in_nav(f, acted_at(f, steps[-1])) \
        and len(f.hist_kind) - steps[-1] <= 2


def add_above(f: Features, told: str) -> bool:
    """Whether the section the story adds a thing to was just opened (``_added_to``) at the depth the last page
    was scrolled to, its "+ Add …" out of sight: it is at the top, scrolled up to (once)."""
    return _added_to(f, told) and ACTIONS[int(f.hist_kind[-1])] == "click" and not _add_buttons(f) \
        and any(ACTIONS[int(k)] == "scroll" for k in f.hist_kind)


def _add_buttons(f: Features) -> list[int]:
    """The page's texts reading "+ Add …" or "+ New …"."""
    return [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
            and re.match(r"\W*\+\s*(?:add|new)\b", f.cand_text[t], re.I)]


# a sentence's thing before its verb: "The ten-litre bag-in-boxes have finally turned up"
_THING_FIRST = re.compile(r"\s*(?:(?:and|also)\s+)?(?:the\s+|our\s+|some\s+)?(?:new\s+)?"
                          r"(?P<thing>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+"
                          r"(?:have|has|are|is|was|were|came|come|turned|arrived|got)\b", re.I)
_UNIT_SAID = re.compile(rf"\b(?P<n>\d{{1,4}}|{'|'.join(w for w in NUMBER_WORDS if ' ' not in w)})[- ]"
                        r"(?P<unit>[a-z]{2,12})\b", re.I)
_THING_LABELS = frozenset({"name", "product", "item", "description", "title"})
# a thing told bought, named after: "we've bought a new Samick Sage recurve for lending out"
_BOUGHT = re.compile(r"\b(?:bought|got|ordered|acquired)\s+(?:a|an)\s+(?:new\s+|second-hand\s+)?"
                     r"(?P<thing>[\w-]+(?:\s+[\w-]+){0,3}?)(?=\s+(?:for|at|from|in|on|which|that|to)\b|[,.;:!?]|$)",
                     re.I)
# the thing told before the adding: "Moorside Bakery are doing us a sourdough loaf now, so add it to the extras"
_THING_BEFORE = re.compile(r"\b(?:a|an|some)\s+(?P<thing>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
                           r"(?:\s+(?:now|too|as\s+well))?"
                           r"\s*,?\s+(?:so\s+)?(?:can\s+you\s+|please\s+)?add\s+(?:it|them|those|these|one)\b", re.I)


def _one_name(thing: str) -> str:
    """A thing said as people say it, as a list names one: its count in digits, its last word singular ("ten-litre
    bag-in-boxes": "10-litre bag-in-box")."""
    thing = re.sub(r"^[a-z]+(?=-)", lambda m: str(NUMBER_WORDS.get(m.group().lower(), m.group())), thing.strip())
    head, _, last = thing.rpartition(" ")
    last = re.sub(r"(?<=x)es$|(?<=ch)es$|(?<=sh)es$|(?<!s)s$", "", re.sub(r"ies$", "y", last))
    return f"{head} {last}".strip()


def _adding(f: Features, told: str) -> tuple[re.Match, int] | None:
    """The story's adding (``_ADDS_TOO``) where a dialog (a "Cancel") was opened by a "+ Add …" button, and the
    history step that pressed it."""
    if (m := _ADDS_TOO.search(told)) is None \
            or not any(words(f.cand_text[t]) == ["cancel"] for t in range(len(f.cand_text))):
        return None
    adds = _add_buttons(f)
    pressed = [k for k in range(len(f.hist_kind)) if ACTIONS[int(f.hist_kind[k])] == "click"
               and any(within_box(acted_at(f, k), f.cand_box[t]) for t in adds)]
    return (m, pressed[-1]) if pressed else None


def added_tick(f: Features, told: str) -> int | None:
    """Once the thing a story adds is typed in (``added_thing`` has no box left), the one unticked box of its
    dialog whose label's word (five letters or more) that sentence says: "… and it's fine to go indoors" ticks
    "OK to use indoors". Never pressed twice; None where no one box fits."""
    if (adding := _adding(f, told)) is None or added_thing(f, told) is not None:
        return None
    start = sentence_start(told, adding[0].start())
    said = {w[:5] for w in words(told[start:]) if len(w) >= 5}
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    if (span := dialog_span(f, texts)) is None:
        return None
    found = [q for q in range(len(f.cand_box)) if small_box(f, q) and _in_span(f, q, span) and _unticked(f, q)
             and not clicked_in(f, q, ever=True) and any(
                 -24 * f.scale <= float(f.cand_box[t][0] - f.cand_box[q][2]) <= 24 * f.scale
                 and float(f.cand_box[t][2]) > float(f.cand_box[q][2]) + 24 * f.scale  # (OCR's may take the tick in)
                 and abs(float(f.cand_box[t][1] + f.cand_box[t][3] - f.cand_box[q][1] - f.cand_box[q][3]))
                 <= 12 * f.scale
                 and {w[:5] for w in words(f.cand_text[t]) if len(w) >= 5} & said for t in texts)]
    return found[0] if len(found) == 1 else None


def added_list(f: Features, told: str) -> int | None:
    """Once the boxes of the thing a story adds are typed (``added_thing`` has none left), its dialog's one list
    still asking ("Type [— choose —]"), opened for its option to be read from the story. None elsewhere."""
    if _adding(f, told) is None or added_thing(f, told) is not None:
        return None
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    span = dialog_span(f, texts)
    lists = [q for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"]))
             if (span is None or _in_span(f, q, span)) and _asking(f, q)]
    return lists[0] if len(lists) == 1 else None


def _asking(f: Features, q: int) -> bool:
    """Whether list ``q`` still shows its prompt ("— choose —", four words at most) and was never clicked."""
    return not clicked_in(f, q, ever=True) and any(_PROMPT.match(f.cand_text[t]) and len(words(f.cand_text[t])) <= 4
                                                   for t in texts_inside(f, q))


def thing_added(f: Features, told: str) -> bool:
    """Whether the thing a story adds is all in (``added_thing`` typed its last box), to send where the network
    would type on."""
    return len(f.hist_kind) > 0 and ACTIONS[int(f.hist_kind[-1])] == "type" and _adding(f, told) is not None \
        and added_thing(f, told) is None and not asks_choice(f)  # (a list of it still asking: "Type [— choose —]")


def _in_span(f: Features, q: int, span: tuple[float, float]) -> bool:
    """Whether box ``q`` lies between a dialog's edges (``dialog_span``; 4 CSS px spare)."""
    return span[0] - 4 * f.scale <= float(f.cand_box[q][0]) and float(f.cand_box[q][2]) <= span[1] + 4 * f.scale


# how long a thing takes, told: "they take half an hour", "it lasts 45 minutes", "takes an hour"
_LASTS = re.compile(r"\b(?:take|takes|last|lasts)\s+(?:about\s+)?(?P<span>half\s+an\s+hour|"
                    r"(?:a\s+)?quarter\s+of\s+an\s+hour|"
                    r"three[- ]quarters\s+of\s+an\s+hour|an\s+hour|(?P<n>\d{1,3})\s*(?:minutes|mins?)\b)", re.I)
_LENGTH_LABELS = frozenset({"takes", "duration", "length", "minutes", "mins"})


_KIND_LABELS = frozenset({"kind", "type", "category"})
# a size told as two lengths: "it's 12 by 15 foot", "3m x 4m"
_SIZE_SAID = re.compile(r"\b(\d{1,3}(?:\.\d)?)\s*(ft|foot|feet|m|metres?)?\s*(?:by|x|×)\s*(\d{1,3}(?:\.\d)?)\s*"
                        r"(ft|foot|feet|m|metres?|metre)?\b", re.I)


def _kind_of_like(f: Features, lab: int, head: str) -> str | None:
    """What the page's rows of things like the one added show under the column a dialog's list is named after
    (its header reads the list's label): rows whose name ends in ``head`` ("… castle") all showing one kind
    ("Bouncy castle"); None where no such rows show out of the dialog, or they show several."""
    name = words(f.cand_text[lab])
    labels = {u for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"])) if (u := _own_label(f, q)) is not None}
    heads = [t for t in range(len(f.cand_text)) if t != lab and t not in labels and f.cand_kind[t] == KINDS["text"]
             and words(f.cand_text[t]) == name]  # (a column's header, no box's label: the dialog's, the filter's)
    found = set()
    for h in heads:
        hmid = float(f.cand_box[h][1] + f.cand_box[h][3]) / 2
        x0 = float(f.cand_box[h][0]) - 8 * f.scale
        x1 = min((float(f.cand_box[u][0]) - 8 * f.scale for u in range(len(f.cand_text))
                  if f.cand_kind[u] == KINDS["text"]
                  and float(f.cand_box[u][0]) > float(f.cand_box[h][2])
                  and abs(float(f.cand_box[u][1] + f.cand_box[u][3]) / 2 - hmid) <= 8 * f.scale),
                 default=x0 + 200 * f.scale)  # (up to the next column's header)
        for t in range(len(f.cand_text)):
            if f.cand_kind[t] != KINDS["text"] or not x0 <= float(f.cand_box[t][0]) <= x1 \
                    or float(f.cand_box[t][1]) <= float(f.cand_box[h][3]) or not words(f.cand_text[t]):
                continue
            mid = float(f.cand_box[t][1] + f.cand_box[t][3]) / 2
            if any(f.cand_kind[u] == KINDS["text"] and float(f.cand_box[u][2]) < float(f.cand_box[t][0])
                   and abs(float(f.cand_box[u][1] + f.cand_box[u][3]) / 2 - mid) <= 12 * f.scale
                   and words(f.cand_text[u])[-1:] == [head.lower()]
                   for u in range(len(f.cand_text)) if words(f.cand_text[u])):
                found.add(f.cand_text[t].strip())
    return found.pop() if len(found) == 1 else None


def _minutes(m: re.Match) -> int:
    """The minutes a span ``_LASTS`` read says."""
    if m.group("n"):
        return int(m.group("n"))
    span = m.group("span").lower()
    return 30 if span.startswith("half") else 45 if span.startswith("three") else 15 if "quarter" in span else 60


def added_thing(f: Features, told: str) -> tuple[int, str] | None:
    """The next empty box of a dialog opened by a "+ Add …" button, for a story that adds a thing besides
    (``_ADDS_TOO``), and its value from that sentence: "The ten-litre bag-in-boxes have finally turned up, so
    add those at £3.40 each" types "10-litre bag-in-box" into "Name", 10 into "Holds (litres)" (a unit said with
    a count, its first four letters the label's) and 3.40 into "Price (£ each)" (the sentence's one sum, a
    label reading "£"). Top to bottom, left to right; None when no box is left to fill."""
    if (adding := _adding(f, told)) is None:
        return None
    m, opened = adding
    start = sentence_start(told, m.start())
    sentence = told[start:start + len(re.split(r"(?<=[.;!?])\s", told[start:])[0])]
    sums = list(_MONEY.finditer(sentence))
    units = {u.group("unit").lower()[:4]: u.group("n") for u in _UNIT_SAID.finditer(sentence)}
    first = _THING_FIRST.match(sentence)
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and words(f.cand_text[t])]
    span = dialog_span(f, texts)
    for q in sorted(map(int, np.flatnonzero(f.cand_kind == KINDS["input"])),
                    key=lambda q: (round(float(f.cand_box[q][1]) / (8 * f.scale)), float(f.cand_box[q][0]))):
        if span is not None and not _in_span(f, q, span):
            continue  # (a box of the page behind, cut at the dialog's edge: "Fruit box (£)" looks empty)
        lab = _own_label(f, q)
        if lab is not None and _asking(f, q):  # a list of it still asking
            named = set(words(f.cand_text[lab]))
            if named & _LENGTH_LABELS and (lasts := _LASTS.search(sentence)) is not None \
                    and not typed_into(f, q, value := f"{_minutes(lasts)} minutes"):
                return q, value  # how long the thing takes: "they take half an hour": "Takes [30 minutes]"
            if named & _KIND_LABELS and first is not None \
                    and (kind := _kind_of_like(f, lab, words(first.group("thing"))[-1])) is not None \
                    and not typed_into(f, q, kind):
                return q, kind  # the kind the list's rows of its like show: "Unicorn castle" is a "Bouncy
                # castle", as "Jungle Jamboree castle" is
        if texts_inside(f, q) or lab is None or any(
                ACTIONS[int(f.hist_kind[k])] == "type" and within_box(acted_at(f, k), f.cand_box[q])
                for k in range(opened + 1, len(f.hist_kind))):
            continue  # (typed since the dialog opened: a page's box typed before may lie under it)
        label = f.cand_text[lab]
        if re.search(r"[£$€]", label):
            value = (sums[0].group("n").replace(",", "") + (sums[0].group("d") or "")) if len(sums) == 1 else None
        elif set(words(label)) & {"size", "dimensions"} and (size := _SIZE_SAID.search(sentence)) is not None:
            unit = size.group(2) or size.group(4) or ""
            value = f"{size.group(1)}×{size.group(3)}" + (" ft" if unit[:1].lower() == "f" else " m" if unit else "")
            # "12 by 15 foot": "12×15 ft", as sizes are written
        elif (said := [n for w in words(label) if (n := units.get(w[:4])) is not None]):
            value = said[0] if said[0].isdigit() else str(NUMBER_WORDS[said[0].lower()])
        elif set(words(label)) & _THING_LABELS and first is not None:
            value = _one_name(first.group("thing"))
        elif set(words(label)) & _THING_LABELS and (bought := _BOUGHT.search(sentence)) is not None:
            value = bought.group("thing")  # "we've bought a new Samick Sage recurve for lending out": its name
        elif "weight" in words(label) and (pounds := re.search(r"\b(\d{1,3})[- ]?(?:pounds?|lbs?)\b", sentence,
                                                                re.I)) is not None:
            value = f"{pounds.group(1)}lb"  # "a 26-pound one" into "Size / draw weight"
        elif (to := _ADD_TO.search(sentence)) is not None and words(label) == [to.group(1).lower().rstrip("s")] \
                and (before := _THING_BEFORE.search(sentence)) is not None:
            value = before.group("thing")  # the box named as what it is added to: "Extra" of "… add it to the
            # extras": "sourdough loaf"
        else:
            continue
        if value:
            return q, value
    return None


def _saved_message(f: Features) -> bool:
    """Whether a message at the page's foot, right half, says a thing was saved or updated."""
    return any(f.cand_kind[t] == KINDS["text"] and float(f.cand_box[t][1]) >= 0.85 * f.frame_size[1]
               and float(f.cand_box[t][0]) >= 0.5 * f.frame_size[0]
               and re.search(r"\b(?:saved|updated)\b", f.cand_text[t], re.I) for t in range(len(f.cand_text)))


def counted_choice(f: Features, instruction: str) -> tuple[int, str] | None:
    """The field showing a count of a unit ("30 days") whose label shares a word with the task, and the count the
    task gives in that unit: "I'd like MOT reminders to go out 45 days ahead instead of 30" on a settings page
    ("MOT reminder lead time  [30 days ▾]"): "45 days" typed there (a native list picks that option). None when
    no such field, the task gives it the count it shows, or it was typed into."""
    said = {w[:5] for w in words(instruction) if len(w) >= 3 and w.isalpha()}
    texts = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"] and f.cand_text[t].strip()]
    counts = "|".join(w for w in NUMBER_WORDS if " " not in w)
    for m in re.finditer(rf"\b(\d{{1,4}}|{counts})[\s-]+([a-z]{{3,}})\b", instruction, re.I):
        n, unit = m.group(1).lower(), m.group(2).lower()
        n = n if n.isdigit() else str(NUMBER_WORDS[n])  # "a two-hour show": 2 hours
        unit = unit[:-1] if unit.endswith("s") else unit
        hits = []
        for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"])):
            shown = [re.fullmatch(rf"\W*(\d{{1,4}})\s+{unit}s?\W*", f.cand_text[t].strip(), re.I)
                     for t in texts_inside(f, q)]
            if not any(shown):
                continue
            mid = (float(f.cand_box[q][1]) + float(f.cand_box[q][3])) / 2
            over = above_label(f, q)
            label = {w[:5] for t in texts if float(f.cand_box[t][2]) <= float(f.cand_box[q][0])
                     and abs((float(f.cand_box[t][1]) + float(f.cand_box[t][3])) / 2 - mid) <= 16 * f.scale
                     or t == over
                     for w in words(f.cand_text[t]) if len(w) >= 3 and w.isalpha() and w != unit}
            # (its label left of it, or over it: "Fee applies when cancelled within [24 hours ▾]")
            hits.append((q, bool(label & said), any(s is not None and s.group(1) == n for s in shown)))
        # the field whose label the task says, else the one field showing the unit ("1 hour": its Length)
        worded = "-" in m.group()  # ("a two-hour show": the one list showing hours, though its label is unsaid)
        q, named, same = next((h for h in hits if h[1]),
                              hits[0] if len(hits) == 1 and worded else (None, False, True))
        value = f"{n} {unit}" + ("s" if n != "1" and m.group(2).lower().endswith("s") else "")
        if q is not None and not same and not typed_into(f, q, value):
            return q, value
    return None


# a text told after a colon, to the task's end: "change the card message to: With deepest sympathy, from …"
_COLON_TEXT = re.compile(r"\b(?:to|as|reads?|say|says)\s*:\s*[\"“']?(?P<text>[^\"”]+?)[\"”']?\s*$", re.I)


def colon_text(f: Features, instruction: str) -> tuple[int, str] | None:
    """The entry field whose label shares a word (of four letters or more) with what the task names before
    "to:", and the text after the colon, whole: "Could you change the card message to: With deepest sympathy,
    from Grace and all the Okafor family" on the order's "Card message" tab ("MESSAGE ON CARD" over the box
    reading "With love and sympathy"). The one such field; None once it was typed into or shows the text."""
    m = _COLON_TEXT.search(instruction)
    if m is None:
        return None
    before = {w for w in words(instruction[:m.start()])[-4:] if len(w) >= 4}
    boxes = [q for q in range(len(f.cand_text)) if f.cand_kind[q] == KINDS["input"] and _entry(f, q)
             or f.cand_kind[q] == KINDS["component"]  # (a text area is found as a component: wide and tall)
             and f.cand_box[q][2] - f.cand_box[q][0] >= 200 * f.scale
             and f.cand_box[q][3] - f.cand_box[q][1] >= 40 * f.scale]
    found = [q for q in boxes if before & {w for ws, _ in _labels(f, q) for w in ws}]
    text = m.group("text").strip()
    if len(found) != 1 or typed_into(f, found[0], text):
        return None
    return found[0], text


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_BILLING = frozenset({"invoice", "invoices", "invoicing", "billing", "bill", "bills", "statements", "receipts"})


def billing_email(f: Features, instruction: str) -> tuple[int, str] | None:
    """The billing one of a form's email fields, for an address the task gives for bills: "… want their invoices
    sent to accounts@riversidecare.co.uk" on a customer's form with "Email" and "Billing email": the latter
    (the network took the first). None when the task speaks of no bills, the form has one email field or no
    billing one, or it shows the address or was typed into."""
    emails = _EMAIL.findall(instruction)
    if len(emails) != 1 or not _BILLING & set(words(instruction)):
        return None
    fields = [q for q in map(int, np.flatnonzero(f.cand_kind == KINDS["input"]))
              if _entry(f, q) and any("email" in ws for ws, _ in _labels(f, q))]
    billing = [q for q in fields if any(set(ws) & (_BILLING | {"accounts"}) for ws, far in _labels(f, q) if far)]
    if len(fields) < 2 or len(billing) != 1 or typed_into(f, billing[0], emails[0]):
        return None
    return billing[0], emails[0]


_DELIVERY_OF = re.compile(r"\b(?:deliver(?:y|ies)|shipment|batch|load|box(?:es)?)\s+of\s+(\d{1,6})\b|"
                          r"\b(?:got|received|receiving)\s+(\d{1,6})\b", re.I)
_QUANTITY = frozenset({"quantity", "qty", "received", "count", "units", "amount"})


def _delivered_span(instruction: str) -> tuple[int, int] | None:
    """Where a delivery's count stands in the task ("a delivery of 200 …": 200)."""
    if (m := _DELIVERY_OF.search(instruction)) is None:
        return None
    return m.span(1) if m.group(1) else m.span(2)


def delivered_count(f: Features, instruction: str) -> tuple[int, tuple[int, int]] | None:
    """The quantity field a delivery's count goes into: "we just got a delivery of 200 amoxicillin 250 mg
    capsules …" opened "Receive stock", whose "Quantity received (caps)" is empty: 200 is typed there. The one
    field labelled by a quantity word (over it or left of it); None once the count was typed, or where the field
    shows it."""
    if (span := _delivered_span(instruction)) is None or value_typed(f, span):
        return None
    fields = [int(q) for q in np.flatnonzero(f.cand_kind == KINDS["input"])
              if any(k and _QUANTITY & set(ws) for ws, k in _labels(f, int(q)))
              and not any(instruction[span[0]:span[1]] in f.cand_text[t] for t in texts_inside(f, int(q)))]
    return (fields[0], span) if len(fields) == 1 else None


def search_pending(f: Features, instruction: str, done: int, typed: bool) -> bool:
    """Whether the clause in turn (``done`` steps taken) searches ("Search your mail for invoice and open the
    one from Lumen Billing"), nothing was typed yet and a search box is on screen: typing into it is the next
    step, where the network scrolled on to look for the result."""
    clauses = clause_spans(instruction)
    if typed or done >= len(clauses):
        return False
    a, b = clauses[done]
    return _SEARCH_CLAUSE.match(instruction, a, b) is not None and search_box(f) is not None


def search_typed(f: Features, instruction: str, kinds: list[str], done: int) -> bool:
    """Whether the last action typed into the search box the search of a clause that searches, or of one that
    does not say how to find its thing ("Place a hold on Project Hail Mary …" typed the title there), though
    not of one that says to type (``kinds``: the history's actions, ``done`` steps taken, the typing among
    them): Enter sends it next, as in every generated search (24 of 24 such steps). "Search for vitamin D and
    put 2 packs of the 1000 IU tablets in your basket" typed "1000" over "vitamin D" before any result was
    shown."""
    clauses = clause_spans(instruction)
    steps = [k for k in kinds if k != "scroll"]
    if not steps or steps[-1] != "type" or not 0 < done <= len(clauses) or kinds[-1] != "type":
        return False
    typing = _TYPING.match(instruction, *clauses[done - 1]) is not None  # "Type hello into the search box"
    if (_SEARCH_CLAUSE.match(instruction, *clauses[done - 1]) is None and typing) or (box := search_box(f)) is None:
        return False
    x0, y0, x1, y1 = (float(v) for v in f.cand_box[box])
    hx, hy = acted_at(f)
    pad = 8 * f.scale
    return bool(x0 - pad <= hx <= x1 + pad and y0 - pad <= hy <= y1 + pad)


# a field's hint drawn where no field outline was found: "What needs to be done?", "Search…", "Type a message…"
_PLACEHOLDER = re.compile(r".*(?:\?|\.\.\.|…)\s*$|\s*(?:type|search|enter|write|add|find|e\.g\.)\b", re.I)


def placeholder_field(f: Features, j: int) -> int:
    """Where to type when the model points at ``j``, no entry field (a button beside the field, "Create"): the
    hint of a field drawn without an outline (a to-do list's "What needs to be done?", its field found only by
    its placeholder), left of ``j`` on its row, when exactly one such text is there; else ``j``."""
    if j >= len(f.cand_text) or _entry(f, j) or f.cand_kind[j] == KINDS["text"]:
        return j
    x0, y0, x1, y1 = (float(v) for v in f.cand_box[j])
    cy = (y0 + y1) / 2
    entries = [q for q in np.flatnonzero(f.cand_kind == KINDS["input"]) if _entry(f, int(q))]
    hints = []
    for t in np.flatnonzero(f.cand_kind == KINDS["text"]):
        a, b, c, d = (float(v) for v in f.cand_box[t])
        tx, ty = (a + c) / 2, (b + d) / 2
        if not (b <= cy <= d and c <= x0 + 8 * f.scale and x0 - c <= 12 * (d - b)):
            continue
        if _PLACEHOLDER.match(f.cand_text[t]) and not any(
                f.cand_box[q][0] <= tx <= f.cand_box[q][2] and f.cand_box[q][1] <= ty <= f.cand_box[q][3]
                for q in entries):
            hints.append(int(t))
    return hints[0] if len(hints) == 1 else j


# a value and the field a list of them names after it: "Enter Grace as the first name, Hopper as the last name and
# 555-0100 as the phone": each value starts a clause, follows a verb, a comma or an "and", and is one token, a
# quoted phrase or a run of capitalized words ("Ada Lovelace as the full name")
_PAIR = re.compile(
    r"(?:^|[,;]\s*|\band\s+|\bthen\s+)(?:(?:please\s+)?(?:enter|type|write|put|use|input|fill\s+in|set)\s+)?"
    r"(?:\"(?P<q1>[^\"]+)\"|'(?P<q2>[^']+)'|“(?P<q3>[^”]+)”|(?P<v>[^\s,;\"'“]+(?-i:(?:\s+[A-Z][\w'’.-]*)*)))"
    r"\s+(?:as|into|in|for)\s+(?:the\s+|my\s+|your\s+|a\s+|an\s+|our\s+)?"
    r"(?P<label>[A-Za-z][\w'-]*(?:\s+(?!(?:with|and|then|to|for|from|on|at|by)\b)[A-Za-z][\w'-]*){0,3}?)"
    r"\s*(?:field|box|input)?(?=\s*(?:[,;.!]|$|\band\b|\bthen\b))", re.I)


def named_pairs(instruction: str) -> list[tuple[tuple[int, int], list[str]]]:
    """The (value's characters, label's words) the task lists, in its order: "Enter Grace as the first name,
    Hopper as the last name …" gives (Grace, first name), (Hopper, last name), …"""
    out = []
    for m in _PAIR.finditer(instruction):
        g = next(k for k in ("q1", "q2", "q3", "v") if m.group(k) is not None)
        label = [w for w in words(m.group("label")) if w not in _ARTICLES]
        value = m.group(g)
        if label and value.lower() not in _NO_NAME and value.lower() not in _NOT_VALUES and re.search(r"\w", value):
            out.append(((m.start(g), m.end(g)), label))
    return out


def _named_by(f: Features, label: list[str]) -> int | None:
    """The one entry field whose nearest label holds the task's label words ("the phone": Phone; "the email":
    Email address), or that these words hold whole ("the first name field": First name); None when none or
    several do."""
    found = []
    for q in np.flatnonzero(f.cand_kind == KINDS["input"]):
        q = int(q)
        if not _entry(f, q):
            continue
        labels = _labels(f, q)
        near = min((far for _, far in labels), default=None)
        if any(far == near and ws and (phrase_at(ws, label) or (len(ws) <= len(label) and phrase_at(label, ws)))
               for ws, far in labels):
            found.append(q)
    return found[0] if len(found) == 1 else None


# a new thing's name: "Create a new bug called "Login button …"", "a playlist named Morning Run"
_CALLED = re.compile(r"\b(?:called|named|titled)\s+(?:\"(?P<q1>[^\"]+)\"|'(?P<q2>[^']+)'|“(?P<q3>[^”]+)”|"
                     r"(?P<v>(?-i:[A-Z0-9][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*)*)))", re.I)
# the fields a new thing's name goes into
_NAME_LABELS = ("title", "name", "subject", "summary")


def labelled_pairs(f: Features, instruction: str) -> list[tuple[tuple[int, int], int | None]]:
    """The (value's characters, field) a task gives by a field's label after the value ("… in the Web App
    project with High priority", "for 2 adults": the fields labelled Project, Priority and Adults on screen),
    by the label before a quoted value or a number ("the description "Fast tempo only"", "phone +34 611 222
    333"), or by naming the new thing ("called "Login button misaligned"": its Title, Name or Subject field), in the
    task's order. The value is quoted, a number, or a run of capitalized words; the label is the text left of
    or above an entry field (a select showing its value included), of one or two words (OCR's stray letters
    from the page behind a dialog left out: "PL Project"), or the last word of its placeholder, and names one
    field only."""
    labels = {int(q): _labels(f, int(q)) for q in np.flatnonzero(f.cand_kind == KINDS["input"])}  # read once
    fields: dict[str, list[tuple[int, int]]] = {}  # label -> (how far it stands, field)
    for q, found in labels.items():
        if not _entry(f, q):
            continue
        for ws, far in found:
            ws = [w for w in ws if len(w) > 2]
            if far == 0 and 3 <= len(ws) <= 5 and not ws[-1].isdigit():  # a hint's last word ("Add an
                ws = ws[-1:]  # optional description"); a hint of one or two words is a label whole
            if 1 <= len(ws) <= 2:
                fields.setdefault(" ".join(ws), []).append((far, q))
    # a label names the field it stands left of before one it stands above ("No priority", a select's value,
    # stands above the field below it), and before one whose own text reads it (a "+ Priority" filter chip)
    rank = {1: 0, 2: 1, 0: 2}
    fields = {lab: sorted({q for far, q in fq if rank[far] == min(rank[far] for far, _ in fq)})
              for lab, fq in fields.items()}
    shown = [ws for found in labels.values() for ws, _ in found]
    out: list[tuple[tuple[int, int], int | None]] = []
    for m in _CALLED.finditer(instruction):
        g = next(k for k in ("q1", "q2", "q3", "v") if m.group(k) is not None)
        q = next((qs[0] for lab in _NAME_LABELS if len(qs := fields.get(lab, [])) == 1), None)
        out.append(((m.start(g), m.end(g)), q))  # (a value still, its field found or not: typed already)
    for label, qs in fields.items():
        if len(qs) != 1:
            continue
        named = r"\s+".join(re.escape(w) for w in label.split())
        for m in re.finditer(rf"\b(?:the|with|in|to|for|at|on|as)\s+(?:\"(?P<q>[^\"]+)\"|"
                             rf"(?P<v>(?-i:[A-Z0-9][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*){{0,2}})))\s+{named}\b",
                             instruction, re.I):
            g = "q" if m.group("q") is not None else "v"
            said = words(m.group(g))
            # not a value when its words start a label on screen ("in Project name": the field Project name)
            if m.group(g).lower() not in _NOT_VALUES and not any(phrase_at(lab, said) for lab in shown):
                out.append(((m.start(g), m.end(g)), qs[0]))
        # the label first, then a quoted value or a number: "the description "Fast tempo only"", "phone +34 611"
        for m in re.finditer(rf"\b{named}\s+(?:is\s+|of\s+|as\s+|to\s+)?(?:\"(?P<q>[^\"]+)\"|“(?P<r>[^”]+)”|"
                             rf"(?P<v>\+?\d[\d\s./-]*\d))", instruction, re.I):
            g = next(k for k in ("q", "r", "v") if m.group(k) is not None)
            out.append(((m.start(g), m.end(g)), qs[0]))
    out += [p for p in _from_to(f, instruction, labels) if not any(a < p[0][1] and p[0][0] < b for (a, b), _ in out)]
    return sorted(out)


# "from Oslo to Rome", "from 12/03/2027 to 15/03/2027": two values, for the fields labelled From and To
_FROM_TO = re.compile(r"\bfrom\s+(?P<a>(?-i:[A-Z0-9][\w'’./-]*(?:\s+[A-Z][\w'’.-]*){0,2}))\s+to\s+"
                      r"(?P<b>(?-i:[A-Z0-9][\w'’./-]*(?:\s+[A-Z][\w'’.-]*){0,2}))", re.I)


def _from_to(f: Features, instruction: str, labels: dict[int, list[tuple[list[str], int]]]
             ) -> list[tuple[tuple[int, int], int | None]]:
    """The values of "from X to Y" with the one entry field whose label ends in "from" ("From", "Leaving from")
    and the one whose label ends in "to" ("To", "Going to")."""
    ends: dict[str, list[int]] = {"from": [], "to": []}
    for q, found in labels.items():
        if _entry(f, q):
            for end in ends:
                if any(ws and ws[-1] == end and len(ws) <= 2 and far for ws, far in found):
                    ends[end].append(q)
    if len(set(ends["from"])) != 1 or len(set(ends["to"])) != 1:
        return []
    return [p for m in _FROM_TO.finditer(instruction)
            for p in (((m.start("a"), m.end("a")), ends["from"][0]), ((m.start("b"), m.end("b")), ends["to"][0]))]


def suggestion(f: Features, instruction: str) -> int | None:
    """The suggestion to pick after typing a value into a field that suggests ("Oslo" into From showed "Oslo
    (OSL) · Norway" under it; the network typed the next value into the page): the nearest text under the
    point typed at (within 250 CSS px down and across) that begins with the typed value and says more. None
    when the last action typed nothing, or typed a search box's query (sent with Enter)."""
    if not len(f.hist_kind) or ACTIONS[int(f.hist_kind[-1])] != "type":
        return None
    x, y = acted_at(f)
    if _SEARCHES.search(instruction) and (box := search_box(f)) is not None and \
            f.cand_box[box][0] <= x <= f.cand_box[box][2] and f.cand_box[box][1] <= y <= f.cand_box[box][3]:
        return None  # a search box's query: sent with Enter
    toks = np.flatnonzero(f.hist_match[-1] >= 0.99) if len(f.ins_off) else np.array([], np.int64)
    if not len(toks):
        return None
    value = words(instruction[int(f.ins_off[toks.min()][0]):int(f.ins_off[toks.max()][1])])
    c = (f.cand_box[:, :2] + f.cand_box[:, 2:]) / 2
    # under the field typed into (a select shows the option the typing chose inside it: no suggestion)
    boxes = f.cand_box
    typed_in = [q for q in np.flatnonzero(f.cand_kind == KINDS["input"])
                if boxes[q][0] <= x <= boxes[q][2] and boxes[q][1] <= y <= boxes[q][3]]
    top = max(min((float(boxes[q][3]) for q in typed_in), default=y + 12 * f.scale), y + 12 * f.scale) - 2 * f.scale
    below = [t for t in range(len(f.cand_text)) if f.cand_kind[t] == KINDS["text"]
             and len(ws := words(f.cand_text[t])) > len(value) and value and _begins(ws, value)
             and top <= boxes[t][1] and c[t][1] - y <= 250 * f.scale and abs(c[t][0] - x) <= 250 * f.scale
             and not any(boxes[q][0] - 20 * f.scale > boxes[t][0] or boxes[t][0] > boxes[q][2] for q in typed_in)]
    # (under the field, starting within its width: a list's row right of a search box is no suggestion)
    return min(below, key=lambda t: float(c[t][1]), default=None)


def _begins(ws: list[str], value: list[str]) -> bool:
    """``ws`` begins with the value (or, OCR having read the typed letters into it, has it next: "Osld Oslo")."""
    return ws[:len(value)] == value or ws[1:1 + len(value)] == value


def unfilled_pair(f: Features, instruction: str) -> tuple[int, tuple[int, int]] | None:
    """The next value of a task that lists two or more values with their fields ("Enter Grace as the first name,
    Hopper as the last name and 555-0100 as the phone, then save"), in the task's order, whose field is on
    screen, empty of it and not typed into, and which no typing of the history typed: (field, value's
    characters). The network typed two of the three and went on to Save (the hand-written contact form)."""
    pairs = [(span, _named_by(f, label)) for span, label in named_pairs(instruction)]
    pairs += [(span, q) for span, q in labelled_pairs(f, instruction)
              if not any(a < span[1] and span[0] < b for (a, b), _ in pairs)]
    pairs.sort(key=lambda p: p[0])
    if len(pairs) < 2 and not (pairs and _CALLED.search(instruction) and ADDS_NEW.match(instruction)):
        return None  # (one value: the network's, but for a new thing's name in its dialog's Title field)
    for span, q in pairs:
        if q is not None and not value_typed(f, span) and not typed_into(f, q, instruction[span[0]:span[1]]):
            return q, span
    return None


# a clause that adds an item to a list by typing it: "Add read toaster to the list", "put "clean Granada" on the
# list", "add a todo called clean Zurich"
_ADD_TO_LIST = re.compile(r"[\s,;.!]*(?:(?:and|then|please|now)\s+)*(?:add|put|insert|enter|write)\s+(?P<x>.+?)\s+"
                          r"(?:to|on|onto|in|into)\s+(?:the|my|your)\s+(?:to-?do\s+|task\s+|shopping\s+)?list\W*$",
                          re.I)
_NEW_ITEM = re.compile(r"[\s,;.!]*(?:(?:and|then|please|now)\s+)*(?:add|create|make)\s+(?:a\s+|an\s+)?(?:new\s+)?"
                       r"(?:to-?do|task|item|entry)\s+(?:called|named|titled|saying|reading)\s+(?P<x>.+?)\W*$", re.I)


def added_item(instruction: str, done: int) -> tuple[int, int] | None:
    """The span of the item the clause in turn adds to a list by typing it (unquoted), or None."""
    clauses = clause_spans(instruction)
    if done >= len(clauses):
        return None
    m = _ADD_TO_LIST.match(instruction, *clauses[done]) or _NEW_ITEM.match(instruction, *clauses[done])
    if m is None:
        return None
    a, b = m.span("x")
    if instruction[a:b].lower().startswith(("the ", "a ", "an ", "it")):
        return None  # a thing on the page ("Add the Wallet to the list"), clicked, not typed
    while b - a > 1 and instruction[a] in "\"'“‘":
        a += 1
    while b - a > 1 and instruction[b - 1] in "\"'”’":
        b -= 1
    return a, b


def item_field(f: Features, j: int) -> bool:
    """Whether candidate ``j`` is an entry field (a list's "add" field clicked where the item is typed)."""
    return j < len(f.cand_text) and _entry(f, j)


_ADDS = re.compile(r"^\W*(?:add|create|save|submit|ok|enter|done)\b|^\s*\+", re.I)


def item_typed(f: Features, instruction: str, kind: str, j: int) -> bool:
    """Whether the last action typed the item a clause adds to a list, and the network's next action (``kind``,
    on candidate ``j``) does not add it with a button ("+ Add", "Create"): Enter adds it ("put "clean Granada" on
    the list" typed the item, then clicked a slider's label and it was never added)."""
    kinds = [ACTIONS[int(k)] for k in f.hist_kind]
    if not kinds or kinds[-1] != "type" or kind == "key":
        return False
    if kind == "click" and j < len(f.cand_text) and any(_ADDS.match(f.cand_text[q]) for q in [j, *texts_inside(f, j)]):
        return False
    typed = sum(1 for k in kinds if k != "scroll")
    return added_item(instruction, typed - 1) is not None and kinds.count("type") == 1

