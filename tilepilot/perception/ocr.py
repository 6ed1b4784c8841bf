"""Tiled, cached OCR over screen frames (RapidOCR / PP-OCR ONNX models, CPU, offline).

Screens change a little between steps (a field typed into, a menu opened), so OCR is run per tile of
the same grid the model sees (``tiling.tile_frame``) and cached by tile content: an unchanged tile
costs one hash instead of a detector + recogniser pass. Each tile is read with a margin so that text
lying on a border is read whole, and each text box is owned by the one tile that holds its centre;
boxes a tile does not own are never recognised. A box whose centre lies within a few pixels of a border
is owned by both tiles (two crops never place a line's box identically) and the copies are merged. Lines
longer than a tile plus its margin come back in pieces, which are merged and re-recognised.

Inside a changed tile the detector does not see the whole tile: GUI screens are mostly flat colour and
box borders, so the tile is cut into text blocks (``text_blocks``: regions of short edges, with long
straight lines removed) and the detector runs on each block, cached by the block's pixels. Lines whose
pixels are unchanged reuse their cached text. On generated screens this cuts detection time ~5x against
the whole frame and finds 515 of the 517 boxes the whole-frame detector finds (a lone bullet was missed).
"""

from __future__ import annotations

import contextlib
import functools
import logging
import threading
from collections import OrderedDict
from collections.abc import Sequence

import cv2
import numpy as np
from pydantic import BaseModel, ConfigDict

from tilepilot.errors import InputError, TilepilotError
from tilepilot.perception.frame import Frame
from tilepilot.perception.tiling import Tile, tile_digest, tile_frame

Box = tuple[float, float, float, float]
# (text, (x0, y0, x1, y1) relative to the crop, score) as cached per extended tile crop
_RawBox = tuple[str, Box, float]


class TextBox(BaseModel):
    """One line (or word group) of text on screen, with an axis-aligned box in frame pixels."""

    model_config = ConfigDict(frozen=True)

    text: str
    box: Box  # (x0, y0, x1, y1), frame pixels
    score: float

    @property
    def center(self) -> tuple[float, float]:
        return (self.box[0] + self.box[2]) / 2, (self.box[1] + self.box[3]) / 2

    @property
    def width(self) -> float:
        return self.box[2] - self.box[0]

    @property
    def height(self) -> float:
        return self.box[3] - self.box[1]


class OcrStats(BaseModel):
    """What the last ``OcrEngine.read`` did per grid tile (ocr_run + cached + blank == total)."""

    tiles_total: int = 0
    tiles_ocr_run: int = 0
    tiles_cached: int = 0
    tiles_blank: int = 0
    lines_recognized: int = 0  # text lines run through the recogniser
    lines_cached: int = 0  # detected lines whose text came from the line cache
    blocks_detected: int = 0  # text blocks run through the detector
    blocks_cached: int = 0  # text blocks whose boxes came from the block cache


def _quiet_rapidocr_logs() -> None:
    """RapidOCR logs INFO lines per model load and a WARNING for every image without text (common for
    tiles); keep its other warnings."""
    log = logging.getLogger("RapidOCR")
    log.setLevel(logging.WARNING)
    if not any(isinstance(f, _NoEmptyDetection) for f in log.filters):
        log.addFilter(_NoEmptyDetection())


