"""Resolution router: empty background drops to the low budget, text keeps the full one; token reports."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from tilepilot.errors import InputError
from tilepilot.model.profiles import get_profile
from tilepilot.perception.router import RouterConfig, route, tile_stats, token_report, tokens_for_side


def text_tile(size: int = 448) -> np.ndarray:
    img = np.full((size, size, 3), 250, np.uint8)
    for i in range(12):
        cv2.putText(img, f"Invoice {i:03d} paid 12.50 EUR", (8, 30 + 34 * i), cv2.FONT_HERSHEY_SIMPLEX, 0.55,
                    (20, 20, 20), 1, cv2.LINE_AA)
    return img


def app_screenshot(w: int = 1920, h: int = 1080) -> np.ndarray:
    """A sidebar with menu text, a header bar, a short form and a large empty content area."""
    img = np.full((h, w, 3), 255, np.uint8)
    img[:, :260] = (36, 41, 56)
    img[:64, 260:] = (245, 246, 248)
    for i, label in enumerate(["Dashboard", "Orders", "Customers", "Reports", "Settings"]):
        cv2.putText(img, label, (24, 120 + 44 * i), cv2.FONT_HERSHEY_SIMPLEX, 0.7, (230, 230, 230), 1, cv2.LINE_AA)
    cv2.putText(img, "Orders", (300, 42), cv2.FONT_HERSHEY_SIMPLEX, 0.9, (30, 30, 30), 2, cv2.LINE_AA)
    for i in range(3):
        cv2.rectangle(img, (300, 120 + 70 * i), (700, 160 + 70 * i), (200, 200, 200), 1)
    return img


def test_tokens_per_tile_follow_pixel_shuffle():
    assert tokens_for_side(448) == 256 and tokens_for_side(224) == 64 and tokens_for_side(112) == 16
    with pytest.raises(InputError):
        tokens_for_side(0)


def test_empty_tile_gets_the_low_budget_and_text_the_full_one():
    empty = np.full((448, 448, 3), 245, np.uint8)
    gradient = np.repeat(np.linspace(200, 255, 448, dtype=np.uint8)[None, :, None], 448, 0).repeat(3, 2)
    assert route([empty, gradient, text_tile()]) == [224, 224, 448]
    st = tile_stats(text_tile())
    assert st.edge_density > 0.01 and st.lost[224] > 0.002
    assert tile_stats(empty).edge_density == 0 and tile_stats(empty).colour_std == 0


def test_report_on_an_app_like_screenshot_halves_tokens():
    rep = token_report(app_screenshot())
    assert rep["tokens_without"] == 9 * 256
    assert rep["ratio"] >= 2.0, rep
    # a page full of text has nothing to save
    busy = np.concatenate([np.concatenate([text_tile()] * 4, 1)] * 2, 0)
    assert token_report(busy)["ratio"] < 1.5


def test_nvlm_profile_uses_the_router_per_tile():
    img = app_screenshot(1280, 720)
    with_router = get_profile("nvlm").prepare(img)
    without = get_profile("nvlm", router=False).prepare(img)
    assert without.tokens == 3 * 256
    assert with_router.tokens < without.tokens
    assert sorted({im.shape[0] for im in with_router.images}) <= [224, 448]
    assert with_router.extra["sides"] == [im.shape[0] for im in with_router.images]
    # a stricter router keeps everything at full resolution
    strict = get_profile("nvlm", router=RouterConfig(tolerance=-1.0, max_num=6))
    assert strict.prepare(img).tokens == without.tokens
