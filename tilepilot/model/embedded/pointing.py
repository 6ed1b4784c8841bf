"""Decisions finished on the pixels: what a pointer over candidates cannot say exactly.

The model chooses what to act on; two things about *where* are arithmetic on the screenshot instead:
- sliders (``drag.py``): "set Volume to half" needs the track's ends;
- words inside a longer OCR line: the detector joins a menu bar ("File Edit View Help"), a nav bar or two
  buttons side by side into one text box, and the model's point in that box can land on the wrong word. When
  the task names some of the words of the text pointed at, the point moves onto them (``named_words``,
  ``perception.ocr.word_boxes``). The point never leaves the box the model chose.
"""

from __future__ import annotations

import numpy as np

from tilepilot.actions.schema import Action, Click, DoubleClick, Drag, Point, RightClick
from tilepilot.model.embedded.drag import finish_drag, target_fraction
from tilepilot.model.embedded.text import phrase_at, words
from tilepilot.perception.elements import slider_at
from tilepilot.perception.ocr import word_boxes

Box = tuple[float, float, float, float]
_CLICKS = (Click, DoubleClick, RightClick)


# window and toolbar glyphs as a person names them ("close the window" on a title bar read as "– □ ×")
GLYPHS = {"×": "close", "✕": "close", "✖": "close", "x": "close", "X": "close", "□": "maximize", "▢": "maximize",
          "–": "minimize", "—": "minimize", "-": "minimize", "_": "minimize", "?": "help", "⚙": "settings",
          "☰": "menu", "≡": "menu"}
# the other way round, for toolbars: the glyphs an icon font or an emoji draws for a named tool, and what OCR reads
# them as ("☰" read as "三"); no letter, since "X" is Cut in one toolbar and Delete in the next
ICON_GLYPHS = {
    "help": "?❓ⓘ", "info": "ⓘℹ", "menu": "☰≡三", "favorite": "★☆⭐", "star": "★☆⭐", "settings": "⚙",
    "refresh": "↻⟳↺🔄", "reload": "↻⟳↺🔄", "home": "⌂🏠", "mail": "✉📧", "email": "✉📧", "play": "▶►",
    "pause": "⏸", "undo": "↶↩⟲", "redo": "↷↪⟳", "flag": "⚑⚐🚩", "lock": "🔒⚿", "music": "♫♪", "upload": "⇧⬆",
    "download": "⬇⤓", "check": "✓✔", "search": "🔍⌕", "print": "⎙🖶", "edit": "✎✏🖉", "cut": "✂",
    "delete": "🗑✕✖", "trash": "🗑", "close": "✕✖×", "more": "⋮⋯", "add": "+＋", "new": "+＋",
}


def _said(tokens: list[str]) -> list[str]:
    """The words a person would use for these OCR tokens (a glyph by its name)."""
    return [w for t in tokens for w in ([GLYPHS[t]] if t in GLYPHS else words(t))]


def named_words(text: str, task: str) -> tuple[int, int] | None:
    """The longest run [a, b) of the words of ``text`` (split at spaces, as OCR reads them) that the task names
    as a phrase, when it is only part of the text ("View" of "File Edit View Help", "×" of "– □ ×" for "close
    the window"); None when the task names the whole text, none of it, or several parts equally."""
    tokens = text.split()
    if len(tokens) < 2:
        return None
    task_words = words(task)
    if phrase_at(task_words, _said(tokens)):
        return None
    for k in range(len(tokens) - 1, 0, -1):
        hits = [(a, a + k) for a in range(len(tokens) - k + 1)
                if (w := _said(tokens[a:a + k])) and phrase_at(task_words, w)]
        if len(hits) == 1:
            return hits[0]
        if hits:
            return None
    return None


def needs_pixels(action: Action, task: str, label: str = "", box: Box | None = None) -> bool:
    """Whether ``finish_pointing`` may change this action (so a caller reads a saved screenshot only then): a
    drag; a click while the task asks for a position; a click on a text ``box`` whose ``label`` the task names
    only in part."""
    if isinstance(action, Drag):
        return True
    if not isinstance(action, _CLICKS) or not isinstance(action.target, Point):
        return False
    return (isinstance(action, Click) and target_fraction(task, label) is not None) or (
        box is not None and named_words(label, task) is not None)


def finish_pointing(action: Action, image: np.ndarray, scale: float, task: str, label: str = "",
                    box: Box | None = None) -> Action:
    """The model's action, finished on the pixels. A drag is finished by ``finish_drag``; a click on a slider's
    track, when the task asks for a position, becomes the drag that sets it (a click on a custom slider's track
    does not move its thumb, and a phrasing never seen in training, "move Zoom to 65", can make the model
    click); a click on a text line (``box``, read as ``label``) moves onto the words the task names. Anything
    else is returned unchanged."""
    if not needs_pixels(action, task, label, box):
        return action
    if isinstance(action, Drag):
        return finish_drag(action, image, scale, task, label)
    p = action.target
    if isinstance(action, Click) and target_fraction(task, label) is not None \
            and slider_at(image, (p.x, p.y), scale) is not None:
        return finish_drag(Drag(start=p, end=p), image, scale, task, label)
    span = named_words(label, task) if box is not None else None
    if span is None:
        return action
    n = len(label.split())
    parts = word_boxes(image, box, n)
    if parts is None:  # no gaps to cut at: place the words by their characters
        tokens, w = label.split(), (box[2] - box[0]) / max(len(label), 1)
        starts = np.cumsum([0] + [len(t) + 1 for t in tokens])
        parts = [(box[0] + s * w, box[1], box[0] + (s + len(t)) * w, box[3]) for s, t in zip(starts, tokens,
                                                                                              strict=False)]
    a, b = span
    x = (parts[a][0] + parts[b - 1][2]) / 2
    return action.model_copy(update={"target": Point(x=x, y=(box[1] + box[3]) / 2, space=p.space)})
