"""Incremental, order-independent clustering of events across articles.

Why the result does not depend on arrival order: a *link* between two events is
a pure function of the two records (``compare.link_score``), so the graph of
links, and each of its connected components, depends only on which events
exist. A component is partitioned by a fixed procedure over sorted input
(Kruskal: strongest links first, ties by ids, skipping any union that would put
a reviewer's cannot-link pair together, or two records of one story that only a chain
of their neighbours joins, ``story_agrees``). When
events arrive, only the components they touch are re-partitioned; every other
cluster stays as it is, so nothing is recomputed "for the world", and the
clusters equal those a batch run over all events would give. A cluster's id is
the smallest event id among its members.

Storage is abstracted by ``EventIndex``: ``MemoryIndex`` here, ``ClusterStore``
(``warlog.store.clusters``) for the database.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Protocol

from ..record import Event
from .canonical import Cluster, build_cluster
from .cluster_back import back_joins
from .compare import BACK_SCORE, REFERENCE_WINDOW, Profile, Thresholds, date_span, link_score
from .incident import Reference

# Candidates are events whose date spans come within this of each other.
DATE_SLACK = timedelta(days=2)


def candidate_slack(event: Event) -> timedelta:
    """How far apart in date a candidate may be: further for a record naming an incident.

    A link by name needs both records to name it, so widening the window on one
    side (the event being placed) finds every such pair.
    """
    return max(DATE_SLACK, REFERENCE_WINDOW) if Reference.of(event).incidents else DATE_SLACK
# A reviewer's merge outranks any similarity score, so Kruskal takes it first.
MUST_LINK = float("inf")

Pair = tuple[str, str]


def pair(a: str, b: str) -> Pair:
    """A cannot-link or link pair in canonical (sorted) order."""
    return (a, b) if a <= b else (b, a)


class EventIndex(Protocol):
    """What the clusterer needs to read from wherever events live."""

    def candidates(self, event: Event) -> Iterable[Event]:
        """Events that might link to ``event`` (blocked by date window and place; every record of
        its own story, whose next sentence may go on with its happening whatever the dates,
        ``told.goes_on``), any superset."""

    def cannot_links(self, event_ids: set[str]) -> set[Pair]:
        """Reviewer cannot-link pairs touching ``event_ids``."""

    def must_linked(self, event: Event) -> Iterable[Event]:
        """Events a reviewer merged with ``event`` (its must-link partners)."""

    def profile(self, event: Event) -> Profile:
        """``Profile.of(event)``, or the equal profile an index kept for that very record."""


@dataclass(frozen=True, slots=True)
class Settings:
    thresholds: Thresholds = Thresholds()
    # Two events of one article are different happenings (the pipeline merged the rest).
    # Off by default: tuned on the dev half (recall gain outweighed the precision loss).
    one_event_per_article: bool = False
    # Two records of one story join only through a link of their own, an earlier sentence
    # linked to both, or other stories' records (``story_agrees``). On: re-coded dev pairwise
    # precision 0.756 -> 0.830 (11 wrong pairs from four stories) for 2 right pairs.
    story_chains: bool = True


@dataclass
class Component:
    """Events reachable from the seeds through links, and those links."""

    profiles: dict[str, Profile] = field(default_factory=dict)
    links: dict[Pair, float] = field(default_factory=dict)


def component(seeds: Iterable[Event], index: EventIndex, settings: Settings = Settings()) -> Component:
    """Breadth-first closure of ``seeds`` over links found among index candidates."""
    found = Component()
    queue: list[str] = []
    for event in seeds:
        if event.event_id not in found.profiles:
            found.profiles[event.event_id] = index.profile(event)
            queue.append(event.event_id)
    while queue:
        current = found.profiles[queue.pop(0)]
        forced = {e.event_id: e for e in index.must_linked(current.event)}
        for other in [*index.candidates(current.event), *forced.values()]:
            oid = other.event_id
            if oid == current.event.event_id:
                continue
            profile = found.profiles.get(oid) or index.profile(other)
            score = MUST_LINK if oid in forced else link_score(current, profile, settings.thresholds)
            if score is None:
                continue
            found.links[pair(current.event.event_id, oid)] = score
            if oid not in found.profiles:
                found.profiles[oid] = profile
                queue.append(oid)
    return found


def partition(found: Component, cannot: set[Pair], settings: Settings = Settings()) -> list[list[Event]]:
    """Kruskal over the component's links, refusing unions that break a constraint.

    Deterministic for a given component: links are taken by descending score,
    ties by the ids of their ends; back-reference links after all others, and only
    into one cluster (``cluster_back``).
    """
    groups: dict[str, set[str]] = {eid: {eid} for eid in found.profiles}
    root = {eid: eid for eid in found.profiles}
    blocked: dict[str, set[str]] = {}
    for a, b in cannot:
        blocked.setdefault(a, set()).add(b)
        blocked.setdefault(b, set()).add(a)

    def article(eid: str) -> str:
        return found.profiles[eid].event.article_id

    def conflict(left: set[str], right: set[str], score: float) -> bool:
        if any(blocked.get(x, set()) & right for x in left):
            return True
        if settings.one_event_per_article:
            return bool({article(x) for x in left} & {article(y) for y in right})
        return settings.story_chains and score != MUST_LINK and not story_agrees(found, left, right)

    def union(a: str, b: str, score: float) -> None:
        ra, rb = root[a], root[b]
        if ra == rb or conflict(groups[ra], groups[rb], score):
            return
        keep, gone = min(ra, rb), max(ra, rb)
        groups[keep] |= groups.pop(gone)
        for eid in groups[keep]:
            root[eid] = keep

    for (a, b), score in sorted(found.links.items(), key=lambda item: (-item[1], item[0])):
        if score != BACK_SCORE:
            union(a, b, score)
    # Back-references last, each into the one cluster it may name (``cluster_back``).
    for ref, target in back_joins(found.profiles, found.links, root, groups):
        union(ref, target, BACK_SCORE)
    return [
        sorted((found.profiles[eid].event for eid in members), key=lambda e: e.event_id)
        for _, members in sorted(groups.items())
    ]


def story_agrees(found: Component, left: set[str], right: set[str]) -> bool:
    """Whether every two records of one story that the union of ``left`` and ``right`` would
    join are linked, summed up by an earlier sentence of their story linked to both, or
    joined by other stories' records (``vouched``).

    A story's lead sums up the scenes its body tells, so scenes linked to it are one
    happening with it; a scene linked only to another scene that sits between it and the
    lead ("... ransacked the police station" ... "a mob attacked the temple") is a chain
    of neighbours, not one happening.
    """
    members = left | right
    for x in left:
        for y in right:
            ex, ey = found.profiles[x].event, found.profiles[y].event
            if ex.article_id == ey.article_id and pair(x, y) not in found.links and not vouched(found, members, x, y):
                return False
    return True


def vouched(found: Component, members: set[str], x: str, y: str) -> bool:
    """Two unlinked records of one story are one happening for the rest of ``members``: an
    earlier sentence of the story links to both, or a path of links through other stories'
    records joins them (a syndicated copy of the story links its two sentences)."""
    profiles = found.profiles
    story = profiles[x].event.article_id
    first = min(profiles[x].event.evidence.start, profiles[y].event.evidence.start)

    def linked(a: str, b: str) -> bool:
        return pair(a, b) in found.links

    others = {z for z in members if profiles[z].event.article_id != story}
    for z in members - others:
        if profiles[z].event.evidence.start < first and linked(z, x) and linked(z, y):
            return True
    seen, queue = {x}, [x]
    while queue:
        current = queue.pop()
        for z in others | {y}:
            if z not in seen and linked(current, z):
                if z == y:
                    return True
                seen.add(z)
                queue.append(z)
    return False


def merge_links(groups: list[set[str]]) -> list[Pair]:
    """Must-link pairs that join ``groups``: each group's smallest id to the first group's."""
    anchor = min(groups[0])
    return [pair(anchor, min(group)) for group in groups[1:]]


def across(link: Pair, groups: list[set[str]]) -> bool:
    """Whether a pair joins two different groups of a merge."""
    owners = [k for k, group in enumerate(groups) for eid in link if eid in group]
    return len(owners) == 2 and owners[0] != owners[1]


def recluster(seeds: Iterable[Event], index: EventIndex, settings: Settings = Settings()) -> list[Cluster]:
    """The clusters of every component the seeds belong to (seeds included)."""
    found = component(seeds, index, settings)
    cannot = index.cannot_links(set(found.profiles))
    return [build_cluster(members) for members in partition(found, cannot, settings)]


class MemoryIndex:
    """An in-memory ``EventIndex`` with cluster bookkeeping: tests, evaluation, batch runs."""

    def __init__(self, settings: Settings = Settings()) -> None:
        self.settings = settings
        self.events: dict[str, Event] = {}
        self._spans: dict[str, tuple | None] = {}
        self.cluster_of: dict[str, str] = {}
        self.clusters: dict[str, Cluster] = {}
        self.cannot: set[Pair] = set()
        self.must: set[Pair] = set()

    def candidates(self, event: Event) -> Iterable[Event]:
        span = date_span(event)
        slack = candidate_slack(event)
        for oid, other in self.events.items():
            other_span = self._spans[oid]
            far = span and other_span and (other_span[0] > span[1] + slack or span[0] > other_span[1] + slack)
            if far and other.article_id != event.article_id:
                continue
            yield other

    def cannot_links(self, event_ids: set[str]) -> set[Pair]:
        return {p for p in self.cannot if p[0] in event_ids or p[1] in event_ids}

    def must_linked(self, event: Event) -> Iterable[Event]:
        eid = event.event_id
        return [self.events[b if a == eid else a] for a, b in self.must if eid in (a, b)]

    def profile(self, event: Event) -> Profile:
        return Profile.of(event)

    def add(self, events: Iterable[Event]) -> list[Cluster]:
        """Add one article's events (or any batch); returns the clusters that changed."""
        batch = list(events)
        for event in batch:
            self.events[event.event_id] = event
            self._spans[event.event_id] = date_span(event)
        return self._apply(recluster(batch, self, self.settings))

    def split(self, event_ids: Iterable[str]) -> list[Cluster]:
        """Move ``event_ids`` out of their cluster, for good (cannot-link to the rest)."""
        moved = set(event_ids)
        cluster_ids = {self.cluster_of[eid] for eid in moved}
        for cid in cluster_ids:
            for other in self.clusters[cid].member_ids:
                if other not in moved:
                    self.cannot.update(pair(m, other) for m in moved)
        members = [self.events[eid] for cid in cluster_ids for eid in self.clusters[cid].member_ids]
        return self._apply(recluster(members, self, self.settings))

    def merge(self, cluster_ids: Iterable[str]) -> list[Cluster]:
        """Join clusters the machine kept apart, for good (must-links; their cannot-links go)."""
        groups = [set(self.clusters[cid].member_ids) for cid in sorted(set(cluster_ids))]
        self.cannot -= {p for p in self.cannot if across(p, groups)}
        self.must.update(merge_links(groups))
        return self._apply(recluster([self.events[e] for g in groups for e in g], self, self.settings))

    def _apply(self, changed: list[Cluster]) -> list[Cluster]:
        # Drop every cluster the changed members left, then record the new ones: doing
        # both in one pass would drop a new cluster that reuses an old id.
        old_ids = {self.cluster_of[eid] for cluster in changed for eid in cluster.member_ids if eid in self.cluster_of}
        for cid in old_ids - {cluster.cluster_id for cluster in changed}:
            self.clusters.pop(cid, None)
        for cluster in changed:
            self.clusters[cluster.cluster_id] = cluster
            for eid in cluster.member_ids:
                self.cluster_of[eid] = cluster.cluster_id
        return changed

    def labels(self) -> dict[str, str]:
        """event id -> cluster id."""
        return dict(self.cluster_of)
