"""One-sentence records of article ``a``, built by hand for tests of merging within a story.

The merge and sequel rules read only a record's evidence, offsets and a few fields; each
test states the fields it is about and takes the rest from here.
"""

from __future__ import annotations

from collections.abc import Sequence

from warlog.record import Actor, Event, EventDate, Evidence, Location, Mention, Quantity, make_event_id
from warlog.taxonomy import SUB_EVENT_TYPES


def sentence_record(
    start: int,
    text: str,
    sub: str = "Attack",
    *,
    location: Location,
    day: EventDate,
    actor1: Actor | None = None,
    actor2: Actor | None = None,
    dead: int | None = None,
    quantities: Sequence[Quantity] = (),
) -> Event:
    """A ``sub`` record of the sentence ``text`` at offset ``start`` of article ``a``."""
    evidence = Evidence(text=text, start=start, end=start + len(text))
    return Event(
        event_id=make_event_id("a", start, sub),
        article_id="a",
        event_type=SUB_EVENT_TYPES[sub],
        sub_event_type=sub,
        actor1=actor1,
        actor2=actor2,
        location=location,
        fatalities=dead,
        quantities=list(quantities),
        date=day,
        evidence=evidence,
        confidence=0.8,
        mentions=[Mention(article_id="a", evidence=evidence)],
    )
