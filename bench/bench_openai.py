"""Cost of the openai policy itself: preprocessing per screenshot per profile, and the policy's overhead over a
bare HTTP call to the same local server.

Run: ``.venv/bin/python bench/bench_openai.py [--reps N]``. A loopback server on 127.0.0.1 answers every request
with the same recorded answer (so the server costs the same in both arms). Baseline: the request body the
policy would send, built once, POSTed with urllib (a bare client). Policy: ``OpenAIPolicy.decide`` end to end
(resize, PNG + base64, prompt, POST, parse). Medians over N repetitions, ratios against the baseline measured in
the same run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tilepilot.model.openai_policy import OpenAIPolicy  # noqa: E402
from tilepilot.model.profiles import get_profile  # noqa: E402
from tilepilot.perception.frame import Frame  # noqa: E402
from tilepilot.perception.observation import Observation  # noqa: E402

ANSWERS = {
    "ui-tars-1.5": "Thought: click it\nAction: click(start_box='(443,273)')",
    "qwen2.5-vl": '<tool_call>{"name": "computer_use", "arguments": {"action": "left_click", "coordinate": [443, 273]}}'
                  "</tool_call>",
    "internvl": "<ref>Target</ref><box>[[312, 347, 375, 403]]</box>",
    "nvlm": "Action: click(start_box='<tile_1><box>[[625, 347, 750, 403]]</box>')",
    "json": '{"action": "click", "target": {"x": 440, "y": 270}}',
}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    answer = ""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def do_POST(self) -> None:  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        data = json.dumps({"choices": [{"message": {"role": "assistant", "content": self.server.answer}}],
                           "usage": {"prompt_tokens": 1, "completion_tokens": 1}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def screenshot(w: int, h: int) -> np.ndarray:
    rng = np.random.default_rng(0)
    img = np.full((h, w, 3), 250, np.uint8)
    for _ in range(300):  # UI-like blocks and text-like noise strips
        x, y = int(rng.integers(0, w - 200)), int(rng.integers(0, h - 30))
        img[y:y + 14, x:x + int(rng.integers(40, 200))] = rng.integers(0, 255, (14, 1, 3), dtype=np.uint8)
    return img


def median_ms(fn, reps: int) -> float:
    fn()
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=7)
    reps = ap.parse_args().reps
    srv = _Server(("127.0.0.1", 0), _Handler)
    threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    url = f"http://127.0.0.1:{srv.server_address[1]}/v1"

    print("preprocessing per screenshot (resize + tiles/router + PNG/base64 data URLs), median ms")
    print(f"{'profile':>12} | " + " | ".join(f"{w}x{h:<5}" for w, h in [(1280, 720), (1920, 1080), (2560, 1440)]))
    for name in ANSWERS:
        cells = []
        for w, h in [(1280, 720), (1920, 1080), (2560, 1440)]:
            img = screenshot(w, h)
            p = get_profile(name)
            cells.append(median_ms(lambda p=p, img=img: p.prepare(img).parts(), reps))
        print(f"{name:>12} | " + " | ".join(f"{c:>9.1f}" for c in cells))

    print("\none decision at 1280x720 over loopback HTTP, median ms (baseline: bare POST of the same body)")
    frame = Frame(image=screenshot(1280, 720))
    for name, answer in ANSWERS.items():
        srv.answer = answer
        pol = OpenAIPolicy(url, "bench", name)
        o = Observation(task="click Target", frame=frame, step=1)
        body = json.dumps(pol._body(pol.profile.messages(o.task, [], pol.profile.prepare(frame.image)))).encode()

        def bare(body: bytes = body, target: str = pol.client.url) -> None:
            req = urllib.request.Request(target, data=body, headers={"Content-Type": "application/json"})
            with urllib.request.urlopen(req, timeout=30) as r:
                json.loads(r.read())

        base = median_ms(bare, reps)
        full = median_ms(lambda pol=pol, o=o: pol.decide(o), reps)
        print(f"{name:>12}: bare POST {base:7.1f} ms ({len(body) / 1e6:.2f} MB body) | policy {full:7.1f} ms | "
              f"overhead {full - base:6.1f} ms ({full / base:.2f}x)")
    srv.shutdown()


if __name__ == "__main__":
    main()
