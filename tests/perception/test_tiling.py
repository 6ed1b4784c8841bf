"""Tiling: InternVL grid choice, exact partition of the frame, NVLM tags, crops and digests."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tilepilot.errors import InputError
from tilepilot.perception.tiling import (
    THUMBNAIL_TAG,
    choose_grid,
    tagged_layout,
    tile_digest,
    tile_frame,
    tile_images,
)


def internvl_reference(
    width: int, height: int, min_num: int, max_num: int, image_size: int
) -> tuple[int, int]:
    """InternVL's dynamic_preprocess grid choice, transcribed as the oracle."""
    aspect_ratio = width / height
    target_ratios = {
        (i, j)
        for n in range(min_num, max_num + 1)
        for i in range(1, n + 1)
        for j in range(1, n + 1)
        if min_num <= i * j <= max_num
    }
    target_ratios = sorted(target_ratios, key=lambda x: x[0] * x[1])
    best_ratio_diff = float("inf")
    best_ratio = (1, 1)
    area = width * height
    for ratio in target_ratios:
        target_aspect_ratio = ratio[0] / ratio[1]
        ratio_diff = abs(aspect_ratio - target_aspect_ratio)
        if ratio_diff < best_ratio_diff:
            best_ratio_diff = ratio_diff
            best_ratio = ratio
        elif ratio_diff == best_ratio_diff and area > 0.5 * image_size * image_size * ratio[0] * ratio[1]:
            best_ratio = ratio
    return best_ratio


sizes = st.integers(1, 4000)


@st.composite
def min_max(draw):
    lo = draw(st.integers(1, 12))
    hi = draw(st.integers(lo, 16))
    return lo, hi


def grid_tiles(tiles):
    return [t for t in tiles if not t.is_thumbnail]


@settings(max_examples=300, deadline=None)
@given(sizes, sizes, min_max(), st.sampled_from([224, 336, 448, 512]))
def test_choose_grid_matches_internvl(w, h, mm, tile_size):
    lo, hi = mm
    assert choose_grid(w, h, lo, hi, tile_size) == internvl_reference(w, h, lo, hi, tile_size)


def _covers_each_pixel_once_1d(cuts: list[int], length: int) -> bool:
    return cuts[0] == 0 and cuts[-1] == length and all(a <= b for a, b in zip(cuts, cuts[1:], strict=False))


@settings(max_examples=300, deadline=None)
@given(sizes, sizes, min_max())
def test_grid_partitions_frame_large(w, h, mm):
    """Interval arithmetic: the boxes form a rows x cols grid of adjacent, non-overlapping intervals."""
    lo, hi = mm
    tiles = tile_frame(w, h, lo, hi)
    grid = grid_tiles(tiles)
    cols, rows = choose_grid(w, h, lo, hi)
    assert len(grid) == cols * rows
    assert lo <= len(grid) <= hi
    area = 0
    for r in range(rows):
        row = grid[r * cols:(r + 1) * cols]
        xs = [row[0].box[0]] + [t.box[2] for t in row]
        assert _covers_each_pixel_once_1d(xs, w)
        for a, b in zip(row, row[1:], strict=False):
            assert a.box[2] == b.box[0]
            assert (a.box[1], a.box[3]) == (b.box[1], b.box[3])
        if r:
            assert row[0].box[1] == grid[(r - 1) * cols].box[3]
        area += sum(t.width * t.height for t in row)
    assert grid[0].box[1] == 0 and grid[-1].box[3] == h
    assert area == w * h


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 300), st.integers(1, 300), min_max())
def test_grid_partitions_frame_pixelwise(w, h, mm):
    lo, hi = mm
    count = np.zeros((h, w), np.int32)
    for t in grid_tiles(tile_frame(w, h, lo, hi)):
        x0, y0, x1, y1 = t.box
        assert 0 <= x0 <= x1 <= w and 0 <= y0 <= y1 <= h
        count[y0:y1, x0:x1] += 1
    assert (count == 1).all()


@settings(max_examples=200, deadline=None)
@given(sizes, sizes, min_max())
def test_tags_in_order_and_thumbnail_iff_many(w, h, mm):
    lo, hi = mm
    tiles = tile_frame(w, h, lo, hi)
    grid = grid_tiles(tiles)
    k = len(grid)
    assert [t.tag for t in grid] == [f"<tile_{i}>" for i in range(1, k + 1)]
    assert [t.index for t in tiles] == list(range(1, len(tiles) + 1))
    if k > 1:
        assert len(tiles) == k + 1
        thumb = tiles[-1]
        assert thumb.is_thumbnail and thumb.tag == THUMBNAIL_TAG and thumb.box == (0, 0, w, h)
    else:
        assert len(tiles) == 1 and not tiles[0].is_thumbnail and tiles[0].box == (0, 0, w, h)


