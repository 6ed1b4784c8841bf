"""What every model profile has: an image rule, a prompt, a parser and a coordinate convention.

A profile never talks to a server. ``prepare`` turns a frame into the images the model must see (we resize;
the server must not), ``messages`` builds an OpenAI-style chat, ``parse`` turns the model's text into one
Action whose points are already in frame pixels (mapped back through ``tilepilot.actions.coords``).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import Any, ClassVar

import cv2
import numpy as np

from tilepilot.actions import coords
from tilepilot.actions.schema import Action, Drag, Point, Scroll, Type
from tilepilot.errors import InputError, ParseError


@dataclass
class Prepared:
    """The images a model sees for one frame and what is needed to map its answer back."""

    images: list[np.ndarray]  # RGB arrays, in the order they are sent
    labels: list[str]  # text placed right before each image (tile tags), "" for none
    frame_size: tuple[int, int]
    model_size: tuple[int, int]  # size of the image whose pixels the model's coordinates refer to
    tokens: int  # visual tokens the model spends on these images
    regions: dict[str, tuple[int, int, int, int]] = field(default_factory=dict)  # tile tag -> frame box
    extra: dict[str, Any] = field(default_factory=dict)
    _parts: list[dict[str, Any]] | None = None

    def parts(self) -> list[dict[str, Any]]:
        """OpenAI content parts: each label as text, each image as a base64 PNG data URL (encoded once)."""
        if self._parts is None:
            parts: list[dict[str, Any]] = []
            for label, img in zip(self.labels, self.images, strict=True):
                if label:
                    parts.append({"type": "text", "text": label})
                parts.append({"type": "image_url", "image_url": {"url": data_url(img)}})
            self._parts = parts
        return self._parts


@dataclass
class Parsed:
    action: Action
    thought: str | None = None


@dataclass
class Turn:
    """One earlier step of the conversation: what the model saw and said, and what happened."""

    prepared: Prepared
    raw: str
    error: str | None = None


def data_url(img: np.ndarray) -> str:
    params = [cv2.IMWRITE_PNG_COMPRESSION, 1]
    if hasattr(cv2, "IMWRITE_PNG_FILTER"):
        params += [cv2.IMWRITE_PNG_FILTER, cv2.IMWRITE_PNG_FILTER_SUB]
    ok, buf = cv2.imencode(".png", cv2.cvtColor(np.ascontiguousarray(img), cv2.COLOR_RGB2BGR), params)
    if not ok:  # pragma: no cover
        raise InputError("could not encode the image as PNG")
    return "data:image/png;base64," + base64.b64encode(buf.tobytes()).decode("ascii")


def resize(image: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """Resize to (w, h): INTER_AREA when shrinking (keeps thin text), INTER_CUBIC when enlarging."""
    h, w = image.shape[:2]
    if (w, h) == tuple(size):
        return image
    interp = cv2.INTER_AREA if size[0] * size[1] < w * h else cv2.INTER_CUBIC
    return cv2.resize(image, size, interpolation=interp)


class Profile:
    """Base class. Subclasses set ``name``, ``space`` and override ``prepare``, ``system`` and ``read``."""

    name: ClassVar[str] = "base"
    space: ClassVar[str] = "model"  # the space of the numbers the model prints: "model" pixels or "norm1000"
    max_images: int = 5  # screenshots kept in the conversation (the current one included)
    expected: ClassVar[str] = "one action"

    # images ------------------------------------------------------------------------------------------
    def prepare(self, image: np.ndarray) -> Prepared:
        h, w = image.shape[:2]
        return Prepared([image], [""], (w, h), (w, h), tokens=0)

    # prompt ------------------------------------------------------------------------------------------
    def system(self, task: str, prepared: Prepared) -> str | None:
        return None

    def instruction(self, task: str, prepared: Prepared) -> str:
        return f"Task: {task}"

    def messages(self, task: str, turns: list[Turn], current: Prepared,
                 feedback: str | None = None) -> list[dict[str, Any]]:
        """The chat: system, the instruction, earlier (screenshot, answer) pairs with only the last
        ``max_images`` screenshots kept (older ones replaced by a short note), then the current screenshot."""
        msgs: list[dict[str, Any]] = []
        sys_text = self.system(task, current)
        if sys_text:
            msgs.append({"role": "system", "content": sys_text})
        keep_from = len(turns) - (max(self.max_images, 1) - 1)
        pending: list[dict[str, Any]] = [{"type": "text", "text": self.instruction(task, current)}]
        for i, turn in enumerate(turns):
            if i >= keep_from:
                pending.extend(turn.prepared.parts())
            else:
                pending.append({"type": "text", "text": "(earlier screenshot omitted)"})
            msgs.append({"role": "user", "content": pending})
            msgs.append({"role": "assistant", "content": turn.raw})
            pending = []
            if turn.error:
                pending.append({"type": "text", "text": f"The previous action failed: {turn.error}"})
        pending.extend(current.parts())
        if feedback:
            pending.append({"type": "text", "text": feedback})
        msgs.append({"role": "user", "content": pending})
        return msgs

    # answers -----------------------------------------------------------------------------------------
    def read(self, text: str, prepared: Prepared, context: dict[str, Any]) -> Parsed:
        """Model text -> Parsed with points in ``self.space`` (or frame, for region-relative points)."""
        raise NotImplementedError

    def parse(self, text: str, prepared: Prepared, context: dict[str, Any] | None = None) -> Parsed:
        """Model text -> an Action with frame-pixel points. Any failure is a ParseError."""
        if not isinstance(text, str) or not text.strip():
            raise ParseError("the model returned no text", text if isinstance(text, str) else "",
                             self.expected)
        try:
            parsed = self.read(text, prepared, context or {})
            return Parsed(to_frame_points(parsed.action, prepared, text), parsed.thought)
        except ParseError:
            raise
        except InputError as e:  # an action that validates badly (unknown key, bad direction, ...)
            raise ParseError(str(e), text, self.expected) from None
        except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError, RecursionError) as e:
            raise ParseError(f"unreadable action ({type(e).__name__}: {e})", text, self.expected) from None

    def point(self, x: float, y: float) -> Point:
        return Point(x=x, y=y, space=self.space)  # type: ignore[arg-type]

    def tokens(self, image: np.ndarray) -> int:
        return self.prepare(image).tokens


def _check_bounds(p: Point, prepared: Prepared, raw: str) -> None:
    if p.space == "norm1000":
        limit = (1000.0, 1000.0)
    elif p.space == "model":
        limit = (float(prepared.model_size[0]), float(prepared.model_size[1]))
    else:
        limit = (float(prepared.frame_size[0]), float(prepared.frame_size[1]))
    if not (0 <= p.x <= limit[0] and 0 <= p.y <= limit[1]):
        raise ParseError(f"coordinate ({p.x:g}, {p.y:g}) lies outside the image ({limit[0]:g}x{limit[1]:g} "
                         f"in {p.space} space)", raw, f"0 <= x <= {limit[0]:g} and 0 <= y <= {limit[1]:g}")


def to_frame_points(action: Action, prepared: Prepared, raw: str = "") -> Action:
    """Every Point of an action -> frame pixels, through the coordinate module. Out-of-image points are a
    ParseError (the model's mistake, fed back to it), never a click somewhere else."""
    updates: dict[str, Point] = {}
    for f in ("target", "into", "start", "end"):
        p = getattr(action, f, None)
        if isinstance(p, Point):
            _check_bounds(p, prepared, raw)
            q = coords.model_point_to_frame(p, prepared.frame_size, prepared.model_size)
            w, h = prepared.frame_size  # the far edge maps to the last pixel, not one past it
            updates[f] = Point(x=min(q.x, w - 1), y=min(q.y, h - 1))
    return action.model_copy(update=updates) if updates else action


def typed(text: str) -> Type:
    """UI-TARS convention: a trailing newline in typed content means 'and submit'."""
    if text.endswith("\n"):
        return Type(text=text.rstrip("\n"), submit=True)
    return Type(text=text)


def scroll_action(direction: str, target: Point | None, amount: int = 3) -> Scroll:
    d = direction.strip().lower()
    if d not in ("up", "down", "left", "right"):
        raise InputError(f"scroll direction {direction!r}: expected up, down, left or right")
    return Scroll(direction=d, amount=amount, target=target)  # type: ignore[arg-type]


__all__ = ["Drag", "Parsed", "Prepared", "Profile", "Turn", "data_url", "resize", "scroll_action", "to_frame_points",
           "typed"]
