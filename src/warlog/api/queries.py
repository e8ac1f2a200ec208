"""What the API asks the store: pages of events, aggregates, map cells, export streams.

Built on ``EventFilter`` so the API filters exactly as ``warlog events`` does, plus a
bounding box and free text. Everything is a SQLAlchemy expression with bound values.

Pages use keyset pagination on (date_start, event_id): a cursor names the last row
seen, so pages stay stable while articles are ingested, and each page costs one index
range scan however deep it is. Undated events come after the dated ones, fetched by
a second query so both parts use the (date_start, event_id) index on every back-end.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import threading
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any, Literal

import orjson
from sqlalchemy import ColumnElement, Integer, Text, and_, cast, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from ..errors import WarlogError
from ..record import Event
from ..store import EventFilter, Store
from ..store.clusters import ClusterMemberRow, ClusterRow
from ..store.models import ArticleRow, EventRow

Order = Literal["desc", "asc"]
TOP = 25  # rows in each ranked aggregate (countries, actors)


class QueryError(WarlogError):
    """A filter, cursor or bounding box the API cannot use."""

    code = "W430"


@dataclass(frozen=True, slots=True)
class BBox:
    west: float
    south: float
    east: float
    north: float

    @classmethod
    def parse(cls, text: str) -> "BBox":
        """``west,south,east,north`` in degrees (GeoJSON order); west > east crosses 180°."""
        try:
            west, south, east, north = (float(part) for part in text.split(","))
        except ValueError:
            raise QueryError(f"bbox {text!r}: expected west,south,east,north in degrees") from None
        if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
            raise QueryError(f"bbox {text!r}: out of range (longitudes -180..180, latitudes -90..90, south <= north)")
        return cls(west, south, east, north)

    def clause(self) -> ColumnElement[bool]:
        lat = EventRow.latitude.between(self.south, self.north)
        if self.west <= self.east:
            return and_(lat, EventRow.longitude.between(self.west, self.east))
        return and_(lat, or_(EventRow.longitude >= self.west, EventRow.longitude <= self.east))


@dataclass(frozen=True, slots=True)
class EventQuery:
    """The ``warlog events`` filter plus what a map and a search box add."""

    filters: EventFilter = field(default_factory=EventFilter)
    bbox: BBox | None = None
    q: str | None = None  # free text: evidence, any actor, or the country

    def clauses(self) -> list[ColumnElement[bool]]:
        out = self.filters.clauses()
        if self.bbox is not None:
            out.append(self.bbox.clause())
        if self.q:
            needle = self.q.strip()
            out.append(
                or_(
                    EventRow.evidence.icontains(needle, autoescape=True),
                    EventRow.actors.icontains(needle, autoescape=True),
                    EventRow.country.icontains(needle, autoescape=True),
                )
            )
        return out


# -- cursors ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Cursor:
    """The last row of a page: its date (None when undated) and id."""

    date: dt.date | None
    event_id: str

    def encode(self) -> str:
        raw = f"{self.date.isoformat() if self.date else ''}|{self.event_id}"
        return base64.urlsafe_b64encode(raw.encode("utf-8")).decode("ascii").rstrip("=")

    @classmethod
    def decode(cls, token: str) -> "Cursor":
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode("utf-8")
            day, event_id = raw.split("|", 1)
            return cls(dt.date.fromisoformat(day) if day else None, event_id)
        except (ValueError, binascii.Error, UnicodeDecodeError):
            raise QueryError("invalid cursor; start again without one") from None


@dataclass(slots=True)
class Page:
    """Records as stored (``Event.to_dict()`` output): re-validating 50 records per request
    would triple its cost for nothing, the store only ever holds validated records."""

    records: list[dict[str, Any]]
    next_cursor: str | None


@dataclass(slots=True)
class RawPage:
    """A page as the stored JSON text of each record, so the list endpoint can splice it
    into its response: parsing and re-encoding 50 records was most of a request's cost."""

    ids: list[str]
    records: list[str]
    next_cursor: str | None


def _reader(store: Store) -> Session:
    return sessionmaker(store.engine)()


