"""Observation -> the embedded model's inputs (numpy), and a sample's ground truth -> training labels.

One function builds the inputs for training and for a live run, so the model sees the same things in both.
Tokens: the task's word pieces; candidates (OCR text boxes, input fields, OpenCV components), each with a
text vector, a box and a 16x16 crop; the tiles as NVLM-style tag tokens (``<tile_k>``, the global
thumbnail) each followed by a few pooled patch tokens, the resolution router giving near-empty tiles one
token instead of four; and the recent actions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np

from tilepilot.actions.schema import Action, Point, parse_action
from tilepilot.model.data.components import TICKS, Box, inside_fraction
from tilepilot.model.data.sample import Candidate, Sample
from tilepilot.model.embedded.layout import is_list_marker, ordinal_match, positions
from tilepilot.model.embedded.text import TextEncoder, match_scores, word_spans, words
from tilepilot.perception.router import route
from tilepilot.perception.tiling import tile_frame, tile_images

ACTIONS = ["click", "double_click", "right_click", "type", "key", "scroll", "drag", "done"]
KINDS = {"text": 0, "input": 1, "component": 2}
DIRECTIONS = ["up", "down", "left", "right"]
AMOUNTS = [1, 2, 3, 5, 10]
MAX_TILES = 6
FULL_PATCHES, THUMB_PATCHES = 2, 2  # per side: 4 tokens for a tile with content or the thumbnail
CROP = 16
PATCH_PIX = 8
PATCH_DIM = PATCH_PIX * PATCH_PIX + 6
MAX_HISTORY = 6
MAX_CANDIDATES = 300
STATE_DIM = 8


@dataclass
class Features:
    frame_size: tuple[int, int]
    scale: float
    ins_emb: np.ndarray  # (T, 384) task word-piece vectors
    ins_off: np.ndarray  # (T, 2) their characters in the task
    cand_kind: np.ndarray  # (N,)
    cand_box: np.ndarray  # (N, 4) frame pixels
    cand_emb: np.ndarray  # (N, 384); zeros for boxes without text
    cand_crop: np.ndarray  # (N, 16, 16) uint8 grey
    cand_match: np.ndarray  # (N, T) lexical match with each task token
    cand_phrase: np.ndarray  # (N, 2) the text found in the task as a whole phrase; its length in words
    cand_ord: np.ndarray  # (N, T, 2) task word piece t is an ordinal and candidate n is at that place in a row, column
    cand_state: np.ndarray  # (N, STATE_DIM) acted on before, and its colours (a selected row, a ticked box): _state
    cand_text: list[str]
    tag_id: np.ndarray  # (G,) 0..MAX_TILES-1 grid tiles, MAX_TILES = the global thumbnail
    tag_box: np.ndarray  # (G, 4)
    patch_tag: np.ndarray  # (P,) which tag token the patch belongs to (index into tags)
    patch_box: np.ndarray  # (P, 4)
    patch_pix: np.ndarray  # (P, PATCH_DIM)
    hist_kind: np.ndarray  # (H,)
    hist_box: np.ndarray  # (H, 4); zeros when the action had no point
    hist_emb: np.ndarray  # (H, 384)
    hist_match: np.ndarray  # (H, T)
    hist_age: np.ndarray  # (H,) 1 = the previous action
    tokens_router: tuple[int, int] = (0, 0)  # patch tokens with and without the router


@dataclass
class Labels:
    act: int
    ptr: np.ndarray  # (N + P,) bool: pointer positives over candidates then patches
    ptr_off: np.ndarray  # (N + P, 2) the exact point relative to each token's box (half sizes)
    span: tuple[int, int]  # task tokens [start, end] inclusive, (-1, -1) when nothing is typed
    key: str  # "+".join(keys), "" when not a key action
    direction: int  # -1 unless scroll
    amount: int  # index into AMOUNTS, -1 unless scroll
    end: np.ndarray  # (N + P,) bool: drag end positives
    end_off: np.ndarray  # (N + P, 2)


def _word_index(instruction: str, offsets: np.ndarray) -> tuple[list[str], np.ndarray]:
    """The task's words and, for each word piece, the word it belongs to (-1 for punctuation)."""
    spans = word_spans(instruction)
    idx = np.full(len(offsets), -1, np.int64)
    for t, (a, _b) in enumerate(offsets):
        for k, (s, e, _w) in enumerate(spans):
            if s <= a < e:
                idx[t] = k
                break
    return [w for _, _, w in spans], idx


