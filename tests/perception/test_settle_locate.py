"""Settling, text matching and label-to-field resolution on real rendered images."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PIL import Image, ImageDraw

from tilepilot.errors import TargetNotFound
from tilepilot.perception.elements import field_for_label, input_boxes
from tilepilot.perception.frame import Frame
from tilepilot.perception.locate import find_text
from tilepilot.perception.ocr import TextBox
from tilepilot.perception.settle import SettleConfig, changed_share, wait_settled


class Animated:
    """A screen whose content keeps changing for ``busy`` seconds, then stays still."""

    def __init__(self, busy: float):
        self.until = time.monotonic() + busy
        self.n = 0

    def capture(self) -> Frame:
        self.n += 1
        img = np.zeros((90, 160, 3), np.uint8)
        if time.monotonic() < self.until:
            img[:, : (self.n * 37) % 160] = 255
        return Frame(image=img)


def test_settle_waits_for_the_screen_to_stop_changing():
    screen = Animated(0.3)
    t = time.monotonic()
    frame, res = wait_settled(screen.capture, SettleConfig(interval=0.02, timeout=3))
    assert res.settled and 0.3 <= time.monotonic() - t < 1.5 and res.captures > 5
    assert frame.image.max() == 0


def test_settle_is_bounded():
    screen = Animated(10)
    frame, res = wait_settled(screen.capture, SettleConfig(interval=0.01, timeout=0.2))
    assert not res.settled and res.waited < 1


def test_changed_share():
    a = np.zeros((10, 10, 3), np.uint8)
    b = a.copy()
    b[0, :5] = 200
    assert changed_share(a, b) == 0.05 and changed_share(a, a) == 0 and changed_share(a, b[:5]) == 1


def boxes(*items) -> list[TextBox]:
    return [TextBox(text=t, box=b, score=0.99) for t, b in items]


def test_find_text_prefers_exact_then_reading_order():
    bx = boxes(("Save draft", (10, 10, 110, 30)), ("Save", (300, 50, 340, 70)), ("Save", (10, 50, 50, 70)))
    assert find_text(bx, "save").box == (10, 50, 50, 70)
    assert find_text(bx, "Save", nth=2).box == (300, 50, 340, 70)
    hit = find_text(boxes(("Cancel   Delete", (0, 0, 150, 20))), "delete")
    assert hit.box[0] > 60  # narrowed to the word inside the line


def test_not_found_lists_the_closest_texts():
    bx = boxes(("Save changes", (0, 0, 10, 10)), ("Reset", (0, 20, 10, 30)), ("Edit profile", (0, 40, 10, 50)))
    with pytest.raises(TargetNotFound) as e:
        find_text(bx, "Save chnages now", step=4)
    assert e.value.step == 4 and e.value.closest[0] == "Save changes"
    assert "step 4: target 'Save chnages now' not found" in str(e.value)


def form_image() -> np.ndarray:
    img = Image.new("RGB", (800, 300), "white")
    d = ImageDraw.Draw(img)
    d.rectangle((200, 40, 500, 74), outline=(120, 120, 120), width=1)  # field right of "Name"
    d.rectangle((60, 150, 360, 184), outline=(120, 120, 120), width=2)  # field below "Notes"
    d.rectangle((560, 40, 760, 74), outline=(90, 90, 90), width=1)  # field with placeholder inside
    return np.array(img)


def test_fields_are_found_from_their_labels():
    img = form_image()
    found = input_boxes(img)
    assert any(abs(b[0] - 200) <= 2 and abs(b[2] - 501) <= 2 for b in found)
    right = field_for_label(img, (60, 48, 110, 66))
    assert right is not None and abs(right[0] - 200) <= 2
    below = field_for_label(img, (60, 115, 120, 135))
    assert below is not None and abs(below[1] - 150) <= 2
    inside = field_for_label(img, (570, 48, 650, 66))
    assert inside is not None and abs(inside[0] - 560) <= 2
    assert field_for_label(img, (60, 250, 110, 270)) is None
