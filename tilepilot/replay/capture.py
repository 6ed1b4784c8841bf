"""Record a person's demonstration in Chromium as a scenario: clicks, typing, keys and scrolls.

Listeners injected into every page queue each input event (in sessionStorage, so that a navigation does
not lose it); a loop keeps capturing frames and, for each event, records the last frame captured *before*
it (what the person saw), the action, and a crop around its point. When recording stops, the text under or
next to each point is read by OCR and added, so replays can heal. Text typed into password fields is
stored as ``{{secret:PASSWORD}}``, never as itself.
"""

from __future__ import annotations

import collections
import contextlib
import os
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tilepilot.actions.browser import CHROMIUM_ARGS, Browser, find_chromium
from tilepilot.actions.schema import Click, Done, DoubleClick, Key, Point, RightClick, Scroll, Type, describe
from tilepilot.errors import ScreenError
from tilepilot.perception.frame import Frame
from tilepilot.replay import scenario as sc
from tilepilot.replay.recorder import Recorder

LISTENERS = r"""
(() => {
  if (window.__tpRec) return; window.__tpRec = true;
  const K = "__tp_events";
  const push = (e) => { const q = JSON.parse(sessionStorage.getItem(K) || "[]"); q.push(e);
                        sessionStorage.setItem(K, JSON.stringify(q)); };
  window.__tpTake = () => { const q = sessionStorage.getItem(K) || "[]"; sessionStorage.setItem(K, "[]");
                            return JSON.parse(q); };
  addEventListener("mousedown", (e) => push({type: "mouse", t: Date.now(), x: e.clientX, y: e.clientY,
                                             button: e.button, detail: e.detail}), true);
  addEventListener("keydown", (e) => push({type: "key", t: Date.now(), key: e.key, ctrl: e.ctrlKey, alt: e.altKey,
      meta: e.metaKey, shift: e.shiftKey,
      secret: !!(e.target && e.target.type === "password")}), true);
  addEventListener("wheel", (e) => push({type: "wheel", t: Date.now(), x: e.clientX, y: e.clientY,
                                         dx: e.deltaX, dy: e.deltaY}), {capture: true, passive: true});
})();
"""


class _Session:
    def __init__(self, rec: Recorder, browser: Browser):
        self.rec, self.b = rec, browser
        self.index = 0
        self.frames: collections.deque[tuple[float, Frame]] = collections.deque(maxlen=40)
        self.typing: tuple[list[str], bool, Frame, str | None] | None = None  # chars, secret, frame, url
        self.scroll: dict[str, Any] | None = None
        self.steps: list[dict[str, Any]] = []
        self.last_click: dict[str, Any] | None = None
        self.frames_of: dict[int, Frame] = {}  # step index -> the frame it acted on (for naming targets)

    def frame_before(self, t_ms: float) -> Frame:
        best = self.frames[0][1]
        for t, f in self.frames:
            if t * 1000 <= t_ms:
                best = f
        return best

    def write(self, action: Any, frame: Frame, url: str | None, points: dict[str, Point] | None = None) -> None:
        self.index += 1
        self.steps.append(self.rec.demo_step(self.index, action, frame, url, points))
        self.frames_of[self.index] = frame

    def flush(self) -> None:
        if self.typing is not None:
            chars, secret, frame, url = self.typing
            text = "{{secret:PASSWORD}}" if secret else "".join(chars)
            self.write(Type(text=text), frame, url)
            self.typing = None
        if self.scroll is not None:
            s = self.scroll
            amount = max(1, min(100, round(abs(s["d"]) / 100)))
            action = Scroll(direction=s["dir"], amount=amount, target=Point(x=s["x"], y=s["y"]))
            self.write(action, s["frame"], s["url"], {"target": Point(x=s["x"], y=s["y"])})
            self.scroll = None

    def handle(self, ev: dict[str, Any], url: str | None) -> None:
        frame = self.frame_before(ev["t"])
        scale = frame.scale
        if ev["type"] == "mouse":
            self.flush()
            p = Point(x=ev["x"] * scale, y=ev["y"] * scale)
            if ev.get("detail", 1) >= 2 and self.last_click and self.steps:  # the second press of a double click
                last = self.steps[-1]
                last["action"]["action"] = "double_click"
                last["description"] = describe(DoubleClick(target=Point(**{k: last["points"]["target"][k]
                                                                          for k in ("x", "y")})))
                return
            action = RightClick(target=p) if ev.get("button") == 2 else Click(target=p)
            self.write(action, frame, url, {"target": p})
            self.last_click = ev
        elif ev["type"] == "key":
            key = ev["key"]
            mods = [m for m, on in (("Control", ev["ctrl"]), ("Alt", ev["alt"]), ("Meta", ev["meta"])) if on]
            if len(key) == 1 and not mods:
                if self.typing is None or self.typing[1] != ev["secret"]:
                    self.flush()
                    self.typing = ([], ev["secret"], frame, url)
                self.typing[0].append(key)
                return
            if key in ("Shift", "Control", "Alt", "Meta", "CapsLock"):
                return
            self.flush()
            self.write(Key(keys=[*mods, key]), frame, url)
        elif ev["type"] == "wheel":
            if self.typing is not None:
                self.flush()
            d = ev["dy"] if abs(ev["dy"]) >= abs(ev["dx"]) else ev["dx"]
            direction = ("down" if d > 0 else "up") if abs(ev["dy"]) >= abs(ev["dx"]) else \
                ("right" if d > 0 else "left")
            if self.scroll is None or self.scroll["dir"] != direction:
                self.flush()
                self.scroll = {"dir": direction, "d": 0.0, "x": ev["x"] * scale, "y": ev["y"] * scale,
                               "frame": frame, "url": url}
            self.scroll["d"] += d


