"""Desktop end to end: a real Tk app on a real Xvfb display, real mss capture, real pyautogui input,
real OCR. The app (scenarios/apps/tk_form.py) writes what really happened (form values, the root
coordinates of every mouse press) to a JSON state file, which is what these tests check."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest

from tilepilot.actions import coords
from tilepilot.actions.desktop import Desktop
from tilepilot.actions.schema import Point
from tilepilot.agent.loop import Agent
from tilepilot.errors import ScreenError
from tilepilot.model.script import parse_script
from tilepilot.model.scripted import ScriptedPolicy
from tilepilot.perception.frame import Frame

pytestmark = pytest.mark.desktop

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "scenarios" / "apps" / "tk_form.py"
GEOMETRY = (640, 420, 100, 80)  # w, h, x, y of the Tk window on the screen


class TkApp:
    def __init__(self, proc: subprocess.Popen, state_path: Path, geometry: tuple[int, int, int, int]):
        self.proc = proc
        self.state_path = state_path
        self.w, self.h, self.x, self.y = geometry

    def state(self) -> dict:
        return json.loads(self.state_path.read_text(encoding="utf-8"))

    def wait_for(self, check: Callable[[dict], bool], timeout: float = 5.0) -> dict:
        """The first state that passes ``check`` (the app writes its file after handling each event)."""
        deadline = time.monotonic() + timeout
        while True:
            st = self.state()
            if check(st) or time.monotonic() > deadline:
                return st
            time.sleep(0.02)


@pytest.fixture
def tk_app(xvfb: str, tmp_path: Path) -> Iterator[Callable[..., TkApp]]:
    """Start tk_form.py on the test display at a fixed geometry; wait until it is mapped and drawn."""
    procs: list[subprocess.Popen] = []

    def start(geometry: tuple[int, int, int, int] = GEOMETRY) -> TkApp:
        w, h, x, y = geometry
        state = tmp_path / f"state-{len(procs)}.json"
        cmd = [sys.executable, str(APP), "--geometry", f"{w}x{h}+{x}+{y}", "--state", str(state)]
        proc = subprocess.Popen(cmd, env={**os.environ, "DISPLAY": xvfb}, stderr=subprocess.PIPE, text=True)
        procs.append(proc)
        deadline = time.monotonic() + 15
        while not state.exists():
            if proc.poll() is not None:
                pytest.fail(f"tk_form.py exited with code {proc.returncode}: {proc.stderr.read()}")
            if time.monotonic() > deadline:
                pytest.fail("tk_form.py did not write its state file within 15 s")
            time.sleep(0.05)
        app = TkApp(proc, state, geometry)
        assert app.state()["window"] == [x, y, w, h], "the window is not where it was asked to be"
        return app

    yield start
    for proc in procs:
        proc.terminate()
        try:
            assert proc.wait(5) == 0, "tk_form.py did not exit cleanly on SIGTERM"
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


def _free_display() -> str:
    n = 59
    while Path(f"/tmp/.X{n}-lock").exists() or Path(f"/tmp/.X11-unix/X{n}").exists():
        n += 1
    return f":{n}"


def _clicks(st: dict) -> list[tuple[int, int]]:
    return [(c["x"], c["y"]) for c in st["clicks"] if c["button"] == 1]


# ------------------------------------------------------------------------------------------------------


def test_scripted_form_by_ocr_text_and_labels(tk_app, xvfb, ocr_engine):
    app = tk_app()
    script = parse_script("""
- type: {into: Name, text: bob}
- type: {into: Email, text: bob@example.com}
- click: Save
""")
    with Desktop(xvfb) as screen:
        result = Agent(ScriptedPolicy(script), screen, ocr=ocr_engine).run("fill the form")
    assert result.status == "done", result.message
    st = app.wait_for(lambda s: s["saves"] == 1)
    assert st["saved"] == {"name": "bob", "email": "bob@example.com", "subscribe": False}
    assert st["status"] == "Saved: bob bob@example.com"
    # the labels resolved to the entries to their right, not to the label text itself
    wid = st["widgets"]
    for step, field in zip(result.steps[:2], ("name", "email"), strict=True):
        x, y, w, h = wid[field]
        p = step.points["into"]
        assert x <= p["screen_x"] < x + w and y <= p["screen_y"] < y + h, (field, p, wid[field])
    assert [c["widget"] for c in st["clicks"]] == [".name", ".email", ".save"]


def test_cli_desktop_script_records_every_step(tk_app, xvfb, tmp_path):
    app = tk_app()
    x, y = app.x + 200, app.y + 360  # empty window background
    flow = tmp_path / "flow.yaml"
    flow.write_text(f"""
