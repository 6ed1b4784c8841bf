"""Scenarios: the recorded format, replay without a model (self-healing), checks, reports, export.

    from tilepilot.replay import replay, load
    result = replay("scenarios/web/login", variant="shifted")
    print(result.summary())
"""

from __future__ import annotations

from typing import Any

_LAZY = {
    "replay": "tilepilot.replay.replayer", "Replayer": "tilepilot.replay.replayer",
    "ReplayResult": "tilepilot.replay.replayer", "load": "tilepilot.replay.scenario",
    "Scenario": "tilepilot.replay.scenario", "edit": "tilepilot.replay.scenario",
    "write_report": "tilepilot.replay.report", "export_playwright": "tilepilot.replay.export",
    "record_browser": "tilepilot.replay.capture", "Recorder": "tilepilot.replay.recorder",
}
__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:  # imported on first use: `import tilepilot` stays light
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'tilepilot.replay' has no attribute {name!r}")
