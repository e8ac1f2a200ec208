"""A first confidence score for an event: how much of the record the text supports.

Heuristic, not calibrated: it rises with an explicit verb trigger, named actors, a
resolved place and an explicit date, and falls for events said not to have happened.
The event classifier's calibrated probability replaces the base term when available.
"""

from __future__ import annotations

from ..extract.actors import ActorRoles
from ..record import EventDate, Location
from .mentions import EventMention

NON_FACTUAL_PENALTY = {"expected": 0.5, "hypothetical": 0.5, "denied": 0.4}


def score(mention: EventMention, roles: ActorRoles, location: Location, when: EventDate, modality: str, base: float | None = None) -> float:
    value = base if base is not None else (0.55 if mention.anchor.token.pos_ == "VERB" else 0.45)
    value += 0.1 if roles.actor1 is not None else 0.0
    value += 0.05 if roles.actor2 is not None else 0.0
    value += 0.1 if location.latitude is not None else 0.0
    value += 0.05 if when.text else 0.0
    value *= NON_FACTUAL_PENALTY.get(modality, 1.0)
    return round(max(0.01, min(value, 0.99)), 3)
