"""Qwen2.5-VL and MiMo-VL: the ``computer_use`` function call.

The model answers with a Hermes-style tool call::

    <tool_call>
    {"name": "computer_use", "arguments": {"action": "left_click", "coordinate": [x, y]}}
    </tool_call>

Coordinates are absolute pixels of the image *after* ``smart_resize`` (factor 28, min_pixels 4*28*28,
max_pixels 16384*28*28 by default), and the tool description tells the model that resolution. We send the
image already at that size (the server's resize is then a no-op) and map points back with
``model_size = smart_resize(frame)``. MiMo-VL (Qwen2.5-ViT encoder, same resize) thinks first inside
``<think>...</think>``; that part is the thought, never parsed as the action.
"""

from __future__ import annotations

import json
from typing import Any, ClassVar

import numpy as np

from tilepilot.actions import coords
from tilepilot.actions.schema import (
    Action,
    Click,
    Done,
    DoubleClick,
    Drag,
    Fail,
    Key,
    Move,
    Point,
    RightClick,
    Type,
    Wait,
)
from tilepilot.errors import ParseError
from tilepilot.model.profiles import _grammar as g
from tilepilot.model.profiles.base import Parsed, Prepared, Profile, resize, scroll_action

ACTIONS = ["key", "type", "mouse_move", "left_click", "left_click_drag", "right_click", "double_click", "scroll",
           "wait", "terminate", "answer"]


def computer_use_tool(width: int, height: int) -> dict[str, Any]:
    """The tool definition (OpenAI ``tools`` entry) with the display size the model must use."""
    return {
        "type": "function",
        "function": {
            "name": "computer_use",
            "description": (
                "Control the computer with the mouse and keyboard, looking at screenshots.\n"
                f"* The screen's resolution is {width}x{height}; coordinates are pixels of that screen.\n"
                "* Click on the centre of an element, not on its edge.\n"
                "* If an action has no visible effect, wait and look again before repeating it."
            ),
            "parameters": {
                "type": "object",
                "required": ["action"],
                "properties": {
                    "action": {"type": "string", "enum": ACTIONS, "description": (
                        "key: press keys together (`keys`); type: type `text`; mouse_move: move to `coordinate`; "
                        "left_click / right_click / double_click at `coordinate`; left_click_drag: drag from the "
                        "cursor to `coordinate`; scroll: `pixels` (positive up, negative down); wait: `time` "
                        "seconds; terminate: end the task with `status` success or failure; answer: reply `text`."
                    )},
                    "coordinate": {"type": "array", "description": "(x, y) in pixels"},
                    "keys": {"type": "array"},
                    "text": {"type": "string"},
                    "pixels": {"type": "number"},
                    "time": {"type": "number"},
                    "status": {"type": "string", "enum": ["success", "failure"]},
                },
            },
        },
    }


def tool_call_args(text: str) -> dict[str, Any]:
    """The ``arguments`` of the first computer_use call in ``text`` (JSON inside <tool_call> or bare)."""
    for obj in g.json_objects(text):
        if not isinstance(obj, dict):
            continue
        args = obj.get("arguments", obj.get("parameters"))
        if isinstance(args, str):  # OpenAI tool_calls carry arguments as a JSON string
            try:
                args = json.loads(args)
            except ValueError:
                raise ParseError("the tool call's arguments are not valid JSON", text,
                                 '"arguments": {"action": ...}') from None
        if isinstance(args, dict) and "action" in args:
            return args
        if "action" in obj and isinstance(obj.get("action"), str):
            return obj
    raise ParseError("no computer_use tool call found", text,
                     '<tool_call>{"name": "computer_use", "arguments": {"action": "left_click", '
                     '"coordinate": [x, y]}}</tool_call>')


