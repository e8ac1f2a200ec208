"""Article-level context for fields a single sentence leaves open."""

from __future__ import annotations

from collections import Counter

from ..record import Event

ARMED = frozenset({"State forces", "Rebel group", "Political militia", "Identity militia", "External/Other forces"})
TERRITORIAL = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def fill_territory_losers(events: list[Event]) -> None:
    """A town "liberated" without naming from whom: the article's most-cited armed actor.

    News rarely repeats the loser in every sentence ("troops liberated 90 percent of
    Raqqa"); the article's main adversary is who held it. Only fills, never overrides.
    """
    counts = Counter(
        actor.name
        for event in events
        for actor in (event.actor1, event.actor2)
        if actor is not None and actor.type in ARMED
    )
    for event in events:
        if event.sub_event_type not in TERRITORIAL or event.actor2 is not None:
            continue
        own = {a.name for a in [event.actor1, *event.assoc_actor_1] if a is not None}
        for name, _ in counts.most_common():
            if name not in own:
                event.actor2 = next(
                    a for e in events for a in (e.actor1, e.actor2) if a is not None and a.name == name
                ).model_copy()
                event.actor2.text = None
                break
