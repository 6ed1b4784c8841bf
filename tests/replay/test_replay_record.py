"""`tilepilot record`: a person's demonstration (driven here by Playwright's mouse and keyboard over CDP,
from another process's point of view) becomes a scenario that replays, and heals on the shifted app."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tilepilot.replay import scenario as sc
from tilepilot.replay.replayer import replay

pytestmark = [pytest.mark.browser, pytest.mark.ocr]
ROOT = Path(__file__).resolve().parents[2]


def _person(port: int, errors: list[BaseException]) -> None:
    """What a person does: click the fields, type, press Enter, scroll. Own thread, own Playwright."""
    try:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            browser = p.chromium.connect_over_cdp(f"http://127.0.0.1:{port}")
            page = browser.contexts[0].pages[-1]
            page.wait_for_selector("#user")
            time.sleep(0.6)
            page.mouse.dblclick(300, 40)  # somewhere empty: recorded as one double_click, not two clicks
            time.sleep(0.4)
            for sel, text in (("#user", "ada"), ("#pass", "hunter2")):
                bb = page.locator(sel).bounding_box()
                page.mouse.click(bb["x"] + bb["width"] / 2, bb["y"] + bb["height"] / 2)
                time.sleep(0.4)
                page.keyboard.type(text, delay=30)
                time.sleep(0.4)
            page.keyboard.press("Enter")
            time.sleep(0.6)
            page.mouse.move(600, 400)
            page.mouse.wheel(0, 300)
            time.sleep(0.8)
            browser.close()  # disconnects this client; the recorder's browser stays
    except BaseException as e:  # noqa: BLE001 - reported by the test
        errors.append(e)


def test_record_a_person_then_replay(web_server, shared_browser, ocr_engine, tmp_path):
    out = tmp_path / "demo"
    proc = subprocess.Popen([sys.executable, "-m", "tilepilot.agent.cli", "record", "--url",
                             f"{web_server}/login/index.html", "--out", str(out)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "COLUMNS": "200"})
    line = proc.stdout.readline()
    assert "DevTools port" in line, line + proc.stderr.read()
    port = int(line.split()[-1])
    errors: list[BaseException] = []
    t = threading.Thread(target=_person, args=(port, errors))
    t.start()
    t.join(60)
    assert not errors, errors
    proc.send_signal(signal.SIGINT)  # Ctrl-C ends a recording
    rest, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, rest + err
    steps = [json.loads(x) for x in (out / "steps.jsonl").read_text().splitlines()]
    kinds = [s["action"]["action"] for s in steps]
    assert kinds == ["double_click", "click", "type", "click", "type", "key", "scroll", "done"], kinds
    steps = steps[1:]
    assert steps[1]["action"]["text"] == "ada"
    assert steps[3]["action"]["text"] == "{{secret:PASSWORD}}"
    assert "hunter2" not in (out / "steps.jsonl").read_text()
    assert steps[4]["action"]["keys"] == ["Enter"]
    assert steps[5]["action"]["direction"] == "down" and steps[5]["action"]["amount"] == 3
    # each click names its field by the label next to it, read by OCR after the recording
    assert steps[0]["targets"]["target"]["text"] == "Username" and steps[0]["targets"]["target"]["via"] == "label"
    assert steps[2]["targets"]["target"]["text"] == "Password"
    assert (out / steps[0]["targets"]["target"]["crop"]).is_file()
    # the frame of the first click is what the person saw before clicking: an empty form
    assert sc.load(out).start.url.endswith("/login/index.html")

    sc.edit(out, checks=[{"kind": "text", "text": "Welcome, ada"}])
    os.environ["PASSWORD"] = "hunter2"
    try:
        r = replay(out, url=f"{web_server}/login/index.html", screen=shared_browser, ocr=ocr_engine)
        assert r.ok, r.summary()
        r = replay(out, url=f"{web_server}/login/shifted/index.html", screen=shared_browser, ocr=ocr_engine)
        assert r.ok, r.summary()
        assert r.healed_steps >= 2
    finally:
        del os.environ["PASSWORD"]
