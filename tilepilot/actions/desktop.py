"""An X11 display as a screen: mss for frames, pyautogui for input.

``Desktop(display=":99")`` uses the whole first monitor; ``monitor=N`` picks another one and
``region=(left, top, width, height)`` a part of the screen. Either way the frame's offset records where its
pixel (0, 0) lies, and ``actions.coords`` adds it back before input is sent.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from tilepilot.actions.base import ScreenBase
from tilepilot.actions.keys import pyautogui_keys
from tilepilot.actions.secrets import Secrets
from tilepilot.errors import ActionRefused, InputError, ScreenError
from tilepilot.perception.frame import Frame

HOW_TO_START_X = (
    "start a virtual display first, e.g. `Xvfb :99 -screen 0 1920x1080x24 -nolisten tcp &` "
    "then `export DISPLAY=:99` (or pass --display :99)"
)


def check_display(display: str) -> None:
    """Fail with a clear message if no X server answers on ``display``."""
    if not display:
        raise ScreenError(f"no display is set (DISPLAY is empty); {HOW_TO_START_X}")
    try:
        from Xlib import display as xdisplay
        from Xlib.error import DisplayError
    except ImportError as e:  # pragma: no cover - python-xlib is a dependency
        raise ScreenError(f"python-xlib is missing ({e}); pip install python-xlib") from None
    try:
        xdisplay.Display(display).close()
    except (DisplayError, OSError, ValueError) as e:
        raise ScreenError(f"cannot open display {display!r} ({e}); {HOW_TO_START_X}") from None


def _ensure_xauthority() -> None:
    """python-xlib wants an XAUTHORITY file to exist even when the server does not check it."""
    path = os.environ.get("XAUTHORITY") or str(Path.home() / ".Xauthority")
    if not os.path.exists(path):
        try:
            Path(path).touch()
        except OSError:
            path = os.path.join(tempfile.gettempdir(), "tilepilot.Xauthority")
            Path(path).touch()
    os.environ["XAUTHORITY"] = path


def _bind_pyautogui(display: str) -> None:
    """pyautogui opens its X connection once, from $DISPLAY, when first imported; a later Desktop on
    another display would silently send its input to the first one. Point it at ``display``."""
    import sys

    x11 = sys.modules.get("pyautogui._pyautogui_x11")
    current = getattr(x11, "_display", None)
    if current is None or current.get_display_name() == display:
        return
    from Xlib.display import Display

    x11._display = Display(display)
    with contextlib.suppress(Exception):  # the old server may be gone already
        current.close()


class Desktop(ScreenBase):
    name = "desktop"

    def __init__(
        self,
        display: str | None = None,
        *,
        monitor: int = 1,
        region: tuple[int, int, int, int] | None = None,
        failsafe: bool = True,
        secrets: Secrets | None = None,
        type_interval: float = 0.0,
    ):
        self.display = display if display is not None else os.environ.get("DISPLAY", "")
        self.monitor_index = monitor
        if region is not None and (len(region) != 4 or region[2] <= 0 or region[3] <= 0):
            raise InputError(f"region {region} is not (left, top, width, height) with positive size")
        self.region = region
        self.failsafe = failsafe
        self.secrets = secrets or Secrets()
        self.type_interval = type_interval
        self.url = None
        self._mss: Any = None
        self._gui: Any = None
        self.monitor: dict[str, int] = {}

    def __enter__(self) -> Desktop:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def open(self) -> None:
        _ensure_xauthority()
        check_display(self.display)
        os.environ["DISPLAY"] = self.display  # pyautogui reads it when imported
        import mss
        import pyautogui

        _bind_pyautogui(self.display)
        pyautogui.PAUSE = 0
        pyautogui.FAILSAFE = self.failsafe
        self._gui = pyautogui
        self._mss = mss.MSS(display=self.display) if hasattr(mss, "MSS") else mss.mss(display=self.display)
        monitors = self._mss.monitors
        if not 1 <= self.monitor_index < len(monitors):
            raise InputError(f"monitor {self.monitor_index} does not exist; this display has "
                             f"{len(monitors) - 1} monitor(s), numbered from 1")
        mon = monitors[self.monitor_index]
        if self.region is not None:
            left, top, width, height = self.region
            if left < mon["left"] or top < mon["top"] or left + width > mon["left"] + mon["width"] \
                    or top + height > mon["top"] + mon["height"]:
                raise InputError(f"region {self.region} is not inside monitor {self.monitor_index} ({mon})")
            mon = {"left": left, "top": top, "width": width, "height": height}
        self.monitor = {k: int(mon[k]) for k in ("left", "top", "width", "height")}

    def close(self) -> None:
        if self._mss is not None:
            self._mss.close()
            self._mss = None

    def _grab(self) -> np.ndarray:
        if self._mss is None:
            raise ScreenError("the desktop is not open; use `with Desktop(...) as screen:`")
        shot = self._mss.grab(self.monitor)
        # ``raw`` is a fresh bytearray per grab: view it (``bgra`` would copy 8 MB of a 1080p screen)
        return np.frombuffer(shot.raw, np.uint8).reshape(shot.height, shot.width, 4)

    def capture(self) -> Frame:
        rgb = cv2.cvtColor(self._grab(), cv2.COLOR_BGRA2RGB)  # ~25x faster than a strided numpy copy
        return Frame(image=rgb, scale=1.0, offset=(self.monitor["left"], self.monitor["top"]),
                     source=f"desktop {self.display}")

    # primitives ------------------------------------------------------------------------------------
    def _click(self, x: float, y: float, button: str = "left", count: int = 1) -> None:
        self._gui.click(round(x), round(y), clicks=count, interval=0.05 if count > 1 else 0.0, button=button)

    def _move(self, x: float, y: float) -> None:
        self._gui.moveTo(round(x), round(y))

    def _drag(self, x0: float, y0: float, x1: float, y1: float) -> None:
        g = self._gui
        g.moveTo(round(x0), round(y0))
        g.mouseDown()
        for i in range(1, 9):
            g.moveTo(round(x0 + (x1 - x0) * i / 8), round(y0 + (y1 - y0) * i / 8))
        g.mouseUp()

    def _type(self, text: str) -> None:
        """pyautogui types ASCII only (it drops other characters silently); anything else goes through
        xdotool, fed on stdin so that a typed secret never shows in a process list."""
        if text.isascii():
            self._gui.write(text, interval=self.type_interval)
            return
        xdotool = shutil.which("xdotool")
        if xdotool is None:
            raise ActionRefused("typing non-ASCII text on a desktop needs xdotool (Debian: apt-get install xdotool)")
        # characters outside the keymap are typed by remapping a spare keycode; with no delay between keys the
        # app may read a key after its mapping was already undone, and the character is lost
        delay = max(30, int(self.type_interval * 1000))
        subprocess.run([xdotool, "type", "--delay", str(delay), "--file", "-"],
                       input=text.encode("utf-8"), env={**os.environ, "DISPLAY": self.display}, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)

    def _key(self, keys: list[str]) -> None:
        names = pyautogui_keys(keys)
        if len(names) == 1:
            self._gui.press(names[0])
        else:
            self._gui.hotkey(*names)

    def _scroll(self, x: float, y: float, dx: int, dy: int) -> None:
        self._gui.moveTo(round(x), round(y))
        if dy:
            self._gui.scroll(-dy)  # pyautogui: positive scrolls up
        if dx:
            self._gui.hscroll(dx)
