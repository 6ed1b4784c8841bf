"""Crash-safe recording of a run: the folder a run writes is a scenario.

    DIR/run.json       what was run (task, screen, start URL, settings); rewritten with the final status
    DIR/steps.jsonl    one JSON line per step, written, flushed and fsynced as each step ends
    DIR/step-0001.png  the frame the step's decision was made on
    DIR/target-0001-FIELD.png  a crop around what the step acted on (for self-healing replays)

A run killed at step N keeps steps 1..N-1. Every string written passes through the secret redactor.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from tilepilot.actions.secrets import Secrets
from tilepilot.errors import InputError
from tilepilot.perception.frame import Frame

FORMAT_VERSION = 1


class Recorder:
    def __init__(self, out: str | Path, secrets: Secrets | None = None):
        self.dir = Path(out)
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise InputError(f"--out {self.dir}: cannot create the folder ({e.strerror or e})") from None
        if (self.dir / "steps.jsonl").exists():
            raise InputError(f"--out {self.dir}: already holds a recording (steps.jsonl); choose a new folder")
        self.secrets = secrets or Secrets({})
        self._meta: dict[str, Any] = {}
        self._steps = open(self.dir / "steps.jsonl", "a", encoding="utf-8")  # noqa: SIM115 - lives with the run

    def start(self, meta: dict[str, Any]) -> None:
        self._meta = {"format": "tilepilot-scenario", "version": FORMAT_VERSION, "started_at": time.time(),
                      "status": "running", **meta}
        self._write_meta()

    def frame(self, index: int, frame: Frame) -> str:
        name = f"step-{index:04d}.png"
        (self.dir / name).write_bytes(frame.png())
        return name

    def target(self, index: int, field: str, frame: Frame, info: dict[str, Any],
               read_text: Callable[[np.ndarray], list[Any]] | None = None) -> dict[str, Any]:
        """Describe what step ``index`` acted on at ``field`` (see ``replay.heal.describe_target``) and
        save its crop as ``target-NNNN-FIELD.png``. ``info`` holds x, y and, when a text named the
        target, text / text_box / via; without a text, OCR (``read_text``) around the point names it."""
        from tilepilot.replay.heal import cut, describe_target

        img = frame.image
        x, y = float(info["x"]), float(info["y"])
        boxes = None
        if info.get("text") is None and read_text is not None:
            h, w = img.shape[:2]
            x0, y0 = max(0, int(x) - 480), max(0, int(y) - 90)
            x1, y1 = min(w, int(x) + 480), min(h, int(y) + 90)
            boxes = [b.model_copy(update={"box": (b.box[0] + x0, b.box[1] + y0, b.box[2] + x0, b.box[3] + y0)})
                     for b in read_text(np.ascontiguousarray(img[y0:y1, x0:x1]))]
        desc = describe_target(img, x, y, boxes, info.get("text"), info.get("text_box"), info.get("via"))
        name = f"target-{index:04d}-{field}.png"
        (self.dir / name).write_bytes(Frame(image=np.ascontiguousarray(cut(img, desc["crop_box"]))).png())
        desc["crop"] = name
        return desc

    def demo_step(self, index: int, action: Any, frame: Frame, url: str | None,
                  points: dict[str, Any] | None = None) -> dict[str, Any]:
        """Write one step of a person's demonstration (``tilepilot record``): the action, the frame before it,
        each point in frame and screen coordinates, and what each point was on. Returns the record."""
        from tilepilot.actions import coords
        from tilepilot.actions.schema import describe

        step: dict[str, Any] = {"index": index, "action": action.model_dump(mode="json"),
                                "description": describe(action), "points": {}, "targets": {},
                                "screenshot": self.frame(index, frame), "url": url,
                                "frame_size": list(frame.size), "scale": frame.scale, "timings": {}}
        for f, p in (points or {}).items():
            step["points"][f] = coords.point_record(p, frame)
            step["targets"][f] = self.target(index, f, frame, {"x": p.x, "y": p.y})
        self.step(step)
        return step

    def step(self, record: dict[str, Any]) -> None:
        line = self.secrets.redact(json.dumps(record, default=str, ensure_ascii=False))
        self._steps.write(line + "\n")
        self._steps.flush()
        os.fsync(self._steps.fileno())

    def finish(self, status: str, **info: Any) -> None:
        self._meta.update(status=status, ended_at=time.time(), **info)
        self._write_meta()
        self._steps.close()

    def _write_meta(self) -> None:
        tmp = self.dir / "run.json.tmp"
        tmp.write_text(self.secrets.redact(json.dumps(self._meta, indent=2, default=str)), encoding="utf-8")
        os.replace(tmp, self.dir / "run.json")


def read_steps(folder: str | Path) -> list[dict[str, Any]]:
    """Steps of a recording; a torn last line (the process died mid-write) is ignored."""
    out = []
    path = Path(folder) / "steps.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError:
            break
    return out
