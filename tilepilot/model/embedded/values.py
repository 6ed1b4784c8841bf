"""Values typed in the form their field asks for.

A person writes "on 3 August 2025"; a field whose placeholder reads YYYY-MM-DD wants 2025-08-03, and a text
field takes whatever is typed. The span pointer can only copy words from the task, so a date named with its
month's name is rewritten into the format the field shows (its placeholder or label). Numeric dates other
than ISO ones are left alone: 03/08/2025 may be either day first or month first. A count said in words ("for
two people") goes into a field that asks for a count ("Number of guests") as digits, without its noun.
"""

from __future__ import annotations

import re

from tilepilot.actions.dates import parse_date

DATE_FORMAT = re.compile(r"\b(YYYY|DD|MM)([-/.])(YYYY|DD|MM)\2(YYYY|DD|MM)\b", re.I)


def in_field_format(text: str, field: str) -> str:
    """``text`` rewritten as the date format shown in ``field`` (a placeholder or label such as "Date
    YYYY-MM-DD") when it names a date and the field shows one; otherwise ``text`` unchanged."""
    m = DATE_FORMAT.search(field or "")
    if m is None:
        return text
    keys = [m.group(1).upper(), m.group(3).upper(), m.group(4).upper()]
    if sorted(keys) != ["DD", "MM", "YYYY"]:
        return text
    day = parse_date(text)
    if day is None:
        return text
    pieces = {"YYYY": f"{day.year:04d}", "MM": f"{day.month:02d}", "DD": f"{day.day:02d}"}
    return m.group(2).join(pieces[k] for k in keys)


_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
NUMBER_WORDS = {w: i for i, w in enumerate(_UNITS)} | _TENS | {"a dozen": 12, "a couple of": 2, "a pair of": 2}
# words a label uses when its field wants a count (its value is compared by number, not by text)
_COUNT_FIELD = re.compile(r"\b(number of|no\. of|count|how many|quantity|qty|guests?|people|persons?|adults?|children|"
                          r"kids|seats?|tickets?|rooms?|nights?|party size|copies|pieces|units|attendees|players)\b",
                          re.I)


def number_in(text: str) -> int | None:
    """The count ``text`` names on its own or before one noun ("two", "twenty-five", "4 guests", "two people",
    "a dozen eggs"), else None."""
    t = " ".join(text.lower().replace("-", " ").split())
    words = t.split()
    for phrase, n in NUMBER_WORDS.items():  # "a dozen", "a couple of"
        if " " in phrase and (t == phrase or t.startswith(phrase + " ")):
            words = [str(n)] + t[len(phrase):].split()
            break
    if not words:
        return None
    if words[0].isdigit() and len(words[0]) <= 6:
        n, rest = int(words[0]), words[1:]
    elif words[0] in _TENS and len(words) > 1 and words[1] in _UNITS[1:10]:
        n, rest = _TENS[words[0]] + NUMBER_WORDS[words[1]], words[2:]
    elif words[0] in NUMBER_WORDS:
        n, rest = NUMBER_WORDS[words[0]], words[1:]
    else:
        return None
    if len(rest) > 1 or (rest and (not rest[0].isalpha() or rest[0] in NUMBER_WORDS)):
        return None
    return n


def as_count(text: str, field: str) -> str:
    """``text`` as digits when ``field`` (a label or placeholder) asks for a count and ``text`` names one ("two
    people" into "Number of guests": 2); otherwise ``text`` unchanged."""
    if not _COUNT_FIELD.search(field or "") or text.strip().isdigit():
        return text
    n = number_in(text)
    return text if n is None else str(n)


_CAPITAL_WORD = re.compile(r"[A-Z][\w'’-]*")


def name_run(instruction: str, a: int, b: int) -> tuple[int, int]:
    """An unquoted value that starts or ends on a capitalized word grown over the capitalized words right
    beside it, a name read whole: on a hand-written form "Set the name to Ada Lovelace" typed "Lovelace" (the
    span pointer started on the surname of a name it never saw). It stops at punctuation, at a lower-case word
    and at the task's first word ("Enter Ada …": a capital there is the sentence's)."""
    if not 0 <= a < b <= len(instruction):
        return a, b
    if instruction[a].isupper():
        while True:
            m = re.search(r"(?:^|(?<=\s))(\S+) $", instruction[:a])
            if m is None or m.start(1) == 0 or not _CAPITAL_WORD.fullmatch(m.group(1)):
                break
            a = m.start(1)
    last = instruction[:b].split()[-1] if instruction[:b].split() else ""
    if last[:1].isupper():
        while True:
            m = re.match(r" (\S+?)[.,;:!?]*(?=\s|$)", instruction[b:])  # "company Linux Foundation."
            if m is None or not _CAPITAL_WORD.fullmatch(m.group(1)):
                break
            b += m.end(1)
    return a, b
