"""Turn "set Volume to half" into a drag that ends at the right place.

The model chooses to drag and which slider (its start pointer); where the thumb must go is arithmetic on the
track's ends, which a pointer over candidates cannot do (drags were 0-11% right on held-out steps). So the
drag is finished here: the start moves onto the thumb found in pixels (``perception.elements.slider_at``),
and the end is the fraction the task asks for, placed on the track. A task with no fraction the words below
can read keeps the model's end point.
"""

from __future__ import annotations

import re

import numpy as np

from tilepilot.actions.schema import Drag, Point
from tilepilot.model.embedded.features import KINDS, Features
from tilepilot.model.embedded.text import phrase_at, words
from tilepilot.perception.elements import slider_beside

_NUM = r"(\d+(?:\.\d+)?)"
# (pattern, fraction or None for "the number in group 1, out of 100"); the first match in a clause wins
_FRACTIONS: list[tuple[re.Pattern[str], float | None]] = [(re.compile(p, re.I), f) for p, f in [
    (_NUM + r"\s*(?:%|percent\b)", None),
    (r"\bto\s+" + _NUM + r"\b(?!/|\s*(?:px|pixels?)\b)", None),
    (r"\b(?:three[- ]quarters?|3/4)\b", 0.75),
    (r"\b(?:a |one )?quarter\b|\b1/4\b", 0.25),
    (r"\b(?:half(?:way)?|middle|cent(?:er|re)|mid-?point|1/2)\b", 0.5),
    (r"\b(?:max(?:imum)?|highest|full(?:y)?|right(?:most)?|all the way up|top|end)\b", 1.0),
    (r"\b(?:min(?:imum)?|lowest|left(?:most)?|zero|all the way down|bottom|start|beginning)\b", 0.0),
]]
_SLIDE = re.compile(r"\b(?:slider?s?|slid(?:e|ing)|drag|set|move|adjust|turn|put)\b", re.I)
_CLAUSES = re.compile(r"[,;.]\s+|\s+(?:and then|then|and)\s+", re.I)


def target_fraction(task: str, label: str = "") -> float | None:
    """Where on its track the task wants the slider (0 = left end, 1 = right end), or None.

    With several clauses that name a position ("Volume to max, then Bass to 20%"), the one that mentions the
    slider's ``label`` is used, else the first that sounds like moving a slider, else the first. A bare number
    is read as a value out of 0-100."""
    words = [w for w in re.findall(r"\w+", label.lower()) if len(w) > 2]
    found: list[tuple[str, float]] = []
    for clause in _CLAUSES.split(task):
        rest = clause  # the slider's own name may hold a position word ("Top speed", "Start delay")
        for w in words:
            rest = re.sub(rf"\b{re.escape(w)}\b", " ", rest, flags=re.I)
        for pat, frac in _FRACTIONS:
            m = pat.search(rest)
            if m is None:
                continue
            if frac is None:
                v = float(m.group(1))
                if not 0 <= v <= 100:
                    continue
                frac = v / 100
            found.append((clause.lower(), frac))
            break
    if not found:
        return None
    for clause, frac in found:
        if words and any(re.search(rf"\b{re.escape(w)}\b", clause) for w in words):
            return frac
    for clause, frac in found:
        if _SLIDE.search(clause):
            return frac
    return found[0][1]


def finish_drag(drag: Drag, image: np.ndarray, scale: float, task: str, label: str = "") -> Drag:
    """The model's drag with its start on the slider's thumb and its end where the task says; unchanged when
    no slider lies under or beside the start point. At the ends the point goes to the track's edge, so the value is
    clamped to its minimum or maximum rather than left a thumb's width short. A start on the slider's label
    finds the slider beside it (``slider_beside``)."""
    sl = slider_beside(image, (drag.start.x, drag.start.y), scale)
    if sl is None:
        return drag
    x0, y0, x1, y1 = sl.thumb
    start = Point(x=(x0 + x1) / 2, y=(y0 + y1) / 2, space=drag.start.space)
    t = x1 - x0
    frac = target_fraction(task, label)
    if frac is None:
        return drag.model_copy(update={"start": start})
    if frac <= 0:
        x = sl.x0
    elif frac >= 1:
        x = sl.x1 - 1
    else:
        x = sl.x0 + t / 2 + frac * (sl.x1 - sl.x0 - t)
    return drag.model_copy(update={"start": start, "end": Point(x=x, y=start.y, space=drag.start.space)})


# the slider a task names: "the Treble slider", "Set Treble to the maximum", "drag Humidity to the right"
_NAMED_SLIDER = [re.compile(p) for p in (
    r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+slider\b",
    r"(?i:\b(?:set|move|drag|put|turn|adjust|slide)\s+(?:the\s+)?)([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"
    r"(?i:\s+(?:all\s+the\s+way\s+)?(?:to|up|down|left|right)\b)")]


def slider_name(task: str) -> str | None:
    """The name of the slider a task moves ("Set Treble to the maximum": Treble), or None."""
    for pat in _NAMED_SLIDER:
        m = pat.search(task)
        if m is not None:
            return m.group(1)
    return None


def slider_label(f: Features, task: str, j: int) -> int:
    """Where a drag starts when the task names its slider: the text on screen reading that name (the pixels then
    find the slider beside it), when the model's start ``j`` shows some other name (a whole panel of sliders
    was pointed at, "Set Treble to the minimum" dragged its neighbour); ``j`` when it reads the name or the name
    is not on screen as one text; -1 when no text on screen shows the name (the slider is further down)."""
    name = slider_name(task)
    if name is None:
        return j
    want = words(name)
    shown = [q for q in range(len(f.cand_text)) if phrase_at(words(f.cand_text[q]), want)]
    if not shown:
        return -1
    if j in shown:
        return j
    exact = [q for q in shown if f.cand_kind[q] == KINDS["text"] and words(f.cand_text[q]) == want]
    return exact[0] if len(exact) == 1 else j
