"""Find a recorded target again on today's screen, and describe a target at recording time.

Order of attempts (each one cheaper than the next):
1. the recorded position, if the screen there still looks like the recorded crop (template score);
2. the target's text, via OCR (a field named by its label is found next to the label again);
3. the recorded crop, template-matched over the whole frame with OpenCV.
Every attempt leaves a line in ``tried`` so that a failure says what healing did.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import cv2
import numpy as np
from pydantic import BaseModel, Field

from tilepilot.perception.elements import field_for_label, input_boxes
from tilepilot.perception.locate import closest_texts, match_text
from tilepilot.perception.ocr import TextBox

POSITION_MIN = 0.90  # crop at the recorded place must correlate this well to act there unchanged
TEMPLATE_MIN = 0.80  # a crop found elsewhere must correlate this well
CANDIDATE_MIN = 0.45  # where the crop correlates this well, OCR that small area first
PAD = 12  # pixels of context around a text box in a crop
DEFAULT_CROP = (96, 40)  # half-size of the crop cut around a point with no text


class Found(BaseModel):
    x: float
    y: float
    how: str  # position | text | template
    score: float
    text_box: tuple[float, float, float, float] | None = None
    tried: list[str] = Field(default_factory=list)


# recording ------------------------------------------------------------------------------------------


def _clip(box: Sequence[float], w: int, h: int) -> tuple[int, int, int, int]:
    x0, y0, x1, y1 = box
    return max(0, int(x0)), max(0, int(y0)), min(w, int(np.ceil(x1))), min(h, int(np.ceil(y1)))


def _union(a: Sequence[float], b: Sequence[float]) -> tuple[float, float, float, float]:
    return min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])


def _inside(x: float, y: float, box: Sequence[float], pad: float = 0) -> bool:
    return box[0] - pad <= x <= box[2] + pad and box[1] - pad <= y <= box[3] + pad


def describe_target(image: np.ndarray, x: float, y: float, boxes: list[TextBox] | None,
                    text: str | None = None, text_box: Sequence[float] | None = None,
                    via: str | None = None) -> dict[str, Any]:
    """What to remember about a point a step acted on: the naming text (given, or the OCR box under the
    point, or the label next to the input field that holds it), that text's box, and the crop box.
    Returns a dict for ``scenario.Target`` without the crop file name."""
    h, w = image.shape[:2]
    if text is None and boxes:
        text, text_box, via = _text_for_point(image, x, y, boxes)
    if text_box is not None:
        area = tuple(text_box)
        if via == "label" or not _inside(x, y, text_box, 4):
            area = _union(area, (x - 24, y - 14, x + 24, y + 14))
            fields = [b for b in input_boxes(image, _union(area, (x - 400, y - 60, x + 400, y + 60)))
                      if _inside(x, y, b, 2)]
            if fields:
                area = _union(area, min(fields, key=lambda b: (b[2] - b[0]) * (b[3] - b[1])))
        crop_box = _clip((area[0] - PAD, area[1] - PAD, area[2] + PAD, area[3] + PAD), w, h)
    else:
        dx, dy = DEFAULT_CROP
        crop_box = _clip((x - dx, y - dy, x + dx, y + dy), w, h)
    out: dict[str, Any] = {"x": round(x, 1), "y": round(y, 1), "crop_box": list(crop_box)}
    if text:
        out.update(text=text, via=via or "text", text_box=[round(v, 1) for v in text_box] if text_box else None)
    return out


def _text_for_point(image: np.ndarray, x: float, y: float,
                    boxes: list[TextBox]) -> tuple[str | None, Sequence[float] | None, str | None]:
    for b in boxes:
        if _inside(x, y, b.box, 3):
            return b.text, b.box, "text"
    # inside an input field: the label to its left on the same row, or just above it
    fields = [f for f in input_boxes(image, (x - 500, y - 60, x + 500, y + 60)) if _inside(x, y, f, 2)]
    if fields:
        f = min(fields, key=lambda b: (b[2] - b[0]) * (b[3] - b[1]))
        cy = (f[1] + f[3]) / 2
        best = None
        for b in boxes:
            if _inside(b.center[0], b.center[1], f):  # typed text or placeholder: not a stable name
                continue
            bx, by = b.center
            if abs(by - cy) < (f[3] - f[1]) / 2 + 4 and b.box[2] <= f[0] + 6 and f[0] - b.box[2] < 300:
                d = f[0] - b.box[2]
            elif 0 <= f[1] - b.box[3] < 40 and abs(b.box[0] - f[0]) < 60:
                d = 500 + f[1] - b.box[3]
            else:
                continue
            if best is None or d < best[0]:
                best = (d, b)
        if best is not None:
            return best[1].text, best[1].box, "label"
    return None, None, None


def cut(image: np.ndarray, box: Sequence[int]) -> np.ndarray:
    x0, y0, x1, y1 = (int(v) for v in box)
    return image[y0:y1, x0:x1]


# replay --------------------------------------------------------------------------------------------


def _gray(img: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(img, cv2.COLOR_RGB2GRAY) if img.ndim == 3 else img


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """How alike two same-size images are, 0..1: normalised correlation, or (for flat images, where
    correlation is undefined) one minus the mean absolute difference."""
    if a.shape[:2] != b.shape[:2] or a.size == 0:
        return 0.0
    ga, gb = _gray(a).astype(np.float32), _gray(b).astype(np.float32)
    if ga.std() < 2 or gb.std() < 2:
        return float(1.0 - np.abs(ga - gb).mean() / 255.0) if abs(ga.std() - gb.std()) < 2 else 0.0
    return float(cv2.matchTemplate(ga, gb, cv2.TM_CCOEFF_NORMED)[0, 0])


def search(image: np.ndarray, crop: np.ndarray) -> tuple[float, tuple[int, int]]:
    """Best place of ``crop`` in ``image``: (score, top-left)."""
    if crop.shape[0] > image.shape[0] or crop.shape[1] > image.shape[1] or _gray(crop).std() < 2:
        return 0.0, (0, 0)
    res = cv2.matchTemplate(_gray(image), _gray(crop), cv2.TM_CCOEFF_NORMED)
    _, score, _, loc = cv2.minMaxLoc(res)
    return float(score), (int(loc[0]), int(loc[1]))


def _by_text(image: np.ndarray, target: Any, boxes: list[TextBox], tried: list[str] | None) -> Found | None:
    h, w = image.shape[:2]
    hits = match_text(boxes, target.text)
    if not hits:
        if tried is not None:
            seen = ", ".join(repr(t) for t in closest_texts(boxes, target.text, 3)) or "no text"
            tried.append(f"OCR text {target.text!r}: not on screen (closest: {seen})")
        return None
    best = hits[0][0]
    cands = [b for s, b in hits if s >= best - 0.05]
    tb = target.text_box
    if tb is not None and len(cands) > 1:  # several: the one nearest its recorded place
        rc = ((tb[0] + tb[2]) / 2, (tb[1] + tb[3]) / 2)
        cands.sort(key=lambda b: (b.center[0] - rc[0]) ** 2 + (b.center[1] - rc[1]) ** 2)
    b = cands[0]
    x, y = b.center
    if tb is not None:  # keep where in (or beside) the text the recorded point was
        x += target.x - (tb[0] + tb[2]) / 2
        y += target.y - (tb[1] + tb[3]) / 2
    if target.via == "label":
        # the field next to the label; where the recorded offset from the label lands in another field
        # (a placeholder inside its own field, a layout that moved the label), that one wins
        field = field_for_label(image, b.box)
        if field is not None and (tb is None or _inside(x, y, field)):
            x, y = (field[0] + field[2]) / 2, (field[1] + field[3]) / 2
        elif tb is None:
            if tried is not None:
                tried.append(f"label {target.text!r} found at {tuple(round(v) for v in b.box)} "
                             "but no input field next to it")
            return None
    if 0 <= x < w and 0 <= y < h:
        return Found(x=x, y=y, how="text", score=best, text_box=b.box)
    return None


def locate(image: np.ndarray, target: Any, crop: np.ndarray | None,
           read_text: Callable[[tuple[int, int, int, int] | None], list[TextBox]] | None) -> Found | list[str]:
    """Find ``target`` (a ``scenario.Target``) on ``image``. Returns a Found, or the list of what was tried.
    ``read_text(region)`` OCRs a part of the image (frame pixels) or, with None, all of it."""
    tried: list[str] = []
    h, w = image.shape[:2]
    box = target.crop_box
    # 1. the recorded position
    if crop is not None and box is not None:
        here = cut(image, box)
        score = similarity(here, crop)
        if score >= POSITION_MIN:
            return Found(x=target.x, y=target.y, how="position", score=score, tried=tried)
        tried.append(f"recorded position ({target.x:.0f}, {target.y:.0f}): screen there differs "
                     f"(score {score:.2f} < {POSITION_MIN})")
    elif 0 <= target.x < w and 0 <= target.y < h and not target.text:
        return Found(x=target.x, y=target.y, how="position", score=0.0, tried=tried)
    # 2. the target's text: first where the crop looks most alike (OCR of a small area), then everywhere
    best_t: tuple[float, tuple[int, int]] | None = None
    if crop is not None and box is not None:
        best_t = search(image, crop)
    if target.text and read_text is not None:
        regions: list[tuple[int, int, int, int] | None] = []
        if best_t is not None and best_t[0] >= CANDIDATE_MIN:
            (lx, ly), (cw, ch) = best_t[1], (box[2] - box[0], box[3] - box[1])
            regions.append(_clip((lx - 40, ly - 20, lx + cw + 40, ly + ch + 20), w, h))
        regions.append(None)
        for region in regions:
            found = _by_text(image, target, read_text(region), tried if region is None else None)
            if found is not None:
                found.tried = tried
                return found
    # 3. the recorded crop anywhere on the screen
    if best_t is not None:
        score, (lx, ly) = best_t
        if score >= TEMPLATE_MIN:
            x, y = lx + target.x - box[0], ly + target.y - box[1]
            return Found(x=x, y=y, how="template", score=score, tried=tried)
        tried.append(f"template match of the recorded crop: best score {score:.2f} < {TEMPLATE_MIN} "
                     f"at ({lx}, {ly})")
    return tried
