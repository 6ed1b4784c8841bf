"""Wait until the screen stops changing, instead of sleeping a fixed time.

A cheap low-resolution probe is taken repeatedly; the screen is settled when ``quiet`` consecutive
probes differ by less than ``threshold`` (share of changed pixels). Bounded by ``timeout``.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np
from pydantic import BaseModel, Field


class SettleConfig(BaseModel):
    timeout: float = Field(default=3.0, ge=0)
    interval: float = Field(default=0.02, ge=0)
    threshold: float = Field(default=0.001, ge=0, le=1)
    quiet: int = Field(default=1, ge=1)
    min_wait: float = Field(default=0.0, ge=0)


class SettleResult(BaseModel):
    settled: bool
    waited: float
    probes: int


def changed_share(a: np.ndarray, b: np.ndarray, tol: int = 12) -> float:
    """Share of pixels whose value moved by more than ``tol``; shapes that differ count as all changed."""
    if a.shape != b.shape:
        return 1.0
    d = np.abs(a.astype(np.int16) - b.astype(np.int16))
    if d.ndim == 3:
        d = d.max(axis=2)
    return float(np.count_nonzero(d > tol)) / float(d.size or 1)


def wait_settled(probe: Callable[[], np.ndarray], cfg: SettleConfig | None = None) -> SettleResult:
    cfg = cfg or SettleConfig()
    start = time.monotonic()
    if cfg.min_wait:
        time.sleep(cfg.min_wait)
    prev = probe()
    probes, calm = 1, 0
    while True:
        if cfg.interval:
            time.sleep(cfg.interval)
        cur = probe()
        probes += 1
        calm = calm + 1 if changed_share(prev, cur) <= cfg.threshold else 0
        waited = time.monotonic() - start
        if calm >= cfg.quiet:
            return SettleResult(settled=True, waited=waited, probes=probes)
        if waited >= cfg.timeout:
            return SettleResult(settled=False, waited=waited, probes=probes)
        prev = cur
