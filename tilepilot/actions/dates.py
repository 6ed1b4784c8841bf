"""Dates as a person writes them, read once for the whole package.

A person writes "on 3 August 2025"; a field whose placeholder reads YYYY-MM-DD wants 2025-08-03
(``model.embedded.values`` rewrites it so), and Chromium's date box ("mm/dd/yyyy" in three parts) takes the keys
of "2024-09-21" in whichever part the click landed on, so the browser gives a date field its value whole
(``iso_date``)."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {name: i + 1 for i, names in enumerate([
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
    ("november", "nov"), ("december", "dec")]) for name in names}

_DAY_MONTH = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+([a-z]+)\.?,?\s+(\d{4})", re.I)
_MONTH_DAY = re.compile(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.I)
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_WEEKDAY = re.compile(r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+", re.I)


def parse_date(text: str) -> dt.date | None:
    """The date ``text`` names unambiguously ("3 August 2025", "August 3, 2025", "2025-08-03"), else None."""
    t = text.strip()
    for pattern, order in ((_DAY_MONTH, "dmy"), (_MONTH_DAY, "mdy"), (_ISO, "ymd")):
        m = pattern.fullmatch(t)
        if m is None:
            continue
        parts = dict(zip(order, m.groups(), strict=True))
        month = MONTHS.get(parts["m"].lower()) if not parts["m"].isdigit() else int(parts["m"])
        if month is None:
            return None
        try:
            return dt.date(int(parts["y"]), month, int(parts["d"]))
        except ValueError:
            return None
    return None


def iso_date(text: str) -> str | None:
    """``text`` as a "YYYY-MM-DD" date when it reads one whole: as ``parse_date`` reads it, after a weekday
    ("Saturday 21 September 2024"), or "21/09/2024" / "09/21/2024" where one part can only be the day (a part
    over 12); None for anything else, an ambiguous "03/04/2024" included (its keys are typed as they are)."""
    t = text.strip().rstrip(".")
    if m := _NUMERIC.fullmatch(t):
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        month, day = (b, a) if a > 12 >= b else (a, b) if b > 12 >= a or a == b else (0, 0)
        try:
            return dt.date(y, month, day).isoformat()
        except ValueError:
            return None
    day = parse_date(_WEEKDAY.sub("", t, count=1) if _WEEKDAY.match(t) else t)
    return day.isoformat() if day else None


_CLOCK = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?\s*(?:([ap])\.?\s*m\.?)?", re.I)


def clock_time(text: str) -> str | None:
    """``text`` as a 24-hour "HH:MM" when it reads a time of day whole ("14:00", "2pm", "2.30 p.m.", "9:05 AM"),
    else None: a bare number is no time. Chromium's time box ("--:-- --" in three parts) takes it whole."""
    m = _CLOCK.fullmatch(text.strip())
    if m is None or (m[2] is None and m[3] is None):
        return None
    h, mins = int(m[1]), int(m[2] or 0)
    if m[3]:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m[3].lower() == "p" else 0)
    return f"{h:02d}:{mins:02d}" if h < 24 and mins < 60 else None
