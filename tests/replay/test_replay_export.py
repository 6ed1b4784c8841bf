"""`tilepilot export --to playwright`: the generated scripts run green, with plain pytest, on the same apps."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APPS = ["login", "todo", "settings", "table", "checkout"]


@pytest.mark.browser
def test_exported_scripts_run_green(web_server, chromium, tmp_path):
    for app in APPS:
        folder = ROOT / "scenarios" / "web" / app
        p = subprocess.run([sys.executable, "-m", "tilepilot.agent.cli", "export", str(folder),
                            "--to", "playwright", "--out", str(tmp_path / f"test_{app}.py")],
                           capture_output=True, text=True, timeout=60, cwd=ROOT)
        assert p.returncode == 0, p.stderr
        ast.parse((tmp_path / f"test_{app}.py").read_text())
    from tilepilot.replay.export import export_playwright

    coords = export_playwright(ROOT / "scenarios" / "web" / "table", locators="coordinates")
    assert "get_by_text" not in coords.split("def test_")[1].replace("click(page, None", "")
    (tmp_path / "test_table_by_coordinates.py").write_text(coords.replace("def test_table", "def test_table_xy"))
    env = {**os.environ, "TILEPILOT_BASE_URL": web_server, "LOGIN_PASSWORD": "hunter2"}
    p = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
                       capture_output=True, text=True, timeout=300, cwd=tmp_path, env=env)
    assert p.returncode == 0, p.stdout + p.stderr
    assert "6 passed" in p.stdout


def test_export_refuses_a_desktop_scenario():
    p = subprocess.run([sys.executable, "-m", "tilepilot.agent.cli", "export",
                        str(ROOT / "scenarios" / "desktop" / "tk_clear")], capture_output=True, text=True,
                       timeout=60, cwd=ROOT)
    assert p.returncode == 2 and "needs a web scenario" in p.stderr
    assert p.stderr.count("\n") == 1, p.stderr  # one line, however long the path: not wrapped at 80 columns