def _after(cursor: Cursor | None, order: Order) -> tuple[list[ColumnElement[bool]], list[ColumnElement[bool]]]:
    """Keyset conditions for the dated and the undated part of the listing."""
    if cursor is None:
        return [], []
    later = order == "asc"
    beyond_id = EventRow.event_id > cursor.event_id if later else EventRow.event_id < cursor.event_id
    if cursor.date is None:  # already in the undated tail: ``page`` skips the dated part
        return [], [beyond_id]
    beyond_date = EventRow.date_start > cursor.date if later else EventRow.date_start < cursor.date
    return [or_(beyond_date, and_(EventRow.date_start == cursor.date, beyond_id))], []


def branches(query: EventQuery) -> list[list[ColumnElement[bool]]]:
    """``query``'s conditions as alternatives whose union is exactly the filter.

    The country filter is "name (any case) OR ISO code"; an OR defeats the ordered
    (country, date_start, event_id) indexes, so SQLite gathered and sorted every event
    of the country (70 ms for Iraq at 100,000 events). Two ordered index scans, merged
    here, cost well under a millisecond and match exactly what ``EventFilter`` matches.
    """
    filters = query.filters
    if not filters.country or not filters.country.strip():
        return [query.clauses()]
    rest = replace(query, filters=replace(filters, country=None)).clauses()
    value = filters.country.strip()
    return [[*rest, func.lower(EventRow.country) == value.lower()], [*rest, EventRow.country_code == value.upper()]]


_RawRow = tuple[str, "dt.date | None", str]


def _fetch(
    session: Session, alternatives: list[list[ColumnElement[bool]]], extra: list[ColumnElement[bool]],
    order: Order, *, dated: bool, limit: int,
) -> list[_RawRow]:
    """The first ``limit`` rows of the union of ``alternatives`` (each AND ``extra``), in page order."""
    if dated:
        key = (EventRow.date_start.asc(), EventRow.event_id.asc()) if order == "asc" else (
            EventRow.date_start.desc(), EventRow.event_id.desc())
        present = EventRow.date_start.is_not(None)
    else:
        key = (EventRow.event_id.asc() if order == "asc" else EventRow.event_id.desc(),)
        present = EventRow.date_start.is_(None)
    found: dict[str, _RawRow] = {}
    for clauses in alternatives:
        stmt = (
            select(EventRow.event_id, EventRow.date_start, cast(EventRow.data, Text))
            .where(present, *clauses, *extra)
            .order_by(*key)
            .limit(limit)
        )
        for event_id, day, data in session.execute(stmt):
            found.setdefault(event_id, (event_id, day, data))
    rows = list(found.values())
    if len(alternatives) > 1:
        rows.sort(key=lambda r: (r[1] or dt.date.min, r[0]), reverse=order == "desc")
    return rows[:limit]


def raw_page(store: Store, query: EventQuery, *, limit: int, cursor: Cursor | None, order: Order) -> RawPage:
    """One page of matching events, newest first by default, and the cursor of the next."""
    dated_after, undated_after = _after(cursor, order)
    alternatives = branches(query)
    rows: list[_RawRow] = []
    with _reader(store) as session:
        if cursor is None or cursor.date is not None:
            rows.extend(_fetch(session, alternatives, dated_after, order, dated=True, limit=limit + 1))
        if len(rows) <= limit:
            rows.extend(_fetch(session, alternatives, undated_after, order, dated=False, limit=limit + 1 - len(rows)))
    more = len(rows) > limit
    last = rows[limit - 1] if more else None
    next_cursor = Cursor(last[1], last[0]).encode() if last is not None else None
    return RawPage([r[0] for r in rows[:limit]], [r[2] for r in rows[:limit]], next_cursor)


def page(store: Store, query: EventQuery, *, limit: int, cursor: Cursor | None, order: Order) -> Page:
    """``raw_page`` with each record parsed (exports and other Python callers want dicts)."""
    raw = raw_page(store, query, limit=limit, cursor=cursor, order=order)
    return Page([orjson.loads(text) for text in raw.records], raw.next_cursor)


