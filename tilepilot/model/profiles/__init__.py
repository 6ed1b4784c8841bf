"""Model profiles: one small file per model family (prompt, image rule, parser, coordinate convention).

    >>> from tilepilot.model.profiles import get_profile
    >>> get_profile("ui-tars-1.5").name
    'ui-tars-1.5'
"""

from __future__ import annotations

from collections.abc import Callable

from tilepilot.errors import InputError
from tilepilot.model.profiles.base import Parsed, Prepared, Profile, Turn
from tilepilot.model.profiles.internvl import NVLM, InternVL
from tilepilot.model.profiles.json_tool import JsonTool
from tilepilot.model.profiles.qwen import MiMoVL, Qwen25VL
from tilepilot.model.profiles.uitars import UITars10, UITars15

PROFILES: dict[str, Callable[..., Profile]] = {
    "ui-tars-1.0": UITars10,
    "ui-tars-1.5": UITars15,
    "qwen2.5-vl": Qwen25VL,
    "mimo-vl": MiMoVL,
    "internvl": InternVL,
    "nvlm": NVLM,
    "json": JsonTool,
}
_ALIASES = {"ui-tars": "ui-tars-1.5", "uitars": "ui-tars-1.5", "ui-tars-1": "ui-tars-1.0", "qwen": "qwen2.5-vl",
            "qwen2.5vl": "qwen2.5-vl", "qwen25-vl": "qwen2.5-vl", "mimo": "mimo-vl", "internvl3": "internvl",
            "internvl3.5": "internvl", "nvlm-d": "nvlm", "generic": "json"}


def get_profile(name: str | Profile, **options: object) -> Profile:
    """A profile by name (or the profile itself); options go to its constructor."""
    if isinstance(name, Profile):
        return name
    key = _ALIASES.get(str(name).lower(), str(name).lower())
    if key not in PROFILES:
        raise InputError(f"unknown profile {name!r}; expected one of {', '.join(PROFILES)}")
    return PROFILES[key](**options)


__all__ = ["NVLM", "PROFILES", "InternVL", "JsonTool", "MiMoVL", "Parsed", "Prepared", "Profile", "Qwen25VL",
           "Turn", "UITars10", "UITars15", "get_profile"]
