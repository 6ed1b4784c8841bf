"""Replay a scenario with no model: settle, find each target (healing if the layout moved), act, check.

    result = replay("scenarios/web/login", url=None, update=False, out="replay-out")

A replay writes (with ``out``) a folder of the same shape as a recording: run.json (kind ``replay``),
steps.jsonl (per step: how its target was found, what healing tried, the checks) and the frames, which
``tilepilot report`` turns into HTML.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from pydantic import BaseModel, Field

from tilepilot.actions import coords
from tilepilot.actions.schema import TERMINAL, Point, TextTarget, Type, describe, parse_action
from tilepilot.actions.secrets import PLACEHOLDER, Secrets
from tilepilot.errors import InputError, ScreenError, TilepilotError
from tilepilot.perception.frame import Frame
from tilepilot.perception.settle import SettleConfig, wait_settled
from tilepilot.replay import scenario as sc
from tilepilot.replay.checks import CheckResult, run_check
from tilepilot.replay.heal import Found, cut, locate
from tilepilot.replay.recorder import Recorder

FIELDS = ("target", "into", "start", "end")


class StepOutcome(BaseModel):
    index: int
    description: str
    action: dict[str, Any]
    ok: bool = True
    found: dict[str, dict[str, Any]] = Field(default_factory=dict)  # field -> how / score / x / y / tried
    points: dict[str, dict[str, float]] = Field(default_factory=dict)
    checks: list[CheckResult] = Field(default_factory=list)
    error: str | None = None
    timings: dict[str, float] = Field(default_factory=dict)
    screenshot: str | None = None  # the frame acted on, in the replay's out folder
    expected: str | None = None  # the recorded frame, in the scenario folder
    url: str | None = None

    @property
    def healed(self) -> bool:
        return any(f.get("how") in ("text", "template", "policy") for f in self.found.values())


class ReplayResult(BaseModel):
    model_config = {"arbitrary_types_allowed": True}

    scenario: str
    ok: bool = False
    steps: list[StepOutcome] = Field(default_factory=list)
    checks: list[CheckResult] = Field(default_factory=list)
    message: str | None = None
    seconds: float = 0.0
    out: Path | None = None
    actual: Frame | None = None  # the frame at the failing step (for divergence reports)
    updated: bool = False

    @property
    def healed_steps(self) -> int:
        return sum(s.healed for s in self.steps)

    @property
    def target_steps(self) -> int:
        return sum(bool(s.found) for s in self.steps)

    def summary(self) -> str:
        head = "passed" if self.ok else "FAILED"
        line = f"{head}: {self.scenario}: {len(self.steps)} steps, {self.healed_steps} healed, " \
               f"{sum(c.ok for c in self.all_checks())}/{len(self.all_checks())} checks in {self.seconds:.1f}s"
        return line + (f"\n{self.message}" if self.message and not self.ok else "")

    def all_checks(self) -> list[CheckResult]:
        return [c for s in self.steps for c in s.checks] + self.checks


class Divergence(TilepilotError):
    """A replay step could not find its target, or a check failed."""


# serving and starting -----------------------------------------------------------------------------


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve(folder: str | Path) -> Iterator[str]:
    """Serve ``folder`` over HTTP on 127.0.0.1 (a free port) for the duration; yields the base URL."""
    if not Path(folder).is_dir():
        raise InputError(f"start.serve {folder}: no such folder")
    srv = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{srv.server_address[1]}"
    finally:
        srv.shutdown()
        srv.server_close()


def _dir_of(url: str) -> str:
    return url.split("?", 1)[0].rsplit("/", 1)[0] + "/"


def rebaser(recorded: str | None, now: str | None) -> Callable[[str], str]:
    """Map URLs under the recorded start page's folder to the same place under today's start page."""
    if not recorded or not now or _dir_of(recorded) == _dir_of(now):
        return lambda u: u
    old, new = _dir_of(recorded), _dir_of(now)
    return lambda u: new + u[len(old):] if u.startswith(old) else u


# the replayer -------------------------------------------------------------------------------------


class Replayer:
    """Replays ``scenario`` on an open ``screen`` (Browser or Desktop)."""

    def __init__(self, scenario: sc.Scenario, screen: Any, *, ocr: Any = None, variables: dict[str, str] | None = None,
                 update: bool = False, out: str | Path | None = None, find_timeout: float = 5.0,
                 settle: SettleConfig | None = None, rebase: Callable[[str], str] = lambda u: u,
                 on_step: Callable[[StepOutcome], None] | None = None, policy: Any = None):
        self.sc = scenario
        self.policy = policy  # asked last, when position, text and template matching all failed
        self.screen = screen
        self._ocr_engine = ocr
        self.vars = {**scenario.variables, **(variables or {})}
        self.update = update
        self.out = Path(out) if out is not None else None
        self.find_timeout = find_timeout
        self.settle = settle or SettleConfig()
        self.rebase = rebase
        self.on_step = on_step
        self.secrets: Secrets = getattr(screen, "secrets", None) or Secrets()
        self.capture = screen.capture
        self._actions = self._prepare()

    @property
    def ocr(self) -> Any:
        if self._ocr_engine is None:
            from tilepilot.perception.ocr import OcrEngine

            self._ocr_engine = OcrEngine()
        return self._ocr_engine

    def _prepare(self) -> list[Any]:
        """Parse every action up front, with variables filled in: bad input fails before anything runs."""
        actions = []
        for st in self.sc.steps:
            where = f"{self.sc.dir / 'steps.jsonl'} (step {st.index})"
            data = sc.substitute_deep(st.action, self.vars, where)
            actions.append(parse_action(data, where))
            for name in PLACEHOLDER.findall(str(data)):
                self.secrets.value(name)
            for c in st.checks:
                sc.substitute_deep(c.model_dump(), self.vars, where)
        for c in self.sc.checks:
            sc.substitute_deep(c.model_dump(), self.vars, f"{self.sc.dir / 'run.json'} (final checks)")
        return actions

    def _check(self, c: sc.Check, where: str) -> CheckResult:
        c = sc.Check.model_validate(sc.substitute_deep(c.model_dump(), self.vars, where))
        return run_check(c, self.screen, self.capture, self.ocr, self.sc.dir, self.rebase)

    def run(self) -> ReplayResult:
        t0 = time.monotonic()
        result = ReplayResult(scenario=str(self.sc.dir), out=self.out)
        rec = Recorder(self.out, self.secrets) if self.out is not None else None
        if rec:
            rec.start({"kind": "replay", "scenario": str(self.sc.dir.resolve()), "task": self.sc.meta.get("task"),
                       "start": self.sc.start.model_dump(), "update": self.update})
        raw_meta, raw_steps = sc.read_raw(self.sc.dir) if self.update else ({}, [])
        try:
            self._loop(result, rec, raw_steps)
        finally:
            result.seconds = time.monotonic() - t0
            if rec:
                rec.finish("passed" if result.ok else "failed", message=result.message,
                           seconds=round(result.seconds, 3), healed=result.healed_steps,
                           checks=[c.model_dump() for c in result.checks])
        if self.update and result.updated:
            sc.write_steps(self.sc.dir, raw_steps)
        return result

    def _loop(self, result: ReplayResult, rec: Recorder | None, raw_steps: list[dict[str, Any]]) -> None:
        frame, _ = wait_settled(self.capture, self.settle)
        for n, (st, action) in enumerate(zip(self.sc.steps, self._actions, strict=True)):
            out = StepOutcome(index=st.index, description=describe(action), action=st.action,
                              expected=st.screenshot, url=getattr(self.screen, "url", None))
            result.steps.append(out)
            where = f"step {st.index} ({out.description})"
            if isinstance(action, TERMINAL):
                if rec:
                    out.screenshot = rec.frame(st.index, frame)
                    rec.step(out.model_dump(mode="json"))
                break
            t = time.perf_counter()
            try:
                resolved, frame = self._find(st, action, frame, out)
            except Divergence as e:
                out.ok, out.error = False, f"{where}: {e}"
                result.message, result.actual = out.error, frame
                self._emit(out, rec, frame)
                return
            out.timings["find"] = time.perf_counter() - t
            if self.update and out.healed:
                self._write_back(st, out, frame, raw_steps[n])
                result.updated = True
            t = time.perf_counter()
            try:
                if hasattr(action, "url") and action.action == "navigate":
                    resolved = resolved.model_copy(update={"url": self.rebase(resolved.url)})
                self.screen.execute(resolved, frame)
            except TilepilotError as e:
                out.ok, out.error = False, f"{where}: {e}"
                result.message, result.actual = out.error, frame
                self._emit(out, rec, frame)
                return
            out.timings["execute"] = time.perf_counter() - t
            acted_on = frame
            t = time.perf_counter()
            frame, _ = wait_settled(self.capture, self.settle)
            out.timings["settle"] = time.perf_counter() - t
            t = time.perf_counter()
            for c in st.checks:
                r = self._check(c, where)
                out.checks.append(r)
                if not r.ok:
                    out.ok = False
                    out.error = f"{where}: check failed: {r.what}: {r.detail}"
            if st.checks:
                out.timings["checks"] = time.perf_counter() - t
                frame = self.capture()
            self._emit(out, rec, acted_on)
            if not out.ok:
                result.message, result.actual = out.error, frame
                return
        for c in self.sc.checks:
            r = self._check(c, "final checks")
            result.checks.append(r)
            if not r.ok and result.message is None:
                result.message = f"final check failed: {r.what}: {r.detail}"
                result.actual = self.capture()
        result.ok = result.message is None

    def _emit(self, out: StepOutcome, rec: Recorder | None, frame: Frame) -> None:
        out.timings = {k: round(v, 4) for k, v in out.timings.items()}
        if rec:
            out.screenshot = rec.frame(out.index, frame)
            rec.step(out.model_dump(mode="json"))
        if self.on_step:
            self.on_step(out)

    def _find(self, st: sc.Step, action: Any, frame: Frame, out: StepOutcome) -> tuple[Any, Frame]:
        """Locate every target of the step, retrying on fresh settled frames until ``find_timeout``."""
        fields = [f for f in FIELDS if getattr(action, f, None) is not None]
        if not fields:
            return action, frame
        crops = {f: self._crop(st.targets[f]) for f in fields if f in st.targets}
        deadline = time.monotonic() + self.find_timeout
        while True:
            updates: dict[str, Point] = {}
            missing: dict[str, list[str]] = {}
            boxes: dict[Any, list[Any]] = {}

            def read(region: tuple[int, int, int, int] | None, fr: Frame = frame,
                     boxes: dict[Any, list[Any]] = boxes) -> list[Any]:
                if region not in boxes:
                    boxes[region] = read_region(self.ocr, fr.image, region)
                return boxes[region]

            for f in fields:
                target = self._target_for(st, action, f)
                if target is None:  # a plain point, never recorded with a crop: act there
                    updates[f] = getattr(action, f)
                    continue
                got = locate(frame.image, target, crops.get(f), read)
                if isinstance(got, Found):
                    updates[f] = Point(x=got.x, y=got.y)
                    out.found[f] = {"how": got.how, "score": round(got.score, 3), "x": round(got.x, 1),
                                    "y": round(got.y, 1), "tried": got.tried,
                                    "text_box": list(got.text_box) if got.text_box else None}
                else:
                    missing[f] = got
            if missing and self.policy is not None and time.monotonic() >= deadline:
                for f in list(missing):  # the last healing step: only once all the others have run out
                    p = self._ask_policy(st, action, f, frame, missing[f])
                    if p is not None:
                        updates[f] = p
                        out.found[f] = {"how": "policy", "score": 0.0, "x": round(p.x, 1), "y": round(p.y, 1),
                                        "tried": missing.pop(f), "text_box": None}
            if not missing:
                for f, p in updates.items():
                    out.points[f] = coords.point_record(p, frame)
                return action.model_copy(update=updates), frame
            if time.monotonic() >= deadline:
                f, tried = next(iter(missing.items()))
                out.found[f] = {"how": "not found", "tried": tried}
                raise Divergence(f"{f} not found after {self.find_timeout:g}s; healing tried: " + "; ".join(tried))
            time.sleep(0.2)
            frame, _ = wait_settled(self.capture, self.settle)

    def _ask_policy(self, st: sc.Step, action: Any, f: str, frame: Frame, tried: list[str]) -> Point | None:
        """The last healing step: describe what the step meant and let the policy (a VLM, say) point at it.
        Its answer is checked like any other: a text target must be found on screen, a point must be inside."""
        from tilepilot.perception.elements import field_for_label
        from tilepilot.perception.locate import find_text
        from tilepilot.perception.observation import Observation

        target = self._target_for(st, action, f)
        what = TextTarget(text=target.text) if target is not None and target.text else getattr(action, f)
        task = describe(action.model_copy(update={f: what}))
        obs = Observation(task=task, frame=frame, step=st.index, ocr_engine=self.ocr)
        try:
            decision = self.policy.decide(obs)
        except TilepilotError as e:
            tried.append(f"policy {getattr(self.policy, 'name', '?')}: {e}")
            return None
        answer = decision.action
        got = next((getattr(answer, g) for g in (f, "target", "into", "start") if getattr(answer, g, None)), None)
        try:
            if isinstance(got, TextTarget):
                box = find_text(obs.text_boxes(), got.text, got.nth, got.exact)
                area = box.box
                if f == "into" and isinstance(answer, Type):
                    area = field_for_label(frame.image, box.box) or box.box
                return coords.check_inside(Point(x=(area[0] + area[2]) / 2, y=(area[1] + area[3]) / 2), frame)
            if isinstance(got, Point):
                return coords.check_inside(got, frame)
        except TilepilotError as e:
            tried.append(f"policy {getattr(self.policy, 'name', '?')} answered {describe(answer)}: {e}")
            return None
        tried.append(f"policy {getattr(self.policy, 'name', '?')} answered {describe(answer)}, which names no target")
        return None

    def _target_for(self, st: sc.Step, action: Any, f: str) -> sc.Target | None:
        if f in st.targets:
            t = st.targets[f]
            if t.text:
                t = t.model_copy(update={"text": sc.substitute(t.text, self.vars, f"step {st.index}")})
            return t
        value = getattr(action, f)
        if isinstance(value, TextTarget):
            via = "label" if f == "into" and isinstance(action, Type) else "text"
            return sc.Target(x=-1, y=-1, text=value.text, via=via)
        if f in st.points:
            p = st.points[f]
            return sc.Target(x=p["x"], y=p["y"])
        return None

    def _crop(self, t: sc.Target) -> np.ndarray | None:
        if not t.crop:
            return None
        img = cv2.imread(str(self.sc.dir / t.crop), cv2.IMREAD_COLOR)
        if img is None:
            raise InputError(f"{self.sc.dir / t.crop}: not a readable image")
        return np.ascontiguousarray(img[:, :, ::-1])

    def _write_back(self, st: sc.Step, out: StepOutcome, frame: Frame, raw: dict[str, Any]) -> None:
        """--update: store where the target is now, with a fresh crop and screenshot, so the next replay
        finds it at its recorded position."""
        if st.screenshot:
            (self.sc.dir / st.screenshot).write_bytes(frame.png())
        for f, info in out.found.items():
            t = raw.get("targets", {}).get(f)
            if not t or info.get("how") not in ("text", "template", "policy"):
                continue
            dx, dy = info["x"] - t["x"], info["y"] - t["y"]
            t["x"], t["y"] = info["x"], info["y"]
            if info.get("text_box"):
                t["text_box"] = [round(v, 1) for v in info["text_box"]]
            if t.get("crop_box"):
                x0, y0, x1, y1 = t["crop_box"]
                box = [max(0, round(x0 + dx)), max(0, round(y0 + dy)), min(frame.width, round(x1 + dx)),
                       min(frame.height, round(y1 + dy))]
                t["crop_box"] = box
                if t.get("crop"):
                    crop = Frame(image=np.ascontiguousarray(cut(frame.image, box)))
                    (self.sc.dir / t["crop"]).write_bytes(crop.png())
            t["healed"] = {"how": info["how"], "at": time.time()}
            if f in raw.get("points", {}):
                raw["points"][f].update(x=info["x"], y=info["y"], screen_x=out.points[f]["screen_x"],
                                        screen_y=out.points[f]["screen_y"])


def read_region(ocr: Any, image: np.ndarray, region: tuple[int, int, int, int] | None) -> list[Any]:
    """OCR of ``region`` (x0, y0, x1, y1) of the image, or all of it; boxes in frame pixels."""
    if region is None:
        return ocr.read(image)
    x0, y0, x1, y1 = region
    return [b.model_copy(update={"box": (b.box[0] + x0, b.box[1] + y0, b.box[2] + x0, b.box[3] + y0)})
            for b in ocr.read(np.ascontiguousarray(image[y0:y1, x0:x1]))]


# one call: open the screen the scenario names, replay, close -----------------------------------------


def replay(folder: str | Path, *, url: str | None = None, variant: str | None = None, display: str | None = None,
           variables: dict[str, str] | None = None, update: bool = False, out: str | Path | None = None,
           ocr: Any = None, screen: Any = None, find_timeout: float = 5.0,
           on_step: Callable[[StepOutcome], None] | None = None, policy: Any = None) -> ReplayResult:
    """Load ``folder`` and replay it. ``url`` replaces the start page (URLs under the recorded start page's
    folder follow it); ``variant`` opens a named variant of a served app; ``screen`` reuses an open Browser
    (it navigates to the start page) instead of launching one."""
    s = sc.load(folder)
    with contextlib.ExitStack() as stack:
        start_url = url
        if s.start.kind == "browser" and start_url is None:
            if s.start.serve:
                base = stack.enter_context(serve((s.dir / s.start.serve).resolve()))
                path = s.start.path or ""
                if variant is not None:
                    if variant not in s.start.variants:
                        raise InputError(f"{s.dir / 'run.json'}: no variant {variant!r}; expected one of "
                                         f"{', '.join(s.start.variants) or '(none)'}")
                    path = s.start.variants[variant]
                start_url = f"{base}/{path}"
            else:
                start_url = s.start.url
            if not start_url:
                raise InputError(f"{s.dir / 'run.json'}: no start URL; pass --url URL")
        rebase = rebaser(s.meta.get("start_url") or s.start.url, start_url)
        secrets = Secrets()
        if screen is None:
            if ocr is None and s.start.kind == "desktop":
                from tilepilot.perception.ocr import OcrEngine

                ocr = OcrEngine()
            screen = stack.enter_context(_open_screen(s, start_url, display, secrets, ocr))
        elif start_url:
            screen.goto(start_url)
        rp = Replayer(s, screen, ocr=ocr, variables=variables, update=update, out=out, find_timeout=find_timeout,
                      rebase=rebase, on_step=on_step, policy=policy)
        return rp.run()


@contextlib.contextmanager
def _open_screen(s: sc.Scenario, url: str | None, display: str | None, secrets: Secrets,
                 ocr: Any = None) -> Iterator[Any]:
    if s.start.kind == "browser":
        from tilepilot.actions.browser import Browser

        with Browser(url, viewport=tuple(s.start.viewport), device_scale_factor=s.start.device_scale_factor,
                     secrets=secrets) as b:
            yield b
        return
    from tilepilot.actions.desktop import Desktop

    desk = Desktop(display, secrets=secrets)
    with contextlib.ExitStack() as stack, desk:
        if s.start.display_size and tuple(desk.monitor[k] for k in ("width", "height")) != tuple(s.start.display_size):
            raise ScreenError(f"display {desk.display} is {desk.monitor['width']}x{desk.monitor['height']}; the "
                              f"scenario was recorded at {s.start.display_size[0]}x{s.start.display_size[1]}")
        proc = None
        if s.start.command:
            tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="tilepilot-app-"))
            argv = [sys.executable if a == "{python}" else a.replace("{tmp}", tmp) for a in s.start.command]
            argv = [str((s.dir / a).resolve()) if a.startswith(("./", "../")) else a for a in argv]
            if shutil.which(argv[0]) is None and not Path(argv[0]).exists():
                raise InputError(f"{s.dir / 'run.json'}: start.command {argv[0]!r} not found")
            proc = subprocess.Popen(argv, env={**os.environ, "DISPLAY": desk.display},
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            if s.start.ready_text:
                _wait_for_text(desk, s.start.ready_text, ocr)
            yield desk
        finally:
            if proc is not None:
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()


def _wait_for_text(screen: Any, text: str, ocr: Any = None, timeout: float = 20.0) -> None:
    from tilepilot.perception.locate import match_text
    from tilepilot.perception.ocr import OcrEngine

    ocr = ocr or OcrEngine()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        frame, _ = wait_settled(screen.capture)
        if match_text(ocr.read(frame.image), text):
            return
        time.sleep(0.2)
    raise ScreenError(f"the desktop app did not show {text!r} within {timeout:g}s of starting")


def parse_vars(items: list[str] | None) -> dict[str, str]:
    out = {}
    for item in items or []:
        if "=" not in item:
            raise InputError(f"--var {item!r}: expected NAME=VALUE")
        k, v = item.split("=", 1)
        out[k.strip()] = v
    return out