def iter_events(store: Store, query: EventQuery, *, batch: int = 1000) -> Iterator[Event]:
    """Every matching event, oldest first (as ``warlog events``), streamed page by page."""
    cursor: Cursor | None = None
    while True:
        result = page(store, query, limit=batch, cursor=cursor, order="asc")
        yield from (Event.from_json(data) for data in result.records)
        if result.next_cursor is None:
            return
        cursor = Cursor.decode(result.next_cursor)


# -- aggregates -------------------------------------------------------------------------


def monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def stats(store: Store, query: EventQuery, *, top: int = TOP) -> dict[str, Any]:
    """Counts by ISO week (by start date) and type, by type, by country and by actor.

    Two scans, not one per aggregate: each scan of a large events table costs about
    the same whatever it groups by. Weeks are bucketed here from per-day counts
    (date arithmetic in SQL differs on every back-end; there are only so many days).
    """
    where = query.clauses()
    with _reader(store) as session:
        cubes = session.execute(
            select(EventRow.date_start, EventRow.event_type, EventRow.country, func.count())
            .where(*where)
            .group_by(EventRow.date_start, EventRow.event_type, EventRow.country)
        ).all()
        pairs = session.execute(
            select(EventRow.actor1, EventRow.actor2, func.count()).where(*where).group_by(EventRow.actor1, EventRow.actor2)
        ).all()
    weeks: dict[dt.date, Counter[str]] = defaultdict(Counter)
    types: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    total = undated = 0
    for day, kind, country, count in cubes:
        label = kind or "Unknown"
        total += count
        types[label] += count
        if country:
            countries[country] += count
        if day is None:
            undated += count
        else:
            weeks[monday(day)][label] += count
    actors: Counter[str] = Counter()
    for actor1, actor2, count in pairs:
        for name in {actor1, actor2} - {None}:
            actors[name] += count
    return {
        "total": total,
        "undated": undated,
        "by_week": [{"week": week.isoformat(), "counts": dict(weeks[week])} for week in sorted(weeks)],
        "by_type": dict(types.most_common()),
        "by_country": [{"name": name, "count": count} for name, count in countries.most_common(top)],
        "by_actor": [{"name": name, "count": count} for name, count in actors.most_common(top)],
    }


