"""The HTML report, opened in real Chromium: what renders is what a person sees."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tilepilot import Agent, ScriptedPolicy, parse_script
from tilepilot.replay.report import write_report

pytestmark = [pytest.mark.browser]
ROOT = Path(__file__).resolve().parents[2]


def test_report_of_a_run_renders_steps_and_markers(web_server, shared_browser, tmp_path):
    out = tmp_path / "run"
    b = shared_browser  # one Playwright per thread: reuse the shared one
    b.goto(f"{web_server}/playground.html")
    r = Agent(ScriptedPolicy(parse_script("- click: [440, 270]\n- scroll: down\n- click: [100, 200]")), b,
              out=out, ocr=object()).run("report test")
    assert r.ok, r.message
    # a model's output and cost appear too: add them as a model-driven run would have recorded them
    steps = [json.loads(x) for x in (out / "steps.jsonl").read_text().splitlines()]
    steps[0].update(raw="<click>(440,270)</click>", thought="the target is in the middle", tokens_in=812,
                    tokens_out=9)
    (out / "steps.jsonl").write_text("".join(json.dumps(s) + "\n" for s in steps))
    proc = subprocess.run([sys.executable, "-m", "tilepilot.agent.cli", "report", str(out)], capture_output=True,
                          text=True, timeout=60, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    html_file = out / "report.html"
    text = html_file.read_text()
    assert "http" not in text.replace("http://127.0.0.1", "")  # nothing fetched: images are inlined
    page = shared_browser.page
    page.goto(html_file.as_uri())
    assert page.locator("section.step").count() == 4  # three actions and done
    assert page.locator("section.step .shot img").count() == 4
    assert page.locator("section.step img.crop").count() == 2  # the clicks' target crops
    assert page.locator("#status").inner_text() == "done"
    first = page.locator("section.step").first
    assert "click (440, 270) frame" in first.locator("h2").inner_text()
    assert "<click>(440,270)</click>" in first.locator("pre.raw").inner_text()
    assert "the target is in the middle" in first.inner_text() and "812 in / 9 out" in first.inner_text()
    assert "decide" in first.inner_text() and "execute" in first.inner_text()
    img = first.locator(".shot img").bounding_box()
    mk = first.locator(".marker").bounding_box()
    assert img["width"] > 500 and first.locator(".shot img").evaluate("i => i.naturalWidth") == 1280
    cx, cy = mk["x"] + mk["width"] / 2, mk["y"] + mk["height"] / 2
    assert abs((cx - img["x"]) / img["width"] - 440 / 1280) < 0.01
    assert abs((cy - img["y"]) / img["height"] - 270 / 720) < 0.01
    assert page.locator("section.step").nth(1).locator(".marker").count() == 0  # a scroll has no point


def test_report_of_a_replay_shows_healing_and_checks(shared_browser, ocr_engine, tmp_path):
    from tilepilot.replay.replayer import replay

    out = tmp_path / "replay"
    r = replay(ROOT / "scenarios" / "web" / "todo", variant="shifted", screen=shared_browser, ocr=ocr_engine,
               out=out)
    assert r.ok, r.summary()
    path = write_report(out)
    page = shared_browser.page
    page.goto(path.as_uri())
    assert page.locator("section.step").count() == 5
    assert page.locator("#status").inner_text() == "passed"
    hows = page.locator("b.how").all_inner_texts()
    assert hows == ["text", "text", "text", "template"]
    assert page.locator("section.step").nth(1).locator("li.check.ok").count() == 1
    assert page.locator("section.final li.check.ok").count() == 2
    assert "recorded position" in page.locator("section.step").nth(3).inner_text()
