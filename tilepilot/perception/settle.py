"""Wait until the screen stops changing, instead of sleeping a fixed time.

Frames are captured until ``quiet`` consecutive ones differ by less than ``threshold`` (share of changed
pixels, compared at low resolution), at least ``interval`` seconds apart, bounded by ``timeout``. The last
frame is returned and becomes the next observation, so settling costs one extra capture per step.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import cv2
import numpy as np
from pydantic import BaseModel, Field

from tilepilot.perception.frame import Frame


class SettleConfig(BaseModel):
    timeout: float = Field(default=3.0, ge=0)
    interval: float = Field(default=0.02, ge=0)
    threshold: float = Field(default=0.001, ge=0, le=1)
    quiet: int = Field(default=1, ge=1)
    min_wait: float = Field(default=0.0, ge=0)


class SettleResult(BaseModel):
    settled: bool
    waited: float
    captures: int


def small(image: np.ndarray, width: int = 320) -> np.ndarray:
    """A low-resolution copy for comparisons: cheap, and blind to sub-pixel noise."""
    h, w = image.shape[:2]
    if w <= width:
        return image
    return cv2.resize(image, (width, max(1, round(h * width / w))), interpolation=cv2.INTER_AREA)


def changed_share(a: np.ndarray, b: np.ndarray, tol: int = 12) -> float:
    """Share of pixels whose value moved by more than ``tol``; shapes that differ count as all changed."""
    if a.shape != b.shape:
        return 1.0
    d = cv2.absdiff(a, b)
    if d.ndim == 3:
        d = np.maximum(np.maximum(d[..., 0], d[..., 1]), d[..., 2])
    return float(np.count_nonzero(d > tol)) / float(d.size or 1)


def wait_settled(capture: Callable[[], Frame], cfg: SettleConfig | None = None) -> tuple[Frame, SettleResult]:
    cfg = cfg or SettleConfig()
    start = time.monotonic()
    if cfg.min_wait:
        time.sleep(cfg.min_wait)
    last = time.monotonic()
    frame = capture()
    prev = small(frame.image)
    captures, calm = 1, 0
    while True:
        pause = cfg.interval - (time.monotonic() - last)
        if pause > 0:
            time.sleep(pause)
        last = time.monotonic()
        frame = capture()
        cur = small(frame.image)
        captures += 1
        calm = calm + 1 if changed_share(prev, cur) <= cfg.threshold else 0
        waited = time.monotonic() - start
        if calm >= cfg.quiet:
            return frame, SettleResult(settled=True, waited=waited, captures=captures)
        if waited >= cfg.timeout:
            return frame, SettleResult(settled=False, waited=waited, captures=captures)
        prev = cur
