"""``tilepilot batch TASKS.jsonl --workers N``: many tasks in parallel against one model server.

Each line of the tasks file is a JSON object: ``{"task": "...", "url": "...", "id": "...", "max_steps": 20}``
(only ``task`` and ``url`` are required). Tasks run in N worker processes; each worker launches one Chromium and
runs each of its tasks in a fresh browser context of it (isolated cookies and storage, no launch per task). Every
result is appended to the results JSONL as soon as it is known (a killed batch keeps what finished).
"""

from __future__ import annotations

import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from tilepilot.errors import InputError


class BatchTask(BaseModel):
    model_config = ConfigDict(extra="forbid")

    task: str = Field(min_length=1)
    url: str = Field(min_length=1)
    id: str | None = None
    max_steps: int = Field(default=30, ge=1)


class TaskResult(BaseModel):
    id: str
    task: str
    status: str
    ok: bool
    steps: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    seconds: float = 0.0
    answer: str | None = None
    message: str | None = None
    worker: str = ""  # which worker process and browser ran it: "pid/browser-id"


def load_tasks(path: str | Path) -> list[BatchTask]:
    p = Path(path)
    if not p.is_file():
        raise InputError(f"tasks file {str(p)!r} does not exist; expected a JSONL file, one task per line")
    tasks = []
    for n, line in enumerate(p.read_text().splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            t = BatchTask.model_validate_json(line)
        except ValidationError as e:
            raise InputError(f"{p}:{n}: {e.errors()[0]['msg']} at {e.errors()[0]['loc']}; expected "
                             '{"task": "...", "url": "..."}') from None
        tasks.append(t if t.id else t.model_copy(update={"id": f"task-{n}"}))
    if not tasks:
        raise InputError(f"tasks file {str(p)!r} holds no tasks")
    return tasks


_WORKER: dict[str, Any] = {}  # per worker process: its Playwright and its one Chromium


def _worker_browser() -> Any:
    """This worker's Chromium, launched on first use and kept for all its tasks."""
    if "browser" not in _WORKER:
        from playwright.sync_api import sync_playwright

        from tilepilot.actions.browser import CHROMIUM_ARGS, find_chromium

        pw = sync_playwright().start()
        _WORKER["pw"] = pw
        _WORKER["browser"] = pw.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
    return _WORKER["browser"]


def run_one(task: BatchTask, options: dict[str, Any]) -> TaskResult:
    """Run one task in this process (a worker); errors become a failed result, never a crashed batch."""
    import os

    from tilepilot.agent.run import run

    t0 = time.monotonic()
    browser = None if options.get("cdp_url") else _worker_browser()
    worker = f"{os.getpid()}/{id(browser):x}"
    opts = dict(options)
    out = opts.pop("out", None)
    try:
        r = run(task.task, url=task.url, max_steps=task.max_steps,
                out=(Path(out) / str(task.id)) if out else None, browser=browser, **opts)
    except Exception as e:  # noqa: BLE001 - one broken task must not stop the others
        return TaskResult(id=str(task.id), task=task.task, status="error", ok=False, worker=worker,
                          seconds=round(time.monotonic() - t0, 3), message=f"{type(e).__name__}: {e}")
    return TaskResult(
        id=str(task.id), task=task.task, status=r.status, ok=r.ok, steps=len(r.steps),
        tokens_in=sum(s.tokens_in or 0 for s in r.steps), tokens_out=sum(s.tokens_out or 0 for s in r.steps),
        seconds=round(r.seconds, 3), answer=r.answer, message=r.message, worker=worker,
    )


def run_batch(tasks: list[BatchTask], results: str | Path, workers: int = 4,
              on_result: Any = None, **options: Any) -> list[TaskResult]:
    """Run ``tasks`` in ``workers`` processes; append each result to ``results`` (JSONL) as it completes."""
    if workers < 1:
        raise InputError(f"--workers {workers}: expected at least 1")
    out_path = Path(results)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    done: list[TaskResult] = []
    with out_path.open("a") as f, ProcessPoolExecutor(max_workers=min(workers, len(tasks))) as pool:
        futures = {pool.submit(run_one, t, options): t for t in tasks}
        for fut in as_completed(futures):
            res = fut.result()
            f.write(res.model_dump_json() + "\n")
            f.flush()
            done.append(res)
            if on_result:
                on_result(res)
    return done


def summary(results: list[TaskResult], seconds: float) -> dict[str, Any]:
    n = len(results)
    ok = sum(r.ok for r in results)
    return {
        "tasks": n, "succeeded": ok, "success_rate": round(ok / n, 3) if n else 0.0,
        "mean_steps": round(sum(r.steps for r in results) / n, 2) if n else 0.0,
        "tokens_in": sum(r.tokens_in for r in results), "tokens_out": sum(r.tokens_out for r in results),
        "mean_seconds_per_task": round(sum(r.seconds for r in results) / n, 2) if n else 0.0,
        "wall_seconds": round(seconds, 2),
    }


__all__ = ["BatchTask", "TaskResult", "load_tasks", "run_batch", "run_one", "summary"]
