"""The agent loop: capture -> perceive -> decide -> resolve and guard -> execute -> settle -> record."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import numpy as np
from pydantic import BaseModel, Field

from tilepilot.actions import coords
from tilepilot.actions.base import Screen
from tilepilot.actions.schema import TERMINAL, Action, Done, Fail, Point, TextTarget, Type, Wait, describe
from tilepilot.actions.secrets import Secrets
from tilepilot.errors import ActionRefused, InputError, TargetNotFound, TilepilotError
from tilepilot.model.policy import Decision, Policy
from tilepilot.perception.elements import field_for_label
from tilepilot.perception.frame import Frame
from tilepilot.perception.locate import find_text
from tilepilot.perception.observation import Observation
from tilepilot.perception.settle import SettleConfig, changed_share, small, wait_settled
from tilepilot.replay.recorder import Recorder

Status = Literal["done", "failed", "step_limit", "loop", "error", "interrupted", "asked_user"]


class StepRecord(BaseModel):
    index: int
    action: dict[str, Any]
    description: str
    points: dict[str, dict[str, float]] = Field(default_factory=dict)  # resolved targets, frame + screen
    targets: dict[str, dict[str, Any]] = Field(default_factory=dict)  # recorded for replay: text, crop, box
    raw: str | None = None
    thought: str | None = None
    tokens_in: int | None = None
    tokens_out: int | None = None
    timings: dict[str, float] = Field(default_factory=dict)
    screenshot: str | None = None
    url: str | None = None
    frame_size: tuple[int, int] | None = None
    scale: float = 1.0
    blocked: list[str] = Field(default_factory=list)
    dialogs: list[str] = Field(default_factory=list)  # native dialogs the page opened (and that were accepted)
    downloads: list[str] = Field(default_factory=list)  # files the step downloaded
    settled: bool | None = None
    error: str | None = None


class RunResult(BaseModel):
    status: Status
    task: str
    answer: str | None = None
    message: str | None = None
    error_type: str | None = None
    steps: list[StepRecord] = Field(default_factory=list)
    recording: Path | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status == "done"


class Agent:
    """Runs a policy against a screen until it is done, fails, loops or reaches ``max_steps``."""

    def __init__(
        self,
        policy: Policy,
        screen: Screen,
        *,
        max_steps: int = 30,
        out: str | Path | None = None,
        settle: SettleConfig | None = None,
        ocr: Any = None,
        secrets: Secrets | None = None,
        find_timeout: float = 5.0,
        loop_limit: int = 3,
        on_step: Callable[[StepRecord], None] | None = None,
    ):
        if max_steps < 1:
            raise InputError(f"max_steps must be at least 1, got {max_steps}")
        self.policy = policy
        self.screen = screen
        self.max_steps = max_steps
        self.out = Path(out) if out is not None else None
        self.settle = settle or SettleConfig()
        self.ocr = ocr
        self.secrets = secrets or getattr(screen, "secrets", None) or Secrets()
        self.find_timeout = find_timeout
        self.loop_limit = loop_limit
        self.on_step = on_step

    # public ----------------------------------------------------------------------------------------
    def run(self, task: str) -> RunResult:
        t0 = time.monotonic()
        rec = Recorder(self.out, self.secrets) if self.out is not None else None
        if rec:
            rec.start({"task": task, "policy": getattr(self.policy, "name", type(self.policy).__name__),
                       "screen": getattr(self.screen, "name", "screen"), "start_url": _url(self.screen),
                       "max_steps": self.max_steps})
        result = RunResult(status="step_limit", task=task, recording=self.out)
        try:
            self._loop(task, result, rec)
        except KeyboardInterrupt:
            result.status, result.message = "interrupted", "interrupted by the user"
            raise
        finally:
            result.seconds = time.monotonic() - t0
            if result.status == "step_limit" and result.message is None:
                result.message = f"no done after {self.max_steps} steps"
            if rec:
                rec.finish(result.status, answer=result.answer, message=result.message, steps=len(result.steps),
                           seconds=round(result.seconds, 3))
        return result

    # the loop --------------------------------------------------------------------------------------
    def _loop(self, task: str, result: RunResult, rec: Recorder | None) -> None:
        history: list[dict[str, Any]] = []
        repeats: list[tuple[str, np.ndarray]] = []
        frame, _ = wait_settled(self.screen.capture, self.settle)
        for index in range(1, self.max_steps + 1):
            obs = Observation(task=task, frame=frame, step=index, history=list(history), ocr_engine=self._ocr())
            t = time.perf_counter()
            try:
                decision = self.policy.decide(obs)
            except TilepilotError as e:
                self._stop(result, "error", e)
                return
            action = decision.action
            step = self._record_base(index, action, decision, frame)
            timings = step.timings
            timings["decide"] = time.perf_counter() - t
            if rec:
                step.screenshot = rec.frame(index, frame)

            if isinstance(action, TERMINAL):
                result.status = {Done: "done", Fail: "failed"}.get(type(action), "asked_user")
                result.answer = getattr(action, "answer", None)
                result.message = getattr(action, "reason", None) or getattr(action, "question", None)
                self._finish_step(step, result, rec, history)
                return

            if self._is_loop(action, frame, repeats):
                step.error = f"the same action ({describe(action)}) on an unchanged screen {self.loop_limit} times"
                self._finish_step(step, result, rec, history)
                result.status, result.message = "loop", step.error
                return

            n_blocked = len(getattr(self.screen, "blocked", []))
            n_dialogs = len(getattr(self.screen, "dialogs", []))
            n_downloads = len(getattr(self.screen, "downloads", []))
            try:
                t = time.perf_counter()
                resolved, frame = self._resolve(action, obs, index, step)
                timings["resolve"] = time.perf_counter() - t
                if rec:
                    self._record_targets(rec, index, step, frame, obs)
                t = time.perf_counter()
                self.screen.execute(resolved, frame)
                timings["execute"] = time.perf_counter() - t
            except (TargetNotFound, ActionRefused, InputError) as e:
                step.error = str(e)
                self._finish_step(step, result, rec, history)
                self._stop(result, "error" if isinstance(e, InputError) else "failed", e)
                return
            except Exception as e:  # noqa: BLE001 - a crash inside an executor must still be recorded
                step.error = f"{type(e).__name__}: {e}"
                self._finish_step(step, result, rec, history)
                self._stop(result, "error", e)
                return
            t = time.perf_counter()
            frame, settled = wait_settled(self.screen.capture, self.settle)
            timings["settle"] = time.perf_counter() - t
            step.settled = settled.settled
            step.blocked = list(getattr(self.screen, "blocked", [])[n_blocked:])
            step.dialogs = list(getattr(self.screen, "dialogs", [])[n_dialogs:])
            step.downloads = list(getattr(self.screen, "downloads", [])[n_downloads:])
            self._finish_step(step, result, rec, history)
        result.status = "step_limit"

    # pieces ----------------------------------------------------------------------------------------
    def _ocr(self) -> Any:
        if self.ocr is None:
            from tilepilot.perception.ocr import OcrEngine

            self.ocr = OcrEngine()
        return self.ocr

    def _record_base(self, index: int, action: Action, decision: Decision, frame: Frame) -> StepRecord:
        return StepRecord(
            index=index, action=action.model_dump(mode="json"), description=describe(action),
            raw=decision.raw, thought=decision.thought, tokens_in=decision.tokens_in,
            tokens_out=decision.tokens_out, timings=dict(decision.timings), url=frame.url, frame_size=frame.size,
            scale=frame.scale,
        )

    def _finish_step(self, step: StepRecord, result: RunResult, rec: Recorder | None,
                     history: list[dict[str, Any]]) -> None:
        step.timings = {k: round(v, 4) for k, v in step.timings.items()}
        result.steps.append(step)
        history.append({"step": step.index, "action": step.action, "description": step.description,
                        "error": step.error})
        if rec:
            rec.step(step.model_dump(mode="json"))
        if self.on_step:
            self.on_step(step)

    @staticmethod
    def _stop(result: RunResult, status: Status, e: BaseException) -> None:
        result.status = status
        result.message = str(e)
        result.error_type = type(e).__name__

    def _is_loop(self, action: Action, frame: Frame, repeats: list[tuple[str, np.ndarray]]) -> bool:
        if isinstance(action, Wait):
            repeats.clear()
            return False
        key = action.model_dump_json()
        thumb = small(frame.image, 160)
        if repeats and (repeats[-1][0] != key or changed_share(repeats[-1][1], thumb) > 0.002):
            repeats.clear()
        repeats.append((key, thumb))
        return len(repeats) >= self.loop_limit

    def _record_targets(self, rec: Recorder, index: int, step: StepRecord, frame: Frame,
                        obs: Observation) -> None:
        """Save a crop and the naming text of each target, so a replay can find it again (never fatal)."""
        engine = obs.ocr_engine if hasattr(obs.ocr_engine, "read") else None
        for f, p in step.points.items():
            try:
                step.targets[f] = rec.target(index, f, frame, {**step.targets.get(f, {}), "x": p["x"], "y": p["y"]},
                                             engine.read if engine is not None else None)
            except Exception:  # noqa: BLE001 - a recording detail must not stop the run
                step.targets.pop(f, None)

    def _resolve(self, action: Action, obs: Observation, index: int,
                 step: StepRecord) -> tuple[Action, Frame]:
        """Turn text targets into frame points, waiting for the screen to settle while a target is missing.
        Returns the action with points only and the frame they belong to."""
        fields = [f for f in ("target", "into", "start", "end") if getattr(action, f, None) is not None]
        deadline = time.monotonic() + self.find_timeout
        while True:
            try:
                updates: dict[str, Point] = {}
                for f in fields:
                    t = getattr(action, f)
                    if isinstance(t, TextTarget):
                        box = find_text(obs.text_boxes(), t.text, t.nth, t.exact, step=index)
                        area = box.box
                        if f == "into" and isinstance(action, Type):
                            area = field_for_label(obs.frame.image, box.box) or box.box
                        p = Point(x=(area[0] + area[2]) / 2, y=(area[1] + area[3]) / 2)
                        step.targets[f] = {"text": t.text, "text_box": list(box.box),
                                           "via": "label" if area is not box.box else "text"}
                    else:
                        p = coords.to_frame(t, obs.frame)
                    updates[f] = p
                    step.points[f] = coords.point_record(coords.check_inside(p, obs.frame, f"{action.action} {f}"),
                                                         obs.frame)
                return action.model_copy(update=updates), obs.frame
            except TargetNotFound:
                if time.monotonic() >= deadline:
                    raise
                time.sleep(0.2)
                frame, _ = wait_settled(self.screen.capture, self.settle)
                obs = Observation(task=obs.task, frame=frame, step=index, history=obs.history,
                                  ocr_engine=obs.ocr_engine)


def _url(screen: Screen) -> str | None:
    return getattr(screen, "start_url", None) or getattr(screen, "url", None)
