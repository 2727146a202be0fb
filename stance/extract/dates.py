"""The article's date: given by the caller (a ``date`` field, ``--date``) or read from a dateline.

A dateline is the first date near the top of the article: ISO (2024-06-12),
day/month/year (12/6/2024) or day, month name and year (12 يونيو 2024,
12 حزيران/يونيو 2024). Month names are data (``resources/dates.json``).
"""

from __future__ import annotations

import re
from datetime import date as Date, datetime
from functools import lru_cache

from stance.extract.rules import read_resource
from stance.normalize import normalize

_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)")


class DateError(ValueError):
    """A given article date cannot be read."""


def parse_date(value) -> Date | None:
    """A date from a ``date``/``datetime``, an ISO string (``2024-06-12``, ``2024-06-12T08:00:00Z``) or None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, Date):
        return value
    if isinstance(value, str):
        m = _ISO.match(value.strip())
        if m:
            try:
                return Date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                pass
    raise DateError(f"not a date (expected YYYY-MM-DD): {value!r}")


@lru_cache(maxsize=1)
def _dateline_data():
    data = read_resource("dates.json")
    months = {normalize(name): number for name, number in data["months"].items()}
    names = "|".join(re.escape(n) for n in sorted(months, key=len, reverse=True))
    named = re.compile(r"(?<!\d)(\d{1,2})\s+(" + names + r")(?:\s*/\s*(?:" + names + r"))?\s*,?\s*(\d{4})(?!\d)")
    return months, named, int(data["dateline_chars"])


def dateline(text: str, normalized: bool = False) -> Date | None:
    """The first date written near the top of ``text`` (already normalized when ``normalized``), or None."""
    months, named, chars = _dateline_data()
    head = text[:chars] if normalized else normalize(text[:chars])
    found: list[tuple[int, Date]] = []
    for m in _ISO.finditer(head):
        found += _candidate(m.start(), int(m.group(1)), int(m.group(2)), int(m.group(3)))
    for m in _NUMERIC.finditer(head):
        found += _candidate(m.start(), int(m.group(3)), int(m.group(2)), int(m.group(1)))
    for m in named.finditer(head):
        found += _candidate(m.start(), int(m.group(3)), months[m.group(2)], int(m.group(1)))
    return min(found)[1] if found else None


def _candidate(pos: int, year: int, month: int, day: int) -> list[tuple[int, Date]]:
    if not 1990 <= year <= 2100:
        return []
    try:
        return [(pos, Date(year, month, day))]
    except ValueError:
        return []


def article_date(given, text: str, normalized: bool = False) -> Date | None:
    """The given date if any, else the dateline's."""
    parsed = parse_date(given)
    return parsed if parsed is not None else dateline(text, normalized)
