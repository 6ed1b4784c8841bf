"""Desktop loop overhead: N scripted coordinate clicks through the Agent loop vs the same clicks as raw
``pyautogui.click`` + one ``mss`` grab per step (what any screenshot-driven agent needs at least).

Run: ``.venv/bin/python bench/bench_desktop.py [--steps 50] [--reps 3]``. Starts its own Xvfb on a free
display and the Tk test form (scenarios/apps/tk_form.py), clicks two points of the form's empty
background in turn (the screen hardly changes), and stops both at the end. Every variant runs ``reps``
times, interleaved, and the median is reported; all numbers come from the same run.

Variants:
  baseline          pyautogui.click + one mss grab of the whole screen per step
  agent             Agent loop, default SettleConfig, no recording        <- the headline number
  agent+record      same, recording steps.jsonl + one PNG per step to a temp folder
  agent settle=0    SettleConfig(interval=0.0): settle = two back-to-back captures, no sleep
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

APP = ROOT / "scenarios" / "apps" / "tk_form.py"
WIN = (640, 420, 100, 80)  # w, h, x, y


def free_display(start: int = 140) -> int:
    n = start
    while Path(f"/tmp/.X{n}-lock").exists() or Path(f"/tmp/.X11-unix/X{n}").exists():
        n += 1
    return n


def start_xvfb(tmp: Path) -> tuple[subprocess.Popen, str]:
    n = free_display()
    proc = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(200):
        if Path(f"/tmp/.X11-unix/X{n}").exists():
            break
        if proc.poll() is not None:
            raise SystemExit(f"Xvfb :{n} exited with code {proc.returncode}")
        time.sleep(0.05)
    auth = tmp / "Xauthority"
    auth.touch()
    os.environ["DISPLAY"] = f":{n}"
    os.environ["XAUTHORITY"] = str(auth)
    return proc, f":{n}"


def start_app(display: str, state: Path) -> subprocess.Popen:
    w, h, x, y = WIN
    cmd = [sys.executable, str(APP), "--geometry", f"{w}x{h}+{x}+{y}", "--state", str(state)]
    proc = subprocess.Popen(cmd, env={**os.environ, "DISPLAY": display})
    deadline = time.monotonic() + 15
    while not state.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            raise SystemExit("tk_form.py did not start")
        time.sleep(0.05)
    return proc


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def main() -> None:
    ap = argparse.ArgumentParser(description="desktop agent-loop overhead vs raw pyautogui + mss")
    ap.add_argument("--steps", type=int, default=50)
    ap.add_argument("--reps", type=int, default=3)
    args = ap.parse_args()
    n = args.steps
    w, h, x, y = WIN
    points = [(x + 100, y + 350), (x + 300, y + 350)]  # empty window background

    with tempfile.TemporaryDirectory(prefix="bench-desktop-") as tmpdir:
        tmp = Path(tmpdir)
        xvfb, display = start_xvfb(tmp)
        app = None
        try:
            state = tmp / "state.json"
            app = start_app(display, state)

            import mss
            import pyautogui

            from tilepilot.actions.desktop import Desktop
            from tilepilot.actions.schema import Click, Point
            from tilepilot.agent.loop import Agent
            from tilepilot.model.scripted import ScriptedPolicy
            from tilepilot.perception.settle import SettleConfig

            actions = [Click(target=Point(x=px, y=py)) for px, py in (points[i % 2] for i in range(n))]

            def baseline() -> float:
                pyautogui.PAUSE = 0
                with mss.MSS(display=display) if hasattr(mss, "MSS") else mss.mss(display=display) as sct:
                    mon = sct.monitors[1]
                    t = time.perf_counter()
                    for i in range(n):
                        pyautogui.click(*points[i % 2])
                        sct.grab(mon)
                    return time.perf_counter() - t

            runs: dict = {"rec": 0}

            def agent(settle: SettleConfig | None = None, record: bool = False) -> Callable[[], float]:
                def go() -> float:
                    out = None
                    if record:
                        runs["rec"] += 1
                        out = tmp / f"rec-{runs['rec']}"
                    with Desktop(display) as screen:
                        ag = Agent(ScriptedPolicy(actions), screen, max_steps=n + 1, out=out, settle=settle,
                                   ocr=object())  # coordinate clicks only: OCR never runs
                        t = time.perf_counter()
                        result = ag.run("bench")
                        took = time.perf_counter() - t
                    if result.status != "done" or len(result.steps) != n + 1:
                        raise SystemExit(f"agent run ended {result.status}: {result.message}")
                    runs["last"] = result
                    return took
                return go

            variants: dict[str, Callable[[], float]] = {
                "baseline (click + 1 grab)": baseline,
                "agent, default settle": agent(),
                "agent, default settle, recording": agent(record=True),
                "agent, SettleConfig(interval=0.0)": agent(SettleConfig(interval=0.0)),
            }
            times: dict[str, list[float]] = {k: [] for k in variants}
            phases: dict[str, list[float]] = {}
            baseline()  # warm-up: imports, X connections, first grab
            for _ in range(args.reps):
                for name, fn in variants.items():
                    times[name].append(fn())
                    if name == "agent, default settle":
                        for st in runs["last"].steps[:-1]:
                            for k, v in st.timings.items():
                                phases.setdefault(k, []).append(v)

            clicks = len(json.loads(state.read_text())["clicks"])
            expected = (1 + args.reps * len(variants)) * n
            base = statistics.median(times["baseline (click + 1 grab)"])
            print(f"display {display}, 1920x1080, {n} coordinate clicks per run, median of {args.reps} runs "
                  f"(app saw {clicks}/{expected} clicks)")
            print(f"{'variant':38s} {'ms/step':>8s} {'x baseline':>11s}")
            for name, ts in times.items():
                med = statistics.median(ts)
                print(f"{name:38s} {med / n * 1000:8.2f} {med / base:10.2f}x")
            print("agent (default settle) per-step phases, median ms: "
                  + ", ".join(f"{k} {statistics.median(v) * 1000:.2f}" for k, v in phases.items()))
            cfg = SettleConfig()
            print(f"default SettleConfig: interval {cfg.interval}s, quiet {cfg.quiet}, "
                  f"threshold {cfg.threshold}, timeout {cfg.timeout}s")
            with Desktop(display) as screen:
                for label, fn in (("mss grab (1920x1080)", screen._grab), ("capture", screen.capture)):
                    ts = []
                    for _ in range(30):
                        t = time.perf_counter()
                        fn()
                        ts.append(time.perf_counter() - t)
                    print(f"  {label:22s} {statistics.median(ts) * 1000:6.2f} ms")
        finally:
            if app is not None:
                stop(app)
            stop(xvfb)


if __name__ == "__main__":
    main()
