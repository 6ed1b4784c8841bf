"""Dynamic high-resolution tiling (InternVL ``dynamic_preprocess``) with NVLM-style 1-D tile tags.

A screen is far larger than a vision encoder's input, so it is cut into a grid of tiles whose aspect
ratio best matches the frame, plus one downscaled thumbnail for global context. Unlike InternVL, which
resizes the whole image to ``cols*tile_size x rows*tile_size`` first, tiles here are described by
regions of the *original* frame (``Tile.box``), so any consumer (the model, OCR, a cache) can map a
tile back to frame pixels without rounding drift.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import cv2
import numpy as np
from pydantic import BaseModel, ConfigDict

from tilepilot.errors import InputError

THUMBNAIL_TAG = "<tile_global_thumbnail>"
IMAGE_PLACEHOLDER = "<image>"


class Tile(BaseModel):
    """One tile: its 1-based position, the tag a tile-tagged model sees, and the frame region it covers."""

    model_config = ConfigDict(frozen=True)

    index: int
    tag: str
    box: tuple[int, int, int, int]  # (x0, y0, x1, y1) in frame pixels, x1/y1 exclusive
    is_thumbnail: bool = False

    @property
    def width(self) -> int:
        return self.box[2] - self.box[0]

    @property
    def height(self) -> int:
        return self.box[3] - self.box[1]


def _check_args(width: int, height: int, min_num: int, max_num: int, tile_size: int) -> None:
    for name, value in (("width", width), ("height", height), ("min_num", min_num),
                        ("max_num", max_num), ("tile_size", tile_size)):
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
            raise InputError(f"{name}={value!r}: expected an integer")
        if value <= 0:
            raise InputError(f"{name}={value!r}: expected a positive integer")
    if min_num > max_num:
        raise InputError(f"min_num={min_num} is greater than max_num={max_num}: expected min_num <= max_num")


def _candidate_grids(min_num: int, max_num: int) -> list[tuple[int, int]]:
    """All (cols, rows) with min_num <= cols*rows <= max_num, ordered by tile count.

    Built as a set in the same insertion order as InternVL and then stably sorted by the number of
    tiles, so that exact ties in aspect-ratio distance are visited in InternVL's order too.
    """
    grids = {
        (i, j)
        for n in range(min_num, max_num + 1)
        for i in range(1, n + 1)
        for j in range(1, n + 1)
        if min_num <= i * j <= max_num
    }
    return sorted(grids, key=lambda g: g[0] * g[1])


def choose_grid(
    width: int, height: int, min_num: int = 1, max_num: int = 12, tile_size: int = 448
) -> tuple[int, int]:
    """Pick the (cols, rows) grid whose aspect ratio is closest to ``width / height``.

    On an exact tie a later (larger) grid wins only if the image has more than half the pixels that
    grid would need at ``tile_size``: upscaling a small image into many tiles adds no detail.
    """
    _check_args(width, height, min_num, max_num, tile_size)
    aspect = width / height
    area = width * height
    best, best_diff = (1, 1), float("inf")
    for cols, rows in _candidate_grids(min_num, max_num):
        diff = abs(aspect - cols / rows)
        if diff < best_diff:
            best, best_diff = (cols, rows), diff
        elif diff == best_diff and area > 0.5 * tile_size * tile_size * cols * rows:
            best = (cols, rows)
    return best


def _cuts(length: int, parts: int) -> list[int]:
    """Integer boundaries splitting ``[0, length)`` into ``parts`` near-equal, gap-free intervals."""
    return [k * length // parts for k in range(parts + 1)]


def tile_frame(
    width: int, height: int, min_num: int = 1, max_num: int = 12, tile_size: int = 448,
    thumbnail: bool = True,
) -> list[Tile]:
    """Grid tiles in row-major order, then a whole-frame thumbnail tile when there is more than one.

    Boundaries are ``k * size // n`` so the grid partitions the frame exactly (every pixel in one
    tile) even when the size is not divisible. A frame narrower than the chosen column count (only
    possible with ``min_num > 1``) yields some empty tiles; they still count toward the grid.
    """
    cols, rows = choose_grid(width, height, min_num, max_num, tile_size)
    xs, ys = _cuts(width, cols), _cuts(height, rows)
    tiles = [
        Tile(index=r * cols + c + 1, tag=f"<tile_{r * cols + c + 1}>",
             box=(xs[c], ys[r], xs[c + 1], ys[r + 1]))
        for r in range(rows)
        for c in range(cols)
    ]
    if thumbnail and len(tiles) > 1:
        thumb = Tile(index=len(tiles) + 1, tag=THUMBNAIL_TAG, box=(0, 0, width, height), is_thumbnail=True)
        tiles.append(thumb)
    return tiles


def _crop(image: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray:
    x0, y0, x1, y1 = box
    return image[y0:y1, x0:x1]


def tile_images(image: np.ndarray, tiles: Sequence[Tile], tile_size: int = 448) -> list[np.ndarray]:
    """Crop each tile's region and resize it to ``tile_size`` x ``tile_size`` (the encoder input).

    INTER_AREA when shrinking (anti-aliased, keeps thin text strokes), INTER_LINEAR when enlarging.
    An empty region (see ``tile_frame``) is widened to the nearest 1-pixel strip so every tile has pixels.
    """
    if image.ndim < 2 or image.shape[0] == 0 or image.shape[1] == 0:
        raise InputError(f"image shape {image.shape}: expected a non-empty H x W (x C) array")
    if tile_size <= 0:
        raise InputError(f"tile_size={tile_size!r}: expected a positive integer")
    h, w = image.shape[:2]
    out = []
    for tile in tiles:
        x0, y0, x1, y1 = tile.box
        x0, y0 = min(max(x0, 0), w - 1), min(max(y0, 0), h - 1)
        x1, y1 = min(max(x1, x0 + 1), w), min(max(y1, y0 + 1), h)
        crop = image[y0:y1, x0:x1]
        shrinking = crop.shape[0] * crop.shape[1] >= tile_size * tile_size
        interp = cv2.INTER_AREA if shrinking else cv2.INTER_LINEAR
        out.append(cv2.resize(crop, (tile_size, tile_size), interpolation=interp))
    return out


def tile_digest(image: np.ndarray, box: tuple[int, int, int, int]) -> str:
    """Content hash of a region: equal pixels, equal digest; lets OCR skip tiles that did not change."""
    crop = np.ascontiguousarray(_crop(image, box))
    h = hashlib.blake2b(digest_size=16)
    h.update(repr(crop.shape).encode())  # same bytes in a different shape is different content
    h.update(crop.data)
    return h.hexdigest()


def tagged_layout(tiles: Sequence[Tile]) -> str:
    """The text a tile-tagged model sees: each tile's tag followed by one ``<image>`` placeholder.

    E.g. ``<tile_1><image><tile_2><image><tile_global_thumbnail><image>``; the caller substitutes each
    placeholder with that tile's visual tokens, in the same order as ``tiles``.
    """
    return "".join(f"{t.tag}{IMAGE_PLACEHOLDER}" for t in tiles)
