"""Re-record the example scenarios with tilepilot itself (scripted runs with --out, through the Python API).

    python scenarios/record_examples.py [NAME ...]      # default: all; web needs Chromium, desktop Xvfb

Each scenario is a scripted run (scenarios/scripts/NAME.yaml) recorded into scenarios/web/NAME or
scenarios/desktop/NAME, then given what a run cannot know: how to start the app (served folder, variants),
variables and checks.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tilepilot import Agent, Browser, Desktop, ScriptedPolicy, load_script  # noqa: E402
from tilepilot.perception.ocr import OcrEngine  # noqa: E402
from tilepilot.replay import scenario as sc  # noqa: E402
from tilepilot.replay.replayer import serve  # noqa: E402

SCRIPTS = ROOT / "scenarios" / "scripts"
WEB_APPS = ROOT / "scenarios" / "apps" / "web"
SECRETS = {"LOGIN_PASSWORD": "hunter2"}  # the demo app's password; replays read it from the environment


def box_of(b: Browser, selector: str, pad: int = 6) -> list[int]:
    bb = b.page.locator(selector).evaluate(  # the box of the element's text, not of its (wide) block
        "e => { const r = document.createRange(); r.selectNodeContents(e); const b = r.getBoundingClientRect();"
        " return {x: b.x, y: b.y, width: b.width, height: b.height}; }")
    s = b.dsf
    return [int((bb["x"] - pad) * s), int((bb["y"] - pad) * s), int((bb["x"] + bb["width"] + pad) * s),
            int((bb["y"] + bb["height"] + pad) * s)]


WEB: dict[str, dict[str, Any]] = {
    "login": {
        "page": "login/index.html",
        "variables": {"user": "ada"},
        "parametrize": {1: ("ada", "{{user}}")},
        "checks": lambda b: [
            {"kind": "text", "text": "Welcome, {{user}}"},
            {"kind": "selector", "selector": "#hello", "state": "visible", "text": "Welcome, {{user}}"},
            {"kind": "text", "text": "Invalid credentials", "present": False, "timeout": 0},
            {"kind": "url", "matches": r"/index\.html$"},
            {"kind": "region", "box": box_of(b, "#welcome p"), "anywhere": True, "tolerance": 0.1},
        ],
    },
    "todo": {
        "page": "todo/index.html",
        "step_checks": {2: [{"kind": "text", "text": "0 of 1 done"}]},
        "checks": lambda b: [
            {"kind": "text", "text": "1 of 2 done"},
            {"kind": "selector", "selector": "#list li:nth-child(2) span", "state": "visible",
             "text": "Walk the dog"},
        ],
    },
    "settings": {
        "page": "settings/index.html",
        "checks": lambda b: [
            {"kind": "text", "text": "Settings saved: dark on, mail off, Deutsch"},
            {"kind": "selector", "selector": "#lang", "state": "visible", "text": "Deutsch"},
            {"kind": "selector", "selector": "#menu", "state": "hidden"},
        ],
    },
    "table": {
        "page": "table/index.html",
        "step_checks": {1: [{"kind": "text", "text": "7 of 8 shown"}]},
        "checks": lambda b: [
            {"kind": "selector", "selector": "#rows tr:first-child td:nth-child(1)", "state": "visible",
             "text": "Eva"},
            {"kind": "text", "text": "Bob", "present": False, "timeout": 0},
        ],
    },
    "checkout": {
        "page": "checkout/cart.html",
        "step_checks": {1: [{"kind": "url", "matches": r"/shipping\.html$"}],
                        4: [{"kind": "url", "matches": r"/payment\.html$"},
                            {"kind": "text", "text": "Ada Lovelace, 1 Analytical Way"}]},
        "checks": lambda b: [
            {"kind": "text", "text": "Order confirmed"},
            {"kind": "selector", "selector": "#done", "state": "visible"},
        ],
    },
}

TK_GEOMETRY = "640x420+100+80"
DESKTOP: dict[str, dict[str, Any]] = {
    "tk_contact": {"checks": [{"kind": "text", "text": "Saved: bob bob@example.com"}]},
    "tk_clear": {"checks": [{"kind": "text", "text": "Cleared"}, {"kind": "text", "text": "eve", "present": False}]},
}


def _fresh(dest: Path) -> Path:
    tmp = Path(tempfile.mkdtemp(prefix="tp-rec-")) / "rec"
    if dest.exists():
        shutil.rmtree(dest)
    return tmp


def record_web(name: str, ocr: OcrEngine) -> Path:
    spec = WEB[name]
    dest = ROOT / "scenarios" / "web" / name
    tmp = _fresh(dest)
    os.environ.update(SECRETS)
    with serve(WEB_APPS) as base, Browser(f"{base}/{spec['page']}") as b:
        result = Agent(ScriptedPolicy(load_script(SCRIPTS / f"{name}.yaml")), b, out=tmp, ocr=ocr).run(
            f"example scenario {name}")
        assert result.ok, result.message
        checks = spec["checks"](b)
    shutil.move(str(tmp), dest)
    page = spec["page"]
    start = {"kind": "browser", "serve": "../../apps/web", "path": page,
             "variants": {"original": page, "shifted": page.replace("/", "/shifted/", 1)},
             "viewport": [1280, 720], "device_scale_factor": 1.0}
    meta, steps = sc.read_raw(dest)
    for index, (old, new) in spec.get("parametrize", {}).items():
        s = steps[index - 1]
        s["action"]["text"] = s["action"]["text"].replace(old, new)
        s["description"] = s["description"].replace(old, new)
    sc.write_steps(dest, steps)
    sc.edit(dest, start=start, variables=spec.get("variables", {}), checks=checks,
            step_checks=spec.get("step_checks"), markers=["web", name])
    return dest


def record_desktop(name: str, display: str, ocr: OcrEngine) -> Path:
    spec = DESKTOP[name]
    dest = ROOT / "scenarios" / "desktop" / name
    tmp = _fresh(dest)
    state = Path(tempfile.mkdtemp()) / "state.json"
    app = subprocess.Popen([sys.executable, str(ROOT / "scenarios" / "apps" / "tk_form.py"), "--geometry",
                            TK_GEOMETRY, "--state", str(state)], env={**os.environ, "DISPLAY": display})
    try:
        while not state.exists():
            time.sleep(0.05)
        time.sleep(0.5)
        with Desktop(display) as d:
            result = Agent(ScriptedPolicy(load_script(SCRIPTS / f"{name}.yaml")), d, out=tmp, ocr=ocr).run(
                f"example scenario {name}")
            assert result.ok, result.message
            size = [d.monitor["width"], d.monitor["height"]]
    finally:
        app.terminate()
        app.wait(5)
    shutil.move(str(tmp), dest)
    start = {"kind": "desktop", "command": ["{python}", "../../apps/tk_form.py", "--geometry", TK_GEOMETRY,
                                            "--state", "{tmp}/tk_state.json"],
             "display_size": size, "ready_text": "Contact form"}
    sc.edit(dest, start=start, checks=spec["checks"], markers=["desktop", name])
    return dest


def main(names: list[str]) -> None:
    ocr = OcrEngine()
    names = names or [*WEB, *DESKTOP]
    for name in names:
        if name in WEB:
            print("recorded", record_web(name, ocr))
    desk = [n for n in names if n in DESKTOP]
    if desk:
        display = os.environ.get("DISPLAY") or ":97"
        xvfb = None
        if not os.environ.get("DISPLAY"):
            xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"])
            time.sleep(1)
            os.environ["DISPLAY"] = display
        try:
            for name in desk:
                print("recorded", record_desktop(name, display, ocr))
        finally:
            if xvfb is not None:
                xvfb.terminate()


if __name__ == "__main__":
    main(sys.argv[1:])
