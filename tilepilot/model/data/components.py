"""DOM-free visual element candidates: connected components of non-background pixels (the ShowUI idea).

Finds the small things OCR cannot read (checkboxes, radio buttons, icons, slider thumbs, toggles, bordered
fields) from pixels alone, so the model sees the same candidates on any GUI, web or desktop.
"""

from __future__ import annotations

import cv2
import numpy as np

Box = tuple[float, float, float, float]


def component_boxes(image: np.ndarray, min_side: int = 6, max_frac: float = 0.4, edge: int = 28,
                    max_boxes: int = 400) -> list[Box]:
    """Bounding boxes of connected regions that stand out from their surroundings, in frame pixels.

    Pixels whose local contrast (morphological gradient) exceeds ``edge`` form a mask; closing joins the
    strokes of one widget; each connected region at least ``min_side`` pixels on both sides and at most
    ``max_frac`` of the frame on either side is a candidate. Thin rules (separators) are dropped. Largest
    first is not useful to a pointer, so the result is in reading order (top to bottom, left to right).
    """
    h, w = image.shape[:2]
    if h == 0 or w == 0:
        return []
    gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    grad = cv2.morphologyEx(gray, cv2.MORPH_GRADIENT, np.ones((3, 3), np.uint8))
    mask = (grad > edge).astype(np.uint8)
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8))
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    out: list[Box] = []
    for i in range(1, n):
        x, y, bw, bh, area = (int(v) for v in stats[i])
        if bw < min_side or bh < min_side or bw > max_frac * w or bh > max_frac * h:
            continue
        if min(bw, bh) < 4 or max(bw, bh) > 25 * min(bw, bh):
            continue
        out.append((float(x), float(y), float(x + bw), float(y + bh)))
    out.sort(key=lambda b: (b[3] - b[1]) * (b[2] - b[0]))
    out = out[:max_boxes]
    out.sort(key=lambda b: (round(b[1] / 8), b[0]))
    return out


def iou(a: Box, b: Box) -> float:
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


def inside_fraction(a: Box, b: Box) -> float:
    """How much of ``a`` lies inside ``b``."""
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    area = (a[2] - a[0]) * (a[3] - a[1])
    return ix * iy / area if area > 0 else 0.0


def is_positive(cand: Box, target: Box, iou_threshold: float = 0.5) -> bool:
    """A candidate lies on the target: its centre is inside the target box, or they overlap enough."""
    cx, cy = (cand[0] + cand[2]) / 2, (cand[1] + cand[3]) / 2
    if target[0] <= cx <= target[2] and target[1] <= cy <= target[3]:
        return True
    return iou(cand, target) >= iou_threshold


def positives(cands: list, target: Box | None, iou_threshold: float = 0.5) -> list[int]:
    """Indices of the candidates that lie on the target (none when the action has no target)."""
    return [] if target is None else [i for i, c in enumerate(cands) if is_positive(c.box, target, iou_threshold)]


def candidates_from(image: np.ndarray, texts: list) -> list:
    """Everything a pointer may choose on a screen: the given text boxes, OpenCV field boxes, and connected
    components not already covered by a text or field box. The one definition for the generator and for
    the embedded model at run time."""
    from tilepilot.model.data.sample import Candidate
    from tilepilot.perception.elements import input_boxes, more_glyphs, underline_fields

    glyphs = more_glyphs(image)
    texts = [next((t.model_copy(update={"text": g}) for b, g in glyphs if inside_fraction(b, t.box) > 0.5
                   and _misread(t.text)), t) for t in texts]  # "* = *" read off the dots
    texts += [Candidate(kind="text", box=b, text=g, source="dots") for b, g in glyphs
              if not any(inside_fraction(b, t.box) > 0.5 or (g == "⋯" and _trails(b, t.box))
                         for t in texts)]  # "⋮": no OCR reads it
    boxes = input_boxes(image)
    boxes += [b for b in underline_fields(image) if not any(iou(b, k) > 0.3 for k in boxes)]
    fields = [Candidate(kind="input", box=b, source="input_boxes") for b in boxes]
    comps = []
    found = component_boxes(image)
    texts = [piece for t in texts for piece in _split_at_widgets(t, found)]
    texts = [piece for t in texts for piece in _split_at_boxes(t, boxes, found)]
    texts = [piece for t in texts for piece in _split_at_gaps(t, image)]
    for b in found:
        if any(iou(b, f.box) > 0.8 for f in fields):
            continue
        if any(inside_fraction(b, t.box) > 0.7 and not _swallowed_widget(b, t.box, found)
               and not _trailing_arrow(b, t.box, found, fields) and not _read_tick(b, t) for t in texts):
            continue
        comps.append(Candidate(kind="component", box=b, source="components"))
    return list(texts) + fields + comps


