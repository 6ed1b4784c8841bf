"""Clicks finished on the pixels inside a longer OCR line: the detector reads a menu bar or two adjacent buttons
as one text box, and a click on "View" must land on View, not between File and Edit. Real Chromium pixels;
the clicks are executed and the page says which element got them."""

from __future__ import annotations

import pytest

from tilepilot.actions.schema import Click, DoubleClick, Point, Type
from tilepilot.model.embedded.pointing import finish_pointing, named_words, needs_pixels
from tilepilot.perception.ocr import word_boxes

pytestmark = [pytest.mark.browser]

PAGE = """<html><body style="font: 15px monospace; margin: 20px; background: #fff">
<div id="bar" style="display:flex; gap:14px; padding:4px 10px; border-bottom:1px solid #999; width:600px">
 <span id="File">File</span><span id="Edit">Edit</span><span id="View">View</span><span id="Help">Help</span></div>
<div style="margin-top:20px; display:flex; gap:8px; font: 16px sans-serif">
 <button id="Join" style="padding:6px 10px">Join</button><button id="Import" style="padding:6px 10px">Import</button>
 <button id="Save" style="padding:6px 10px">Save changes</button></div>
<div style="margin-top:20px; display:flex; background:#2a5; color:#fff; width:80px; font: 16px sans-serif">
 <span id="Minimize" style="width:22px; text-align:center">\u2013</span><span id="Maximize"
 style="width:22px; text-align:center">\u25a1</span><span id="Close" style="width:22px; text-align:center">\u2715</span>
</div>
<script>document.addEventListener('click', e => { document.body.dataset.hit = e.target.id; });</script>
</body></html>"""


@pytest.fixture(scope="module")
def browser(chromium):
    from tilepilot.actions.browser import Browser

    with Browser(viewport=(900, 300), device_scale_factor=1.5) as b:
        b.page.set_content(PAGE)
        yield b


def _rect(b, sel: str) -> tuple[float, float, float, float]:
    return tuple(b.page.eval_on_selector(sel, "e => { const r = e.getBoundingClientRect();"
                                              " return [r.left, r.top, r.right, r.bottom]; }"))


def _line(b, first: str, last: str, s: float) -> tuple[float, float, float, float]:
    """One text box from the first word's left to the last word's right, as the detector joins a line."""
    a, z = _rect(b, f"#{first}"), _rect(b, f"#{last}")
    return (a[0] * s - 2, min(a[1], z[1]) * s, z[2] * s + 2, max(a[3], z[3]) * s)


@pytest.mark.parametrize(("first", "last", "text", "task", "want"), [
    ("File", "Help", "File Edit View Help", "Open the View menu", "View"),
    ("File", "Help", "File Edit View Help", "click Help", "Help"),
    ("Join", "Import", "Join Import", "press Join.", "Join"),
    ("Join", "Save", "Join Import Save changes", "click Save changes", "Save"),
    ("Minimize", "Close", "\u2013 \u25a1 \u00d7", "Close the window", "Close"),  # a title bar's glyphs
])
def test_a_click_on_a_joined_line_lands_on_the_named_words(browser, first, last, text, task, want):
    frame = browser.capture()
    s = frame.scale
    box = _line(browser, first, last, s)
    centre = Click(target=Point(x=(box[0] + box[2]) / 2, y=(box[1] + box[3]) / 2))
    assert needs_pixels(centre, task, text, box)
    done = finish_pointing(centre, frame.image, s, task, text, box)
    assert box[0] <= done.target.x <= box[2]
    browser.execute(done, frame)
    assert browser.page.evaluate("document.body.dataset.hit") == want, (task, done)


def test_word_boxes_cut_at_the_spaces_not_inside_words(browser):
    frame = browser.capture()
    s = frame.scale
    parts = word_boxes(frame.image, _line(browser, "File", "Help", s), 4)
    assert parts is not None and len(parts) == 4
    for part, word in zip(parts, ["File", "Edit", "View", "Help"], strict=True):
        r = _rect(browser, f"#{word}")
        assert r[0] * s - 3 <= part[0] and part[2] <= r[2] * s + 3, (word, part, r)
    assert word_boxes(frame.image, (0.0, 0.0, 40.0, 30.0), 3) is None  # blank: no gaps to cut at


@pytest.mark.parametrize(("text", "task", "span"), [
    ("File Edit View Help", "Open the View menu and choose Export", (2, 3)),
    ("Orders Security Documents", "open Security", (1, 2)),
    ("Sign in to Quiet Mirror", "sign in as bob", (0, 2)),
    ("Image Editor", "pick Image Editor", None),  # the whole text is named
    ("Quiet Image Editor", "click Image Editor", (1, 3)),
    ("Edit Edit", "click Edit", None),  # two places alike: no guess
    ("Privacy", "click Privacy", None),
    ("– □ ×", "Close the window", (2, 3)),  # glyphs by the name a person uses
    ("Log in Forgot password?", "click Forgot password", (2, 4)),
])
def test_named_words(text, task, span):
    assert named_words(text, task) == span


def test_other_actions_are_left_alone(browser):
    frame = browser.capture()
    box = _line(browser, "File", "Help", frame.scale)
    t = Type(text="x", into=Point(x=box[0] + 5, y=box[1] + 5))
    assert finish_pointing(t, frame.image, frame.scale, "type x into View", "File Edit View Help", box) == t
    c = Click(target=Point(x=box[0] + 5, y=box[1] + 5))
    assert finish_pointing(c, frame.image, frame.scale, "click View", "File Edit View Help", None) == c  # no box
    d = DoubleClick(target=Point(x=box[0] + 5, y=box[1] + 5))
    assert finish_pointing(d, frame.image, frame.scale, "open View", "File Edit View Help", box).target.x > box[0] + 5