- click: [{x}, {y}]
- type: {{into: Name, text: alice}}
- click: Save
""")
    out = tmp_path / "rec"
    proc = subprocess.run([sys.executable, "-m", "tilepilot.agent.cli", "run", "--desktop", "--display", xvfb,
                           "--script", str(flow), "--out", str(out)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "done" in proc.stdout
    st = app.wait_for(lambda s: s["saves"] == 1)
    assert st["saved"]["name"] == "alice"
    assert _clicks(st)[0] == (x, y)

    lines = (out / "steps.jsonl").read_text(encoding="utf-8").splitlines()
    steps = [json.loads(line) for line in lines]
    assert [s["index"] for s in steps] == [1, 2, 3, 4]  # three actions, then done
    assert [s["action"]["action"] for s in steps] == ["click", "type", "click", "done"]
    pngs = sorted(p.name for p in out.glob("step-*.png"))
    assert pngs == [f"step-{i:04d}.png" for i in range(1, 5)]
    assert [s["screenshot"] for s in steps] == pngs
    assert json.loads((out / "run.json").read_text())["status"] == "done"
    shot = Frame.from_png((out / "step-0001.png").read_bytes())
    assert shot.size == (1920, 1080)


def test_non_ascii_text_is_typed_whole(tk_app, xvfb, ocr_engine):
    """pyautogui alone would drop 'ë' and '€' silently; they must arrive."""
    app = tk_app()
    script = parse_script("- type: {into: Name, text: 'Zoë Müller'}\n- type: {into: Email, text: 'a€b@x.org'}\n"
                          "- click: Save\n")
    with Desktop(xvfb) as screen:
        result = Agent(ScriptedPolicy(script), screen, ocr=ocr_engine).run("unicode")
    assert result.status == "done", result.message
    st = app.wait_for(lambda s: s["saves"] == 1)
    assert st["saved"]["name"] == "Zoë Müller" and st["saved"]["email"] == "a€b@x.org"


def test_coordinate_click_lands_exactly(tk_app, xvfb):
    app = tk_app()
    save = (app.x + 120 + 50, app.y + 195 + 19)  # centre of the Save button, from the layout
    empty = [(app.x + 30, app.y + 300), (app.x + 433, app.y + 411), (app.x + 1, app.y + 1)]
    points = [*empty, save]
    script = parse_script("\n".join(f"- click: [{px}, {py}]" for px, py in points))
    with Desktop(xvfb) as screen:
        result = Agent(ScriptedPolicy(script), screen, ocr=object()).run("clicks")  # no text target: no OCR
    assert result.status == "done", result.message
    st = app.wait_for(lambda s: len(s["clicks"]) == len(points))
    got = _clicks(st)
    assert len(got) == len(points)
    for (px, py), (gx, gy) in zip(points, got, strict=True):
        assert abs(gx - px) <= 1 and abs(gy - py) <= 1, (px, py, gx, gy)
    assert st["clicks"][-1]["widget"] == ".save" and st["saves"] == 1


def test_region_offset_click_and_ocr(tk_app, xvfb, ocr_engine):
    app = tk_app((640, 420, 700, 500))
    left, top = 650, 430
    region = (left, top, 760, 520)  # a part of the screen that holds the whole window, and not (0, 0)
    fx, fy = 250, 410  # a frame point: on the window background at screen (900, 840)
    script = parse_script(f"""
