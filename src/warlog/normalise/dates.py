"""Event dates resolved against the article date, with ACLED's time precision.

News rarely gives a full date: "last week", "on Tuesday", "over the past month". We
resolve them with explicit rules (not a parser's guess) so the answer is reproducible
and never silently falls back to *today*: a relative expression without an article
date resolves to start/end null with its ``text`` kept.

Conventions (ACLED precision: 1 a day, 2 a week or a few days, 3 a month or longer;
unless stated, precision follows the span length: 1 day -> 1, under 28 days -> 2,
else 3):

* "last week": Monday-Sunday of the week before the article's week.
* "this week" / "earlier this week": Monday of the article's week to the article date.
* "(on) Tuesday": the most recent Tuesday not after the article date ("last Tuesday"
  skips the article date itself); precision 1.
* "yesterday", "last night" (the day before), "overnight" (day before to article date,
  precision 1: one night), "today", "this morning".
* "over the past month", "in the last three weeks": span ending at the article date.
  "in recent days" 7 days, "in recent weeks" 3 weeks, "in recent months" 3 months,
  "recently" / "lately" a month (precision 3: we do not know better).
* "last month" / "last year": the previous calendar month / year.
* "two weeks ago": the week that holds that day; "more than two weeks ago": the unit
  before that day (a span ending on it).
* "in 2014": the year; "early/mid/late 2014": Jan-Apr / May-Aug / Sep-Dec.
* "in September", "mid-September", "12 October": the most recent such date whose start
  is not after the article date; "early/mid/late" a month: days 1-10 / 11-20 / 21-end.
* "the night of 3-4 March": start 3, end 4, precision 1 (one night).
* "around 12 March", "12 March (or around)": that day, precision 2.
* "12/10/2017": only when the day cannot be the month (13/10/2017); else not a date.
* Future expressions ("tomorrow", "next week", "within days") are not event dates and
  are not recognised.

``sentence_dates.sentence_date`` (which of a sentence's dates is the event's) returns an
``EventDate`` with all fields null when the sentence has no date expression: the caller decides whether the article date applies (usually yes,
with precision 2, since news reports events of the last few days).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import dateparser

from ..record import EventDate
from .numbers import NUMBER_PATTERN, parse_number

BACKGROUND_DAYS = 366  # a span opening over a year back is background
HISTORICAL_DAYS = 60

MONTHS: dict[str, int] = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}
MONTHS["sept"] = 9
WEEKDAYS: dict[str, int] = {calendar.day_name[i].lower(): i for i in range(7)}

_MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
# Beside a day or a year, a month in lower case is a month too (some outlets print
# their stories lower-cased: "on march 15"); "may" stays a verb ("15 may have died").
_MONTH = (
    r"(?:(?i:january|february|march|april|june|july|august|september|october|november|december)"
    rf"|{_MONTH_NAME})"
)
# A day is no measure ("a protest march 3 km long").
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)(?!\s*(?i:km|kms|kilomet\w*|miles?|met(?:er|re)s?|hours?|hrs|minutes?|people|persons)\b)"
_YEAR_DIGITS = r"(?:1[89]\d\d|20\d\d)"
_YEAR = _YEAR_DIGITS + r"(?![\d%])"
_WEEKDAY = r"(?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"  # "on friday" in lower-cased stories
_DASH = r"\s*(?:-|–|—|to|and|until|till)\s*"
_LEAD = r"(?i:on|in|at|during|over|for|within|by|of|until|throughout|from)\s+"  # not "since": a state's start, not an event date
_AROUND = r"(?P<around>(?i:around|about|on\s+or\s+(?:around|about))\s+)?"
_OR_AROUND = r"(?P<around2>\s*\((?i:or\s+around|approx\.?|approximately|as\s+reported)\))?"
_WEEKDAY_PREFIX = rf"(?:{_WEEKDAY},?\s+(?:the\s+)?)?"


@dataclass(frozen=True)
class _Span:
    start: date
    end: date
    precision: int | None = None  # None: derive from the span length

    def to_event_date(self, text: str) -> EventDate:
        return EventDate(
            start=self.start.isoformat(),
            end=self.end.isoformat(),
            precision=self.precision or precision_for(self.start, self.end),
            text=text,
        )


Groups = dict[str, str | None]  # a match's named groups, plus "all": the whole match
Builder = Callable[[Groups, date | None], _Span | None]


@dataclass(frozen=True)
class _Rule:
    """A date pattern; ``needs_lead`` rules are scanned only when a preposition precedes."""

    pattern: re.Pattern[str]
    build: Builder
    needs_lead: bool = False


def precision_for(start: date, end: date) -> int:
    """ACLED time precision of a span: a day 1, under four weeks 2, longer 3."""
    days = (end - start).days + 1
    if days <= 1:
        return 1
    return 2 if days < 28 else 3


# --- calendar helpers ---------------------------------------------------------------


def _month_number(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _day_number(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year_for(month: int, day: int, ref: date | None, year_text: str | None) -> int | None:
    """The stated year, else the most recent year in which month/day is not after ref."""
    if year_text:
        return _full_year(year_text)
    if ref is None:
        return None
    start = _safe_date(ref.year, month, min(day, calendar.monthrange(ref.year, month)[1]))
    return ref.year if start is not None and start <= ref else ref.year - 1


def _full_year(text: str) -> int:
    value = int(text)
    return value + 2000 if value < 100 else value


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


# --- builders -----------------------------------------------------------------------


def _group(match: Groups, name: str) -> str | None:
    return match.get(name)


def _around(match: Groups) -> bool:
    return bool(_group(match, "around") or _group(match, "around2"))


def _single_day(match: Groups, ref: date | None) -> _Span | None:
    month = _month_number(match["m"])
    day = _day_number(match["d"])
    year = _year_for(month, day, ref, _group(match, "y"))
    found = _safe_date(year, month, day) if year else None
    if found is None:
        return None
    return _Span(found, found, 2 if _around(match) else 1)


def _day_range(match: Groups, ref: date | None) -> _Span | None:
    end_month = _month_number(match["m2"])
    start_month = _month_number(match["m1"]) if _group(match, "m1") else end_month
    first, last = _day_number(match["d1"]), _day_number(match["d2"])
    stated = _group(match, "y")
    wraps = (start_month, first) > (end_month, last)  # "28 December - 2 January"
    if stated:
        year = _full_year(stated)
        start_year = year - 1 if wraps else year
    else:
        # A report may be written while the range is still going on: its start, not its
        # end, must not be after the article date.
        start_year = _year_for(start_month, first, ref, None)
        if start_year is None:
            return None
        year = start_year + 1 if wraps else start_year
    start, end = _safe_date(start_year, start_month, first), _safe_date(year, end_month, last)
    if start is None or end is None or start > end:
        return None
    if _group(match, "night"):
        # ACLED codes a night that runs into the next morning to the day it began.
        return _Span(start, start if end - start <= timedelta(days=1) else end, 1)
    return _Span(start, end, None)


def _iso(match: Groups, ref: date | None) -> _Span | None:
    found = _safe_date(int(match["y"]), int(match["mo"]), int(match["d"]))
    return _Span(found, found, 1) if found else None


def _numeric(match: Groups, ref: date | None) -> _Span | None:
    """d/m/y only when unambiguous: one part above 12, or both parts equal."""
    first, second, year = int(match["a"]), int(match["b"]), _full_year(match["y"])
    if first > 12 >= second:
        found = _safe_date(year, second, first)
    elif second > 12 >= first or first == second:
        found = _safe_date(year, first, second)
    else:
        return None
    return _Span(found, found, 1) if found else None


_PARTS: dict[str, tuple[int, int | None]] = {
    "early": (1, 10), "beginning": (1, 10), "start": (1, 10),
    "mid": (11, 20), "middle": (11, 20),
    "late": (21, None), "end": (21, None),
}


def _part_key(text: str) -> str:
    return re.sub(r"^the\s+|\s+of$", "", " ".join(text.lower().split()))


def _month_part(match: Groups, ref: date | None) -> _Span | None:
    month = _month_number(match["m"])
    first, last = _PARTS[_part_key(match["part"])]
    year = _year_for(month, first, ref, _group(match, "y"))
    if year is None:
        return None
    end = _month_end(year, month) if last is None else date(year, month, last)
    return _Span(date(year, month, first), end, 2)


def _whole_month(match: Groups, ref: date | None) -> _Span | None:
    month = _month_number(match["m"])
    lead = (_group(match, "lead") or "").strip().lower()
    year = _year_for(month, 1, ref, _group(match, "y"))
    if year is None:
        return None
    if lead == "last" and ref is not None and (year, month) == (ref.year, ref.month):
        year -= 1
    return _Span(date(year, month, 1), _month_end(year, month), 3)


def _whole_year(match: Groups, ref: date | None) -> _Span | None:
    year = int(match["y"])
    return _Span(date(year, 1, 1), date(year, 12, 31), 3)


def _year_span(match: Groups, ref: date | None) -> _Span | None:
    """"the 1992-93 riots", "in 1992-'93", "2014/15": two years given as one span (a
    second year of two digits is in the first's century); not a later year's wrap-around."""
    first, second = int(match["y"]), match["y2"]
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if not first < last <= first + 10:
        return None
    return _Span(date(first, 1, 1), date(last, 12, 31), 3)


_YEAR_PARTS: dict[str, tuple[int, int]] = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}


def _year_part(match: Groups, ref: date | None) -> _Span | None:
    year = int(match["y"])
    first, last = _YEAR_PARTS[match["part"].lower()]
    return _Span(date(year, first, 1), _month_end(year, last), 3)


def _day_of_month(match: Groups, ref: date | None) -> _Span | None:
    """"on the 19th": that day of the article's month, or of the month before when the
    day is still to come."""
    if ref is None:
        return None
    day = int(match["dn"])
    month = ref if day <= ref.day else _add_months(ref.replace(day=1), -1)
    found = _safe_date(month.year, month.month, day)
    return _Span(found, found, 1) if found else None


def _day_word(match: Groups, ref: date | None) -> _Span | None:
    if ref is None:
        return None
    word = " ".join((match["all"] or "").lower().split())
    if "before yesterday" in word:
        return _Span(ref - timedelta(days=2), ref - timedelta(days=2), 1)
    if word in ("yesterday", "last night"):
        return _Span(ref - timedelta(days=1), ref - timedelta(days=1), 1)
    if word == "overnight":
        return _Span(ref - timedelta(days=1), ref, 1)
    return _Span(ref, ref, 1)


# Days every calendar fixes, which wire copy names instead of the date ("a car bomb on
# New Year's Eve"; bare "Christmas" only after "on": "ahead of Christmas" is no day).
# Movable feasts (Easter, Eid) need a calendar of their own: not here.
HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "boxing day": (12, 26),
}


def _holiday(match: Groups, ref: date | None) -> _Span | None:
    name = " ".join((match["hol"] or "").lower().replace("\u2019", "'").split())
    month, day = HOLIDAYS[name]
    year = _year_for(month, day, ref, _group(match, "y"))
    return _Span(date(year, month, day), date(year, month, day), 1) if year else None


def _weekday(match: Groups, ref: date | None) -> _Span | None:
    if ref is None:
        return None
    back = (ref.weekday() - WEEKDAYS[match["wd"].lower()]) % 7
    lead = (_group(match, "lead") or "").strip().lower()
    if back == 0 and lead in ("last", "past"):
        back = 7
    found = ref - timedelta(days=back)
    return _Span(found, found, 1)


def _calendar_unit(match: Groups, ref: date | None) -> _Span | None:
    """last/this week, weekend, month, year; with early/late for last month."""
    if ref is None:
        return None
    modifier = " ".join(match["mod"].lower().split())
    unit = match["unit"].lower()
    previous = "last" in modifier or "previous" in modifier
    if unit == "week":
        monday = _monday(ref) - timedelta(days=7 if previous else 0)
        return _Span(monday, monday + timedelta(days=6) if previous else ref)
    if unit == "weekend":
        saturday = _monday(ref) + timedelta(days=5) - timedelta(days=7 if previous else 0)
        if saturday > ref:
            saturday -= timedelta(days=7)
        return _Span(saturday, min(saturday + timedelta(days=1), ref))
    if unit == "month":
        first = _add_months(ref.replace(day=1), -1 if previous else 0)
        end = _month_end(first.year, first.month) if previous else ref
        if modifier.startswith(("early", "late")):
            low, high = _PARTS[modifier.split()[0]]
            return _Span(first.replace(day=low), end if high is None else first.replace(day=high), 2)
        return _Span(first, end, 3)
    year = ref.year - 1 if previous else ref.year
    return _Span(date(year, 1, 1), date(year, 12, 31) if previous else ref, 3)


_UNIT_DAYS: dict[str, int] = {"hour": 0, "day": 1, "week": 7}
_VAGUE_COUNTS: dict[str, int] = {"few": 3, "several": 3, "couple of": 2, "a few": 3, "a couple of": 2}


def _count(text: str | None) -> int | None:
    """Count in "the past three weeks" / "a few days ago"; 1 when absent ("the past month")."""
    if not text:
        return 1
    cleaned = " ".join(text.lower().split())
    if cleaned in _VAGUE_COUNTS:
        return _VAGUE_COUNTS[cleaned]
    if cleaned in ("a", "an"):
        return 1
    value = parse_number(cleaned)
    return int(value) if value is not None else None


def _back(ref: date, unit: str, count: int) -> date:
    unit = unit.lower().rstrip("s")
    if unit in _UNIT_DAYS:
        return ref - timedelta(days=max(_UNIT_DAYS[unit] * count, 1 if unit == "hour" else 0))
    return _add_months(ref, -count * (12 if unit == "year" else 1))


def _trailing(match: Groups, ref: date | None) -> _Span | None:
    """"over the past month": a span ending at the article date."""
    count = _count(_group(match, "n"))
    if ref is None or count is None:
        return None
    return _Span(_back(ref, match["unit"], count), ref)


_RECENT: dict[str, tuple[str, int]] = {
    "days": ("day", 7), "weeks": ("week", 3), "months": ("month", 3), "years": ("year", 3),
}


def _recent(match: Groups, ref: date | None) -> _Span | None:
    if ref is None:
        return None
    unit, count = _RECENT.get((_group(match, "unit") or "").lower(), ("month", 1))
    start = _back(ref, unit, count)
    return _Span(start, ref, 3 if unit in ("month", "year") else 2)


def _ago(match: Groups, ref: date | None) -> _Span | None:
    count = _count(match["n"])
    if ref is None or count is None:
        return None
    unit = match["unit"].lower().rstrip("s")
    vague = match["n"].lower().split()[-1] in ("few", "several", "of")
    point = _back(ref, unit, count)
    if _group(match, "over"):
        # "more than two weeks ago": before that point, by up to one more unit.
        return _Span(_back(point, unit, 1), point)
    if unit == "day":
        return _Span(point - timedelta(days=2), point + timedelta(days=1)) if vague else _Span(point, point, 1)
    if unit == "week":
        monday = _monday(point)
        return _Span(monday, monday + timedelta(days=6))
    if unit == "month":
        return _Span(point.replace(day=1), _month_end(point.year, point.month), 3)
    return _Span(date(point.year, 1, 1), date(point.year, 12, 31), 3)


# --- the rule table -----------------------------------------------------------------

_NUM = rf"(?:{NUMBER_PATTERN}|(?i:a\s+few|few|several|a\s+couple\s+of|couple\s+of))"


def _groups(match: re.Match[str]) -> Groups:
    return {**match.groupdict(), "all": match.group(0)}


def _rule(pattern: str, build: Builder, needs_lead: bool = False) -> _Rule:
    return _Rule(re.compile(pattern), build, needs_lead)


_RULES: tuple[_Rule, ...] = (
    _rule(
        rf"(?:(?P<night>(?i:(?:the\s+)?nights?\s+(?:of|between)|overnight(?:\s+(?:between|from|of))?)\s+)|(?i:between|from)\s+)?{_WEEKDAY_PREFIX}"
        rf"(?P<d1>{_DAY})(?:\s+(?P<m1>{_MONTH}))?{_DASH}(?P<d2>{_DAY})\s+(?P<m2>{_MONTH}),?(?:\s+(?P<y>{_YEAR}))?",
        _day_range,
    ),
    _rule(
        rf"(?:(?P<night>(?i:(?:the\s+)?nights?\s+(?:of|between)|overnight(?:\s+(?:between|from|of))?)\s+)|(?i:between|from)\s+)?"
        rf"(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}){_DASH}(?:(?P<m2>{_MONTH})\s+)?(?P<d2>{_DAY}),?(?:\s+(?P<y>{_YEAR}))?",
        lambda m, ref: _day_range({**m, "m2": m["m2"] or m["m1"]}, ref),
    ),
    _rule(
        rf"{_AROUND}{_WEEKDAY_PREFIX}(?P<d>{_DAY})(?:\s+of)?[\s-]+(?P<m>{_MONTH})(?:,?[\s-]+(?P<y>{_YEAR}))?{_OR_AROUND}",
        _single_day,
    ),
    _rule(
        rf"{_AROUND}{_WEEKDAY_PREFIX}(?P<m>{_MONTH})\s+(?P<d>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?{_OR_AROUND}",
        _single_day,
    ),
    _rule(r"(?P<d>\d{1,2})-(?P<m>" + _MONTH + r")-(?P<y>\d\d)(?!\d)", _single_day),
    _rule(rf"(?P<y>{_YEAR_DIGITS})-(?P<mo>\d\d)-(?P<d>\d\d)(?!\d)", _iso),
    _rule(rf"(?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})[/.](?P<y>{_YEAR_DIGITS}|\d\d)(?![\d/.])", _numeric),
    _rule(
        rf"(?P<part>(?i:early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of))[\s-]*"
        rf"(?P<m>{_MONTH_NAME})(?:,?\s+(?P<y>{_YEAR}))?",
        _month_part,
    ),
    _rule(rf"(?P<lead>{_LEAD})?(?P<m>{_MONTH}),?\s+(?P<y>{_YEAR})", _whole_month),
    _rule(
        rf"(?P<lead>{_LEAD}|(?i:last|this|earlier\s+in|later\s+in)\s+)?(?P<m>{_MONTH_NAME})(?![\w-]|\s*\d)",
        _whole_month,
        needs_lead=True,
    ),
    _rule(
        rf"(?i:on\s+the\s+)(?P<dn>[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)\b"
        rf"(?!\s+(?:of\s+)?{_MONTH}|\s+(?i:century|anniversary|day|floor|time|brigade|battalion|division|regiment|congress)\b)",
        _day_of_month,
    ),
    _rule(rf"(?P<part>(?i:early|mid|late))[\s-]*(?P<y>{_YEAR})", _year_part),
    _rule(rf"(?P<lead>{_LEAD})?(?P<y>{_YEAR_DIGITS})\s*[-–/]\s*['’‘`]*(?P<y2>{_YEAR_DIGITS}|\d\d)(?![\d%-])", _year_span),
    _rule(rf"(?P<lead>{_LEAD})?(?P<y>{_YEAR})(?!s\b|-)", _whole_year, needs_lead=True),
    _rule(
        r"(?i:the\s+day\s+before\s+yesterday|yesterday|today|earlier\s+today|last\s+night|overnight"
        r"|this\s+(?:morning|afternoon|evening))\b",
        _day_word,
    ),
    _rule(
        r"(?P<hol>(?i:new\s+year[\'\u2019]s\s+(?:eve|day)|christmas\s+(?:eve|day)|(?<=\bon\s)christmas|boxing\s+day))"
        rf"(?:,?\s+(?P<y>{_YEAR}))?(?!\s+(?i:holidays?|season|period|break|celebrations?|market|tree|message|ceasefire|truce)\b)",
        _holiday,
    ),
    _rule(
        rf"(?P<lead>(?i:on|last|past|this|early|late)\s+)?(?P<wd>{_WEEKDAY})(?:\s+(?i:morning|afternoon|evening|night))?",
        _weekday,
    ),
    _rule(
        rf"(?P<lead>{_LEAD})?(?i:the\s+(?:past|last)\s+)(?P<n>{_NUM}\s+)?(?P<unit>(?i:hours?|days?|weeks?|months?|years?))\b",
        _trailing,
    ),
    _rule(
        r"(?P<mod>(?i:last|previous|this|earlier\s+this|later\s+this|earlier\s+last|early\s+last|late\s+last))"
        r"\s+(?P<unit>(?i:week|weekend|month|year))\b",
        _calendar_unit,
    ),
    _rule(r"(?i:(?:over|at|during)\s+the\s+weekend)", lambda m, ref: _calendar_unit({"mod": "this", "unit": "weekend"}, ref)),
    _rule(r"(?i:(?:in|over|during)\s+(?:the\s+)?recent\s+(?P<unit>days|weeks|months|years))", _recent),
    _rule(r"(?i:recently|lately|of\s+late)\b", _recent),
    _rule(
        rf"(?P<over>(?i:more\s+than|over)\s+)?(?P<n>{_NUM}|(?i:an?))\s+(?P<unit>(?i:days?|weeks?|months?|years?))"
        r"\s+(?i:ago|earlier|before)\b",
        _ago,
    ),
)


# --- public API ---------------------------------------------------------------------

_LEADING = re.compile(rf"^{_LEAD}", re.IGNORECASE)


@dataclass(frozen=True)
class Found:
    """A date expression located in a text, resolved or not (relative without ref)."""

    start: int
    end: int
    text: str
    span: _Span | None

    def event_date(self) -> EventDate:
        if self.span is None:
            return EventDate(text=self.text)
        return self.span.to_event_date(self.text)


def _clean_text(text: str) -> str:
    """Expression text without a bare leading preposition ("on 12 October" -> "12 October")."""
    stripped = text.strip(" ,;:")
    shorter = _LEADING.sub("", stripped)
    return shorter if shorter else stripped


def match_whole(text: str, ref: date | None) -> Found | None:
    stripped = text.strip(" \t\n,.;:")
    for candidate in dict.fromkeys((stripped, _LEADING.sub("", stripped))):
        for rule in _RULES:
            match = rule.pattern.fullmatch(candidate)
            if match:
                return Found(0, len(text), _clean_text(stripped), rule.build(_groups(match), ref))
    return None


def resolve_date(text: str, ref: date | None) -> EventDate | None:
    """One date expression ("last week", "on 12 October") as an EventDate; None if not a date.

    Relative expressions with ``ref`` None give start/end null and keep ``text``.
    Absolute forms our rules miss go to dateparser, but only when they state a year,
    so a missing article date can never become today's date.
    """
    found = match_whole(text, ref)
    if found is not None:
        return found.event_date()
    return _dateparser_fallback(text.strip(" ,.;:"))


def _dateparser_fallback(text: str) -> EventDate | None:
    if not re.search(rf"\b{_YEAR}", text) or not re.search(r"\d{1,2}\b.*\d|[A-Za-z]", text):
        return None
    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True},
    )
    if parsed is None:
        return None
    day = parsed.date()
    return EventDate(start=day.isoformat(), end=day.isoformat(), precision=1, text=text)


def find_dates(text: str, ref: date | None) -> list[Found]:
    """All date expressions in ``text`` (longest wins where they overlap), in text order."""
    found: list[Found] = []
    for rule in _RULES:
        for match in rule.pattern.finditer(text):
            if not _word_bounded(text, match.start(), match.end()):
                continue
            if rule.needs_lead and not match.groupdict().get("lead"):
                continue
            found.append(Found(match.start(), match.end(), _clean_text(match.group(0)), rule.build(_groups(match), ref)))
    return _longest_first(found)


def _word_bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum())


def _longest_first(found: list[Found]) -> list[Found]:
    kept: list[Found] = []
    for item in sorted(found, key=lambda f: (-(f.end - f.start), f.start)):
        if all(item.end <= other.start or item.start >= other.end for other in kept):
            kept.append(item)
    return sorted(kept, key=lambda f: f.start)


def is_historical(d: EventDate, ref: date, days: int = HISTORICAL_DAYS) -> bool:
    """True when the event ended well before the article (default: over 60 days), or
    when its span opens over a year before it: "have killed thousands in recent years"
    and "since 2019" tell a war's background, not one happening ACLED would code."""
    last = d.end or d.start
    if last is None:
        return False
    if d.start is not None and date.fromisoformat(d.start) < ref - timedelta(days=BACKGROUND_DAYS):
        return True
    return date.fromisoformat(last) < ref - timedelta(days=days)
