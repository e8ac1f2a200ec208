"""Two records that are never one happening, however alike their sentences.

A report tells a happening together with what answered it or followed it: the curfew
clamped after the violence, the arrests made for an attack, the riots that followed a
massacre. Such a sentence shares its words (and the name of the first happening) with
every report of that happening, but the record the pipeline coded from it is of the
other kind: the measure, the arrest, the riots. Linking them chains two clusters
through one record, so these pairs are refused before any word, name or figure counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..extract.measures import MEASURE_CLASS
from ..record import Event
from ..taxonomy import SUB_EVENT_TYPES
from .incident import is_violent
from .named import ARRESTS
from .wave import RIOT_TYPE, tells_sequel


@dataclass(frozen=True, slots=True)
class Side:
    """What ``never_one`` reads of a record, read once per record (``compare.Profile``), not
    once per pair compared."""

    measure: bool  # a measure taken over violence ("curfew was clamped")
    violent: bool  # the record is itself violence (``incident.is_violent``)
    arrest: bool  # an arrest its sentence states
    sequel: bool  # riots its sentence tells as another happening's sequel (``wave.tells_sequel``)
    riot: bool  # of the riot type

    @classmethod
    def of(cls, event: Event) -> "Side":
        return cls(
            measure=event.sub_event_type == MEASURE_CLASS,
            violent=is_violent(event),
            arrest=event.sub_event_type == ARRESTS and _TAKEN_IN.search(event.evidence.text.lower()) is not None,
            sequel=tells_sequel(event),
            riot=SUB_EVENT_TYPES.get(event.sub_event_type or "") == RIOT_TYPE,
        )


def measure_and_violence(a: Side, b: Side) -> bool:
    """One record a measure taken over violence ("curfew was clamped after mobs burnt
    shops"), the other the violence: never one happening, however alike the sentences."""
    return any(x.measure and y.violent for x, y in ((a, b), (b, a)))


# A sentence stating that someone was taken in: "were arrested", "the arrest of", "detained".
# "held" and "apprehended" only in the passive ("apprehended a conspiracy" takes no one in).
_TAKEN_IN = re.compile(
    r"\barrest(?:ed|s)?\b|\bdetained\b|\btaken into custody\b|\brounded up\b"
    r"|\b(?:was|were|been|being|are|is) (?:held|apprehended|nabbed)\b"
)


def arrest_and_violence(a: Side, b: Side) -> bool:
    """One record an arrest its sentence states ("four councillors were arrested in
    connection with the ambush"), the other violence: the arrest is made for the violence,
    days later, by other people; never one happening, whatever name they share."""
    return any(x.arrest and y.violent for x, y in ((a, b), (b, a)))


def sequel_and_other(a: Side, b: Side) -> bool:
    """One record riots its sentence tells as the sequel of another happening, the other a
    record of another event type (an attack, a shooting, a burning): the riot record is the
    sequel, and the other is the happening it followed (or a third), never the riots."""
    return any(x.sequel and not y.riot for x, y in ((a, b), (b, a)))


def never_one(a: Side, b: Side) -> bool:
    """Any of the pairs above."""
    return measure_and_violence(a, b) or arrest_and_violence(a, b) or sequel_and_other(a, b)
