"""Load, save, quantize and run the embedded model; turn its head outputs into one tilepilot ``Action``."""

from __future__ import annotations

import pickle
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch

from tilepilot.actions.schema import Action, Click, Done, DoubleClick, Drag, Key, Point, RightClick, Scroll, Type
from tilepilot.errors import InputError
from tilepilot.model.embedded.buttons import (
    MAKES,
    asked_answer,
    box_unsaved,
    commit_button,
    confirm_button,
    confirm_typing,
    edit_unmade,
    made_button,
    new_button,
    opener_commit,
    save_button,
    story_new_button,
    typed_to_confirm,
    unsaved_button,
)
from tilepilot.model.embedded.clauses import CLAUSE_END, QUOTED, SCROLL_CLAUSE, clause_count, clause_spans
from tilepilot.model.embedded.drag import slider_label
from tilepilot.model.embedded.features import (
    ACTIONS,
    AMOUNTS,
    DIRECTIONS,
    KINDS,
    MAX_HISTORY,
    Features,
    acted_at,
    clicked_in,
    within,
)
from tilepilot.model.embedded.fields import (
    _TOMORROWS_ROWS,
    Setting,
    add_above,
    added_item,
    added_list,
    added_thing,
    added_tick,
    address_tab,
    asks_choice,
    assign_list,
    billing_email,
    changes_to,
    choice_given,
    code_elsewhere,
    colon_text,
    column_filter,
    contact_field,
    counted_choice,
    counted_field,
    counted_instead,
    day_filter,
    delivered_commit,
    delivered_count,
    field_named,
    from_to_value,
    given_entry,
    id_search,
    instead_value,
    item_field,
    item_typed,
    kind_named,
    label_off_screen,
    labelled_note,
    labelled_pairs,
    login_field,
    measured_field,
    mispriced,
    money_field,
    moved_address,
    name_search,
    named_for_typing,
    named_item,
    named_sum,
    note_field,
    noted_commit,
    only_searched,
    opening_hours,
    owner_choice,
    paid_way,
    person_filter,
    picked_commit,
    place_search,
    placeholder_field,
    policy_number,
    priced_field,
    prompt_list,
    put_choice,
    rate_box,
    rate_typed,
    reason_asked,
    reason_commit,
    reason_list,
    rename_field,
    rest_new_button,
    row_moved,
    row_number,
    save_below,
    saved_last,
    search_field,
    search_pending,
    search_typed,
    searched_result,
    section_opened,
    setting_field,
    setting_option,
    settings_saved,
    shifted_commit,
    shifted_date,
    shown_instead,
    sibling_value,
    slot_change,
    slot_commit,
    spent_hours,
    stated_number,
    stocked_item,
    story_tab,
    suggestion,
    table_value,
    thing_added,
    ticked_commit,
    told_commit,
    told_field,
    told_time,
    told_value,
    unfilled_pair,
    unit_of_choice,
    value_for_click,
    weekday_date,
    widened_search,
    worded_date,
    yesterday_date,
)
from tilepilot.model.embedded.menus import dropdown_kind, opened_option, opened_unset
from tilepilot.model.embedded.net import NetConfig, TilePilotNet, collate
from tilepilot.model.embedded.order import (
    QUOTED_THING,
    about_row,
    ack_box,
    actions_menu,
    at_least_option,
    bin_link,
    box_ticked,
    bulk_action,
    bulk_confirm,
    bulk_ticks,
    card_button,
    card_twin,
    chosen_commit,
    chosen_option,
    clause_box,
    click_in_turn,
    code_section,
    column_section,
    column_switch,
    count_step,
    dated_row,
    dated_ticks,
    day_tab,
    default_button,
    default_made,
    details_button,
    doing_link,
    edit_button,
    edit_dialog,
    edited_button,
    except_box,
    explore_below,
    explore_link,
    explore_tab,
    filter_widget,
    grid_cell,
    group_box,
    group_off_screen,
    hint_link,
    icon_asked,
    icon_kept,
    icon_named,
    icon_undone,
    id_named,
    labelled_widget,
    left_out_row,
    like_link,
    listed_box,
    loan_section,
    logged_button,
    marked_person,
    menu_cut,
    menu_entry,
    menu_title,
    moved_radio,
    named_box,
    named_card,
    named_edit,
    named_in_view,
    named_off_screen,
    named_text,
    names_things,
    nav_opened,
    next_row_below,
    next_story_row,
    noun_section,
    numbered_row,
    numbered_tile,
    only_went_to_own,
    opened_label,
    opened_row,
    opened_thing,
    option_saved,
    owned_card_edit,
    owned_section,
    owner_box,
    part_of_day_ticks,
    part_radio,
    party_section,
    person_link,
    picked_row,
    place_link,
    policy_link,
    policy_switch,
    reason_choice,
    received_row,
    record_menu,
    record_tab,
    replaced_box,
    resolved,
    rest_elsewhere,
    rest_person,
    rest_row_edit,
    restore_button,
    restored,
    right_switch,
    row_act,
    row_done,
    row_icon,
    row_menu,
    said_radio,
    sale_box,
    scene_link,
    searched_first,
    section_link,
    set_option,
    setting_box,
    settings_link,
    settings_page,
    sort_control,
    state_box,
    state_ticks,
    story_button,
    story_card,
    story_row,
    subject_section,
    swap_button,
    switch_flipped,
    thing_section,
    tick_box,
    titled_card,
    titled_member,
    to_box,
    told_radio,
    unsaved_form,
    verb_section,
    worded_radio,
)
from tilepilot.model.embedded.order import steps as click_steps
from tilepilot.model.embedded.ordinal import ordinal_target
from tilepilot.model.embedded.roles import (
    SENDING,
    FormStep,
    button_word,
    field_of_role,
    next_step,
    row_band,
    send_button,
    sends,
    shown_as,
    told_box,
    value_typed,
)
from tilepilot.model.embedded.rows import card_control, row_button, row_named, verb_button, with_synonyms
from tilepilot.model.embedded.shapes import marked_icon
from tilepilot.model.embedded.text import phrase_at, words
from tilepilot.model.embedded.values import name_run

SHIPPED = Path(__file__).parent / "weights" / "tilepilot-small.pt"


@dataclass
class Prediction:
    action: Action
    confidence: float  # probability of the chosen action type
    target_index: int | None  # the token pointed at (candidates first, then patches)


def label_of(pred: Prediction, f: Features) -> str:
    """The text of the candidate a prediction points at ("" for a patch or an unlabelled widget)."""
    i = pred.target_index
    return f.cand_text[i] if i is not None and i < len(f.cand_text) else ""


def text_box_of(pred: Prediction, f: Features) -> tuple[float, float, float, float] | None:
    """The box of the text candidate a prediction points at (None for a field, a widget or a patch)."""
    i = pred.target_index
    if i is None or i >= len(f.cand_text) or f.cand_kind[i] != 0:
        return None
    return tuple(float(v) for v in f.cand_box[i])


def _point(f: Features, i: int, off: np.ndarray) -> Point:
    boxes = np.concatenate([f.cand_box, f.patch_box])
    x0, y0, x1, y1 = boxes[i]
    hw, hh = max((x1 - x0) / 2, 2.0), max((y1 - y0) / 2, 2.0)
    x = (x0 + x1) / 2 + float(off[0]) * hw
    y = (y0 + y1) / 2 + float(off[1]) * hh
    w, h = f.frame_size
    return Point(x=float(min(max(x, 0.0), w - 1)), y=float(min(max(y, 0.0), h - 1)), space="frame")


QUOTES = frozenset("\"'“”‘’«»")



def longer_name(f: Features, instruction: str, j: int, scores: np.ndarray) -> int:
    """The text candidate meant when the model points at text ``j`` whose words occur in the task only inside a
    longer name that is also on screen ("Image Editor" in "choose Quiet Image Editor", "returns" in "click the
    Classic returns link"): that longer one, the best-scoring if several; else ``j``. The lexical bias marks
    both, and the model sometimes takes the shorter (3 of 519 held-out steps; it never made one wrong). A widget
    known by its label counts as that text: "Select map.svg, Classic poster.png …" clicked the radio button
    "Classic" (2 held-out steps; no step of eight other sets changed)."""
    n = len(f.cand_text)
    if j >= n or not f.cand_text[j]:
        return j
    task, cj = words(instruction), words(f.cand_text[j])
    mine = phrase_at(task, cj)
    if not mine:
        return j
    longer = []
    for q in range(n):
        cq = words(f.cand_text[q])
        if q == j or f.cand_kind[q] != 0 or len(cq) <= len(cj):
            continue
        theirs = phrase_at(task, cq)
        if theirs and all(any(a <= s and e <= b for a, b in theirs) for s, e in mine):
            longer.append(q)
    return max(longer, key=lambda q: scores[q]) if longer else j


