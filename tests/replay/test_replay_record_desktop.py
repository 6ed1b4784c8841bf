"""`tilepilot record --desktop`: a person's demonstration on a real Xvfb display (played with xdotool from
another process, as a person's input would arrive) becomes a scenario that replays on a fresh Tk app."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tilepilot.replay import scenario as sc
from tilepilot.replay.replayer import replay

pytestmark = [pytest.mark.desktop, pytest.mark.ocr]
ROOT = Path(__file__).resolve().parents[2]
TK = ROOT / "scenarios" / "apps" / "tk_form.py"
GEOMETRY = "640x420+100+80"


def _state(path: Path, timeout: float = 15.0) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            return json.loads(path.read_text())
        except (OSError, ValueError):
            time.sleep(0.05)
    raise AssertionError(f"{path}: the app wrote no state")


def _xdo(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True, timeout=10)
    time.sleep(0.35)


def _center(box: list[int]) -> tuple[str, str]:
    x, y, w, h = box
    return str(x + w // 2), str(y + h // 2)


def test_record_a_person_on_the_desktop_then_replay(xvfb, ocr_engine, tmp_path):
    if shutil.which("xdotool") is None:
        pytest.skip("xdotool is not installed (it plays the person)")
    state1, state2, out = tmp_path / "state1.json", tmp_path / "state2.json", tmp_path / "demo"
    app = subprocess.Popen([sys.executable, str(TK), "--geometry", GEOMETRY, "--state", str(state1)])
    rec = None
    try:
        w = _state(state1)["widgets"]
        rec = subprocess.Popen([sys.executable, "-m", "tilepilot.agent.cli", "record", "--desktop", "--display",
                                xvfb, "--out", str(out)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env={**os.environ, "COLUMNS": "200"})
        seen = ""
        while "recording on display" not in seen:  # python-xlib may print warnings to stdout first
            line = rec.stdout.readline()
            if not line:
                raise AssertionError(seen + rec.stderr.read())
            seen += line
        time.sleep(0.3)
        # the person: fill the form, a chord, a double and a right click on the background, tick, save, scroll
        _xdo("mousemove", *_center(w["name"]), "click", "1")
        _xdo("type", "--delay", "40", "bob")
        _xdo("key", "ctrl+e")  # Tk entry: end of line (a chord that leaves the text alone)
        _xdo("mousemove", *_center(w["email"]), "click", "1")
        _xdo("type", "--delay", "40", "bob@example.com")
        _xdo("mousemove", "200", "420", "click", "--repeat", "2", "--delay", "80", "1")
        _xdo("mousemove", "260", "440", "click", "3")
        _xdo("mousemove", *_center(w["subscribe"]), "click", "1")
        _xdo("mousemove", *_center(w["save"]), "click", "1")
        _xdo("mousemove", *_center(w["items"]), "click", "--repeat", "3", "--delay", "60", "5")
        time.sleep(0.3)
        rec.send_signal(signal.SIGINT)  # Ctrl-C ends a recording
        rest, err = rec.communicate(timeout=90)
        assert rec.returncode == 0, rest + err
    finally:
        if rec is not None and rec.poll() is None:
            rec.kill()
        app.terminate()
        app.wait(5)
    s1 = json.loads(state1.read_text())
    assert s1["saved"] == {"name": "bob", "email": "bob@example.com", "subscribe": True}, s1

    steps = [json.loads(x) for x in (out / "steps.jsonl").read_text().splitlines()]
    kinds = [s["action"]["action"] for s in steps]
    assert kinds == ["click", "type", "key", "click", "type", "double_click", "right_click", "click", "click",
                     "scroll", "done"], kinds
    assert steps[1]["action"]["text"] == "bob" and steps[4]["action"]["text"] == "bob@example.com"
    assert steps[2]["action"]["keys"] == ["Control", "e"]
    assert steps[9]["action"]["direction"] == "down" and steps[9]["action"]["amount"] == 3
    # targets are named by OCR after recording: the label next to a field, the text of a button
    assert steps[0]["targets"]["target"]["text"] == "Name" and steps[0]["targets"]["target"]["via"] == "label"
    assert steps[8]["targets"]["target"]["text"] == "Save"
    assert (out / steps[8]["targets"]["target"]["crop"]).is_file()
    assert sc.load(out).start.display_size == (1920, 1080)

    # replay on a fresh app instance, started by the scenario
    sc.edit(out, start={"kind": "desktop", "display_size": [1920, 1080], "ready_text": "Contact form",
                        "command": ["{python}", str(TK), "--geometry", GEOMETRY, "--state", str(state2)]},
            # a final check waits until the scrolled list shows (the app is stopped when the replay ends)
            checks=[{"kind": "text", "text": "Item 16"}])
    r = replay(out, display=xvfb, ocr=ocr_engine)
    assert r.ok, r.summary()
    s2 = json.loads(state2.read_text())
    assert s2["saved"] == {"name": "bob", "email": "bob@example.com", "subscribe": True}, s2
    assert s2["list_top"] == s1["list_top"] > 0
    assert [c["button"] for c in s2["clicks"]] == [c["button"] for c in s1["clicks"]] == [1, 1, 1, 1, 3, 1, 1]
