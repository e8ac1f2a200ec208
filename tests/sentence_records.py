"""One-sentence records built by hand, for tests of merging, linking and storing.

The merge, sequel, linking and candidate rules read only a record's evidence, offsets and a
few fields; each test states the fields it is about and takes the rest from here, so a change
to the record's shape is mended in one place.
"""

from __future__ import annotations

from collections.abc import Sequence

from warlog.dedup.cluster import MemoryIndex

from warlog.record import Actor, Event, EventDate, Evidence, Location, Mention, Quantity, make_event_id
from warlog.taxonomy import SUB_EVENT_TYPES


def sentence_record(
    start: int,
    text: str,
    sub: str = "Attack",
    *,
    location: Location,
    day: EventDate,
    article_id: str = "a",
    actor1: Actor | None = None,
    actor2: Actor | None = None,
    dead: int | None = None,
    quantities: Sequence[Quantity] = (),
    source: str | None = None,
    mentioned: bool = True,
) -> Event:
    """A ``sub`` record of the sentence ``text`` at offset ``start`` of ``article_id``.

    ``source`` names the outlet (sources and the mention's source); ``mentioned=False`` leaves
    the mention list empty, as a record read back from an older store may have it.
    """
    evidence = Evidence(text=text, start=start, end=start + len(text))
    mention = Mention(article_id=article_id, evidence=evidence, source=source)
    return Event(
        event_id=make_event_id(article_id, start, sub),
        article_id=article_id,
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
        sources=[source] if source else [],
        mentions=[mention] if mentioned else [],
    )


def recalled(
    article_id: str, sentence: str, place: Location, when: EventDate, doer: str,
    sub: str = "Attack", modality: str = "historical",
) -> Event:
    """A later story's record of a past happening: placed, dated and given a doer by that
    story, as the pipeline does for a recall."""
    event = sentence_record(0, sentence, sub, location=place, day=when, article_id=article_id, source="Daily Wire")
    return event.model_copy(update={"modality": modality, "actor1": Actor(name=doer, text=doer)})


def whole_year(value: int) -> EventDate:
    """A date given only by its year ("in 1993")."""
    return EventDate(start=f"{value}-01-01", end=f"{value}-12-31", precision=3, text=str(value))


def together(*events: Event) -> bool:
    """The records end in one cluster when each is added as its own article, as ingest adds them."""
    index = MemoryIndex()
    for event in events:
        index.add([event])
    return len({index.cluster_of[e.event_id] for e in events}) == 1