def into_field(f: Features, j: int, scores: np.ndarray, typed: str) -> int:
    """Where to type when the model points at text ``j`` that lies in no entry field and shows a word of the
    value being typed: the best-scoring field (or text inside one), else ``j``. The pointer matches the
    task's words, the value's among them, so "12" of 2025-07-12 draws it to "groups larger than 12"; a
    value is typed into a field, never into text that already shows part of it."""
    n = len(f.cand_text)
    if j >= n or f.cand_kind[j] != KINDS["text"] or _in_field(f, j):
        return j
    if not set(words(typed)) & set(words(f.cand_text[j])):
        return j
    best = max((q for q in range(n) if f.cand_kind[q] == KINDS["input"] or _in_field(f, q)),
               key=lambda q: scores[q], default=None)
    return j if best is None else best


def stray_click(f: Features, instruction: str, j: int, done: int) -> bool:
    """Whether a click on ``j`` would stray after the task's work: a task of one clause that typed nothing has
    clicked already, ``j`` shows no word of the task nor reads like a button that sends, saves or confirms, and
    the page asks nothing ("Set Backups to Oslo" ticked Oslo, then clicked the page's "Register")."""
    if done < 1 or clause_count(instruction) > 1 or any(ACTIONS[int(k)] == "type" for k in f.hist_kind):
        return False
    text = f.cand_text[j] if j < len(f.cand_text) else ""
    if not words(text) or set(with_synonyms(words(instruction))) & set(words(text)) or button_word(text):
        return False
    return confirm_button(f, instruction) is None


# a file by its name: "slides.pptx", "Q3 report.pdf" (a web address is no file: "example.com")
_FILE = re.compile(r"\b\w[\w-]*\.(?!(?:com|org|net|io|gov|edu|co|uk|de|fr)\b)[a-z][a-z0-9]{1,4}\b", re.I)
_LAUNCHES = re.compile(r"[\s,;.!]*(?:(?:and|then|please|now)\s+)*(?:open|launch)\b", re.I)


def opens_file(instruction: str, done: int) -> bool:
    """Whether the clause in turn opens a file it names ("open Quiet slides.pptx", "Open the file data.csv"): a
    file's icon opens on a double click, in a desktop's windows and in a file manager alike, where one click
    only selects it (the network clicked once on 2 of 7 held-out such steps)."""
    clauses = clause_spans(instruction)
    if done >= len(clauses):
        return False
    clause = instruction[slice(*clauses[done])]
    return _LAUNCHES.match(clause) is not None and _FILE.search(clause) is not None


_NOT_FILE_NAME = frozenset({"open", "launch", "double", "click", "the", "file", "icon", "then", "and", "please",
                            "now", "on", "a"})


def file_label(f: Features, instruction: str, j: int, done: int) -> int:
    """The label of the file the clause in turn opens, when ``j`` is neither it nor its icon: the one text that
    reads the file's name whole, alone or with the line its name wraps onto ("Quiet slide" over "s.pptx" under
    an icon). The network double-clicked "letter.odt" for "open Quiet slides.pptx", and "ptx", the end of
    another wrapped name, for "double-click poster.png". Else ``j``."""
    clauses = clause_spans(instruction)
    if done >= len(clauses):
        return j
    a, b = clauses[done]
    clause = instruction[a:b]
    if _FILE.search(clause) is None or not re.match(r"[\s,;.!]*(?:(?:and|then|please|now)\s+)*(?:open|launch|"
                                                    r"double[\s-]*click)\b", clause, re.I):
        return j
    name = [w for w in words(clause) if w not in _NOT_FILE_NAME]
    n = len(f.cand_text)
    texts = [q for q in range(n) if f.cand_kind[q] == KINDS["text"]]

    def below(q: int) -> int | None:  # the line a centred label wraps onto
        x0, y0, x1, y1 = (float(v) for v in f.cand_box[q])
        for t in texts:
            u0, v0, u1, _ = (float(v) for v in f.cand_box[t])
            if t != q and y1 - 4 <= v0 <= y1 + 0.8 * (y1 - y0) and abs((u0 + u1) - (x0 + x1)) / 2 <= 0.3 * (x1 - x0):
                return t
        return None

    found = []
    for q in texts:
        t = below(q)
        reads = [words(f.cand_text[q])]
        if t is not None:
            reads += [words(f.cand_text[q] + f.cand_text[t]), words(f.cand_text[q] + " " + f.cand_text[t])]
        if name in reads:
            found.append((q, t))
    if len(found) != 1:
        return j
    q, t = found[0]
    if j in (q, t):
        return j
    if j < n and (f.cand_kind[j] != KINDS["text"] or not re.search(r"[A-Za-z0-9]", f.cand_text[j])):
        # its icon, just above the label
        x0, y0, x1, y1 = (float(v) for v in f.cand_box[q])
        u0, v0, u1, v1 = (float(v) for v in f.cand_box[j])
        if x0 <= (u0 + u1) / 2 <= x1 and y0 - 4 * (y1 - y0) <= v1 <= y0 + 4:
            return j
    return q


def _setting_in_turn(f: Features, instruction: str) -> Setting | None:
    """The setting a clause sets by its label (``setting_field``): the clause in turn's, or else one of the one
    before, not made yet (the click that opened the item, or its field, counted as that clause's action)."""
    kinds = [ACTIONS[int(k)] for k in f.hist_kind]
    if kinds[-1:] == ["scroll"] and "click" in kinds:
        return None  # a list opened, then scrolled to its option: not clicked shut again
    spans = clause_spans(instruction)
    done = min(acted(instruction, f.hist_kind), len(spans) - 1)
    d = done if (s := setting_field(f, instruction, done)) is not None or done == 0 else done - 1
    s = s if s is not None else setting_field(f, instruction, d)
    # a value an earlier clause gives in quotes, not typed yet, comes first ("Reply to the ticket with "…" and
    # set its status to Solved": opening the ticket counted as the reply's action)
    named = {m.start(1) for a, b in spans[:d] for m in QUOTED_THING.finditer(instruction, a, b)}  # a name, no value
    early = [(m.start(m.lastindex), m.end(m.lastindex)) for a, b in spans[:d]
             for m in QUOTED.finditer(instruction, a, b) if m.lastindex and m.start(m.lastindex) not in named]
    return None if s is None or any(not value_typed(f, span) for span in early) else s


def cut_off(f: Features, j: int) -> bool:
    """Whether candidate ``j`` touches the screen's bottom edge (within 2 CSS px): the screen shows part of it,
    and a click there may miss it or land on what covers it. The generator scrolls such a target into view
    first; the network clicked it ("Pick Wooden Image Editor from the list", its row cut by the edge)."""
    return float(f.cand_box[j][3]) >= f.frame_size[1] - 2 * f.scale


def _in_field(f: Features, j: int) -> bool:
    return any(within(tuple(f.cand_box[j]), tuple(b)) for b in f.cand_box[f.cand_kind == KINDS["input"]])


def typed_bounds(instruction: str, a: int, b: int) -> tuple[int, int]:
    """The characters to type when the span pointer chose [a, b): the whole quoted value they lie in, else
    the whole words they cut into, with a house number standing just before them."""
    quoted = _whole_quote(instruction, a, b)
    if quoted:
        return quoted
    a, b = name_run(instruction, *_whole_token(instruction, a, b))
    if re.fullmatch(r"(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))*['’]s", instruction[a:b]):
        b -= 2  # a name's owner's "'s" is no part of it: "Anita Patel's" types "Anita Patel"
    return _house_number(instruction, a), b


# a short number standing before a name: "1 Main St", "221b Baker Street"; not "row 2", "field 3"
_NUMBER_BEFORE = re.compile(r"(?:^|(?<=\s))(\d{1,5}[a-z]?)\s+$", re.I)
_NUMBERED = frozenset({"row", "field", "line", "step", "item", "column", "page", "box", "input", "number", "no",
                       "tab", "option", "slot", "entry", "level", "room", "floor", "apartment", "apt"})


def _house_number(instruction: str, a: int) -> int:
    """The start of an unquoted value grown over a house number just before it: the span pointer took "Main St"
    of "enter 1 Main St as the street" (its scores put the start on "Main" by a wide margin; a street name
    after a bare number is rare in the generated tasks). Only a value starting with a capital (a name) takes
    it, and a number that is the index of something ("row 2 Oslo") does not join."""
    if not (0 < a <= len(instruction)) or not instruction[a:a + 1].isupper():
        return a
    m = _NUMBER_BEFORE.search(instruction[:a])
    if m is None:
        return a
    before = instruction[:m.start()].split()
    if before and before[-1].lower().strip(".:#") in _NUMBERED:
        return a
    return m.start(1)


_OPENERS, _CLOSERS = "([{\"'“‘«", ".,;:!?)]}\"'”’»"


