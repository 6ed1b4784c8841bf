"""The on-disk sample format: one JSON line per step, the screenshot beside it as a PNG."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from tilepilot.actions.schema import Action

Box = tuple[float, float, float, float]
SplitName = Literal["train", "heldout", "heldout_family"]


class Candidate(BaseModel):
    """Something the model may point at. ``kind``: text | input | component; ``source``: ocr | dom (DOM text
    with noise, standing in for OCR) | input_boxes | components (OpenCV, no DOM) | dots (three dots OCR
    does not read: a "More options" button)."""

    model_config = ConfigDict(frozen=True)

    kind: str
    box: Box  # (x0, y0, x1, y1), frame pixels
    text: str = ""
    source: str


class Sample(BaseModel):
    """One step of one episode: what the model sees and the ground-truth action, all in frame pixels."""

    episode_id: str
    step: int
    n_steps: int  # steps in the episode (the final ``done`` included)
    family: str
    split: SplitName
    seed: int
    instruction: str
    frame_path: str  # relative to the data directory
    frame_size: tuple[int, int]  # physical pixels (w, h)
    scale: float  # device scale factor: frame pixels per CSS pixel
    candidates: list[Candidate]
    positives: list[int]  # indices into candidates that lie on the target
    action: Action  # targets are Points in frame space
    target_box: Box | None = None
    type_span: tuple[int, int] | None = None  # characters of ``instruction`` that the action types
    history: list[Action] = []  # the ground-truth actions of the previous steps
