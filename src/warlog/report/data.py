"""The numbers behind the report, gathered in one pass over the events.

Events are streamed from the store, so nothing here keeps them all: only map
points (three values each), counters, and the few most corroborated events.

Corroboration is the number of distinct outlets behind an event, over its
``sources`` and its mentions' sources, as the cross-article clusters count it
(``warlog.dedup.canonical``): an event with no known outlet still has one source.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..record import Event

UNKNOWN_TYPE = "Unknown type"
UNKNOWN_OUTLET = "(outlet not known)"


@dataclass(frozen=True, slots=True)
class MapPoint:
    longitude: float
    latitude: float
    event_type: str


@dataclass(frozen=True, slots=True)
class ActorCount:
    name: str
    type: str | None
    events: int
    as_actor1: int
    as_actor2: int


@dataclass(frozen=True, slots=True)
class SourceCount:
    outlet: str
    events: int
    share: float  # of all events, 0..1 (an event with two outlets counts for both)


@dataclass(frozen=True, slots=True)
class Corroborated:
    event: Event
    outlets: tuple[str, ...]

    @property
    def corroboration(self) -> int:
        return max(1, len(self.outlets))


@dataclass(frozen=True, slots=True)
class ReportData:
    """What the report shows; ``weekly`` maps a week's Monday to counts by event type."""

    total: int
    undated: int
    unplaced: int
    first_day: date | None
    last_day: date | None
    points: list[MapPoint]
    weekly: dict[date, Counter[str]]
    actors: list[ActorCount]
    sources: list[SourceCount]
    corroborated: list[Corroborated]
    type_counts: Counter[str]

    @property
    def event_types(self) -> list[str]:
        """Types present, most frequent first (the order of legends and stacks)."""
        return [name for name, _ in sorted(self.type_counts.items(), key=lambda item: (-item[1], item[0]))]


def event_outlets(event: Event) -> tuple[str, ...]:
    """Distinct known outlets of ``event`` (its sources and its mentions' sources), sorted."""
    names = {source for source in event.sources if source}
    names.update(mention.source for mention in event.mentions if mention.source)
    return tuple(sorted(names))


def event_day(event: Event) -> date | None:
    """The event's first day, or None when undated or unreadable."""
    try:
        return date.fromisoformat(event.date.start[:10]) if event.date.start else None
    except ValueError:
        return None


def week_of(day: date) -> date:
    """The Monday of ``day``'s ISO week."""
    return day - timedelta(days=day.weekday())


def _rank(item: Corroborated) -> tuple[int, float, str]:
    """Most corroborated first, then most confident; the id breaks ties so the order is stable."""
    return (-item.corroboration, -item.event.confidence, item.event.event_id)


@dataclass
class _Tally:
    """Running counts while the events stream past."""

    top: int
    total: int = 0
    undated: int = 0
    first_day: date | None = None
    last_day: date | None = None
    types: Counter[str] = field(default_factory=Counter)
    points: list[MapPoint] = field(default_factory=list)
    weekly: dict[date, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    actor_roles: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    actor_types: dict[str, str | None] = field(default_factory=dict)
    outlets: Counter[str] = field(default_factory=Counter)
    best: list[Corroborated] = field(default_factory=list)

    def add(self, event: Event) -> None:
        self.total += 1
        kind = event.event_type or UNKNOWN_TYPE
        self.types[kind] += 1
        self._add_day(event_day(event), kind)
        loc = event.location
        if loc.latitude is not None and loc.longitude is not None:
            self.points.append(MapPoint(loc.longitude, loc.latitude, kind))
        self._add_actors(event)
        outlets = event_outlets(event)
        self.outlets.update(outlets or (UNKNOWN_OUTLET,))
        self._add_candidate(Corroborated(event, outlets))

    def _add_day(self, day: date | None, kind: str) -> None:
        if day is None:
            self.undated += 1
            return
        self.weekly[week_of(day)][kind] += 1
        self.first_day = min(day, self.first_day or day)
        self.last_day = max(day, self.last_day or day)

    def _add_actors(self, event: Event) -> None:
        for role, actor in (("actor1", event.actor1), ("actor2", event.actor2)):
            if actor is None:
                continue
            self.actor_roles[actor.name][role] += 1
            self.actor_types.setdefault(actor.name, actor.type)

    def _add_candidate(self, item: Corroborated) -> None:
        """Keep the ``top`` best seen so far; trimming in bulk keeps this O(n log top)."""
        self.best.append(item)
        if len(self.best) > 4 * self.top:
            self._trim()

    def _trim(self) -> None:
        self.best = sorted(self.best, key=_rank)[: self.top]

    def result(self) -> ReportData:
        self._trim()
        return ReportData(
            total=self.total,
            undated=self.undated,
            unplaced=self.total - len(self.points),
            first_day=self.first_day,
            last_day=self.last_day,
            points=self.points,
            weekly=dict(sorted(self.weekly.items())),
            actors=self._top_actors(),
            sources=self._top_sources(),
            corroborated=self.best,
            type_counts=self.types,
        )

    def _top_actors(self) -> list[ActorCount]:
        rows = [
            ActorCount(name, self.actor_types.get(name), roles["actor1"] + roles["actor2"], roles["actor1"],
                       roles["actor2"])
            for name, roles in self.actor_roles.items()
        ]
        return sorted(rows, key=lambda row: (-row.events, row.name))[: self.top]

    def _top_sources(self) -> list[SourceCount]:
        ranked = sorted(self.outlets.items(), key=lambda item: (-item[1], item[0]))[: self.top]
        return [SourceCount(name, count, count / self.total) for name, count in ranked]


def gather(events: Iterable[Event], *, top: int = 10) -> ReportData:
    """Aggregate ``events`` for the report; tables keep the ``top`` rows."""
    if top < 1:
        raise ValueError("top must be >= 1")
    tally = _Tally(top=top)
    for event in events:
        tally.add(event)
    return tally.result()
