"""Drags onto sliders, finished in pixels: the thumb and the track are found on a real Chromium screenshot, the
task's position words become a point on the track, and the executed drag leaves the input at that value."""

from __future__ import annotations

import pytest

from tilepilot.actions.schema import Click, Drag, Point
from tilepilot.model.embedded.drag import finish_drag, target_fraction
from tilepilot.model.embedded.pointing import finish_pointing
from tilepilot.perception.elements import slider_at

PAGE = """<html><body style="font: 15px sans-serif; margin: 30px; background: #eaeaf0">
<div style="background: #fff; padding: 20px; width: 620px">
 <div style="margin: 14px 0"><label style="display:inline-block; width:90px">Volume</label>
  <input id="volume" type="range" min="0" max="100" value="70" style="width:320px; accent-color:#b22">
  <span>70</span></div>
 <div style="margin: 14px 0"><label style="display:inline-block; width:90px">Bass</label>
  <input id="bass" type="range" min="0" max="100" value="20" style="width:200px; accent-color:#3a3">
  <span>20</span></div>
</div>
<div style="background: #223; padding: 20px; width: 620px">
 <input id="dark" type="range" min="0" max="100" value="45" style="width:400px; accent-color:#8cf">
</div>
<div style="margin-top: 20px">Just a line of text, long enough to look like a track to a careless detector</div>
<div id="rule" style="margin-top: 20px; width: 500px; border-bottom: 2px solid #666; padding-bottom: 0px;
  line-height: 16px">Media gjpq Privacy Security</div>
</body></html>"""


@pytest.mark.parametrize("task,label,want", [
    ("Set Humidity to the maximum.", "Humidity", 1.0),
    ("drag the Treble slider to the left", "Treble", 0.0),
    ("move the Zoom slider to the center", "Zoom", 0.5),
    ("set Volume to 30", "Volume", 0.3),
    ("set Volume to 30%", "", 0.3),
    ("set Start delay to 3/4", "Start delay", 0.75),
    ("set Top speed to the minimum", "Top speed", 0.0),  # the slider's own name holds a position word
    ("click Start, then set Volume to 40%", "", 0.4),  # the clause that sounds like moving a slider
    ("Volume to max, then Bass to 20%", "Bass", 0.2),  # the clause that names the slider
    ("open the Settings tab", "", None),
    ("scroll down to 300 px", "", None),
    ("set Volume to 250", "Volume", None),  # not a value out of 0-100
])
def test_target_fraction_reads_positions_and_values(task, label, want):
    assert target_fraction(task, label) == want


@pytest.fixture(scope="module")
def browser(chromium):
    from tilepilot.actions.browser import Browser

    with Browser(viewport=(1280, 500), device_scale_factor=1.5) as b:  # mostly page, not card: a global
        # background estimate would take the card for foreground
        b.page.set_content(PAGE)
        yield b


def _geometry(b, sel):
    return b.page.eval_on_selector(sel, "e => { const r = e.getBoundingClientRect(); "
                                        "return [r.left, r.right, (r.top + r.bottom) / 2, +e.value]; }")


@pytest.mark.parametrize("sel", ["#volume", "#bass", "#dark"])
def test_slider_at_finds_track_and_thumb_from_any_point_on_the_track(browser, sel):
    frame = browser.capture()
    s = frame.scale
    left, right, cy, value = _geometry(browser, sel)
    for x in (left + 15, (left + right) / 2, right - 15):  # on the filled part, the middle, the empty part
        sl = slider_at(frame.image, (x * s, cy * s), s)
        assert sl is not None, (sel, x)
        assert abs(sl.x0 - left * s) <= 3 * s and abs(sl.x1 - right * s) <= 3 * s
        assert abs(sl.y - cy * s) <= 4 * s
        assert sl.thumb is not None
        thumb_x = left + 8 + value / 100 * (right - left - 16)  # Chromium's thumb is 16 CSS px wide
        assert sl.thumb[0] - 2 * s <= thumb_x * s <= sl.thumb[2] + 2 * s


def test_slider_at_refuses_text_and_empty_space(browser):
    frame = browser.capture()
    s = frame.scale
    text = browser.page.eval_on_selector("body > div:last-child", "e => { const r = e.getBoundingClientRect(); "
                                         "return [r.left + 40, (r.top + r.bottom) / 2]; }")
    assert slider_at(frame.image, (text[0] * s, text[1] * s), s) is None
    assert slider_at(frame.image, (850 * s, 480 * s), s) is None
    # a rule with letters standing on it (a tab strip's underline) has no thumb
    left, right, bottom = browser.page.eval_on_selector("#rule", "e => { const r = e.getBoundingClientRect(); "
                                                        "return [r.left, r.right, r.bottom]; }")
    for x in (left + 30, (left + right) / 2, right - 30):
        assert slider_at(frame.image, (x * s, (bottom - 1) * s), s) is None
    assert slider_at(frame.image, (-5, 10), s) is None


