"""Resolution router for tiled screenshots (the InternVL 3.5 "ViR" idea, decided from pixels).

A 448x448 tile normally costs 256 visual tokens (14 px patches, 2x2 pixel shuffle). Much of a screenshot
is empty background or large flat panels that look the same at a quarter of the resolution. For each tile
the router tries the cheaper sides (224 px -> 64 tokens, ...) and keeps the cheapest one whose
down-and-up-scaled copy loses almost nothing: at most ``tolerance`` of its pixels may move by more than
``step`` grey levels. Text and icons lose their strokes when shrunk, so a tile with any of them keeps the
full budget; empty background and flat panels drop to the low one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from tilepilot.errors import InputError
from tilepilot.perception.tiling import tile_frame, tile_images


@dataclass(frozen=True)
class RouterConfig:
    tile_size: int = 448
    patch: int = 14
    downsample: float = 0.5  # pixel shuffle: 2x2 patches -> 1 token
    sides: tuple[int, ...] = (448, 224)  # allowed tile sides, largest first; 448 -> 256 tokens, 224 -> 64
    tolerance: float = 0.002  # share of pixels allowed to lose detail at a cheaper side
    step: int = 24  # a pixel "loses detail" when it moves by more than this many grey levels
    max_num: int = 12


def tokens_for_side(side: int, patch: int = 14, downsample: float = 0.5) -> int:
    """Visual tokens of a square tile: (side / patch * downsample)^2; 448/14 with pixel shuffle -> 256."""
    if side <= 0 or patch <= 0:
        raise InputError(f"side={side}, patch={patch}: expected positive integers")
    n = int(side // patch * downsample)
    return max(1, n * n)


@dataclass(frozen=True)
class TileStats:
    edge_density: float  # share of pixels with a strong grey step to a neighbour
    colour_std: float  # standard deviation of the grey level
    lost: dict[int, float]  # side -> share of pixels that lose detail when shrunk to that side and back


def tile_stats(tile: np.ndarray, sides: Sequence[int] = (224,), step: int = 24) -> TileStats:
    """Content statistics of one square tile image (RGB, any size)."""
    grey = cv2.cvtColor(tile, cv2.COLOR_RGB2GRAY) if tile.ndim == 3 else tile
    g = grey.astype(np.int16)
    edges = (np.abs(np.diff(g, axis=1))[:-1, :] > step) | (np.abs(np.diff(g, axis=0))[:, :-1] > step)
    size = grey.shape[1], grey.shape[0]
    lost = {}
    for s in sides:
        small = cv2.resize(grey, (s, s), interpolation=cv2.INTER_AREA)
        back = cv2.resize(small, size, interpolation=cv2.INTER_LINEAR)
        lost[s] = float(np.mean(np.abs(back.astype(np.int16) - g) > step))
    return TileStats(float(edges.mean()) if edges.size else 0.0, float(grey.std()), lost)


def route(tiles: Sequence[np.ndarray], config: RouterConfig | None = None) -> list[int]:
    """The side (and so the token budget) for each tile image: the cheapest that keeps its content."""
    cfg = config or RouterConfig()
    sides = sorted(cfg.sides, reverse=True)
    out = []
    for img in tiles:
        st = tile_stats(img, sides[1:], cfg.step)
        chosen = sides[0]
        for s in sides[1:]:  # decreasing sides: stop at the first that loses content
            if st.lost[s] <= cfg.tolerance:
                chosen = s
            else:
                break
        out.append(chosen)
    return out


def token_report(image: np.ndarray, config: RouterConfig | None = None) -> dict[str, object]:
    """Visual tokens for one screenshot with and without the router (tiles + thumbnail)."""
    cfg = config or RouterConfig()
    h, w = image.shape[:2]
    tiles = tile_frame(w, h, max_num=cfg.max_num, tile_size=cfg.tile_size)
    imgs = tile_images(image, tiles, cfg.tile_size)
    sides = route(imgs, cfg)
    full = tokens_for_side(cfg.tile_size, cfg.patch, cfg.downsample)
    without = full * len(tiles)
    with_router = sum(tokens_for_side(s, cfg.patch, cfg.downsample) for s in sides)
    return {"tiles": len(tiles), "sides": sides, "tokens_without": without, "tokens_with": with_router,
            "ratio": without / with_router}
