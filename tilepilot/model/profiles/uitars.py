"""UI-TARS (ByteDance). Output is ``Thought: ...`` then ``Action: name(key='value', ...)``.

- UI-TARS 1.0 (Qwen2-VL base): coordinates are *relative*, 0..1000 of the image, written
  ``start_box='<|box_start|>(x1,y1)<|box_end|>'`` or as a box ``'[x1, y1, x2, y2]'``.
- UI-TARS 1.5 (Qwen2.5-VL base): coordinates are *absolute pixels of the smart_resized image* (factor 28,
  min_pixels 100*28*28, max_pixels 16384*28*28), written ``start_box='(x,y)'`` or ``point='<point>x y</point>'``.

Both: we send the screenshot already smart_resized, so the server's own resize is a no-op, and map the
model's numbers back through ``coords`` (1.0: norm1000, 1.5: model pixels with model_size = smart_resize).
The conversation keeps all text and the last 5 screenshots, as the UI-TARS authors recommend.
"""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np

from tilepilot.actions import coords
from tilepilot.actions.schema import (
    Action,
    AskUser,
    Click,
    Done,
    DoubleClick,
    Drag,
    Key,
    Move,
    Point,
    RightClick,
    Wait,
)
from tilepilot.errors import ParseError
from tilepilot.model.profiles import _grammar as g
from tilepilot.model.profiles.base import Parsed, Prepared, Profile, resize, scroll_action, typed

MIN_PIXELS = 100 * 28 * 28
MAX_PIXELS = 16384 * 28 * 28

CALLS = {
    "click", "left_single", "left_click", "left_double", "double_click", "right_single", "right_click", "hover",
    "mouse_move", "move_to", "drag", "select", "hotkey", "press", "key", "type", "scroll", "wait", "finished",
    "call_user", "long_press", "press_home", "press_back", "open_app",
}
_POINT_KEYS = ("start_box", "point", "start_point", "box", "coordinate", "position", "x")
_END_KEYS = ("end_box", "end_point", "end_coordinate")

ACTION_SPACE = """click(start_box='<|box_start|>(x1,y1)<|box_end|>')
left_double(start_box='<|box_start|>(x1,y1)<|box_end|>')
right_single(start_box='<|box_start|>(x1,y1)<|box_end|>')
drag(start_box='<|box_start|>(x1,y1)<|box_end|>', end_box='<|box_start|>(x3,y3)<|box_end|>')
hotkey(key='ctrl c') # keys split by spaces, lowercase, at most 3
type(content='xxx') # escape \\' \\" and \\n; end content with \\n to submit
scroll(start_box='<|box_start|>(x1,y1)<|box_end|>', direction='down or up or right or left')
wait() # sleep 5 s and look again
finished(content='xxx') # the task is complete; content is the answer
call_user() # the task cannot be done without the user's help"""


def call_to_action(text: str, point_of: Any, thought: str | None) -> Action:
    """The first UI-TARS-style call in ``text`` -> one Action; ``point_of(value) -> Point`` reads coordinates."""
    name, kw, args, _, _ = g.parse_call(text, CALLS)

    def pt(keys: tuple[str, ...], what: str) -> Point:
        for k in keys:
            if k in kw:
                if k == "x" and "y" in kw:
                    return point_of(f"({kw['x']},{kw['y']})")
                if k != "x":
                    return point_of(kw[k])
        if args and keys is _POINT_KEYS:
            return point_of(",".join(args[:4]) if len(args) >= 2 else args[0])
        raise ParseError(f"{name}(...) has no {what}", text, f"{name}({keys[0]}='(x,y)')")

    def text_arg(*keys: str) -> str | None:
        for k in keys:
            if k in kw:
                return kw[k]
        return args[0] if args else None

    if name in ("click", "left_single", "left_click"):
        return Click(target=pt(_POINT_KEYS, "position"))
    if name in ("left_double", "double_click"):
        return DoubleClick(target=pt(_POINT_KEYS, "position"))
    if name in ("right_single", "right_click"):
        return RightClick(target=pt(_POINT_KEYS, "position"))
    if name in ("hover", "mouse_move", "move_to"):
        return Move(target=pt(_POINT_KEYS, "position"))
    if name in ("drag", "select"):
        return Drag(start=pt(_POINT_KEYS, "start position"), end=pt(_END_KEYS, "end position"))
    if name in ("hotkey", "press", "key"):
        keys = text_arg("key", "keys", "hotkey")
        if not keys or not keys.strip():
            raise ParseError(f"{name}(...) names no key", text, f"{name}(key='ctrl c')")
        return Key(keys=[k for k in keys.replace("+", " ").split() if k])
    if name == "type":
        content = text_arg("content", "text")
        if content is None:
            raise ParseError("type(...) has no content", text, "type(content='text')")
        return typed(content)
    if name == "scroll":
        target = None
        if any(k in kw for k in _POINT_KEYS):
            target = pt(_POINT_KEYS, "position")
        return scroll_action(kw.get("direction", "down"), target)
    if name == "wait":
        return Wait(seconds=5)
    if name == "finished":
        return Done(answer=text_arg("content", "answer") or "")
    if name == "call_user":
        return AskUser(question=thought or "the model asked for the user's help")
    raise ParseError(f"action {name}() is not supported on this screen", text,
                     "click, left_double, right_single, drag, hotkey, type, scroll, wait, finished or call_user")


class UITars15(Profile):
    name: ClassVar[str] = "ui-tars-1.5"
    space: ClassVar[str] = "model"
    expected: ClassVar[str] = "'Thought: ...' then 'Action: click(start_box=\\'(x,y)\\')' or another action"

    def __init__(self, min_pixels: int = MIN_PIXELS, max_pixels: int = MAX_PIXELS, max_images: int = 5,
                 language: str = "English"):
        self.min_pixels, self.max_pixels, self.max_images, self.language = min_pixels, max_pixels, max_images, language

    def prepare(self, image: np.ndarray) -> Prepared:
        h, w = image.shape[:2]
        mw, mh = coords.smart_resize(w, h, min_pixels=self.min_pixels, max_pixels=self.max_pixels)
        return Prepared([resize(image, (mw, mh))], [""], (w, h), (mw, mh), tokens=(mw // 28) * (mh // 28))

    def instruction(self, task: str, prepared: Prepared) -> str:
        return (
            "You are a GUI agent. You get a task, the actions taken so far and screenshots, and you choose the "
            "next action that moves the task forward.\n\n## Output Format\n```\nThought: ...\nAction: ...\n```\n\n"
            f"## Action Space\n{ACTION_SPACE}\n\n## Note\n- Use {self.language} in the `Thought` part.\n"
            "- Sketch a short plan, then name the next action and its target element in one sentence in "
            f"`Thought`.\n\n## User Instruction\n{task}"
        )

    def read(self, text: str, prepared: Prepared, context: dict[str, Any]) -> Parsed:
        think, rest = g.strip_think(text)
        thought, action_text = g.thought_and_action(rest)
        thought = thought or think
        action = call_to_action(action_text, lambda v: self.point(*g.parse_xy(v)), thought)
        return Parsed(action, thought)


class UITars10(UITars15):
    """UI-TARS 1.0: the same grammar, coordinates relative to the image in 0..1000."""

    name: ClassVar[str] = "ui-tars-1.0"
    space: ClassVar[str] = "norm1000"
    expected: ClassVar[str] = ("'Thought: ...' then 'Action: click(start_box=\\'<|box_start|>(x,y)<|box_end|>\\')' "
                               "with x, y in 0..1000")
