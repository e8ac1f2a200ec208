"""Mask WHEN (dates, weekdays, years, numbers) and WHERE (place names) before the TF-IDF vectorisers.

ACLED notes open with "On 3 March 2020," and the classifier can learn that a
year or a month stands for a sub-type, which does not carry across countries
and years ("in March" once made a protest violent and "in April" peaceful).
The same function runs at training and at inference (``Featurizer``), so the
vocabulary never holds a month or a year. Works on lower-case text: "march"
and "may" are months only next to a number or after "in/early/late/..."
(so "a peaceful march" and "they may attack" stay).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence

MONTH, WEEKDAY, YEAR, NUMBER = "_month_", "_weekday_", "_year_", "_num_"

_MONTHS = (
    "january|february|april|june|july|august|september|october|november|december"
    "|jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
_AMBIGUOUS = "march|may|mar"
_BEFORE = r"(?:in|since|until|till|early|late|mid|last|next|of|from|between|during|end|beginning)"
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_NUM = r"\d+(?:st|nd|rd|th)?"

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\b(?:{_MONTHS})\b\.?", re.IGNORECASE), MONTH),
    # "march"/"may" only beside a day number or a year, or after a time word
    (re.compile(rf"\b({_BEFORE}[ -])(?:{_AMBIGUOUS})\b", re.IGNORECASE), rf"\g<1>{MONTH}"),
    (re.compile(rf"\b(?:{_AMBIGUOUS})\b(?=,? \d)|(?<=\d )(?:{_AMBIGUOUS})\b", re.IGNORECASE), MONTH),
    (re.compile(rf"\b(?:{_WEEKDAYS})s?\b", re.IGNORECASE), WEEKDAY),
    (re.compile(r"(?<![\d.,])\b(?:1[89]|20)\d\d\b(?![.,]?\d)"), YEAR),
    (re.compile(rf"\b{_NUM}\b|(?<=\D)\d+(?=\D|$)|^\d+"), NUMBER),
)


def mask_when(text: str) -> str:
    """``text`` with months, weekdays, years and digit runs replaced by placeholder tokens."""
    for pattern, token in _PATTERNS:
        text = pattern.sub(token, text)
    return text


PLACE = "_place_"
_WORD = re.compile(r"\b[^\W\d_][\w'-]*")
# A word written in lower case even this often in cased training texts is
# common English ("police", "north", "cross"), not only a place name: notes
# write places capitalised. Wholly lower-cased texts (some rewritten variants)
# say nothing about case and are skipped.
COMMON_LOWER = 1
MIN_PLACE_LENGTH = 3


class PlaceMask:
    """Place names (from the gazetteer, fixed at training) replaced by one token.

    Village, district and state names say WHERE, and a sub-type learned from
    "Borno" does not carry to another country. The word list is fitted on the
    training texts and saved with the model, so inference needs no gazetteer
    and lower-case news is masked by the same list.
    """

    def __init__(self, words: Collection[str]) -> None:
        self.words = frozenset(words)

    @classmethod
    def fit(cls, texts: Iterable[str], is_place: Callable[[str], bool], keep: Collection[str] = ()) -> "PlaceMask":
        """Words of ``texts`` that ``is_place`` knows, minus ``keep`` (actor names) and common words."""
        total: Counter[str] = Counter()
        lower: Counter[str] = Counter()
        for text in texts:
            if text.islower():
                continue
            for match in _WORD.finditer(text):
                word = match.group()
                key = word.lower()
                total[key] += 1
                lower[key] += word == key
        keep = {k.lower() for k in keep}
        return cls(
            w for w, n in total.items()
            if n >= 2 and len(w) >= MIN_PLACE_LENGTH and lower[w] < COMMON_LOWER and w not in keep and is_place(w)
        )

    def __call__(self, text: str) -> str:
        return _WORD.sub(lambda m: PLACE if m.group().lower() in self.words else m.group(), text)


def fit_place_mask(texts: Sequence[str]) -> PlaceMask:
    """The place mask of a training corpus: the repo's gazetteer minus demonyms and one-word actor names."""
    from ..geo.gazetteer import Gazetteer  # training only: inference reads the saved word list
    from ..normalise.actors import ActorDictionary

    gazetteer = Gazetteer.load()
    actors = {a for e in ActorDictionary.load().entries for a in e.aliases if " " not in a.strip()}
    return PlaceMask.fit(texts, lambda w: gazetteer.knows(w) and not gazetteer.demonym(w)[0], actors)
