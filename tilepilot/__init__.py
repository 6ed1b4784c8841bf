"""tilepilot: automate graphical interfaces from natural language or scripts, record and replay them."""

from tilepilot.actions.browser import Browser
from tilepilot.actions.desktop import Desktop
from tilepilot.actions.dryrun import DryRun
from tilepilot.actions.schema import (
    Action,
    AskUser,
    Click,
    Done,
    DoubleClick,
    Drag,
    Fail,
    Key,
    Move,
    Navigate,
    Point,
    RightClick,
    Scroll,
    TextTarget,
    Type,
    Wait,
    action_json_schema,
    parse_action,
)
from tilepilot.agent.loop import Agent, RunResult, StepRecord
from tilepilot.agent.run import run
from tilepilot.errors import (
    ActionRefused,
    DomainBlocked,
    InputError,
    ScreenError,
    TargetNotFound,
    TilepilotError,
)
from tilepilot.model.policy import Decision, Policy
from tilepilot.model.script import load_script, parse_script
from tilepilot.model.scripted import ScriptedPolicy

__version__ = "0.1.0"
__all__ = [
    "Action", "ActionRefused", "Agent", "AskUser", "Browser", "Click", "Decision", "Desktop", "DomainBlocked",
    "Done", "DoubleClick", "Drag", "DryRun", "Fail", "InputError", "Key", "Move", "Navigate", "Point",
    "Policy", "RightClick", "RunResult", "ScreenError", "Scroll", "ScriptedPolicy", "StepRecord",
    "TargetNotFound", "TextTarget", "TilepilotError", "Type", "Wait", "action_json_schema", "load_script",
    "parse_action", "parse_script", "run",
]  # fmt: skip
