"""Two reports whose wording differs but whose particulars agree: one toll of one
sub-type at one place, one named group's protest at one town on one day.

Its own module because the cross-article comparison (``compare``) asks it after
wording has failed; the place and day tests (``both_precise``, ``one_town_one_day``)
live here as the particulars both read.
"""

from __future__ import annotations

from ..record import Event, Location
from .incident import toll_figure
from .named import stated_day
from .words import content_words


def both_precise(a: Event, b: Event) -> bool:
    """Both records placed finer than a region (a town, a district), not only in a state."""
    return all(
        e.location.latitude is not None and (e.location.precision or 3) < 3 and e.location.admin1 != e.location.name
        for e in (a, b)
    )


# The smallest toll that, stated alike by two reports of one kind of happening at one
# place and time, tells one happening: one or two dead are said of many.
MIN_PARTICULAR_TOLL = 3


def same_particulars(a: Event, b: Event) -> bool:
    """Two reports of one sub-type that each state when it happened and give the same
    toll: two agencies telling one raid in their own words ("gunmen killed 12 villagers",
    "bandits killed twelve people") share few words but the particulars. Their place must
    be one town (or a region and a town in it), not two nearby towns: the caller has checked
    distance, time and parties. A later report may bring the toll up to date ("the death
    toll ... rose to 15"): its higher figure still tells the raid the first one counted."""
    if a.fatalities is None or b.fatalities is None:
        return False
    low, high = sorted((a, b), key=lambda e: e.fatalities or 0)
    same_toll = close_tolls(low.fatalities, high.fatalities) or (
        high.fatalities <= 2 * low.fatalities and updated_toll(high)
    )
    return (
        low.fatalities >= MIN_PARTICULAR_TOLL and same_toll
        and a.sub_event_type == b.sub_event_type and a.date.text is not None and b.date.text is not None
        and one_place(a.location, b.location)
    )


# Two outlets' first counts of one toll differ by this share of the larger ("at least 53",
# "about 50"): each counts what its own sources had; counts this large are rarely repeated.
TOLL_MARGIN = 0.1
MIN_ROUGH_TOLL = 10


def close_tolls(low: int, high: int) -> bool:
    """The same toll, or two counts of a large one within ``TOLL_MARGIN``."""
    return low == high or (low >= MIN_ROUGH_TOLL and high - low <= TOLL_MARGIN * high)


# Event types ACLED counts one event per place, day and actor group. Riots are left out:
# riot reports tell one mob's deed after another's in one town on one day, each its own
# happening to a reader (with them, and actor1 alone as the group, re-coded dedup dev
# pairwise precision 0.917 -> 0.429; protests alone 0.861: the group must be named alike).
DEMONSTRATIONS = frozenset({"Protests"})
# Words for a crowd as such, which name no group ("thousands of protesters").
CROWD_WORDS = frozenset(
    {"protester", "protestor", "demonstrator", "marcher", "crowd", "people", "thousand", "hundred", "dozen",
     "score", "several", "many", "some", "group", "other", "rally", "march", "protest", "demonstration"}
)


def same_demonstration(a: Event, b: Event) -> bool:
    """Two reports of a protest by one named group, at one town on one day both state:
    ACLED codes one event per place, day and actor group, however differently two outlets
    word it ("police fired tear gas at opposition supporters", "opposition supporters
    rallied"). A crowd neither report names by its group ("thousands marched") may be any."""
    return (
        a.event_type in DEMONSTRATIONS and a.event_type == b.event_type
        and one_town_one_day(a, b) and one_place(a.location, b.location) and same_group(a, b)
    )


def group_words(event: Event) -> frozenset[str]:
    """Content words naming the crowd's group: its actor1's words and associated actors'
    names, less the words for a crowd as such."""
    actors = [event.actor1, *event.assoc_actor_1] if event.actor1 is not None else []
    texts = [t for actor in actors for t in (actor.text, actor.name if actor is not event.actor1 else None) if t]
    return content_words(" ".join(texts)) - CROWD_WORDS


def same_group(a: Event, b: Event) -> bool:
    """One actor1, and a group both reports name alike ("opposition supporters",
    "supporters of the opposition"): two crowds in one town on one day may be two
    protests (teachers at parliament, students at the university)."""
    if a.actor1 is None or b.actor1 is None or a.actor1.name != b.actor1.name:
        return False
    return bool(group_words(a) & group_words(b))


def updated_toll(event: Event) -> bool:
    """The record's toll is one a sentence of its story states as a running toll ("the
    death toll rose to 15")."""
    own = (m.evidence.text for m in event.mentions if m.article_id == event.article_id)
    return any(toll_figure(text) == event.fatalities for text in own)


def one_place(a: Location, b: Location) -> bool:
    """The same gazetteer place, or a region and a place in it."""
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    return any(x.precision == 3 and x.admin1 is not None and x.admin1 == y.admin1 for x, y in ((a, b), (b, a)))


def one_town_one_day(a: Event, b: Event) -> bool:
    """Both reports place the happening finer than a region and state one same day."""
    day = stated_day(a)
    return both_precise(a, b) and day is not None and day == stated_day(b)
