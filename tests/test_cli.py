"""The CLI as a user runs it: real processes, real Chromium, real files; exit codes 0 / 1 / 2."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tilepilot import Agent, Browser, ScriptedPolicy, parse_script
from tilepilot.actions.secrets import Secrets
from tilepilot.replay.recorder import read_steps

pytestmark = [pytest.mark.browser]
SECRET = "s3cr3t-Value-42"


def tp(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tilepilot.agent.cli", *args], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})})


def write(tmp_path: Path, name: str, text: str) -> str:
    p = tmp_path / name
    p.write_text(text)
    return str(p)


def test_done_exits_0_and_records_each_step(web_server, chromium, tmp_path):
    flow = write(tmp_path, "flow.yaml", "- type: {into: Name, text: bob}\n- click: Save changes\n- done: saved\n")
    out = tmp_path / "rec"
    r = tp("run", "--script", flow, "--url", f"{web_server}/form.html", "--out", str(out))
    assert r.returncode == 0, r.stdout + r.stderr
    assert "done after 3 steps" in r.stdout
    steps = read_steps(out)
    assert [s["index"] for s in steps] == [1, 2, 3]
    assert all((out / s["screenshot"]).stat().st_size > 1000 for s in steps)
    assert json.loads((out / "run.json").read_text())["status"] == "done"


def test_task_in_plain_words(web_server, chromium):
    r = tp("run", "Type bob into the Name field and press Save changes", "--url", f"{web_server}/form.html",
           "--policy", "rules")
    assert r.returncode == 0, r.stdout + r.stderr


def test_failure_and_step_limit_exit_1(web_server, chromium, tmp_path):
    flow = write(tmp_path, "f.yaml", "- click: [5000, 5]\n")
    r = tp("run", "--script", flow, "--url", f"{web_server}/form.html")
    assert r.returncode == 1 and "outside the screen" in r.stdout
    flow = write(tmp_path, "g.yaml", "- wait: 0\n- wait: 0\n- wait: 0\n")
    r = tp("run", "--script", flow, "--url", f"{web_server}/form.html", "--max-steps", "2")
    assert r.returncode == 1 and "step_limit" in r.stdout


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- click: Save\n- clik: Name\n", "line 2 (step 2): unknown action 'clik'; expected one of click"),
        ("- click: Save\n- type: {into: Name\n", "line 3: not valid YAML/JSON"),
        ('[{"click": "Save"},\n {"scroll": {"direction": "sideways"}}]', "line 2 (step 2): scroll.direction"),
        ("- key: ctrl+nokey\n", "line 1 (step 1): key.keys: unknown key 'nokey'"),
        ("", "the script is empty"),
    ],
)
def test_bad_script_exits_2_naming_the_line(tmp_path, text, expected):
    flow = write(tmp_path, "flow.yaml", text)
    r = tp("run", "--script", flow, "--url", "http://127.0.0.1:9/")
    assert r.returncode == 2, r.stdout + r.stderr
    assert expected in " ".join(r.stderr.split()), r.stderr
    assert "Traceback" not in r.stderr


def test_bad_usage_exits_2(tmp_path):
    assert tp("run", "x").returncode == 2  # no screen
    r = tp("run", "--script", str(tmp_path / "missing.yaml"), "--url", "http://127.0.0.1:9/")
    assert r.returncode == 2 and "cannot read it" in r.stderr
    r = tp("run", "x", "--url", "not a url")
    assert r.returncode == 2 and "is not a URL a browser can open" in r.stderr
    r = tp("run", "x", "--url", "http://127.0.0.1:9/", "--policy", "nope")
    assert r.returncode == 2 and "unknown policy 'nope'" in r.stderr
    assert tp("run", "x", "--url", "http://127.0.0.1:9/", "--max-steps", "0").returncode == 2


def test_unreachable_url_exits_2(chromium):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    r = tp("run", "click Save", "--url", f"http://127.0.0.1:{port}/")
    assert r.returncode == 2 and "connection refused" in r.stderr and "Traceback" not in r.stderr


def test_missing_secret_exits_2_before_the_run(web_server, tmp_path):
    flow = write(tmp_path, "f.yaml", "- type: {into: Password, text: '{{secret:NOPE_PW}}'}\n")
    r = tp("run", "--script", flow, "--url", f"{web_server}/form.html", env={"NOPE_PW": ""})
    assert r.returncode == 2 and "secret 'NOPE_PW' is not set" in r.stderr


def test_secrets_are_typed_but_never_written(web_server, chromium, tmp_path):
    """The secret reaches the page, but no log line, recording, report or output holds it."""
    flow = ("- type: {into: Password, text: '{{secret:PW}}'}\n- type: {into: City, text: 'x{{secret:PW}}'}\n"
            "- click: Save changes\n")
    out = tmp_path / "rec"
    env = {"TILEPILOT_SECRET_PW": SECRET}
    with Browser(f"{web_server}/form.html", secrets=Secrets(env)) as b:
        r = Agent(ScriptedPolicy(parse_script(flow)), b, out=out).run("log in")
        assert r.status == "done", r.message
        saved = b.page.evaluate("window.saved")
    assert saved["password"] == SECRET and saved["city"] == "x" + SECRET
    assert SECRET not in r.model_dump_json()
    cli = tp("run", "--script", write(tmp_path, "f.yaml", flow), "--url", f"{web_server}/form.html",
             "--out", str(tmp_path / "rec2"), env=env)
    assert cli.returncode == 0, cli.stdout + cli.stderr
    assert SECRET not in cli.stdout + cli.stderr
    for folder in (out, tmp_path / "rec2"):
        files = list(folder.iterdir())
        assert len(files) >= 5
        for f in files:
            assert SECRET.encode() not in f.read_bytes(), f
        assert "{{secret:PW}}" in (folder / "steps.jsonl").read_text()


def test_sigkill_mid_run_keeps_finished_steps(web_server, chromium, tmp_path):
    flow = write(tmp_path, "slow.yaml", "- wait: 0.3\n" * 40)
    out = tmp_path / "rec"
    proc = subprocess.Popen([sys.executable, "-m", "tilepilot.agent.cli", "run", "--script", flow, "--url",
                             f"{web_server}/form.html", "--out", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            if (out / "steps.jsonl").exists() and len((out / "steps.jsonl").read_text().splitlines()) >= 4:
                break
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    steps = read_steps(out)
    n = len(steps)
    assert n >= 4 and n < 40
    assert [s["index"] for s in steps] == list(range(1, n + 1))
    for s in steps:
        assert (out / s["screenshot"]).exists()
    assert json.loads((out / "run.json").read_text())["status"] == "running"


def test_schema_command_prints_the_action_union():
    r = tp("schema")
    assert r.returncode == 0
    schema = json.loads(r.stdout)
    assert set(schema["discriminator"]["mapping"]) >= {"click", "type", "key", "drag", "done", "ask_user"}