@pytest.mark.parametrize("sel,task,label,want", [
    ("#volume", "set Volume to 30%", "Volume", 30),
    ("#bass", "Slide Bass all the way right", "Bass", 100),
    ("#dark", "drag the slider to the middle", "", 50),
    ("#volume", "set Volume to the minimum", "Volume", 0),
])
def test_finished_drag_sets_the_value_in_chromium(browser, sel, task, label, want):
    frame = browser.capture()
    s = frame.scale
    left, right, cy, _ = _geometry(browser, sel)
    # the model's drag: started somewhere on the track (not on the thumb), ended somewhere wrong
    rough = Drag(start=Point(x=(left + 0.2 * (right - left)) * s, y=cy * s), end=Point(x=left * s + 5, y=cy * s))
    drag = finish_drag(rough, frame.image, s, task, label)
    browser.execute(drag, frame)
    assert abs(_geometry(browser, sel)[3] - want) <= 3, (task, drag)


def test_finish_drag_keeps_a_drag_that_is_not_on_a_slider(browser):
    frame = browser.capture()
    d = Drag(start=Point(x=850 * frame.scale, y=480 * frame.scale), end=Point(x=100, y=100))
    assert finish_drag(d, frame.image, frame.scale, "set it to half") == d


def test_a_click_on_a_slider_track_becomes_the_drag_the_task_asks_for(browser):
    frame = browser.capture()
    s = frame.scale
    left, right, cy, _ = _geometry(browser, "#volume")
    on_track = Click(target=Point(x=(left + 0.9 * (right - left)) * s, y=cy * s))
    assert finish_pointing(on_track, frame.image, s, "open the Settings tab") == on_track  # no position asked
    off = Click(target=Point(x=850 * s, y=480 * s))
    assert finish_pointing(off, frame.image, s, "move Volume to 65", "Volume") == off  # not on a slider
    drag = finish_pointing(on_track, frame.image, s, "move Volume to 65", "Volume")
    assert isinstance(drag, Drag)
    browser.execute(drag, frame)
    assert abs(_geometry(browser, "#volume")[3] - 65) <= 3


@pytest.mark.parametrize("sel,label,task,want", [
    ("#bass", "Bass", "set Bass to half", 50),
    ("#volume", "Volume", "Set Volume to 80%", 80),
])
def test_a_drag_started_on_the_slider_label_finds_the_slider_beside_it(browser, sel, label, task, want):
    """A held-out error: "Set Treble to half" pointed at the label Treble, and no slider lay under the point."""
    frame = browser.capture()
    s = frame.scale
    lab = browser.page.eval_on_selector(f"xpath=//label[text()='{label}']",
                                        "e => { const r = e.getBoundingClientRect();"
                                        " return [(r.left + r.right) / 2, (r.top + r.bottom) / 2]; }")
    on_label = Point(x=lab[0] * s, y=lab[1] * s)
    assert slider_at(frame.image, (on_label.x, on_label.y), s) is None
    drag = finish_drag(Drag(start=on_label, end=on_label), frame.image, s, task, label)
    browser.execute(drag, frame)
    assert abs(_geometry(browser, sel)[3] - want) <= 3, (task, drag)


PALE = """<html><body style="margin: 40px; background: #f6f7f7">
<div id="track" style="position: relative; width: 300px; height: 8px; margin: 40px 0 0 120px; background: #eeefef;
  border-radius: 4px">
 <div style="position: absolute; left: 0; top: 0; width: 150px; height: 8px; background: #2563c9; border-radius: 4px">
 </div>
 <div style="position: absolute; left: 141px; top: -5px; width: 18px; height: 18px; border-radius: 9px;
  background: #2563c9"></div>
</div></body></html>"""


def test_a_pale_unfilled_track_is_part_of_the_slider(browser):
    """A held-out drag "to 30 percent" landed 27 CSS px short: the unfilled side of the track was too close to
    the page colour for the first pass, so the track seemed to end at the thumb."""
    # the module's browser, not a second one: Playwright's sync API cannot start twice in one thread
    try:
        browser.page.set_content(PALE)
        frame = browser.capture()
        left, right, cy, _ = _geometry(browser, "#track")
    finally:
        browser.page.set_content(PAGE)
    s = frame.scale
    sl = slider_at(frame.image, (((left + 150) * s), cy * s), s)
    assert sl is not None
    assert abs(sl.x0 - left * s) <= 3 * s and abs(sl.x1 - right * s) <= 3 * s, (sl, left * s, right * s)


def test_the_slider_a_task_names_is_found_by_its_label_or_scrolled_to():
    """"Set Treble to the minimum" dragged the slider beside Treble's neighbour (the model pointed at the whole
    panel); "drag the Treble slider to the left" dragged a search field, Treble being further down."""
    from types import SimpleNamespace

    import numpy as np

    from tilepilot.model.embedded.drag import slider_label, slider_name

    assert slider_name("Set Treble to the maximum.") == "Treble"
    assert slider_name("drag the Treble slider to the left") == "Treble"
    assert slider_name("set the Distance slider to 10") == "Distance"
    assert slider_name("Drag Room Temperature all the way up") == "Room Temperature"
    assert slider_name("set the volume to half") is None  # no name a label would show
    f = SimpleNamespace(cand_text=["Media", "Bass", "Treble", "Media"], cand_kind=np.array([2, 0, 0, 0]))
    assert slider_label(f, "Set Treble to the minimum", 0) == 2
    assert slider_label(f, "Set Treble to the minimum", 2) == 2
    assert slider_label(f, "Set Balance to the minimum", 0) == -1
    assert slider_label(f, "Set the slider to half", 0) == 0
