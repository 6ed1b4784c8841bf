"""What every screen (browser page, desktop, dry run) shares: the Screen protocol and one dispatcher that
turns an action with frame-space points into the screen's few primitives (click, type, key, ...)."""

from __future__ import annotations

import time
from typing import Protocol, runtime_checkable

from tilepilot.actions import coords
from tilepilot.actions.schema import (
    Action,
    Click,
    DoubleClick,
    Drag,
    Key,
    Move,
    Navigate,
    Point,
    RightClick,
    Scroll,
    Type,
    Wait,
)
from tilepilot.actions.secrets import Secrets
from tilepilot.errors import ActionRefused
from tilepilot.perception.frame import Frame

WHEEL_NOTCH_PX = 100  # one wheel notch scrolls about this many CSS pixels in Chromium


@runtime_checkable
class Screen(Protocol):
    """Something the agent can see and act on."""

    name: str

    def capture(self) -> Frame: ...

    def execute(self, action: Action, frame: Frame) -> None: ...

    def close(self) -> None: ...


class ScreenBase:
    """Dispatch resolved actions to primitives in screen (OS input) coordinates."""

    name = "screen"
    secrets: Secrets

    # primitives, in screen coordinates -------------------------------------------------------------
    def _click(self, x: float, y: float, button: str = "left", count: int = 1) -> None:
        raise NotImplementedError

    def _move(self, x: float, y: float) -> None:
        raise NotImplementedError

    def _drag(self, x0: float, y0: float, x1: float, y1: float) -> None:
        raise NotImplementedError

    def _type(self, text: str) -> None:
        raise NotImplementedError

    def _key(self, keys: list[str]) -> None:
        raise NotImplementedError

    def _scroll(self, x: float, y: float, dx: int, dy: int) -> None:
        raise NotImplementedError

    def _navigate(self, url: str) -> None:
        raise ActionRefused(f"navigate {url}: this screen ({self.name}) has no address bar; use a Browser")

    def _click_action(self, x: float, y: float, button: str, count: int) -> None:
        """A click the policy asked for (typing clicks through ``_click``). A browser opens a native dropdown
        where the next screenshot shows it."""
        self._click(x, y, button, count)

    def _type_at(self, x: float, y: float, text: str, clear: bool, submit: bool, secret: bool) -> None:
        """Type into the field at (x, y): click it, then type. A browser does more for what takes no text."""
        self._click(x, y)
        self._type_keys(text, clear, submit)

    def _type_keys(self, text: str, clear: bool, submit: bool) -> None:
        if clear:
            self._key(["Control", "a"])
            self._key(["Backspace"])
        self._type(text)
        if submit:
            self._key(["Enter"])

    # dispatcher ------------------------------------------------------------------------------------
    def execute(self, action: Action, frame: Frame) -> None:
        """Apply ``action``; every target must already be a Point (the agent resolves text targets)."""
        a = action

        def at(p: object, what: str) -> Point:
            if not isinstance(p, Point):
                raise ActionRefused(f"{what} {p} was not resolved to a point before execution")
            return coords.to_screen(coords.check_inside(p, frame, what), frame)

        if isinstance(a, Click | DoubleClick | RightClick):
            p = at(a.target, a.action + " target")
            button = "right" if isinstance(a, RightClick) else "left"
            self._click_action(p.x, p.y, button, 2 if isinstance(a, DoubleClick) else 1)
        elif isinstance(a, Move):
            p = at(a.target, "move target")
            self._move(p.x, p.y)
        elif isinstance(a, Drag):
            p0, p1 = at(a.start, "drag start"), at(a.end, "drag end")
            self._drag(p0.x, p0.y, p1.x, p1.y)
        elif isinstance(a, Type):
            text = self.secrets.substitute(a.text)
            if a.into is None:
                self._type_keys(text, a.clear, a.submit)
            else:
                p = at(a.into, "type field")
                self._type_at(p.x, p.y, text, a.clear, a.submit, secret=text != a.text)
        elif isinstance(a, Key):
            self._key(a.keys)
        elif isinstance(a, Scroll):
            if a.target is not None:
                p = at(a.target, "scroll target")
            else:
                p = coords.to_screen(Point(x=frame.width / 2, y=frame.height / 2), frame)
            sign = 1 if a.direction in ("down", "right") else -1
            dx = sign * a.amount if a.direction in ("left", "right") else 0
            dy = sign * a.amount if a.direction in ("up", "down") else 0
            self._scroll(p.x, p.y, dx, dy)
        elif isinstance(a, Wait):
            time.sleep(a.seconds)
        elif isinstance(a, Navigate):
            self._navigate(a.url)
        # done / fail / ask_user end the run in the agent and never reach a screen
