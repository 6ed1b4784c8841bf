"""Shared fixtures: a real HTTP server on 127.0.0.1 serving scenarios/apps/web, and a real Xvfb display."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WEB = ROOT / "scenarios" / "apps" / "web"


class _QuietHandler(SimpleHTTPRequestHandler):
    """Serves the apps; ``/slow/PATH`` serves PATH a second late (a slow server)."""

    def do_GET(self) -> None:  # noqa: N802 - the http.server name
        if self.path.startswith("/slow/"):
            time.sleep(1.0)
            self.path = self.path[len("/slow"):]
        super().do_GET()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def web_server() -> str:
    """Base URL of a real HTTP server on 127.0.0.1 serving the bundled web apps."""
    handler = functools.partial(_QuietHandler, directory=str(WEB))
    srv = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()


def _need(tool: str, why: str) -> None:
    if shutil.which(tool) is None:
        msg = f"{tool} is not installed ({why}); run scripts/setup.sh"
        if os.environ.get("CI"):
            pytest.fail(msg)
        pytest.skip(msg)


@pytest.fixture(scope="session")
def xvfb(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A real X display (Xvfb 1920x1080) started for the test session; returns its name, e.g. ':99'."""
    _need("Xvfb", "desktop tests need a virtual X display")
    n = 99
    while Path(f"/tmp/.X{n}-lock").exists() or Path(f"/tmp/.X11-unix/X{n}").exists():
        n += 1
    display = f":{n}"
    auth = tmp_path_factory.mktemp("x") / "Xauthority"
    auth.touch()
    proc = subprocess.Popen(["Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        if Path(f"/tmp/.X11-unix/X{n}").exists():
            break
        if proc.poll() is not None:
            pytest.fail(f"Xvfb {display} exited with code {proc.returncode}")
        time.sleep(0.05)
    old = {k: os.environ.get(k) for k in ("DISPLAY", "XAUTHORITY")}
    os.environ["DISPLAY"] = display
    os.environ["XAUTHORITY"] = str(auth)
    yield display
    proc.terminate()
    proc.wait(5)
    for k, v in old.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


@pytest.fixture(scope="session")
def ocr_engine():
    """One OCR engine for the whole session (its per-tile cache is part of what is tested elsewhere)."""
    from tilepilot.perception.ocr import OcrEngine

    return OcrEngine()


@pytest.fixture(scope="session")
def chromium() -> str:
    _need("chromium", "browser tests drive Debian's Chromium")
    return shutil.which("chromium")
