"""Visual element candidates that OCR cannot see: input boxes (bordered rectangles), found with OpenCV.

Used to turn a label ("Name") into the field it labels: the box that contains the label (a placeholder),
else the nearest box to its right on the same row, else the nearest box just below it.
"""

from __future__ import annotations

import cv2
import numpy as np
from pydantic import BaseModel

Box = tuple[float, float, float, float]


def input_boxes(image: np.ndarray, region: Box | None = None) -> list[Box]:
    """Bordered rectangles shaped like text fields (wider than tall, 14-90 px high), in frame pixels.
    ``region`` limits the search (faster, and fewer false hits)."""
    ox, oy = 0, 0
    img = image
    if region is not None:
        x0, y0, x1, y1 = (int(max(0, v)) for v in region)
        img = image[y0:y1, x0:x1]
        ox, oy = x0, y0
    if img.size == 0:
        return []
    gray = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    edges = cv2.Canny(gray, 20, 60)
    edges = cv2.dilate(edges, np.ones((2, 2), np.uint8))
    contours, _ = cv2.findContours(edges, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    out: list[Box] = []
    for c in contours:
        x, y, w, h = cv2.boundingRect(c)
        if not (14 <= h <= 90 and w >= 40 and w >= 1.5 * h):
            continue
        approx = cv2.approxPolyDP(c, 0.02 * cv2.arcLength(c, True), True)
        if len(approx) < 4 or len(approx) > 8:
            continue
        if cv2.contourArea(c) < 0.6 * w * h and cv2.arcLength(c, True) < 1.6 * (w + h):
            continue
        if not _straight_top_and_bottom(edges, x, y, w, h):
            continue
        out.append((float(x + ox), float(y + oy), float(x + ox + w), float(y + oy + h)))
    return _drop_grids(_dedupe(out))


def more_glyphs(image: np.ndarray) -> list[tuple[Box, str]]:
    """"More options" buttons drawn as three dots ("⋮" upright, "⋯" across), which OCR does not read and whose
    dots are too small to be components: the menus that hold a row's Cancel, Archive or Share in many apps.

    Dots are small round specks of ink (2-8 px a side); three of the same size on one line at an even pitch
    (over one and at most three dot sizes) with no other ink within two dot sizes around them. Ink is read
    twice: against the mean of an 11 px window (dots on a pressed button's grey square), and against the
    window's background with its light specks opened away, then its dark ones closed away, which no speck moves
    (dim grey dots on a dark card), there at a pitch of one and a half dot sizes at least (a small bold word's
    letters, "DUE", stand closer). About 15 ms on a 1280x720 frame (5 ms for the first reading alone)."""
    gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    out = _dot_trios((cv2.absdiff(gray, cv2.blur(gray, (11, 11))) > 45).astype(np.uint8), 1.0)
    k = np.ones((11, 11), np.uint8)  # the window's background with its light (then its dark) specks taken out
    for ink in (cv2.subtract(gray, cv2.morphologyEx(gray, cv2.MORPH_OPEN, k)) > 30,
                cv2.subtract(cv2.morphologyEx(gray, cv2.MORPH_CLOSE, k), gray) > 30):
        for box, glyph in _dot_trios(ink.astype(np.uint8), 1.5):
            if not any(_inside(box, o, pad=3) or _inside(o, box, pad=3) for o, _ in out):
                out.append((box, glyph))
    return out


def _dot_trios(ink: np.ndarray, apart: float) -> list[tuple[Box, str]]:
    """The three-dot glyphs of an ink mask, their dots ``apart`` dot sizes at least (more than one when 1)."""
    _n, _, st, cen = cv2.connectedComponentsWithStats(ink, connectivity=8)
    w, h, area = st[:, 2], st[:, 3], st[:, 4]
    ok = (w >= 2) & (w <= 8) & (h >= 2) & (h <= 8) & (np.abs(w - h) <= 2) & (area >= 0.5 * w * h)
    ok[0] = False  # the background
    dots = [(float(cen[i, 0]), float(cen[i, 1]), int(max(w[i], h[i])), int(i)) for i in np.flatnonzero(ok)]
    out: list[tuple[Box, str]] = []
    for axis, glyph in ((1, "⋮"), (0, "⋯")):
        lines: dict[int, list] = {}
        for d in dots:
            lines.setdefault(round(d[1 - axis]), []).append(d)
        for key, line in lines.items():
            line = sorted(line + lines.get(key + 1, []), key=lambda d: d[axis])
            for a, b, c in zip(line, line[1:], line[2:], strict=False):
                pitch, size = b[axis] - a[axis], max(a[2], b[2], c[2])
                if not ((pitch > size if apart <= 1 else pitch >= apart * size) and pitch <= 3 * size + 2
                        and abs(c[axis] - b[axis] - pitch) <= 1) \
                        or max(abs(a[1 - axis] - b[1 - axis]), abs(a[1 - axis] - c[1 - axis])) > 1 \
                        or max(a[2], b[2], c[2]) - min(a[2], b[2], c[2]) > 1:
                    continue
                trio = [a[3], b[3], c[3]]
                x0, y0 = min(int(st[t, 0]) for t in trio), min(int(st[t, 1]) for t in trio)
                x1, y1 = max(int(st[t, 0] + st[t, 2]) for t in trio), max(int(st[t, 1] + st[t, 3]) for t in trio)
                pad = 2 * size
                alone = int(ink[max(0, y0 - pad):y1 + pad, max(0, x0 - pad):x1 + pad].sum()) \
                    == sum(int(area[t]) for t in trio)
                box = (float(x0), float(y0), float(x1), float(y1))
                if alone and all(box != o for o, _ in out):
                    out.append((box, glyph))
    return out


def _dedupe(boxes: list[Box]) -> list[Box]:
    """Inner and outer edges of one border give two nested boxes: keep the outer one."""
    boxes = sorted(boxes, key=lambda b: (b[2] - b[0]) * (b[3] - b[1]), reverse=True)
    kept: list[Box] = []
    for b in boxes:
        if not any(_inside(b, k, pad=6) and (k[3] - k[1]) - (b[3] - b[1]) < 12 for k in kept):
            kept.append(b)
    return kept


def _straight_top_and_bottom(edges: np.ndarray, x: int, y: int, w: int, h: int, share: float = 0.85) -> bool:
    """Whether a box's top and bottom run straight across (a border, or the edge of a filled button): edge
    pixels within 2 px of both rows over ``share`` of the middle 80% of its width. A word's outline touches
    its bounding box only at the tops of its tall letters; a line of text in a profile page's fields came
    back as a "field" inside the text."""
    a, b = x + w // 10, x + w - w // 10
    if b <= a:
        return False
    top = edges[max(0, y - 2):y + 3, a:b].any(axis=0).mean()
    bottom = edges[max(0, y + h - 3):y + h + 2, a:b].any(axis=0).mean()
    return bool(top >= share and bottom >= share)


def _drop_grids(boxes: list[Box], gap: float = 6.0, slack: float = 3.0) -> list[Box]:
    """The boxes less the cells of a grid: a box that abuts another of its row (same top and bottom, at most
    ``gap`` px apart) and another of its column (same left and right) is a table cell, not a field. Without
    this, every cell of a bordered table was a "field" holding its text, and "search for Oslo" typed into the
    cell that showed Oslo. Fields side by side (a date in three parts) or stacked with room between stay."""
    if len(boxes) < 4:
        return boxes
    b = np.asarray(boxes, np.float32)
    x0, y0, x1, y1 = (b[:, k] for k in range(4))
    apart_x = np.maximum(x0[None] - x1[:, None], x0[:, None] - x1[None])  # gap between i and j across
    apart_y = np.maximum(y0[None] - y1[:, None], y0[:, None] - y1[None])
    same_row = (np.abs(y0[:, None] - y0[None]) <= slack) & (np.abs(y1[:, None] - y1[None]) <= slack)
    same_col = (np.abs(x0[:, None] - x0[None]) <= slack) & (np.abs(x1[:, None] - x1[None]) <= slack)
    beside = same_row & (apart_x >= -slack) & (apart_x <= gap)
    above = same_col & (apart_y >= -slack) & (apart_y <= gap)
    np.fill_diagonal(beside, False)
    np.fill_diagonal(above, False)
    cell = beside.any(axis=1) & above.any(axis=1)
    return [box for box, c in zip(boxes, cell, strict=True) if not c]


def _inside(a: Box, b: Box, pad: float = 0) -> bool:
    return a[0] >= b[0] - pad and a[1] >= b[1] - pad and a[2] <= b[2] + pad and a[3] <= b[3] + pad


def field_for_label(image: np.ndarray, label: Box) -> Box | None:
    """The input box that a label names, or None when none is near (then the label itself is clicked,
    which focuses the input for HTML <label> elements)."""
    lx0, ly0, lx1, ly1 = label
    lh = max(8.0, ly1 - ly0)
    h, w = image.shape[:2]
    region = (max(0, lx0 - 40), max(0, ly0 - 3 * lh), min(w, lx1 + 700), min(h, ly1 + 5 * lh))
    boxes = input_boxes(image, region)
    cy = (ly0 + ly1) / 2
    best: tuple[float, Box] | None = None
    for b in boxes:
        if _inside(label, b, pad=2):
            return b  # placeholder text inside its own field
        bcy = (b[1] + b[3]) / 2
        if b[1] - 4 <= cy <= b[3] + 4 and b[0] >= lx1 - 6:  # same row, to the right: preferred
            d = b[0] - lx1
        elif b[1] >= ly1 - 6 and b[1] - ly1 <= 3 * lh and b[0] <= lx1 and b[2] >= lx0:  # just below
            d = 1000 + (b[1] - ly1) * 2 + abs(b[0] - lx0) * 0.5
        else:
            continue
        if bcy < ly0 - 2 * lh:
            continue
        if best is None or d < best[0]:
            best = (d, b)
    return best[1] if best else None


def _busy(win: np.ndarray) -> np.ndarray:
    """Pixels of a grey window that differ from the one below or to the right by more than 24: ink, edges."""
    busy = np.zeros(win.shape, bool)
    busy[:-1] |= cv2.absdiff(win[1:], win[:-1]) > 24
    busy[:, :-1] |= cv2.absdiff(win[:, 1:], win[:, :-1]) > 24
    return busy


def _empty_rows_above(gray: np.ndarray, y: int, x0: int, x1: int, limit: int) -> int:
    """How many rows above row ``y`` (exclusive) hold no edge between columns x0 and x1, up to ``limit``."""
    y0 = max(0, y - limit - 1)
    win = gray[y0:y + 1, x0:x1 + 1]
    if win.shape[0] < 3 or win.shape[1] < 3:
        return 0
    rows = _busy(win)[:-1, :-1].any(axis=1)[::-1]  # from just above row y upwards
    hit = np.flatnonzero(rows)
    return int(hit[0]) if len(hit) else len(rows)


def _faint_vertical(gray: np.ndarray, y0: int, y1: int, x0: int, x1: int) -> int:
    win = gray[max(0, y0):max(0, y1), max(0, x0):max(0, x1) + 1]
    if win.shape[0] == 0 or win.shape[1] < 2:
        return 0
    return int((cv2.absdiff(win[:, 1:], win[:, :-1]) > 8).sum())


def underline_fields(image: np.ndarray, min_len: int = 80, max_height: int = 44) -> list[Box]:
    """Text fields drawn as a bare underline (Material-style inputs), which ``input_boxes`` cannot see: a thin
    horizontal line at least ``min_len`` px long, with nothing standing on its ends (not the bottom of a box)
    and empty space above most of it (the box spans that band, at most ``max_height`` px: the field's lower
    part, where a click focuses it), or holding text as a field does (``_field_with_text``)."""
    if image.ndim != 3 or image.shape[0] < 2 or image.shape[1] < min_len:
        return []
    gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    dy = cv2.absdiff(gray[1:], gray[:-1]) > 24  # horizontal edges between row y and y+1
    lines = cv2.erode(dy.astype(np.uint8), np.ones((1, min_len), np.uint8))  # marks runs >= min_len
    out: list[Box] = []
    h_img, w_img = gray.shape
    for y in np.flatnonzero(lines.any(axis=1)):
        d = np.diff(np.concatenate([[0], dy[y].astype(np.int8), [0]]))
        for x, x_end in zip(np.flatnonzero(d == 1), np.flatnonzero(d == -1), strict=True):
            w = int(x_end - x)
            if w < min_len or (y > 0 and dy[y - 1, x + w // 2]):
                continue  # too short, or the lower edge of a line already seen
            if not dy[y + 1:y + 6, x + w // 2].any():
                continue  # the edge of a filled area (a button, a panel), not a thin line
            # the top or bottom border of a box has sides rising or falling at its right end, straight or
            # rounded (the left end may have a label or a value near it); a bare underline's own rounded end
            # rises a few px at most
            r = x + w - 1
            if any(_faint_vertical(gray, y0, y1, r - 20, r + 21) >= 8 for y0, y1 in ((y - 18, y - 7), (y + 7, y + 18))):
                continue
            band = _empty_rows_above(gray, y, x + w // 5, x + w - max(6, w // 20), max_height)
            if band >= 12:  # (the left fifth may hold a typed value; the ends may be rounded)
                out.append((float(x), float(y - band), float(x + w), float(min(h_img, y + 4))))
                continue
            top = _field_with_text(gray, dy, int(y), int(x), w, max_height)
            if top is not None:
                out.append((float(x), float(top), float(x + w), float(min(h_img, y + 4))))
    return out


def _field_with_text(gray: np.ndarray, dy: np.ndarray, y: int, x: int, w: int, max_height: int) -> int | None:
    """The top of an underline field holding a value or a placeholder longer than a fifth of it, or None.

    The text stands clear of the line, set in from its start and ending well before its end (a heading's rule
    starts under its first letter; a tab's underline has its text centred), with room above the line's right
    part. A list item over its separator looks the same, so a rule with the same ends just above the text (the
    item before's separator) rules it out; a field has its label, space or something else there."""
    margin = max(6, w // 20)
    split = x + int(0.6 * w)
    band = _empty_rows_above(gray, y, split, x + w - margin, max_height)
    if band < 12:
        return None
    top = y - band
    win = gray[max(0, y - 2 * max_height):y + 1, x:split]  # room for a floating label above a value
    busy = _busy(win)[:-1]  # (less the line's own row)
    rows = busy.any(axis=1)[::-1]  # from just above the line upwards
    hit = np.flatnonzero(rows)
    if not len(hit) or hit[0] < 2:
        return None
    empty = np.flatnonzero(~rows[hit[0]:])
    stop = len(rows)
    for g in empty:  # the text ends at the first run of 3 empty rows
        if not rows[hit[0] + g:hit[0] + g + 3].any():
            stop = hit[0] + int(g)
            break
    if stop - hit[0] < 6:
        return None
    text = busy[len(rows) - stop:len(rows) - hit[0]]
    cols = np.flatnonzero(text.any(axis=0))
    inset, right_gap = int(cols[0]), w - int(cols[-1])
    if inset > max(24, w // 4) or right_gap < max(2 * inset, 0.3 * w):
        return None
    label = _floating_label(busy, rows, stop, stop - hit[0], inset)
    if inset < 3 and label is None:
        return None  # text flush with the line's start and nothing above it: a heading's rule
    if label is not None:
        return max(0, y - 1 - label - 2)
    text_top = y - 1 - stop  # the row above the text block
    for r in range(max(0, text_top - stop - 1), max(0, text_top)):  # as far up as the text and its gap
        row = dy[r]
        if row[x + 2:x + w - 2].mean() > 0.9 and not row[max(0, x - 8):max(0, x - 2)].any() \
                and not row[x + w + 2:x + w + 8].any():
            return None  # a rule with the same ends just above the text: the item before's separator
    return max(top, text_top - (hit[0] + 1))


def _floating_label(busy: np.ndarray, rows: np.ndarray, stop: int, height: int, inset: int) -> int | None:
    """How far above the line a field's floating label ends (its top), or None: a smaller line of text just
    above the value, starting where the value starts (Material's standard fields set both flush with the
    line's start)."""
    nxt = np.flatnonzero(rows[stop:])
    if not len(nxt) or nxt[0] > 16:
        return None
    a = stop + int(nxt[0])
    b = a
    while b < len(rows) and rows[b:b + 2].any():
        b += 1
    block = busy[len(rows) - b:len(rows) - a]
    cols = np.flatnonzero(block.any(axis=0))
    if not (4 <= b - a < height) or not len(cols) or abs(int(cols[0]) - inset) > 3:
        return None
    return b


class Slider(BaseModel):
    """A horizontal slider found in pixels: its track's ends and row, and its thumb."""

    x0: float
    x1: float
    y: float
    thumb: Box


def _mode_colour(pixels: np.ndarray) -> np.ndarray:
    """The most common colour (to 4 levels per channel) of an RGB patch: the local background, even when a
    card or a panel of another colour covers part of the page."""
    q = (pixels.reshape(-1, 3) // 4).astype(np.int32)
    keys = (q[:, 0] << 12) | (q[:, 1] << 6) | q[:, 2]
    k = int(np.bincount(keys).argmax())
    return np.array([(k >> 12) * 4 + 2, ((k >> 6) & 63) * 4 + 2, (k & 63) * 4 + 2], np.int16)


def slider_at(image: np.ndarray, point: tuple[float, float], scale: float = 1.0) -> Slider | None:
    """The horizontal slider under or beside ``point`` (frame pixels), or None when there is none.

    A model can point at a slider, but turning "set it to half" into a position needs the track's ends, which
    are rarely a candidate of their own (the filled part, the thumb and the rest of the track are often
    separate components). The track is the longest thin run of non-background pixels through a row near the
    point (gaps of 2 px bridged); the thumb is where that run is thickest. Without a thumb that stands out on
    both sides of the track there is no slider (a rule under a line of text, a border)."""
    h, w = image.shape[:2]
    px, py = int(round(point[0])), int(round(point[1]))
    if not (0 <= px < w and 0 <= py < h) or image.ndim != 3:
        return None
    r = max(4, int(round(20 * scale)))  # a pointer may land beside the thumb, above or below it
    y0, y1 = max(0, py - 2 * r), min(h, py + 2 * r + 1)
    band = image[y0:y1].astype(np.int16)
    bg = _mode_colour(band[:, max(0, px - int(150 * scale)):px + int(150 * scale)])
    fg = (np.abs(band - bg).max(axis=2) > 14).astype(np.uint8)
    bridged = cv2.morphologyEx(fg, cv2.MORPH_CLOSE, np.ones((1, 3), np.uint8))
    def run(yy: int) -> tuple[int, int]:
        row = bridged[yy]
        if not row[px]:
            return 0, px
        a = px - int(np.argmin(row[px::-1])) + 1 if not row[:px + 1].all() else 0
        b = px + int(np.argmin(row[px:])) if not row[px:].all() else w
        return b - a, a

    tried: set[int] = set()
    for yy in sorted(range(max(0, py - r - y0), min(y1 - y0, py + r + 1)), key=lambda v: abs(v - (py - y0))):
        if yy in tried or run(yy)[0] < 40 * scale:
            continue
        near = [v for v in range(yy - 3, yy + 4) if 0 <= v < y1 - y0]  # the track's fullest row
        tried.update(near)
        best = max(near, key=lambda v: run(v)[0])
        sl = _slider_on_row(fg, best, *run(best), y0, scale)
        if sl is not None:
            return _faint_ends(band, bg, sl, y0, scale)
    return None


def _faint_ends(band: np.ndarray, bg: np.ndarray, sl: Slider, y0: int, scale: float) -> Slider:
    """``sl`` with its track run on over a part too pale for the first pass: the unfilled side of a track is
    often a near-background grey with a faint outline (a track found only up to its thumb made "30%" land 27
    CSS px short). Columns count while any pixel within the track's half height differs from the background
    at all; a gap of a few columns ends it (the value printed beside the track)."""
    w = band.shape[1]
    half = max(3, int(round(5 * scale)))
    r = int(round(sl.y)) - y0
    rows = band[max(0, r - half):r + half + 1]
    faint = (np.abs(rows - bg).max(axis=2) > 4).any(axis=0)
    gap = max(2, int(round(2 * scale)))

    def run(x: int, step: int) -> int:
        miss = 0
        last = x
        while 0 <= x + step < w and miss <= gap:
            x += step
            if faint[x]:
                last, miss = x, 0
            else:
                miss += 1
        return last

    x0, x1 = run(int(sl.x0), -1), run(int(sl.x1) - 1, 1) + 1
    if x1 - x0 > 3 * (sl.x1 - sl.x0) + 40 * scale:
        return sl  # ran into something else: keep what the first pass found
    return sl.model_copy(update={"x0": float(min(x0, sl.x0)), "x1": float(max(x1, sl.x1))})


def slider_beside(image: np.ndarray, point: tuple[float, float], scale: float = 1.0,
                  reach: float = 480.0) -> Slider | None:
    """The slider under ``point``, else the nearest one along its row within ``reach`` CSS px: a model asked
    to "set Treble to half" sometimes points at the label "Treble", whose slider is beside it. Only the long
    runs of non-background pixels on the row's band are tried as tracks."""
    found = slider_at(image, point, scale)
    if found is not None or image.ndim != 3:
        return found
    h, w = image.shape[:2]
    px, py = int(round(point[0])), int(round(point[1]))
    r = max(4, int(round(20 * scale)))
    x0, x1 = max(0, px - int(reach * scale)), min(w, px + int(reach * scale) + 1)
    band = image[max(0, py - r):min(h, py + r + 1), x0:x1].astype(np.int16)
    if band.size == 0:
        return None
    fg = (np.abs(band - _mode_colour(band)).max(axis=2) > 14).astype(np.uint8)
    fg = cv2.morphologyEx(fg, cv2.MORPH_CLOSE, np.ones((1, 3), np.uint8))
    tried: list[float] = []
    for yy in range(fg.shape[0]):
        d = np.diff(np.concatenate([[0], fg[yy], [0]]))
        for a, b in zip(np.flatnonzero(d == 1), np.flatnonzero(d == -1), strict=True):
            if b - a >= 40 * scale:
                mid = x0 + (a + b) / 2
                if all(abs(mid - t) > 8 * scale for t in tried):
                    tried.append(mid)
    for x in sorted(tried, key=lambda v: abs(v - px)):
        found = slider_at(image, (x, float(py)), scale)
        if found is not None:
            return found
    return None


def _slider_on_row(fg: np.ndarray, yy: int, length: int, a: int, y0: int, scale: float) -> Slider | None:
    """The slider whose track is the run ``a .. a + length`` of row ``yy`` of the mask, if it has a thumb."""
    cols = fg[:, a:a + length].astype(bool)
    up = np.cumprod(cols[yy::-1], axis=0).sum(axis=0)
    down = np.cumprod(cols[yy:], axis=0).sum(axis=0)
    ext = up + down - 1  # the run's thickness in each column, through its row
    med, top = float(np.median(ext)), int(ext.max())
    if med > 12 * scale or (top >= ext.shape[0] - 1 and med >= top * 0.8):
        return None  # a filled area (a button, a bar of text), not a thin track
    if top < 1.3 * med + 2:
        return None  # no thumb stands out: a rule or a border, not a slider
    thick = ext >= top - max(1, int(0.15 * top))
    c = int(np.argmax(ext))
    lo = c - int(np.argmin(thick[c::-1])) + 1 if not thick[:c + 1].all() else 0
    hi = c + int(np.argmin(thick[c:])) if not thick[c:].all() else length
    mid = (lo + hi) // 2
    if min(up[mid], down[mid]) < 0.25 * top or not 0.4 * top <= hi - lo <= 2.5 * top:
        return None  # a thumb stands out on both sides of its track and is about as wide as tall (not a glyph
        # standing on a rule)
    cy = y0 + yy + (down[mid] - up[mid]) / 2
    thumb = (float(a + lo), float(cy - top / 2), float(a + hi), float(cy + top / 2))
    return Slider(x0=float(a), x1=float(a + length), y=float(y0 + yy), thumb=thumb)