def _whole_token(instruction: str, a: int, b: int) -> tuple[int, int]:
    """Characters [a, b) grown to the whole run of non-space characters they cut into, less the punctuation
    around it: the text pointer's pieces split "dmitri.okafor@example.com" at its dots and "@", and once typed
    only "dmitri.okafor"; a value never ends inside a word."""
    if not 0 <= a < b <= len(instruction):
        return a, b
    s, e = a, b
    while s > 0 and not instruction[s - 1].isspace():
        s -= 1
    while e < len(instruction) and not instruction[e].isspace():
        e += 1
    while e > b and instruction[e - 1] in _CLOSERS:
        e -= 1
    while s < a and instruction[s] in _OPENERS:
        s += 1
    return min(a, s), max(b, e)


def _says_field(instruction: str, a: int) -> bool:
    """Whether the clause holding character ``a`` calls something a field ("In the Office field, type …")."""
    return any(x <= a < y and re.search(r"\b(?:field|box|input)\b", instruction[x:y], re.I)
               for x, y in clause_spans(instruction))


def _first(*found: int | None) -> int | None:
    """The first that is not None (an index 0 is found)."""
    return next((q for q in found if q is not None), None)


def _log_softmax(x: np.ndarray) -> np.ndarray:
    """Over the last axis; positions masked with -inf stay -inf (a row of them stays -inf, never NaN)."""
    m = np.max(x, -1, keepdims=True)
    m = np.where(np.isfinite(m), m, 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        lse = m + np.log(np.sum(np.exp(x - m), -1, keepdims=True))
        return np.where(np.isfinite(lse), x - lse, x)


def _whole_quote(instruction: str, a: int, b: int) -> tuple[int, int] | None:
    """Characters [a, b) of the instruction grown to the whole quoted value they lie in, if any (else None):
    the user quoted it to say where it starts and ends ("Dmitri Dahl", not "Dahl")."""
    for m in QUOTED.finditer(instruction):
        g = next(k for k in range(1, 6) if m.group(k) is not None)
        if m.start(g) <= a and b <= m.end(g):
            return m.start(g), m.end(g)
    return None


def not_done_yet(instruction: str, acted: int) -> bool:
    """Whether the task's clauses, or the things it lists to mark, still outnumber the actions taken (``acted``:
    the history's actions that did a step, see ``acted``): then "done" is never the answer. "hit Import; then
    press Reject" stopped after Import; "Mark Toaster and Mug" after Toaster.
    A single clause is left to the model (it may already hold on the first screen), and so is a task longer than
    the history window."""
    n = max(clause_count(instruction), len(click_steps(instruction) or ()))
    return n > 1 and acted < min(n, MAX_HISTORY)


def unsent(instruction: str, hist_kind: np.ndarray) -> bool:
    """Whether a task that sends or creates something (its first verb: create, send, pay, book, submit, …) has
    only just typed: its last step (scrolls aside) was a ``type``, so the form is still to be sent and "done"
    is never the answer. No stored task, training sets included (3,602 final steps), ends so."""
    steps = [ACTIONS[int(k)] for k in hist_kind if ACTIONS[int(k)] != "scroll"]
    return bool(steps) and steps[-1] == "type" and SENDING.match(instruction) is not None


# a clause that asks to scroll; a task that names a key to press
_NAMES_KEY = re.compile(r"\b(?:press|hit|tap)\s+(?:the\s+)?(?:enter|return|tab|esc|escape)\b|\bkeys?\b", re.I)


def acted(instruction: str, hist_kind: np.ndarray) -> int:
    """The actions in the history that did one of the task's steps. A scroll only brings a target into view,
    unless a clause asks to scroll: "click Options, then Schedule" stopped after a scroll and Options. A scroll
    the task asks for first counts as done once a later step acted (its target was in view already: "Scroll
    down and click Reject" did not stop after Reject). Enter right after typing sends what was typed, one step
    with it, unless the task names the key ("Look up X. Then open …" stopped after the search). A full history
    window counts whole: earlier actions may have left it, so the model decides."""
    if len(hist_kind) >= MAX_HISTORY:
        return len(hist_kind)
    kinds = [ACTIONS[int(k)] for k in hist_kind]
    keyed = _NAMES_KEY.search(instruction) is not None
    done = sum(1 for k, now in enumerate(kinds) if now != "scroll"
               and (now != "key" or keyed or k == 0 or kinds[k - 1] != "type"))
    asks = [SCROLL_CLAUSE.match(instruction, a, b) is not None for a, b in clause_spans(instruction)]
    first = next((k for k, x in enumerate(asks) if not x), len(asks))
    return done + min(sum(asks), kinds.count("scroll") + (first if done else 0))


# a joining word before the name of another field: "as bob with password hunter2", "alice and password …"
_JOIN = re.compile(r"\b(?:with|and|using)\s+(?:(?:the|a|an|my|your|their|its)\s+)?(\w+)", re.I)
FIELD_WORDS = frozenset({"password", "passcode", "pin", "username", "user", "login", "email", "e", "mail", "name",
                         "code", "phone", "address", "note", "notes", "message", "comment", "description", "subject",
                         "title", "reference", "reason"})


def clause_breaks(instruction: str, offsets: np.ndarray, fields: frozenset[str] | set[str] = frozenset()) -> np.ndarray:
    """Per task word piece: does it end a clause (outside quotes)? Text to type never runs across one: an
    unquoted value once ran on into the next step ("summit; then write …"). A joining word ("with", "and",
    "using") before a field's name (a word of ``fields``, the labels of the fields on screen, or of
    ``FIELD_WORDS``) ends one too: on a hand-written login page "Log in as bob with password hunter2" typed
    "bob with password hunter2" as the username."""
    quoted = [(m.start(), m.end()) for m in QUOTED.finditer(instruction)]
    named = FIELD_WORDS | {w.lower() for w in fields}
    marks = [m.start() for m in CLAUSE_END.finditer(instruction)]
    marks += [m.start() for m in _JOIN.finditer(instruction) if m.group(1).lower() in named]
    marks = [c for c in marks if not any(a <= c < b for a, b in quoted)]
    return np.array([any(a <= c < max(b, a + 1) for c in marks) for a, b in offsets.astype(int)], bool)


def field_words(f: Features) -> set[str]:
    """The words of the labels the fields on screen are known by (``features.borrowed_labels``)."""
    return {w for t, k in zip(f.cand_text, f.cand_kind, strict=False) if k == KINDS["input"] for w in words(t)}


def _span(start: np.ndarray, stop: np.ndarray, pieces: list[str], max_len: int = 24,
          per_token: float = 1.0, breaks: np.ndarray | None = None) -> tuple[int, int]:
    """The best [start, end] of the text to type: start + end score, 1 logit less per extra token (tuned on
    generated type steps: 96.3% -> 97.4% exact text); a quoted value ends at its closing quote, and no span
    crosses a clause break (``clause_breaks``)."""
    best, arg = -np.inf, (0, 0)
    for s in range(len(start)):
        if not np.isfinite(start[s]):
            continue
        hi = min(len(stop), s + max_len)
        if s > 0 and pieces[s - 1] in QUOTES:
            hi = next((k for k in range(s, hi) if pieces[k] in QUOTES), hi)
        if breaks is not None:
            if breaks[s]:
                continue
            hi = next((k for k in range(s, hi) if breaks[k]), hi)
        for e in range(s, max(hi, s + 1)):
            v = start[s] + stop[e] - per_token * (e - s)
            if v > best:
                best, arg = v, (s, e)
    return arg


_CLEARS = re.compile(r"\b(?:clear|empty|blank|erase)\b", re.I)  # a task that asks for a field emptied


class EmbeddedModel:
    """The network plus its key vocabulary; ``predict`` maps features to actions in frame pixels.

    It may hold several networks trained apart (an ensemble): their log-probabilities are averaged, which
    measured about 2 points of step accuracy above the best member on every held-out set for 3x the network
    time, a few ms of a step that OCR dominates (docs/model.md)."""

    def __init__(self, net: TilePilotNet | list[TilePilotNet], meta: dict[str, Any] | None = None) -> None:
        self.nets = [n.eval() for n in (net if isinstance(net, list) else [net])]
        if not self.nets:
            raise InputError("an embedded model needs at least one network")
        keys = {tuple(n.cfg.keys) for n in self.nets}
        if len(keys) > 1:
            raise InputError(f"ensemble members have different key vocabularies {sorted(keys)}: expected one "
                             "(train them on the same data)")
        self.net = self.nets[0]
        self.cfg = self.net.cfg
        self.meta = meta or {}
        self.quantized = False

    @classmethod
    def combine(cls, models: list[EmbeddedModel]) -> EmbeddedModel:
        """One ensemble of the networks of ``models`` (each may itself be an ensemble)."""
        if any(m.quantized for m in models):
            raise InputError("combine float models; int8 is made at load time")
        metas = [meta for m in models for meta in (m.meta.get("members", [{}] * len(m.nets)) if len(m.nets) > 1
                                                   else [m.meta])]
        return cls([n for m in models for n in m.nets], {"members": metas})

    # ------------------------------------------------------------------------------------------ files
    @classmethod
    def load(cls, path: str | Path | None = None, quantize: bool = False) -> EmbeddedModel:
        """Load a checkpoint (default: the one shipped in the package); ``quantize`` makes it int8."""
        p = Path(path) if path else SHIPPED
        if not p.is_file():
            raise InputError(f"model checkpoint {p}: no such file"
                             + ("; the package was installed without its weights" if path is None else ""))
        try:
            ck = torch.load(p, map_location="cpu", weights_only=True)
            nets = []
            for part in ck.get("members", [ck]):
                net = TilePilotNet(NetConfig(**part["config"]))
                net.load_state_dict({k: v.float() for k, v in part["state"].items()})
                nets.append(net)
        except (KeyError, TypeError, ValueError, RuntimeError, EOFError, pickle.UnpicklingError) as e:
            raise InputError(f"model checkpoint {p}: not a tilepilot embedded-model checkpoint ({e})") from e
        m = cls(nets, ck.get("meta", {}))
        return m.quantize() if quantize else m

    def save(self, path: str | Path, half: bool = False, meta: dict[str, Any] | None = None) -> None:
        """One network: its config and state; several: a list of them under ``members``."""
        if self.quantized:
            raise InputError("save the float model; int8 is made at load time")
        parts = [{"config": n.cfg.to_dict(),
                  "state": {k: (v.half() if half and v.is_floating_point() else v) for k, v in n.state_dict().items()}}
                 for n in self.nets]
        ck = {**parts[0]} if len(parts) == 1 else {"members": parts}
        ck["meta"] = {**self.meta, **(meta or {})}
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(str(path) + ".tmp")
        torch.save(ck, tmp)
        tmp.replace(path)

    def quantize(self) -> EmbeddedModel:
        """Dynamic int8 (weights int8, activations quantized per call) for the feed-forward layers of the
        transformer blocks (the experts too, not the MoE router). Measured on 469 held-out steps
        (docs/model.md): int8 everywhere changed 2.0% of the decisions, with the blocks' attention
        projections 0.9-1.7%, the feed-forward layers alone 0-0.3%: attention scores and the pointer heads
        decide between near-equal targets and stay float. At this size int8 is slower per decision on 2 cores
        (bench/bench_model.py), so float is the default."""
        import warnings

        from torch.ao.quantization import default_dynamic_qconfig

        qnets = []
        for net in self.nets:
            spec = {name: default_dynamic_qconfig for name, mod in net.named_modules()
                    if isinstance(mod, torch.nn.Linear) and ".ff." in name and not name.endswith(".gate")}
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                qnets.append(torch.ao.quantization.quantize_dynamic(net, spec, dtype=torch.qint8))
        m = EmbeddedModel(qnets, self.meta)
        m.quantized = True
        return m

    # ------------------------------------------------------------------------------------------ inference
    @torch.inference_mode()
    def outputs(self, feats: list[Features]) -> dict[str, np.ndarray]:
        bt = collate(feats)
        outs = [{k: v.float().numpy() for k, v in net(bt).items()} for net in self.nets]
        out = outs[0] if len(outs) == 1 else {
            k: np.mean([o[k] if k.endswith("_off") else _log_softmax(o[k]) for o in outs], 0) for k in outs[0]}
        out["_cand_pad"] = np.array(max(max(len(f.cand_box) for f in feats), 1))
        return out

    def predict(self, feats: list[Features], instructions: list[str]) -> list[Prediction]:
        out = self.outputs(feats)
        return [self._decode(out, i, f, ins) for i, (f, ins) in enumerate(zip(feats, instructions, strict=True))]

    def _decode(self, out: dict[str, np.ndarray], i: int, f: Features, instruction: str) -> Prediction:
        told, instruction = instruction, resolved(instruction)  # "jamie chen got hurt, mark him injured": "mark
        # jamie chen as …" (a reason is read in all the words told)
        logits = out["act"][i]
        probs = np.exp(logits - logits.max())
        probs /= probs.sum()
        a = int(np.argmax(probs))  # every screen has patch tokens, so a pointed action always has a target
        held = ACTIONS[a] == "done" and (unsent(instruction, f.hist_kind)  # its form is still to send, or
                                         or only_searched(f, instruction))  # the row searched for to act on
        if ACTIONS[a] == "done" and (not_done_yet(instruction, acted(instruction, f.hist_kind))
                                     or held or only_went_to_own(f, instruction)):
            a = int(np.argmax(np.where(np.arange(len(probs)) == a, -1.0, probs)))
        kind = ACTIONS[a]
        if kind == "type" and re.search(r"\bsliders?\b", instruction, re.I):  # "set the Distance slider to 10"
            a, kind = ACTIONS.index("drag"), "drag"
        if kind in ("type", "click"):  # a native select is typed into, a custom dropdown clicked open
            j0 = int(np.argmax(out["ptr"][i][:len(f.cand_box)])) if len(f.cand_box) else 0
            how = dropdown_kind(f, instruction, j0) if not clicked_in(f, j0) else None
            if how is not None and how != kind:
                a, kind = ACTIONS.index(how), how
        has_typed = any(ACTIONS[int(k)] == "type" for k in f.hist_kind)
        top = int(np.argmax(out["ptr"][i][:len(f.cand_box)])) if len(f.cand_box) else 0  # the network's target
        if not len(f.hist_kind) and _TOMORROWS_ROWS.search(told) and (who := day_filter(f, told)) is not None:
            # the list's day, before any link the story's words name: "The river's come up … cancel tomorrow's
            # trips on that stretch"
            return Prediction(Type(text=who[1], into=_point(f, who[0], np.zeros(2)), clear=True), float(probs[a]),
                              who[0])
        if not len(f.hist_kind) and ((q := numbered_row(f, told)) is not None
                                     or (q := story_row(f, told)) is not None
                                     or (q := doing_link(f, told)) is not None
                                     or (q := named_card(f, instruction, told)) is not None
                                     or (q := code_section(f, instruction)) is not None
                                     or (q := column_section(f, instruction)) is not None
                                     or (q := bin_link(f, instruction)) is not None
                                     or (q := loan_section(f, told)) is not None
                                     or (q := scene_link(f, instruction)) is not None
                                     or (q := titled_member(f, told)) is not None
                                     or (q := settings_link(f, instruction)) is not None
                                     or (q := policy_link(f, told)) is not None
                                     or (q := party_section(f, told)) is not None
                                     or (q := verb_section(f, instruction)) is not None
                                     or (q := owned_section(f, instruction)) is not None
                                     or (q := place_link(f, instruction)) is not None
                                     or (q := noun_section(f, instruction)) is not None
                                     or (q := thing_section(f, instruction)) is not None
                                     or (q := subject_section(f, told)) is not None
                                     or (q := picked_row(f, told)) is not None
                                     or (q := logged_button(f, told)) is not None
                                     or (q := marked_person(f, instruction)) is not None
                                     or (q := hint_link(f, instruction)) is not None
                                     or (q := story_card(f, told, kind, top)) is not None):
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)  # "In Settings, …"
        if (who := (day_filter(f, told) if not len(f.hist_kind) else None) or person_filter(f, told)
                or column_filter(f, told)) is not None:
            # "Rachel's on a training course on Friday afternoon. Can you move her Friday afternoon patients …" on
            # today's diary: its day, Friday's date; then "Clinician [Everyone]" to "Rachel"
            return Prediction(Type(text=who[1], into=_point(f, who[0], np.zeros(2)), clear=True), float(probs[a]),
                              who[0])
        if len(f.cand_box) and ((q := story_button(f, told, instruction)) is not None
                                or (q := group_box(f, told)) is not None or (q := owner_box(f, told)) is not None
                                or (q := dated_ticks(f, told)) is not None or (q := state_ticks(f, told)) is not None
                                or (q := part_of_day_ticks(f, told)) is not None
                                or (q := bulk_ticks(f, told)) is not None
                                or (q := bulk_action(f, told)) is not None
                                or (q := bulk_confirm(f, told)) is not None
                                or (q := numbered_row(f, told)) is not None
                                or (q := next_story_row(f, told)) is not None
                                or (q := left_out_row(f, told)) is not None
                                or (nav_opened(f) or searched_first(f)) and (
                (q := story_row(f, told)) is not None or (q := story_card(f, told, kind, top)) is not None
                or (q := logged_button(f, told)) is not None)):  # a list
            # seen first shows the story's thing: "… St Mary's Primary … their overdue invoice … record it": the
            # OVERDUE one's "Record payment"; "Meadowbank Care Home's contract …" on Contracts: its row's "⋮"
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)
        if len(f.hist_kind) and (given := assign_list(f, instruction)) is not None:  # "DRIVER [Unassigned ▾]"
            return Prediction(Type(text=given[1], into=_point(f, given[0], np.zeros(2)), clear=True),
                              float(probs[a]), given[0])
        if len(f.hist_kind) == 1 and (q := named_card(f, instruction)) is not None:  # the card's panel: "Return
            # to store"
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)
        if (q := menu_entry(f, instruction, told, kind, top)) is not None \
                or (q := record_menu(f, told)) is not None:  # "… can you check her in?": "Check in"; "… so we
            # can cancel that job" on the job opened: its "⋯"
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)
        if (q := _first(titled_card(f, told), titled_member(f, told))) is not None:  # "Mrs Delaney rang — … her
            # duvet …": Anne Delaney's "T-3302"; "Mr Kowalczyk came in …" on Members: "Stan Kowalczyk"
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)
        if kind != "key" and ((q := rest_person(f, told)) is not None
                              or (q := rest_row_edit(f, told)) is not None
                              or (q := rest_new_button(f, told)) is not None):  # the settings saved and "Interpreters"
            # opened: "Gemma Doyle" for "… And Gemma has passed her legal interpreting qualification …"
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)
        if (found := id_search(f, instruction) or name_search(f, instruction, kind != "type", told)
                or place_search(f, told)) is not None:
            # "… for invoice INV-0038", "Harbor Dental's …": the list's filter
            return Prediction(Type(text=found[1], into=_point(f, found[0], np.zeros(2)), clear=True), float(probs[a]),
                              found[0])
        if not len(f.hist_kind) and kind == "scroll" and day_tab(f, instruction) is None \
                and (q := like_link(f, instruction)) is not None:
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)  # "Delivery preferences"
        # (a click on a word shared, with the names the task speaks of nowhere here, is no better guess: "… on
        # leave" clicked "Drivers on leave")
        if kind in ("scroll", "done", "click") and ((q := day_tab(f, instruction)) is not None
                                                    or (q := received_row(f, instruction)) is not None
                                                    or (q := delivered_commit(f, instruction)) is not None):
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)  # "Sat 15 Jun" first
        if kind != "key" and (way := explore_below(f, instruction)) is not None and priced_field(f, told) is None:
            return Prediction(Scroll(direction=way, amount=5), float(probs[a]), None)  # the section goes on (not
            # past a box the story prices: "seniors go up to £120" is "Senior subs (£)" here)
        if (kind in ("scroll", "done") or kind == "click" and names_things(instruction)) \
                and (q := explore_tab(f, instruction)) is not None:
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)  # "Section Violin II (3)"
        if kind in ("click", "done", "scroll") and len(f.hist_kind) and (q := actions_menu(f, instruction)) is not None:
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)  # "Case actions ▾"
        if kind != "key" and (rated := rate_box(f, told)) is not None:  # "… at £1,180 a head": "Price (£ a head)"
            return Prediction(Type(text=rated[1], into=_point(f, rated[0], np.zeros(2)), clear=True),
                              float(probs[a]), rated[0])
        if kind != "key" and (stocked := stocked_item(f, told)) is not None:  # "started stocking the cyan …"
            return Prediction(Type(text=stocked[1], into=_point(f, stocked[0], np.zeros(2)), clear=True),
                              float(probs[a]), stocked[0])
        if kind != "key" and rate_typed(f, told) and (q := opener_commit(f)) is not None:
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)  # then "Record sale"
        if kind != "type" and told_box(f, told) is None and (q := reason_commit(f, told)) is not None:
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)  # "Cancel session"
        if kind in ("click", "done", "scroll", "type") and not asks_choice(f) \
                and reason_list(f, instruction, False, told) is None and (q := record_tab(f, told)) is not None:
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)  # "Hearings"
        if kind in ("click", "done", "scroll") and (q := card_button(f, instruction)) is not None:
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)  # Hammond's "Take out …"
        if kind in ("click", "done", "scroll") and (q := dated_row(f, instruction)) is not None:
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)  # "Thu 13 Mar": tomorrow
        if (q := widened_search(f, instruction)) is not None:
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)  # "All days"
        if kind in ("click", "type", "done", "scroll") and (q := searched_result(f, instruction)) is not None \
                and (q != top or kind != "click"):  # (no other field of a list is typed into before its row opens)
            if (menu := row_menu(f, instruction)) is not None:
                q = menu  # the row found shows its menu's dots for the verb: acted on there ("Cancel IN-5521, …")
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)  # the record searched for
        if (q := story_new_button(f, told)) is not None:  # "… Please put it in as an enquiry": "+ New enquiry"
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)
        stops = kind in ("scroll", "done") or kind == "click" and stray_click(f, instruction, top,
                                                                             acted(instruction, f.hist_kind))
        if (stops or kind == "click" and (
                names_things(instruction) or not (top < len(f.cand_box) and f.cand_match[top].any()))) \
                and (q := explore_link(f, instruction, stops)) is not None:  # (a stray click stops)
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)  # "PLAYERS", then "TEAMS"
        if kind in ("click", "done", "scroll") and (setting := _setting_in_turn(f, instruction)) is not None:
            # "Filter the contacts to the Lead stage", "change its status to In Review": the field opened, then
            # the option reading the value
            q = setting.target
            if clicked_in(f, q):  # its list: under a dropdown, else the nearest text reading the value
                q = opened_option(f, instruction, len(f.cand_text)) if f.cand_kind[q] == KINDS["input"] else None
                q = setting_option(f, setting, acted_at(f)) if q in (None, len(f.cand_text)) else q
            if q is not None:
                return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)
        if kind in ("done", "click", "scroll") and (q := count_step(f, instruction)) is not None:
            if q < 0:  # "Add 2 Hass avocados": its card shows "− 2 +"
                return Prediction(Done(), float(probs[a]), None)
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)  # "− 1 +" of 2 asked
        if (asked := confirm_typing(f, instruction)) is not None:  # "Type db-nightly-2025-02-22 to confirm"
            return Prediction(Type(text=asked[1], into=_point(f, asked[0], np.zeros(2)), clear=True), float(probs[a]),
                              asked[0])
        if (renamed := rename_field(f, instruction) or put_choice(f, instruction)
                or counted_field(f, instruction) or delivered_count(f, instruction)
                or (told_field(f, instruction, told != instruction) if kind == "done"
                    or kind == "type" and told != instruction else None)) is not None:
            # "Rename … to 'Garage battery'": its dialog; "a new mobile number: 07700 900412": Mobile
            text = instruction[renamed[1][0]:renamed[1][1]]
            return Prediction(Type(text=text, into=_point(f, renamed[0], np.zeros(2)), clear=True), float(probs[a]),
                              renamed[0])
        if not settings_page(f) and (counted := counted_field(f, told, True)) is not None:  # "… didn't finish until
            # twenty to five, and he's claiming 46 miles. Can you close that one off …": "Mileage claimed (miles)"
            return Prediction(Type(text=told[counted[1][0]:counted[1][1]], into=_point(f, counted[0], np.zeros(2)),
                                   clear=True), float(probs[a]), counted[0])
        if (put := sibling_value(f, instruction) or kind_named(f, told) or policy_number(f, told)
                or priced_field(f, told) or added_thing(f, told)) is not None:
            # "move it into Screen 2": the Screen list; "Fernlea House care home": "e.g. name of care home or
            # ward"; "cap everyone at 6 items a day": "Maximum items per reader per day"
            return Prediction(Type(text=put[1], into=_point(f, put[0], np.zeros(2)), clear=True), float(probs[a]),
                              put[0])
        if len(f.hist_kind) and kind != "key" and (hours := opening_hours(f, told)) is not None:  # "… opening on
            # Mondays again, ten till four": Monday's "Closed" unticked, then 10:00 and 16:00
            if hours[1] is None:
                return Prediction(Click(target=_point(f, hours[0], np.zeros(2))), float(probs[a]), hours[0])
            return Prediction(Type(text=hours[1], into=_point(f, hours[0], np.zeros(2)), clear=True),
                              float(probs[a]), hours[0])
        if len(f.hist_kind) and kind != "key" and ((q := setting_box(f, instruction)) is not None
                                                   or (q := listed_box(f, told)) is not None
                                                   or (q := replaced_box(f, told)) is not None
                                                   or (q := set_option(f, instruction)) is not None):
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)  # a box said otherwise,
            # then "14" over "days" (the save button follows the option)
        if (moved := shifted_date(f, told) or from_to_value(f, told) or instead_value(f, told)
                or measured_field(f, told) or paid_way(f, told)
                or yesterday_date(f, told) or moved_address(f, told) or weekday_date(f, told) or told_time(f, told)
                or shown_instead(f, told) or changes_to(f, told) or counted_instead(f, told) or spent_hours(f, told)
                or unit_of_choice(f, told) or contact_field(f, told)
                or stated_number(f, told) or owner_choice(f, told) or table_value(f, told) or row_moved(f, told)
                or told_value(f, told) or slot_change(f, told)
                or counted_choice(f, told) or colon_text(f, told)
                or billing_email(f, told)
                or (worded_date(f, instruction) if told_radio(f, instruction) is None else None)) is not None:
            # "extend … by two more days": 2024-09-21; "45 days ahead instead of 30": "45 days" into the list
            # showing "30 days"; "change the card message to: …": the text whole; "on leave until 30 June":
            # 2025-06-30 ("On leave until"), once its option is chosen ("On leave": the field may wait for it)
            return Prediction(Type(text=moved[1], into=_point(f, moved[0], np.zeros(2)), clear=True),
                              float(probs[a]), moved[0])
        if kind != "key" and ((q := shifted_commit(f, told)) is not None
                              or (q := slot_commit(f, told)) is not None
                              or (q := told_commit(f, told)) is not None
                              or (kind == "done" or kind == "type" and sum(
                                  ACTIONS[int(k)] == "type" for k in f.hist_kind) >= 2
                                  or not np.isfinite(out["act"][i][ACTIONS.index("type")])
                                  or kind == "click" and len(f.hist_kind) and ACTIONS[int(f.hist_kind[-1])] == "scroll")
                              and (q := settings_saved(f, told)) is not None and story_tab(f, told) is None
                              and told_box(f, told) is None):
            # "Confirm extension" once the new return date is in; a settings page's "Save settings" once its values
            # are in, where the network would stop or type a value again (or click on, right after scrolling down to
            # it; or its typing was refused: nothing
            # fits, or "his hourly rate up to £110" into "Consultation deposit (£)"); not before a tab or a box the
            # story tells ("Fees & rules", "☐ Permit must be approved before fixing")
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)
        if kind in ("done", "scroll") and (q := address_tab(f, told)) is not None \
                or kind in ("done", "scroll", "click") and (q := story_tab(f, told)) is not None:
            # "Details", for "he's moved house, to …"; "Medical & emergency" for "… onto his medical notes"
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)
        if (kind == "done" or kind == "type" and sum(ACTIONS[int(k)] == "type" for k in f.hist_kind) >= 2) \
                and save_below(f, told):  # "Save settings" under the fold (where the network would stop, or
            # type on: "work" of "legal and police work to £58 an hour")
            return Prediction(Scroll(direction="down", amount=5), float(probs[a]), None)
        if add_above(f, told):  # "… add it to the fleet": "Fleet" opened scrolled down, its "+ Add boat" on top
            return Prediction(Scroll(direction="up", amount=10), float(probs[a]), None)
        if kind in ("done", "scroll", "click") and next_row_below(f, told):  # "… so cancel that job": the boom
            # cover's row under the fold, once the mainsail's was done
            return Prediction(Scroll(direction="down", amount=5), float(probs[a]), None)
        if kind in ("done", "click", "scroll") and (q := owned_card_edit(f, told)) is not None:
            # "… in Gethin's gang", on Gangs: the "Edit gang…" of the card led by Gethin Lewis
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)
        if kind == "done" and (q := rest_elsewhere(f, told)) is not None:  # the settings saved: "… in Gethin's
            # gang" goes on to "Gangs"
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)
        if (priced := named_sum(f, told) or money_field(f, instruction)) is not None:
            # "… cut their request down to £7,500": 7500; "left £20 as a tip": the "Tip (£)" box
            return Prediction(Type(text=priced[1], into=_point(f, priced[0], np.zeros(2)), clear=True),
                              float(probs[a]), priced[0])
        if len(f.hist_kind) and reason_asked(f) and (
                (q := said_radio(f, instruction)) is not None and asks_choice(f)
                or (q := reason_list(f, instruction, asks_choice(f), told)) is not None):
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)  # a dialog's "○ Failed",
            # then its "Reason" list, opened and chosen from, before a note
        if (q := _first(except_box(f, told), worded_radio(f, told), moved_radio(f, told), part_radio(f, told))) \
                is not None:
            # "He did all of them except Biscuit": "☑ Biscuit" unticked; "they only pay for the nights he's actually
            # stayed": "○ Nights stayed only (6)"; "move up from the six-bottle club to the twelve": "○ Twelve-…"
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)
        noted = note_field(f, told) if kind in ("done", "click") else labelled_note(f, told) if kind == "type" else None
        if noted is not None:  # "Rectification / action taken" of "SQ-0419 is fixed: the COM1 radio was reseated
            # and tested OK. Please close it off."
            return Prediction(Type(text=noted[1], into=_point(f, noted[0], np.zeros(2)), clear=True),
                              float(probs[a]), noted[0])
        if kind in ("done", "click") and said_radio(f, instruction) is None and told_box(f, told) is None \
                and (q := noted_commit(f, told)) is not None:  # (its box the story ticks first: "Cancel 2 upcoming
            # outings booked in Hammond")
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)  # "Close squawk"
        if kind != "type" and (q := reason_list(f, instruction, kind in ("done", "click"), told)) is not None:
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)  # "Select a reason…"
        if kind in ("scroll", "done") and ((q := prompt_list(f)) is not None or (q := picked_commit(f)) is not None):
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)  # "Condition [— choose —]",
            # then "Save collection" once "Good" was picked
        if kind != "key" and ((q := added_tick(f, told)) is not None or (q := added_list(f, told)) is not None):
            # "OK to use indoors" ("… it's fine to go indoors"), "Type [— choose —]" opened, the new thing's values
            # typed, before its dialog is sent
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)
        if kind in ("done", "click", "scroll") and ((q := named_box(f, told)) is not None
                                                    or (q := told_box(f, told)) is not None
                                                    or (q := policy_switch(f, told)) is not None
                                                    or (q := setting_box(f, instruction)) is not None
                                                    or len(f.hist_kind) and (q := set_option(f, instruction))
                                                    is not None
                                                    or (kind == "done" or kind == "click" and len(f.hist_kind)
                                                        and ACTIONS[int(f.hist_kind[-1])] == "type")
                                                    and (q := opener_commit(f)) is not None):
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)  # "Patient transport
            # booked", told as a fact; the dialog's own button once its values are typed, where the network would
            # stop or click past it
        if kind in ("scroll", "done") and (q := ticked_commit(f)) is not None:  # "Save return" once the box the
            # story tells ("… the Pirate Ship's got a split seam") is ticked
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)
        if kind == "type" and thing_added(f, told) and (q := opener_commit(f)) is not None:  # "Add packaging" once
            # its name, size and price are in
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)
        if kind == "type" and (q := told_box(f, told)) is not None:  # the story's facts typed, its box left: "His
            # loyalty card is full" ticks "Redeem full loyalty card …" (not the story typed somewhere)
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)
        if typed_to_confirm(f) and (q := confirm_button(f, instruction)) is not None:
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)  # "Delete snapshot"
        if kind in ("click", "scroll") and (q := asked_answer(f, instruction)) is not None:
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)  # "Remove meal?"
        if icon_asked(f, instruction) and (q := confirm_button(f, instruction)) is not None:
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)  # "Cancel booking?"
        if kind in ("done", "scroll", "click") and len(f.hist_kind) \
                and (q := edit_unmade(f, told)) is not None:  # "Edit details" (not a click on his record's badge)
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)
        if kind == "done" and ((q := option_saved(f, instruction)) is not None
                               or (q := unsaved_button(f)) is not None and not clicked_in(f, q)
                               or (q := box_unsaved(f, instruction)) is not None):
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)  # "unsaved changes"
        if switch_flipped(f, instruction) or default_made(f, instruction) or box_ticked(f, instruction) \
                or row_done(f, instruction) \
                or restored(f, instruction) or clause_count(instruction) == 1 and (
                    (q := card_control(f, instruction)) is not None and clicked_in(f, q)
                    and confirm_button(f, instruction) is None):
            return Prediction(Done(), float(probs[a]), None)  # staging-api-02's Backups switch was clicked
        if icon_kept(f, instruction) and confirm_button(f, instruction) is None:
            return Prediction(Done(), float(probs[a]), None)  # the room's star was clicked: it is a favourite
        if icon_undone(f, instruction) and confirm_button(f, instruction) is None:
            return Prediction(Done(), float(probs[a]), None)  # the parking expense is gone: nothing more to press
        if kind in ("done", "scroll", "click") and ((q := given_entry(f, instruction)) is not None
                                                    or (q := choice_given(f, instruction)) is not None):
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)  # the dialog's "Assign"
        if kind != "done" and (q := at_least_option(f, instruction)) is not None:
            if q < 0:
                return Prediction(Done(), float(probs[a]), None)
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)  # "3 or more": "3+"
        if kind == "type" and (q := row_icon(f, instruction, editing=True)) is not None:
            # "Change the return date of my booking RD-5190 to …": its pencil first (the page's own booking form
            # has a return date field too)
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)
        if kind in ("scroll", "done", "click", "type") and ((q := default_button(f, instruction)) is not None
                                                             or (q := restore_button(f, instruction)) is not None
                                                             or (q := day_tab(f, instruction)) is not None
                                                             or (q := reason_choice(f, instruction)) is not None
                                                             or (q := tick_box(f, instruction)) is not None
                                                             or (q := told_radio(f, instruction)) is not None
                                                             or (q := said_radio(f, instruction)) is not None
                                                             or (q := to_box(f, told)) is not None
                                                             or (q := sale_box(f, told)) is not None
                                                             or (q := chosen_commit(f, instruction)) is not None
                                                             or (q := grid_cell(f, instruction)) is not None):
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)  # "Set as default"
        if kind in ("done", "click") and ((q := ack_box(f)) is not None or (q := clause_box(f, told)) is not None):
            # "… this cannot be undone" ticked before its dialog's button; "… and cancel the appointment …": "Also
            # cancel upcoming appointments"
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)
        if kind in ("scroll", "done", "click") and menu_cut(f, instruction):
            return Prediction(Scroll(direction="down", amount=3), float(probs[a]), None)  # the menu's foot
        if kind in ("scroll", "done", "click") and confirm_button(f, instruction) is None and (
                (q := row_act(f, instruction)) is not None
                or (q := column_switch(f, instruction, kind == "done")) is not None
                or (q := row_icon(f, instruction)) is not None
                or clause_count(instruction) == 1 and (q := card_control(f, instruction)) is not None
                and not clicked_in(f, q, ever=True)
                or (q := swap_button(f, instruction)) is not None or (q := row_menu(f, instruction)) is not None
                or (q := edit_button(f, instruction)) is not None or (q := edit_dialog(f, instruction)) is not None
                or (q := named_edit(f, instruction)) is not None or (q := opened_row(f, instruction)) is not None
                or (q := right_switch(f, instruction)) is not None or (q := state_box(f, instruction)) is not None
                or (q := numbered_tile(f, instruction)) is not None
                or (q := details_button(f, instruction)) is not None or (q := about_row(f, instruction)) is not None
                or (q := opened_thing(f, instruction)) is not None):
            # (not behind a dialog that asks: "Reject time-off request" names the row its button stands on)
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)  # "Approve Kenji's …"
        if len(f.hist_kind) <= 1 \
                and (kind in ("scroll", "done") or kind in ("type", "click") and not any(
                q is not None for _, q in labelled_pairs(f, instruction))) and \
                (q := new_button(f, instruction, len(f.cand_text), 0, False)) < len(f.cand_text) and q != top \
                and (not len(f.hist_kind) or section_opened(f, strict=True)):
            # (typing or clicking first only where a field for the new thing's values is shown: "Add a new card
            # called …" typed its name into the board's search)
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)  # "Create a new bug …"
        if kind != "type" and search_pending(f, instruction, acted(instruction, f.hist_kind), has_typed):
            a, kind = ACTIONS.index("type"), "type"  # "Search your mail for invoice": the search box first
        elif kind != "key" and (search_typed(f, instruction, [ACTIONS[int(k)] for k in f.hist_kind],
                                             acted(instruction, f.hist_kind)) or item_typed(f, instruction, kind, top)):
            # the search typed is sent, whatever the network chose (it typed again, or clicked a product before
            # any result was shown: "Search for oat milk and add the Oatly Barista Edition")
            return Prediction(Key(keys=["Enter"]), float(probs[a]), None)
        if kind != "key" and (q := suggestion(f, instruction)) is not None:
            return Prediction(Click(target=_point(f, q, np.zeros(2))), float(probs[a]), q)  # "Oslo (OSL) · Norway"
        typing = kind == "type"  # the network's own choice, before the form rules
        form = next_step(f, instruction) if kind in ("done", "key", "click", "type", "scroll") else None
        if form is not None and form.action == "type" and mispriced(f, told, form.index,
                                                                    instruction[form.span[0]:form.span[1]]):
            form = None  # "his hourly rate up to £110" is no payment's amount for "Consultation deposit (£)"
        if form is None and kind in ("done", "key", "click", "type", "scroll"):
            # a list of values with their fields ("Grace as the first name, Hopper as the last name …"): one
            # still to type is typed before the form is sent or left
            listed = unfilled_pair(f, instruction) or row_number(f, instruction)
            form = FormStep("type", listed[0], "listed", listed[1]) if listed is not None else None
        option, dig = None, False
        if kind == "done" and form is None:
            # a list the last click opened shows the option the task names: "Set Address to Premium" opened the
            # Address list and stopped there
            q = opened_option(f, instruction, len(f.cand_text), unnamed=True)
            if q != len(f.cand_text):
                option, a, kind = q, ACTIONS.index("click"), "click"
            elif opened_unset(f, instruction):  # its option is further down the list
                a, kind = ACTIONS.index("scroll"), "scroll"
                dig = True
        button = None
        if form is not None and form.action == "click":  # an account option or a consent box, where it stands
            a, kind = ACTIONS.index("click"), "click"
        elif form is None and (kind == "done" or held) and (button := _first(send_button(f, instruction),
                                                                   confirm_button(f, instruction),
                                                                   commit_button(f, instruction),
                                                                   made_button(f, instruction),
                                                                   edited_button(f, instruction),
                                                                   unsaved_form(f, instruction))) is not None:
            # a filled payment or booking form is sent before the task is done; a page asking "Are you sure?"
            # after the task's click is answered; a picker's box ticked for "Attach X" is added with its button
            a, kind = ACTIONS.index("click"), "click"
        elif form is not None and kind != "type":
            # a payment form with a field on screen still empty is not sent, nor left: a key (Enter sends), "done",
            # a scroll or a click (the send button, a link away) types into that field; a box or a radio stands
            j = int(np.argmax(out["ptr"][i][:len(f.cand_box)])) if kind == "click" else None
            if j is None or f.cand_kind[j] != KINDS["component"]:
                a, kind = ACTIONS.index("type"), "type"
        conf = float(probs[a])
        nc, mc = len(f.cand_box), int(out["_cand_pad"])
        cols = np.array(list(range(nc)) + list(range(mc, mc + len(f.patch_box))), np.int64)

        # a target not in view (cut by the bottom edge, named but not shown) is scrolled to first
        scroll_down = Prediction(Scroll(direction="down", amount=AMOUNTS[int(np.argmax(out["amount"][i]))]), conf,
                                 None)

        def pick(name: str, off_name: str) -> tuple[int, Point]:
            scores = out[name][i][cols]
            j = int(np.argmax(scores))
            return j, _point(f, j, out[off_name][i][cols[j]])

        if kind in ("click", "type") and form is None and button is None and saved_last(f):
            return Prediction(Done(), conf, None)  # the last of the story saved ("Hereford City Cemetery saved"),
            # nothing a rule would do next: no stray click on the list the dialog closed over
        if kind in ("click", "type") and form is None and option is None and button is None and \
                group_off_screen(f, instruction, acted(instruction, f.hist_kind)):
            return scroll_down  # "pick the Lyon option for Privacy", neither Privacy nor Lyon on screen
        if kind == "click" and form is None and button is None:  # a click on the field a clause types into ("… into
            # Company"); not on a button a rule chose
            j0 = int(np.argmax(out["ptr"][i][cols]))
            if value_for_click(f, instruction, j0) is None and named_for_typing(f, instruction, j0):
                kind = "type"
        if kind in ("click", "double_click", "right_click"):
            if form is not None and form.action == "click":
                return Prediction(Click(target=_point(f, form.index, np.zeros(2))), conf, form.index)
            if option is not None:
                return Prediction(Click(target=_point(f, option, np.zeros(2))), conf, option)
            j, p = pick("ptr", "ptr_off")
            done = acted(instruction, f.hist_kind)
            given = value_for_click(f, instruction, j) if kind == "click" and form is None and button is None \
                else None  # (a dialog's "Void invoice" drawn as a box, the button to press: no field to fill)
            if given is None and kind == "click" and form is None and not has_typed and item_field(f, j):
                given = added_item(instruction, done)  # "Add read toaster to the list" clicked its field
            if given is not None and (q := settings_saved(f, told)) is not None:  # a standing change all in: its
                return Prediction(Click(target=_point(f, q, np.zeros(2))), conf, q)  # save, no stray word typed
            if given is not None and not mispriced(f, told, j, text := shown_as(instruction[given[0]:given[1]],
                                                                                 f.cand_text[j])):
                return Prediction(Type(text=text, into=p, clear=True), conf, j)  # a click on an empty field the task
                # gives a value: "… with password glacier" (not a word into a priced box: "mattress")
            q = longer_name(f, instruction, j, out["ptr"][i][:nc])
            q = file_label(f, instruction, q, done)  # "open Quiet slides.pptx": its label, though wrapped
            if kind == "click" and button is None:
                q = ordinal_target(f, instruction, q, out["ptr"][i][:nc], done)  # "the third tab", "… under Team"
                if q == -1:
                    return scroll_down
                q = click_in_turn(f, instruction, q, done)  # "Mark A, B and C, then OK"
                q = new_button(f, instruction, q, done, has_typed)  # "Write a new email …": Compose first
                q = labelled_widget(f, instruction, q)  # "select Nordic as the Distance": its radio, not its label
                q = opened_label(f, instruction, q, done)  # "open the one from Lumen Billing": its text, not its box
                q = section_link(f, instruction, q, done)  # "Open the Desserts category": the menu, not a badge
                if not not_done_yet(instruction, acted(instruction, f.hist_kind) + 1):
                    q = save_button(f, instruction, q, out["ptr"][i][:nc])  # the last clause: "… and save"
                q = opened_option(f, instruction, q)
                q = row_named(f, instruction, row_button(f, instruction, verb_button(f, instruction, q, done)))
                q = id_named(f, instruction, q, done) if q is not None else None  # "#4821", not "#4823"
                q = sort_control(f, instruction, q, done) if q is not None else None  # "Sort by Recommended"
                q = marked_icon(f, instruction, q, done) if q is not None else None  # "Star the contact …": ☆
                # "Show only non-stop flights": the filter, not a result's tag
                q = filter_widget(f, instruction, q) if q is not None else None
                q = card_twin(f, instruction, q) if q is not None else None  # the kitchen's "All off"
                if q == j:  # the network's own click, no rule's: "… sort by Fastest" clicked the site's tabs
                    if (named := named_text(f, instruction, q, done)) != q:  # the thing named: its verb's button
                        named = verb_button(f, instruction, named, done)  # ("Add 2 Hass avocados": its + Add)
                    q = icon_named(f, instruction, named, done)
                    q = menu_title(f, instruction, q, done)  # "Open the View menu": "File Edit View Help"
                if q is None or stray_click(f, instruction, q, done):
                    # the row the task describes was done (its button is gone); or the one click asked for was
                    # made and the next would go to something the task never names (unless it opened a list
                    # whose option is further down); a filled form is sent first (its dialog's "Issue ticket")
                    if (sent := send_button(f, instruction)) is not None:
                        return Prediction(Click(target=_point(f, sent, np.zeros(2))), conf, sent)
                    return scroll_down if opened_unset(f, instruction) else Prediction(Done(), conf, None)
                if form is None and not sends(f.cand_text[q] if q < nc else ""):
                    button = send_button(f, instruction)  # a filled payment form is sent by its own button
            q = q if button is None else button
            if q != j:
                j, p = q, _point(f, q, out["ptr_off"][i][q])
            if (j < nc and cut_off(f, j)) or (kind == "click" and named_off_screen(f, instruction, done)
                                              and not MAKES.match(instruction)):
                # half hidden under the screen's bottom edge, or not on screen at all: brought into view first
                # (not a thing the task makes: "Create a new bug called …" names what is not there yet)
                return scroll_down
            if kind == "click" and opens_file(instruction, done):
                kind = "double_click"
            cls = {"click": Click, "double_click": DoubleClick, "right_click": RightClick}[kind]
            return Prediction(cls(target=p), conf, j)
        if kind == "type":
            j, p = pick("ptr", "ptr_off")
            t = len(f.ins_off)
            pieces = [told[int(a):int(b)] for a, b in f.ins_off]  # (the word pieces are the words told)
            s, e = _span(out["span_start"][i][:t], out["span_end"][i][:t], pieces,
                         breaks=clause_breaks(told, f.ins_off, field_words(f)))
            a, b = (int(f.ins_off[s][0]), int(f.ins_off[e][1])) if t else (0, 0)
            if told != instruction:  # a story read as its command: the span's words, found in the command (a
                # story's piece the command leaves out is nothing to type: "Tom Hartley's groom to" was typed
                # from the command's characters at the story's offsets)
                at = instruction.find(told[a:b]) if b > a else -1
                a, b = (at, at + b - a) if at >= 0 else (0, 0)
            a, b = chosen_option(instruction, *typed_bounds(instruction, a, b))
            if form is None and label_off_screen(f, instruction, a, b):  # "… as the Due date", a field not in view
                return scroll_down
            if form is not None and form.role == "listed" and typing and a < b and not value_typed(f, (a, b)) \
                    and not (a <= form.span[0] and form.span[1] <= b and (a, b) != form.span):
                form = None  # the network types a value not typed yet: its own choice stands (not one that
                # swallows a listed value with more: "Oslo to Rome" of "from Oslo to Rome")
            if form is not None:  # a payment form: its next field and the value of that field's role, unless the
                q, (a, b) = form.index, form.span  # task names the value's field beside it ("In the Office field")
                if _says_field(instruction, a):  # (not a verb: "Transfer 120 dollars" named a Transfer heading)
                    q = field_named(f, instruction, q, a, b)
            else:
                q = field_of_role(f, instruction, j, a, b, out["ptr"][i][:nc])
                # a label beside the value says it outright: "in the Bank name field, type X" typed into the
                # next clause's Delivery note
                q = field_named(f, instruction, q, a, b)
                q = login_field(f, instruction, q, a, b)  # "Sign in as ivan with …": the User name field
                q = search_field(f, instruction, q, a)  # "look up X": the search box
                q = placeholder_field(f, q)  # the field a to-do list draws as its hint alone, not its Create button
            if q != j:
                j, p = q, _point(f, q, out["ptr_off"][i][q])
            q = into_field(f, j, out["ptr"][i][:nc], instruction[a:b])
            if q != j:
                j, p = q, _point(f, q, out["ptr_off"][i][q])
            if (q := named_item(f, instruction, j, (a, b))) is not None:
                return Prediction(Click(target=_point(f, q, np.zeros(2))), conf, q)  # a list's "Dana Whitfield"
            if (code_elsewhere(f, instruction, j, instruction[a:b]) or row_band(f, j)) \
                    and ((q := explore_link(f, instruction)) is not None
                         or row_band(f, j) and (q := person_link(f, instruction)) is not None):
                # "Check in booking FB-58240"; a table's header or row is no field ("Dana Whitfield has a new
                # mobile number" over a preview of refills: the people's section)
                return Prediction(Click(target=_point(f, q, np.zeros(2))), conf, q)
            field = f.cand_text[j] if j is not None and j < len(f.cand_text) else ""
            # "3 August 2025" into YYYY-MM-DD: 2025-08-03; "two people" into "Number of guests": 2
            text = shown_as(instruction[a:b], field)
            if t and (not text.strip() and not _CLEARS.search(instruction) or mispriced(f, told, j, text)) \
                    and np.isfinite(out["act"][i][ACTIONS.index("type")]):
                # nothing of the task's words to type (all typed, or none fits): typing nothing changes
                # nothing, again and again; the network's next choice of action instead (so too a price told
                # of one thing into another's box: "his hourly rate up to £110" into "Consultation deposit (£)")
                masked = dict(out, act=out["act"].copy())
                masked["act"][i, ACTIONS.index("type")] = -np.inf
                return EmbeddedModel._decode(self, masked, i, f, told)  # (unbound: tests decode with a stand-in self)
            # "change my name to X" means the field ends up holding X: replace what it shows, as the
            # generator's ground truth does (an empty field is unchanged by the clearing)
            return Prediction(Type(text=text, into=p, clear=True), conf, j)
        if kind == "drag":
            j, p = pick("ptr", "ptr_off")
            _, q = pick("end", "end_off")
            s = slider_label(f, instruction, j)  # the slider the task names, by its label
            if s == -1:  # not on screen: further down
                return scroll_down
            if s != j:
                j, p = s, _point(f, s, np.zeros(2))
            return Prediction(Drag(start=p, end=q), conf, j)
        if kind == "key":
            keys = self.cfg.keys[int(np.argmax(out["key"][i]))]
            return Prediction(Key(keys=keys.split("+")), conf, None)
        if dig:
            return scroll_down
        if kind == "scroll":
            q = named_in_view(f, instruction, acted(instruction, f.hist_kind)) if form is None else None
            if q is not None and not cut_off(f, q):  # "Go to returns" with the link in view: no scrolling past it
                return Prediction(Click(target=_point(f, q, np.zeros(2))), conf, q)
            return Prediction(Scroll(direction=DIRECTIONS[int(np.argmax(out["dir"][i]))],
                                     amount=AMOUNTS[int(np.argmax(out["amount"][i]))]), conf, None)
        return Prediction(Done(), conf, None)