class _NoEmptyDetection(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return "detection result is empty" not in record.getMessage()


_OWN_SLACK = 6  # px: a box centred this close to a tile border belongs to both tiles (see _dedupe)
_rapid_lock = threading.Lock()  # RapidOCR keeps per-call flags on the instance: one call at a time


@functools.lru_cache(maxsize=4)
def rapidocr_engine(use_cls: bool = False, det_limit_side_len: int = 0):
    """The process-wide RapidOCR instance for these settings (loading the ONNX models takes ~1 s).

    ``use_cls`` is off by default: screen text is upright, and the 180-degree classifier only costs time
    (and occasionally flips a line). ``det_limit_side_len`` 0 runs the detector at the input's native
    resolution, so a tile costs in proportion to its pixels; a positive value upscales inputs whose
    shorter side is below it (RapidOCR's default is 736), which helps only very small text.
    """
    try:
        from rapidocr import RapidOCR
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise TilepilotError(
            f"OCR needs the rapidocr package ({e}); install it with: pip install rapidocr onnxruntime"
        ) from e
    _quiet_rapidocr_logs()
    params: dict = {
        "Global.log_level": "warning",
        "Global.use_cls": use_cls,
        "Global.max_side_len": 16384,  # never shrink a full frame: the baseline must see what tiles see
    }
    if det_limit_side_len > 0:
        params.update({"Det.limit_type": "min", "Det.limit_side_len": det_limit_side_len})
    else:
        params.update({"Det.limit_type": "max", "Det.limit_side_len": 16384})
    engine = RapidOCR(params=params)
    _quiet_rapidocr_logs()
    with _no_spinning():
        engine._load_det_model()
        engine._load_rec_model()
        if use_cls:
            engine._load_cls_model()
    return engine


@contextlib.contextmanager
def _no_spinning():
    """ONNX Runtime's worker threads busy-wait after each run by default. On 2 cores that takes the CPU from
    the torch model that runs right after OCR: with spinning off, the features of a step after one field
    was retyped took 37 ms instead of 98, and a cold OCR read 0.32 s instead of 0.44 s. RapidOCR builds its
    sessions' options itself, so its builder is wrapped while the models load (speed only: if RapidOCR
    changes, this does nothing)."""
    try:
        from rapidocr.inference_engine.onnxruntime import main as ort_main
        cls = ort_main.OrtInferSession
        build = cls.__dict__["_init_sess_opts"]
    except (ImportError, AttributeError, KeyError):  # pragma: no cover - another RapidOCR version
        yield
        return

    def patched(cfg):
        opts = build.__func__(cfg)
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        opts.add_session_config_entry("session.inter_op.allow_spinning", "0")
        return opts

    cls._init_sess_opts = staticmethod(patched)
    try:
        yield
    finally:
        cls._init_sess_opts = build


def _as_rgb(frame_or_image: Frame | np.ndarray) -> np.ndarray:
    image = frame_or_image.image if isinstance(frame_or_image, Frame) else frame_or_image
    if not isinstance(image, np.ndarray) or image.ndim != 3 or image.shape[2] != 3 or image.dtype != np.uint8:
        got = getattr(image, "shape", type(image).__name__)
        raise InputError(f"image {got}: expected an H x W x 3 uint8 RGB array or a Frame")
    if image.shape[0] == 0 or image.shape[1] == 0:
        raise InputError(f"image shape {image.shape}: expected a non-empty image")
    return image


def _bgr(rgb: np.ndarray) -> np.ndarray:
    # RapidOCR treats an ndarray as BGR (cv2 convention) and passes it through unconverted.
    return np.ascontiguousarray(rgb[:, :, ::-1])


def _digest(arr: np.ndarray) -> str:
    return tile_digest(arr, (0, 0, arr.shape[1], arr.shape[0]))


def text_blocks(rgb: np.ndarray, contrast: int = 24, line_len: int = 41, pad: int = 10
                ) -> list[tuple[int, int, int, int]]:
    """Rectangles (x0, y0, x1, y1) that together hold every text-like mark on ``rgb``.

    Text is short edges packed on a line; a GUI's other edges are mostly long straight borders. Edges
    (a colour step above ``contrast`` in any channel) minus thin horizontal or vertical runs of ``line_len``
    pixels are joined into words and lines by a small dilation, boxed, padded by ``pad`` and merged
    where the padded boxes overlap. Marks under 5 px tall are dropped (no readable text is smaller).
    """
    k3 = np.ones((3, 3), np.uint8)
    g = cv2.morphologyEx(rgb, cv2.MORPH_GRADIENT, k3)
    grad = np.maximum(np.maximum(g[:, :, 0], g[:, :, 1]), g[:, :, 2])  # 14x faster than g.max(axis=2)
    edges = (grad > contrast).astype(np.uint8)
    # long runs that are also thin: the edges of bold text on a line can run long too, but are thick
    runs_h = cv2.morphologyEx(edges, cv2.MORPH_OPEN, np.ones((1, line_len), np.uint8))
    runs_v = cv2.morphologyEx(edges, cv2.MORPH_OPEN, np.ones((line_len, 1), np.uint8))
    lines = runs_h & (1 - cv2.morphologyEx(runs_h, cv2.MORPH_OPEN, np.ones((6, 1), np.uint8)))
    lines |= runs_v & (1 - cv2.morphologyEx(runs_v, cv2.MORPH_OPEN, np.ones((1, 6), np.uint8)))
    joined = cv2.dilate(edges & (1 - lines), np.ones((5, 15), np.uint8))
    _, _, comps, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    h, w = rgb.shape[:2]
    rects = [[max(0, x - pad), max(0, y - pad), min(w, x + bw + pad), min(h, y + bh + pad)]
             for x, y, bw, bh, _ in comps[1:].tolist() if bh - 4 >= 5]
    merged = True
    while merged:
        merged = False
        for i in range(len(rects)):
            a = rects[i]
            for j in range(i + 1, len(rects)):
                b = rects[j]
                if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]:
                    rects[i] = [min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])]
                    del rects[j]
                    merged = True
                    break
            if merged:
                break
    return [tuple(r) for r in sorted(rects, key=lambda r: (r[1], r[0]))]


