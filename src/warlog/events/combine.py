"""One record from several records of one happening: which mention's fields win.

The most informative mention (a precise place, a stated date, counts, both actors) gives
the record; the others fill what it lacks (a toll, a named doer for an "Unidentified"
one, a finer place) and add their sources, attributions and mentions.
"""

from __future__ import annotations

import re

from ..geo.place import distance_km
from ..record import Actor, Event, EventDate, Location
from ..taxonomy import FACTUAL_MODALITIES
from .compatible import UNNAMED, text_names


def informativeness(event: Event) -> tuple:
    """Rank mentions: a precise place, an explicit date, counts and both actors win."""
    return (
        event.modality in FACTUAL_MODALITIES,
        -(event.location.precision or 4) if event.location.latitude is not None else -5,
        event.date.text is not None,
        -(event.date.precision or 4),
        len(event.quantities),
        event.actor2 is not None,
        event.actor1 is not None,
        event.confidence,
    )


def told_date(events: list[Event], fallback: EventDate) -> EventDate:
    """The happening's date: the most precise one a sentence states ("on Sunday evening"),
    not the report's own date that an undated headline falls back on."""
    stated = [e.date for e in events if e.modality in FACTUAL_MODALITIES and e.date.text and e.date.start]
    return min(stated, key=lambda d: d.precision or 4) if stated else fallback


def _named(actor: Actor | None, other: Actor | None, evidence: str) -> Actor | None:
    """The actor a record gives, unless its sentence does not tell of it (an "Unidentified
    ..." doer read into "About 200 houses were destroyed") and another record of the
    happening names it ("Myanmar soldiers set fire to homes"). "Shot dead by unidentified
    assailants" stays as the sentence tells it."""
    if actor is None:
        return other
    inferred = actor.text is None or actor.text not in evidence
    if inferred and actor.name.startswith(UNNAMED) and other is not None and not other.name.startswith(UNNAMED):
        return other
    return actor


def _finer(place: Location, than: Location) -> bool:
    """A place where the other is none, or a region of the country the other only names
    ("Nigeria's Kaduna state" against a village the gazetteer lacks, placed in Nigeria)."""
    if place.latitude is None:
        return False
    if than.latitude is None:
        return True
    country_only = than.name == than.country or (than.precision == 3 and not than.admin1)
    return country_only and bool(place.admin1) and place.country_code == than.country_code


# How far from its reference town a happening told by compass bearing may lie.
BEARING_KM = 150.0
_BEARING = r"\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+"


def only_a_bearing(event: Event) -> bool:
    """The record's place is only the reference of a compass bearing ("a bomb hit a
    convoy north of Baghdad"): the happening lies somewhere off that town."""
    place = event.location
    if place.text is None:
        return False
    return re.search(_BEARING + re.escape(place.text) + r"\b", event.evidence.text, re.IGNORECASE) is not None


def nearer_town(other: Event, than: Event) -> bool:
    """A town another sentence of the happening names in its own words ("near the town
    of Tarmiya") beats a bearing's reference town ("north of Baghdad"): it is where the
    happening is, within reach of the reference, in the same country."""
    place, reference = other.location, than.location
    return (
        only_a_bearing(than)
        and not only_a_bearing(other)
        and place.latitude is not None
        and reference.latitude is not None
        and (place.precision or 3) <= 2
        and place.geonameid != reference.geonameid
        and place.country_code == reference.country_code
        and text_names(other.evidence.text, place.text)
        and distance_km(place.latitude, place.longitude, reference.latitude, reference.longitude) <= BEARING_KM
    )


def combine(events: list[Event]) -> Event:
    """One event from several records of the same happening."""
    ordered = sorted(events, key=informativeness, reverse=True)
    best = ordered[0].model_copy(deep=True)
    for other in ordered[1:]:
        best.actor1 = _named(best.actor1, other.actor1, best.evidence.text)
        best.actor2 = _named(best.actor2, other.actor2, best.evidence.text)
        if best.fatalities is None:
            best.fatalities = other.fatalities
        if _finer(other.location, best.location) or nearer_town(other, best):
            best.location = other.location
        for attribution in other.attribution:
            if all(a.name != attribution.name for a in best.attribution):
                best.attribution.append(attribution)
        best.sources += [s for s in other.sources if s not in best.sources]
    best.date = told_date(events, best.date)
    # (article, offset) order: reading order within one article, stable across articles.
    ordered_mentions = sorted(events, key=lambda e: (e.article_id, e.evidence.start))
    best.mentions = [m for event in ordered_mentions for m in event.mentions]
    # Independent mentions raise confidence a little, never to certainty.
    best.confidence = round(min(0.99, best.confidence + 0.05 * (len(events) - 1)), 3)
    return best
