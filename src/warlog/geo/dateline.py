"""A story's dateline: where it was filed ("RAJKOT:", "vadodara/rajkot:", "BEIRUT —").

A dateline opens the story, or the line after a header such as "This story is from
March 1, 2002", and ends with a colon or a dash. It names where the reporter was,
which is usually the events' area: the article's fallback place when a sentence
names none, and a prior for reading the body's names near it. It never outranks a
place a sentence names itself ("new delhi: ... the killing of an mla in lucknow"),
nor does it become the focus of a story filed from a capital about another region.
Case says nothing here: some scraped corpora are all lower case.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Protocol, TypeVar

from spacy.tokens import Doc

from ..nlp import DATELINE_DASHES as DASHES
from .place import AREA_CODES

DATELINE_ENDS: frozenset[str] = DASHES | {":", "("}
NAME_SEPARATORS: frozenset[str] = frozenset({"/", ",", "and", "&"})
NOT_NAMES: frozenset[str] = frozenset({"VERB", "AUX", "PRON", "DET", "ADP"})
MAX_DATELINE_TOKENS = 6  # "holliday, mo. —", "vadodara/rajkot:"
OPENING_CHARS = 200  # a dateline stands in the story's first lines
DATELINE_VOTES = 2  # a dateline counts as this many mentions of its town for the focus


class Placed(Protocol):
    """What the focus needs of a toponym (``parser.Toponym``)."""

    dateline: bool
    geonameid: int | None
    feature_code: str | None
    admin1: str | None
    country_code: str | None

    @property
    def resolved(self) -> bool: ...


P = TypeVar("P", bound=Placed)


def _opens_line(doc: Doc, i: int) -> bool:
    return i == 0 or "\n" in doc[i - 1].whitespace_ or (doc[i - 1].is_space and "\n" in doc[i - 1].text)


def _names(doc: Doc, i: int, end: int) -> list[tuple[int, int]]:
    """The names of tokens [i, end) split at "/", "," and "and"; [] when one is no name."""
    names: list[tuple[int, int]] = []
    start = i
    for k in range(i, end + 1):
        if k == end or doc[k].lower_ in NAME_SEPARATORS:
            if start == k:
                return []
            names.append((start, k))
            start = k + 1
        elif not (doc[k].is_alpha or doc[k].text.rstrip(".").isalpha()) or doc[k].pos_ in NOT_NAMES:
            return []  # "march 1, 2002:", "update 3:" or "police said:" is no place
    return names


def dateline_names(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of the names in the story's dateline, in order; [] when it has none."""
    for i, token in enumerate(doc):
        if token.idx > OPENING_CHARS:
            break
        if token.is_space or not _opens_line(doc, i):
            continue
        for k in range(i + 1, min(len(doc), i + MAX_DATELINE_TOKENS + 1)):
            if doc[k].is_space or "\n" in doc[k - 1].whitespace_:
                break
            if doc[k].text in DATELINE_ENDS and (doc[k].text not in DASHES or doc[k - 1].whitespace_):
                names = _names(doc, i, k)
                if names:
                    return names
                break
    return []


# "HOLLIDAY, Mo. —": in capitals, a comma may also cut the town from what follows.
CAPITALS_ENDS: frozenset[str] = DATELINE_ENDS | {","}


def capitals_dateline(doc: Doc, i: int, j: int) -> bool:
    """An all-capitals name opening a line and cut off by a comma or dash: the story's
    place even where ``dateline_names`` finds no known name for the rest of the line."""
    span = doc[i:j]
    if not all(t.text.isupper() or not t.is_alpha for t in span) or len(span.text) < 4:
        return False
    opens_line = i == 0 or "\n" in doc[i - 1].whitespace_ or doc[i - 1].is_space
    return opens_line and j < len(doc) and doc[j].text in CAPITALS_ENDS


def dateline_focus(toponyms: Sequence[P]) -> P | None:
    """The dateline's town, when the article is about its region and town: no other
    region (first-level division) is named more often than the dateline's, so a story
    filed in New Delhi about riots in Gujarat keeps its focus in Gujarat, nor as often
    (a capital's dateline over a raid in one province is where the reporter sat); and no body
    town is named more often than the dateline's, counted ``DATELINE_VOTES`` times
    (a story filed in Ahmedabad that names Bharuch thrice is about Bharuch). A dateline
    naming two towns ("vadodara/rajkot:") tells of both and is nobody's focus."""
    resolved = [t for t in toponyms if t.resolved]
    towns = [t for t in resolved if t.dateline and t.feature_code not in AREA_CODES]
    if len(towns) != 1 or not towns[0].admin1:
        return None
    filed = towns[0]
    regions = Counter((t.country_code, t.admin1) for t in resolved if t.admin1)
    named = Counter(t.geonameid for t in resolved if t.feature_code not in AREA_CODES)
    named[filed.geonameid] += DATELINE_VOTES - 1
    own = regions.pop((filed.country_code, filed.admin1))
    # a tie with another region is no story about the dateline's ("OUAGADOUGOU - ... an
    # army post in Soum province"): the filing place names itself once, as datelines do
    about_region = own > max(regions.values(), default=0)
    return filed if about_region and named[filed.geonameid] >= max(named.values()) else None
