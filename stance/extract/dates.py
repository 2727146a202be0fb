"""The article's date: given by the caller (a ``date`` field, ``--date``) or read from a dateline.

A dateline is the first date near the top of the article (the first ``dateline_chars`` characters):
year first (2024-06-12, 2024/6/12, 2024.06.12), day first (12/6/2024, 12-06-2024, 12.06.2024), a day,
month name and year (12 يونيو 2024, 12 حزيران/يونيو 2024, 12 حزيران (يونيو) 2024, 12-يونيو-2024,
12 June 2024, 12th, June 2024), a month name first (June 12, 2024) or a Hijri day, month and year
(12 ذو القعدة 1444 هـ, read with the tabular Islamic calendar: a day or two off at most, which is
plenty to tell who held an office). When the top of the article has no date, a date anywhere after a
publication label («نشر بتاريخ», «تاريخ النشر», «آخر تحديث») is the article's. A date in the body
without a label is an event's, not the article's, and is not used. Month names, Hijri month names and
labels are data (``resources/dates.json``).
"""

from __future__ import annotations

import math
import re
from datetime import date as Date, datetime
from functools import lru_cache

from stance.extract.rules import read_resource
from stance.normalize import normalize

_YEAR = re.compile(r"\d{4}")  # every date form has a four-digit year: without one, nothing to look for
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_YEAR_FIRST = re.compile(r"(?<![\d.,/-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d,]|\.\d)")
_DAY_FIRST = re.compile(r"(?<![\d,])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)")
_HIJRI_YEARS = (1350, 1550)
_ISLAMIC_EPOCH = 1948439  # Julian day number of 1 Muharram 1 AH, less one (tabular calendar)
_JDN_OF_ORDINAL_ZERO = 1721425  # Julian day number of proleptic Gregorian 31 December of year 0


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


def _alternation(names) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@lru_cache(maxsize=1)
def _dateline_data():
    data = read_resource("dates.json")
    months = {normalize(name): number for name, number in data["months"].items()}
    hijri = {normalize(name): number for name, number in data["hijri_months"].items()}
    names = _alternation(months)
    # a second name for the same month after a slash or in brackets: «حزيران/يونيو», «حزيران (يونيو)»
    other = r"(?:\s*/\s*(?:" + names + r")|\s*\(\s*(?:" + names + r")\s*\))?"
    sep = r"(?:\s*[-/]\s*|\s+)"
    day = r"(\d{1,2})(?:st|nd|rd|th)?"
    named = re.compile(r"(?<![\d.,/])" + day + r"\s*,?" + sep + r"(" + names + r")(?![^\W\d_])" + other
                       + r"\s*,?" + sep.replace(r"\s+", r"\s*") + r"(\d{4})(?!\d)")
    month_first = re.compile(r"(?<![\w])(" + names + r")\.?\s+" + day + r"\s*,?\s+(\d{4})(?!\d)")
    hijri_re = re.compile(r"(?<![\d.,/-])(\d{1,2})\s+(" + _alternation(hijri) + r")\s*,?\s*(\d{4})(?!\d)")
    labels = tuple(sorted({normalize(w) for w in data["publication_labels"]}, key=len, reverse=True))
    return months, hijri, named, month_first, hijri_re, labels, int(data["dateline_chars"]), \
        int(data["label_window"])


def dateline(text: str, normalized: bool = False) -> Date | None:
    """The article's date written in ``text`` (already normalized when ``normalized``), or None: the first
    date near the top, else a date right after a publication label anywhere in the text."""
    months, hijri, named, month_first, hijri_re, labels, chars, window = _dateline_data()
    head = text[:chars] if normalized else normalize(text[:chars])
    found = _dates_in(head, months, hijri, named, month_first, hijri_re) if _YEAR.search(head) else []
    if found:
        return min(found)[1]
    body = text if normalized else normalize(text)
    starts = sorted(pos for label in labels for pos in _all(body, label))
    for pos in starts:  # a label, then a date within the window after it
        after = body[pos:pos + window]
        found = _dates_in(after, months, hijri, named, month_first, hijri_re) if _YEAR.search(after) else []
        if found:
            return min(found)[1]
    return None


def _all(text: str, word: str):
    """Start offsets of ``word`` in ``text``, as a whole word at its start (no letter right before it)."""
    pos = text.find(word)
    while pos >= 0:
        if pos == 0 or not text[pos - 1].isalpha():
            yield pos
        pos = text.find(word, pos + 1)


def _dates_in(head: str, months, hijri, named, month_first, hijri_re) -> list[tuple[int, Date]]:
    found: list[tuple[int, Date]] = []
    for m in _YEAR_FIRST.finditer(head):
        found += _candidate(m.start(), int(m.group(1)), int(m.group(3)), int(m.group(4)))
    for m in _DAY_FIRST.finditer(head):
        found += _candidate(m.start(), int(m.group(4)), int(m.group(3)), int(m.group(1)))
    for m in named.finditer(head):
        found += _candidate(m.start(), int(m.group(3)), months[m.group(2)], int(m.group(1)))
    for m in month_first.finditer(head):
        found += _candidate(m.start(), int(m.group(3)), months[m.group(1)], int(m.group(2)))
    if found:
        return found
    # a Hijri date only when there is no Gregorian one (calendars in use differ from the tabular one by a day or two)
    for m in hijri_re.finditer(head):
        day = _from_hijri(int(m.group(3)), hijri[m.group(2)], int(m.group(1)))
        if day is not None:
            found.append((m.start(), day))
    return found


def _candidate(pos: int, year: int, month: int, day: int) -> list[tuple[int, Date]]:
    if not 1990 <= year <= 2100:
        return []
    try:
        return [(pos, Date(year, month, day))]
    except ValueError:
        return []


def _from_hijri(year: int, month: int, day: int) -> Date | None:
    """The Gregorian date of a Hijri one by the tabular Islamic calendar (within a day or two of the
    calendar in use in any country)."""
    if not (_HIJRI_YEARS[0] <= year <= _HIJRI_YEARS[1] and 1 <= month <= 12 and 1 <= day <= 30):
        return None
    jdn = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + _ISLAMIC_EPOCH
    return Date.fromordinal(jdn - _JDN_OF_ORDINAL_ZERO)


def article_date(given, text: str, normalized: bool = False) -> Date | None:
    """The given date if any, else the dateline's."""
    parsed = parse_date(given)
    return parsed if parsed is not None else dateline(text, normalized)
