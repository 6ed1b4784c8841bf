"""Find a target named by its text among OCR boxes, and the input field that belongs to a label."""

from __future__ import annotations

import difflib
import re

from tilepilot.errors import TargetNotFound
from tilepilot.perception.ocr import TextBox

_WS = re.compile(r"\s+")


def norm(s: str) -> str:
    return _WS.sub(" ", s).strip().casefold()


def _reading_order(b: TextBox) -> tuple[float, float]:
    # rows of roughly one line height, then left to right
    return (round(b.center[1] / max(8.0, b.height)), b.center[0])


def match_text(boxes: list[TextBox], query: str, exact: bool = False) -> list[tuple[float, TextBox]]:
    """All boxes that match ``query``, best first: (score, box). A query found inside a longer line
    gets a box narrowed to the query's characters, so "Save" inside "Cancel Save" hits the right word."""
    q = norm(query)
    out: list[tuple[float, TextBox]] = []
    for b in boxes:
        t = norm(b.text)
        if not t:
            continue
        if t == q:
            out.append((1.0, b))
        elif exact:
            continue
        elif q in t:
            i = t.index(q)
            x0, y0, x1, y1 = b.box
            w = (x1 - x0) / max(1, len(t))
            narrowed = TextBox(text=b.text[i : i + len(q)], box=(x0 + w * i, y0, x0 + w * (i + len(q)), y1),
                               score=b.score)
            out.append((0.9 - 0.1 * (1 - len(q) / len(t)), narrowed))
        else:
            r = difflib.SequenceMatcher(None, q, t).ratio()
            if r >= 0.8:
                out.append((0.8 * r, b))
    out.sort(key=lambda sb: (-round(sb[0], 3), _reading_order(sb[1])))
    return out


def find_text(boxes: list[TextBox], query: str, nth: int = 1, exact: bool = False,
              step: int | None = None) -> TextBox:
    """The ``nth`` best match in reading order among equally good ones, or TargetNotFound naming the
    closest texts seen."""
    hits = match_text(boxes, query, exact)
    if hits:
        best = hits[0][0]
        same = sorted([b for s, b in hits if abs(s - best) < 1e-3], key=_reading_order)
        if nth <= len(same):
            return same[nth - 1]
        if nth <= len(hits):
            return hits[nth - 1][1]
    raise TargetNotFound(query if nth == 1 else f"{query} (#{nth})", step, closest_texts(boxes, query))


def _likeness(query: str, text: str) -> float:
    """How much a seen text looks like the query: the best of whole-string similarity and the similarity
    of the query to the best-aligned window of the text (so a long line does not drown a near word)."""
    whole = difflib.SequenceMatcher(None, query, text).ratio()
    if len(text) <= len(query):
        return whole
    n = len(query)
    part = max(difflib.SequenceMatcher(None, query, text[i : i + n]).ratio() for i in range(len(text) - n + 1))
    return max(whole, 0.9 * part)


def closest_texts(boxes: list[TextBox], query: str, k: int = 5) -> list[str]:
    q = norm(query)
    scored = sorted(((_likeness(q, norm(b.text)), b.text) for b in boxes), key=lambda st: -st[0])
    seen: list[str] = []
    for _, t in scored:
        if t not in seen:
            seen.append(t)
        if len(seen) == k:
            break
    return seen