def _match(task_words: list[str], tok_word: np.ndarray, text: str) -> tuple[np.ndarray, list[float]]:
    """Per task word piece: how strongly ``text`` appears there; and [whole phrase found, words / 5]."""
    per_word, whole = match_scores(task_words, text)
    out = np.zeros(len(tok_word), np.float32)
    ok = tok_word >= 0
    out[ok] = per_word[tok_word[ok]]
    return out, [float(whole), min(len(words(text)), 10) / 5]


def _state(image: np.ndarray, boxes: np.ndarray, history: list[Action], scale: float) -> np.ndarray:
    """(N, STATE_DIM) what a candidate's own pixels and the history say about its state: whether an earlier
    action pointed into it (any earlier one; the last one), and the mean and spread of its colours.

    The crop network sees contrast-normalised grey, which keeps a box's shape but loses that it is highlighted
    (a selected list item, a ticked checkbox in the accent colour); and which items a multi-item task has done
    was left to the model to work out from the history tokens' points: choosing the next item of "select A, B
    and C" and saying done after the last were held-out error classes."""
    out = np.zeros((len(boxes), STATE_DIM), np.float32)
    pts = [(k, p) for k, a in enumerate(reversed(history)) if (p := action_point(a)) is not None]
    pad = 2 * scale
    h, w = image.shape[:2]
    for i, (x0, y0, x1, y1) in enumerate(boxes):
        for age, p in pts:
            if x0 - pad <= p.x <= x1 + pad and y0 - pad <= p.y <= y1 + pad:
                out[i, 0] = 1.0
                out[i, 1] = max(out[i, 1], float(age == 0))
        a0, b0 = int(max(0, x0)), int(max(0, y0))
        a1, b1 = int(min(w, max(x1, x0 + 1))), int(min(h, max(y1, y0 + 1)))
        if a1 > a0 and b1 > b0:
            # OpenCV on the uint8 pixels, exact: numpy's float copy of a panel's every pixel took a third of
            # featurize (25 of 69 ms a screen)
            mean, std = cv2.meanStdDev(np.ascontiguousarray(image[b0:b1, a0:a1]))
            out[i, 2:5], out[i, 5:8] = mean[:3, 0] / 255.0, std[:3, 0] / 255.0
    return out


def _crop(grey: np.ndarray, box: Box) -> np.ndarray:
    h, w = grey.shape
    x0, y0 = int(max(0, box[0] - 2)), int(max(0, box[1] - 2))
    x1, y1 = int(min(w, box[2] + 2)), int(min(h, box[3] + 2))
    if x1 <= x0 or y1 <= y0:
        return np.zeros((CROP, CROP), np.uint8)
    return cv2.resize(grey[y0:y1, x0:x1], (CROP, CROP), interpolation=cv2.INTER_AREA)