class Qwen25VL(Profile):
    name: ClassVar[str] = "qwen2.5-vl"
    space: ClassVar[str] = "model"
    expected: ClassVar[str] = ('<tool_call>{"name": "computer_use", "arguments": {"action": "left_click", '
                               '"coordinate": [x, y]}}</tool_call>')

    def __init__(self, min_pixels: int = coords.QWEN_MIN_PIXELS, max_pixels: int = coords.QWEN_MAX_PIXELS,
                 max_images: int = 5):
        self.min_pixels, self.max_pixels, self.max_images = min_pixels, max_pixels, max_images

    def prepare(self, image: np.ndarray) -> Prepared:
        h, w = image.shape[:2]
        mw, mh = coords.smart_resize(w, h, min_pixels=self.min_pixels, max_pixels=self.max_pixels)
        return Prepared([resize(image, (mw, mh))], [""], (w, h), (mw, mh), tokens=(mw // 28) * (mh // 28))

    def system(self, task: str, prepared: Prepared) -> str:
        tool = json.dumps(computer_use_tool(*prepared.model_size)["function"])
        return (
            "You are a helpful assistant.\n\n# Tools\n\nYou may call one or more functions to assist with the user "
            "query.\n\nYou are provided with function signatures within <tools></tools> XML tags:\n<tools>\n"
            f'{{"type": "function", "function": {tool}}}\n</tools>\n\nFor each function call, return a json object '
            "with function name and arguments within <tool_call></tool_call> XML tags:\n<tool_call>\n"
            '{"name": <function-name>, "arguments": <args-json-object>}\n</tool_call>'
        )

    def instruction(self, task: str, prepared: Prepared) -> str:
        return f"The user query: {task}\nCall exactly one action per turn."

    def read(self, text: str, prepared: Prepared, context: dict[str, Any]) -> Parsed:
        think, rest = g.strip_think(text)
        args = tool_call_args(rest)
        thought = think or g.text_before(rest)
        return Parsed(self._action(args, text, context), thought)

    def _xy(self, args: dict[str, Any], raw: str, key: str = "coordinate") -> Point:
        v = args.get(key)
        if isinstance(v, (list, tuple)) and len(v) in (2, 4) and all(
                isinstance(n, (int, float)) and not isinstance(n, bool) for n in v):
            x, y = (v[0], v[1]) if len(v) == 2 else ((v[0] + v[2]) / 2, (v[1] + v[3]) / 2)
            return self.point(float(x), float(y))
        if isinstance(v, str):
            return self.point(*g.parse_xy(v))
        raise ParseError(f"{args.get('action')} needs {key} [x, y], got {v!r}", raw, f'"{key}": [x, y]')

    def _action(self, args: dict[str, Any], raw: str, context: dict[str, Any]) -> Action:
        a = args.get("action")
        if a == "left_click":
            return Click(target=self._xy(args, raw))
        if a == "right_click":
            return RightClick(target=self._xy(args, raw))
        if a == "double_click":
            return DoubleClick(target=self._xy(args, raw))
        if a == "mouse_move":
            return Move(target=self._xy(args, raw))
        if a == "left_click_drag":
            start = args.get("start_coordinate")
            end = self._xy(args, raw)
            if start is not None:
                return Drag(start=self._xy(args, raw, "start_coordinate"), end=end)
            cursor = context.get("cursor")  # the drag starts where the pointer is: the last point we moved to
            if not isinstance(cursor, Point):
                raise ParseError("left_click_drag starts at the mouse cursor, whose position is unknown", raw,
                                 "a mouse_move before left_click_drag, or start_coordinate")
            return Drag(start=cursor, end=end)
        if a == "key":
            keys = args.get("keys", args.get("key"))
            if isinstance(keys, str):
                keys = keys.replace("+", " ").split()
            if not isinstance(keys, list) or not keys or not all(isinstance(k, str) and k for k in keys):
                raise ParseError("key needs a list of key names", raw, '"keys": ["ctrl", "c"]')
            return Key(keys=keys)
        if a == "type":
            t = args.get("text")
            if not isinstance(t, str):
                raise ParseError("type needs a text", raw, '"text": "..."')
            return Type(text=t)
        if a in ("scroll", "hscroll"):
            px = args.get("pixels", -300)
            if not isinstance(px, (int, float)) or isinstance(px, bool) or px != px or abs(px) > 1e6:
                raise ParseError(f"scroll pixels {px!r} is not a number", raw, '"pixels": -300')
            direction = ("up" if px > 0 else "down") if a == "scroll" else ("right" if px > 0 else "left")
            target = self._xy(args, raw) if args.get("coordinate") is not None else None
            return scroll_action(direction, target, amount=max(1, min(100, round(abs(px) / 100))))
        if a == "wait":
            t = args.get("time", 2)
            if not isinstance(t, (int, float)) or isinstance(t, bool) or not 0 <= t <= 600:
                raise ParseError(f"wait time {t!r} is not a number of seconds", raw, '"time": 2')
            return Wait(seconds=float(t))
        if a == "terminate":
            status = args.get("status", "success")
            return Done(answer="") if status == "success" else Fail(reason=f"the model ended with status {status}")
        if a == "answer":
            return Done(answer=str(args.get("text", "")))
        raise ParseError(f"computer_use action {a!r} is not supported", raw, f"one of {', '.join(ACTIONS)}")


class MiMoVL(Qwen25VL):
    """MiMo-VL-7B: Qwen2.5-ViT resize rule and the computer_use call, after a ``<think>`` block."""

    name: ClassVar[str] = "mimo-vl"
