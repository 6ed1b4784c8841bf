"""One self-contained HTML file for a run or a replay folder: every image is inlined (base64), nothing is
fetched. Per step: the screenshot with a marker where the step acted, the action, the model's raw output
and thought, tokens and timings, how a replay found its target, and the checks."""

from __future__ import annotations

import base64
import html
import json
from pathlib import Path
from typing import Any

from tilepilot.errors import InputError

CSS = """
body { font-family: system-ui, "DejaVu Sans", sans-serif; margin: 24px; background: #f6f7f9; color: #1d1f24; }
h1 { font-size: 22px; } .summary { margin-bottom: 18px; font-size: 15px; }
.ok { color: #18794e; } .bad { color: #c0262d; }
section.step { background: #fff; border: 1px solid #d9dce3; border-radius: 8px; padding: 14px 18px;
  margin-bottom: 18px; }
section.step.failed { border-color: #c0262d; }
section.step h2 { font-size: 17px; margin: 0 0 10px; }
.shot { position: relative; display: inline-block; max-width: 100%; line-height: 0; }
.shot img { max-width: 100%; width: 960px; border: 1px solid #ccc; }
.marker { position: absolute; width: 22px; height: 22px; margin: -11px 0 0 -11px; border: 3px solid #e5002b;
  border-radius: 50%; box-sizing: border-box; pointer-events: none; }
dl { display: grid; grid-template-columns: 130px 1fr; gap: 4px 12px; font-size: 14px; }
dt { color: #666; } dd { margin: 0; } pre { white-space: pre-wrap; margin: 0; font-size: 13px; }
ul.checks { margin: 0; padding-left: 18px; }
"""


def _img(path: Path) -> str | None:
    if not path.is_file():
        return None
    return "data:image/png;base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def _size(path: Path) -> tuple[int, int] | None:
    import cv2

    img = cv2.imread(str(path), cv2.IMREAD_UNCHANGED)
    return None if img is None else (int(img.shape[1]), int(img.shape[0]))


def _e(v: Any) -> str:
    return html.escape("" if v is None else str(v))


def _checks(checks: list[dict[str, Any]]) -> str:
    items = "".join(f'<li class="check {"ok" if c.get("ok") else "bad"}">{"✓" if c.get("ok") else "✗"} '
                    f'{_e(c.get("what"))} <small>{_e(c.get("detail"))}</small></li>' for c in checks)
    return f'<ul class="checks">{items}</ul>'


def render(folder: str | Path) -> str:
    d = Path(folder)
    try:
        meta = json.loads((d / "run.json").read_text(encoding="utf-8"))
        lines = (d / "steps.jsonl").read_text(encoding="utf-8").splitlines()
    except (OSError, json.JSONDecodeError) as e:
        raise InputError(f"report {d}: not a run or replay folder ({e})") from None
    steps = []
    for n, line in enumerate(lines, 1):
        try:
            steps.append(json.loads(line))
        except json.JSONDecodeError:
            if n < len(lines):
                raise InputError(f"{d / 'steps.jsonl'} line {n}: not valid JSON") from None
    is_replay = meta.get("kind") == "replay"
    title = ("Replay of " + str(meta.get("scenario"))) if is_replay else f"Run: {meta.get('task') or d.name}"
    status = meta.get("status", "?")
    good = status in ("done", "passed")
    parts = [f"<!doctype html><html><head><meta charset='utf-8'><title>{_e(title)}</title><style>{CSS}</style>"
             f"</head><body><h1>{_e(title)}</h1>",
             f'<div class="summary"><b class="{"ok" if good else "bad"}" id="status">{_e(status)}</b> · '
             f"{len(steps)} steps · {_e(meta.get('seconds'))} s"
             + (f" · {_e(meta.get('healed'))} healed" if is_replay else "")
             + (f"<br>{_e(meta.get('message'))}" if meta.get("message") else "") + "</div>"]
    for s in steps:
        parts.append(_step(d, s))
    if meta.get("checks"):
        parts.append(f'<section class="final"><h2>Final checks</h2>{_checks(meta["checks"])}</section>')
    parts.append("</body></html>")
    return "\n".join(parts)


def _step(d: Path, s: dict[str, Any]) -> str:
    failed = bool(s.get("error")) or s.get("ok") is False
    shot = d / s["screenshot"] if s.get("screenshot") else None
    body = []
    if shot is not None and (src := _img(shot)):
        size = _size(shot) or tuple(s.get("frame_size") or (1, 1))
        marks = "".join(
            f'<div class="marker" data-field="{_e(f)}" data-x="{p["x"]}" data-y="{p["y"]}" '
            f'style="left:{100 * p["x"] / size[0]:.3f}%;top:{100 * p["y"] / size[1]:.3f}%"></div>'
            for f, p in (s.get("points") or {}).items())
        body.append(f'<div class="shot"><img alt="step {s.get("index")}" src="{src}">{marks}</div>')
    rows = [("action", f"<pre>{_e(json.dumps(s.get('action'), ensure_ascii=False))}</pre>")]
    if s.get("thought"):
        rows.append(("thought", f"<pre>{_e(s['thought'])}</pre>"))
    if s.get("raw"):
        rows.append(("model output", f"<pre class='raw'>{_e(s['raw'])}</pre>"))
    if s.get("tokens_in") is not None or s.get("tokens_out") is not None:
        rows.append(("tokens", f"{_e(s.get('tokens_in'))} in / {_e(s.get('tokens_out'))} out"))
    if s.get("timings"):
        rows.append(("timings", ", ".join(f"{_e(k)} {1000 * float(v):.0f} ms" for k, v in s["timings"].items())))
    for f, info in (s.get("found") or {}).items():
        tried = "".join(f"<li>{_e(t)}</li>" for t in info.get("tried") or [])
        rows.append((f"{f} found by", f"<b class='how'>{_e(info.get('how'))}</b>"
                     + (f" (score {_e(info.get('score'))})" if info.get("score") is not None else "")
                     + (f"<ul>{tried}</ul>" if tried else "")))
    for f, t in (s.get("targets") or {}).items():
        if t.get("crop") and (src := _img(d / t["crop"])):
            rows.append((f"{f} target", f"{_e(t.get('text') or '')} <img class='crop' src='{src}' "
                         "style='max-height:48px;vertical-align:middle'>"))
    if s.get("checks"):
        rows.append(("checks", _checks(s["checks"])))
    if s.get("error"):
        rows.append(("error", f"<pre class='bad'>{_e(s['error'])}</pre>"))
    body.append("<dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows) + "</dl>")
    desc = _e(s.get("description") or s.get("action", {}).get("action"))
    return (f'<section class="step{" failed" if failed else ""}" data-index="{_e(s.get("index"))}">'
            f"<h2>Step {_e(s.get('index'))}: {desc}</h2>{''.join(body)}</section>")


def write_report(folder: str | Path, dest: str | Path | None = None) -> Path:
    out = Path(dest) if dest is not None else Path(folder) / "report.html"
    out.write_text(render(folder), encoding="utf-8")
    return out
