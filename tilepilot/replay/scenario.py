"""The scenario format (version 1): a folder a person can read, diff and edit.

    DIR/run.json        the start (URL + viewport + device scale factor, or a desktop command + display size),
                        variables with defaults, final checks, and what the recording run reported
    DIR/steps.jsonl     one JSON object per line: the action, the recorded target (point, OCR text, crop)
                        and the checks to run after the action
    DIR/step-NNNN.png   the frame each step acted on; DIR/target-NNNN-FIELD.png crops; DIR/check-*.png regions

See docs/scenarios.md. Loading errors name the file and the step at fault.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from tilepilot.errors import InputError

FORMAT = "tilepilot-scenario"
VERSIONS = (1,)
VAR = re.compile(r"\{\{\s*(?!secret:)([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
PLACEHOLDER_SECRET = re.compile(r"\{\{\s*secret:([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow")


class Start(_Model):
    """Where a replay begins. Web: ``url`` (or ``serve`` + ``path``: serve that folder, relative to the
    scenario, on 127.0.0.1 and open ``path``), ``viewport``, ``device_scale_factor``. Desktop: ``command``
    (argv; ``{python}`` is this interpreter, relative paths are relative to the scenario) and
    ``display_size``."""

    kind: Literal["browser", "desktop"] = "browser"
    url: str | None = None
    serve: str | None = None
    path: str | None = None
    variants: dict[str, str] = Field(default_factory=dict)  # name -> path under ``serve``
    viewport: tuple[int, int] = (1280, 720)
    device_scale_factor: float = 1.0
    command: list[str] | None = None
    display_size: tuple[int, int] | None = None
    ready_text: str | None = None  # desktop: wait until OCR sees this text after starting the command


class Target(_Model):
    """What a step acted on, as recorded: the point (frame pixels), the text that named it (a button's
    label, or the label of a field when ``via`` is ``label``), the text's box, and a crop image around it."""

    x: float
    y: float
    text: str | None = None
    via: Literal["text", "label"] = "text"
    text_box: tuple[float, float, float, float] | None = None
    crop: str | None = None  # file name in the scenario folder
    crop_box: tuple[int, int, int, int] | None = None  # where the crop was cut, frame pixels


class Check(_Model):
    """One assertion. ``kind``: ``text`` (OCR sees ``text``; ``present: false`` for absent), ``url``
    (``equals`` or ``matches`` a regex), ``selector`` (web: ``selector`` with ``state`` exists / visible /
    hidden, optional ``text`` / ``value``), ``region`` (``box`` in frame pixels looks like ``image`` within
    ``tolerance``; ``anywhere: true`` searches the whole frame)."""

    kind: Literal["text", "url", "selector", "region"]
    text: str | None = None
    present: bool = True
    equals: str | None = None
    matches: str | None = None
    selector: str | None = None
    state: Literal["exists", "visible", "hidden"] = "visible"
    value: str | None = None
    box: tuple[int, int, int, int] | None = None
    image: str | None = None
    tolerance: float = 0.05
    anywhere: bool = False
    timeout: float = 3.0


class Step(_Model):
    index: int
    action: dict[str, Any]
    description: str = ""
    points: dict[str, dict[str, float]] = Field(default_factory=dict)
    targets: dict[str, Target] = Field(default_factory=dict)
    checks: list[Check] = Field(default_factory=list)
    screenshot: str | None = None
    url: str | None = None
    frame_size: tuple[int, int] | None = None
    scale: float = 1.0