def test_known_cases():
    assert choose_grid(1920, 1080) == (4, 2)  # 16:9 -> 2:1, larger grid wins the tie (big image)
    tiles = tile_frame(1920, 1080)
    assert len(tiles) == 9 and tiles[-1].is_thumbnail
    assert tiles[0].box == (0, 0, 480, 540) and tiles[7].box == (1440, 540, 1920, 1080)
    assert choose_grid(448, 448) == (1, 1)
    single = tile_frame(448, 448)
    assert len(single) == 1 and single[0].tag == "<tile_1>" and single[0].box == (0, 0, 448, 448)
    assert choose_grid(800, 600) == (4, 3)  # exact 4:3 match with 12 tiles
    assert len(tile_frame(800, 600)) == 13
    assert choose_grid(1920, 1080, max_num=6) == (2, 1)  # (4, 2) not allowed; the 2:1 tie stays (2, 1)
    assert choose_grid(100, 50) == (2, 1)  # small image: the tie does not upgrade to (4, 2)
    assert choose_grid(1000, 10) == (12, 1)


def test_uneven_split_boundaries():
    tiles = grid_tiles(tile_frame(1001, 500, max_num=2))
    assert [t.box for t in tiles] == [(0, 0, 500, 500), (500, 0, 1001, 500)]


def test_tagged_layout():
    tiles = tile_frame(1920, 1080)
    layout = tagged_layout(tiles)
    expected = "".join(f"<tile_{i}><image>" for i in range(1, 9)) + "<tile_global_thumbnail><image>"
    assert layout == expected
    assert tagged_layout(tile_frame(300, 300)) == "<tile_1><image>"


def test_tile_images_shapes_and_content():
    rng = np.random.default_rng(0)
    image = rng.integers(0, 256, (1080, 1920, 3), dtype=np.uint8)
    tiles = tile_frame(1920, 1080)
    crops = tile_images(image, tiles)
    assert len(crops) == len(tiles)
    assert all(c.shape == (448, 448, 3) and c.dtype == np.uint8 for c in crops)
    crops = tile_images(image, tiles, tile_size=224)
    assert all(c.shape == (224, 224, 3) for c in crops)
    # A uniform region stays uniform after resizing: the crop really is the tile's region.
    image[:540, :480] = (10, 200, 30)
    first = tile_images(image, tiles[:1])[0]
    assert (first == (10, 200, 30)).all()


def test_tile_images_small_and_degenerate():
    image = np.full((1, 1, 3), 77, np.uint8)
    tiles = tile_frame(1, 1, min_num=2, max_num=2)  # a 1x1 frame split in two: one empty tile
    crops = tile_images(image, tiles, tile_size=32)
    assert all(c.shape == (32, 32, 3) and (c == 77).all() for c in crops)


def test_tile_digest():
    image = np.zeros((100, 200, 3), np.uint8)
    a = tile_digest(image, (0, 0, 100, 100))
    assert a == tile_digest(image, (100, 0, 200, 100))  # same pixels, same digest
    assert len(a) == 32
    # same bytes, other shape
    assert tile_digest(image, (0, 0, 50, 100)) != tile_digest(image, (0, 0, 100, 50))
    image[10, 10] = 1
    assert tile_digest(image, (0, 0, 100, 100)) != a
    assert tile_digest(image, (100, 0, 200, 100)) == a


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"width": 0, "height": 10}, "width"),
        ({"width": 10, "height": -3}, "height"),
        ({"width": 10, "height": 10, "min_num": 0}, "min_num"),
        ({"width": 10, "height": 10, "min_num": 5, "max_num": 3}, "min_num=5"),
        ({"width": 10, "height": 10, "tile_size": 0}, "tile_size"),
        ({"width": 10.5, "height": 10}, "width"),
    ],
)
def test_bad_inputs_raise_input_error(kwargs, name):
    with pytest.raises(InputError, match=name):
        choose_grid(**kwargs)
    with pytest.raises(InputError, match=name):
        tile_frame(**kwargs)


def test_tile_images_rejects_empty_image():
    with pytest.raises(InputError):
        tile_images(np.zeros((0, 5, 3), np.uint8), tile_frame(5, 5))
