"""The pytest plugin, run as a user would: `pytest scenarios/...` in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _pytest(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {**os.environ, "LOGIN_PASSWORD": "hunter2"}
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args], capture_output=True,
                          text=True, timeout=300, cwd=cwd, env=env)


def test_collects_scenarios_with_variants_and_markers():
    p = _pytest("--collect-only", "-q", "scenarios")
    assert p.returncode == 0, p.stdout + p.stderr
    items = [x for x in p.stdout.splitlines() if "run.json::" in x]
    assert len(items) == 12, p.stdout  # five web apps x (original, shifted) + two desktop scenarios
    assert "scenarios/web/login/run.json::shifted" in p.stdout
    assert "scenarios/desktop/tk_contact/run.json::replay" in p.stdout
    p = _pytest("--collect-only", "-q", "scenarios", "-m", "desktop")
    assert sum("run.json::" in x for x in p.stdout.splitlines()) == 2
    p = _pytest("--collect-only", "-q", "scenarios", "-m", "checkout", "--tilepilot-variant", "shifted")
    assert [x for x in p.stdout.splitlines() if "run.json::" in x] == ["scenarios/web/checkout/run.json::shifted"]


def test_project_test_run_does_not_collect_scenarios():
    p = _pytest("--collect-only", "-q", "tests/replay")
    assert p.returncode == 0 and "run.json" not in p.stdout


@pytest.mark.browser
def test_runs_a_scenario_and_reports_a_divergence(tmp_path, chromium):
    p = _pytest("-q", "scenarios/web/login", "--tilepilot-variant", "original")
    assert p.returncode == 0 and "1 passed" in p.stdout, p.stdout + p.stderr
    broken = tmp_path / "scenarios" / "broken_login"
    import shutil

    shutil.copytree(ROOT / "scenarios" / "web" / "login", broken)
    meta = json.loads((broken / "run.json").read_text())
    meta["start"]["serve"] = str(ROOT / "scenarios" / "apps" / "web")
    meta["start"]["variants"] = {"original": meta["start"]["path"]}
    (broken / "run.json").write_text(json.dumps(meta))
    lines = (broken / "steps.jsonl").read_text().splitlines()
    step = json.loads(lines[2])  # "click Sign in": make its target something that is on no screen
    step["action"]["target"]["text"] = "Launch rocket"
    import cv2

    crop = next(c["image"] for c in meta["checks"] if c["kind"] == "region")  # not on screen before sign-in
    h, w = cv2.imread(str(broken / crop)).shape[:2]
    step["targets"]["target"].update(text="Launch rocket", crop=crop, crop_box=[600, 500, 600 + w, 500 + h])
    lines[2] = json.dumps(step)
    (broken / "steps.jsonl").write_text("\n".join(lines) + "\n")
    out = tmp_path / "out"
    p = _pytest("-q", str(broken), "--tilepilot-retries", "1", "--tilepilot-out", str(out), cwd=tmp_path)
    text = p.stdout
    assert p.returncode == 1, text + p.stderr
    assert "diverged (attempts: 2)" in text
    assert "step 3: click 'Launch rocket'" in text
    assert "tried: recorded position" in text and "tried: OCR text 'Launch rocket': not on screen" in text
    assert (out / "broken_login-original-1" / "actual.png").is_file()
    assert (out / "broken_login-original-1" / "expected.png").is_file()