def _patches(image: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, tuple[int, int]]:
    """Tag tokens and pooled patch tokens of the tiles; near-empty tiles (the router's small side) get one."""
    h, w = image.shape[:2]
    tiles = tile_frame(w, h, max_num=MAX_TILES)
    imgs = tile_images(image, tiles, 448)
    sides = route([im for t, im in zip(tiles, imgs, strict=True) if not t.is_thumbnail])
    tag_id, tag_box, p_tag, p_box, p_pix = [], [], [], [], []
    full = 0
    grid_i = 0
    for g, (t, im) in enumerate(zip(tiles, imgs, strict=True)):
        if t.is_thumbnail:
            n = THUMB_PATCHES
            tag_id.append(MAX_TILES)
        else:
            n = FULL_PATCHES if sides[grid_i] == 448 else 1  # the router: 224 = little content
            tag_id.append(min(t.index - 1, MAX_TILES - 1))
            grid_i += 1
        full += (THUMB_PATCHES if t.is_thumbnail else FULL_PATCHES) ** 2
        tag_box.append(t.box)
        x0, y0, x1, y1 = t.box
        small = cv2.resize(im, (PATCH_PIX * n, PATCH_PIX * n), interpolation=cv2.INTER_AREA).astype(np.float32)
        grey = small @ np.array([0.299, 0.587, 0.114], np.float32)
        for r in range(n):
            for c in range(n):
                sub = small[r * PATCH_PIX:(r + 1) * PATCH_PIX, c * PATCH_PIX:(c + 1) * PATCH_PIX].reshape(-1, 3)
                sg = grey[r * PATCH_PIX:(r + 1) * PATCH_PIX, c * PATCH_PIX:(c + 1) * PATCH_PIX]
                stats = np.concatenate([sub.mean(0), sub.std(0)]) / 255.0
                pix = (sg - sg.mean()) / (sg.std() + 8.0)
                p_pix.append(np.concatenate([pix.ravel(), stats]).astype(np.float32))
                bw, bh = (x1 - x0) / n, (y1 - y0) / n
                p_box.append((x0 + c * bw, y0 + r * bh, x0 + (c + 1) * bw, y0 + (r + 1) * bh))
                p_tag.append(g)
    return (np.array(tag_id, np.int64), np.array(tag_box, np.float32).reshape(-1, 4), np.array(p_tag, np.int64),
            np.array(p_box, np.float32).reshape(-1, 4), np.array(p_pix, np.float32).reshape(-1, PATCH_DIM),
            (len(p_box), full))


def action_point(a: Action) -> Point | None:
    for name in ("target", "into", "start"):
        p = getattr(a, name, None)
        if isinstance(p, Point):
            return p
    return None


def _history_text(a: Action, cands: list[Candidate]) -> str:
    """What an earlier action did, in words: typed text, keys, or the text now under its point."""
    kind = a.action
    if kind == "type":
        return a.text
    if kind == "key":
        return "press " + "+".join(a.keys)
    if kind == "scroll":
        return "scroll " + a.direction
    p = action_point(a)
    if p is None:
        return ""
    best, area = "", float("inf")
    for c in cands:
        if c.text and c.box[0] - 6 <= p.x <= c.box[2] + 6 and c.box[1] - 6 <= p.y <= c.box[3] + 6:
            ar = (c.box[2] - c.box[0]) * (c.box[3] - c.box[1])
            if ar < area:
                best, area = c.text, ar
    return best


def within(a: tuple, b: tuple) -> bool:
    """Most of text box ``a`` lies inside field ``b`` (OCR boxes overhang a field's border by a few px)."""
    return inside_fraction(a, b) > 0.8


def acted_at(f: Features, k: int = -1) -> tuple[float, float]:
    """Where the history's action ``k`` pointed (the centre of its small box; the last action by default)."""
    x0, y0, x1, y1 = (float(v) for v in f.hist_box[k])
    return (x0 + x1) / 2, (y0 + y1) / 2


SWITCH_SIDES = (1.4, 2.8, 12, 36)  # a switch: wider than tall by this much, this tall (CSS px)


def switch_shaped(f: Features, c: int) -> bool:
    """Whether candidate ``c`` has a switch's shape: wider than tall (1.4 to 2.8 times), 12 to 36 CSS px tall."""
    lo, hi, h0, h1 = SWITCH_SIDES
    w, h = float(f.cand_box[c][2] - f.cand_box[c][0]), float(f.cand_box[c][3] - f.cand_box[c][1])
    return h0 * f.scale <= h <= h1 * f.scale and lo <= w / h <= hi


