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
    if p.space == "screen":
        return Point(x=(p.x - frame.offset[0]) * frame.scale, y=(p.y - frame.offset[1]) * frame.scale)
    return model_point_to_frame(p, frame.size, model_size)


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


def point_record(p: Point, frame: Frame) -> dict[str, float]:
    """How a resolved point is written into a step record: frame pixels and OS input units, rounded."""
    f = to_frame(p, frame)
    s = to_screen(f, frame)
    return {"x": round(f.x, 1), "y": round(f.y, 1), "screen_x": round(s.x, 1), "screen_y": round(s.y, 1)}


def check_inside(p: Point, frame: Frame, what: str = "point") -> Point:
    """Return the frame-space point, or refuse one that falls outside the frame."""
    f = to_frame(p, frame)
    if not (0 <= f.x < frame.width and 0 <= f.y < frame.height):
        raise ActionRefused(
            f"{what} {p} lies outside the screen (frame is {frame.width}x{frame.height} pixels); "
            "expected 0 <= x < width and 0 <= y < height"
        )
    return f


# model image sizes --------------------------------------------------------------------------------
QWEN_FACTOR = 28
QWEN_MIN_PIXELS = 4 * 28 * 28
QWEN_MAX_PIXELS = 16384 * 28 * 28


def smart_resize(
    width: int, height: int, factor: int = QWEN_FACTOR, min_pixels: int = QWEN_MIN_PIXELS,
    max_pixels: int = QWEN_MAX_PIXELS,
) -> tuple[int, int]:
    """The size a Qwen2-VL-family processor resizes an image to: both sides multiples of ``factor``, the area
    within ``[min_pixels, max_pixels]``, the aspect ratio kept as well as rounding allows. Returns (w, h).

    Models of that family (Qwen2.5-VL, MiMo-VL, UI-TARS) give absolute coordinates in *this* image, so the
    client resizes to exactly this size itself and maps points back with ``model_size=smart_resize(...)``.
    """
    import math

    if width <= 0 or height <= 0:
        raise InputError(f"image size {width}x{height}: expected positive width and height")
    if max(width, height) / min(width, height) > 200:
        raise InputError(f"image size {width}x{height}: aspect ratio must be at most 200")
    h = max(factor, round(height / factor) * factor)
    w = max(factor, round(width / factor) * factor)
    if h * w > max_pixels:
        beta = math.sqrt(height * width / max_pixels)
        h = max(factor, math.floor(height / beta / factor) * factor)
        w = max(factor, math.floor(width / beta / factor) * factor)
    elif h * w < min_pixels:
        beta = math.sqrt(min_pixels / (height * width))
        h = math.ceil(height * beta / factor) * factor
        w = math.ceil(width * beta / factor) * factor
    return w, h


def fit_within(width: int, height: int, max_pixels: int) -> tuple[int, int]:
    """Shrink (never enlarge) a size to at most ``max_pixels`` keeping the aspect ratio. Returns (w, h)."""
    if width * height <= max_pixels:
        return width, height
    s = (max_pixels / (width * height)) ** 0.5
    return max(1, int(width * s)), max(1, int(height * s))


def box_center(box: tuple[float, float, float, float] | list[float], space: str = "model") -> Point:
    """Centre of an (x1, y1, x2, y2) box, in the box's space."""
    x1, y1, x2, y2 = box
    return Point(x=(x1 + x2) / 2, y=(y1 + y2) / 2, space=space)  # type: ignore[arg-type]


def from_region(p: Point, region: tuple[int, int, int, int], region_size: tuple[int, int] | None = None) -> Point:
    """A point given relative to a region of the frame (a tile) -> frame pixels.

    ``p`` is in ``norm1000`` (0..1000 of the region) or ``model`` (pixels of the region's image of
    ``region_size``); ``region`` is (x0, y0, x1, y1) in frame pixels.
    """
    x0, y0, x1, y1 = region
    rw, rh = x1 - x0, y1 - y0
    if p.space == "norm1000":
        return Point(x=x0 + p.x / 1000.0 * rw, y=y0 + p.y / 1000.0 * rh)
    if p.space == "model":
        if region_size is None or region_size[0] <= 0 or region_size[1] <= 0:
            raise InputError(f"point {p} is in model space of a region but the region image size is unknown")
        return Point(x=x0 + p.x * rw / region_size[0], y=y0 + p.y * rh / region_size[1])
    raise InputError(f"point {p}: a region-relative point must be in norm1000 or model space")


def model_point_to_frame(p: Point, frame_size: tuple[int, int], model_size: tuple[int, int] | None) -> Point:
    """Like ``to_frame`` for model/norm1000 points when only the frame's size is known (no Frame object)."""
    w, h = frame_size
    if p.space == "frame":
        return p
    if p.space == "norm1000":
        return Point(x=p.x / 1000.0 * w, y=p.y / 1000.0 * h)
    if p.space == "model":
        if model_size is None or model_size[0] <= 0 or model_size[1] <= 0:
            raise InputError(f"point {p} is in model space but the model image size is unknown")
        return Point(x=p.x * w / model_size[0], y=p.y * h / model_size[1])
    raise InputError(f"point {p} is in screen space; expected a model, norm1000 or frame point")


def to_norm1000(p: Point, frame: Frame) -> Point:
    """Frame pixels -> 0..1000 of the image (the convention of UI-TARS 1.0 and InternVL grounding)."""
    f = to_frame(p, frame)
    return Point(x=f.x * 1000.0 / frame.width, y=f.y * 1000.0 / frame.height, space="norm1000")