def _misread(text: str) -> bool:
    """A text OCR made of a three-dot button: no letter or digit in it ("* = *", ":"), or one character."""
    return len(text.strip()) <= 1 or not any(c.isalnum() for c in text)


def _trails(dots: Box, text: Box) -> bool:
    """Three dots on a text's line just after it: the text's ellipsis ("Search…"), no menu button."""
    th = text[3] - text[1]
    return text[1] - 2 <= dots[1] and dots[3] <= text[3] + 4 and text[0] < dots[0] <= text[2] + 0.8 * th


def _swallowed_widget(b: Box, text: Box, found: list[Box]) -> bool:
    """A checkbox or radio button that OCR read as part of its label ("☐ returns" in one text box). It is the
    square at the text box's left end (OCR's box may start well before it, but no word of the text does), at
    least half as tall as the text, set apart from the first letter by a space; kept as a candidate of its own
    so that a click lands on the box, not on the middle of the label."""
    th, bh = text[3] - text[1], b[3] - b[1]
    if not _square(b, max(8.0, 0.45 * th)):
        return False
    inset = b[0] - text[0] > 0.5 * th  # well inside the box OCR drew
    if inset and any(c is not b and inside_fraction(c, text) > 0.7 and c[2] <= b[0] + 1 for c in found):
        return False  # not at the left end: a word of the text comes before it
    right = [c[0] for c in found if c is not b and inside_fraction(c, text) > 0.7 and c[0] >= b[2] - 1
             and c[1] < b[3] and c[3] > b[1]]
    # inset, it must stand a space apart (a fifth of its height): the "M" of "Mirror" stands 3 px from "irror"
    return bool(right) and min(right) - b[2] >= (max(3.0, 0.2 * bh) if inset else 3.0)


# what OCR reads a checkbox as, ticked or not
TICKS = frozenset("VvXx✓✔✗✘☑☒■▣□☐")


def _read_tick(b: Box, t) -> bool:
    """A checkbox OCR read as a glyph ("V", "✓", "■" ticked, "□" not): the square filling that text's box is the
    box itself, kept as a candidate (it was dropped as part of the text, and "untick Mirror" clicked the M of its
    label)."""
    area = (t.box[2] - t.box[0]) * (t.box[3] - t.box[1])
    return t.text.strip() in TICKS and _square(b, 8.0) and (b[2] - b[0]) * (b[3] - b[1]) >= 0.5 * area


def _trailing_arrow(b: Box, text: Box, found: list[Box], fields: list) -> bool:
    """A dropdown's arrow that OCR read with the value before it ("Zurich ⌄" read as "Zurich"): in a text
    inside a field, the last thing, smaller than the word before it and a gap after it. Kept as a candidate of
    its own, it tells a custom dropdown (its arrow right after the value) from a native select (its arrow at the
    box's right edge)."""
    if not any(inside_fraction(text, f.box) > 0.7 for f in fields):
        return False
    words = [c for c in _inner(text, found) if c is not b and not (c[0] <= b[0] and c[2] >= b[2])]
    before = [c for c in words if c[2] <= b[0] - 2.0]
    if not before or any(c[2] > b[2] for c in words):
        return False
    word = max(before, key=lambda c: c[2])
    wh = word[3] - word[1]
    return b[3] - b[1] <= 0.75 * wh and b[2] - b[0] <= 1.2 * wh


def _inner(text: Box, found: list[Box]) -> list[Box]:
    """The components inside a text box, left to right."""
    return sorted((c for c in found if inside_fraction(c, text) > 0.7), key=lambda c: c[0])


def _mid_widgets(text: Box, inner: list[Box]) -> list[int]:
    """Indices (into ``inner``) of the radio buttons or checkboxes OCR read inside a row of options, past its
    left end ("○ Oslo ○ Toronto ○ Edinburgh" read as one text "OsloTorontoEdinburgh"): a square at least 0.45
    of the text's height, far from the word before it (0.6 of the height: more than a space between words)
    and set apart from the word after it."""
    th = text[3] - text[1]
    out = []
    for k in range(1, len(inner) - 1):
        b, before, after = inner[k], inner[k - 1], inner[k + 1]
        if _square(b, max(8.0, 0.45 * th)) and b[0] - before[2] >= 0.6 * th and after[0] - b[2] >= 3.0:
            out.append(k)
    return out