@contextlib.contextmanager
def _ctrl_c_stops():
    """Ctrl-C (SIGINT) ends the recording loop cleanly instead of raising inside a browser call."""
    import threading

    flag = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield flag.is_set
        return
    old = signal.signal(signal.SIGINT, lambda *_: flag.set())
    try:
        yield flag.is_set
    finally:
        signal.signal(signal.SIGINT, old)


def record_browser(url: str, out: str | Path, *, headless: bool = True, seconds: float | None = None,
                   cdp_port: int = 0, viewport: tuple[int, int] = (1280, 720), ocr: Any = None,
                   should_stop: Callable[[], bool] | None = None,
                   on_ready: Callable[[int], None] | None = None) -> int:
    """Open ``url`` in Chromium and record until ``seconds`` pass, ``should_stop()``, the window closes or
    Ctrl-C. Returns the number of steps written to ``out`` (a scenario folder)."""
    rec = Recorder(out)
    profile = tempfile.TemporaryDirectory(prefix="tilepilot-record-", ignore_cleanup_errors=True)
    argv = [find_chromium(), f"--remote-debugging-port={cdp_port}", f"--user-data-dir={profile.name}",
            f"--window-size={viewport[0]},{viewport[1]}", *CHROMIUM_ARGS, "about:blank"]
    if headless:
        argv.insert(1, "--headless")
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)  # Ctrl-C in a terminal stops the recording, not Chromium
    session = None
    try:
        port_file = Path(profile.name) / "DevToolsActivePort"
        deadline = time.monotonic() + 20
        while not (port_file.exists() and port_file.read_text().strip()):
            if time.monotonic() > deadline or proc.poll() is not None:
                raise ScreenError("Chromium did not start for recording (no DevTools port)")
            time.sleep(0.05)
        port = int(port_file.read_text().split()[0])
        with Browser(url, cdp_url=f"http://127.0.0.1:{port}", allow_domains=["*"]) as b:
            b.context.add_init_script(LISTENERS)
            b.page.evaluate(LISTENERS)
            first = b.capture()
            rec.start({"task": f"recorded demonstration on {url}", "policy": "person", "screen": "browser",
                       "start_url": url, "start": {"kind": "browser", "url": url,
                                                   "viewport": [round(first.width / first.scale),
                                                                round(first.height / first.scale)],
                                                   "device_scale_factor": first.scale}})
            session = _Session(rec, b)
            session.frames.append((time.time(), first))
            if on_ready:
                on_ready(port)
            t_end = time.monotonic() + seconds if seconds else None
            with _ctrl_c_stops() as stopped:
                while not (t_end and time.monotonic() > t_end) and not (should_stop and should_stop()) \
                        and not stopped():
                    try:
                        events = b.page.evaluate("window.__tpTake ? window.__tpTake() : []")
                        frame = b.capture()
                    except Exception:  # noqa: BLE001 - the page closed or is navigating
                        if proc.poll() is not None or b.page is None or b.page.is_closed():
                            break
                        time.sleep(0.05)
                        continue
                    for ev in events:
                        session.handle(ev, b.url)
                    session.frames.append((time.time(), frame))
                    time.sleep(0.03)
                with contextlib.suppress(Exception):
                    for ev in b.page.evaluate("window.__tpTake ? window.__tpTake() : []"):
                        session.handle(ev, b.url)
                session.flush()
                last = b.capture()
                session.write(Done(answer="recording stopped"), last, b.url)
    finally:
        with contextlib.suppress(Exception):  # Chromium and its helpers: the process group started above
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(10)
        profile.cleanup()
    steps = session.index if session else 0
    rec.finish("done", steps=steps)
    if session:
        sc.write_steps(out, session.steps)  # a double click rewrote a step that was already written
        _name_targets(Path(out), session, ocr)
    return steps


def _name_targets(out: Path, session: _Session, ocr: Any) -> None:
    """After recording (so OCR never delays a capture): the text under or next to each point."""
    from tilepilot.replay.heal import cut, describe_target
    from tilepilot.replay.replayer import read_region

    if ocr is None:
        from tilepilot.perception.ocr import OcrEngine

        ocr = OcrEngine()
    _, steps = sc.read_raw(out)
    frames = session.frames_of
    for s in steps:
        frame = frames.get(s["index"])
        for f, t in s.get("targets", {}).items():
            if frame is None:
                continue
            h, w = frame.height, frame.width
            x, y = t["x"], t["y"]
            region = (max(0, int(x) - 480), max(0, int(y) - 90), min(w, int(x) + 480), min(h, int(y) + 90))
            desc = describe_target(frame.image, x, y, read_region(ocr, frame.image, region))
            if desc.get("text"):
                desc["crop"] = t["crop"]
                (out / t["crop"]).write_bytes(Frame(image=cut(frame.image, desc["crop_box"]).copy()).png())
                s["targets"][f] = desc
    sc.write_steps(out, steps)
