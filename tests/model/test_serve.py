"""``tilepilot serve`` in front of the rules policy, driven over real HTTP by the openai policy through an Agent on
a real Chromium page."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request

import numpy as np
import pytest

from tilepilot import Agent, Browser
from tilepilot.model.openai_policy import OpenAIPolicy
from tilepilot.model.profiles import get_profile
from tilepilot.model.rules import RulesPolicy
from tilepilot.model.serve import PolicyServer, observation_from_request, start_in_thread


@pytest.fixture
def served(ocr_engine):
    srv = PolicyServer(RulesPolicy(), "127.0.0.1", 0, ocr_engine=ocr_engine)
    start_in_thread(srv)
    yield srv
    srv.shutdown()
    srv.server_close()


def get(url: str):
    with urllib.request.urlopen(url, timeout=5) as r:
        return json.loads(r.read())


def post(url: str, body: bytes):
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"}, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=5) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


@pytest.mark.browser
def test_openai_policy_against_served_rules_clicks_the_target(served, web_server, chromium, ocr_engine):
    assert get(served.url + "/models")["data"][0]["id"] == "tilepilot-rules"
    pol = OpenAIPolicy(served.url, "tilepilot-rules", "json", backoff=0.01)
    with Browser(f"{web_server}/playground.html") as b:
        r = Agent(pol, b, ocr=ocr_engine, max_steps=4).run("click Target")
        events = b.page.evaluate("window.events")
    assert r.status == "done", r.message
    assert served.requests == 2
    click = r.steps[0]
    assert click.action["target"]["space"] == "frame"  # the server answered pixels; we mapped them back
    assert click.tokens_in and click.raw.startswith('{"thought"')
    assert events and events[0].startswith("click ") and events[0].endswith(" target"), events
    x, y = (int(v) for v in events[0].split()[1].split(","))
    assert 400 <= x < 480 and 250 <= y < 290


def test_bad_requests_get_clear_400s(served):
    url = served.url + "/chat/completions"
    status, body = post(url, b"not json")
    assert status == 400 and "error" in body
    status, body = post(url, json.dumps({"messages": [{"role": "user", "content": "Task: x"}]}).encode())
    assert status == 400 and "no image" in body["error"]["message"]
    msg = {"role": "user", "content": [{"type": "image_url", "image_url": {"url": "http://example.com/a.png"}}]}
    status, body = post(url, json.dumps({"messages": [msg]}).encode())
    assert status == 400 and "data URLs" in body["error"]["message"]
    status, _ = post(served.url + "/nothing", b"{}")
    assert status == 404


def test_request_to_observation_reads_task_image_and_history():
    prep = get_profile("json").prepare(np.full((90, 160, 3), 9, np.uint8))
    msgs = get_profile("json").messages("press Enter", [], prep)
    msgs[1:1] = [{"role": "assistant", "content": "{}"},
                 {"role": "user", "content": [{"type": "text", "text": "The previous action failed: nope"}]}]
    o = observation_from_request({"messages": msgs})
    assert o.task == "press Enter" and o.frame.size == (160, 90) and o.step == 2
    assert o.history == [{"step": 1, "raw": "{}", "error": "nope"}]


def test_serve_command_starts_and_answers(tmp_path):
    proc = subprocess.Popen([sys.executable, "-m", "tilepilot.agent.cli", "serve", "--port", "0",
                             "--policy", "rules"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert "serving rules" in line, (line, proc.stderr.read() if proc.poll() is not None else "")
        url = line.split(" at ")[1].strip()
        t0 = time.monotonic()
        assert get(url + "/models")["data"][0]["id"] == "tilepilot-rules"
        assert time.monotonic() - t0 < 5
    finally:
        proc.terminate()
        proc.wait(5)
