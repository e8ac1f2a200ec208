"""One canonical record per cluster, derived from all its members.

Built on ``events.merge.combine`` (the most informative member wins, gaps filled
from the others); then the fields that only make sense across reports are set:
the most precise date, the most supported count with its range, every outlet,
and the cluster id. Members are sorted by id first, so ties never depend on
the order events arrived in.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from ..events.combine import combine
from ..record import Event, EventDate, Location, Quantity


def _date_rank(value: EventDate) -> tuple:
    """Stated before inferred, then finer precision, then the shorter span."""
    span = (value.end or value.start or "") > (value.start or "")
    return (value.text is None, value.precision or 4, span, value.start or "")


def most_precise_date(events: list[Event]) -> EventDate:
    dated = [e.date for e in events if e.date.start]
    return min(dated, key=_date_rank).model_copy() if dated else EventDate()


def _teller(event: Event) -> str:
    """Who vouches for an event's count: its outlet, else its own article."""
    return next((m.source for m in event.mentions if m.source), None) or f"article:{event.article_id}"


def supported_count(events: list[Event]) -> tuple[int, int, int] | None:
    """(count most outlets give, lowest, highest); ties go to the higher count.

    An outlet backs one count, its highest: a wire story updated later the same day
    (a second version of one article) raises its toll rather than backing the first
    figure again. Early reports undercount; when two figures are equally supported
    the later, higher one is usually the corrected figure.
    """
    values = [e.fatalities for e in events if e.fatalities is not None]
    if not values:
        return None
    latest: dict[str, int] = {}
    for event in events:
        if event.fatalities is not None:
            teller = _teller(event)
            latest[teller] = max(latest.get(teller, event.fatalities), event.fatalities)
    tally = Counter(latest.values())
    best = max(tally, key=lambda v: (tally[v], v))
    return best, min(values), max(values)


def agreed_location(events: list[Event], chosen: Location) -> Location:
    """The place, in the country most members put the happening in: one report's
    dateline abroad ("GENEVA (Reuters) - ... an inquiry into the air strike") does not
    move a strike the other reports put in Myanmar. On a tie, the country of the report
    that dates it best (the one telling it, not one recalling it); within the country,
    the finest place."""
    countries = Counter(e.location.country_code for e in events if e.location.country_code)
    if not countries:
        return chosen
    most = max(countries.values())
    top = {c for c, n in countries.items() if n == most}
    teller = min(events, key=lambda e: _date_rank(e.date)).location.country_code
    if len(top) > 1 and teller in top:
        top = {teller}
    if chosen.country_code in top:
        return chosen
    country = min(top)
    placed = [e.location for e in events if e.location.country_code == country]
    return min(placed, key=lambda p: (p.precision or 4, not p.admin1, p.name or "")).model_copy()


def outlets(events: list[Event]) -> list[str]:
    """Distinct known outlets over every mention (sorted, so stable)."""
    names = {m.source for e in events for m in e.mentions if m.source}
    names.update(s for e in events for s in e.sources if s)
    return sorted(names)


@dataclass(frozen=True, slots=True)
class Cluster:
    """A canonical event and the member events (sorted by id) it was derived from."""

    cluster_id: str
    event: Event
    member_ids: tuple[str, ...]
    outlets: tuple[str, ...]
    fatality_range: tuple[int, int] | None

    @property
    def corroboration(self) -> int:
        """Distinct outlets backing the event; an event with no known outlet has one source."""
        return max(1, len(self.outlets))

    def to_dict(self) -> dict[str, Any]:
        """The canonical event's JSON plus the cluster's own fields."""
        data = self.event.to_dict()
        data.update(
            cluster_id=self.cluster_id,
            corroboration=self.corroboration,
            size=len(self.member_ids),
            member_ids=list(self.member_ids),
            outlets=list(self.outlets),
            fatality_range=list(self.fatality_range) if self.fatality_range else None,
        )
        return data


def build_cluster(members: list[Event]) -> Cluster:
    """The canonical event of ``members``; its id is the smallest member id."""
    if not members:
        raise ValueError("a cluster needs at least one event")
    ordered = sorted(members, key=lambda e: e.event_id)
    event = combine(ordered) if len(ordered) > 1 else ordered[0].model_copy(deep=True)
    cluster_id = ordered[0].event_id
    event.event_id = cluster_id
    event.date = most_precise_date(ordered)
    event.location = agreed_location(ordered, event.location)
    names = outlets(ordered)
    event.sources = names
    count = supported_count(ordered)
    fatality_range = None
    if count is not None:
        event.fatalities, low, high = count
        if low != high:
            fatality_range = (low, high)
            event.quantities = [q for q in event.quantities if q.what != "fatalities"] + [
                Quantity(text=f"{low}-{high} killed (range across reports)", value=event.fatalities,
                         min=low, max=high, what="fatalities")
            ]
    return Cluster(
        cluster_id=cluster_id,
        event=event,
        member_ids=tuple(e.event_id for e in ordered),
        outlets=tuple(names),
        fatality_range=fatality_range,
    )