def beside_cancel(f: Features, texts: list[int]) -> list[int]:
    """Of ``texts``, those right beside a "Cancel" (or "Back", "Go back", "No") on its line (60 CSS px at most): a
    dialog's own buttons in its footer ("Cancel  Issue ticket", "Cancel  Complete check-in", "Back  Mark
    complete")."""
    mid = (f.cand_box[:, 1] + f.cand_box[:, 3]) / 2
    cancels = [c for c in texts if words(f.cand_text[c]) in (["cancel"], ["back"], ["go", "back"], ["no"])]
    return [q for q in texts if q not in cancels and any(
        abs(float(mid[q] - mid[c])) <= 8 * f.scale and 0 <= float(f.cand_box[q][0] - f.cand_box[c][2]) <= 60 * f.scale
        for c in cancels)]


def dialog_span(f: Features, texts: list[int]) -> tuple[float, float] | None:
    """The left and right edges of the dialog open over the page: the strip drawn round its footer's "Cancel"
    (a box 200 to 1000 CSS px wide, 120 tall at most); None where no dialog shows one. A box of the page behind
    reaches past them (the veil cuts it at the dialog's edge)."""
    if not beside_cancel(f, texts):
        return None
    cancels = [c for c in texts if words(f.cand_text[c]) == ["cancel"]]
    strips = [(float(f.cand_box[b][0]), float(f.cand_box[b][2])) for b in range(len(f.cand_box))
              if f.cand_kind[b] != KINDS["text"] and 200 * f.scale <= float(f.cand_box[b][2] - f.cand_box[b][0])
              <= 1000 * f.scale and float(f.cand_box[b][3] - f.cand_box[b][1]) <= 120 * f.scale
              and any(f.cand_box[b][0] <= f.cand_box[c][0] and f.cand_box[c][2] <= f.cand_box[b][2]
                      and f.cand_box[b][1] <= f.cand_box[c][1] and f.cand_box[c][3] <= f.cand_box[b][3]
                      for c in cancels)]
    return min(strips, key=lambda s: s[1] - s[0]) if strips else None


def buttoned(f: Features, t: int) -> bool:
    """Whether text ``t`` stands in a button's outline: a box holding its centre, at most three text heights tall
    and 400 CSS px wide (a panel's full-width "Edit show…" too)."""
    x0, y0, x1, y1 = (float(v) for v in f.cand_box[t])
    cx, cy, h = (x0 + x1) / 2, (y0 + y1) / 2, max(y1 - y0, 1.0)
    return any(a <= cx <= c and b <= cy <= d and d - b <= 3 * h and c - a <= 400 * f.scale
               for a, b, c, d in (f.cand_box[q] for q in np.flatnonzero(f.cand_kind == KINDS["input"])))


def texts_inside(f: Features, q: int) -> list[int]:
    """The texts whose centres lie inside candidate ``q`` (a field's placeholder or floating label, a button's
    words), in one pass over the boxes: every entry field of a form asks it, on each typing decision."""
    box = f.cand_box
    centres = (box[:, :2] + box[:, 2:]) / 2
    x0, y0, x1, y1 = box[q]
    hit = (np.asarray(f.cand_kind) == KINDS["text"]) & (centres[:, 0] >= x0) & (centres[:, 0] <= x1) \
        & (centres[:, 1] >= y0) & (centres[:, 1] <= y1)
    return [int(t) for t in np.flatnonzero(hit)]


def on_mark(f: Features, k: int) -> bool:
    """Whether history step ``k`` acted on an option's mark (a box or a round option) now on screen."""
    px, py = acted_at(f, k)
    return any(float(f.cand_box[c][0]) - 4 <= px <= float(f.cand_box[c][2]) + 4
               and float(f.cand_box[c][1]) - 4 <= py <= float(f.cand_box[c][3]) + 4
               for c in np.flatnonzero(f.cand_kind == KINDS["component"]))


