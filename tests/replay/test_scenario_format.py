"""The scenario format: loading, errors that name the file and the step, variables; healing on real
recorded frames (no browser)."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
import pytest

from tilepilot.errors import InputError
from tilepilot.replay import scenario as sc
from tilepilot.replay.heal import Found, locate
from tilepilot.replay.replayer import parse_vars, rebaser

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"
WEB_APPS = ["login", "todo", "settings", "table", "checkout"]


@pytest.mark.parametrize("name", WEB_APPS)
def test_examples_load(name):
    s = sc.load(SCENARIOS / "web" / name)
    assert s.start.kind == "browser" and s.start.serve and set(s.start.variants) == {"original", "shifted"}
    assert s.steps[-1].action["action"] == "done"
    acting = [st for st in s.steps if st.points]
    assert acting and all(st.targets for st in acting)
    for st in acting:  # every target has a crop on disk and a crop box inside the frame
        for t in st.targets.values():
            assert (s.dir / t.crop).is_file()
            x0, y0, x1, y1 = t.crop_box
            assert 0 <= x0 < x1 <= 1280 and 0 <= y0 < y1 <= 720
    assert s.checks


def test_desktop_examples_load():
    for name in ("tk_contact", "tk_clear"):
        s = sc.load(SCENARIOS / "desktop" / name)
        assert s.start.kind == "desktop" and s.start.command and s.start.display_size == (1920, 1080)


def test_secret_never_stored():
    text = (SCENARIOS / "web" / "login" / "steps.jsonl").read_text()
    assert "hunter2" not in text and "{{secret:LOGIN_PASSWORD}}" in text
    assert "{{user}}" in text


def _copy(tmp_path: Path, name: str = "login") -> Path:
    import shutil

    d = tmp_path / name
    shutil.copytree(SCENARIOS / "web" / name, d)
    return d


def test_bad_json_line_names_file_line_and_step(tmp_path):
    d = _copy(tmp_path)
    lines = (d / "steps.jsonl").read_text().splitlines()
    lines[1] = lines[1][:40]
    (d / "steps.jsonl").write_text("\n".join(lines) + "\n")
    with pytest.raises(InputError, match=r"steps\.jsonl line 2: not valid JSON"):
        sc.load(d)


def test_invalid_step_names_the_step(tmp_path):
    d = _copy(tmp_path)
    lines = (d / "steps.jsonl").read_text().splitlines()
    step = json.loads(lines[2])
    step["targets"]["target"]["x"] = "left"
    lines[2] = json.dumps(step)
    (d / "steps.jsonl").write_text("\n".join(lines) + "\n")
    with pytest.raises(InputError, match=r"steps\.jsonl line 3 \(step 3\): targets\.target\.x"):
        sc.load(d)


def test_missing_image_names_file_and_step(tmp_path):
    d = _copy(tmp_path)
    (d / "target-0002-into.png").unlink()
    with pytest.raises(InputError, match=r"line 2 \(step 2\): image target-0002-into\.png is missing"):
        sc.load(d)


def test_unknown_version(tmp_path):
    d = _copy(tmp_path)
    meta = json.loads((d / "run.json").read_text())
    meta["version"] = 99
    (d / "run.json").write_text(json.dumps(meta))
    with pytest.raises(InputError, match=r"run\.json: unknown scenario version 99"):
        sc.load(d)


def test_not_a_scenario(tmp_path):
    with pytest.raises(InputError, match="run.json is missing"):
        sc.load(tmp_path)


def test_variables_and_vars_option():
    assert sc.substitute("hi {{ user }} {{secret:X}}", {"user": "ada"}) == "hi ada {{secret:X}}"
    with pytest.raises(InputError, match=r"variable \{\{who\}\} has no value; pass --var who=VALUE"):
        sc.substitute("{{who}}", {}, "step 1")
    assert parse_vars(["a=1", "b=x=y"]) == {"a": "1", "b": "x=y"}
    with pytest.raises(InputError, match="NAME=VALUE"):
        parse_vars(["oops"])


def test_rebase_follows_the_start_page():
    r = rebaser("http://127.0.0.1:1/checkout/cart.html", "http://127.0.0.1:2/checkout/shifted/cart.html")
    assert r("http://127.0.0.1:1/checkout/payment.html") == "http://127.0.0.1:2/checkout/shifted/payment.html"
    assert r("http://example.com/x") == "http://example.com/x"


def _rgb(path: Path) -> np.ndarray:
    return np.ascontiguousarray(cv2.imread(str(path))[:, :, ::-1])


def test_locate_position_then_template_on_a_moved_frame():
    """A recorded frame, and the same frame moved by (150, 90): the recorded position matches on the first,
    the template finds the moved target on the second (no OCR needed: the check box has no text)."""
    s = sc.load(SCENARIOS / "web" / "todo")
    st = next(st for st in s.steps if st.action["action"] == "click" and "x" in st.action["target"])
    t = st.targets["target"]
    img, crop = _rgb(s.dir / st.screenshot), _rgb(s.dir / t.crop)
    got = locate(img, t, crop, None)
    assert isinstance(got, Found) and got.how == "position" and (got.x, got.y) == (t.x, t.y)
    moved = np.full_like(img, 255)
    moved[90:, 150:] = img[:-90, :-150]
    got = locate(moved, t, crop, None)
    assert isinstance(got, Found) and got.how == "template", got
    assert abs(got.x - (t.x + 150)) <= 1 and abs(got.y - (t.y + 90)) <= 1
    assert "recorded position" in got.tried[0]


def test_locate_reports_what_it_tried():
    s = sc.load(SCENARIOS / "web" / "todo")
    st = next(st for st in s.steps if st.action["action"] == "click" and "x" in st.action["target"])
    t = st.targets["target"]
    blank = np.full((720, 1280, 3), 255, np.uint8)
    got = locate(blank, t, _rgb(s.dir / t.crop), None)
    assert isinstance(got, list) and len(got) == 2
    assert "recorded position" in got[0] and "template match" in got[1]
