"""Reading a date typed into a date field: the keys of "2024-09-21" fall into whichever part of Chromium's
"mm/dd/yyyy" box the click landed on, so a date field is given its value whole instead."""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                           "nov", "dec"))}


def _made(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def iso_date(text: str) -> str | None:
    """``text`` as a "YYYY-MM-DD" date when it reads one whole: "2024-09-21", "21/09/2024" or "09/21/2024" where
    one part can only be the day (a part over 12), "21 Sep 2024", "Sep 21, 2024", "Saturday 21 September 2024";
    None for anything else, an ambiguous "03/04/2024" included (its keys are typed as they are)."""
    t = text.strip().lower().rstrip(".")
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", t):
        return _made(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", t):
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        if a > 12 >= b:
            return _made(y, b, a)
        if b > 12 >= a:
            return _made(y, a, b)
        return _made(y, a, a) if a == b else None
    t = re.sub(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+", "", t)
    if m := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})[a-z]*,?\s+(\d{4})", t):
        return _made(int(m[3]), _MONTHS.get(m[2], 0), int(m[1])) if m[2] in _MONTHS else None
    if m := re.fullmatch(r"([a-z]{3})[a-z]*\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", t):
        return _made(int(m[3]), _MONTHS.get(m[1], 0), int(m[2])) if m[1] in _MONTHS else None
    return None
