"""The Policy protocol: ``decide(observation) -> Decision``. Every backend (script, model, replay) is one."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from pydantic import BaseModel, Field

from tilepilot.actions.schema import Action
from tilepilot.perception.observation import Observation


class Decision(BaseModel):
    """A policy's answer: the action plus what explains it (raw model output, thought, cost)."""

    action: Action
    raw: str | None = None
    thought: str | None = None
    tokens_in: int | None = None
    tokens_out: int | None = None
    timings: dict[str, float] = Field(default_factory=dict)
    extra: dict[str, Any] = Field(default_factory=dict)


@runtime_checkable
class Policy(Protocol):
    name: str

    def decide(self, observation: Observation) -> Decision: ...
