"""Can two records be the same happening? Place, time, actors and factuality.

These are the compatibility tests both merges share: records of one article
(``events.merge``) and of many (``dedup``). Each is permissive where a record is silent
(an unknown place or date fits anything), since a story rarely restates every field.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..geo.normalise import fold
from ..geo.place import distance_km
from ..record import Event, Location
from ..taxonomy import FACTUAL_MODALITIES

# How far apart two places may be and still be "the same place", by ACLED precision.
RADIUS_KM = {1: 25.0, 2: 50.0, 3: 300.0}


def same_place(a: Location, b: Location, radius_km: dict[int, float] | None = None) -> bool:
    """Places compatible: unknown, same country at country level, or within a radius.

    ``radius_km`` (by precision) defaults to ``RADIUS_KM``; cross-article
    de-duplication passes its own, tighter table.
    """
    radii = RADIUS_KM if radius_km is None else radius_km
    if a.country_code and b.country_code and a.country_code != b.country_code:
        return False
    if a.latitude is None or b.latitude is None:
        return True
    if (a.precision or 3) == 3 or (b.precision or 3) == 3:
        return True
    radius = max(radii.get(a.precision or 3, 300.0), radii.get(b.precision or 3, 300.0))
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude) <= radius


def names_its_division(a: Location, b: Location) -> bool:
    """One place bears the name of the other's first-level division ("in Katsina" beside
    "in Kankara, Katsina State"): within one article, a headline or lead naming the
    state's capital may well mean the state."""
    if a.country_code != b.country_code:
        return False
    return any(
        x.name is not None and y.admin1 is not None and x.name != y.name and fold(x.name) == fold(y.admin1)
        for x, y in ((a, b), (b, a))
    )


# A date the text does not state (the report's own date) fits anything this recent.
UNSTATED_WINDOW = timedelta(days=31)


def _span(event: Event) -> tuple[date, date]:
    start = date.fromisoformat(event.date.start)
    end = date.fromisoformat(event.date.end or event.date.start)
    if event.date.text is None:
        start -= UNSTATED_WINDOW
    return start, end


def same_time(a: Event, b: Event) -> bool:
    """Date spans overlap (an unknown date is compatible with any)."""
    if not (a.date.start and b.date.start):
        return True
    (a_start, a_end), (b_start, b_end) = _span(a), _span(b)
    return a_start <= b_end and b_start <= a_end


# ACLED's names for unnamed perpetrators: compatible with any named one.
UNNAMED = ("Unidentified",)


def names_of(event: Event) -> set[str]:
    return {actor.name for actor in (event.actor1, event.actor2) if actor is not None}


def same_actors(a: Event, b: Event) -> bool:
    """The primary actor of each appears among the other's actors (either side)."""
    if a.actor1 is None or b.actor1 is None:
        return True
    if a.actor1.name.startswith(UNNAMED) or b.actor1.name.startswith(UNNAMED):
        return True
    return a.actor1.name in names_of(b) or b.actor1.name in names_of(a)


def same_factuality(a: Event, b: Event) -> bool:
    """Both said to have happened, or both not (expected, denied, ...)."""
    return (a.modality in FACTUAL_MODALITIES) == (b.modality in FACTUAL_MODALITIES)


def same_telling(a: Event, b: Event) -> bool:
    """Within one article, both news or both history: "have stepped up attacks in recent
    years, killing hundreds" is the background of Sunday's attack, not more of its dead.
    (Across articles, a later story recalling a happening as history still tells it.)"""
    return (a.modality == "historical") == (b.modality == "historical")


def text_names(text: str, place: str | None) -> bool:
    """Whether the text names the place word for word (accents and case folded)."""
    return bool(place) and re.search(rf"\b{re.escape(fold(place))}\b", fold(text)) is not None
