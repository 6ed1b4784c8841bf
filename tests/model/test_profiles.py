"""Model profiles: each family's documented output strings, its image rule, prompt and coordinate round trips."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tilepilot.actions import coords
from tilepilot.actions.schema import (
    AskUser,
    Click,
    Done,
    DoubleClick,
    Drag,
    Fail,
    Key,
    Move,
    Point,
    RightClick,
    Scroll,
    TextTarget,
    Type,
    Wait,
)
from tilepilot.errors import InputError, ParseError
from tilepilot.model.profiles import PROFILES, get_profile
from tilepilot.perception.frame import Frame

W, H = 1920, 1080


def screen(w: int = W, h: int = H) -> np.ndarray:
    return np.full((h, w, 3), 240, np.uint8)


def parse(profile: str, text: str, w: int = W, h: int = H, **ctx):
    p = get_profile(profile)
    return p.parse(text, p.prepare(screen(w, h)), ctx)


def near(p: Point, x: float, y: float, tol: float = 1.0) -> bool:
    return p.space == "frame" and abs(p.x - x) <= tol and abs(p.y - y) <= tol


# image rules -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("w", "h", "expected"), [(1280, 720, (1288, 728)), (1920, 1080, (1932, 1092)),
                                                  (2560, 1440, (2548, 1428)), (100, 50, (420, 224))])
def test_smart_resize_sizes_are_multiples_of_28_within_limits(w, h, expected):
    got = coords.smart_resize(w, h, min_pixels=100 * 28 * 28)
    assert got == expected
    assert got[0] % 28 == 0 and got[1] % 28 == 0
    assert 100 * 28 * 28 <= got[0] * got[1] <= 16384 * 28 * 28


def test_smart_resize_caps_huge_screens_and_is_idempotent():
    w, h = coords.smart_resize(7680, 4320)
    assert w * h <= 16384 * 28 * 28 and w % 28 == 0 and h % 28 == 0
    # what we send is already a fixed point: the server's own smart_resize changes nothing
    assert coords.smart_resize(w, h) == (w, h)
    with pytest.raises(InputError, match="positive"):
        coords.smart_resize(0, 10)


@pytest.mark.parametrize("name", ["ui-tars-1.0", "ui-tars-1.5", "qwen2.5-vl", "mimo-vl"])
def test_qwen_family_sends_the_smart_resized_image(name):
    prep = get_profile(name).prepare(screen())
    assert prep.model_size == (1932, 1092)
    assert prep.images[0].shape == (1092, 1932, 3)
    assert prep.tokens == (1932 // 28) * (1092 // 28)  # one token per 28x28 block (14 px patches, 2x2 merge)


def test_internvl_server_mode_sends_an_exact_grid_and_counts_256_tokens_per_tile():
    p = get_profile("internvl")
    prep = p.prepare(screen())
    assert p.tokens_per_tile == 256  # (448 / 14 / 2) ** 2
    cols, rows = prep.extra["grid"]
    assert (cols, rows) == (4, 2)
    assert prep.model_size == (4 * 448, 2 * 448)
    assert prep.tokens == 256 * (8 + 1)  # tiles + thumbnail


def test_nvlm_client_mode_sends_tagged_tiles_and_thumbnail():
    p = get_profile("nvlm", router=False)
    prep = p.prepare(screen(1280, 720))
    assert prep.labels == ["<tile_1>", "<tile_2>", "<tile_global_thumbnail>"]
    assert all(im.shape == (448, 448, 3) for im in prep.images)
    assert prep.tokens == 3 * 256
    parts = prep.parts()
    assert [q["type"] for q in parts] == ["text", "image_url"] * 3
    assert parts[1]["image_url"]["url"].startswith("data:image/png;base64,")


def test_json_profile_never_enlarges_and_shrinks_to_max_pixels():
    p = get_profile("json")
    assert p.prepare(screen(800, 600)).model_size == (800, 600)
    w, h = p.prepare(screen(3840, 2160)).model_size
    assert w * h <= 1920 * 1080 and abs(w / h - 16 / 9) < 0.01


# prompts ----------------------------------------------------------------------------------------------
def _turns(profile, n):
    from tilepilot.model.profiles import Turn

    return [Turn(profile.prepare(screen(640, 360)), f"Action: wait() #{i}") for i in range(n)]


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_messages_keep_all_text_and_cap_images(name):
    p = get_profile(name)
    cur = p.prepare(screen(640, 360))
    msgs = p.messages("open the settings", _turns(p, 7), cur, feedback="try again")
    images = sum(1 for m in msgs if isinstance(m["content"], list) for part in m["content"]
                 if part["type"] == "image_url")
    per_shot = len(cur.images)
    assert images == per_shot * min(p.max_images, 8)
    assert sum(1 for m in msgs if m["role"] == "assistant") == 7
    text = str(msgs)
    assert "open the settings" in text and "try again" in text


def test_prompts_name_the_model_image_size_and_action_space():
    q = get_profile("qwen2.5-vl")
    sys_text = q.system("x", q.prepare(screen()))
    assert "1932x1092" in sys_text and "computer_use" in sys_text and "<tool_call>" in sys_text
    u = get_profile("ui-tars-1.5")
    instr = u.instruction("book a flight", u.prepare(screen()))
    assert "click(start_box=" in instr and "finished(content=" in instr and instr.endswith("book a flight")


# UI-TARS ---------------------------------------------------------------------------------------------
def test_ui_tars_15_absolute_smart_resized_pixels():
    # "Raw Prediction Example" of UI-TARS-1.5 served by vLLM (OSWorld uitars15 agent)
    r = parse("ui-tars-1.5", "Action: click(start_box='(1479,503)')")
    assert isinstance(r.action, Click)
    assert near(r.action.target, 1479 * 1920 / 1932, 503 * 1080 / 1092)


def test_ui_tars_point_tag_and_thought():
    # the form of UI-TARS's own action-parser example
    r = parse("ui-tars-1.5", "Thought: Click the button\nAction: click(point='<point>200 300</point>')")
    assert r.thought == "Click the button"
    assert near(r.action.target, 200 * 1920 / 1932, 300 * 1080 / 1092)


def test_ui_tars_10_relative_box_start_and_box_forms():
    r = parse("ui-tars-1.0", "Thought: 点击搜索框\nAction: click(start_box='<|box_start|>(235,512)<|box_end|>')")
    assert near(r.action.target, 235 / 1000 * W, 512 / 1000 * H)
    assert r.thought == "点击搜索框"
    r = parse("ui-tars-1.0", "Action: click(start_box='[100, 200, 300, 400]')")
    assert near(r.action.target, 200 / 1000 * W, 300 / 1000 * H)


@pytest.mark.parametrize(("text", "check"), [
    ("Action: left_double(start_box='(10,20)')", lambda a: isinstance(a, DoubleClick)),
    ("Action: right_single(start_box='(10,20)')", lambda a: isinstance(a, RightClick)),
    ("Action: hover(start_box='(10,20)')", lambda a: isinstance(a, Move)),
    ("Action: drag(start_box='(10,20)', end_box='(300,400)')",
     lambda a: isinstance(a, Drag) and a.end.x > a.start.x),
    ("Action: hotkey(key='ctrl c')", lambda a: a == Key(keys=["Control", "c"])),
    ("Action: hotkey(key='enter')", lambda a: a == Key(keys=["Enter"])),
    ("Action: type(content='hello world\\n')", lambda a: a == Type(text="hello world", submit=True)),
    ("Action: type(content='it\\'s \"ok\"')", lambda a: a == Type(text="it's \"ok\"")),
    ("Action: scroll(start_box='(500,500)', direction='down')",
     lambda a: isinstance(a, Scroll) and a.direction == "down" and a.target is not None),
    ("Action: scroll(direction='up')", lambda a: isinstance(a, Scroll) and a.direction == "up" and a.target is None),
    ("Action: wait()", lambda a: a == Wait(seconds=5)),
    ("Action: finished(content='The price is 42')", lambda a: a == Done(answer="The price is 42")),
    ("Action: finished()", lambda a: a == Done()),
    ("Thought: I need a password.\nAction: call_user()",
     lambda a: isinstance(a, AskUser) and "password" in a.question),
])
def test_ui_tars_action_space(text, check):
    assert check(parse("ui-tars-1.5", text).action), text


def test_ui_tars_unsupported_and_malformed_are_parse_errors():
    with pytest.raises(ParseError, match="press_home.*not supported"):
        parse("ui-tars-1.5", "Action: press_home()")
    with pytest.raises(ParseError, match="cannot read the point"):
        parse("ui-tars-1.5", "Action: click(start_box='(12)')")
    with pytest.raises(ParseError, match="outside the image"):
        parse("ui-tars-1.0", "Action: click(start_box='(1200,300)')")
    with pytest.raises(ParseError, match="unknown key"):
        parse("ui-tars-1.5", "Action: hotkey(key='hyper')")
    with pytest.raises(ParseError, match="no action call") as e:
        parse("ui-tars-1.5", "Thought: hmm, nothing to do")
    assert "nothing to do" in str(e.value) and "expected" in str(e.value)


# Qwen2.5-VL / MiMo-VL ----------------------------------------------------------------------------------
QWEN_CLICK = ('<tool_call>\n{"name": "computer_use", "arguments": {"action": "left_click", "coordinate": [966, 546]}}'
              '\n</tool_call>')


def test_qwen_computer_use_left_click():
    r = parse("qwen2.5-vl", QWEN_CLICK)
    assert near(r.action.target, 966 * 1920 / 1932, 546 * 1080 / 1092)


@pytest.mark.parametrize(("args", "expected"), [
    ('{"action": "key", "keys": ["ctrl", "a"]}', Key(keys=["Control", "a"])),
    ('{"action": "type", "text": "hello"}', Type(text="hello")),
    ('{"action": "wait", "time": 3}', Wait(seconds=3)),
    ('{"action": "terminate", "status": "success"}', Done()),
    ('{"action": "scroll", "pixels": -500}', Scroll(direction="down", amount=5)),
    ('{"action": "scroll", "pixels": 100}', Scroll(direction="up", amount=1)),
    ('{"action": "answer", "text": "42"}', Done(answer="42")),
])
def test_qwen_computer_use_actions(args, expected):
    r = parse("qwen2.5-vl", f'<tool_call>{{"name": "computer_use", "arguments": {args}}}</tool_call>')
    assert r.action == expected


def test_qwen_terminate_failure_and_drag_from_cursor():
    assert isinstance(parse("qwen2.5-vl", '<tool_call>{"name": "computer_use", "arguments": '
                                          '{"action": "terminate", "status": "failure"}}</tool_call>').action, Fail)
    drag = ('<tool_call>{"name": "computer_use", "arguments": {"action": "left_click_drag", '
            '"coordinate": [100, 100]}}</tool_call>')
    with pytest.raises(ParseError, match="cursor"):
        parse("qwen2.5-vl", drag)
    r = parse("qwen2.5-vl", drag, cursor=Point(x=50, y=60))
    assert isinstance(r.action, Drag) and r.action.start == Point(x=50, y=60)


def test_qwen_thought_before_the_call_and_openai_string_arguments():
    r = parse("qwen2.5-vl", "I will click the search box.\n" + QWEN_CLICK)
    assert r.thought == "I will click the search box."
    r = parse("qwen2.5-vl", '<tool_call>{"name": "computer_use", "arguments": '
                            '"{\\"action\\": \\"mouse_move\\", \\"coordinate\\": [10, 10]}"}</tool_call>')
    assert isinstance(r.action, Move)


def test_mimo_vl_think_block_is_the_thought_not_the_action():
    text = ("<think>The red button says Target; its centre is near (966, 546). Clicking left_click(0,0) would "
            "be wrong.</think>\n" + QWEN_CLICK)
    r = parse("mimo-vl", text)
    assert "red button" in r.thought
    assert near(r.action.target, 966 * 1920 / 1932, 546 * 1080 / 1092)


def test_qwen_malformed_calls_are_parse_errors():
    for bad in ['<tool_call>{"name": "computer_use", "arguments": {"action": "left_click"}}</tool_call>',
                '<tool_call>{"name": "computer_use", "arguments": {"action": "triple_click", "coordinate": [1,1]}}',
                "<tool_call>not json</tool_call>", "",
                '<tool_call>{"name": "computer_use", "arguments": {"action": "left_click", "coordinate": [5000, 1]}}']:
        with pytest.raises(ParseError):
            parse("qwen2.5-vl", bad)


# InternVL / NVLM ------------------------------------------------------------------------------------------
def test_internvl_grounding_box_centre_in_0_1000():
    r = parse("internvl", "<ref>the Target button</ref><box>[[208, 231, 250, 268]]</box>")
    assert isinstance(r.action, Click)
    assert near(r.action.target, 229 / 1000 * W, 249.5 / 1000 * H)


def test_internvl_action_call_with_box_and_thought():
    r = parse("internvl", "Thought: open the menu\nAction: right_single(<box>[[0, 0, 100, 100]]</box>)")
    assert isinstance(r.action, RightClick) and r.thought == "open the menu"
    assert near(r.action.target, 50 / 1000 * W, 50 / 1000 * H)


def test_nvlm_box_after_a_tile_tag_is_relative_to_that_tile():
    p = get_profile("nvlm", router=False)
    prep = p.prepare(screen(1280, 720))  # grid 2x1: tile_2 covers x 640..1280
    r = p.parse("Action: click(start_box='<tile_2><box>[[0, 0, 100, 100]]</box>')", prep)
    assert near(r.action.target, 640 + 0.05 * 640, 0.05 * 720)
    r = p.parse("<tile_global_thumbnail><ref>x</ref><box>[[500, 500, 500, 500]]</box>", prep)
    assert near(r.action.target, 640, 360)
    with pytest.raises(ParseError, match="tile_9"):
        p.parse("<tile_9><box>[[1, 1, 2, 2]]</box>", prep)


# JSON -------------------------------------------------------------------------------------------------
def test_json_profile_forms():
    r = parse("json", '{"thought": "save it", "action": "click", "target": {"x": 960, "y": 540}}')
    assert near(r.action.target, 960, 540) and r.thought == "save it"
    r = parse("json", 'Clicking.\n```json\n{"action": "click", "target": "Save"}\n```')
    assert r.action.target == TextTarget(text="Save") and r.thought == "Clicking."
    r = parse("json", '<tool_call>{"name": "type", "arguments": {"text": "bob", "into": {"text": "Name"}}}</tool_call>')
    assert r.action == Type(text="bob", into=TextTarget(text="Name"))
    r = parse("json", '{"action": "click", "target": {"x": 500, "y": 500, "space": "norm1000"}}')
    assert near(r.action.target, 960, 540)
    with pytest.raises(ParseError, match="unknown action 'jump'"):
        parse("json", '{"action": "jump"}')
    with pytest.raises(ParseError, match="no JSON object"):
        parse("json", "click the button")


def test_unknown_profile_is_an_input_error():
    with pytest.raises(InputError, match="unknown profile 'gpt'"):
        get_profile("gpt")


# round trips through the coordinate module ------------------------------------------------------------------
def _model_text(name: str, x: float, y: float) -> str:
    if name in ("qwen2.5-vl", "mimo-vl"):
        return ('<tool_call>{"name": "computer_use", "arguments": {"action": "left_click", '
                f'"coordinate": [{x:.3f}, {y:.3f}]}}}}</tool_call>')
    if name == "json":
        return f'{{"action": "click", "target": {{"x": {x:.3f}, "y": {y:.3f}}}}}'
    if name in ("internvl", "nvlm"):
        return f"<ref>it</ref><box>[[{x:.3f}, {y:.3f}, {x:.3f}, {y:.3f}]]</box>"
    return f"Thought: there\nAction: click(start_box='({x:.3f},{y:.3f})')"


@settings(max_examples=60, deadline=None)
@given(name=st.sampled_from(sorted(PROFILES)), w=st.integers(200, 3840), h=st.integers(200, 2400),
       fx=st.floats(0, 1), fy=st.floats(0, 1))
def test_round_trip_frame_to_model_output_to_frame(name, w, h, fx, fy):
    frame = Frame(image=np.zeros((h, w, 3), np.uint8))
    want = Point(x=fx * (w - 1), y=fy * (h - 1))
    p = get_profile(name)
    prep = p.prepare(frame.image)
    to_model = coords.to_norm1000 if p.space == "norm1000" else lambda q, f: coords.to_model(q, f, prep.model_size)
    m = to_model(want, frame)
    got = p.parse(_model_text(name, m.x, m.y), prep).action.target
    assert abs(got.x - want.x) <= 1 and abs(got.y - want.y) <= 1, (got, want)
    assert got.space == "frame"
    # and on to the screen: the point lies on the frame the executor will check
    assert coords.check_inside(got, frame) == got


@pytest.mark.parametrize("name", ["ui-tars-1.5", "qwen2.5-vl"])
def test_round_trip_with_integer_model_output_at_1080p(name):
    """Models print integers; at 1920x1080 the smart_resized image is slightly larger, so rounding stays < 1 px."""
    frame = Frame(image=screen())
    p = get_profile(name)
    prep = p.prepare(frame.image)
    for fx, fy in [(0, 0), (439.5, 269.5), (1919, 1079), (960, 540), (1234.4, 77.7)]:
        m = coords.to_model(Point(x=fx, y=fy), frame, prep.model_size)
        got = p.parse(_model_text(name, round(m.x), round(m.y)), prep).action.target
        assert abs(got.x - fx) <= 1 and abs(got.y - fy) <= 1
