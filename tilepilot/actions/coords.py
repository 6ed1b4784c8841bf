"""The only place where coordinates change space.

Spaces: ``model`` (pixels of the image a model saw, which may be resized), ``norm1000`` (0..1000 of that
image), ``frame`` (physical pixels of the capture), ``screen`` (OS input units: CSS pixels of a page, X11
pixels of the desktop). frame -> screen divides by the device scale factor (HiDPI) and adds the monitor
offset (multi-monitor desktops).
"""

from __future__ import annotations

from tilepilot.actions.schema import Point
from tilepilot.errors import ActionRefused, InputError
from tilepilot.perception.frame import Frame


def to_frame(p: Point, frame: Frame, model_size: tuple[int, int] | None = None) -> Point:
    """Bring a point from any space into frame pixels."""
    if p.space == "frame":
        return p
    if p.space == "screen":
        return Point(x=(p.x - frame.offset[0]) * frame.scale, y=(p.y - frame.offset[1]) * frame.scale)
    if p.space == "norm1000":
        return Point(x=p.x / 1000.0 * frame.width, y=p.y / 1000.0 * frame.height)
    if model_size is None:
        raise InputError(f"point {p} is in model space but the model image size is unknown")
    mw, mh = model_size
    if mw <= 0 or mh <= 0:
        raise InputError(f"model image size must be positive, got {model_size}")
    return Point(x=p.x * frame.width / mw, y=p.y * frame.height / mh)


def to_screen(p: Point, frame: Frame) -> Point:
    """Frame pixels -> OS input units (what Playwright's mouse or pyautogui take)."""
    f = to_frame(p, frame) if p.space != "screen" else None
    if f is None:
        return p
    return Point(x=f.x / frame.scale + frame.offset[0], y=f.y / frame.scale + frame.offset[1], space="screen")


def to_model(p: Point, frame: Frame, model_size: tuple[int, int]) -> Point:
    """Frame pixels -> pixels of a resized model image (used to build training data and prompts)."""
    f = to_frame(p, frame)
    return Point(x=f.x * model_size[0] / frame.width, y=f.y * model_size[1] / frame.height, space="model")


def check_inside(p: Point, frame: Frame, what: str = "point") -> Point:
    """Return the frame-space point, or refuse one that falls outside the frame."""
    f = to_frame(p, frame)
    if not (0 <= f.x < frame.width and 0 <= f.y < frame.height):
        raise ActionRefused(
            f"{what} {p} lies outside the screen (frame is {frame.width}x{frame.height} pixels); "
            "expected 0 <= x < width and 0 <= y < height"
        )
    return f
