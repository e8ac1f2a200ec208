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

from ..extract.measures import MEASURE_CLASS
from ..record import Event
from ..taxonomy import SUB_EVENT_TYPES
from .incident import is_violent
from .named import ARRESTS
from .wave import RIOT_TYPE, tells_sequel


def measure_and_violence(a: Event, b: Event) -> bool:
    """One record a measure taken over violence ("curfew was clamped after mobs burnt
    shops"), the other the violence: never one happening, however alike the sentences."""
    return any(x.sub_event_type == MEASURE_CLASS and is_violent(y) for x, y in ((a, b), (b, a)))


# A sentence stating that someone was taken in: "were arrested", "the arrest of", "detained".
# "held" and "apprehended" only in the passive ("apprehended a conspiracy" takes no one in).
_TAKEN_IN = re.compile(
    r"\barrest(?:ed|s)?\b|\bdetained\b|\btaken into custody\b|\brounded up\b"
    r"|\b(?:was|were|been|being|are|is) (?:held|apprehended|nabbed)\b"
)


def arrest_and_violence(a: Event, b: Event) -> bool:
    """One record an arrest its sentence states ("four councillors were arrested in
    connection with the ambush"), the other violence: the arrest is made for the violence,
    days later, by other people; never one happening, whatever name they share."""
    return any(
        x.sub_event_type == ARRESTS and _TAKEN_IN.search(x.evidence.text.lower()) is not None and is_violent(y)
        for x, y in ((a, b), (b, a))
    )


def sequel_and_other(a: Event, b: Event) -> bool:
    """One record riots its sentence tells as the sequel of another happening, the other a
    record of another event type (an attack, a shooting, a burning): the riot record is the
    sequel, and the other is the happening it followed (or a third), never the riots."""
    return any(
        tells_sequel(x) and SUB_EVENT_TYPES.get(y.sub_event_type or "") != RIOT_TYPE for x, y in ((a, b), (b, a))
    )


def never_one(a: Event, b: Event) -> bool:
    """Any of the pairs above."""
    return measure_and_violence(a, b) or arrest_and_violence(a, b) or sequel_and_other(a, b)