def small_box(f: Features, q: int) -> bool:
    """Whether candidate ``q`` is a tick box: 30 CSS px a side at most, a mark found by shape or a box OCR read as
    "0" or "□"."""
    return float(f.cand_box[q][2] - f.cand_box[q][0]) <= 30 * f.scale \
        and float(f.cand_box[q][3] - f.cand_box[q][1]) <= 30 * f.scale \
        and (f.cand_kind[q] == KINDS["component"] or re.fullmatch(r"[0oO□☐▢]", f.cand_text[q].strip()) is not None)


def act_start(f: Features) -> int:
    """The history step a second act on a list's rows starts at: a click at the right quarter of the screen (a
    row's menu dots) that a click follows (its menu's entry), right after a click elsewhere (the first act's
    dialog pressed) that followed a step of its own (a value typed, a box ticked): the story's next thing
    ("… his brogues and the briefcase"), so the first act's typing and pressing at the same places in a
    dialog alike are not taken for this one's; else 0."""
    if (known := getattr(f, "_act_start", None)) is not None:
        return known  # (read once a step: every "clicked ever" asks)

    def x(k: int) -> float:
        return float(f.hist_box[k][0] + f.hist_box[k][2]) / 2

    def own_step(k: int) -> bool:  # a value typed, or a click on an option's mark
        return ACTIONS[int(f.hist_kind[k])] == "type" or ACTIONS[int(f.hist_kind[k])] == "click" and on_mark(f, k)

    clicks = [ACTIONS[int(k)] == "click" and bool(b.any()) for k, b in zip(f.hist_kind, f.hist_box, strict=True)]
    opens = [k for k in range(2, len(clicks) - 1) if clicks[k] and clicks[k + 1] and x(k) > 0.75 * f.frame_size[0]
             and clicks[k - 1] and x(k - 1) <= 0.75 * f.frame_size[0] and own_step(k - 2)]
    f._act_start = opens[-1] if opens else 0
    return f._act_start


def clicked_in(f: Features, j: int, ever: bool = False) -> bool:
    """Whether the last action clicked inside candidate ``j`` (a dropdown opened already); with ``ever``, any
    earlier click or double click did (a row's icon pressed, a filter's box ticked once already)."""
    if j >= len(f.cand_box):
        return False
    x0, y0, x1, y1 = f.cand_box[j]
    n = len(f.hist_kind)
    for k in range(n - 1, act_start(f) - 1 if ever else max(n - 2, -1), -1):  # (ever: in this act)
        if ACTIONS[int(f.hist_kind[k])] in (("click", "double_click") if ever else ("click",)):
            hx, hy = acted_at(f, k)
            if x0 <= hx <= x1 and y0 <= hy <= y1:
                return True
    return False


