"""Which small icon a candidate draws, from its 16x16 grey crop: a star, a heart.

Apps draw a row's star or a card's heart as an SVG or an icon-font glyph that OCR does not read, so the
candidate carries no text, or the label of the row it borrowed. The network never saw such icons in training
("Star the contact Elena Petrova" clicked her initials). A crop is compared with stars and hearts drawn here,
filled and outlined, at several sizes, and with the shapes most often mistaken for them (a round dot, an
avatar's circle, a square box, a dropdown's caret): it is a star when it matches a star best, closely, and
clearly better than any other shape. Nothing is trained or downloaded; the templates are drawn once.
"""

from __future__ import annotations

import re
from functools import lru_cache

import cv2
import numpy as np

from tilepilot.model.embedded.clauses import clause_spans
from tilepilot.model.embedded.features import CROP, KINDS, Features
from tilepilot.model.embedded.order import PROPER, ROW_PX, object_names
from tilepilot.model.embedded.text import shows, words

_SUPER = 8  # drawn this many times larger, then shrunk as a screen's antialiasing would
MIN_SCORE = 0.85  # a match this close (cosine of the contrast-normalised crops)
MIN_MARGIN = 0.05  # and this far above the best other shape: a 10 px dot is about as near a star as a circle


def _shrink(big: np.ndarray) -> np.ndarray:
    """The drawing at screen size, cropped as a component is (its ink, 2 px around), then to CROP x CROP."""
    img = cv2.resize(big, (big.shape[1] // _SUPER, big.shape[0] // _SUPER), interpolation=cv2.INTER_AREA)
    ys, xs = np.where(img < 200)
    x0, y0 = max(0, int(xs.min()) - 2), max(0, int(ys.min()) - 2)
    return cv2.resize(img[y0:int(ys.max()) + 3, x0:int(xs.max()) + 3], (CROP, CROP), interpolation=cv2.INTER_AREA)


def _draw(points: np.ndarray, size: int, filled: bool, closed: bool = True) -> np.ndarray:
    big = np.full(((size + 8) * _SUPER,) * 2, 255, np.uint8)
    p = ((points + 4) * _SUPER).astype(np.int32)
    if filled:
        cv2.fillPoly(big, [p], 0, lineType=cv2.LINE_AA)
    else:
        cv2.polylines(big, [p], closed, 0, thickness=int((1.2 if size < 16 else 1.7) * _SUPER), lineType=cv2.LINE_AA)
    return _shrink(big)


def _lobed_hearts(size: int) -> list[np.ndarray]:
    """A heart as icon sets draw one: two round lobes over a point, filled and outlined."""
    big = np.full(((size + 8) * _SUPER,) * 2, 255, np.uint8)
    r, o = size * _SUPER / 4, 4 * _SUPER
    for cx in (r, 3 * r):
        cv2.circle(big, (int(o + cx), int(o + r * 1.1)), int(r), 0, -1, cv2.LINE_AA)
    tip = np.array([(o + 0.15 * r, o + 1.5 * r), (o + 3.85 * r, o + 1.5 * r), (o + 2 * r, o + 3.6 * r)], np.int32)
    cv2.fillPoly(big, [tip], 0, lineType=cv2.LINE_AA)
    edge, _ = cv2.findContours((big < 128).astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    line = np.full_like(big, 255)
    cv2.drawContours(line, edge, -1, 0, int((1.2 if size < 16 else 1.7) * _SUPER), cv2.LINE_AA)
    return [_shrink(big), _shrink(line)]


def _unit(crop: np.ndarray) -> np.ndarray | None:
    """Ink (dark on light, or light on dark) scaled to its strongest, less its mean, of length 1; None if blank."""
    ink = crop.astype(np.float32)
    ink = 255.0 - ink if np.median(crop) >= 128 else ink - float(crop.min())
    if ink.max() <= 0:
        return None
    ink = ink / ink.max()
    ink -= ink.mean()
    n = float(np.linalg.norm(ink))
    return ink / n if n > 1e-6 else None


@lru_cache(maxsize=1)
def _templates() -> dict[str, np.ndarray]:
    out: dict[str, list[np.ndarray]] = {"star": [], "heart": [], "circle": [], "square": [], "caret": [],
                                        "stroke": []}
    t = np.linspace(0, 2 * np.pi, 64)
    for size in (10, 12, 14, 16, 18, 20, 24):
        r, c = size / 2, np.array([size / 2, size / 2])
        heart = np.stack([16 * np.sin(t) ** 3, -(13 * np.cos(t) - 5 * np.cos(2 * t) - 2 * np.cos(3 * t)
                                                 - np.cos(4 * t))], 1) * r / 17 + c
        circle = np.stack([np.cos(t), np.sin(t)], 1) * r + c
        square = np.array([(0, 0), (size, 0), (size, size), (0, size)], float)
        caret = np.array([(0, 0), (size / 2, size / 2), (size, 0)], float)
        out["heart"] += _lobed_hearts(size)
        for filled in (True, False):
            for inner in (0.38, 0.45, 0.5):
                a = -np.pi / 2 + np.arange(10) * np.pi / 5
                rad = np.where(np.arange(10) % 2 == 0, r, r * inner)
                out["star"].append(_draw(np.stack([np.cos(a), np.sin(a)], 1) * rad[:, None] + c, size, filled))
            out["heart"].append(_draw(heart, size, filled))
            out["circle"].append(_draw(circle, size, filled))
            out["square"].append(_draw(square, size, filled))
        out["caret"] += [_draw(caret, size, False, closed=False), _draw(caret, size, True)]
        # strokes: a pencil's slant, a cross, a plus, an arrow (a pencil's tip and body came out a star)
        w = size / 6
        for poly in ([(0, size - w), (size - w, 0), (size, w), (w, size)],
                     [(size / 2 - w, 0), (size / 2 + w, 0), (size / 2 + w, size), (size / 2 - w, size)],
                     [(size / 2 - w, 0), (size / 2 + w, 0), (size / 2 + w, size * 0.55), (size * 0.9, size * 0.55),
                      (size / 2, size), (size * 0.1, size * 0.55), (size / 2 - w, size * 0.55)]):
            out["stroke"].append(_draw(np.array(poly, float), size, True))
        for a, b in (((0, 0), (size, size)), ((size / 2, 0), (size / 2, size))):
            out["stroke"].append(_draw(np.array([a, b, (size - b[0], b[1]) if a == (0, 0) else (0, size / 2),
                                                 (size - a[0], a[1]) if a == (0, 0) else (size, size / 2)], float),
                                       size, False, closed=False))
    return {k: np.stack([u for v in vs if (u := _unit(v)) is not None]) for k, vs in out.items()}


def shape_of(crop: np.ndarray) -> str | None:
    """"star" or "heart" when the crop draws one (filled or outlined, any colour), else None."""
    u = _unit(crop)
    if u is None:
        return None
    scores = {k: float((ts * u).sum(axis=(1, 2)).max()) for k, ts in _templates().items()}
    best = max(scores, key=scores.__getitem__)
    rest = max(v for k, v in scores.items() if k != best)
    ok = best in ("star", "heart") and scores[best] >= MIN_SCORE and scores[best] - rest >= MIN_MARGIN
    return best if ok else None


# what OCR reads a star or a heart as, when it reads one
_READ_AS = frozenset("★☆⭐✩✪♡♥❤❥💙🤍")
MIN_SIDE = 11  # CSS px: smaller marks (a radio button's dot, a password's bullet) blur into a star at 16x16


def icon_shape(f: Features, q: int) -> str | None:
    """The shape candidate ``q`` draws: a component (or a text read as a star or a heart) at least 11 CSS px on
    its shorter side."""
    x0, y0, x1, y1 = (float(v) for v in f.cand_box[q])
    if min(x1 - x0, y1 - y0) < MIN_SIDE * f.scale:
        return None
    text = f.cand_text[q].strip()
    if f.cand_kind[q] != KINDS["component"] and not (text and all(ch in _READ_AS or ch.isspace() for ch in text)):
        return None
    return shape_of(f.cand_crop[q])


# a clause that stars or likes a thing: the shapes its icon may take
_MARKS = re.compile(r"[\s,;.!]*(?:(?:and|then|please|now)\s+)*(?:(un)?(star)|(un)?(favou?rite|like|heart))\b", re.I)
_TO_FAVOURITES = re.compile(r"\b(?:to|from|in|among)\s+(?:my\s+|your\s+|the\s+)?(?:favou?rites|saved\b|wish\s?lists?|"
                            r"bookmarks|shortlist)", re.I)
_NEAR_PX = 250  # CSS px: the farthest a card's icon may stand from its name
_PAD_PX = 24  # CSS px: a card's text starts at most this far right of its left side
_ROUND = frozenset({"O", "o", "0", "○", "◯", "Q"})  # what OCR reads a heart in a round button as
_ROUND_PX = (24, 48)  # CSS px: the sides of such a button


def marked_icon(f: Features, instruction: str, q: int, done: int) -> int:
    """The star (or heart) of the row or card the clause in turn names, for a clause that stars, favourites or
    likes it ("Star the contact Elena Petrova" clicked her initials; "Add Casa del Sol to my favourites"): of the
    icons drawn so, the one on the row of a text reading the name, else the nearest within 250 CSS px of it in
    its card's column; for a heart, else a round button OCR read as "O" so placed; else ``q``. The name is a
    proper name or an identifier (``object_names``), else a proper name before where the thing goes."""
    clauses = clause_spans(instruction)
    n = len(f.cand_text)
    if done >= len(clauses):
        return q
    a, b = clauses[done]
    m = _MARKS.match(instruction, a, b)
    fav = _TO_FAVOURITES.search(instruction, a, b)
    if m is None and fav is None:
        return q
    want = {"star"} if m is not None and m.group(2) else {"star", "heart"}
    names = [words(x) for x in object_names(instruction, a, b)] or [  # "the flat on Elm Street to my saved …"
        words(x.group()) for x in PROPER.finditer(instruction, a, fav.start() if fav else b)]
    if q < n and icon_shape(f, q) in want or not names:
        return q
    icons = [c for c in range(n) if icon_shape(f, c) in want]
    named = [t for t in range(n) if f.cand_kind[t] == KINDS["text"] and any(shows([f.cand_text[t]], w) for w in names)]
    if not named:
        return q
    mid = (f.cand_box[:, :2] + f.cand_box[:, 2:]) / 2

    texts = [t for t in range(n) if f.cand_kind[t] == KINDS["text"]]

    def column(t: int) -> tuple[float, float]:
        """A card's sides: from a little left of its text to a little left of the next card's text on its line
        (a grid's cards start their texts at the same padding)."""
        x0, y0, x1, y1 = (float(v) for v in f.cand_box[t])
        line = [u for u in texts if min(y1, f.cand_box[u][3]) - max(y0, f.cand_box[u][1]) > 0]
        pad = _PAD_PX * f.scale
        return x0 - pad, min((float(f.cand_box[u][0]) for u in line if f.cand_box[u][0] > x1), default=np.inf) - pad

    def reach(c: int) -> tuple[int, float]:  # (0 on a named text's row, else 1; how far from its box)
        best = (2, float("inf"))
        for t in named:
            x0, y0, x1, y1 = (float(v) for v in f.cand_box[t])
            dx = max(x0 - mid[c][0], 0.0, mid[c][0] - x1)
            dy = max(y0 - mid[c][1], 0.0, mid[c][1] - y1)
            dist = float(np.hypot(dx, dy))
            row = abs(mid[c][1] - mid[t][1]) <= max(ROW_PX * f.scale, (y1 - y0) / 2)
            left, right = column(t)
            if row or (dist <= _NEAR_PX * f.scale and left < mid[c][0] < right):
                best = min(best, (0 if row else 1, dist))
        return best

    def nearest(cands: list[int]) -> int | None:
        ranked = sorted((reach(c), c) for c in cands)
        if not ranked or ranked[0][0][0] == 2 or (len(ranked) > 1 and ranked[1][0][0] == ranked[0][0][0]
                                                  and ranked[1][0][1] - ranked[0][0][1] < 1.0):
            return None  # none near, or two as near: not this rule's to say
        return ranked[0][1]

    found = nearest(icons)
    if found is None and "heart" in want:  # an outlined heart in a round white button, read as an "O"
        found = nearest([c for c in range(n) if f.cand_kind[c] == KINDS["text"] and f.cand_text[c].strip() in _ROUND
                         and _ROUND_PX[0] * f.scale <= min(f.cand_box[c][2:] - f.cand_box[c][:2])
                         and max(f.cand_box[c][2:] - f.cand_box[c][:2]) <= _ROUND_PX[1] * f.scale])
    return q if found is None else found
