"""One exception family. Every message names the input at fault and what was expected."""

from __future__ import annotations


class TilepilotError(Exception):
    """Base of every error tilepilot raises on purpose."""


class InputError(TilepilotError, ValueError):
    """Bad input from the user: a script, an action, a URL, a flag. The CLI exits with code 2."""


class ScreenError(TilepilotError):
    """The screen (browser or display) cannot be reached or used."""


class TargetNotFound(TilepilotError):
    """A target (text on screen) was not found after the screen settled."""

    def __init__(self, target: str, step: int | None, closest: list[str]):
        self.target = target
        self.step = step
        self.closest = closest
        where = f"step {step}: " if step is not None else ""
        seen = ", ".join(repr(c) for c in closest) if closest else "no text at all"
        super().__init__(f"{where}target {target!r} not found on screen; closest texts seen: {seen}")


class ActionRefused(TilepilotError):
    """A guard refused an action: outside the frame, outside the allowed domains, unsupported here."""


class DomainBlocked(ActionRefused):
    """A navigation or request to a host outside the allowed domains."""


class ParseError(InputError):
    """A model's output could not be read as one action. Names the output snippet and the expected form."""

    def __init__(self, message: str, output: str = "", expected: str = ""):
        self.output = output
        self.expected = expected
        snippet = output if len(output) <= 160 else output[:157] + "..."
        text = f"{message}; model output: {snippet!r}" if output or not message else message
        if expected:
            text += f"; expected {expected}"
        super().__init__(text)


class BackendError(TilepilotError):
    """A model server could not be reached or answered with an error (after retries)."""
