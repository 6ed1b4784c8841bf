"""Scripted workflows: a YAML or JSON list of steps, each one action with coordinates or on-screen text.

    - click: {text: "Save changes"}        # or click: "Save changes", or click: {x: 120, y: 300}
    - type: {into: "Name", text: "bob"}
    - key: Enter                           # or key: ctrl+a
    - scroll: {direction: down, amount: 5}
    - wait: 0.5
    - navigate: http://127.0.0.1:8000/next.html
    - done: "saved"

A file may also be a mapping ``{url: ..., steps: [...]}``. JSON is parsed by the same YAML reader so
errors name the line of the step at fault.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from tilepilot.actions.schema import ACTION_NAMES, Action, parse_action
from tilepilot.errors import InputError

_TARGET_KEYS = {"click": "target", "double_click": "target", "right_click": "target", "move": "target"}


class Script(list):
    """A parsed script: the actions, plus the start URL if the file named one."""

    url: str | None = None


def load_script(path: str | Path) -> Script:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as e:
        raise InputError(f"script {p}: cannot read it ({e.strerror or e})") from None
    return parse_script(text, str(p))


def parse_script(text: str, name: str = "script") -> Script:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark else ""
        raise InputError(f"{name}{line}: not valid YAML/JSON ({getattr(e, 'problem', e)})") from None
    if root is None:
        raise InputError(f"{name}: the script is empty; expected a list of steps")
    url = None
    steps_node = root
    if isinstance(root, yaml.MappingNode):
        data = yaml.safe_load(text)
        url = data.get("url")
        steps_node = next((v for k, v in root.value if k.value == "steps"), None)
        if steps_node is None:
            raise InputError(f"{name} line {root.start_mark.line + 1}: expected a 'steps' list")
    if not isinstance(steps_node, yaml.SequenceNode):
        raise InputError(f"{name} line {steps_node.start_mark.line + 1}: expected a list of steps")
    out = Script()
    out.url = url
    loader = yaml.SafeLoader("")
    for i, node in enumerate(steps_node.value, 1):
        where = f"{name} line {node.start_mark.line + 1} (step {i})"
        value = loader.construct_document(node)
        out.append(step_to_action(value, where))
    return out


def step_to_action(step: Any, where: str = "step") -> Action:
    """One script step (short form ``{click: ...}`` or full form ``{action: click, ...}``) -> Action."""
    if isinstance(step, str):
        step = {step: None}
    if not isinstance(step, dict) or not step:
        raise InputError(f"{where}: expected a mapping like {{click: {{text: 'Save'}}}}, got {step!r}")
    if "action" in step:
        return parse_action(step, where)
    if len(step) != 1:
        raise InputError(f"{where}: expected exactly one action per step, got {', '.join(map(str, step))}")
    (name, arg), = step.items()
    if name not in ACTION_NAMES:
        raise InputError(f"{where}: unknown action {name!r}; expected one of {', '.join(ACTION_NAMES)}")
    return parse_action(_expand(name, arg, where), where)


def _target(arg: Any) -> Any:
    if isinstance(arg, str):
        return {"text": arg}
    if isinstance(arg, list | tuple) and len(arg) == 2:
        return {"x": arg[0], "y": arg[1]}
    return arg


def _expand(name: str, arg: Any, where: str) -> dict[str, Any]:
    if name in _TARGET_KEYS:
        if isinstance(arg, dict) and "target" in arg:
            return {"action": name, **arg}
        return {"action": name, "target": _target(arg)}
    if name == "drag":
        if not isinstance(arg, dict):
            raise InputError(f"{where}: drag expects {{from: ..., to: ...}}")
        start = arg.get("from", arg.get("start"))
        end = arg.get("to", arg.get("end"))
        return {"action": "drag", "start": _target(start), "end": _target(end)}
    if name == "type":
        if isinstance(arg, str):
            return {"action": "type", "text": arg}
        if isinstance(arg, dict):
            d = dict(arg)
            if "into" in d:
                d["into"] = _target(d["into"])
            return {"action": "type", **d}
    if name == "key":
        return {"action": "key", "keys": arg}
    if name == "scroll":
        if isinstance(arg, str):
            return {"action": "scroll", "direction": arg}
        if isinstance(arg, dict):
            d = dict(arg)
            if "target" in d:
                d["target"] = _target(d["target"])
            return {"action": "scroll", **d}
        if arg is None:
            return {"action": "scroll"}
    if name == "wait":
        if isinstance(arg, int | float):
            return {"action": "wait", "seconds": arg}
        if arg is None:
            return {"action": "wait"}
    if name == "navigate" and isinstance(arg, str):
        return {"action": "navigate", "url": arg}
    if name in ("done", "fail", "ask_user"):
        field = {"done": "answer", "fail": "reason", "ask_user": "question"}[name]
        if arg is None:
            return {"action": name}
        if isinstance(arg, str):
            return {"action": name, field: arg}
    if isinstance(arg, dict):
        return {"action": name, **arg}
    raise InputError(f"{where}: {name} cannot take {arg!r}")