def word_boxes(rgb: np.ndarray, box: Box, n: int, contrast: int = 40) -> list[Box] | None:
    """The boxes of the ``n`` words of a text line read in ``box``, from its ink: the ``n - 1`` widest gaps
    between inked columns are the spaces; None when the line has fewer gaps than that.

    The detector joins words it finds close enough into one line, so a menu bar ("File Edit View"), a nav bar or
    two buttons side by side come back as one box, and a click on its centre lands between two of them. Thin
    rules along or through the line (an underline, a box's edge, a button's border) are not ink here."""
    h, w = rgb.shape[:2]
    x0, y0 = max(0, int(box[0])), max(0, int(box[1]))
    x1, y1 = min(w, int(np.ceil(box[2]))), min(h, int(np.ceil(box[3])))
    bh = y1 - y0
    if n < 1 or bh < 4 or x1 - x0 < n:
        return None
    if n == 1:
        return [box]
    g = cv2.morphologyEx(rgb[y0:y1, x0:x1], cv2.MORPH_GRADIENT, np.ones((3, 3), np.uint8))
    ink = (np.maximum(np.maximum(g[:, :, 0], g[:, :, 1]), g[:, :, 2]) > contrast).astype(np.uint8)
    runs_h = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((1, max(12, int(0.8 * bh))), np.uint8))
    hline = runs_h & (1 - cv2.morphologyEx(runs_h, cv2.MORPH_OPEN, np.ones((6, 1), np.uint8)))
    runs_v = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((max(4, int(0.9 * bh)), 1), np.uint8))
    vline = runs_v & (1 - cv2.morphologyEx(runs_v, cv2.MORPH_OPEN, np.ones((1, 6), np.uint8)))
    inked = np.flatnonzero((ink & (1 - cv2.dilate(hline, np.ones((3, 1), np.uint8))) & (1 - vline)).any(0))
    if len(inked) < n:
        return None
    gaps = np.flatnonzero(np.diff(inked) > 1)
    if len(gaps) < n - 1:
        return None
    widest = np.sort(gaps[np.argsort(-(inked[gaps + 1] - inked[gaps]), kind="stable")[:n - 1]])
    starts = np.concatenate([[inked[0]], inked[widest + 1]])
    ends = np.concatenate([inked[widest], [inked[-1]]]) + 1
    return [(float(x0 + a), float(box[1]), float(x0 + b), float(box[3])) for a, b in zip(starts, ends, strict=True)]