class AggregateCache:
    """Recent answers (aggregates, pages of events), valid while the store is unchanged.

    The page asks for the same stats and map on every load, and analysts reopen the same
    filtered lists; recomputing them scans the events table. Keys include the store's
    ``DataVersion`` (microseconds on SQLite), so a cached answer is never stale.
    """

    def __init__(self, store: Store, size: int = 256) -> None:
        from .version import DataVersion

        self.store = store
        self.size = size
        self.data_version = DataVersion(store)
        self._items: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._lock = threading.Lock()

    def version(self) -> Any:
        return self.data_version.current()

    def get(self, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        full = (*key, self.version())
        with self._lock:
            if full in self._items:
                self._items.move_to_end(full)
                return self._items[full]
        value = compute()
        with self._lock:
            self._items[full] = value
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value

    def close(self) -> None:
        self.data_version.close()


def map_cells(store: Store, query: EventQuery, *, cell_degrees: float) -> list[dict[str, Any]]:
    """Placed events binned on a lat/lon grid: centre (mean position), count, counts by type.

    The page draws these instead of 100,000 points; binning by integer cast is
    portable SQL and the same on every back-end.
    """
    scale = 1.0 / cell_degrees
    lat_bin = cast(EventRow.latitude * scale, Integer)
    lon_bin = cast(EventRow.longitude * scale, Integer)
    stmt = (
        select(lat_bin, lon_bin, EventRow.event_type, func.count(), func.avg(EventRow.latitude), func.avg(EventRow.longitude))
        .where(*query.clauses(), EventRow.latitude.is_not(None), EventRow.longitude.is_not(None))
        .group_by(lat_bin, lon_bin, EventRow.event_type)
    )
    cells: dict[tuple[int, int], dict[str, Any]] = {}
    with _reader(store) as session:
        for lat_key, lon_key, kind, count, lat, lon in session.execute(stmt):
            cell = cells.setdefault((lat_key, lon_key), {"lat": 0.0, "lon": 0.0, "n": 0, "types": {}})
            # Weighted running mean of the per-type centres.
            total = cell["n"] + count
            cell["lat"] = (cell["lat"] * cell["n"] + lat * count) / total
            cell["lon"] = (cell["lon"] * cell["n"] + lon * count) / total
            cell["n"] = total
            cell["types"][kind or "Unknown"] = count
    return [
        {**cell, "lat": round(cell["lat"], 4), "lon": round(cell["lon"], 4)}
        for cell in sorted(cells.values(), key=lambda c: -c["n"])
    ]


# -- single records ---------------------------------------------------------------------


def event_data(store: Store, event_id: str) -> dict[str, Any] | None:
    with _reader(store) as session:
        return session.execute(select(EventRow.data).where(EventRow.event_id == event_id)).scalar()


MAX_MEMBERS = 100  # members listed in an event's panel; a bigger cluster is summarised


def cluster(store: Store, event_id: str) -> dict[str, Any] | None:
    """The happening an event belongs to: its cluster's corroboration and outlets, and a
    short line per member event (so a reviewer can see what was merged and split it)."""
    with _reader(store) as session:
        cluster_id = session.execute(
            select(ClusterMemberRow.cluster_id).where(ClusterMemberRow.event_id == event_id)
        ).scalar()
        if cluster_id is None:
            return None
        data = session.execute(select(ClusterRow.data).where(ClusterRow.cluster_id == cluster_id)).scalar() or {}
        member_ids = sorted(
            session.execute(select(ClusterMemberRow.event_id).where(ClusterMemberRow.cluster_id == cluster_id)).scalars()
        )
        rows = session.execute(select(EventRow.data).where(EventRow.event_id.in_(member_ids[:MAX_MEMBERS]))).scalars()
    members = []
    for record in rows:
        event = Event.from_json(record)
        members.append({
            "event_id": event.event_id,
            "article_id": event.article_id,
            "sub_event_type": event.sub_event_type,
            "date": event.date.start,
            "place": event.location.name or event.location.text,
            "sources": event.sources,
            "modality": event.modality,
            "evidence": event.evidence.text,
        })
    members.sort(key=lambda m: m["event_id"])
    return {
        "cluster_id": cluster_id,
        "corroboration": data.get("corroboration", 1),
        "outlets": data.get("outlets", []),
        "size": len(member_ids),
        "members": members,
    }


def articles(store: Store, article_ids: list[str], *, with_text: bool = True) -> list[dict[str, Any]]:
    """Article metadata (and text) in the order asked; the file path it came from is not shown."""
    columns = [ArticleRow.id, ArticleRow.title, ArticleRow.date, ArticleRow.url, ArticleRow.source, ArticleRow.ingested_at]
    if with_text:
        columns.append(ArticleRow.text)
    with _reader(store) as session:
        found = {row.id: row for row in session.execute(select(*columns).where(ArticleRow.id.in_(article_ids)))}
    out = []
    for article_id in article_ids:
        row = found.get(article_id)
        if row is None:
            continue
        item = {
            "id": row.id,
            "title": row.title,
            "date": row.date.isoformat() if row.date else None,
            "url": row.url,
            "source": row.source,
            "ingested_at": row.ingested_at.isoformat() if row.ingested_at else None,
        }
        if with_text:
            item["text"] = row.text
        out.append(item)
    return out


def article_events(store: Store, article_id: str) -> list[dict[str, Any]]:
    """The article's events in text order: id, types, evidence span (enough to list them)."""
    stmt = select(EventRow.event_id, EventRow.event_type, EventRow.sub_event_type, EventRow.data).where(
        EventRow.article_id == article_id
    )
    with _reader(store) as session:
        rows = session.execute(stmt).all()
    items = [
        {"event_id": r.event_id, "event_type": r.event_type, "sub_event_type": r.sub_event_type,
         "evidence": r.data["evidence"]}
        for r in rows
    ]
    return sorted(items, key=lambda item: item["evidence"]["start"])
