"""A recorded UI-TARS 1.5 answer on a HiDPI page: smart_resize of a 2560x1440 frame, mapped back to CSS pixels."""

from __future__ import annotations

import pytest

from tilepilot import Agent, Browser
from tilepilot.model.openai_policy import OpenAIPolicy

pytestmark = [pytest.mark.browser]


def test_hidpi_ui_tars_15(web_server, chromium, replay_server):
    """At device scale factor 2 the frame is 2560x1440 -> smart_resize 2548x1428; the model's (876, 536) is
    frame (880, 540) = CSS (440, 270)."""
    replay_server.answer("Thought: click it\nAction: click(start_box='(876,536)')", "Action: finished()")
    pol = OpenAIPolicy(replay_server.url, "ui-tars-1.5-7b", "ui-tars-1.5", backoff=0.01)
    with Browser(f"{web_server}/playground.html", device_scale_factor=2) as b:
        r = Agent(pol, b, max_steps=3).run("click Target")
        events = b.page.evaluate("window.events")
    assert r.status == "done", r.message
    assert events[0] == "click 440,270 target", events
