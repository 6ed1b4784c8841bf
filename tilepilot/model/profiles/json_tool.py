"""Generic JSON tool call: any chat VLM that can follow a JSON schema, and ``tilepilot serve``'s own format.

The model answers with one JSON object of tilepilot's action schema, optionally with a ``thought`` key::

    {"thought": "the Save button is at the bottom", "action": "click", "target": {"x": 640, "y": 610}}

It may sit inside ``<tool_call>`` tags, a ```json fence, or an OpenAI ``tool_calls`` entry
(``{"name": "click", "arguments": {...}}``). Points ``{"x", "y"}`` are pixels of the image the model saw
(``space`` "model", the default) or ``"space": "norm1000"``; a target may also be on-screen text
(``{"text": "Save"}``), resolved by OCR just before the action runs. Images are shrunk (never enlarged)
to at most ``max_pixels``.
"""

from __future__ import annotations

import json
from typing import Any, ClassVar

import numpy as np

from tilepilot.actions import coords
from tilepilot.actions.schema import ACTION_NAMES, action_json_schema, parse_action
from tilepilot.errors import InputError, ParseError
from tilepilot.model.profiles import _grammar as g
from tilepilot.model.profiles.base import Parsed, Prepared, Profile, resize

_THOUGHT_KEYS = ("thought", "thoughts", "reasoning", "reason_for_action")
_TARGET_KEYS = ("target", "into", "start", "end")


def _target(v: Any) -> Any:
    """Lenient target forms -> the schema's: [x, y] or [x1, y1, x2, y2] lists, bare strings as text."""
    if isinstance(v, str):
        return {"text": v}
    if isinstance(v, (list, tuple)) and len(v) in (2, 4):
        if not all(isinstance(n, (int, float)) and not isinstance(n, bool) for n in v):
            return v
        x, y = (v[0], v[1]) if len(v) == 2 else ((v[0] + v[2]) / 2, (v[1] + v[3]) / 2)
        return {"x": x, "y": y, "space": "model"}
    if isinstance(v, dict) and "x" in v and "y" in v and "text" not in v:
        space = v.get("space", "model")
        return {**v, "space": "norm1000" if space == "norm1000" else "model"}  # the model never sees frame/screen
    return v


class JsonTool(Profile):
    name: ClassVar[str] = "json"
    space: ClassVar[str] = "model"
    expected: ClassVar[str] = 'one JSON object such as {"action": "click", "target": {"x": 10, "y": 20}}'

    def __init__(self, max_pixels: int = 1920 * 1080, max_images: int = 3, size: tuple[int, int] | None = None,
                 patch: int | None = None):
        """``size``: send exactly this (w, h) instead (models with a fixed input, e.g. LLaVA's 336x336);
        ``patch``: count image tokens as (w / patch) * (h / patch)."""
        self.max_pixels, self.max_images, self.size, self.patch = max_pixels, max_images, size, patch

    def prepare(self, image: np.ndarray) -> Prepared:
        h, w = image.shape[:2]
        mw, mh = self.size or coords.fit_within(w, h, self.max_pixels)
        tokens = (mw // self.patch) * (mh // self.patch) if self.patch else 0
        return Prepared([resize(image, (mw, mh))], [""], (w, h), (mw, mh), tokens=tokens)

    def system(self, task: str, prepared: Prepared) -> str:
        mw, mh = prepared.model_size
        return (
            "You operate a computer screen for the user. Each turn you see a screenshot "
            f"({mw}x{mh} pixels) and answer with exactly one JSON object: one action of this JSON schema, plus an "
            "optional \"thought\" string. Points are pixels of the screenshot ({\"x\": .., \"y\": ..}); a target "
            "may instead be visible text ({\"text\": \"Save\"}). Use \"done\" when the task is complete.\n"
            + json.dumps(action_json_schema(), separators=(",", ":"))
        )

    def instruction(self, task: str, prepared: Prepared) -> str:
        return f"Task: {task}"

    def read(self, text: str, prepared: Prepared, context: dict[str, Any]) -> Parsed:
        think, rest = g.strip_think(text)
        obj = g.first_json_object(rest, self.expected)
        if "action" not in obj and isinstance(obj.get("name"), str):  # an OpenAI-style function call
            args = obj.get("arguments", {})
            if isinstance(args, str):
                try:
                    args = json.loads(args)
                except ValueError:
                    raise ParseError("the tool call's arguments are not valid JSON", text, self.expected) from None
            if not isinstance(args, dict):
                raise ParseError("the tool call's arguments are not an object", text, self.expected)
            obj = args if "action" in args else {"action": obj["name"], **args}
        obj = dict(obj)
        thought = None
        for k in _THOUGHT_KEYS:
            v = obj.pop(k, None)
            if isinstance(v, str) and v.strip():
                thought = v.strip()
        for k in _TARGET_KEYS:
            if k in obj:
                obj[k] = _target(obj[k])
        if obj.get("action") not in ACTION_NAMES:
            raise ParseError(f"unknown action {obj.get('action')!r}", text, f"one of {', '.join(ACTION_NAMES)}")
        try:
            action = parse_action(obj, "model answer")
        except InputError as e:
            raise ParseError(str(e), text, self.expected) from None
        return Parsed(action, thought or think or g.text_before(rest))
