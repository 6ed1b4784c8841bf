"""A small offline policy that understands plain imperative sentences, grounded by on-screen text.

    "Type bob into the Name field and press Save"
    "click 'Sign in', then fill the Password field with {{secret:PW}} and press Enter"

It splits the task into clauses and maps each to one action whose targets are text seen on screen.
It needs no model; a clause it cannot read ends the run with ``fail`` and says what it understands.
"""

from __future__ import annotations

import re

from tilepilot.actions.keys import canonical
from tilepilot.actions.schema import (
    Action,
    Click,
    Done,
    DoubleClick,
    Fail,
    Key,
    Navigate,
    RightClick,
    Scroll,
    TextTarget,
    Type,
    Wait,
)
from tilepilot.errors import InputError
from tilepilot.model.policy import Decision
from tilepilot.perception.observation import Observation

_Q = r"""(?:"(?P<{0}q>[^"]+)"|'(?P<{0}s>[^']+)'|(?P<{0}w>.+?))"""
_NOUN = r"(?:\s+(?:field|box|input|button|link|tab|checkbox|option|item|menu|icon|text))?"


def _pat(body: str) -> re.Pattern[str]:
    return re.compile(r"^\s*" + body + r"\s*$", re.IGNORECASE)


_TYPE_INTO = _pat(r"(?:type|enter|write|input)\s+" + _Q.format("a") + r"\s+(?:into|in|on)\s+(?:the\s+)?"
                  + _Q.format("b") + _NOUN)
_FILL = _pat(r"(?:fill(?:\s+in)?|set)\s+(?:the\s+)?" + _Q.format("b") + _NOUN + r"\s+(?:with|to)\s+"
             + _Q.format("a"))
_TYPE = _pat(r"(?:type|enter|write)\s+" + _Q.format("a"))
_DOUBLE = _pat(r"double[\s-]?click\s+(?:on\s+)?(?:the\s+)?" + _Q.format("a") + _NOUN)
_RIGHT = _pat(r"right[\s-]?click\s+(?:on\s+)?(?:the\s+)?" + _Q.format("a") + _NOUN)
_CLICK = _pat(r"(?:click|tap|press|hit|select|choose|check|uncheck|open|push)\s+(?:on\s+)?(?:the\s+)?"
              + _Q.format("a") + _NOUN)
_SCROLL = _pat(r"scroll\s+(?P<dir>up|down|left|right)(?:\s+(?P<n>\d+)(?:\s+times)?)?")
_GOTO = _pat(r"(?:go\s+to|navigate\s+to|open|visit)\s+(?P<url>https?://\S+)")
_WAIT = _pat(r"wait(?:\s+(?:for\s+)?(?P<sec>\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?))?")
_KEYWORDY = _pat(r"(?:press|hit)\s+(?:the\s+)?(?P<key>[\w+]+)(?:\s+key)?")

HELP = ("type X into Y, fill Y with X, click/press X, double-click X, right-click X, press KEY, "
        "scroll down N, go to URL, wait N seconds")


def _val(m: re.Match[str], name: str) -> str:
    return next(v for v in (m.group(name + "q"), m.group(name + "s"), m.group(name + "w")) if v is not None)


def split_clauses(task: str) -> list[str]:
    """Split on commas, ';', '.', ' and ', ' then ' outside quotes."""
    parts, buf, quote = [], "", ""
    i = 0
    while i < len(task):
        ch = task[i]
        if quote:
            buf += ch
            quote = "" if ch == quote else quote
        elif ch in "\"'" and (not buf or not buf[-1].isalnum()):
            quote = ch
            buf += ch
        elif ch in ",;" or (ch == "." and (i + 1 == len(task) or task[i + 1] == " ")):
            parts.append(buf)
            buf = ""
        else:
            m = re.match(r"\s+(?:and\s+then|and|then)\s+", task[i:], re.IGNORECASE)
            if m:
                parts.append(buf)
                buf = ""
                i += m.end()
                continue
            buf += ch
        i += 1
    parts.append(buf)
    return [re.sub(r"^(?:and\s+|then\s+)+", "", p.strip(), flags=re.IGNORECASE) for p in parts if p.strip()]


def parse_clause(clause: str) -> Action:
    """One clause -> one action; InputError when the clause is not understood."""
    if m := _GOTO.match(clause):
        return Navigate(url=m.group("url"))
    if m := _TYPE_INTO.match(clause):
        return Type(text=_val(m, "a"), into=TextTarget(text=_val(m, "b")))
    if m := _FILL.match(clause):
        return Type(text=_val(m, "a"), into=TextTarget(text=_val(m, "b")))
    if m := _TYPE.match(clause):
        return Type(text=_val(m, "a"))
    if m := _SCROLL.match(clause):
        return Scroll(direction=m.group("dir").lower(), amount=int(m.group("n") or 3))
    if m := _WAIT.match(clause):
        return Wait(seconds=float(m.group("sec") or 1))
    if m := _KEYWORDY.match(clause):
        try:
            keys = [canonical(k) for k in m.group("key").split("+")]
            if len(keys) > 1 or len(keys[0]) > 1:
                return Key(keys=keys)
        except InputError:
            pass
    if m := _DOUBLE.match(clause):
        return DoubleClick(target=TextTarget(text=_val(m, "a")))
    if m := _RIGHT.match(clause):
        return RightClick(target=TextTarget(text=_val(m, "a")))
    if m := _CLICK.match(clause):
        return Click(target=TextTarget(text=_val(m, "a")))
    raise InputError(f"cannot understand {clause!r}; the rules policy understands: {HELP}")


class RulesPolicy:
    """Plays the actions read from the task sentence, one per step, then ``done``."""

    name = "rules"

    def __init__(self) -> None:
        self._plan: list[Action] | None = None
        self._task: str | None = None

    def plan(self, task: str) -> list[Action]:
        return [parse_clause(c) for c in split_clauses(task)]

    def decide(self, observation: Observation) -> Decision:
        if self._plan is None or self._task != observation.task:
            self._task = observation.task
            try:
                self._plan = self.plan(observation.task)
            except InputError as e:
                self._plan = [Fail(reason=str(e))]
        done = sum(1 for h in observation.history if not h.get("error"))
        if done < len(self._plan):
            return Decision(action=self._plan[done], thought=f"clause {done + 1} of {len(self._plan)}")
        return Decision(action=Done(answer="all steps of the task were carried out"))
