"""The loop on a dry-run screen: decisions are checked and logged, nothing is touched."""

from __future__ import annotations

import json

from tilepilot import Agent, DryRun, ScriptedPolicy, parse_script


def test_dry_run_logs_actions_and_refuses_out_of_frame(tmp_path):
    screen = DryRun(size=(640, 480))
    r = Agent(ScriptedPolicy(parse_script("- click: [10, 20]\n- key: Enter\n- click: [700, 5]\n")), screen,
              out=tmp_path / "rec").run("check")
    assert r.status == "failed" and "outside the screen" in r.message and "640x480" in r.message
    assert [json.loads(x)["action"] for x in screen.log] == ["click", "key"]
    assert [s.index for s in r.steps] == [1, 2, 3] and r.steps[2].error
    meta = json.loads((tmp_path / "rec" / "run.json").read_text())
    assert meta["status"] == "failed" and meta["steps"] == 3 and meta["screen"] == "dry-run"
