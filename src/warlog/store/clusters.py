"""Cross-article clusters in the database: tables and the ``EventIndex`` over them.

Three tables on the store's declarative ``Base`` (so ``Store`` creates them):
``clusters`` (one canonical event per cluster, its JSON and corroboration),
``cluster_members`` (event id -> cluster id) and ``cannot_links`` (pairs a
reviewer split apart; ``dedup.cluster`` never re-merges them). Members carry no
foreign key to ``events``: re-ingesting an article deletes and re-inserts its
events, and ``cluster_article`` then re-partitions the clusters they were in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    ColumnElement, Date, DateTime, Float, Integer, String, Text, and_, cast, delete, false, or_, select, true,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from ..article import Article
from ..dedup.canonical import Cluster
from ..dedup.cluster import Pair, Settings, across, candidate_slack, merge_links, pair, recluster
from ..dedup.compare import Profile, date_span
from ..dedup.recalled import MAX_RECALLED_YEARS
from ..errors import StoreError
from ..events.compatible import UNSTATED_WINDOW
from ..record import Event
from .convert import FIRST_YEAR, LONG_SPAN, iso_date
from .models import Base, EventRow, JSONType, utcnow
from .profiles import PROFILES, ProfileCache

if TYPE_CHECKING:
    from .store import Store


class ClusterRow(Base):
    __tablename__ = "clusters"

    cluster_id: Mapped[str] = mapped_column(String, primary_key=True)  # smallest member event id
    data: Mapped[dict[str, Any]] = mapped_column(JSONType)  # Cluster.to_dict()
    corroboration: Mapped[int] = mapped_column(Integer, index=True)
    size: Mapped[int] = mapped_column(Integer)
    sub_event_type: Mapped[str | None] = mapped_column(String, index=True)
    country_code: Mapped[str | None] = mapped_column(String, index=True)
    date_start: Mapped[dt.date | None] = mapped_column(Date, index=True)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ClusterMemberRow(Base):
    __tablename__ = "cluster_members"

    event_id: Mapped[str] = mapped_column(String, primary_key=True)
    cluster_id: Mapped[str] = mapped_column(String, index=True)
    article_id: Mapped[str] = mapped_column(String, index=True)


class CannotLinkRow(Base):
    """A reviewer's decision that two events are different happenings (``a < b``)."""

    __tablename__ = "cannot_links"

    event_a: Mapped[str] = mapped_column(String, primary_key=True)
    event_b: Mapped[str] = mapped_column(String, primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class MustLinkRow(Base):
    """A reviewer's decision that two events are one happening (``a < b``)."""

    __tablename__ = "must_links"

    event_a: Mapped[str] = mapped_column(String, primary_key=True)
    event_b: Mapped[str] = mapped_column(String, primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


def _window(span: tuple[dt.date, dt.date], slack: dt.timedelta) -> list[ColumnElement[bool]]:
    """Rows whose stored dates come near ``span`` (stored date_start is the stated start;
    unstated dates reach back a month), as arms an index can read: a short span ends within
    ``LONG_SPAN`` of its start, so it starts after ``lo - LONG_SPAN``; long spans are few."""
    lo, hi = span[0] - slack, span[1] + slack + UNSTATED_WINDOW
    begins = or_(EventRow.date_start.is_(None), EventRow.date_start <= hi)
    reaches = or_(EventRow.date_end.is_(None), EventRow.date_end >= lo)
    return [
        # Not ``long_span == false()``: SQLite would read that flag's index (all but a few rows).
        and_(EventRow.date_start.between(lo - LONG_SPAN, hi), EventRow.date_end >= lo),
        and_(EventRow.long_span == true(), begins, reaches),
    ]


def _whole_year() -> ColumnElement[bool]:
    """Rows dated by a bare year (1 January to 31 December): comparison may treat that
    year as unknown (``dedup.dating``), so they stay candidates whatever their year, as
    they are in ``MemoryIndex``; without this a link would depend on arrival order."""
    return EventRow.whole_year == true()


def _toll() -> ColumnElement[bool]:
    """Rows whose evidence speaks of a toll: one dated by the day its count starts from is
    treated as undated (``dedup.dating.counted_since``), so they stay candidates too."""
    return EventRow.counts_toll == true()


def _recalls(span: tuple[dt.date, dt.date]) -> ColumnElement[bool]:
    """Rows whose record names a year of ``span`` (in its evidence, or in a sentence of its own
    story that the evidence takes its time from, ``dedup.recalled.told_text``): one dated by
    its story but recalling a riot of that year is dated by the year (``dedup.recalled``), so
    they stay candidates of a record dated by it, or by a day of it (a back-reference,
    ``dedup.cluster_back``), in either arrival order. The stored range of years its told
    sentences write (``convert.told_texts``) narrows the rows whose record is searched."""
    first, last = span[0].year, span[1].year
    if last - first > MAX_RECALLED_YEARS:
        return false()
    record = cast(EventRow.data, Text)
    writes = or_(*(record.like(f"%{year}%") for year in range(first, last + 1)))
    if first < FIRST_YEAR:  # a year of fewer digits is not in the stored range
        return writes
    return and_(EventRow.recalls_to >= first, EventRow.recalls_from <= last, writes)


def _near(event: Event, span: tuple[dt.date, dt.date]) -> list[ColumnElement[bool]]:
    """The rows near ``event`` in date that ``MemoryIndex`` would compare with it (or more), as
    arms of an OR; the rows of its own story are a term of their own (``SessionIndex.candidates``)."""
    return [
        *_window(span, candidate_slack(event)),
        _whole_year(),
        _toll(),
        _recalls(span),
    ]


# A row's record as the text it is stored as: the cache's key, and no ``json.loads`` for a hit.
_STORED = cast(EventRow.data, Text)


class SessionIndex:
    """``EventIndex`` over one open session: sees the transaction's own writes. Records are
    parsed and profiled through ``profiles`` (``store.profiles``): once per process, not
    once per query."""

    def __init__(self, session: Session, profiles: ProfileCache | None = None) -> None:
        self.session = session
        self.profiles = PROFILES if profiles is None else profiles

    def candidates(self, event: Event) -> Iterable[Event]:
        """Events whose date span is near ``event``'s, or of its own story (a sentence going on
        with the last takes its date, ``told.goes_on``), in its country or of unknown country.

        Each arm of the test pairs with each country arm, so every term of the OR reads one
        index range (``models.CANDIDATE_INDEXES``) instead of the whole table; rows come in
        event id order, sorted here so no plan walks the primary key to save a sort. The story
        arm is one term with its country test inside: paired like the others, SQLite read it
        from a country index (the whole country, most of the query's time in a large store).
        """
        code = event.location.country_code
        places = [EventRow.country_code == code.upper(), EventRow.country_code.is_(None)] if code else [true()]
        span = date_span(event)
        near = [true()] if span is None else _near(event, span)
        story = and_(EventRow.article_id == event.article_id, or_(*places))  # read by the story's index
        stmt = select(EventRow.event_id, _STORED).where(or_(*(and_(p, n) for p in places for n in near), story))
        for event_id, text in sorted(self.session.execute(stmt).all(), key=lambda row: row[0]):
            yield self.profiles.event(event_id, text)

    def cannot_links(self, event_ids: set[str]) -> set[Pair]:
        ids = sorted(event_ids)
        stmt = select(CannotLinkRow.event_a, CannotLinkRow.event_b).where(
            or_(CannotLinkRow.event_a.in_(ids), CannotLinkRow.event_b.in_(ids))
        )
        return {(a, b) for a, b in self.session.execute(stmt)}

    def must_linked(self, event: Event) -> list[Event]:
        eid = event.event_id
        stmt = select(MustLinkRow.event_a, MustLinkRow.event_b).where(
            or_(MustLinkRow.event_a == eid, MustLinkRow.event_b == eid)
        )
        return self.events(b if a == eid else a for a, b in self.session.execute(stmt))

    def events(self, event_ids: Iterable[str]) -> list[Event]:
        stmt = select(EventRow.event_id, _STORED).where(EventRow.event_id.in_(sorted(set(event_ids))))
        return [self.profiles.event(event_id, text) for event_id, text in self.session.execute(stmt)]

    def profile(self, event: Event) -> Profile:
        return self.profiles.profile(event)

    def member_ids(self, cluster_ids: Iterable[str]) -> list[str]:
        stmt = select(ClusterMemberRow.event_id).where(ClusterMemberRow.cluster_id.in_(sorted(set(cluster_ids))))
        return list(self.session.execute(stmt).scalars())


def _cluster_row(cluster: Cluster) -> ClusterRow:
    event = cluster.event
    return ClusterRow(
        cluster_id=cluster.cluster_id,
        data=cluster.to_dict(),
        corroboration=cluster.corroboration,
        size=len(cluster.member_ids),
        sub_event_type=event.sub_event_type,
        country_code=event.location.country_code.upper() if event.location.country_code else None,
        date_start=iso_date(event.date.start),
        latitude=event.location.latitude,
        longitude=event.location.longitude,
    )


def _write(session: Session, index: SessionIndex, seeds: list[Event], settings: Settings) -> list[Cluster]:
    """Re-partition the components of ``seeds`` and replace the clusters they cover."""
    clusters = recluster(seeds, index, settings)
    member_ids = sorted({eid for c in clusters for eid in c.member_ids})
    old_ids = set(
        session.execute(select(ClusterMemberRow.cluster_id).where(ClusterMemberRow.event_id.in_(member_ids))).scalars()
    )
    # Old clusters lose these members; any members they keep are in ``clusters`` too
    # (same component), so deleting the old rows loses nothing.
    session.execute(delete(ClusterMemberRow).where(ClusterMemberRow.event_id.in_(member_ids)))
    session.execute(delete(ClusterRow).where(ClusterRow.cluster_id.in_(sorted(old_ids))))
    session.flush()
    for cluster in clusters:
        session.add(_cluster_row(cluster))
        session.add_all(
            ClusterMemberRow(event_id=eid, cluster_id=cluster.cluster_id, article_id=eid_article)
            for eid, eid_article in ((m.event_id, m.article_id) for m in _members(cluster, seeds, index))
        )
    session.flush()
    return clusters


def _members(cluster: Cluster, seeds: list[Event], index: SessionIndex) -> list[Event]:
    known = {e.event_id: e for e in seeds}
    missing = [eid for eid in cluster.member_ids if eid not in known]
    known.update((e.event_id, e) for e in index.events(missing))
    return [known[eid] for eid in cluster.member_ids]


def cluster_article(session: Session, article_id: str, settings: Settings = Settings()) -> list[Cluster]:
    """Cluster the (just saved) events of ``article_id`` into the store, in ``session``.

    Clusters that held this article's previous events are re-partitioned too, so a
    re-ingest that drops or changes events leaves no stale member behind.
    """
    index = SessionIndex(session)
    stale = select(ClusterMemberRow.cluster_id).where(ClusterMemberRow.article_id == article_id)
    old_clusters = set(session.execute(stale).scalars())
    session.execute(delete(ClusterMemberRow).where(ClusterMemberRow.article_id == article_id))
    seeds = index.events(
        session.execute(select(EventRow.event_id).where(EventRow.article_id == article_id)).scalars()
    )
    seeds += index.events(index.member_ids(old_clusters))
    session.execute(delete(ClusterRow).where(ClusterRow.cluster_id.in_(sorted(old_clusters))))
    if not seeds:
        return []
    return _write(session, index, seeds, settings)


def cluster_pending(session: Session, settings: Settings = Settings()) -> int:
    """Cluster every stored event that has no cluster yet (e.g. ingested before dedup); returns events done."""
    stmt = (
        select(EventRow.article_id)
        .outerjoin(ClusterMemberRow, ClusterMemberRow.event_id == EventRow.event_id)
        .where(ClusterMemberRow.event_id.is_(None))
        .distinct()
        .order_by(EventRow.article_id)
    )
    done = 0
    for article_id in list(session.execute(stmt).scalars()):
        done += sum(len(c.member_ids) for c in cluster_article(session, article_id, settings))
    return done


def split_cluster(session: Session, cluster_id: str, event_ids: list[str], settings: Settings = Settings()) -> list[Cluster]:
    """Move ``event_ids`` out of ``cluster_id`` for good: cannot-link them to the rest, re-partition."""
    index = SessionIndex(session)
    members = set(index.member_ids([cluster_id]))
    if not members:
        raise StoreError(f"no cluster {cluster_id!r}")
    moved = set(event_ids)
    strangers = sorted(moved - members)
    if strangers:
        raise StoreError(f"not in cluster {cluster_id}: {', '.join(strangers)}")
    staying = members - moved
    if not staying:
        raise StoreError(f"moving every event out of cluster {cluster_id} splits nothing")
    existing = index.cannot_links(moved)
    for a in sorted(moved):
        for b in sorted(staying):
            key = pair(a, b)
            if key not in existing:
                session.add(CannotLinkRow(event_a=key[0], event_b=key[1]))
    session.flush()
    return _write(session, index, index.events(members), settings)


def merge_clusters(session: Session, cluster_ids: list[str], settings: Settings = Settings()) -> list[Cluster]:
    """Join clusters for good: must-link them, drop reviewer cannot-links between them, re-partition."""
    index = SessionIndex(session)
    groups = [set(index.member_ids([cid])) for cid in sorted(set(cluster_ids))]
    if len(groups) < 2 or not all(groups):
        raise StoreError("a merge needs at least two existing clusters")
    members = sorted(set().union(*groups))
    for a, b in index.cannot_links(set(members)):
        if across((a, b), groups):
            session.execute(delete(CannotLinkRow).where(CannotLinkRow.event_a == a, CannotLinkRow.event_b == b))
    for a, b in merge_links(groups):
        if session.get(MustLinkRow, (a, b)) is None:
            session.add(MustLinkRow(event_a=a, event_b=b))
    session.flush()
    return _write(session, index, index.events(members), settings)


def read_clusters(session: Session, *, min_corroboration: int = 1, limit: int | None = None) -> list[dict[str, Any]]:
    """Cluster records (canonical event JSON + cluster fields), oldest first, ties by id."""
    stmt = (
        select(ClusterRow.data)
        .where(ClusterRow.corroboration >= min_corroboration)
        .order_by(ClusterRow.date_start.asc().nulls_last(), ClusterRow.cluster_id)
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.execute(stmt).scalars())


def cluster_of(session: Session, event_id: str) -> str | None:
    return session.execute(select(ClusterMemberRow.cluster_id).where(ClusterMemberRow.event_id == event_id)).scalar()


__all__ = [
    "CannotLinkRow",
    "MustLinkRow",
    "ClusterMemberRow",
    "ClusterRow",
    "SessionIndex",
    "cluster_article",
    "cluster_of",
    "cluster_pending",
    "merge_clusters",
    "read_clusters",
    "save_and_cluster",
    "split_cluster",
    "store_cluster_of",
    "store_clusters",
    "store_pending",
    "store_split",
]



# -- one-call helpers over a Store (each is one transaction) ---------------------------


def save_and_cluster(store: "Store", article: Article, events: list[Event], settings: Settings = Settings()) -> int:
    """``store.save`` and cluster the article's events in the same transaction."""
    return store.save(article, events, then=lambda session: cluster_article(session, article.id, settings))


def store_split(store: "Store", cluster_id: str, event_ids: list[str], settings: Settings = Settings()) -> list[Cluster]:
    with store._translate(f"cannot split cluster {cluster_id}"), store._write.begin() as session:
        return split_cluster(session, cluster_id, event_ids, settings)


def store_pending(store: "Store", settings: Settings = Settings()) -> int:
    with store._translate("cannot cluster events"), store._write.begin() as session:
        return cluster_pending(session, settings)


def store_clusters(store: "Store", *, min_corroboration: int = 1, limit: int | None = None) -> list[dict[str, Any]]:
    with store._translate("cannot read clusters"), store._read() as session:
        return read_clusters(session, min_corroboration=min_corroboration, limit=limit)


def store_cluster_of(store: "Store", event_id: str) -> str | None:
    with store._translate("cannot read clusters"), store._read() as session:
        return cluster_of(session, event_id)