def borrowed_labels(cands: list[Candidate], scale: float) -> list[str]:
    """The text a field or widget is known by: the nearest text to its left or right on the same row, else just
    above it, else inside it (a placeholder). Gives "the Card number input" and "the box next to Privacy" a word
    to match; text candidates keep their own text.

    A small widget (at most 32 CSS px a side: a checkbox, a radio button, an icon) takes the text on its right
    first, where checkboxes and radios keep their label, and that text may overlap the widget's right half
    (OCR boxes of a label often touch its box). With the field rule alone, a radio in a row took its left
    neighbour's label: held-out steps 79.2% -> 81.2%, checkbox 58% -> 67%, radio 67% -> 73%, same weights.

    A widget that OCR read together with its label ("☐ returns", see ``candidates_from``) takes that text. Text
    inside another field (its placeholder or value) is never this field's label: in a form of placeholder-only
    fields, each field took the placeholder of the field above it. A field with both a label and text inside
    (a placeholder, a value) is known by both: rows of "Jonas [Password]", "Nina [Password]" differ only by
    the name.

    A text that is some field's label on its row is not the label above another field: in a form mixing side
    labels and placeholder-only fields, the field under "Bank name [    ]" was known as "Bank name Job title",
    and "type it in Job title" went into the Bank name field (held-out form errors)."""
    texts = [(i, c) for i, c in enumerate(cands) if c.kind == "text" and c.text.strip()]
    fields = [c.box for c in cands if c.kind == "input"]
    first = {k: _nearest_label(c, texts, fields, scale, set()) for k, c in enumerate(cands)
             if c.kind != "text" and texts}
    row_owner = {ti: k for k, (ti, _d, row) in first.items() if ti is not None and row}  # text -> its field
    out = []
    for k, c in enumerate(cands):
        if k not in first:
            out.append(c.text)
            continue
        ti = first[k][0]
        if ti is not None and row_owner.get(ti, k) != k:  # another field's row label: look again without them
            ti = _nearest_label(c, texts, fields, scale, {t for t, owner in row_owner.items() if owner != k})[0]
        best = cands[ti].text if ti is not None else ""
        inside = next((t.text for _, t in texts if within(t.box, c.box)), "")
        out.append(f"{best} {inside}" if best and inside and inside != best and not _small(c.box, scale)
                   else best or inside)
    return out


def _small(box: tuple, scale: float) -> bool:
    """At most 32 CSS px a side: a checkbox, a radio button, an icon."""
    return (box[2] - box[0]) / scale <= 32 and (box[3] - box[1]) / scale <= 32


def _nearest_label(c: Candidate, texts: list[tuple[int, Candidate]], fields: list[tuple], scale: float,
                   taken: set[int]) -> tuple[int | None, float, bool]:
    """``borrowed_labels``' choice for field or widget ``c``: the index of its label text (None), the scaled
    distance, and whether the label is on its row; texts in ``taken`` are skipped as labels from above."""
    x0, y0, x1, y1 = c.box
    cy, h = (y0 + y1) / 2, y1 - y0
    small = _small(c.box, scale)
    left_w, right_w, right_overlap = (1.5, 1.0, (x1 - x0) / 2) if small else (1.0, 1.5, 4.0)
    best, best_d, best_row = None, float("inf"), False
    for i, t in texts:
        tx0, ty0, tx1, ty1 = t.box
        tcy = (ty0 + ty1) / 2
        if within(t.box, c.box):
            continue
        if small and tx0 <= x0 + 2 and tx1 >= x1 and ty0 - 2 <= cy <= ty1 + 2:
            if t.text.strip() not in TICKS:  # (a ticked box read as "V" alone is the box, not its label)
                best, best_d, best_row = i, 0.0, True  # OCR read the widget with its label: "☐ returns"
            continue
        if any(f is not c.box and within(t.box, f) for f in fields):
            continue  # another field's placeholder or value, not a label of this one
        same_row = abs(tcy - cy) <= max(h, ty1 - ty0) * 0.6
        if same_row and tx1 <= x0 + 4:
            d = (x0 - tx1) / scale * left_w  # label on the left (fields)
        elif same_row and tx0 >= x1 - right_overlap:
            d = max(0.0, tx0 - x1) / scale * right_w  # on the right (checkboxes, radios)
        elif ty1 <= y0 + 4 and tx0 < x1 and tx1 > x0 and i not in taken:
            d, same_row = (y0 - ty1) / scale * 2, False  # just above (stacked forms)
        else:
            continue
        if d < best_d and d <= 240:
            best, best_d, best_row = i, d, same_row
    return best, best_d, best_row


def ordinal_positions(boxes: np.ndarray, kinds: np.ndarray, texts: list[str], scale: float) -> np.ndarray:
    """``layout.positions`` of the candidates as the model counts them: radio buttons and checkboxes across
    the labels between them, list markers not at all."""
    counted = np.array([not (k == KINDS["text"] and is_list_marker(t)) for k, t in zip(kinds, texts, strict=True)],
                       bool)
    return positions(boxes, kinds, scale, labelled=(KINDS["component"],), counted=counted)


