"""``tilepilot batch``: tasks in parallel worker processes, each in its own real Chromium, results as JSONL."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tilepilot.agent.batch import load_tasks, summary
from tilepilot.errors import InputError


def test_tasks_file_errors_name_the_line(tmp_path):
    f = tmp_path / "t.jsonl"
    f.write_text('{"task": "x", "url": "http://a"}\n\n{"task": "y"}\n')
    with pytest.raises(InputError, match=r"t.jsonl:3: .*url"):
        load_tasks(f)
    f.write_text('{"task": "x", "url": "http://a"}\n{"task": "y", "url": "http://b", "id": "b"}\n')
    assert [t.id for t in load_tasks(f)] == ["task-1", "b"]
    with pytest.raises(InputError, match="does not exist"):
        load_tasks(tmp_path / "missing.jsonl")
    assert summary([], 0.0)["tasks"] == 0


@pytest.mark.browser
def test_batch_runs_tasks_in_parallel_workers(tmp_path, web_server, chromium):
    tasks = tmp_path / "tasks.jsonl"
    page = f"{web_server}/playground.html"
    tasks.write_text("\n".join(json.dumps(t) for t in [
        {"id": "scroll", "task": "scroll down 5", "url": page},
        {"id": "bad", "task": "sing a song", "url": page},
        *({"id": f"s{i}", "task": "scroll down 1", "url": page} for i in range(3)),
    ]) + "\n")
    results = tmp_path / "results.jsonl"
    proc = subprocess.run([sys.executable, "-m", "tilepilot.agent.cli", "batch", str(tasks), "--workers", "2",
                           "--policy", "rules",
                           "--results", str(results)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stderr  # one task cannot succeed
    rows = {r["id"]: r for r in map(json.loads, results.read_text().splitlines())}
    assert rows["scroll"]["ok"] and rows["scroll"]["steps"] == 2
    assert rows["bad"]["status"] == "failed" and "cannot understand" in rows["bad"]["message"]
    assert all(rows[f"s{i}"]["ok"] for i in range(3))
    # one Chromium per worker process, a fresh context per task: at most 2 (process, browser) pairs for 5 tasks
    assert 1 <= len({r["worker"] for r in rows.values()}) <= 2
    last = json.loads(proc.stdout.strip().splitlines()[-1])
    assert last["tasks"] == 5 and last["succeeded"] == 4 and last["success_rate"] == 0.8
