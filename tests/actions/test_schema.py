"""The action vocabulary, keys, coordinate spaces, secrets and the domain guard."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tilepilot.actions import coords
from tilepilot.actions.guards import DomainPolicy, check_url
from tilepilot.actions.keys import canonical, playwright_chord, pyautogui_keys
from tilepilot.actions.schema import (
    ACTION_NAMES,
    Click,
    Key,
    Point,
    TextTarget,
    action_json_schema,
    describe,
    parse_action,
)
from tilepilot.actions.secrets import Secrets
from tilepilot.errors import ActionRefused, DomainBlocked, InputError
from tilepilot.perception.frame import Frame


def test_every_action_parses_and_round_trips():
    samples = [
        {"action": "click", "target": {"x": 1, "y": 2}},
        {"action": "double_click", "target": {"text": "Open"}},
        {"action": "right_click", "target": {"x": 1, "y": 2, "space": "norm1000"}},
        {"action": "move", "target": {"text": "Menu", "nth": 2}},
        {"action": "drag", "start": {"x": 1, "y": 2}, "end": {"text": "Trash"}},
        {"action": "type", "text": "hi", "into": {"text": "Name"}, "clear": True, "submit": True},
        {"action": "key", "keys": "ctrl+shift+t"},
        {"action": "scroll", "direction": "up", "amount": 2},
        {"action": "wait", "seconds": 0.5},
        {"action": "navigate", "url": "http://127.0.0.1/"},
        {"action": "done", "answer": "42"},
        {"action": "fail", "reason": "no invoice"},
        {"action": "ask_user", "question": "which account?"},
    ]
    assert {s["action"] for s in samples} == set(ACTION_NAMES)
    for s in samples:
        a = parse_action(s)
        assert parse_action(a.model_dump_json()) == a
        assert describe(a)
    assert parse_action(samples[6]).keys == ["Control", "Shift", "t"]


def test_json_schema_names_every_action():
    schema = action_json_schema()
    assert set(schema["discriminator"]["mapping"]) == set(ACTION_NAMES)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"action": "clik"}, "unknown action 'clik'; expected one of click"),
        ([1, 2], "expected an object with an 'action' field, got list"),
        ({"action": "click"}, "click.target: Field required"),
        ({"action": "click", "target": {"x": "a", "y": 1}}, "click.target.point.x"),
        ({"action": "scroll", "amount": 0}, "scroll.amount"),
        ({"action": "key", "keys": "ctrl+nokey"}, "unknown key 'nokey'"),
        ({"action": "click", "target": {"text": ""}}, "click.target.text"),
        ("{not json", "Invalid JSON"),
    ],
)
def test_bad_actions_name_what_was_expected(data, message):
    with pytest.raises(InputError, match="action: ") as e:
        parse_action(data)
    assert message in str(e.value)


def test_keys_map_to_each_executor():
    assert canonical("return") == "Enter" and canonical("esc") == "Escape" and canonical("f5") == "F5"
    assert playwright_chord(["Control", "a"]) == "Control+a"
    assert pyautogui_keys(["Control", "ArrowDown", "A"]) == ["ctrl", "down", "a"]
    with pytest.raises(InputError, match="unknown key 'hyper'"):
        canonical("hyper")


def frame(w=1000, h=500, scale=1.0, offset=(0.0, 0.0)) -> Frame:
    return Frame(image=np.zeros((h, w, 3), np.uint8), scale=scale, offset=offset)


def test_coordinate_spaces():
    f = frame(2560, 1440, scale=2.0, offset=(1920, 0))
    assert coords.to_screen(Point(x=880, y=540), f) == Point(x=1920 + 440, y=270, space="screen")
    assert coords.to_frame(Point(x=500, y=500, space="norm1000"), f) == Point(x=1280, y=720)
    assert coords.to_frame(Point(x=100, y=50, space="model"), f, (1280, 720)) == Point(x=200, y=100)
    with pytest.raises(InputError, match="model image size is unknown"):
        coords.to_frame(Point(x=1, y=1, space="model"), f)
    with pytest.raises(ActionRefused, match="outside the screen"):
        coords.check_inside(Point(x=2560, y=0), f)


@given(st.floats(0, 3839), st.floats(0, 2159), st.sampled_from([1.0, 1.25, 1.5, 2.0, 3.0]),
       st.tuples(st.integers(-4000, 4000), st.integers(-2000, 2000)))
def test_frame_screen_round_trip(x, y, scale, offset):
    f = frame(3840, 2160, scale=scale, offset=offset)
    back = coords.to_frame(coords.to_screen(Point(x=x, y=y), f), f)
    assert abs(back.x - x) < 1e-6 and abs(back.y - y) < 1e-6
    m = coords.to_model(Point(x=x, y=y), f, (1288, 728))
    again = coords.to_frame(m, f, (1288, 728))
    assert abs(again.x - x) < 1e-6 and abs(again.y - y) < 1e-6


def test_secrets_substitute_and_redact():
    s = Secrets({"PW": "hunter2", "TILEPILOT_SECRET_TOKEN": "tok-123"})
    assert s.substitute("a {{secret:PW}} b {{ secret:TOKEN }}") == "a hunter2 b tok-123"
    assert s.redact("log: hunter2 and tok-123") == "log: [secret] and [secret]"
    with pytest.raises(InputError, match="secret 'MISSING' is not set"):
        s.check("{{secret:MISSING}}")


def test_domain_policy():
    p = DomainPolicy.for_start("http://app.example.com:8000/x", ["cdn.test"])
    assert p.allows("http://app.example.com/other") and p.allows("https://img.cdn.test/a.png")
    assert p.allows("about:blank") and p.allows("data:text/html,hi")
    assert not p.allows("http://example.com/") and not p.allows("http://evil-cdn.test/")
    with pytest.raises(DomainBlocked, match="--allow-domain evil.org"):
        p.check("http://evil.org/")
    assert DomainPolicy(["*"]).allows("http://anything.net/")
    pasted = DomainPolicy(["https://Shop.Example.org:8443/cart", ".cdn.test"])
    assert pasted.domains == ["shop.example.org", "cdn.test"] and pasted.allows("http://shop.example.org/")
    with pytest.raises(InputError, match="not a URL a browser can open"):
        check_url("ftp://x/")


def test_targets_are_typed():
    assert isinstance(Click(target={"text": "Save"}).target, TextTarget)
    assert isinstance(Click(target={"x": 3, "y": 4}).target, Point)
    assert Key(keys=["shift", "Tab"]).keys == ["Shift", "Tab"]
