"""The openai policy over real HTTP on 127.0.0.1: requests, retries, malformed answers, errors, secrets."""

from __future__ import annotations

import base64
import os

import cv2
import numpy as np
import pytest
from conftest import completion

from tilepilot import Agent, DryRun
from tilepilot.actions.schema import Click, Key
from tilepilot.errors import BackendError, InputError, ParseError
from tilepilot.model.openai_policy import OpenAIPolicy, chat_url, message_text
from tilepilot.perception.frame import Frame
from tilepilot.perception.observation import Observation

QWEN = ('<tool_call>\n{"name": "computer_use", "arguments": {"action": "left_click", "coordinate": [644, 364]}}\n'
        "</tool_call>")
SECRET = "sk-test-DO-NOT-LEAK-42"


def obs(step: int = 1, task: str = "click the middle", history=None) -> Observation:
    return Observation(task=task, frame=Frame(image=np.full((720, 1280, 3), 250, np.uint8)), step=step,
                       history=history or [])


def policy(server, profile="qwen2.5-vl", **kw) -> OpenAIPolicy:
    kw.setdefault("backoff", 0.01)
    return OpenAIPolicy(server.url, "test-model", profile, **kw)


def images_of(body) -> list[np.ndarray]:
    out = []
    for m in body["messages"]:
        for part in m["content"] if isinstance(m["content"], list) else []:
            if part["type"] == "image_url":
                data = base64.b64decode(part["image_url"]["url"].split(",", 1)[1])
                out.append(cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR))
    return out


def test_chat_url_forms():
    assert chat_url("http://h:8000/v1") == "http://h:8000/v1/chat/completions"
    assert chat_url("http://h:8000/") == "http://h:8000/v1/chat/completions"
    assert chat_url("https://h/v1/chat/completions") == "https://h/v1/chat/completions"
    with pytest.raises(InputError, match="http"):
        chat_url("h:8000")


def test_request_carries_the_resized_screenshot_and_the_answer_maps_back(replay_server):
    replay_server.answer(QWEN)
    d = policy(replay_server).decide(obs())
    req = replay_server.requests[0]
    assert req["path"] == "/v1/chat/completions" and req["body"]["model"] == "test-model"
    [img] = images_of(req["body"])
    assert img.shape[:2] == (728, 1288)  # smart_resized by us: the server resizes nothing
    assert "1288x728" in req["body"]["messages"][0]["content"]
    assert isinstance(d.action, Click)
    assert abs(d.action.target.x - 640) <= 1 and abs(d.action.target.y - 360) <= 1
    assert d.tokens_in == 1500 and d.tokens_out == 30 and d.raw == QWEN
    assert set(d.timings) == {"preprocess", "request", "parse"} and d.timings["request"] > 0
    assert d.extra["model_size"] == [1288, 728] and d.extra["attempts"] == 1 and d.extra["http_retries"] == 0


def test_malformed_answer_is_fed_back_once_then_accepted(replay_server):
    replay_server.answer("I would click the middle of the screen.", QWEN)
    d = policy(replay_server).decide(obs())
    assert isinstance(d.action, Click) and d.extra["attempts"] == 2
    assert d.extra["rejected"] == ["I would click the middle of the screen."]
    retry = replay_server.requests[1]["body"]["messages"]
    assert retry[-2] == {"role": "assistant", "content": "I would click the middle of the screen."}
    assert "could not be used" in retry[-1]["content"] and "computer_use" in retry[-1]["content"]
    assert d.tokens_in == 3000  # both attempts are counted


def test_malformed_twice_never_executes_and_fails_the_run(replay_server):
    replay_server.answer("Action: click(start_box='(99999,1)')", "no idea")
    screen = DryRun()
    pol = policy(replay_server, profile="ui-tars-1.5")
    r = Agent(pol, screen).run("click the middle")
    assert r.status == "error" and r.error_type == "ParseError"
    assert "could not be parsed after 2 attempts" in r.message and "no idea" in r.message
    assert screen.log == []  # nothing was executed


def test_transient_http_errors_are_retried_with_backoff(replay_server):
    replay_server.replies += [(503, {"error": {"message": "overloaded"}}), (429, {"error": "slow down"})]
    replay_server.answer(QWEN)
    d = policy(replay_server).decide(obs())
    assert isinstance(d.action, Click)
    assert d.extra["http_retries"] == 2
    assert d.extra["http_errors"] == ["HTTP 503: overloaded", "HTTP 429: slow down"]


