"""Fuzzing every profile's parser with ~10,000 random, generated and mutated outputs: 7 profiles x (300 random
+ 1000 mutated + 200 generated). Only ParseError may escape, and every parsed point lies on the frame. Outputs
are drawn in batches (mutations from a hypothesis-drawn seed): hypothesis costs ~2 ms per example, a parse ~30 us."""

from __future__ import annotations

import json
import random

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tilepilot.actions.schema import Point
from tilepilot.errors import ParseError
from tilepilot.model.profiles import PROFILES, get_profile
from tilepilot.model.profiles.uitars import CALLS

W, H = 1280, 720
_CACHE: dict[str, tuple] = {}


def _profile(name: str):
    if name not in _CACHE:
        p = get_profile(name)
        _CACHE[name] = (p, p.prepare(np.full((H, W, 3), 200, np.uint8)))
    return _CACHE[name]


SEEDS = [
    "Thought: Click the button\nAction: click(point='<point>200 300</point>')",
    "Action: click(start_box='(479,503)')",
    "Thought: t\nAction: click(start_box='<|box_start|>(235,512)<|box_end|>')",
    "Action: drag(start_box='(10,20)', end_box='(300,400)')",
    "Action: type(content='hello\\n')",
    "Action: hotkey(key='ctrl c')",
    "Action: scroll(start_box='[1, 2, 3, 4]', direction='down')",
    "Action: finished(content='done')",
    '<tool_call>\n{"name": "computer_use", "arguments": {"action": "left_click", "coordinate": [400, 300]}}\n'
    "</tool_call>",
    '<think>hmm</think><tool_call>{"name": "computer_use", "arguments": {"action": "key", "keys": ["ctrl", "a"]}}'
    "</tool_call>",
    '<tool_call>{"name": "computer_use", "arguments": {"action": "scroll", "pixels": -300}}</tool_call>',
    "<ref>Target</ref><box>[[312, 347, 375, 403]]</box>",
    "Action: click(start_box='<tile_2><box>[[0, 0, 100, 100]]</box>')",
    '{"thought": "go", "action": "click", "target": {"x": 10, "y": 20}}',
    '```json\n{"action": "type", "text": "bob", "into": {"text": "Name"}}\n```',
    '{"action": "drag", "start": [1, 2], "end": [3, 4, 5, 6]}',
]
NAMES = sorted(PROFILES)


def check(name: str, text: str) -> None:
    p, prep = _profile(name)
    try:
        r = p.parse(text, prep, {"cursor": Point(x=5, y=5)})
    except ParseError as e:
        assert str(e)  # a message naming the output and what was expected
        return
    for f in ("target", "into", "start", "end"):
        q = getattr(r.action, f, None)
        if isinstance(q, Point):
            assert q.space == "frame" and 0 <= q.x < W and 0 <= q.y < H, (text, q)


_NOISE = "()[]{}<>'\",=:\\ \n-.0123456789e|_/"
_TOKENS = ["-1", "1e9", "NaN", "99999999999999999999", "1.5.5", "Infinity", "<|box_end|>", "</point>", "<tile_7>",
           "\\", "'", "\"", "<think>", "</think>", "Action:", "```"]


def mutate(rng: random.Random) -> str:
    """A real output with 1-4 random edits (deletes, inserts, truncation, odd tokens, renamed keys)."""
    s = rng.choice(SEEDS)
    for _ in range(rng.randint(1, 4)):
        op, i = rng.randint(0, 6), rng.randint(0, len(s))
        j = rng.randint(i, min(len(s), i + 12))
        if op == 0:
            s = s[:i] + s[j:]
        elif op == 1:
            s = s[:i] + "".join(rng.choice(_NOISE) for _ in range(rng.randint(1, 6))) + s[i:]
        elif op == 2:
            s = s[:i]
        elif op == 3:
            s = s[:i] + rng.choice(_TOKENS) + s[j:]
        elif op == 4:
            s = s + s[i:j]
        elif op == 5:
            s = s[:i] + s[i:j][::-1] + s[j:]
        else:
            s = s.replace(rng.choice(["click", "start_box", "coordinate", "action", "box"]),
                          rng.choice(["", "x", "left_click", "type", "end_box", "text"]), 1)
    return s


_scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=True),
                     st.text(max_size=8), st.sampled_from(["left_click", "click", "type", "key", "scroll", "up"]))
_json = st.recursive(_scalars, lambda c: st.lists(c, max_size=4) | st.dictionaries(
    st.sampled_from(["action", "coordinate", "keys", "text", "target", "x", "y", "space", "pixels", "time",
                     "status", "name", "arguments", "start", "end", "thought", "into", "direction", "amount"]),
    c, max_size=5), max_leaves=12)


@st.composite
def generated(draw) -> str:
    kind = draw(st.integers(0, 2))
    if kind == 0:  # a UI-TARS style call with random arguments
        name = draw(st.sampled_from(sorted(CALLS)))
        args = draw(st.lists(st.tuples(st.sampled_from(["start_box", "end_box", "point", "key", "content",
                                                        "direction", "x", "y"]),
                                       st.text(alphabet="()[]<>|_0123456789, -.abcdpoint_startend'\\", max_size=30)),
                             max_size=3))
        body = ", ".join(f"{k}={v!r}" for k, v in args)
        return f"Thought: {draw(st.text(max_size=20))}\nAction: {name}({body})"
    obj = draw(_json)
    try:
        body = json.dumps({"name": "computer_use", "arguments": obj} if kind == 1 else obj)
    except (ValueError, TypeError):
        body = "{}"
    return f"<tool_call>{body}</tool_call>" if draw(st.booleans()) else body


def _fast(n: int) -> settings:
    return settings(max_examples=n, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


@pytest.mark.parametrize("name", NAMES)
@_fast(60)
@given(texts=st.lists(st.text(max_size=200), min_size=5, max_size=5))
def test_random_text(name, texts):
    for text in texts:
        check(name, text)


@pytest.mark.parametrize("name", NAMES)
@_fast(25)
@given(seed=st.integers(0, 2**32 - 1))
def test_mutated_real_outputs(name, seed):
    rng = random.Random(seed)
    for _ in range(40):
        check(name, mutate(rng))


@pytest.mark.parametrize("name", NAMES)
@_fast(40)
@given(texts=st.lists(generated(), min_size=5, max_size=5))
def test_generated_calls_and_json(name, texts):
    for text in texts:
        check(name, text)


def test_every_seed_parses_somewhere():
    """The fuzz seeds are real outputs: each is accepted by at least one profile."""
    for s in SEEDS:
        ok = 0
        for name in NAMES:
            p, prep = _profile(name)
            try:
                p.parse(s, prep, {"cursor": Point(x=5, y=5)})
                ok += 1
            except ParseError:
                pass
        assert ok, s
