"""The same named person arrested: one happening, wherever each report put it.

An arrest of a named leader is told by every outlet with the name ("vhp vice-president
giriraj kishore ... arrested near lucknow", "giriraj kishore had been arrested on
friday", "ayodhya ... came to an end with the arrest of ... giriraj kishore"), but each
report places it where its reporter was (the city of arrest, the town the leader was
heading for) and names the arresting side differently ("police", "the government").
What they share is the person's name and the day. News text here is often lower-case,
so a name is read as two words that follow each other in both sentences, neither a
common word of arrest reports (a title, a role, a group, a place of detention: see
``_NOT_NAMES``) and each at least ``NAME_LETTERS`` long ("kar sevaks", "ram sevaks"
are groups, not persons). Both records must be arrests on the same stated day: a
leader arrested twice on two days is two happenings.
"""

from __future__ import annotations

import re
from datetime import date

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from ..extract.attribution import ROLE_NOUNS, TITLES
from ..record import Event
from ..taxonomy import FACTUAL_MODALITIES

ARRESTS = "Arrests"
NAME_LETTERS = 4
_WORD = re.compile(r"[a-z]+")
# Words of arrest reports that are not a person's name, whatever follows them.
_NOT_NAMES = (
    frozenset(
        """arrest arrests arrested detained detain custody held nabbed rounded booked jail prison
        police policeman policemen constable station court magistrate warrant charges charge
        people persons person member members worker workers supporter supporters volunteer volunteers
        activist activists sevak sevaks ramsevak ramsevaks karsevak karsevaks sadhu sadhus saint saints
        youth youths rioter rioters accused suspect suspects terrorist terrorists militant militants
        senior junior former vice deputy national general secretary working state district city
        unit provincial local president leader leaders chief head minister mla mlas mps
        prohibitory orders order section preventive night morning evening afternoon today yesterday
        sunday monday tuesday wednesday thursday friday saturday""".split()
    )
    | ROLE_NOUNS
    | TITLES
    | ENGLISH_STOP_WORDS
)


def name_pairs(text: str) -> frozenset[tuple[str, str]]:
    """Two words in a row that may be a person's name ("giriraj kishore")."""
    words = _WORD.findall(text.lower())
    return frozenset(
        (x, y)
        for x, y in zip(words, words[1:])
        if len(x) >= NAME_LETTERS and len(y) >= NAME_LETTERS and x not in _NOT_NAMES and y not in _NOT_NAMES
    )


def stated_day(event: Event) -> date | None:
    """The day a record's sentence states, or None (no date text, or not one day)."""
    if event.date.text is None or not event.date.start or event.date.start != event.date.end:
        return None
    try:
        return date.fromisoformat(event.date.start[:10])
    except ValueError:
        return None


def same_person_arrested(a: Event, b: Event) -> bool:
    """Two arrests on one stated day whose sentences share a name (module docstring)."""
    if a.sub_event_type != ARRESTS or b.sub_event_type != ARRESTS:
        return False
    if a.modality not in FACTUAL_MODALITIES or b.modality not in FACTUAL_MODALITIES:
        return False
    if a.location.country_code != b.location.country_code:
        return False
    day = stated_day(a)
    if day is None or day != stated_day(b):
        return False
    names = name_pairs(a.evidence.text) & name_pairs(b.evidence.text)
    return bool(names - place_pairs(a, b))


def place_pairs(a: Event, b: Event) -> frozenset[tuple[str, str]]:
    """Two-word place names the records were put at ("uttar pradesh"): a place, not a person."""
    return frozenset(pair for e in (a, b) for pair in name_pairs(e.location.name or ""))
