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
    from tilepilot.perception.elements import input_boxes, underline_fields

    boxes = input_boxes(image)
    boxes += [b for b in underline_fields(image) if not any(iou(b, k) > 0.3 for k in boxes)]
    fields = [Candidate(kind="input", box=b, source="input_boxes") for b in boxes]
    comps = []
    found = component_boxes(image)
    for b in found:
        if any(iou(b, f.box) > 0.8 for f in fields):
            continue
        if any(inside_fraction(b, t.box) > 0.7 and not _swallowed_widget(b, t.box, found) for t in texts):
            continue
        comps.append(Candidate(kind="component", box=b, source="components"))
    return list(texts) + fields + comps


def _swallowed_widget(b: Box, text: Box, found: list[Box]) -> bool:
    """A checkbox or radio button that OCR read as part of its label ("☐ returns" in one text box). It is the
    square at the text box's left end, at least half as tall as the text, set apart from the first letter by
    a space; kept as a candidate of its own so that a click lands on the box, not on the middle of the label."""
    bw, bh = b[2] - b[0], b[3] - b[1]
    th = text[3] - text[1]
    if not (bh >= max(8.0, 0.45 * th) and 0.75 <= bw / bh <= 1.33 and b[0] - text[0] <= 0.5 * th):
        return False
    right = [c[0] for c in found if c is not b and inside_fraction(c, text) > 0.7 and c[0] >= b[2] - 1
             and c[1] < b[3] and c[3] > b[1]]
    return bool(right) and min(right) - b[2] >= 3.0
