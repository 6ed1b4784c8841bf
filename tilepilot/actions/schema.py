"""The one action vocabulary. Every policy (script, model, replay) emits these; every executor applies them.

Targets are either a point that says which coordinate space it lives in, or text seen on screen that
is resolved by OCR on the current frame just before the action runs.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    TypeAdapter,
    ValidationError,
    field_validator,
)

from tilepilot.errors import InputError

Space = Literal["frame", "model", "norm1000", "screen"]
"""frame: pixels of the captured frame; model: pixels of the image the model saw (needs its size);
norm1000: 0..1000 relative to the image; screen: OS input units (CSS px in a page, X11 px on a desktop)."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Point(_Strict):
    x: float
    y: float
    space: Space = "frame"

    def __str__(self) -> str:
        return f"({self.x:.0f}, {self.y:.0f}) {self.space}"


class TextTarget(_Strict):
    """Text seen on screen, e.g. a button label. ``nth`` picks among several matches (1 = first in
    reading order)."""

    text: str = Field(min_length=1)
    nth: int = Field(default=1, ge=1)
    exact: bool = False

    def __str__(self) -> str:
        return repr(self.text) if self.nth == 1 else f"{self.text!r} (#{self.nth})"


def _target_kind(v: Any) -> str:
    if isinstance(v, dict):
        return "text" if "text" in v else "point"
    return "text" if isinstance(v, TextTarget) else "point"


Target = Annotated[
    Annotated[Point, Tag("point")] | Annotated[TextTarget, Tag("text")], Discriminator(_target_kind)
]


class Click(_Strict):
    action: Literal["click"] = "click"
    target: Target


class DoubleClick(_Strict):
    action: Literal["double_click"] = "double_click"
    target: Target


class RightClick(_Strict):
    action: Literal["right_click"] = "right_click"
    target: Target


class Move(_Strict):
    action: Literal["move"] = "move"
    target: Target


class Drag(_Strict):
    action: Literal["drag"] = "drag"
    start: Target
    end: Target


class Type(_Strict):
    """Type ``text``; with ``into`` first click that field (a label resolves to the input next to it).
    ``{{secret:NAME}}`` placeholders are replaced inside the executor only."""

    action: Literal["type"] = "type"
    text: str
    into: Target | None = None
    clear: bool = False
    submit: bool = False


class Key(_Strict):
    """A key or a chord pressed together: ``["Enter"]``, ``["Control", "a"]``."""

    action: Literal["key"] = "key"
    keys: list[str] = Field(min_length=1)

    @field_validator("keys", mode="before")
    @classmethod
    def _split(cls, v: Any) -> Any:
        if isinstance(v, str):
            return [k for k in v.replace(" ", "").split("+") if k] or [v]
        return v

    @field_validator("keys")
    @classmethod
    def _known(cls, v: list[str]) -> list[str]:
        from tilepilot.actions.keys import canonical

        return [canonical(k) for k in v]


class Scroll(_Strict):
    """Scroll by ``amount`` wheel notches; at ``target`` if given, else the middle of the screen."""

    action: Literal["scroll"] = "scroll"
    direction: Literal["up", "down", "left", "right"] = "down"
    amount: int = Field(default=3, ge=1, le=100)
    target: Target | None = None


class Wait(_Strict):
    action: Literal["wait"] = "wait"
    seconds: float = Field(default=1.0, ge=0, le=600)


class Navigate(_Strict):
    action: Literal["navigate"] = "navigate"
    url: str = Field(min_length=1)


class Done(_Strict):
    action: Literal["done"] = "done"
    answer: str = ""


class Fail(_Strict):
    action: Literal["fail"] = "fail"
    reason: str = ""


class AskUser(_Strict):
    action: Literal["ask_user"] = "ask_user"
    question: str


Action = Annotated[
    Click | DoubleClick | RightClick | Move | Drag | Type | Key | Scroll | Wait | Navigate | Done | Fail | AskUser,
    Field(discriminator="action"),
]
ACTION_NAMES: tuple[str, ...] = (
    "click", "double_click", "right_click", "move", "drag", "type", "key",
    "scroll", "wait", "navigate", "done", "fail", "ask_user",
)  # fmt: skip
TERMINAL = (Done, Fail, AskUser)

_adapter: TypeAdapter[Action] = TypeAdapter(Action)


def parse_action(data: Any, where: str = "action") -> Action:
    """Validate a dict (or JSON string) into an Action; errors name ``where`` and what was expected."""
    if isinstance(data, str):
        try:
            return _adapter.validate_json(data)
        except ValidationError as e:
            raise InputError(f"{where}: {_explain(e)}") from None
    if not isinstance(data, dict):
        raise InputError(f"{where}: expected an object with an 'action' field, got {type(data).__name__}")
    name = data.get("action")
    if name not in ACTION_NAMES:
        raise InputError(f"{where}: unknown action {name!r}; expected one of {', '.join(ACTION_NAMES)}")
    try:
        return _adapter.validate_python(data)
    except ValidationError as e:
        raise InputError(f"{where}: {_explain(e)}") from None


def _explain(e: ValidationError) -> str:
    parts = []
    for err in e.errors()[:3]:
        loc = ".".join(str(p) for p in err["loc"])
        msg = err["msg"]
        if err["type"] == "value_error" and "ctx" in err:
            msg = str(err["ctx"].get("error", msg))
        parts.append(f"{loc}: {msg}" if loc else msg)
    return "; ".join(parts)


def action_json_schema() -> dict[str, Any]:
    """JSON schema of the action union, for tool-calling models and for documentation."""
    return _adapter.json_schema()


def describe(action: Action) -> str:
    """One short human line for progress output and reports."""
    a = action
    if isinstance(a, Click | DoubleClick | RightClick | Move):
        return f"{a.action} {a.target}"
    if isinstance(a, Drag):
        return f"drag {a.start} -> {a.end}"
    if isinstance(a, Type):
        into = f" into {a.into}" if a.into is not None else ""
        return f"type {a.text!r}{into}"
    if isinstance(a, Key):
        return "key " + "+".join(a.keys)
    if isinstance(a, Scroll):
        return f"scroll {a.direction} {a.amount}"
    if isinstance(a, Wait):
        return f"wait {a.seconds:g}s"
    if isinstance(a, Navigate):
        return f"navigate {a.url}"
    if isinstance(a, Done):
        return f"done {a.answer!r}" if a.answer else "done"
    if isinstance(a, Fail):
        return f"fail: {a.reason}"
    return f"ask user: {a.question}"
