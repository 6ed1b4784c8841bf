"""Script files and the plain-words (rules) policy, without a screen."""

from __future__ import annotations

import pytest

from tilepilot.actions.schema import Click, Done, Drag, Key, Navigate, Point, Scroll, TextTarget, Type, Wait
from tilepilot.errors import InputError
from tilepilot.model.rules import RulesPolicy, parse_clause, split_clauses
from tilepilot.model.script import load_script, parse_script


def test_short_and_full_forms():
    s = parse_script(
        "url: http://127.0.0.1:8000/form.html\nsteps:\n"
        "  - click: Save changes\n  - click: {x: 10, y: 20}\n  - click: [30, 40]\n"
        "  - type: {into: Name, text: bob, clear: true}\n  - key: ctrl+a\n  - scroll: down\n"
        "  - drag: {from: [1, 2], to: Trash}\n  - wait: 0.5\n  - navigate: http://127.0.0.1/x\n"
        "  - {action: click, target: {text: OK, nth: 2}}\n  - done\n"
    )
    assert s.url == "http://127.0.0.1:8000/form.html"
    assert s[0] == Click(target=TextTarget(text="Save changes"))
    assert s[1] == s[2].model_copy(update={"target": Point(x=10, y=20)})
    assert s[3] == Type(text="bob", into=TextTarget(text="Name"), clear=True)
    assert s[4] == Key(keys=["Control", "a"]) and s[5] == Scroll(direction="down")
    assert s[6] == Drag(start=Point(x=1, y=2), end=TextTarget(text="Trash"))
    assert s[7] == Wait(seconds=0.5) and s[8] == Navigate(url="http://127.0.0.1/x")
    assert s[9].target.nth == 2 and s[10] == Done()


def test_json_scripts_get_line_numbers_too(tmp_path):
    p = tmp_path / "flow.json"
    p.write_text('[\n {"click": "Save"},\n {"type": {"into": "Name"}}\n]')
    with pytest.raises(InputError, match=r"flow.json line 3 \(step 2\): type.text: Field required"):
        load_script(p)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("steps: 3", "line 1: expected a list of steps"),
        ("url: x", "expected a 'steps' list"),
        ("- {click: a, type: b}", "expected exactly one action per step"),
        ("- 42", "expected a mapping"),
        ("- drag: [1, 2]", "drag expects {from: ..., to: ...}"),
        ("- wait: soon", "wait cannot take 'soon'"),
    ],
)
def test_script_errors(text, message):
    with pytest.raises(InputError, match="flow.yaml") as e:
        parse_script(text, "flow.yaml")
    assert message in str(e.value)


def test_clauses_respect_quotes():
    assert split_clauses('click "Yes, please" and then type bob. Press Enter') == [
        'click "Yes, please"', "type bob", "Press Enter"]


@pytest.mark.parametrize(
    ("clause", "action"),
    [
        ("Type bob into the Name field", Type(text="bob", into=TextTarget(text="Name"))),
        ("enter 'a b' in Email", Type(text="a b", into=TextTarget(text="Email"))),
        ("fill the Password field with {{secret:PW}}", Type(text="{{secret:PW}}", into=TextTarget(text="Password"))),
        ("press Save", Click(target=TextTarget(text="Save"))),
        ("press Enter", Key(keys=["Enter"])),
        ("hit ctrl+s", Key(keys=["Control", "s"])),
        ("click on the Sign in button", Click(target=TextTarget(text="Sign in"))),
        ("scroll down 4 times", Scroll(direction="down", amount=4)),
        ("wait 2 seconds", Wait(seconds=2)),
        ("go to http://127.0.0.1:8000/a.html", Navigate(url="http://127.0.0.1:8000/a.html")),
    ],
)
def test_rules_clauses(clause, action):
    assert parse_clause(clause) == action


def test_rules_policy_fails_clearly_on_what_it_cannot_read():
    with pytest.raises(InputError, match="cannot understand 'frobnicate it'"):
        RulesPolicy().plan("click OK and frobnicate it")
