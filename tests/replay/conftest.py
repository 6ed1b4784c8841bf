"""Fixtures for scenario tests: one Chromium reused across replays, the example scenarios' secrets."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = ROOT / "scenarios"
WEB_APPS = ["login", "todo", "settings", "table", "checkout"]


@pytest.fixture(autouse=True)
def _login_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGIN_PASSWORD", "hunter2")  # the demo login app's password, read by its scenario


@pytest.fixture(scope="module")
def shared_browser(chromium):
    """One headless Chromium per test module (each replay navigates to its start page). Module scope: a sync
    Playwright owns its thread, and later modules start their own browsers."""
    from tilepilot.actions.browser import Browser

    with Browser(None, allow_domains=["127.0.0.1"]) as b:
        yield b


@pytest.fixture
def scenario_copy(tmp_path: Path):
    """A scratch copy of an example scenario (for --update and for breaking it on purpose); it keeps
    serving the example apps."""

    def make(name: str, kind: str = "web") -> Path:
        dest = tmp_path / kind / name
        shutil.copytree(SCENARIOS / kind / name, dest)
        import json

        meta = json.loads((dest / "run.json").read_text())
        if meta.get("start", {}).get("serve"):
            meta["start"]["serve"] = str(SCENARIOS / "apps" / "web")
        if meta.get("start", {}).get("command"):
            meta["start"]["command"] = [str(SCENARIOS / "apps" / "tk_form.py") if a.endswith("tk_form.py") else a
                                        for a in meta["start"]["command"]]
        (dest / "run.json").write_text(json.dumps(meta, indent=2))
        return dest

    return make
