"""Analyst reviews: confirmations, corrections and rejections of stored events.

Why a module of its own: the machine's events are replaced every time an article is
re-coded (``Store.save``), the analyst's judgement must not be. Reviews live in their
own tables, keyed by event id with the evidence span as a fallback key (a re-coded
event whose sub-type changed gets a new id), and ``apply_reviews`` re-imposes them on
whatever the pipeline stored last, so reviewed fields always win.

Every change is also written to ``review_log``, which is append-only: this module only
inserts into it, and on SQLite triggers refuse UPDATE and DELETE outright.
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import ValidationError
from sqlalchemy import DDL, JSON, DateTime, Integer, String, Text, event, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from ..errors import StoreError, WarlogError
from ..record import Event
from ..taxonomy import EVENT_TYPES, SUB_EVENT_TYPES
from .convert import event_row
from .engine import WRITE_OPTION, describe
from .models import ArticleRow, Base, EventRow, utcnow
from .store import Store

Action = Literal["confirm", "correct", "reject"]
Status = Literal["confirmed", "corrected", "rejected"]

# Record fields an analyst may correct (keys of ``Event.to_dict()``).
CORRECTABLE: tuple[str, ...] = (
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "assoc_actor_1",
    "assoc_actor_2",
    "location",
    "date",
    "fatalities",
    "modality",
)

JSONValue = Any


class ReviewError(WarlogError):
    """A review that cannot be applied: unknown field, invalid value, inconsistent types."""

    code = "W411"


class UnknownEventError(WarlogError):
    """No stored (or rejected) event has this id."""

    code = "W410"


class ReviewState(Base):
    """The current verdict on one event: what the analyst pinned, and the record it gave."""

    __tablename__ = "event_reviews"

    event_id: Mapped[str] = mapped_column(String, primary_key=True)
    # No foreign key: the event row is deleted and re-created on every re-coding.
    article_id: Mapped[str] = mapped_column(String, index=True)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String, index=True)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # field -> reviewed value
    original: Mapped[dict[str, Any]] = mapped_column(JSON)  # the machine's record at first review
    record: Mapped[dict[str, Any]] = mapped_column(JSON)  # the record as last reviewed
    reviewed_by: Mapped[str] = mapped_column(String)
    reviewed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ReviewLog(Base):
    """One line per change: who, when, which field, old and new value, why."""

    __tablename__ = "review_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String, index=True)
    article_id: Mapped[str] = mapped_column(String)
    who: Mapped[str] = mapped_column(String)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    action: Mapped[str] = mapped_column(String)
    field: Mapped[str | None] = mapped_column(String)
    old: Mapped[Any] = mapped_column(JSON, nullable=True)
    new: Mapped[Any] = mapped_column(JSON, nullable=True)
    reason: Mapped[str | None] = mapped_column(Text)


for _verb in ("UPDATE", "DELETE"):
    event.listen(
        ReviewLog.__table__,
        "after_create",
        DDL(
            f"CREATE TRIGGER review_log_no_{_verb.lower()} BEFORE {_verb} ON review_log "
            "BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END"
        ).execute_if(dialect="sqlite"),
    )


@dataclass(frozen=True, slots=True)
class LogEntry:
    id: int
    event_id: str
    article_id: str
    who: str
    at: str
    action: str
    field: str | None
    old: JSONValue
    new: JSONValue
    reason: str | None

    @classmethod
    def of(cls, row: ReviewLog) -> "LogEntry":
        return cls(
            row.id, row.event_id, row.article_id, row.who, _iso(row.at), row.action, row.field, row.old, row.new,
            row.reason,
        )


# -- sessions ---------------------------------------------------------------------------

_READY: "weakref.WeakSet[Any]" = weakref.WeakSet()


def ensure_tables(store: Store) -> None:
    """Create the review tables if this store was opened before this module was imported."""
    if store.engine in _READY:
        return
    with session_scope(store, write=True, action="cannot create the review tables") as session:
        Base.metadata.create_all(session.connection(), tables=[ReviewState.__table__, ReviewLog.__table__])
    _READY.add(store.engine)


@contextmanager
def session_scope(store: Store, *, write: bool, action: str) -> Iterator[Session]:
    """A transaction on ``store``'s engine (writes take SQLite's lock up front); errors -> StoreError."""
    engine = store.engine.execution_options(**{WRITE_OPTION: True}) if write else store.engine
    try:
        with sessionmaker(engine, expire_on_commit=False).begin() as session:
            yield session
    except SQLAlchemyError as exc:
        raise StoreError(f"{action}: {exc.__class__.__name__}: {str(exc).splitlines()[0]}", path=describe(store.url)) from exc


# -- reviewing --------------------------------------------------------------------------


def review_event(
    store: Store,
    event_id: str,
    *,
    action: Action,
    who: str,
    changes: dict[str, JSONValue] | None = None,
    reason: str | None = None,
) -> tuple[Event, str]:
    """Confirm, correct or reject one event; returns the reviewed record and its status.

    One transaction: the event row, the verdict and the log lines change together.
    ``changes`` maps fields of ``CORRECTABLE`` to values in the record's JSON shape.
    """
    ensure_tables(store)
    if action not in ("confirm", "correct", "reject"):
        raise ReviewError(f"unknown action {action!r}; use confirm, correct or reject")
    if action == "correct" and not changes:
        raise ReviewError("a correction needs at least one changed field")
    if action != "correct" and changes:
        raise ReviewError(f"'{action}' takes no changes; use 'correct'")
    with session_scope(store, write=True, action=f"cannot review event {event_id}") as session:
        row = session.get(EventRow, event_id)
        state = session.get(ReviewState, event_id)
        if row is None and state is None:
            raise UnknownEventError(f"no event with id {event_id!r}")
        current = Event.from_json(row.data if row is not None else state.record)  # type: ignore[union-attr]
        log: list[tuple[str | None, JSONValue, JSONValue]] = []
        pinned = dict(state.fields) if state is not None else {}
        if action == "correct":
            reviewed, changed = corrected(current, changes or {})
            if not changed:
                raise ReviewError("nothing to change: every value equals the stored one")
            log = [(field, old, new) for field, (old, new) in changed.items()]
            pinned |= {field: new for field, (_, new) in changed.items()}
            status: Status = "corrected"
        elif action == "confirm":
            reviewed = current
            data = current.to_dict()
            # A confirmed record keeps what the analyst saw, even if a later model codes it otherwise.
            pinned = {field: data[field] for field in CORRECTABLE} | pinned
            status = "corrected" if state is not None and state.status == "corrected" else "confirmed"
            log = [(None, _status_of(state), status)]
        else:
            reviewed, status = current, "rejected"
            log = [(None, _status_of(state), status)]
        _store_row(session, row, reviewed, keep=status != "rejected")
        now = utcnow()
        if state is None:
            state = ReviewState(
                event_id=event_id,
                article_id=current.article_id,
                evidence_start=current.evidence.start,
                evidence_end=current.evidence.end,
                original=current.to_dict(),
            )
            session.add(state)
        state.status, state.fields, state.record = status, pinned, reviewed.to_dict()
        state.reviewed_by, state.reviewed_at = who, now
        session.add_all(
            ReviewLog(
                event_id=event_id, article_id=current.article_id, who=who, at=now, action=action,
                field=field, old=old, new=new, reason=reason,
            )
            for field, old, new in log
        )
    return reviewed, status


def corrected(event: Event, changes: dict[str, JSONValue]) -> tuple[Event, dict[str, tuple[JSONValue, JSONValue]]]:
    """``event`` with ``changes`` applied and validated, and ``{field: (old, new)}`` of what moved.

    A new sub-type brings its event type along; a new event type drops a sub-type of
    another type (both are logged), so the record never holds an impossible pair.
    """
    unknown = sorted(set(changes) - set(CORRECTABLE))
    if unknown:
        raise ReviewError(f"cannot correct {', '.join(unknown)}; correctable: {', '.join(CORRECTABLE)}")
    before = event.to_dict()
    data = before | changes
    sub, kind = data.get("sub_event_type"), data.get("event_type")
    if sub is not None and sub not in SUB_EVENT_TYPES:
        raise ReviewError(f"not an ACLED sub-event type: {sub!r}")
    if kind is not None and kind not in EVENT_TYPES:
        raise ReviewError(f"not an ACLED event type: {kind!r}")
    dead = data.get("fatalities")
    if dead is not None and (not isinstance(dead, int) or isinstance(dead, bool) or dead < 0):
        raise ReviewError(f"fatalities must be a whole number >= 0 or null, not {dead!r}")
    if "sub_event_type" in changes and sub is not None:
        if "event_type" in changes and kind != SUB_EVENT_TYPES[sub]:
            raise ReviewError(f"sub-type {sub!r} belongs to {SUB_EVENT_TYPES[sub]!r}, not {kind!r}")
        data["event_type"] = SUB_EVENT_TYPES[sub]
    elif sub is not None and kind != SUB_EVENT_TYPES[sub]:
        data["sub_event_type"] = None
    try:
        after = Event.from_json(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()[:5])
        raise ReviewError(f"invalid correction: {problems}") from None
    normal = after.to_dict()
    changed = {f: (before[f], normal[f]) for f in CORRECTABLE if before[f] != normal[f]}
    return after, changed


def _status_of(state: ReviewState | None) -> str | None:
    return state.status if state is not None else None


def _store_row(session: Session, row: EventRow | None, event: Event, *, keep: bool) -> None:
    """Make the events table hold ``event`` (``keep``) or not hold it (a rejection)."""
    if not keep:
        if row is not None:
            session.delete(row)
        return
    fresh = event_row(event)
    if row is None:
        if session.get(ArticleRow, event.article_id) is None:
            raise ReviewError(f"the article {event.article_id} of this event is no longer stored")
        session.add(fresh)
        return
    for column in EventRow.__table__.columns:
        setattr(row, column.key, getattr(fresh, column.key))


def apply_reviews(store: Store, article_id: str) -> int:
    """Re-impose every review of ``article_id`` on its stored events; call after ``Store.save``.

    A re-coded event is matched to its review by id, else by evidence span (its
    sub-type, hence its id, may have changed: it takes the reviewed id back).
    Rejected events are removed again; a confirmed or corrected event that the new
    coding no longer finds is reinstated from its reviewed record: the analyst's word
    outlives the model's. Returns how many reviews were applied.
    """
    ensure_tables(store)
    with session_scope(store, write=True, action=f"cannot apply reviews to article {article_id}") as session:
        states = session.scalars(select(ReviewState).where(ReviewState.article_id == article_id)).all()
        if not states:
            return 0
        rows = {row.event_id: row for row in session.scalars(select(EventRow).where(EventRow.article_id == article_id))}
        spans = {(row.data["evidence"]["start"], row.data["evidence"]["end"]): row for row in rows.values()}
        for state in states:
            row = rows.get(state.event_id) or spans.get((state.evidence_start, state.evidence_end))
            if state.status == "rejected":
                if row is not None:
                    session.delete(row)
                continue
            base = row.data if row is not None else state.record
            try:
                event = Event.from_json(base | state.fields | {"event_id": state.event_id})
            except ValidationError:
                continue  # the record's schema moved on; the machine's row stays, the log keeps the review
            if row is not None and row.event_id != state.event_id:
                session.delete(row)
                session.flush()
                row = None
            _store_row(session, row, event, keep=True)
            state.record = event.to_dict()
        return len(states)


# -- reading ----------------------------------------------------------------------------


def review_statuses(store: Store, event_ids: list[str]) -> dict[str, str]:
    """``{event_id: status}`` for the reviewed ones among ``event_ids``."""
    if not event_ids:
        return {}
    ensure_tables(store)
    stmt = select(ReviewState.event_id, ReviewState.status).where(ReviewState.event_id.in_(event_ids))
    with session_scope(store, write=False, action="cannot read reviews") as session:
        return {event_id: status for event_id, status in session.execute(stmt)}


def review_state(store: Store, event_id: str) -> dict[str, Any] | None:
    """The verdict on one event (status, pinned fields, reviewer), or None if unreviewed."""
    ensure_tables(store)
    with session_scope(store, write=False, action="cannot read reviews") as session:
        state = session.get(ReviewState, event_id)
        if state is None:
            return None
        return {
            "status": state.status,
            "fields": state.fields,
            "reviewed_by": state.reviewed_by,
            "reviewed_at": _iso(state.reviewed_at),
            "record": state.record,
        }


def review_log(store: Store, event_id: str | None = None, *, limit: int = 200) -> list[LogEntry]:
    """Audit entries, newest first; one event's, or everyone's."""
    ensure_tables(store)
    stmt = select(ReviewLog).order_by(ReviewLog.id.desc()).limit(limit)
    if event_id is not None:
        stmt = stmt.where(ReviewLog.event_id == event_id)
    with session_scope(store, write=False, action="cannot read the review log") as session:
        return [LogEntry.of(row) for row in session.scalars(stmt)]


def reviewed_examples(store: Store) -> Iterator[dict[str, Any]]:
    """Every verdict as one training/evaluation example (``warlog export --reviewed``).

    ``machine`` is what the pipeline first coded, ``gold`` what the analyst settled on
    (None for a rejection: the sentence reports no event, a hard negative), and ``text``
    the evidence sentence, so the classifier can be trained or scored on it directly.
    """
    ensure_tables(store)
    stmt = select(ReviewState, ArticleRow.title, ArticleRow.date).outerjoin(
        ArticleRow, ArticleRow.id == ReviewState.article_id
    ).order_by(ReviewState.reviewed_at, ReviewState.event_id)
    with session_scope(store, write=False, action="cannot read reviews") as session:
        for state, title, day in session.execute(stmt):
            gold = None if state.status == "rejected" else state.record
            yield {
                "event_id": state.event_id,
                "article_id": state.article_id,
                "article_title": title,
                "article_date": day.isoformat() if day else None,
                "status": state.status,
                "text": state.original["evidence"]["text"],
                "evidence": state.original["evidence"],
                "sub_event_type": gold["sub_event_type"] if gold else None,
                "corrected_fields": sorted(state.fields) if state.status == "corrected" else [],
                "machine": state.original,
                "gold": gold,
                "reviewed_by": state.reviewed_by,
                "reviewed_at": _iso(state.reviewed_at),
            }


def _iso(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:  # SQLite returns naive datetimes; they were written in UTC
        value = value.replace(tzinfo=dt.UTC)
    return value.isoformat()


# -- clusters -------------------------------------------------------------------------------


def split_reviewed(store: Store, cluster_id: str, event_ids: list[str], *, who: str, reason: str | None) -> list[str]:
    """An analyst's split of a wrong merge: the events leave the cluster for good, and
    every moved event gets an audit line (old cluster -> new cluster) in one transaction."""
    from .clusters import ClusterMemberRow, cluster_of, split_cluster

    ensure_tables(store)
    with session_scope(store, write=True, action=f"cannot split cluster {cluster_id}") as session:
        members = set(session.scalars(select(ClusterMemberRow.event_id).where(ClusterMemberRow.cluster_id == cluster_id)))
        if not members:
            raise ReviewError(f"no cluster {cluster_id!r}")
        if strangers := sorted(set(event_ids) - members):
            raise ReviewError(f"not in cluster {cluster_id}: {', '.join(strangers)}")
        if not members - set(event_ids):
            raise ReviewError(f"moving every event out of cluster {cluster_id} splits nothing")
        clusters = split_cluster(session, cluster_id, event_ids)
        articles = dict(session.execute(select(EventRow.event_id, EventRow.article_id).where(EventRow.event_id.in_(event_ids))).all())
        for event_id in event_ids:
            session.add(
                ReviewLog(
                    event_id=event_id, article_id=articles.get(event_id, ""), who=who, action="split",
                    field="cluster", old=cluster_id, new=cluster_of(session, event_id), reason=reason,
                )
            )
    return [cluster.cluster_id for cluster in clusters]


def merge_reviewed(store: Store, cluster_ids: list[str], *, who: str, reason: str | None) -> str:
    """An analyst's merge of clusters the machine kept apart; one audit line per event moved."""
    from .clusters import ClusterMemberRow, merge_clusters

    ensure_tables(store)
    with session_scope(store, write=True, action="cannot merge clusters") as session:
        rows = session.execute(
            select(ClusterMemberRow.event_id, ClusterMemberRow.cluster_id, ClusterMemberRow.article_id).where(
                ClusterMemberRow.cluster_id.in_(sorted(set(cluster_ids)))
            )
        ).all()
        if len({cluster for _, cluster, _ in rows}) < 2:
            raise ReviewError("a merge needs at least two existing clusters")
        merged = merge_clusters(session, cluster_ids)
        target = next(c.cluster_id for c in merged if rows[0][0] in c.member_ids)
        session.add_all(
            ReviewLog(event_id=eid, article_id=aid, who=who, action="merge", field="cluster", old=old, new=target, reason=reason)
            for eid, old, aid in rows
            if old != target
        )
    return target
