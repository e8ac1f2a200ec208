"""A toll told for several days, shared out over them: "11 people were killed during the
3-day attack", "Clashes went on from 5 to 11 August; 60 soldiers died".

ACLED codes one event per day of fighting and divides a toll reported for the whole
span evenly across those events, so the event of one day keeps its share (rounded),
never the whole span's total. A record already dated to the span ("Between 13 and 17
July, ... 8 killed") keeps its toll; so does a span longer than a month ("66 people
were lynched in 2017"), which is a tally, not one happening's toll.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from spacy.tokens import Span

from ..normalise.dates import find_dates
from ..normalise.numbers import NUMBER_PATTERN, parse_number
from ..record import Event

_LONGEST_SPAN = 31  # days; past this a figure is a tally, not a toll to share out
# "the 3-day attack", "a four-day battle", "over two days of fighting".
_DAYS_RE = re.compile(rf"\b(?P<n>{NUMBER_PATTERN})(?:-|\s+)days?\b(?!\s+(?:ago|later|earlier|before|after))", re.I)
# "(fatalities split in four events)", "spread across 5 events", "divided over 3 days".
_SHARED_RE = re.compile(
    rf"\b(?:split|spread|distributed|divided|shared)\s+(?:across|in|into|over|between|among)\s+"
    rf"(?P<n>{NUMBER_PATTERN})\s+(?:events|days|incidents)\b",
    re.I,
)

# A span given by its two ends ("from 5 to 11 August", "28 May to 30 May", "20-22
# February"), not a vague one ("recently", "overnight").
_DATE_RANGE_RE = re.compile(r"\d[^\d]*?(?:\bto\b|\band\b|\buntil\b|-|–)[^\d]*\d")


def days_told(sents: Sequence[Span], ref: date | None = None) -> int:
    """The most days (or events) the sentences tell a toll spread over; 1 when none.
    A span of dates counts after the first sentence only: there, "Around 16 August
    (between 15 and 16 August)" says when the event itself was, not how long it
    lasted. ``ref`` dates a span told without its year ("from 5 to 11 August")."""
    most = 1
    for i, sent in enumerate(sents):
        for match in (*_DAYS_RE.finditer(sent.text), *_SHARED_RE.finditer(sent.text)):
            told = parse_number(match["n"])
            if told and told <= _LONGEST_SPAN:
                most = max(most, int(told))
        for found in find_dates(sent.text, ref) if i else ():
            if found.span is not None and _DATE_RANGE_RE.search(found.text):
                days = (found.span.end - found.span.start).days + 1
                if days <= _LONGEST_SPAN:
                    most = max(most, days)
    return most


def one_day(event: Event) -> bool:
    """The record is dated to a single day (the day whose share it gets)."""
    return event.date.start is not None and event.date.start == event.date.end


def share(toll: int, days: int) -> int:
    """One day's share of a toll spread evenly over ``days``, halves rounded up; a toll
    of some dead leaves each day at least one."""
    if days <= 1 or toll <= 0:
        return toll
    return max(1, (2 * toll + days) // (2 * days))


def spread_toll(event: Event, sents: list[Span]) -> None:
    """A one-day record keeps its share of a toll the sentences tell for several days."""
    if event.fatalities and one_day(event):
        event.fatalities = share(event.fatalities, days_told(sents, date.fromisoformat(event.date.start)))

