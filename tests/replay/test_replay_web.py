"""Replays with no model on real Chromium: the example scenarios pass on their apps and heal on the
shifted variants (moved layout, renamed classes, a reworded label); --update; divergence; the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tilepilot.replay.replayer import replay

pytestmark = [pytest.mark.browser, pytest.mark.ocr]
ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = ROOT / "scenarios"


@pytest.mark.parametrize("app", ["login", "todo", "settings", "table", "checkout"])
def test_replay_passes_on_the_app_and_heals_on_the_shifted_variant(app, shared_browser, ocr_engine):
    folder = SCENARIOS / "web" / app
    r = replay(folder, variant="original", screen=shared_browser, ocr=ocr_engine)
    assert r.ok, r.summary()
    assert r.target_steps >= 3 and r.healed_steps == 0
    assert all(f["how"] == "position" for s in r.steps for f in s.found.values())
    assert all(c.ok for c in r.all_checks()) and r.all_checks()

    r = replay(folder, variant="shifted", screen=shared_browser, ocr=ocr_engine)
    assert r.ok, r.summary()
    assert "/shifted/" in shared_browser.url
    assert r.healed_steps == r.target_steps  # every target moved, every one was found again
    hows = {f["how"] for s in r.steps for f in s.found.values()}
    assert hows <= {"text", "template"}


def test_update_writes_healed_positions_back(scenario_copy, shared_browser, ocr_engine):
    d = scenario_copy("todo")
    before = [json.loads(x) for x in (d / "steps.jsonl").read_text().splitlines()]
    r = replay(d, variant="shifted", screen=shared_browser, ocr=ocr_engine, update=True)
    assert r.ok and r.updated, r.summary()
    after = [json.loads(x) for x in (d / "steps.jsonl").read_text().splitlines()]
    t0, t1 = before[3]["targets"]["target"], after[3]["targets"]["target"]
    assert t1["healed"]["how"] == "template" and (t1["x"], t1["y"]) != (t0["x"], t0["y"])
    assert after[3]["points"]["target"]["x"] == t1["x"]
    r = replay(d, variant="shifted", screen=shared_browser, ocr=ocr_engine)
    assert r.ok and r.healed_steps == 0, r.summary()  # now found where --update put them


def test_divergence_says_what_healing_tried(scenario_copy, shared_browser, ocr_engine, tmp_path):
    d = scenario_copy("settings")
    login = json.loads((SCENARIOS / "web" / "login" / "run.json").read_text())["start"]["path"]
    meta = json.loads((d / "run.json").read_text())
    meta["start"]["variants"]["wrong"] = login  # the settings scenario on the login page
    (d / "run.json").write_text(json.dumps(meta))
    r = replay(d, variant="wrong", screen=shared_browser, ocr=ocr_engine, find_timeout=0.5, out=tmp_path / "out")
    assert not r.ok and r.steps[0].error
    msg = r.message
    assert msg.startswith("step 1 (click (601, 171) frame): target not found after 0.5s; healing tried:"), msg
    assert "recorded position" in msg and "template match" in msg
    assert r.actual is not None and (tmp_path / "out" / "steps.jsonl").is_file()


def _cli(*args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    import os

    env = {**os.environ, "LOGIN_PASSWORD": "hunter2", "COLUMNS": "200", **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "tilepilot.agent.cli", *args], capture_output=True, text=True,
                          timeout=180, cwd=ROOT, env=env)


def test_cli_exit_codes_variables_and_failing_check(scenario_copy, tmp_path, chromium):
    # 2: bad input (an unknown version), before any browser starts
    bad = scenario_copy("table")
    meta = json.loads((bad / "run.json").read_text())
    (bad / "run.json").write_text(json.dumps({**meta, "version": 7}))
    p = _cli("replay", str(bad))
    assert p.returncode == 2 and "unknown scenario version 7" in p.stderr, p.stdout + p.stderr
    # 0: passes, with a variable given on the command line (the welcome text follows it)
    p = _cli("replay", str(SCENARIOS / "web" / "login"), "--var", "user=grace", "--out", str(tmp_path / "ok"))
    assert p.returncode == 0, p.stdout + p.stderr
    assert "Welcome, grace" in p.stdout and "passed" in p.stdout
    steps = (tmp_path / "ok" / "steps.jsonl").read_text()
    assert "hunter2" not in steps
    # 1: a check fails
    d = scenario_copy("login")
    meta = json.loads((d / "run.json").read_text())
    meta["checks"].append({"kind": "text", "text": "You have 99 new messages", "timeout": 0})
    (d / "run.json").write_text(json.dumps(meta))
    p = _cli("replay", str(d))
    assert p.returncode == 1, p.stdout + p.stderr
    assert "final check failed: text 'You have 99 new messages' visible" in " ".join(p.stdout.split())
    # 2: a secret that is not set
    p = _cli("replay", str(SCENARIOS / "web" / "login"), env_extra={"LOGIN_PASSWORD": ""})
    assert p.returncode == 2 and "LOGIN_PASSWORD" in p.stderr, p.stdout + p.stderr


class _PointsAt:
    """A stand-in for a VLM: it answers every request with a click on one text it was told about, and keeps
    the tasks it was asked (the thing under test is the replayer's last healing step, not this policy)."""

    name = "points-at"

    def __init__(self, text: str):
        self.text = text
        self.tasks: list[str] = []

    def decide(self, observation):
        from tilepilot.actions.schema import Click, TextTarget
        from tilepilot.model.policy import Decision

        self.tasks.append(observation.task)
        return Decision(action=Click(target=TextTarget(text=self.text)))


def test_a_policy_is_asked_last_when_nothing_else_finds_the_target(scenario_copy, shared_browser, ocr_engine):
    d = scenario_copy("settings")
    login = json.loads((SCENARIOS / "web" / "login" / "run.json").read_text())["start"]["path"]
    meta = json.loads((d / "run.json").read_text())
    meta["start"]["variants"]["wrong"] = login
    (d / "run.json").write_text(json.dumps(meta))
    policy = _PointsAt("Username")
    r = replay(d, variant="wrong", screen=shared_browser, ocr=ocr_engine, find_timeout=0.5, policy=policy)
    first = r.steps[0]
    assert first.found["target"]["how"] == "policy", first.found
    assert "recorded position" in " ".join(first.found["target"]["tried"])
    assert first.ok and first.healed
    assert policy.tasks and policy.tasks[0].startswith("click")
    user = next(b for b in ocr_engine.read(shared_browser.capture().image) if b.text.strip() == "Username")
    x0, y0, x1, y1 = user.box
    assert x0 - 2 <= first.points["target"]["x"] <= x1 + 2 and y0 - 2 <= first.points["target"]["y"] <= y1 + 2
