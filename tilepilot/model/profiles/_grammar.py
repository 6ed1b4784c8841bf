"""Small readers shared by the profile parsers: thoughts, function calls, points and JSON objects in model text.

Every reader either returns a value or raises ``ParseError``; nothing else escapes, whatever the input.
"""

from __future__ import annotations

import json
import re
from typing import Any

from tilepilot.errors import ParseError

_NUM = re.compile(r"-?\d+(?:\.\d+)?")
_POINT_TAGS = re.compile(r"<\|box_start\|>|<\|box_end\|>|</?point>|</?bbox>|</?box>|<\|point_start\|>|<\|point_end\|>")
_THINK = re.compile(r"<think>(.*?)(?:</think>|$)", re.DOTALL)
_CALL = re.compile(r"([A-Za-z_][A-Za-z0-9_.]*)\s*\(")


def strip_think(text: str) -> tuple[str | None, str]:
    """Split ``<think>...</think>`` (reasoning models such as MiMo-VL) from the answer. Returns (thought, rest)."""
    thoughts = [m.group(1).strip() for m in _THINK.finditer(text)]
    rest = _THINK.sub("", text)
    if "</think>" in rest:  # a template that opened <think> in the prompt: everything before </think> is thought
        before, _, rest = rest.rpartition("</think>")
        thoughts.append(before.strip())
    return ("\n".join(t for t in thoughts if t) or None), rest.strip()


def thought_and_action(text: str) -> tuple[str | None, str]:
    """``Thought: ...`` / ``Reflection: ...`` then ``Action: ...`` lines -> (thought, action text).

    Without an ``Action:`` line the whole text is the action text and there is no thought.
    """
    idx = text.rfind("Action:")
    if idx < 0:
        return None, text.strip()
    head, action = text[:idx], text[idx + len("Action:"):]
    for key in ("Thought:", "Reflection:", "Action_Summary:"):
        head = head.replace(key, "")
    return (head.strip() or None), action.strip()


def _unescape(s: str) -> str:
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            n = s[i + 1]
            out.append({"n": "\n", "t": "\t", "r": "\r"}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def _scan_value(s: str, i: int) -> tuple[str, bool, int]:
    """Read one argument value starting at s[i]; returns (value, was_quoted, index after it)."""
    while i < len(s) and s[i] in " \t\r\n":
        i += 1
    if i < len(s) and s[i] in "'\"":
        q, j, buf = s[i], i + 1, []
        while j < len(s):
            if s[j] == "\\" and j + 1 < len(s):
                buf.append(s[j:j + 2])
                j += 2
                continue
            if s[j] == q:
                return _unescape("".join(buf)), True, j + 1
            buf.append(s[j])
            j += 1
        raise ParseError("unterminated string in the action's arguments", s, "a closing quote")
    depth, j = 0, i
    while j < len(s):
        c = s[j]
        if c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                break
            depth -= 1
        elif c == "," and depth == 0:
            break
        j += 1
    return s[i:j].strip(), False, j


def parse_call(text: str, names: set[str] | None = None) -> tuple[str, dict[str, str], list[str], int, int]:
    """The first function call ``name(arg, key='value', ...)`` in ``text`` (optionally only among ``names``).

    Returns (name, keyword args, positional args, start, end). Quoted values come unescaped, others stripped.
    """
    for m in _CALL.finditer(text):
        name = m.group(1).rsplit(".", 1)[-1]
        if names is not None and name not in names:
            continue
        s, i = text, m.end()
        kwargs: dict[str, str] = {}
        args: list[str] = []
        while True:
            while i < len(s) and s[i] in " \t\r\n,":
                i += 1
            if i >= len(s):
                raise ParseError(f"the call {name}(...) is not closed", text, "a closing ')'")
            if s[i] == ")":
                return name, kwargs, args, m.start(), i + 1
            km = re.match(r"([A-Za-z_][A-Za-z0-9_]*)\s*[=:]\s*", s[i:])
            if km:
                value, _, i = _scan_value(s, i + km.end())
                kwargs[km.group(1)] = value
            else:
                value, _, j = _scan_value(s, i)
                if j == i:  # a stray closing bracket of another kind
                    raise ParseError(f"unexpected {s[i]!r} in the arguments of {name}(...)", text,
                                     "arguments like key='value'")
                args.append(value)
                i = j
    raise ParseError("no action call found", text, "a call such as click(start_box='(x,y)')")


def numbers(text: str) -> list[float]:
    return [float(v) for v in _NUM.findall(_POINT_TAGS.sub(" ", text))]


def parse_xy(value: str, what: str = "point") -> tuple[float, float]:
    """A point in any form models print: ``(x,y)``, ``[x,y]``, ``[x1,y1,x2,y2]`` (centre), ``<point>x y</point>``,
    ``<|box_start|>(x,y)<|box_end|>``, ``<box>[[x1,y1,x2,y2]]</box>``, ``x y``."""
    nums = numbers(value)
    if len(nums) == 2:
        return nums[0], nums[1]
    if len(nums) == 4:
        x1, y1, x2, y2 = nums
        return (x1 + x2) / 2, (y1 + y2) / 2
    raise ParseError(f"cannot read the {what} {value!r}", value,
                     "two numbers (x, y) or four (x1, y1, x2, y2) for a box")


def json_objects(text: str) -> list[Any]:
    """Every top-level JSON object in ``text`` (inside <tool_call> tags, ```json fences, or bare), in order."""
    out: list[Any] = []
    dec = json.JSONDecoder()
    i = 0
    while True:
        i = text.find("{", i)
        if i < 0:
            return out
        try:
            obj, end = dec.raw_decode(text, i)
        except (ValueError, RecursionError):
            i += 1
            continue
        out.append(obj)
        i = end


def first_json_object(text: str, expected: str) -> dict[str, Any]:
    for obj in json_objects(text):
        if isinstance(obj, dict):
            return obj
    raise ParseError("no JSON object found", text, expected)


def text_before(text: str) -> str | None:
    """What a model wrote before its first tool call or JSON object (its thought), if anything."""
    cut = min((i for i in (text.find("<tool_call>"), text.find("```"), text.find("{")) if i >= 0), default=len(text))
    return text[:cut].strip() or None