def test_client_errors_are_not_retried_and_the_key_is_never_shown(replay_server, tmp_path, monkeypatch):
    monkeypatch.setenv("TP_TEST_KEY", SECRET)
    replay_server.replies.append((401, {"error": {"message": "invalid api key"}}))
    pol = policy(replay_server, api_key_env="TP_TEST_KEY")
    r = Agent(pol, DryRun(), out=tmp_path / "rec").run("click the middle")
    assert r.status == "error" and r.error_type == "BackendError"
    assert "HTTP 401: invalid api key" in r.message and SECRET not in r.message
    assert len(replay_server.requests) == 1
    assert replay_server.requests[0]["headers"]["Authorization"] == f"Bearer {SECRET}"
    for f in (tmp_path / "rec").rglob("*"):
        if f.is_file():
            assert SECRET.encode() not in f.read_bytes(), f
    assert SECRET not in repr(pol.__dict__) or os.environ.get("TP_TEST_KEY") == SECRET  # read at request time only
    assert not any(SECRET in str(v) for v in vars(pol.client).values())


def test_unreachable_server_and_timeouts_fail_clearly(replay_server):
    replay_server.delay = 0.5
    replay_server.answer(QWEN, QWEN)
    with pytest.raises(BackendError, match=r"failed after 2 attempts: .*timed out"):
        policy(replay_server, timeout=0.1, retries=1).decide(obs())
    dead = OpenAIPolicy("http://127.0.0.1:9/v1", "m", "json", retries=1, backoff=0.01, timeout=1)
    with pytest.raises(BackendError, match="failed after 2 attempts"):
        dead.decide(obs())


def test_non_json_and_empty_answers_are_backend_errors(replay_server):
    replay_server.replies += [(200, b"<html>gateway</html>"), (200, {"choices": []})]
    with pytest.raises(BackendError, match="non-JSON"):
        policy(replay_server).decide(obs())
    with pytest.raises(BackendError, match="without choices"):
        policy(replay_server).decide(obs())


def test_history_keeps_text_and_the_last_screenshots(replay_server):
    pol = policy(replay_server, profile="ui-tars-1.5")
    for step in range(1, 8):
        replay_server.answer(f"Thought: step {step}\nAction: hotkey(key='a')")
        hist = [{"step": i, "error": "boom" if i == 3 else None} for i in range(1, step)]
        d = pol.decide(obs(step, history=hist))
        assert d.action == Key(keys=["a"])
    body = replay_server.requests[-1]["body"]
    assert len(images_of(body)) == 5
    assistants = [m["content"] for m in body["messages"] if m["role"] == "assistant"]
    assert assistants == [f"Thought: step {i}\nAction: hotkey(key='a')" for i in range(1, 7)]
    assert "The previous action failed: boom" in str(body["messages"])
    # a new task starts a new conversation
    replay_server.answer("Action: hotkey(key='b')")
    pol.decide(obs(1, task="another task"))
    assert sum(m["role"] == "assistant" for m in replay_server.requests[-1]["body"]["messages"]) == 0


def test_tool_calls_and_reasoning_fields_are_read():
    args = '{"action": "left_click", "coordinate": [1, 2]}'
    msg = {"content": None, "reasoning_content": "red box",
           "tool_calls": [{"type": "function", "function": {"name": "computer_use", "arguments": args}}]}
    text = message_text(msg)
    assert text.startswith("<think>red box</think>") and '"coordinate": [1, 2]' in text


def test_tool_call_answers_parse_through_the_policy(replay_server):
    replay_server.replies.append((200, {"choices": [{"message": {"role": "assistant", "content": "", "tool_calls": [
        {"id": "1", "type": "function", "function": {"name": "computer_use", "arguments":
                                                     '{"action": "left_click", "coordinate": [644, 364]}'}}]}}]}))
    d = policy(replay_server, profile="mimo-vl").decide(obs())
    assert isinstance(d.action, Click) and d.tokens_in is None


def test_parse_error_type_is_an_input_error():
    assert issubclass(ParseError, InputError)
    e = ParseError("no action call found", "blah", "click(start_box='(x,y)')")
    assert "blah" in str(e) and "expected click" in str(e)


def test_completion_helper_shape():
    assert completion("x")["choices"][0]["message"]["content"] == "x"
