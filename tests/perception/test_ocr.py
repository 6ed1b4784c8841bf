"""Tiled OCR on real rendered text with the real PP-OCR models: reading, coordinates, merging, caching."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from tilepilot.errors import InputError
from tilepilot.perception.frame import Frame
from tilepilot.perception.ocr import OcrEngine, TextBox, text_blocks

pytestmark = pytest.mark.ocr

FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
]
W, H = 1920, 1080  # grid 4 x 2 of 480 x 540 tiles
STRADDLE = "Quarterly report summary"

# (text, x, y, font size); one phrase per tile away from borders, plus one across the x=480 border.
PHRASES = [
    ("File settings", 60, 60, 20),
    ("Submit order", 600, 150, 24),
    ("Cancel request", 1050, 260, 18),
    ("Username", 1600, 120, 20),
    ("Password reset link", 90, 700, 20),
    ("Total amount 42.50", 620, 820, 18),
    ("Shipping address", 1100, 640, 22),
    ("Help center", 1650, 930, 20),
    ("Search products", 150, 330, 16),
    ("Notifications", 1500, 430, 18),
    (STRADDLE, 360, 480, 22),
]


def font(size: int) -> ImageFont.FreeTypeFont:
    for path in FONT_CANDIDATES:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    pytest.skip("no TrueType font installed (DejaVu or Liberation)")


def render(phrases) -> tuple[np.ndarray, dict[str, tuple[int, int, int, int]]]:
    img = Image.new("RGB", (W, H), "white")
    draw = ImageDraw.Draw(img)
    where = {}
    for text, x, y, size in phrases:
        f = font(size)
        draw.text((x, y), text, fill=(20, 20, 20), font=f)
        where[text] = draw.textbbox((x, y), text, font=f)
    return np.asarray(img).copy(), where


def find(boxes: list[TextBox], text: str) -> TextBox:
    hits = [b for b in boxes if b.text == text]
    assert hits, f"{text!r} not read; got {[b.text for b in boxes]}"
    assert len(hits) == 1, f"{text!r} read {len(hits)} times"
    return hits[0]


@pytest.fixture(scope="module")
def engine() -> OcrEngine:
    return OcrEngine()


@pytest.fixture(scope="module")
def scene():
    return render(PHRASES)


@pytest.fixture(scope="module")
def first_read(engine, scene):
    image, _ = scene
    engine.clear_cache()
    boxes = engine.read(Frame(image=image))
    return boxes, engine.stats.model_copy()


def test_reads_every_phrase_in_frame_pixels(first_read, scene):
    boxes, stats = first_read
    _, where = scene
    assert stats.tiles_total == 8
    assert stats.tiles_ocr_run == 8 and stats.tiles_cached == 0
    for text, (x0, y0, x1, y1) in where.items():
        b = find(boxes, text)
        # the OCR box holds the glyphs (PP-OCR pads boxes a little) and is centred on them
        slack = 3
        assert b.box[0] <= x0 + slack and b.box[1] <= y0 + slack, (text, b.box, (x0, y0, x1, y1))
        assert b.box[2] >= x1 - slack and b.box[3] >= y1 - slack, (text, b.box, (x0, y0, x1, y1))
        cx, cy = b.center
        assert abs(cx - (x0 + x1) / 2) <= 6 and abs(cy - (y0 + y1) / 2) <= 6, (text, b.box)
        assert b.width < (x1 - x0) + 30 and b.height < (y1 - y0) + 20
        assert 0.5 <= b.score <= 1.0
    assert len(boxes) == len(where)


def test_phrase_across_tile_border_comes_back_whole(first_read, scene):
    boxes, _ = first_read
    _, where = scene
    x0, _, x1, _ = where[STRADDLE]
    assert x0 < 480 - 24 and x1 > 480 + 24  # really longer than the margin on both sides
    b = find(boxes, STRADDLE)
    assert b.box[0] <= x0 + 3 and b.box[2] >= x1 - 3
    assert not [t for t in boxes if t is not b and t.text in STRADDLE]


@pytest.mark.parametrize("dy", [-1, 0, 1])
def test_line_centred_on_a_tile_border_is_read_once(dy):
    """Two tiles' crops never place a line's box identically: a line whose centre sits on the border between
    them must still be read, and read once (at dy=-1 "Bob Stone" was lost when each tile thought the other
    owned it)."""
    img = Image.new("RGB", (W, H), "white")
    draw = ImageDraw.Draw(img)
    f = font(18)
    words = ["Carla Diaz", "2024-05-12", "87.50", "Paid", "Bob Stone"]
    for i, word in enumerate(words):
        _, y0, _, y1 = draw.textbbox((0, 0), word, font=f)
        draw.text((100 + i * 370, 540 + dy - (y0 + y1) / 2), word, fill=(20, 20, 20), font=f)
    boxes = OcrEngine().read(np.asarray(img))
    for word in words:
        find(boxes, word)


def test_a_line_starting_just_before_a_border_is_read_once():
    """A line that starts inside the left tile's margin is read whole by the right tile (its margin reaches
    back) and cut short by the left one: on a hand-written profile page "Lisbo" came back beside "Lisbon,
    Portugal", a second, false candidate. Starts from 28 px before the x=480 border to on it."""
    img = Image.new("RGB", (W, H), "white")
    draw = ImageDraw.Draw(img)
    f = font(18)
    starts = list(range(452, 481, 2))
    for i, x in enumerate(starts):
        draw.text((x, 60 + i * 40), "Lisbon, Portugal", fill=(20, 20, 20), font=f)
    boxes = OcrEngine().read(np.asarray(img))
    assert [b.text for b in boxes] == ["Lisbon, Portugal"] * len(starts), [(b.text, b.box) for b in boxes]


