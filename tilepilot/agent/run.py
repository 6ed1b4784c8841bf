"""``tilepilot.run(task, ...)``: build the policy and the screen from plain options and run once.
The CLI is a thin layer over this function."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tilepilot.actions.secrets import Secrets
from tilepilot.agent.loop import Agent, RunResult, StepRecord
from tilepilot.errors import InputError
from tilepilot.model.policy import Policy

POLICIES = ("embedded", "rules", "script", "openai", "hf")


def make_policy(name: str | None, script: str | Path | None = None, *, base_url: str | None = None,
                model: str | None = None, profile: str | None = None,
                api_key_env: str | None = "OPENAI_API_KEY", checkpoint: str | None = None, device: str = "cpu",
                dtype: str = "float32") -> Policy:
    """A policy by name. With a script file the scripted policy is used whatever the name.
    ``openai`` needs ``base_url`` and ``model``; ``profile`` picks the model family's format (default json).
    ``hf`` needs ``checkpoint`` (a local transformers model folder), ``device`` and ``dtype``.
    ``embedded`` (the default) loads the model shipped in the package, or ``checkpoint`` (a ``model.pt``)."""
    from tilepilot.model.script import load_script
    from tilepilot.model.scripted import ScriptedPolicy

    if script is not None:
        if name not in (None, "script"):
            raise InputError(f"--policy {name} cannot be combined with --script; drop one of them")
        return ScriptedPolicy(load_script(script))
    if name in (None, "embedded"):
        from tilepilot.model.embedded.policy import EmbeddedPolicy

        return EmbeddedPolicy(checkpoint)
    if name == "rules":
        from tilepilot.model.rules import RulesPolicy

        return RulesPolicy()
    if name == "script":
        raise InputError("--policy script needs --script FILE")
    if name == "openai":
        from tilepilot.model.openai_policy import OpenAIPolicy

        if not base_url:
            raise InputError("--policy openai needs --base-url URL (e.g. http://127.0.0.1:8000/v1)")
        return OpenAIPolicy(base_url, model or "", profile or "json", api_key_env=api_key_env)
    if name == "hf":
        try:
            from tilepilot.model.hf_policy import HFPolicy
        except ImportError as e:
            raise InputError(f"--policy hf needs torch and transformers installed ({e})") from None
        return HFPolicy(checkpoint, profile or "qwen2.5-vl", device=device, dtype=dtype)
    raise InputError(f"unknown policy {name!r}; expected one of {', '.join(POLICIES)}")


def run(
    task: str = "",
    *,
    url: str | None = None,
    desktop: bool = False,
    display: str | None = None,
    cdp_url: str | None = None,
    policy: str | Policy | None = None,
    script: str | Path | None = None,
    max_steps: int = 30,
    out: str | Path | None = None,
    allow_domains: list[str] | None = None,
    viewport: tuple[int, int] = (1280, 720),
    device_scale_factor: float = 1.0,
    on_step: Callable[[StepRecord], None] | None = None,
    base_url: str | None = None,
    model: str | None = None,
    profile: str | None = None,
    api_key_env: str | None = "OPENAI_API_KEY",
    checkpoint: str | None = None,
    device: str = "cpu",
    dtype: str = "float32",
    browser: Any = None,
) -> RunResult:
    from tilepilot.actions.browser import Browser
    from tilepilot.actions.desktop import Desktop
    from tilepilot.model.script import Script

    pol = (policy if policy is not None and not isinstance(policy, str)
           else make_policy(policy, script, base_url=base_url, model=model, profile=profile, api_key_env=api_key_env,
                            checkpoint=checkpoint, device=device, dtype=dtype))
    start_url = url or (pol.actions.url if isinstance(getattr(pol, "actions", None), Script) else None)
    if desktop and (url or cdp_url):
        raise InputError("--desktop cannot be combined with --url or --cdp-url; choose one screen")
    if not desktop and not start_url and not cdp_url:
        raise InputError("no screen given; expected --url URL, --cdp-url URL or --desktop")
    secrets = Secrets()
    for a in getattr(pol, "actions", []):  # fail before the run, not halfway through it
        for text in (getattr(a, "text", None),):
            if isinstance(text, str):
                secrets.check(text)
    if not task and script is not None:
        task = f"script {Path(script).name}"
    screen = (
        Desktop(display, secrets=secrets)
        if desktop
        else Browser(start_url, cdp_url=cdp_url, allow_domains=allow_domains, viewport=viewport,
                     device_scale_factor=device_scale_factor, secrets=secrets, browser=browser,
                     downloads=Path(out) / "downloads" if out is not None else None)
    )
    with screen:
        agent = Agent(pol, screen, max_steps=max_steps, out=out, secrets=secrets, on_step=on_step)
        return agent.run(task)
