"""Export a web scenario as a standalone pytest + Playwright script (plain code for a repository).

Text targets become Playwright locators (visible text, a field's label or placeholder), with the recorded
coordinates as the fallback; point targets stay coordinates. Checks become ``expect`` assertions (region
checks, which compare pixels, are left out with a comment). The base URL comes from
``TILEPILOT_BASE_URL`` (the folder the app is served from), else the recorded one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tilepilot.actions.keys import playwright_chord
from tilepilot.errors import InputError
from tilepilot.replay import scenario as sc

HEADER = '''"""{title}

Exported by `tilepilot export {folder} --to playwright`. Run: pytest {file}
Environment: TILEPILOT_BASE_URL (where the app is served; default {base!r}){secrets}.
"""

import os
import re
import shutil

import pytest
from playwright.sync_api import expect, sync_playwright

BASE_URL = os.environ.get("TILEPILOT_BASE_URL", {base!r}).rstrip("/")
START = BASE_URL + {path!r}
VARS = {variables!r}
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def v(text):
    """Fill {{{{name}}}} from VARS (or env TILEPILOT_VAR_name) and {{{{secret:NAME}}}} from the environment."""
    text = re.sub(r"\\{{\\{{\\s*secret:(\\w+)\\s*\\}}\\}}", lambda m: os.environ[m.group(1)], text)
    return re.sub(r"\\{{\\{{\\s*(\\w+)\\s*\\}}\\}}",
                  lambda m: os.environ.get("TILEPILOT_VAR_" + m.group(1), VARS.get(m.group(1), m.group(0))), text)


@pytest.fixture
def page():
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium") or None, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={{"width": {vw}, "height": {vh}}}, device_scale_factor={dsf})
        context.set_default_timeout(10000)
        yield context.new_page()
        browser.close()


def visible(locator):
    locator = locator.filter(visible=True)
    return locator.first if locator.count() else None


def click(page, text, x, y, count=1, button="left"):
    page.wait_for_load_state()
    target = visible(page.get_by_text(text, exact=True)) if text else None
    if text and target is None:
        target = visible(page.get_by_text(text))
    if target is not None:
        target.click(click_count=count, button=button)
    else:
        page.mouse.click(x, y, click_count=count, button=button)


def type_into(page, label, x, y, text):
    page.wait_for_load_state()
    field = None
    if label:
        field = visible(page.get_by_label(label)) or visible(page.get_by_placeholder(label))
    if field is not None:
        field.click()
    elif x is not None:
        page.mouse.click(x, y)
    page.keyboard.type(text)
'''


def _py(v: Any) -> str:
    return repr(v)


def export_playwright(folder: str | Path, locators: str = "text") -> str:
    s = sc.load(folder)
    if s.start.kind != "browser":
        raise InputError(f"{s.dir / 'run.json'}: export --to playwright needs a web scenario, not {s.start.kind}")
    if locators not in ("text", "coordinates"):
        raise InputError(f"--locators {locators}: expected text or coordinates")
    recorded = s.meta.get("start_url") or s.start.url or ""
    if s.start.serve and s.start.path and recorded.endswith(s.start.path):
        base, path = recorded[: -len(s.start.path)].rstrip("/"), "/" + s.start.path
    else:
        base, _, rest = recorded.rpartition("/")
        path = "/" + rest
    secrets = sorted({n for st in s.steps for n in sc.PLACEHOLDER_SECRET.findall(str(st.action))})
    name = "".join(c if c.isalnum() else "_" for c in s.name).strip("_") or "scenario"
    code = [HEADER.format(title=f"Scenario {s.name}: {s.meta.get('task') or ''}".strip(), folder=s.dir,
                          file=f"test_{name}.py", base=base, path=path, variables=s.variables,
                          secrets="".join(f", {n}" for n in secrets), vw=s.start.viewport[0],
                          vh=s.start.viewport[1], dsf=s.start.device_scale_factor),
            "", f"def test_{name}(page):", "    page.goto(START)"]
    use_text = locators == "text"
    for st in s.steps:
        code += [f"    # step {st.index}: {st.description}".rstrip()]
        code += [f"    {line}" for line in _step(st, base, use_text)]
        code += [f"    {line}" for c in st.checks for line in _check(c, base)]
    code += [f"    {line}" for c in s.checks for line in _check(c, base)]
    return "\n".join(code) + "\n"


def _url(u: str, base: str) -> str:
    return f"BASE_URL + {u[len(base):]!r}" if base and u.startswith(base) else repr(u)


def _xy(st: sc.Step, f: str) -> tuple[float | None, float | None]:
    p = st.points.get(f)
    return (p["screen_x"], p["screen_y"]) if p else (None, None)


def _step(st: sc.Step, base: str, use_text: bool) -> list[str]:
    a = st.action
    kind = a["action"]

    def text_of(f: str) -> str | None:
        t = a.get(f)
        return t.get("text") if use_text and isinstance(t, dict) else None

    if kind in ("click", "double_click", "right_click"):
        x, y = _xy(st, "target")
        extra = ", count=2" if kind == "double_click" else ", button='right'" if kind == "right_click" else ""
        txt = text_of("target")
        return [f"click(page, {'v(' + _py(txt) + ')' if txt else 'None'}, {x}, {y}{extra})"]
    if kind == "type":
        lines = []
        if a.get("into") is not None:
            x, y = _xy(st, "into")
            lbl = text_of("into")
            lines.append(f"type_into(page, {_py(lbl)}, {x}, {y}, v({_py(a['text'])}))")
        else:
            lines.append(f"page.keyboard.type(v({_py(a['text'])}))")
        if a.get("submit"):
            lines.append("page.keyboard.press('Enter')")
        return lines
    if kind == "key":
        return [f"page.keyboard.press({_py(playwright_chord(a['keys']))})"]
    if kind == "scroll":
        x, y = _xy(st, "target")
        n = 100 * int(a.get("amount", 3))
        d = a.get("direction", "down")
        dx, dy = {"down": (0, n), "up": (0, -n), "right": (n, 0), "left": (-n, 0)}[d]
        move = [f"page.mouse.move({x}, {y})"] if x is not None else []
        return [*move, f"page.mouse.wheel({dx}, {dy})"]
    if kind == "move":
        x, y = _xy(st, "target")
        return [f"page.mouse.move({x}, {y})"]
    if kind == "drag":
        (x0, y0), (x1, y1) = _xy(st, "start"), _xy(st, "end")
        return [f"page.mouse.move({x0}, {y0})", "page.mouse.down()", f"page.mouse.move({x1}, {y1}, steps=8)",
                "page.mouse.up()"]
    if kind == "wait":
        return [f"page.wait_for_timeout({int(1000 * float(a.get('seconds', 1)))})"]
    if kind == "navigate":
        return [f"page.goto({_url(a['url'], base)})"]
    return []  # done / fail / ask_user


def _check(c: sc.Check, base: str) -> list[str]:
    if c.kind == "text":
        verb = "to_contain_text" if c.present else "not_to_contain_text"
        return [f"expect(page.locator('body')).{verb}(v({_py(c.text)}))"]
    if c.kind == "url":
        if c.equals is not None:
            return [f"expect(page).to_have_url({_url(c.equals, base)})"]
        return [f"expect(page).to_have_url(re.compile({_py(c.matches)}))"]
    if c.kind == "selector":
        loc = f"page.locator({_py(c.selector)}).first"
        out = [f"expect({loc}).{'to_be_hidden' if c.state == 'hidden' else 'to_be_visible'}()"
               if c.state != "exists" else f"expect({loc}).to_be_attached()"]
        if c.text is not None:
            out.append(f"expect({loc}).to_contain_text(v({_py(c.text)}))")
        if c.value is not None:
            out.append(f"expect({loc}).to_have_value(v({_py(c.value)}))")
        return out
    return [f"# region check {list(c.box or [])} ~ {c.image}: compares pixels, not exported"]
