"""Browser loop overhead: N scripted steps through the Agent loop vs the same actions as raw Playwright.

Run: ``.venv/bin/python bench/bench_browser.py [--steps 50] [--reps 3]``. Serves scenarios/apps/web on
127.0.0.1, opens form.html in headless Chromium, and alternates coordinate clicks on two empty points of
the page with a typed character into the Name field (so some steps change the screen). Variants run
``reps`` times, interleaved; medians are reported, all from the same run.

  raw               page.mouse.click / keyboard.type only (no screen seen at all)
  raw+shot          the same plus one screenshot per step: the least any screenshot agent needs (baseline)
  agent             Agent loop (capture, decide, guard, execute, settle), no recording  <- headline
  agent+record      the same, writing steps.jsonl and one PNG per step
"""

from __future__ import annotations

import argparse
import functools
import statistics
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tilepilot import Agent, Browser, ScriptedPolicy  # noqa: E402
from tilepilot.actions.schema import Click, Point, Type  # noqa: E402

POINTS = [(900.0, 600.0), (1000.0, 650.0)]
FIELD = (372.0, 156.0)


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *a: object) -> None:
        pass


def actions(n: int, clear: bool = False) -> list:
    out = []
    for i in range(n):
        if i % 5 == 4:  # clear: select all and delete first, as the embedded model's typing does
            out.append(Type(text="x", into=Point(x=FIELD[0], y=FIELD[1]), clear=clear))
        else:
            x, y = POINTS[i % 2]
            out.append(Click(target=Point(x=x, y=y)))
    return out


def raw(b: Browser, n: int, shot: bool) -> float:
    page = b.page
    t = time.perf_counter()
    for i in range(n):
        if i % 5 == 4:
            page.mouse.click(*FIELD)
            page.keyboard.type("x")
        else:
            page.mouse.click(*POINTS[i % 2])
        if shot:
            page.screenshot()
    return time.perf_counter() - t


def agent(b: Browser, n: int, out: Path | None, clear: bool = False) -> float:
    t = time.perf_counter()
    r = Agent(ScriptedPolicy(actions(n, clear)), b, max_steps=n + 1, out=out).run("bench")
    assert r.status == "done", r.message
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=50)
    ap.add_argument("--reps", type=int, default=3)
    args = ap.parse_args()
    srv = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(ROOT / "scenarios/apps/web")))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{srv.server_address[1]}/form.html"
    n = args.steps
    times: dict[str, list[float]] = {"raw": [], "raw+shot (baseline)": [], "agent": [], "agent, typing clears": [],
                                     "agent+record": []}
    with Browser(url) as b, tempfile.TemporaryDirectory() as tmp:
        agent(b, 5, None)  # warm up
        for rep in range(args.reps):
            b.page.reload()
            times["raw"].append(raw(b, n, False))
            b.page.reload()
            times["raw+shot (baseline)"].append(raw(b, n, True))
            b.page.reload()
            times["agent"].append(agent(b, n, None))
            b.page.reload()
            times["agent, typing clears"].append(agent(b, n, None, clear=True))
            b.page.reload()
            times["agent+record"].append(agent(b, n, Path(tmp) / f"rec{rep}"))
    srv.shutdown()
    base = statistics.median(times["raw+shot (baseline)"])
    print(f"browser loop, 1280x720, {n} steps per run, median of {args.reps} runs")
    print(f"{'variant':24s} {'ms/step':>8s} {'x baseline':>11s}")
    for name, ts in times.items():
        med = statistics.median(ts)
        print(f"{name:24s} {med / n * 1000:8.1f} {med / base:10.2f}x")


if __name__ == "__main__":
    main()
