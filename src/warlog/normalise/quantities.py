"""Counts in a sentence ("more than one thousand militants surrendered") and fatalities.

A number is found by pattern (digits, words, ranges, qualifiers, vague counts); what it
counts comes from the parse (``counted``); counts told without a number ("a soldier was
killed", "no one was hurt") from ``unnumbered``.

Qualifier conventions: "more than/over N" -> min N+1; "at least N" -> min N;
"up to/as many as N" -> max N; "fewer/less than N" -> max N-1; "nearly/about N" -> value N
(approximate); "N to M" / "between N and M" / "N or M" -> min N, max M. Vague counts
follow ``numbers.VAGUE_BOUNDS``. Skipped: dates, times, durations, ages, money,
distances, years, ordinals, long digit strings (phone numbers), numbers in names
("Brigade 52") and a bare "one" that counts nothing we know.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Span

from ..record import Quantity
from .counted import (
    CLAIMED_FATALITIES,
    COUNTED_AGAIN,
    EARLIER_FATALITIES,
    FATALITIES,
    PRONOUN_FATALITY,
    TOLL_ACCOUNT,
    TOLL_TO_DATE,
    what_is_counted,
)
from .dates import find_dates
from .numbers import NUMBER_PATTERN, VAGUE_BOUNDS, parse_number, vague_bounds
from .unnumbered import implicit_singles, stated_zeros

__all__ = [
    "CLAIMED_FATALITIES", "COUNTED_AGAIN", "EARLIER_FATALITIES", "FATALITIES", "PRONOUN_FATALITY",
    "TOLL_ACCOUNT", "TOLL_TO_DATE", "extract_quantities", "fatalities",
]

_QUALIFIERS: dict[str, str] = {
    "more than": "above", "over": "above", "upwards of": "above", "in excess of": "above",
    "just over": "above", "well over": "above",
    "at least": "min", "no fewer than": "min", "no less than": "min", "a minimum of": "min",
    "up to": "max", "as many as": "max", "at most": "max", "no more than": "max",
    "a maximum of": "max",
    "fewer than": "below", "less than": "below", "under": "below", "just under": "below",
    "nearly": "approx", "almost": "approx", "about": "approx", "around": "approx",
    "approximately": "approx", "roughly": "approx", "some": "approx", "an estimated": "approx",
    "estimated": "approx", "close to": "approx", "a total of": "approx", "total": "approx",
}
_QUAL = "|".join(sorted((re.escape(q).replace(r"\ ", r"\s+") for q in _QUALIFIERS), key=len, reverse=True))
_VAGUE = "|".join(sorted((v.replace(" ", r"\s+") for v in VAGUE_BOUNDS), key=len, reverse=True))
_PERCENT = r"\s*(?:%|percent\b|per\s+cent\b)"

_QUANTITY_RE = re.compile(
    rf"(?<![\w$€£.,-])(?:(?P<qual>(?i:{_QUAL}))\s+)?"
    rf"(?:(?i:between)\s+(?P<b1>(?i:{NUMBER_PATTERN}))\s+and\s+(?P<b2>(?i:{NUMBER_PATTERN}))"
    rf"|(?P<n1>(?i:{NUMBER_PATTERN}))(?:\s*(?:-|–|(?i:to|or))\s*(?P<n2>(?i:{NUMBER_PATTERN})))?"
    rf"|(?P<vague>(?i:{_VAGUE})))"
    rf"(?![\w-]*\d)(?!-(?i:year|month|week|day|hour))(?P<pct>{_PERCENT})?(?!\w)"
)

# What follows a number that makes it a measure rather than a count of people or things.
_NOT_COUNT_AFTER = re.compile(
    r"^\s*-?\s*(?i:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?"
    r"|a\.?m\.?|p\.?m\.?|o'clock|gmt|km|kms|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|m|mm|cm|kg"
    r"|tons?|tonnes?|litres?|liters?|hectares?|acres?|square|dollars?|usd|us\s+dollars|euros?"
    r"|naira|shillings?|rupees?|kyats?|dinars?|francs?|cfa|pounds?|birr|pesos?|rupiah"
    r"|takas?|yuan|million\s+(?:dollars|usd))\b"
)
_NOT_COUNT_BEFORE = re.compile(
    r"(?:\b(?i:no|no\.|aged|age|ages|number|usd|rs\.?|route|km)|#|\$|€|£)\s*$"
)


@dataclass(frozen=True)
class _Reading:
    """The numeric part of a match: an exact value and/or bounds."""

    value: float | None = None
    min: float | None = None
    max: float | None = None



def extract_quantities(sent: Span) -> list[Quantity]:
    """Counts stated in a spaCy sentence, with what each counts, in text order."""
    text = sent.text
    ours = [(f.start, f.end) for f in find_dates(text, None)]
    theirs = [
        (e.start_char - sent.start_char, e.end_char - sent.start_char)
        for e in sent.ents
        if e.label_ in ("DATE", "TIME", "MONEY", "ORDINAL")
    ]
    # spaCy often runs a date on into the next number ("On July 3, 3 IS militants"):
    # where our own date finder has a date, its narrower span wins.
    theirs = [span for span in theirs if not _overlaps(span, ours)]
    found: list[tuple[int, Quantity]] = []
    for match in _QUANTITY_RE.finditer(text):
        if _overlaps(match.span(), ours) or _inside_entity(text, match, theirs):
            continue
        if not _is_count_context(text, match):
            continue
        quantity = _quantity(sent, match)
        if quantity is not None:
            found.append((match.start(), quantity))
    found.extend(stated_zeros(sent))
    found.extend(implicit_singles(sent, [q for _, q in found]))
    return _bracketed_breakdown(text, sorted(found, key=lambda pair: pair[0]))


def _bracketed_breakdown(text: str, found: list[tuple[int, Quantity]]) -> list[Quantity]:
    """Fatalities told in brackets after a toll already given outside them ("7 killed
    (5 civilians and 2 soldiers)", "killed two fishermen (one was beheaded)") say who
    the dead were: they are kept as ``COUNTED_AGAIN``, not added."""
    brackets = [m.span() for m in re.finditer(r"\([^()]*\)", text)]

    def inside(offset: int) -> tuple[int, int] | None:
        return next((b for b in brackets if b[0] < offset < b[1]), None)

    told = [offset for offset, q in found if q.what == FATALITIES and inside(offset) is None]
    quantities = []
    for offset, quantity in found:
        bracket = inside(offset)
        if quantity.what == FATALITIES and bracket is not None and any(t < bracket[0] for t in told):
            quantity = quantity.model_copy(update={"what": COUNTED_AGAIN})
        quantities.append(quantity)
    return quantities


def fatalities(quantities: Iterable[Quantity]) -> int | None:
    """Deaths stated: the sum of fatality counts (value, else lower bound), or a source's
    lower figure for the toll ("put the toll at 10"); 0 only if said; else the toll told
    as brought up to date; else a side's claim; else one dead told by a pronoun ("he died").

    A count known only by its upper bound ("up to 12 killed") gives no figure, and no
    ACLED-style placeholder is ever substituted.
    """
    quantities = list(quantities)
    accounts = _known(quantities, TOLL_ACCOUNT)  # "the military put the toll at 10": the lower figure
    for what in (FATALITIES, TOLL_TO_DATE, CLAIMED_FATALITIES):
        known = _known(quantities, what)
        if known and what == TOLL_TO_DATE:  # the toll told as brought up to date: the latest figure
            return known[-1]
        if known:
            return min([sum(known), *accounts])
        if accounts and what == FATALITIES:
            return min(accounts)
    pronouns = {q.text.lower() for q in quantities if q.what == PRONOUN_FATALITY}  # "He was shot; he died": one
    return len(pronouns) or None


def _known(quantities: list[Quantity], what: str) -> list[int]:
    """The counts of ``what`` (value, else lower bound), in text order."""
    counts = [q.value if q.value is not None else q.min for q in quantities if q.what == what]
    return [int(c) for c in counts if c is not None]


def _inside_entity(text: str, match: re.Match[str], entities: list[tuple[int, int]]) -> bool:
    """In a spaCy DATE/TIME/MONEY entity that says more than the number ("two days", "3 pm").

    spaCy also labels bare counts as dates ("Between 30 and 40" fighters); those stay.
    """
    for start, end in entities:
        if start < match.end() and match.start() < end:
            rest = text[start : match.start()] + text[match.end() : end]
            if re.search(r"\w", rest):
                return True
    return False


def _overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in others)


def _is_count_context(text: str, match: re.Match[str]) -> bool:
    """False for ages, money, durations, measures, years and phone-like digit strings."""
    number = match["n1"] or match["b1"] or ""
    if _NOT_COUNT_BEFORE.search(text[: match.start()]) or (
        not match["pct"] and _NOT_COUNT_AFTER.match(text[match.end():])
    ):
        return False
    if re.search(r"-?\s*years?[- ]old", text[match.end(): match.end() + 12]):
        return False
    digits = re.sub(r"\D", "", number)
    if len(digits) >= 7 and "," not in number and "." not in number:
        return False
    return not (re.fullmatch(r"(?:19|20)\d\d", number) and not match["pct"] and not match["n2"])


def _reading(match: re.Match[str]) -> _Reading | None:
    if match["vague"]:
        bounds = vague_bounds(match["vague"])
        return _Reading(min=bounds[0], max=bounds[1]) if bounds else None
    low = parse_number(match["b1"] or match["n1"])
    high_text = match["b2"] or match["n2"]
    high = parse_number(high_text) if high_text else None
    if low is None:
        return None
    if high is not None and high > low:
        return _Reading(min=low, max=high)
    kind = _QUALIFIERS.get(" ".join((match["qual"] or "").lower().split()))
    integral = 1 if float(low).is_integer() else 0
    if kind == "above":
        return _Reading(min=low + integral)
    if kind == "min":
        return _Reading(min=low)
    if kind == "max":
        return _Reading(max=low)
    if kind == "below":
        return _Reading(max=low - integral)
    return _Reading(value=low)


def _quantity(sent: Span, match: re.Match[str]) -> Quantity | None:
    reading = _reading(match)
    span = sent.char_span(match.start(), match.end(), alignment_mode="expand")
    if reading is None or span is None:
        return None
    counted = what_is_counted(span, bool(match["pct"]), single=reading.value == 1)
    if counted is None:
        return None
    what, unit = counted
    return Quantity(
        text=match.group(0).strip(),
        value=reading.value,
        min=reading.min,
        max=reading.max,
        unit=unit,
        what=what,
    )
