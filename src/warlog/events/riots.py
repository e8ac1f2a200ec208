"""A killing with no named doer in a story of a riot is the rioters'.

"Thousands of supporters clashed with police ... A police constable was beaten to
death, a police spokesman said": the second sentence names nobody who killed, and
read alone it becomes an unidentified armed group's attack. In a story that has
told of a riot, the unnamed killers are the rioters and the death is the riot's
(ACLED codes it within the violent demonstration), so the event takes the riot's
sub-type and doer, and merging can fold it into the riot.
"""

from __future__ import annotations

from ..record import Event
from ..taxonomy import FACTUAL_MODALITIES, event_type_of

RIOTS = frozenset({"Violent demonstration", "Mob violence"})
# One-sided or two-sided violence read off a sentence that names no doer.
UNNAMED_VIOLENCE = frozenset({"Armed clash", "Attack"})


def _unnamed_doer(event: Event) -> bool:
    """The doer was filled in, not read off the sentence: an unidentified group whose
    text, if any, is not the evidence's."""
    actor = event.actor1
    if actor is None:
        return True
    told = actor.text is not None and actor.text.lower() in event.evidence.text.lower()
    return actor.name.startswith("Unidentified") and not told


def lend_riot_doers(events: list[Event]) -> None:
    """Give a killing with an unnamed doer, told after a riot, the riot's sub-type and crowd."""
    riot: Event | None = None
    for event in sorted(events, key=lambda e: e.evidence.start):
        if event.sub_event_type in RIOTS and event.modality in FACTUAL_MODALITIES:
            riot = riot or event
            continue
        if riot is None or event.sub_event_type not in UNNAMED_VIOLENCE or not _unnamed_doer(event):
            continue
        if event.modality not in FACTUAL_MODALITIES or not event.fatalities:
            continue  # a killing: injuries told after a riot may be another scene's
        event.sub_event_type = riot.sub_event_type
        event.event_type = event_type_of(riot.sub_event_type)
        event.actor1 = riot.actor1
        if event.actor2 is not None and riot.actor2 is not None and event.actor2.type == riot.actor2.type:
            event.actor2 = riot.actor2
