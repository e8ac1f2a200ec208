"""Article-level context for fields a single sentence leaves open."""

from __future__ import annotations

from collections import Counter

from ..normalise.actors import ActorDictionary
from ..record import Actor, Event
from ..taxonomy import ARMED_TYPES as ARMED

TERRITORIAL = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def _base(actor: Actor) -> str:
    """The name without ACLED's per-country suffix: "Islamic State (Iraq)" -> "Islamic State"."""
    return actor.name.split(" (")[0]


def fill_territory_losers(events: list[Event], dictionary: ActorDictionary, year: int | None) -> None:
    """A town "liberated" without naming from whom: from the article's main adversary.

    News rarely repeats the loser in every sentence ("troops liberated 90 percent of
    Raqqa"); the armed actor the article cites most is who held it. Only fills, never
    overrides, and never when the taker is that adversary itself.
    """
    cited = [a for e in events for a in (e.actor1, e.actor2) if a is not None and a.type in ARMED]
    counts = Counter(_base(a) for a in cited)
    if not counts:
        return
    adversary_base, _ = counts.most_common(1)[0]
    adversary = next(a for a in cited if _base(a) == adversary_base)
    for event in events:
        if event.sub_event_type not in TERRITORIAL or event.actor2 is not None:
            continue
        takers = {_base(a) for a in [event.actor1, *event.assoc_actor_1] if a is not None}
        if adversary_base in takers or event.actor1 is None:
            continue
        # Re-name for this event's country ("Islamic State (Syria)" in Raqqa).
        found = dictionary.lookup(adversary.text or adversary.name, year=year, country_code=event.location.country_code)
        event.actor2 = (found or adversary).model_copy(update={"text": None})
