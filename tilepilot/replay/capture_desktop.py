"""Record a person's demonstration on an X11 display as a scenario: clicks, typing, key chords and scrolls.

The X RECORD extension (python-xlib, a second connection in a background thread) reports every key and
button the server receives, from any client. The main loop keeps capturing frames with mss and, for each
event, records the last frame captured *before* it (what the person saw), the action and a crop around
its point; after recording, OCR names each target (the same as the browser recorder, ``capture.py``).

Coalescing: consecutive printable keys become one ``type`` step; Control / Alt / Meta (or Shift with a
named key) plus a key become a ``key`` chord; wheel buttons 4/5/6/7 become ``scroll`` steps (one notch
each, merged while the direction and place stay the same); a second left press within 0.4 s and a few
pixels of the first turns the click into a ``double_click``.
"""

from __future__ import annotations

import collections
import queue
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tilepilot.actions.schema import Click, Done, DoubleClick, Key, Point, RightClick, Scroll, Type, describe
from tilepilot.errors import ScreenError
from tilepilot.perception.frame import Frame
from tilepilot.replay import scenario as sc
from tilepilot.replay.capture import _ctrl_c_stops, _name_targets
from tilepilot.replay.recorder import Recorder

DOUBLE_S = 0.4  # a second press within this long ...
DOUBLE_PX = 4  # ... and this close turns a click into a double click
BEFORE_S = 0.02  # a frame must have been taken this long before an event was received to count as "before"

_NAMED = {
    "Return": "Enter", "KP_Enter": "Enter", "Tab": "Tab", "ISO_Left_Tab": "Tab", "Escape": "Escape",
    "BackSpace": "Backspace", "Delete": "Delete", "KP_Delete": "Delete", "Up": "ArrowUp", "Down": "ArrowDown",
    "Left": "ArrowLeft", "Right": "ArrowRight", "Home": "Home", "End": "End", "Prior": "PageUp",
    "Next": "PageDown", "Insert": "Insert", **{f"F{i}": f"F{i}" for i in range(1, 13)},
}  # fmt: skip
_MODS = {"Shift_L": "Shift", "Shift_R": "Shift", "Control_L": "Control", "Control_R": "Control",
         "Alt_L": "Alt", "Alt_R": "Alt", "Meta_L": "Meta", "Meta_R": "Meta", "Super_L": "Meta", "Super_R": "Meta"}
_IGNORED = {"Caps_Lock", "Num_Lock", "ISO_Level3_Shift", "Mode_switch", "Scroll_Lock"}
_WHEEL = {4: "up", 5: "down", 6: "left", 7: "right"}


def _char(keysym: int) -> str | None:
    """The character a keysym types, if it is a printable one."""
    if 0x20 <= keysym <= 0x7E or 0xA0 <= keysym <= 0xFF:
        return chr(keysym)
    if keysym & 0xFF000000 == 0x01000000:
        c = chr(keysym & 0x00FFFFFF)
        return c if c.isprintable() else None
    return None