def _reuse(rgb: np.ndarray, quad: np.ndarray, prev: tuple[np.ndarray, tuple[_RawBox, ...]] | None
           ) -> tuple[str, float] | None:
    """The text a line had at the last read of this tile position, if its pixels did not change.

    The detector can place an unchanged line's box a pixel differently when something else in its text
    block changed (a field was typed into), so the line cache, keyed by the exact crop, would miss; here
    the old box that overlaps the new one most (IoU >= 0.7) is reused when the pixels of both boxes,
    grown by 2 px, are the same as before."""
    if prev is None or prev[0].shape != rgb.shape:
        return None
    old_rgb, raw = prev
    x0, y0 = float(quad[:, 0].min()), float(quad[:, 1].min())
    x1, y1 = float(quad[:, 0].max()), float(quad[:, 1].max())
    best, best_iou = None, 0.7
    for text, (a0, b0, a1, b1), score in raw:
        iw, ih = min(x1, a1) - max(x0, a0), min(y1, b1) - max(y0, b0)
        if iw <= 0 or ih <= 0:
            continue
        inter = iw * ih
        iou = inter / ((x1 - x0) * (y1 - y0) + (a1 - a0) * (b1 - b0) - inter)
        if iou >= best_iou:
            best, best_iou = (text, score, (a0, b0, a1, b1)), iou
    if best is None:
        return None
    a0, b0, a1, b1 = best[2]
    h, w = rgb.shape[:2]
    u0, v0 = max(0, int(min(x0, a0)) - 2), max(0, int(min(y0, b0)) - 2)
    u1, v1 = min(w, int(np.ceil(max(x1, a1))) + 2), min(h, int(np.ceil(max(y1, b1))) + 2)
    if not np.array_equal(rgb[v0:v1, u0:u1], old_rgb[v0:v1, u0:u1]):
        return None
    return best[0], best[1]