class Scenario(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    dir: Path
    meta: dict[str, Any]
    start: Start
    steps: list[Step]
    checks: list[Check] = Field(default_factory=list)
    variables: dict[str, str] = Field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.dir.name

    @property
    def markers(self) -> list[str]:
        return [str(m) for m in self.meta.get("markers", [])]


def is_scenario(folder: str | Path) -> bool:
    p = Path(folder)
    return (p / "run.json").is_file() and (p / "steps.jsonl").is_file()


def _where(path: Path, line: int | None = None, step: int | None = None) -> str:
    s = str(path)
    if line is not None:
        s += f" line {line}"
    if step is not None:
        s += f" (step {step})"
    return s


def _explain(e: ValidationError) -> str:
    err = e.errors()[0]
    loc = ".".join(str(p) for p in err["loc"])
    return f"{loc}: {err['msg']}" if loc else err["msg"]


def load(folder: str | Path) -> Scenario:
    """Read and validate a scenario folder; every referenced image must exist."""
    d = Path(folder)
    run_path, steps_path = d / "run.json", d / "steps.jsonl"
    if not d.is_dir():
        raise InputError(f"scenario {d}: not a folder")
    for p in (run_path, steps_path):
        if not p.is_file():
            raise InputError(f"scenario {d}: {p.name} is missing; expected run.json and steps.jsonl")
    try:
        meta = json.loads(run_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise InputError(f"{_where(run_path, e.lineno)}: not valid JSON ({e.msg})") from None
    if not isinstance(meta, dict):
        raise InputError(f"{run_path}: expected a JSON object")
    if meta.get("format", FORMAT) != FORMAT:
        raise InputError(f"{run_path}: format {meta.get('format')!r} is not {FORMAT!r}")
    version = meta.get("version")
    if version not in VERSIONS:
        raise InputError(f"{run_path}: unknown scenario version {version!r}; this tilepilot reads "
                         f"version(s) {', '.join(map(str, VERSIONS))}")
    start_data = meta.get("start") or {"url": meta.get("start_url")}
    if meta.get("screen") == "desktop" and "start" not in meta:
        start_data = {"kind": "desktop"}
    try:
        start = Start.model_validate(start_data)
        checks = [Check.model_validate(c) for c in meta.get("checks", [])]
    except ValidationError as e:
        raise InputError(f"{run_path}: {_explain(e)}") from None
    steps: list[Step] = []
    for n, line in enumerate(steps_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"{_where(steps_path, n)}: not valid JSON ({e.msg} at column {e.colno})") from None
        try:
            step = Step.model_validate(raw)
        except ValidationError as e:
            idx = raw.get("index") if isinstance(raw, dict) else None
            raise InputError(f"{_where(steps_path, n, idx)}: {_explain(e)}") from None
        for name in _images(step):
            if not (d / name).is_file():
                raise InputError(f"{_where(steps_path, n, step.index)}: image {name} is missing from {d}")
        steps.append(step)
    if not steps:
        raise InputError(f"{steps_path}: no steps recorded")
    for c in checks:
        if c.image and not (d / c.image).is_file():
            raise InputError(f"{run_path}: check image {c.image} is missing from {d}")
    variables = {str(k): str(v) for k, v in (meta.get("variables") or {}).items()}
    return Scenario(dir=d, meta=meta, start=start, steps=steps, checks=checks, variables=variables)


def _images(step: Step) -> list[str]:
    names = [step.screenshot] if step.screenshot else []
    names += [t.crop for t in step.targets.values() if t.crop]
    names += [c.image for c in step.checks if c.image]
    return names


def substitute(text: str, variables: dict[str, str], where: str = "scenario") -> str:
    """Replace ``{{name}}`` placeholders; ``{{secret:NAME}}`` is left for the executor."""

    def one(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in variables:
            raise InputError(f"{where}: variable {{{{{name}}}}} has no value; pass --var {name}=VALUE")
        return variables[name]

    return VAR.sub(one, text)


def substitute_deep(data: Any, variables: dict[str, str], where: str) -> Any:
    if isinstance(data, str):
        return substitute(data, variables, where)
    if isinstance(data, list):
        return [substitute_deep(v, variables, where) for v in data]
    if isinstance(data, dict):
        return {k: substitute_deep(v, variables, where) for k, v in data.items()}
    return data


# writing ---------------------------------------------------------------------------------------------


def _atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, path)


def write_meta(folder: str | Path, meta: dict[str, Any]) -> None:
    _atomic(Path(folder) / "run.json", json.dumps(meta, indent=2, ensure_ascii=False, default=str))


def write_steps(folder: str | Path, steps: list[dict[str, Any]]) -> None:
    text = "".join(json.dumps(s, ensure_ascii=False, default=str) + "\n" for s in steps)
    _atomic(Path(folder) / "steps.jsonl", text)


def read_raw(folder: str | Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    d = Path(folder)
    meta = json.loads((d / "run.json").read_text(encoding="utf-8"))
    steps = [json.loads(x) for x in (d / "steps.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    return meta, steps


def edit(folder: str | Path, *, start: dict[str, Any] | None = None, variables: dict[str, str] | None = None,
         checks: list[dict[str, Any]] | None = None, step_checks: dict[int, list[dict[str, Any]]] | None = None,
         markers: list[str] | None = None) -> None:
    """Add what a recording run cannot know (how to start the app, variables, checks) to a scenario.
    Region checks without an ``image`` get one cut from the frame the check will see (the next step's
    screenshot, or the step's own for the final checks)."""
    d = Path(folder)
    meta, steps = read_raw(d)
    if start is not None:
        meta["start"] = start
    if variables is not None:
        meta["variables"] = variables
    if markers is not None:
        meta["markers"] = markers
    by_index = {s["index"]: i for i, s in enumerate(steps)}
    if checks is not None:
        meta["checks"] = [_with_image(d, c, steps[-1].get("screenshot"), f"check-final-{n}.png")
                          for n, c in enumerate(checks, 1)]
    for index, cs in (step_checks or {}).items():
        i = by_index[index]
        after = steps[i + 1].get("screenshot") if i + 1 < len(steps) else steps[i].get("screenshot")
        steps[i]["checks"] = [_with_image(d, c, after, f"check-{index:04d}-{n}.png") for n, c in enumerate(cs, 1)]
    write_meta(d, meta)
    write_steps(d, steps)


def _with_image(d: Path, check: dict[str, Any], shot: str | None, name: str) -> dict[str, Any]:
    if check.get("kind") != "region" or check.get("image"):
        return check
    if not shot or not check.get("box"):
        raise InputError(f"region check {check}: needs a box and a recorded screenshot to cut its image from")
    import cv2

    img = cv2.imread(str(d / shot), cv2.IMREAD_COLOR)
    x0, y0, x1, y1 = (int(v) for v in check["box"])
    cv2.imwrite(str(d / name), img[y0:y1, x0:x1])
    return {**check, "image": name}