- click: [{fx}, {fy}]
- type: {{into: Email, text: eve@example.org}}
- click: Save
""")
    with Desktop(xvfb, region=region) as screen:
        frame = screen.capture()
        assert frame.size == (760, 520) and frame.offset == (left, top)
        result = Agent(ScriptedPolicy(script), screen, ocr=ocr_engine).run("region")
    assert result.status == "done", result.message
    st = app.wait_for(lambda s: s["saves"] == 1)
    got = _clicks(st)
    assert abs(got[0][0] - (fx + left)) <= 1 and abs(got[0][1] - (fy + top)) <= 1, got[0]
    assert st["saved"]["email"] == "eve@example.org"
    # OCR ran on the region's pixels, and its frame points were shifted by the region's offset
    sx, sy, sw, sh = st["widgets"]["save"]
    p = result.steps[2].points["target"]
    assert sx - left <= p["x"] < sx - left + sw and sy - top <= p["y"] < sy - top + sh, p
    assert (p["screen_x"], p["screen_y"]) == (p["x"] + left, p["y"] + top)
    assert st["clicks"][-1]["widget"] == ".save"


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
@pytest.mark.parametrize("offset", [(0, 0), (1920, 0), (-1280, 200)])
def test_offset_and_scale_round_trip(scale, offset):
    frame = Frame(image=np.zeros((400, 600, 3), np.uint8), scale=scale, offset=offset)
    for fx, fy in [(0, 0), (10.5, 20.25), (599, 399)]:
        s = coords.to_screen(Point(x=fx, y=fy), frame)
        assert s.space == "screen"
        assert s.x == pytest.approx(fx / scale + offset[0]) and s.y == pytest.approx(fy / scale + offset[1])
        back = coords.to_frame(s, frame)
        assert back.x == pytest.approx(fx) and back.y == pytest.approx(fy)
    # a screen point passes through to_screen unchanged
    sp = Point(x=5, y=6, space="screen")
    assert coords.to_screen(sp, frame) == sp


def test_no_display_raises_with_how_to_start_xvfb(xvfb):
    display = _free_display()
    with pytest.raises(ScreenError) as e, Desktop(display=display):
        pass
    assert display in str(e.value) and "Xvfb" in str(e.value)
    assert os.environ["DISPLAY"] == xvfb  # a failed open leaves the environment alone


def test_cli_no_display_exits_2(tmp_path):
    display = _free_display()
    flow = tmp_path / "flow.yaml"
    flow.write_text("- click: Save\n")
    cmd = [sys.executable, "-m", "tilepilot.agent.cli", "run", "--desktop", "--display", display,
           "--script", str(flow)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    text = " ".join((proc.stdout + proc.stderr).split())  # rich wraps long lines
    assert "Xvfb" in text and display in text


@pytest.mark.parametrize("target", ["Nonexistent button", "Save draft"])
def test_missing_target_fails_naming_target_step_and_closest_texts(tk_app, xvfb, ocr_engine, target):
    tk_app()
    script = parse_script(f"""
- type: {{into: Name, text: x}}
- click: "{target}"
""")
    with Desktop(xvfb) as screen:
        t = time.monotonic()
        result = Agent(ScriptedPolicy(script), screen, ocr=ocr_engine, find_timeout=1.0).run("missing")
        took = time.monotonic() - t
    assert result.status == "failed"
    assert result.error_type == "TargetNotFound"
    msg = result.message
    assert f"'{target}'" in msg and "step 2" in msg, msg
    seen = msg.split("closest texts seen:", 1)[1]
    assert "'Contact form'" in seen or "'Save'" in seen, msg  # texts really on the screen
    if target == "Save draft":  # a near miss names the button that is there
        assert seen.strip().startswith("'Save'"), msg
    assert result.steps[-1].error == msg
    assert took < 15


def test_drag_and_scroll(tk_app, xvfb):
    app = tk_app()
    # the square is at canvas (10..50, 30..70); the canvas at window (450, 230)
    cx, cy = app.x + 450 + 30, app.y + 230 + 50
    lx, ly = app.x + 450 + 85, app.y + 60 + 75  # middle of the listbox
    script = parse_script(f"""
- drag: {{from: [{cx}, {cy}], to: [{cx + 80}, {cy + 10}]}}
- scroll: {{direction: down, amount: 3, target: [{lx}, {ly}]}}
""")
    with Desktop(xvfb) as screen:
        result = Agent(ScriptedPolicy(script), screen, ocr=object()).run("drag and scroll")
    assert result.status == "done", result.message
    st = app.wait_for(lambda s: s["square"][0] != 10 and s["list_top"] > 0)
    assert abs(st["square"][0] - 90) <= 1 and abs(st["square"][1] - 40) <= 1, st["square"]
    assert st["list_top"] > 0
