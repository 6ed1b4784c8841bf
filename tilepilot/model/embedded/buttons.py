"""The button a task's last words mean when they name none on screen: "… and save" on a form whose only button
for it reads "Update profile".

Real pages say the same thing many ways (Save, Update, Apply, Submit, Save changes, Confirm); a task written
by someone who has not looked at the page says "save" or "update it". The network matches the task's words
against the screen's, finds no "save", and points elsewhere (a switch of the form, clicked a second time).
"""

from __future__ import annotations

import re

import numpy as np

from tilepilot.model.embedded.features import KINDS, Features
from tilepilot.model.embedded.text import phrase_at, words

_SAVE_VERBS = r"save|update|apply|submit|store|commit"
# the task ends on saving: "… and save", "…, then save the changes", "… and update it", "then submit the form"
_ENDS_SAVING = re.compile(rf"(?:,|;|\band\b|\bthen\b)\s*(?:then\s+)?(?:please\s+)?({_SAVE_VERBS})\b"
                          r"(?:\s+(?:it|them|this|that|the\s+\w+|my\s+\w+|your\s+\w+|everything|changes))?\s*[.!]?\s*$",
                          re.I)
# a button that saves: its text starts with a saving word
_SAVES = re.compile(rf"\W*(?:{_SAVE_VERBS}|confirm|done|ok|okay)\b", re.I)


def save_button(f: Features, instruction: str, j: int, scores: np.ndarray) -> int:
    """Where the click of a task's last clause goes when that clause saves ("… and save") and the model pointed
    at text that does not read like saving while no text on screen has the task's own saving word: the
    best-scoring text that reads like saving ("Update profile", "Apply"), else ``j``."""
    m = _ENDS_SAVING.search(instruction)
    n = len(f.cand_text)
    if m is None or (j < n and _SAVES.match(f.cand_text[j])):
        return j
    said = m.group(1).lower()
    texts = [q for q in range(n) if f.cand_kind[q] == KINDS["text"]]
    if any(phrase_at(words(f.cand_text[q]), [said]) for q in texts):
        return j  # the page has the word (OCR may misread a letter: "App1y"): the network matches it itself
    saving = [q for q in texts if _SAVES.match(f.cand_text[q])]
    return max(saving, key=lambda q: scores[q]) if saving else j
