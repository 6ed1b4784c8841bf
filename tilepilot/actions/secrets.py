"""``{{secret:NAME}}`` placeholders: values come from the environment, are substituted only at the moment
an executor types them, and are scrubbed from anything written to a log, a recording or a report."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping

from tilepilot.errors import InputError

PLACEHOLDER = re.compile(r"\{\{\s*secret:([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
MASK = "[secret]"


class Secrets:
    """Resolves placeholders and redacts values. Values are looked up in ``env`` (os.environ by default);
    a name ``X`` is found as ``X`` or ``TILEPILOT_SECRET_X``."""

    def __init__(self, env: Mapping[str, str] | None = None):
        self._env = os.environ if env is None else env
        self._seen: set[str] = set()

    def value(self, name: str) -> str:
        for key in (name, f"TILEPILOT_SECRET_{name}"):
            v = self._env.get(key)
            if v:
                self._seen.add(v)
                return v
        raise InputError(
            f"secret {name!r} is not set; expected an environment variable {name} or TILEPILOT_SECRET_{name}"
        )

    def names(self, text: str) -> list[str]:
        return PLACEHOLDER.findall(text)

    def check(self, text: str) -> None:
        """Fail early (before a run starts) if a placeholder has no value; also learns values to redact."""
        for name in self.names(text):
            self.value(name)

    def substitute(self, text: str) -> str:
        return PLACEHOLDER.sub(lambda m: self.value(m.group(1)), text)

    def redact(self, text: str) -> str:
        for v in sorted(self._seen, key=len, reverse=True):
            text = text.replace(v, MASK)
        return text