def test_reading_order(first_read):
    boxes, _ = first_read
    # top to bottom: never back up by more than half a line (same-line boxes are ordered left to right)
    for b1, b2 in zip(boxes, boxes[1:], strict=False):
        assert b2.center[1] >= b1.center[1] - 0.5 * min(b1.height, b2.height), (b1, b2)


def test_second_read_is_all_cached(engine, scene, first_read):
    image, _ = scene
    boxes, _ = first_read
    again = engine.read(image.copy())
    assert engine.stats.tiles_ocr_run == 0
    assert engine.stats.tiles_cached == 8
    assert [(b.text, b.box) for b in again] == [(b.text, b.box) for b in boxes]


def test_changing_two_tiles_rereads_only_those(engine, scene, first_read):
    image, _ = scene
    # Replace the phrases of tile 2 ("Submit order") and tile 7 ("Shipping address"), far from borders.
    changed = [p for p in PHRASES if p[0] not in ("Submit order", "Shipping address")]
    changed += [("Order confirmed", 600, 150, 24), ("Billing details", 1100, 640, 22)]
    new_image, where = render(changed)
    diff = np.argwhere((new_image != image).any(axis=2))
    ys, xs = diff[:, 0], diff[:, 1]
    # every changed pixel is farther than the margin from any tile border, and in tiles 2 and 7 only
    assert ((xs % 480 > 24) & (xs % 480 < 456) & (ys % 540 > 24) & (ys % 540 < 516)).all()
    assert set((ys // 540 * 4 + xs // 480 + 1).tolist()) == {2, 7}
    boxes = engine.read(new_image)
    assert engine.stats.tiles_ocr_run == 2
    assert engine.stats.tiles_cached == 6
    # in the two re-read tiles only the two new lines go through the recogniser; the rest hit the line cache
    assert engine.stats.lines_recognized == 2, engine.stats
    assert engine.stats.lines_cached >= 1, engine.stats
    # and only the two blocks holding a new phrase go through the detector
    assert engine.stats.blocks_detected == 2, engine.stats
    assert engine.stats.blocks_cached >= 1, engine.stats
    found = {b.text for b in boxes}
    assert {"Order confirmed", "Billing details"} <= found
    assert not {"Submit order", "Shipping address"} & found
    assert found == set(where)


def test_text_blocks_hold_the_text_and_skip_borders_and_empty_space():
    img = Image.new("RGB", (1280, 720), (246, 247, 249))
    draw = ImageDraw.Draw(img)
    draw.rounded_rectangle((40, 100, 665, 440), radius=6, fill="white", outline=(210, 210, 215))
    where = {}
    for text, x, y in (("Name", 73, 146), ("Your city", 222, 290), ("Save changes", 92, 343)):
        where[text] = draw.textbbox((x, y), text, font=font(16))
        draw.text((x, y), text, fill=(30, 30, 30), font=font(16))
    draw.rectangle((213, 138, 531, 172), outline=(120, 120, 120))  # an empty input box: borders only
    draw.rectangle((213, 285, 531, 319), outline=(120, 120, 120))
    draw.line((700, 40, 1200, 40), fill=(0, 0, 0), width=2)  # a separator rule
    # a bold table header: its letters' edges run long, like a rule's, but it is text
    bold = ImageFont.truetype(FONT_CANDIDATES[0].replace("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"), 13) \
        if Path(FONT_CANDIDATES[0].replace("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")).exists() else font(13)
    draw.rectangle((700, 500, 1280, 530), fill=(238, 238, 255))
    where["Amount"] = draw.textbbox((768, 506), "Amount", font=bold)
    draw.text((768, 506), "Amount", fill=(30, 30, 30), font=bold)
    blocks = text_blocks(np.asarray(img))
    for text, (x0, y0, x1, y1) in where.items():
        assert any(b[0] <= x0 and b[1] <= y0 and b[2] >= x1 and b[3] >= y1 for b in blocks), (text, blocks)
    area = sum((b[2] - b[0]) * (b[3] - b[1]) for b in blocks)
    assert area < 0.06 * 1280 * 720, blocks  # the card, the empty box and the rule are not text
    assert not any(b[1] < 60 and b[2] > 700 for b in blocks), blocks


def test_blank_tiles_are_skipped(engine):
    image = np.full((H, W, 3), 240, np.uint8)
    image[100:140, 100:300] = 0  # one dark bar in tile 1
    engine.read(image)
    assert engine.stats.tiles_blank == 7
    assert engine.stats.tiles_ocr_run + engine.stats.tiles_cached == 1


def test_change_near_border_invalidates_both_neighbours(engine, scene, first_read):
    image, _ = scene
    engine.read(image)  # warm
    touched = image.copy()
    touched[300:310, 470:490] = 0  # a mark astride the border between tiles 1 and 2
    engine.read(touched)
    assert engine.stats.tiles_ocr_run == 2


def test_read_full_baseline_agrees(engine, scene):
    image, where = scene
    full = engine.read_full(image)
    assert {b.text for b in full} == set(where)


def test_cache_is_bounded():
    small = OcrEngine(cache_size=2)
    image, _ = render(PHRASES[:4])
    small.read(image)
    assert len(small._cache) <= 2


def test_bad_input():
    eng = OcrEngine()
    with pytest.raises(InputError):
        eng.read(np.zeros((10, 10), np.uint8))
    with pytest.raises(InputError):
        eng.read(np.zeros((0, 10, 3), np.uint8))
    with pytest.raises(InputError, match="block_cache_size=-1"):
        OcrEngine(block_cache_size=-1)


def test_ocr_threads_do_not_spin_after_a_run():
    """Busy-waiting ONNX Runtime threads would take both cores from the model that runs right after OCR."""
    from tilepilot.perception.ocr import rapidocr_engine

    engine = rapidocr_engine()
    for part in (engine.text_det, engine.text_rec):
        opts = part.session.session.get_session_options()
        assert opts.get_session_config_entry("session.intra_op.allow_spinning") == "0"


def test_typing_into_a_field_rereads_only_the_typed_line(web_server, chromium):
    """On the real form page the labels, fields and buttons form one text block; typing into a field changes
    that block, and the detector then places some unchanged lines' boxes a pixel differently. Those lines
    must keep their text without going through the recogniser again (one new line, one recognition)."""
    from tilepilot.actions.browser import Browser

    engine = OcrEngine()
    with Browser(url=f"{web_server}/form.html", viewport=(1280, 720)) as b:
        first = engine.read(b.capture())
        b.page.fill("#name", "Ada")
        b.page.evaluate("document.activeElement.blur()")
        second = engine.read(b.capture())
    assert engine.stats.lines_recognized == 1, engine.stats
    assert {t.text for t in second} == {t.text for t in first} | {"Ada"}
