"""Desktop scenarios on the Tk app under real Xvfb: the app is started by the scenario's own command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tilepilot.replay.replayer import replay

pytestmark = [pytest.mark.desktop, pytest.mark.ocr]
ROOT = Path(__file__).resolve().parents[2]


def test_desktop_scenario_replays_and_heals_when_the_window_moves(xvfb, ocr_engine, scenario_copy):
    r = replay(ROOT / "scenarios" / "desktop" / "tk_clear", display=xvfb, ocr=ocr_engine)
    assert r.ok, r.summary()
    assert [f["how"] for s in r.steps for f in s.found.values()] == ["position", "position"]
    # the same scenario with the window opened 150 px right and 100 px lower
    d = scenario_copy("tk_contact", "desktop")
    meta = json.loads((d / "run.json").read_text())
    cmd = meta["start"]["command"]
    cmd[cmd.index("--geometry") + 1] = "640x420+250+180"
    (d / "run.json").write_text(json.dumps(meta))
    r = replay(d, display=xvfb, ocr=ocr_engine)
    assert r.ok, r.summary()
    assert r.healed_steps == r.target_steps == 4
    assert "Saved: bob bob@example.com" in r.checks[0].detail
