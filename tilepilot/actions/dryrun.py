"""A screen that acts on nothing: it shows a fixed image and logs what would have been done.
Useful to check a script or a model's decisions without touching a real interface."""

from __future__ import annotations

import numpy as np

from tilepilot.actions import coords
from tilepilot.actions.base import ScreenBase
from tilepilot.actions.schema import Action
from tilepilot.actions.secrets import Secrets
from tilepilot.perception.frame import Frame


class DryRun(ScreenBase):
    name = "dry-run"

    def __init__(self, image: np.ndarray | None = None, size: tuple[int, int] = (1280, 720)):
        self.image = image if image is not None else np.full((size[1], size[0], 3), 255, np.uint8)
        self.secrets = Secrets({})  # placeholders are never resolved: nothing is really typed
        self.log: list[str] = []
        self.url = None

    def __enter__(self) -> DryRun:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        pass

    def capture(self) -> Frame:
        return Frame(image=self.image, source="dry-run")

    def execute(self, action: Action, frame: Frame) -> None:
        for name in ("target", "into", "start", "end"):
            p = getattr(action, name, None)
            if p is not None:
                coords.check_inside(p, frame, f"{action.action} {name}")
        self.log.append(action.model_dump_json())