class _XRecord:
    """Key and button events of every client on ``display``, queued as (kind, data, received_at)."""

    def __init__(self, display: str):
        from Xlib import X
        from Xlib.display import Display
        from Xlib.ext import record

        self.X, self.record = X, record
        self.ctrl = Display(display)
        self.data = Display(display)
        if not self.ctrl.has_extension("RECORD"):
            self.ctrl.close()
            self.data.close()
            raise ScreenError(f"display {display} does not offer the X RECORD extension, which desktop "
                              "recording needs (Xvfb and Xorg have it unless started with -extension RECORD)")
        self.events: queue.Queue[tuple[str, dict[str, Any], float]] = queue.Queue()
        self.ctx = self.ctrl.record_create_context(
            0, [record.AllClients],
            [{"core_requests": (0, 0), "core_replies": (0, 0), "ext_requests": (0, 0, 0, 0),
              "ext_replies": (0, 0, 0, 0), "delivered_events": (0, 0),
              "device_events": (X.KeyPress, X.ButtonPress + 1),  # KeyPress, KeyRelease, ButtonPress
              "errors": (0, 0), "client_started": False, "client_died": False}])
        self.ctrl.sync()  # the context must exist on the server before the other connection enables it
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="tilepilot-xrecord", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def _run(self) -> None:
        try:
            self.data.record_enable_context(self.ctx, self._on_reply)
        except BaseException as e:  # noqa: BLE001 - reported by the recorder's loop
            self.error = e

    def _on_reply(self, reply: Any) -> None:
        from Xlib.protocol import rq

        if reply.category != self.record.FromServer or reply.client_swapped or not len(reply.data):
            return
        now = time.monotonic()
        data = reply.data
        while len(data):
            ev, data = rq.EventField(None).parse_binary_value(data, self.data.display, None, None)
            if ev.type in (self.X.KeyPress, self.X.KeyRelease):
                self.events.put(("key" if ev.type == self.X.KeyPress else "key_up",
                                 {"keycode": ev.detail, "time": ev.time}, now))
            elif ev.type == self.X.ButtonPress:
                self.events.put(("button", {"button": ev.detail, "x": ev.root_x, "y": ev.root_y,
                                            "time": ev.time}, now))

    def keysym(self, keycode: int, shifted: bool) -> int:
        ks = self.ctrl.keycode_to_keysym(keycode, 1 if shifted else 0)
        return ks or self.ctrl.keycode_to_keysym(keycode, 0)

    def stop(self) -> None:
        import contextlib

        with contextlib.suppress(Exception):
            self.ctrl.record_disable_context(self.ctx)
            self.ctrl.flush()
        self.thread.join(5)
        with contextlib.suppress(Exception):
            self.ctrl.record_free_context(self.ctx)
            self.ctrl.flush()
        for d in (self.data, self.ctrl):
            with contextlib.suppress(Exception):
                d.close()


class _Session:
    def __init__(self, rec: Recorder, offset: tuple[int, int], size: tuple[int, int]):
        self.rec = rec
        self.offset, self.size = offset, size
        self.index = 0
        self.frames: collections.deque[tuple[float, Frame]] = collections.deque(maxlen=30)
        self.steps: list[dict[str, Any]] = []
        self.frames_of: dict[int, Frame] = {}
        self.typing: tuple[list[str], Frame] | None = None
        self.scroll: dict[str, Any] | None = None
        self.mods: set[str] = set()
        self.last_press: dict[str, Any] | None = None  # the last left press: for double clicks

    def frame_before(self, t: float) -> Frame:
        best = self.frames[0][1]
        for taken, f in self.frames:
            if taken <= t - BEFORE_S:
                best = f
        return best

    def write(self, action: Any, frame: Frame, points: dict[str, Point] | None = None) -> None:
        self.index += 1
        self.steps.append(self.rec.demo_step(self.index, action, frame, None, points))
        self.frames_of[self.index] = frame

    def flush(self) -> None:
        if self.typing is not None:
            chars, frame = self.typing
            self.write(Type(text="".join(chars)), frame)
            self.typing = None
        if self.scroll is not None:
            s = self.scroll
            p = Point(x=s["x"], y=s["y"])
            self.write(Scroll(direction=s["dir"], amount=min(100, s["n"]), target=p), s["frame"], {"target": p})
            self.scroll = None

    def _point(self, ev: dict[str, Any]) -> Point | None:
        x, y = ev["x"] - self.offset[0], ev["y"] - self.offset[1]
        if not (0 <= x < self.size[0] and 0 <= y < self.size[1]):
            return None  # outside the recorded monitor
        return Point(x=float(x), y=float(y))

    def button(self, ev: dict[str, Any], t: float) -> None:
        p = self._point(ev)
        if p is None:
            return
        b = ev["button"]
        if b in _WHEEL:
            self._flush_typing()
            d = _WHEEL[b]
            s = self.scroll
            if s is None or s["dir"] != d or abs(s["x"] - p.x) > 40 or abs(s["y"] - p.y) > 40:
                self.flush()
                self.scroll = {"dir": d, "n": 0, "x": p.x, "y": p.y, "frame": self.frame_before(t)}
            self.scroll["n"] += 1
            return
        if b not in (1, 3):
            return
        self.flush()
        last = self.last_press
        if b == 1 and last and ev["time"] - last["time"] <= DOUBLE_S * 1000 and self.steps \
                and abs(ev["x"] - last["x"]) <= DOUBLE_PX and abs(ev["y"] - last["y"]) <= DOUBLE_PX \
                and self.steps[-1]["action"]["action"] == "click":
            step = self.steps[-1]
            step["action"]["action"] = "double_click"
            tp = step["points"]["target"]
            step["description"] = describe(DoubleClick(target=Point(x=tp["x"], y=tp["y"])))
            self.last_press = None
            return
        action = Click(target=p) if b == 1 else RightClick(target=p)
        self.write(action, self.frame_before(t), {"target": p})
        self.last_press = ev if b == 1 else None

    def _flush_typing(self) -> None:
        if self.typing is not None:
            chars, frame = self.typing
            self.typing = None
            self.write(Type(text="".join(chars)), frame)

    def key(self, name: str | None, char: str | None, t: float) -> None:
        chord = [m for m in ("Control", "Alt", "Meta") if m in self.mods]
        if char is not None and not chord:
            if self.typing is None:
                self.flush()
                self.typing = ([], self.frame_before(t))
            self.typing[0].append(char)
            return
        if name is None and char is None:
            return
        if name is None:  # a chord with a printable key: the unshifted letter, e.g. Control+a
            name = char.lower() if char and char.isalpha() else char
        elif "Shift" in self.mods:
            chord.append("Shift")
        self.flush()
        self.write(Key(keys=[*sorted(chord, key=["Control", "Alt", "Meta", "Shift"].index), name]),
                   self.frame_before(t))


