"""Which stored dates de-duplication may trust.

A record dated only by a bare year ("1998") is often not dated at all: the
extractor read a count as a year ("nearly 2459 houses, 2082 shops" -> 2082,
"fired 2000 rounds" -> 2000) or carried a year from another sentence of the story
(a record of "the violence on friday" dated 1972). Such a date must not keep the
record from the reports of its happening, so comparison treats it as unknown.

A bare year is trusted when its own sentence gives it as a year: after a word
that introduces one ("in 1992", "the 1992 riots", "riots of 1992-93"), or before
the deed it dates ("have not forgotten 1992 mosque demolition": a count is followed
by what it counts, a plural, not by a deed noun). The test reads the record alone, so
a link never depends on which records came first.

Likewise a toll's record dated by the day its count starts from ("the toll since
february 28 has risen to 800", "the toll ..., starting with the train burning on
february 27, reached 726 on monday") is not dated by the day it states.
"""

from __future__ import annotations

import re

from ..record import Event
from .incident import toll_figure
from .razed import NOUNS as DESTRUCTION_NOUNS

_BARE_YEAR = re.compile(r"^\s*(\d{4})\s*$")
# Words a year follows when it is one ("in 1992", "since 1969", "the 1984 riots").
_YEAR_LEAD = frozenset(
    """in of since during the till until after before from by between and year years
    early late mid circa to summer winter spring autumn""".split()
)
_WORD = re.compile(r"[a-z]+")
# A year dating the deed named right after it ("1992 mosque demolition", "1995 srebrenica massacre").
_DEED_AFTER = re.compile(rf"\s(?:[a-z'’-]+ ){{0,3}}(?:{DESTRUCTION_NOUNS}|massacre|carnage|pogrom)\b")


def untrusted_year(event: Event) -> bool:
    """The record is dated by a bare year its sentence does not give as a year (module docstring)."""
    match = _BARE_YEAR.match(event.date.text or "")
    if match is None:
        return False
    text = event.evidence.text.lower()
    for found in re.finditer(rf"(?<![\d,.]){match.group(1)}(?!\d|,\d)", text):
        before = _WORD.findall(text[max(0, found.start() - 20) : found.start()])
        if before and before[-1] in _YEAR_LEAD or _DEED_AFTER.match(text, found.end()):
            return False
    return True


# "since february 28", "starting with the train burning on february 27": where a count starts.
_COUNT_STARTS = re.compile(r"\b(?:since|starting|from)\b[^.;]{0,60}$")
_POSSESSIVE = ("'s", "\u2019s")


def counted_since(event: Event) -> bool:
    """A toll's record dated by the day its count starts from (module docstring)."""
    day = (event.date.text or "").lower()
    text = event.evidence.text.lower()
    at = text.find(day) if day else -1
    if at > 0 and text[at + len(day) :].startswith(_POSSESSIVE):
        return False  # "the toll from tuesday's air strike": the day of the strike itself
    return at > 0 and toll_figure(text) is not None and _COUNT_STARTS.search(text[:at]) is not None


def untrusted_date(event: Event) -> bool:
    """The record's date is none de-duplication may go by: a bare year read from a count or
    another sentence, or the day a toll's count starts from."""
    return untrusted_year(event) or counted_since(event)