def _split_at_widgets(t, found: list[Box]) -> list:
    """A text OCR read across a row of options, split at the widgets inside it into one text per option, each
    starting at its widget: "OsloTorontoEdinburghPremium" over four radio buttons is four labels, so "set Zoom
    to Premium" can find the fourth button. The characters are shared out by the width of each option's words,
    each cut moved to the nearest space or lower-to-upper-case step."""
    if t.kind != "text" or not t.text.strip():
        return [t]
    inner = _inner(t.box, found)
    mids = _mid_widgets(t.box, inner)
    if not mids:
        return [t]
    starts = [0, *mids]
    groups = [inner[a:b] for a, b in zip(starts, [*mids, len(inner)], strict=True)]
    # a group's words: its components less a widget at its left end
    th = t.box[3] - t.box[1]
    lead = _square(groups[0][0], 0.45 * th) and groups[0][0][0] - t.box[0] <= 0.5 * th  # a widget first
    word_w = [sum(c[2] - c[0] for c in (g[1:] if k > 0 or lead else g)) for k, g in enumerate(groups)]
    total = sum(word_w)
    text = t.text
    if total <= 0 or len(text) < len(groups):
        return [t]
    cuts, acc = [0], 0.0
    for w in word_w[:-1]:
        acc += w
        cuts.append(_snap(text, round(len(text) * acc / total), cuts[-1] + 1))
    cuts.append(len(text))
    out = []
    for k, g in enumerate(groups):
        piece = text[cuts[k]:cuts[k + 1]].strip()
        if not piece:
            continue
        x0 = t.box[0] if k == 0 else g[0][0]
        x1 = groups[k + 1][0][0] - 3.0 if k + 1 < len(groups) else t.box[2]
        x1 = max(min(x1, max(c[2] for c in g) + 2.0), x0 + 1.0)
        out.append(t.model_copy(update={"box": (float(x0), t.box[1], float(x1), t.box[3]), "text": piece}))
    return out or [t]


def _split_at_boxes(t, boxes: list[Box], found: list[Box]) -> list:
    """A text OCR read across the edge of a box that holds one of its ends, split at that edge: two tabs read as
    one ("Backups Orders", the first tab's box ending between the words), a label read with the value of the
    field beside it. Each part is known by its own name then ("Open the Orders tab" scrolled on, finding no
    text that reads Orders). The cut is the space nearest the edge, placed by the width of the letters either
    side of it; a box wholly inside the text (a highlighted word) cuts nothing."""
    text = t.text
    if t.kind != "text" or " " not in text.strip():
        return [t]
    x0, y0, x1, y1 = t.box
    th = y1 - y0
    for b in boxes:
        if min(y1, b[3]) - max(y0, b[1]) < 0.8 * th:
            continue
        for edge, holds in ((b[2], b[0] <= x0 + 2.0), (b[0], b[2] >= x1 - 2.0)):
            if not holds or not x0 + th <= edge <= x1 - th:
                continue
            inner = _inner(t.box, found)
            left = [c for c in inner if c[2] <= edge + 1.0]
            right = [c for c in inner if c[0] >= edge - 1.0]
            if not left or not right or len(left) + len(right) < len(inner):
                continue  # a letter across the edge: the box does not part the words
            wl, wr = sum(c[2] - c[0] for c in left), sum(c[2] - c[0] for c in right)
            at = round(len(text) * wl / max(wl + wr, 1e-6))
            cut = next((i for d in range(4) for i in (at - d, at + d) if 0 < i < len(text) and text[i] == " "), None)
            if cut is None or min(len(text[:cut].strip()), len(text[cut:].strip())) < 2:
                continue
            first = t.model_copy(update={"box": (x0, y0, float(max(c[2] for c in left)), y1),
                                         "text": text[:cut].strip()})
            second = t.model_copy(update={"box": (float(min(c[0] for c in right)), y0, x1, y1),
                                          "text": text[cut:].strip()})
            return _split_at_boxes(first, boxes, found) + _split_at_boxes(second, boxes, found)
    return [t]