def featurize(enc: TextEncoder, instruction: str, image: np.ndarray, scale: float, cands: list[Candidate],
              history: list[Action]) -> Features:
    """The model's inputs for one screen. ``image`` is the RGB frame, candidate boxes in its pixels."""
    h, w = image.shape[:2]
    cands = cands[:MAX_CANDIDATES]
    ins_emb, ins_off = enc.task(instruction)
    task_words, tok_word = _word_index(instruction, ins_off)
    texts = borrowed_labels(cands, scale)
    emb = enc.texts([t for t in texts if t])
    cand_emb = np.zeros((len(cands), emb.shape[1] if len(emb) else 384), np.float32)
    j = 0
    for i, t in enumerate(texts):
        if t:
            cand_emb[i] = emb[j]
            j += 1
    grey = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    crops = np.stack([_crop(grey, c.box) for c in cands]) if cands else np.zeros((0, CROP, CROP), np.uint8)
    t_len = len(ins_off)
    matched = [_match(task_words, tok_word, t) if t else (np.zeros(t_len, np.float32), [0.0, 0.0]) for t in texts]
    match = np.stack([m for m, _ in matched]) if cands else np.zeros((0, t_len), np.float32)
    phrase = np.array([p for _, p in matched], np.float32).reshape(-1, 2)
    kinds = np.array([KINDS.get(c.kind, 2) for c in cands], np.int64)
    boxes = np.array([c.box for c in cands], np.float32).reshape(-1, 4)
    ordm = ordinal_match(task_words, tok_word, ordinal_positions(boxes, kinds, texts, scale))
    tag_id, tag_box, p_tag, p_box, p_pix, ntok = _patches(image)
    hist = history[-MAX_HISTORY:]
    h_text = [_history_text(a, cands) for a in hist]
    h_emb = enc.texts([t for t in h_text if t])
    hist_emb = np.zeros((len(hist), 384), np.float32)
    j = 0
    for i, t in enumerate(h_text):
        if t:
            hist_emb[i] = h_emb[j]
            j += 1
    hist_box = np.zeros((len(hist), 4), np.float32)
    for i, a in enumerate(hist):
        p = action_point(a)
        if p is not None:
            hist_box[i] = (p.x - 4 * scale, p.y - 4 * scale, p.x + 4 * scale, p.y + 4 * scale)
    return Features(
        frame_size=(w, h), scale=scale, ins_emb=ins_emb, ins_off=ins_off,
        cand_kind=kinds, cand_box=boxes, cand_emb=cand_emb, cand_crop=crops,
        cand_match=match, cand_phrase=phrase, cand_ord=ordm, cand_state=_state(image, boxes, hist, scale),
        cand_text=texts, tag_id=tag_id, tag_box=tag_box, patch_tag=p_tag,
        patch_box=p_box,
        patch_pix=p_pix, hist_kind=np.array([ACTIONS.index(a.action) if a.action in ACTIONS else 0 for a in hist],
                                            np.int64),
        hist_box=hist_box, hist_emb=hist_emb,
        hist_match=np.stack([_match(task_words, tok_word, t)[0] if t else np.zeros(t_len, np.float32)
                             for t in h_text]) if hist else np.zeros((0, t_len), np.float32),
        hist_age=np.arange(len(hist), 0, -1, dtype=np.int64), tokens_router=ntok,
    )


def _boxes(f: Features) -> np.ndarray:
    return np.concatenate([f.cand_box, f.patch_box])