def _grow32(a: int, b: int, n: int) -> tuple[int, int, int]:
    """[a, b) grown to a multiple of 32 (the detector's stride, so it never resizes), inside [0, n) when it
    fits: (start, end, wanted size)."""
    size = max(32, -(-(b - a) // 32) * 32)
    start = max(0, min(a - (size - (b - a)) // 2, n - size))
    return start, min(n, start + size), size


class _Piece:
    """A text box during merging, remembering which tiles produced it."""

    __slots__ = ("text", "box", "score", "tiles", "shared")

    def __init__(self, text: str, box: Box, score: float, tiles: frozenset[int], shared: bool = False):
        self.text, self.box, self.score, self.tiles = text, box, score, tiles
        self.shared = shared  # near or across its tile's border: a neighbour may hold it too


class OcrEngine:
    """Reads all text on a frame, tile by tile, re-running OCR only where pixels changed.

    One engine keeps one cache; reuse it across the frames of a session. Not thread-safe per engine
    (the shared RapidOCR instance is guarded by a lock).
    """

    def __init__(
        self,
        min_num: int = 1,
        max_num: int = 12,
        tile_size: int = 448,
        margin: int = 24,
        cache_size: int = 512,
        line_cache_size: int = 8192,
        block_cache_size: int = 4096,
        blocks: bool = True,
        blank_range: int = 8,
        min_score: float = 0.5,
        use_cls: bool = False,
        det_limit_side_len: int = 0,
    ):
        if min(margin, cache_size, line_cache_size, block_cache_size) < 0:
            raise InputError(f"margin={margin}, cache_size={cache_size}, line_cache_size={line_cache_size}, "
                             f"block_cache_size={block_cache_size}: expected non-negative integers")
        self.min_num, self.max_num, self.tile_size = min_num, max_num, tile_size
        self.margin = margin
        self.cache_size = cache_size
        self.blank_range = blank_range
        self.min_score = min_score
        self.use_cls = use_cls
        self.det_limit_side_len = det_limit_side_len
        self._cache: OrderedDict[str, tuple[_RawBox, ...]] = OrderedDict()
        self.line_cache_size = line_cache_size
        self._line_cache: OrderedDict[str, tuple[str, float]] = OrderedDict()
        self.blocks = blocks
        self.block_cache_size = block_cache_size
        self._block_cache: OrderedDict[str, tuple[np.ndarray, ...]] = OrderedDict()
        # per tile position: the last extended crop read there and its raw boxes (see _reuse)
        self._last: dict[tuple[int, int, int, int], tuple[str, np.ndarray, tuple[_RawBox, ...]]] = {}
        self.stats = OcrStats()

    @property
    def _engine(self):
        return rapidocr_engine(self.use_cls, self.det_limit_side_len)

    def clear_cache(self) -> None:
        self._cache.clear()
        self._line_cache.clear()
        self._block_cache.clear()
        self._last.clear()

    # -- raw OCR -------------------------------------------------------------------------------------

    def _ocr(self, rgb: np.ndarray, stats: OcrStats | None = None,
             own: tuple[int, int, int, int] | None = None,
             prev: tuple[np.ndarray, tuple[_RawBox, ...]] | None = None) -> tuple[_RawBox, ...]:
        """Detect + recognise on one image; boxes relative to it, axis-aligned.

        With ``stats`` (tiled reads) detection runs per text block (see ``text_blocks``) unless
        ``blocks`` is off, only boxes whose centre lies in ``own`` are kept, and each line keeps the text it
        had in ``prev`` (the last read at this tile position) when its pixels did not change, else its
        pixels are looked up in the line cache. Without ``stats`` this is plain RapidOCR, the baseline.
        """
        engine = self._engine
        bgr = _bgr(rgb)
        if stats is None:
            with _rapid_lock:
                res = engine(bgr, use_det=True, use_cls=self.use_cls, use_rec=True)
            if res.boxes is None or res.txts is None:
                return ()
            found = list(zip(res.boxes, res.txts, res.scores, strict=False))
        else:
            from rapidocr.utils.process_img import get_rotate_crop_image

            quads = self._detect(rgb, bgr, stats)
            if own is not None:
                s = _OWN_SLACK
                quads = [q for q in quads if own[0] - s <= q[:, 0].mean() < own[2] + s
                         and own[1] - s <= q[:, 1].mean() < own[3] + s]
            kept = [_reuse(rgb, q, prev) if self.line_cache_size else None for q in quads]
            found = [(q, *k) for q, k in zip(quads, kept, strict=True) if k is not None]
            stats.lines_cached += len(found)
            quads = [q for q, k in zip(quads, kept, strict=True) if k is None]
            crops = [get_rotate_crop_image(bgr, q.copy()) for q in quads]
            keys = [_digest(c) for c in crops]
            todo: dict[str, np.ndarray] = {}  # unseen line images, each recognised once
            for c, k in zip(crops, keys, strict=True):
                if k not in todo and self._cache_get(self._line_cache, k) is None:
                    todo[k] = c
            fresh = dict(zip(todo, self._recognize(list(todo.values()), stats), strict=True))
            stats.lines_cached += len(keys) - len(todo)
            results = [fresh[k] if k in fresh else self._line_cache[k] for k in keys]
            for k, v in fresh.items():
                self._cache_put(self._line_cache, k, v, self.line_cache_size)
            found += [(q, t, sc) for q, (t, sc) in zip(quads, results, strict=True)]
        out = []
        for quad, text, score in found:
            text = text.strip()
            if not text or score < self.min_score:
                continue
            q = np.asarray(quad, dtype=float)
            out.append((text, (float(q[:, 0].min()), float(q[:, 1].min()),
                               float(q[:, 0].max()), float(q[:, 1].max())), float(score)))
        return tuple(out)

    def _detect(self, rgb: np.ndarray, bgr: np.ndarray, stats: OcrStats) -> list[np.ndarray]:
        """Text line quads (4 x 2 float32, image pixels) on one tile crop."""
        if not self.blocks:
            with _rapid_lock:
                det = self._engine(bgr, use_det=True, use_cls=False, use_rec=False)
            boxes = getattr(det, "boxes", None)
            return [] if boxes is None else [np.asarray(q, dtype=np.float32) for q in boxes]
        detector = self._engine._load_det_model()
        h, w = bgr.shape[:2]
        quads: list[np.ndarray] = []
        for x0, y0, x1, y1 in text_blocks(rgb):
            gx0, gx1, sw = _grow32(x0, x1, w)
            gy0, gy1, sh = _grow32(y0, y1, h)
            crop = bgr[gy0:gy1, gx0:gx1]
            key = _digest(crop)
            found = self._cache_get(self._block_cache, key)
            if found is None:
                if crop.shape[:2] != (sh, sw):
                    crop = cv2.copyMakeBorder(crop, 0, sh - crop.shape[0], 0, sw - crop.shape[1],
                                              cv2.BORDER_REPLICATE)
                with _rapid_lock:
                    det = detector(np.ascontiguousarray(crop))
                boxes = getattr(det, "boxes", None)
                found = () if boxes is None else tuple(np.asarray(q, dtype=np.float32) for q in boxes)
                self._cache_put(self._block_cache, key, found, self.block_cache_size)
                stats.blocks_detected += 1
            else:
                stats.blocks_cached += 1
            quads.extend(q + np.array([gx0, gy0], dtype=np.float32) for q in found)
        return quads

    def _recognize(self, crops: list[np.ndarray], stats: OcrStats) -> list[tuple[str, float]]:
        """Recognise BGR line crops in one batch: (text, score) per crop, in order."""
        if not crops:
            return []
        engine = self._engine
        with _rapid_lock:
            if self.use_cls:
                crops, _ = engine.cls_and_rotate(crops)
            rec = engine.recognize_txt(crops)
        stats.lines_recognized += len(crops)
        return [(t.strip(), float(sc)) for t, sc in zip(rec.txts, rec.scores, strict=True)]

    def read_full(self, frame_or_image: Frame | np.ndarray) -> list[TextBox]:
        """OCR the whole frame in one pass, no tiles, no cache: the baseline tiling is measured against."""
        rgb = _as_rgb(frame_or_image)
        return reading_order([TextBox(text=t, box=b, score=s) for t, b, s in self._ocr(rgb)])

    # -- tiled OCR -----------------------------------------------------------------------------------

    def tiles(self, width: int, height: int) -> list[Tile]:
        """The grid (no thumbnail) OCR reads, the same one the model is shown."""
        return tile_frame(width, height, self.min_num, self.max_num, self.tile_size, thumbnail=False)

    def _is_blank(self, rgb: np.ndarray, box: tuple[int, int, int, int]) -> bool:
        x0, y0, x1, y1 = box
        if x1 <= x0 or y1 <= y0:
            return True
        small = rgb[y0:y1:4, x0:x1:4]
        grey = small.max(axis=2).astype(np.int16) + small.min(axis=2)  # cheap luminance proxy, 0..510
        return int(grey.max()) - int(grey.min()) < 2 * self.blank_range

    def _cache_get(self, cache: OrderedDict, key: str):
        hit = cache.get(key)
        if hit is not None:
            cache.move_to_end(key)
        return hit

    def _cache_put(self, cache: OrderedDict, key: str, value, size: int | None = None) -> None:
        size = self.cache_size if size is None else size
        if size == 0:
            return
        cache[key] = value
        cache.move_to_end(key)
        while len(cache) > size:
            cache.popitem(last=False)

    def read(self, frame_or_image: Frame | np.ndarray) -> list[TextBox]:
        """All text on the frame, in reading order (top to bottom, left to right), in frame pixels."""
        rgb = _as_rgb(frame_or_image)
        h, w = rgb.shape[:2]
        stats = OcrStats()
        pieces: list[_Piece] = []
        for tile in self.tiles(w, h):
            stats.tiles_total += 1
            if self._is_blank(rgb, tile.box):
                stats.tiles_blank += 1
                continue
            x0, y0, x1, y1 = tile.box
            m = self.margin
            ext = (max(0, x0 - m), max(0, y0 - m), min(w, x1 + m), min(h, y1 + m))
            own = (x0 - ext[0], y0 - ext[1], x1 - ext[0], y1 - ext[1])
            key = f"{tile_digest(rgb, ext)}{own}"
            raw = self._cache_get(self._cache, key)
            crop = rgb[ext[1]:ext[3], ext[0]:ext[2]]
            last = self._last.get(tile.box)
            if raw is None:
                raw = self._ocr(crop, stats, own, None if last is None else last[1:])
                self._cache_put(self._cache, key, raw)
                stats.tiles_ocr_run += 1
            else:
                stats.tiles_cached += 1
            if self.cache_size and (last is None or last[0] != key):
                self._last[tile.box] = (key, crop.copy(), raw)
            s = _OWN_SLACK
            for text, (bx0, by0, bx1, by1), score in raw:  # only boxes this tile owns
                fb = (bx0 + ext[0], by0 + ext[1], bx1 + ext[0], by1 + ext[1])
                # within _OWN_SLACK of the tile's border or across it: a neighbour may hold this line too
                shared = not (x0 + s <= fb[0] and fb[2] <= x1 - s and y0 + s <= fb[1] and fb[3] <= y1 - s)
                pieces.append(_Piece(text, fb, score, frozenset({tile.index}), shared))
        merged = self._merge(_dedupe(pieces), rgb, stats)
        self.stats = stats
        return reading_order([TextBox(text=p.text, box=p.box, score=p.score) for p in merged])

    # -- merging pieces cut by tile borders -------------------------------------------------------------

    @staticmethod
    def _same_line(a: Box, b: Box) -> bool:
        overlap = min(a[3], b[3]) - max(a[1], b[1])
        return overlap >= 0.6 * min(a[3] - a[1], b[3] - b[1])

    def _merge(self, pieces: list[_Piece], rgb: np.ndarray, stats: OcrStats) -> list[_Piece]:
        """Join pieces of one line that different tiles produced (same line, gap <= 0.6 line height)."""
        pieces = sorted(pieces, key=lambda p: p.box[0])
        merged_any = True
        while merged_any:
            merged_any = False
            for i, left in enumerate(pieces):
                for j in range(i + 1, len(pieces)):
                    right = pieces[j]
                    if left.tiles & right.tiles or not self._same_line(left.box, right.box):
                        continue
                    line_h = max(left.box[3] - left.box[1], right.box[3] - right.box[1])
                    gap = right.box[0] - left.box[2]
                    if gap > 0.6 * line_h or right.box[2] <= left.box[2]:
                        continue
                    pieces[i] = self._join(left, right, gap, line_h, rgb, stats)
                    del pieces[j]
                    merged_any = True
                    break
                if merged_any:
                    break
        return pieces

    def _join(self, left: _Piece, right: _Piece, gap: float, line_h: float, rgb: np.ndarray,
              stats: OcrStats) -> _Piece:
        box = (min(left.box[0], right.box[0]), min(left.box[1], right.box[1]),
               max(left.box[2], right.box[2]), max(left.box[3], right.box[3]))
        score = min(left.score, right.score)
        tiles = left.tiles | right.tiles
        if gap >= 0:
            # Separate boxes that just meet at a border: both were read whole, concatenate.
            sep = "" if gap < 0.1 * line_h else " "
            return _Piece(f"{left.text}{sep}{right.text}", box, score, tiles)
        # Overlapping pieces: the line ran past a tile's margin and both pieces are truncated, possibly
        # mid-glyph. Re-recognise the whole line from the frame (cached by its pixels).
        h, w = rgb.shape[:2]
        ib = (max(0, int(box[0])), max(0, int(box[1])),
              min(w, int(np.ceil(box[2]))), min(h, int(np.ceil(box[3]))))
        crop = _bgr(rgb[ib[1]:ib[3], ib[0]:ib[2]])
        key = _digest(crop)
        hit = self._cache_get(self._line_cache, key)
        if hit is None:
            hit = self._recognize([crop], stats)[0]
            self._cache_put(self._line_cache, key, hit, self.line_cache_size)
        text, rec_score = hit
        if text and rec_score >= self.min_score:
            return _Piece(text, box, min(score, rec_score), tiles)
        return _Piece(_splice(left, right), box, score, tiles)


def _dedupe(pieces: list[_Piece]) -> list[_Piece]:
    """Drop the smaller of two boxes from different tiles that are one line read twice (IoU >= 0.5): a line
    centred on a border is owned by both tiles. Also drop a box lying mostly inside a longer one of another
    tile on its line: a line that starts just before a border is read whole by the tile on the right (its
    margin reaches back) and cut short by the one on the left ("Lisb" beside "Lisbon, Portugal" on a profile
    page). Only boxes near or across a border are compared."""
    def area(b: Box) -> float:
        return max(0.0, b[2] - b[0]) * max(0.0, b[3] - b[1])

    out: list[_Piece] = [p for p in pieces if not p.shared]
    kept: list[_Piece] = []
    for p in sorted((p for p in pieces if p.shared), key=lambda p: -area(p.box)):
        dup = False
        for q in kept:
            if p.tiles & q.tiles:
                continue
            ix = min(p.box[2], q.box[2]) - max(p.box[0], q.box[0])
            iy = min(p.box[3], q.box[3]) - max(p.box[1], q.box[1])
            if ix > 0 and iy > 0 and (ix * iy >= 0.5 * (area(p.box) + area(q.box) - ix * iy)
                                      or (ix * iy >= 0.8 * area(p.box) and OcrEngine._same_line(p.box, q.box))):
                dup = True
                break
        if not dup:
            kept.append(p)
    return out + kept


def _splice(left: _Piece, right: _Piece) -> str:
    """Fallback join of overlapping pieces: cut both mid-overlap, by estimated glyph width."""
    mid = (left.box[2] + right.box[0]) / 2

    def chars_before(p: _Piece, x: float) -> int:
        per_char = (p.box[2] - p.box[0]) / max(len(p.text), 1)
        return max(0, min(len(p.text), round((x - p.box[0]) / per_char)))

    return " ".join((left.text[: chars_before(left, mid)] + right.text[chars_before(right, mid):]).split())


def reading_order(boxes: Sequence[TextBox]) -> list[TextBox]:
    """Top to bottom by line, left to right within a line (a line: centres within half a box height)."""
    out: list[TextBox] = []
    line: list[TextBox] = []
    for b in sorted(boxes, key=lambda b: b.center[1]):
        if line and b.center[1] - line[0].center[1] > 0.5 * min(b.height, line[0].height):
            out.extend(sorted(line, key=lambda b: b.box[0]))
            line = []
        line.append(b)
    out.extend(sorted(line, key=lambda b: b.box[0]))
    return out


def texts(boxes: Sequence[TextBox]) -> list[str]:
    """Just the strings, in the order given."""
    return [b.text for b in boxes]