def record_desktop(out: str | Path, *, display: str | None = None, seconds: float | None = None,
                   ocr: Any = None, should_stop: Callable[[], bool] | None = None,
                   on_ready: Callable[[str], None] | None = None, interval: float = 0.08) -> int:
    """Record what a person does on X display ``display`` (default $DISPLAY) until ``seconds`` pass,
    ``should_stop()`` or Ctrl-C. Returns the number of steps written to ``out`` (a scenario folder).
    The scenario's start has the display size but no command: add one with ``scenario.edit``."""
    from tilepilot.actions.desktop import Desktop

    rec = Recorder(out)
    desk = Desktop(display)
    session = None
    with desk:
        xr = _XRecord(desk.display)
        mon = desk.monitor
        try:
            first = desk.capture()
            rec.start({"task": f"recorded demonstration on display {desk.display}", "policy": "person",
                       "screen": "desktop", "start_url": None,
                       "start": {"kind": "desktop", "display_size": [mon["width"], mon["height"]]}})
            session = _Session(rec, (mon["left"], mon["top"]), (mon["width"], mon["height"]))
            session.frames.append((time.monotonic() - 1, first))
            xr.start()
            if on_ready:
                on_ready(desk.display)
            t_end = time.monotonic() + seconds if seconds else None
            with _ctrl_c_stops() as stopped:
                while not (t_end and time.monotonic() > t_end) and not (should_stop and should_stop()) \
                        and not stopped():
                    if xr.error is not None:
                        raise ScreenError(f"X RECORD stopped: {xr.error}")
                    taken = time.monotonic()
                    frame = desk.capture()
                    _drain(xr, session)
                    session.frames.append((taken, frame))
                    time.sleep(max(0.0, interval - (time.monotonic() - taken)))
        finally:
            xr.stop()
        _drain(xr, session)
        session.flush()
        session.write(Done(answer="recording stopped"), desk.capture())
    rec.finish("done", steps=session.index)
    sc.write_steps(out, session.steps)  # double clicks rewrite a step already written
    _name_targets(Path(out), session, ocr)  # type: ignore[arg-type] - same shape as the browser session
    return session.index


_KEYSYM_NAMES: dict[int, str] = {}


def _names() -> dict[int, str]:
    """keysym -> the X name of the keys handled here (python-xlib has no reverse lookup for them)."""
    if not _KEYSYM_NAMES:
        from Xlib import XK

        for n in [*_NAMED, *_MODS, *_IGNORED]:
            ks = XK.string_to_keysym(n)
            if ks:
                _KEYSYM_NAMES[ks] = n
    return _KEYSYM_NAMES


def _drain(xr: _XRecord, session: _Session) -> None:
    while True:
        try:
            kind, ev, t = xr.events.get_nowait()
        except queue.Empty:
            return
        if kind == "button":
            session.button(ev, t)
            continue
        ks = xr.keysym(ev["keycode"], "Shift" in session.mods)
        name = _names().get(ks)
        if name in _MODS:
            (session.mods.add if kind == "key" else session.mods.discard)(_MODS[name])
            continue
        if kind != "key" or name in _IGNORED:
            continue
        session.key(_NAMED.get(name or ""), None if name in _NAMED else _char(ks), t)
