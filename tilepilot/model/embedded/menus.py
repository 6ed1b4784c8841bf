"""A list just opened under the field the last action clicked: the option the task names is the next click.

"Switch the language to Deutsch, enable dark mode, then save" clicked the Language list open (English,
Deutsch, Français shown under it), then the dark-mode switch: the list folded back with English still chosen,
and the language was never set. The network knows dropdowns of the data generator; an option named by the task,
shown right under the field just clicked, is what a person clicks next.
"""

from __future__ import annotations

from tilepilot.model.embedded.clauses import VERBS
from tilepilot.model.embedded.features import ACTIONS, KINDS, Features
from tilepilot.model.embedded.text import phrase_at, words

_LIST_DEPTH = 400  # CSS px under the field where its options are drawn
# a state ("OFF", "Enabled") or a button's verb ("Remove", "Apply") under a switch or a button just clicked is no
# option of a list: "switch off Location sharing" named the "OFF" of the next row
_STATES = frozenset({"on", "off", "yes", "no", "true", "false", "active", "inactive", "enabled", "disabled"})


def opened_option(f: Features, instruction: str, j: int, unnamed: bool = False) -> int:
    """The option to click when the last action clicked a dropdown (a field at least 2.5 times as wide as tall,
    showing its value) and a text the task names whole stands in the list under it, the model's click (``j``)
    falling outside that list on no text the task names; else ``j``. ``unnamed``: only a dropdown whose shown
    value the task does not name (a list's item just marked, "Oslo" of "pick Oslo and Perth", is no dropdown)."""
    if not len(f.hist_kind) or ACTIONS[int(f.hist_kind[-1])] != "click":
        return j
    hx, hy = (f.hist_box[-1][0] + f.hist_box[-1][2]) / 2, (f.hist_box[-1][1] + f.hist_box[-1][3]) / 2
    n = len(f.cand_text)
    fields = [q for q in range(n) if f.cand_kind[q] == KINDS["input"]
              and f.cand_box[q][0] <= hx <= f.cand_box[q][2] and f.cand_box[q][1] <= hy <= f.cand_box[q][3]]
    if not fields:
        return j
    x0, y0, x1, y1 = f.cand_box[min(fields, key=lambda q: (f.cand_box[q][2] - f.cand_box[q][0])
                                    * (f.cand_box[q][3] - f.cand_box[q][1]))]
    centres = (f.cand_box[:, :2] + f.cand_box[:, 2:]) / 2
    shows = [q for q in range(n) if f.cand_kind[q] == KINDS["text"] and x0 <= centres[q][0] <= x1
             and y0 <= centres[q][1] <= y1]
    if x1 - x0 < 2.5 * (y1 - y0) or not shows:
        return j  # not a dropdown showing its value (a switch, a box): nothing opens under it
    task = words(instruction)
    if unnamed and any(phrase_at(task, words(f.cand_text[q])) for q in shows if words(f.cand_text[q])):
        return j
    pad = 12 * f.scale

    def in_list(q: int) -> bool:  # (options start where the field starts, and end before it ends)
        b = f.cand_box[q]
        return x0 - pad <= b[0] < x1 and b[2] <= x1 + pad and y1 - 4 * f.scale <= b[1] <= y1 + _LIST_DEPTH * f.scale

    if j < n and (in_list(j) or (f.cand_kind[j] == KINDS["text"] and phrase_at(task, words(f.cand_text[j])))):
        return j  # an option of the list, or a text the task names: the model's choice
    named = [q for q in range(n) if f.cand_kind[q] == KINDS["text"] and in_list(q) and words(f.cand_text[q])
             and phrase_at(task, words(f.cand_text[q])) and not _says_state_or_act(f.cand_text[q])]
    return named[0] if len(named) == 1 else j


def _says_state_or_act(text: str) -> bool:
    ws = words(text)
    first = ws[0] if ws else ""
    return first in _STATES or first in VERBS or first.removesuffix("d") in VERBS or first.removesuffix("ed") in VERBS