def _ink_columns(image: np.ndarray, box: Box) -> np.ndarray:
    """The pixel columns of ``box`` (from its left edge) that hold ink, less rules: a vertical line as tall as the
    box (a border between two tabs) and a thin band of rows inked across the box (a strip's bottom border)."""
    h, w = image.shape[:2]
    x0, y0 = max(0, int(box[0])), max(0, int(box[1]))
    x1, y1 = min(w, int(np.ceil(box[2]))), min(h, int(np.ceil(box[3])))
    if y1 - y0 < 4 or x1 - x0 < 4:
        return np.zeros(0, np.int64)
    g = cv2.morphologyEx(image[y0:y1, x0:x1], cv2.MORPH_GRADIENT, np.ones((3, 3), np.uint8)).max(2)
    ink = (g > 40).astype(np.uint8)
    # a rule is a thin band of rows inked across the box; the letters' body is one too at small sizes (the
    # gradient joins them), but a thick one
    full = np.concatenate([[False], ink.mean(1) > 0.8, [False]])
    edges = np.flatnonzero(np.diff(full.astype(np.int8)))
    for a, b in zip(edges[::2], edges[1::2], strict=True):
        if b - a <= max(3, 0.15 * (y1 - y0)):
            ink[a:b] = 0
    tall = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((max(4, int(0.9 * (y1 - y0))), 1), np.uint8))
    return np.flatnonzero((ink & (1 - tall)).any(0))


def _split_at_gaps(t, image: np.ndarray) -> list:
    """A text OCR read across a wide blank, split there: tabs or links side by side with no box between them
    ("Activity Privacy", two tabs of a strip whose borders are too faint to find; "Orders  Backups  Team" in a
    nav bar). A blank of 0.6 of the line's height and two characters' width is no space between two words of
    one name (a space is a fifth of the height, a monospace one a character), so each part is known by its own
    name and counted on its own ("Open the third tab" clicked a form). The cut is the space nearest where the
    ink either side of the blank puts it; a part needs two letters or digits (an icon before its label stays
    with it)."""
    text = t.text
    if t.kind != "text" or " " not in text.strip():
        return [t]
    x0, y0, x1, y1 = t.box
    inked = _ink_columns(image, t.box)
    # wider than a space in any font: 0.6 of the line's height, and two characters' width (a monospace space is
    # a whole character, with the letters' bearings about one and a half)
    wide = np.flatnonzero(np.diff(inked) > max(0.6 * (y1 - y0), 1.8 * (x1 - x0) / len(text), 8.0))
    if not len(wide):
        return [t]
    left = max(0, int(x0))
    starts = np.concatenate([[inked[0]], inked[wide + 1]]) + left
    ends = np.concatenate([inked[wide], [inked[-1]]]) + left + 1
    widths = [int(np.count_nonzero((inked + left >= a) & (inked + left < b)))
              for a, b in zip(starts, ends, strict=True)]
    total = sum(widths)
    cuts = [0]
    for k in range(len(widths) - 1):
        at = round(len(text) * sum(widths[:k + 1]) / max(total, 1))
        cut = next((i for d in range(4) for i in (at - d, at + d) if cuts[-1] < i < len(text) and text[i] == " "),
                   None)
        if cut is None:
            return [t]
        cuts.append(cut)
    cuts.append(len(text))
    pieces = [text[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False)]
    if any(sum(ch.isalnum() for ch in p) < 2 for p in pieces):
        return [t]
    return [t.model_copy(update={"box": (float(x0 if k == 0 else starts[k]), y0,
                                         float(x1 if k == len(pieces) - 1 else ends[k]), y1), "text": piece})
            for k, piece in enumerate(pieces)]


def _square(b: Box, low: float) -> bool:
    """Whether ``b`` is about square (sides within a third of each other) and at least ``low`` tall: the shape
    of a checkbox or a radio button."""
    bw, bh = b[2] - b[0], b[3] - b[1]
    return bh >= low and 0.75 <= bw / max(bh, 1e-6) <= 1.33


def _snap(text: str, at: int, low: int) -> int:
    """The cut nearest ``at`` (not before ``low``) at a space or a lower-to-upper-case step, within three
    characters; else ``at`` itself."""
    at = min(max(at, low), len(text) - 1)
    for d in range(4):
        for i in (at - d, at + d):
            if low <= i < len(text) and (text[i] == " " or (i > 0 and text[i - 1].islower() and text[i].isupper())):
                return i
    return at
