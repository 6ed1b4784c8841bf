"""A policy that plays a fixed list of actions, then reports done. Runs scripted workflows."""

from __future__ import annotations

from collections.abc import Sequence

from tilepilot.actions.schema import Action, Done
from tilepilot.model.policy import Decision
from tilepilot.perception.observation import Observation


class ScriptedPolicy:
    name = "script"

    def __init__(self, actions: Sequence[Action]):
        self.actions = list(actions)
        self._next = 0

    def decide(self, observation: Observation) -> Decision:
        if self._next >= len(self.actions):
            return Decision(action=Done(answer="script finished"))
        action = self.actions[self._next]
        self._next += 1
        return Decision(action=action)
