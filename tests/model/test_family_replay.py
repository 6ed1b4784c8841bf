"""Recorded answers of each model family, replayed by a loopback server, drive a real Chromium page to the right
click through the openai policy and that family's profile.

playground.html has a red "Target" box at CSS x 400..480, y 250..290 (centre 440, 270). The answers are in each
family's documented output format, with coordinates as that model would print them for the image it was sent:
1280x720 viewport -> smart_resize 1288x728 (UI-TARS 1.5, Qwen2.5-VL, MiMo-VL: 440*1288/1280 = 442.75,
270*728/720 = 273); 0..1000 relative (UI-TARS 1.0: 344, 375; InternVL box [312, 347, 375, 403]); NVLM box relative
to <tile_1>, the left half (x 0..640): [625, 347, 750, 403]; json: the 1280x720 image's own pixels.
"""

from __future__ import annotations

import pytest

from tilepilot import Agent, Browser
from tilepilot.model.openai_policy import OpenAIPolicy

pytestmark = [pytest.mark.browser]

RECORDED = {
    "ui-tars-1.5": ("Thought: The red Target button is in the middle-left of the pad. I'll click it.\n"
                    "Action: click(start_box='(443,273)')",
                    "Thought: The click was logged, the task is complete.\nAction: finished(content='clicked')"),
    "ui-tars-1.0": ("Thought: 点击红色的 Target 按钮\nAction: click(start_box='<|box_start|>(344,375)<|box_end|>')",
                    "Thought: 任务完成\nAction: finished()"),
    "qwen2.5-vl": ('<tool_call>\n{"name": "computer_use", "arguments": {"action": "left_click", '
                   '"coordinate": [443, 273]}}\n</tool_call>',
                   '<tool_call>\n{"name": "computer_use", "arguments": {"action": "terminate", "status": "success"}}\n'
                   "</tool_call>"),
    "mimo-vl": ("<think>\nThe user wants me to click Target. The red box labelled Target is around (443, 273) in "
                "the screenshot.\n</think>\n<tool_call>\n"
                '{"name": "computer_use", "arguments": {"action": "left_click", "coordinate": [443, 273]}}\n'
                "</tool_call>",
                '<think>Done.</think><tool_call>{"name": "computer_use", "arguments": {"action": "terminate", '
                '"status": "success"}}</tool_call>'),
    "internvl": ("<ref>Target</ref><box>[[312, 347, 375, 403]]</box>", "Action: finished()"),
    "nvlm": ("Thought: Target is in the first tile.\nAction: click(start_box='<tile_1><box>[[625, 347, 750, 403]]"
             "</box>')", "Action: finished(content='ok')"),
    "json": ('{"thought": "the red Target box", "action": "click", "target": {"x": 440, "y": 270}}',
             '{"action": "done", "answer": "clicked"}'),
}


@pytest.fixture(scope="module")
def page(web_server, chromium):
    with Browser(f"{web_server}/playground.html") as b:
        yield b


@pytest.mark.parametrize("profile", sorted(RECORDED))
def test_recorded_family_answer_clicks_the_target(profile, page, web_server, replay_server):
    page.page.goto(f"{web_server}/playground.html")
    replay_server.answer(*RECORDED[profile])
    pol = OpenAIPolicy(replay_server.url, profile, profile, backoff=0.01)
    r = Agent(pol, page, max_steps=3).run("click Target")
    events = page.page.evaluate("window.events")
    assert r.status == "done", r.message
    assert events and events[0].endswith(" target"), events
    x, y = (int(v) for v in events[0].split()[1].split(","))
    assert abs(x - 440) <= 2 and abs(y - 270) <= 2, events
    assert bool(r.steps[0].thought) == (profile not in ("internvl", "qwen2.5-vl"))
    assert len(replay_server.requests) == 2