def _positives(f: Features, p: Point, cand_pos: list[int] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Pointer positives for point ``p``: the labelled candidates, else candidates containing ``p``, else
    the grid patches containing it; and every token's offset to ``p`` in half box sizes."""
    boxes = _boxes(f)
    n = len(f.cand_box)
    pos = np.zeros(len(boxes), bool)
    if cand_pos:
        pos[[i for i in cand_pos if i < n]] = True
    inside = (boxes[:, 0] <= p.x) & (p.x <= boxes[:, 2]) & (boxes[:, 1] <= p.y) & (p.y <= boxes[:, 3])
    if not pos.any():
        pos[:n] = inside[:n]
    if not pos.any():
        grid = np.array([f.tag_id[t] < MAX_TILES for t in f.patch_tag], bool)
        pos[n:] = inside[n:] & grid
    return pos, point_offsets(boxes, p.x, p.y)


def point_offsets(boxes: np.ndarray, x: float, y: float) -> np.ndarray:
    cx, cy = (boxes[:, 0] + boxes[:, 2]) / 2, (boxes[:, 1] + boxes[:, 3]) / 2
    hw = np.maximum((boxes[:, 2] - boxes[:, 0]) / 2, 2.0)
    hh = np.maximum((boxes[:, 3] - boxes[:, 1]) / 2, 2.0)
    return np.clip(np.stack([(x - cx) / hw, (y - cy) / hh], 1), -1.5, 1.5).astype(np.float32)


def labels_for(sample: Sample, f: Features) -> Labels:
    a = sample.action
    m = len(f.cand_box) + len(f.patch_box)
    none = np.zeros(m, bool), np.zeros((m, 2), np.float32)
    ptr, ptr_off = none
    end, end_off = none
    p = action_point(a)
    if p is not None:
        ptr, ptr_off = _positives(f, p, sample.positives)
    if a.action == "drag":
        end, end_off = _positives(f, a.end)
    span = (-1, -1)
    if a.action == "type" and sample.type_span is not None:
        s, e = sample.type_span
        toks = [i for i, (x, y) in enumerate(f.ins_off) if x < e and y > s]
        if toks:
            span = (toks[0], toks[-1])
    direction = DIRECTIONS.index(a.direction) if a.action == "scroll" else -1
    amount = int(np.argmin([abs(a.amount - v) for v in AMOUNTS])) if a.action == "scroll" else -1
    return Labels(act=ACTIONS.index(a.action), ptr=ptr, ptr_off=ptr_off, span=span,
                  key="+".join(a.keys) if a.action == "key" else "", direction=direction, amount=amount,
                  end=end, end_off=end_off)


def history_actions(history: list[dict[str, Any]] | list[Action]) -> list[Action]:
    """Agent-loop history entries (dicts holding an ``action``) or plain actions -> actions."""
    out = []
    for h in history:
        a = h.get("action") if isinstance(h, dict) else h
        if a is None:
            continue
        out.append(a if not isinstance(a, dict) else parse_action(a))
    return out


def round_mark(crop: np.ndarray) -> bool:
    """Whether a component's crop draws a round mark (a radio button), not a square one (a box, its corners
    rounded or not): the corners of its ink's bounding square are background, and its ink meets each side of
    that square along less than 60% of it (a circle touches it near the middle; a box runs along it)."""
    c = crop.astype(int)
    ink = np.abs(c - c[0, 0]) > 24
    ys, xs = np.nonzero(ink)
    if len(ys) < 8:
        return False
    y0, y1, x0, x1 = int(ys.min()), int(ys.max()), int(xs.min()), int(xs.max())
    if min(y1 - y0, x1 - x0) < 6 or abs((y1 - y0) - (x1 - x0)) > 2:
        return False
    sides = (ink[y0, x0:x1 + 1], ink[y1, x0:x1 + 1], ink[y0:y1 + 1, x0], ink[y0:y1 + 1, x1])
    return not any(ink[p] for p in ((y0, x0), (y0, x1), (y1, x0), (y1, x1))) and max(v.mean() for v in sides) < 0.6


def ticked_mark(crop: np.ndarray) -> bool:
    """Whether a box's crop is ticked: its middle is inked (a tick on a filled box), not the page's own shade."""
    mid = crop[5:11, 5:11].astype(int)
    return abs(int(mid.mean()) - int(crop[0, 0])) > 50
