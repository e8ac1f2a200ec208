"""``warlog export``: stored events to a file, filtered like ``warlog events``, pulled incrementally.

``--since`` is about ingestion, not event dates: it exports the events of articles
stored or re-coded after that instant, and prints on stderr the high-water mark
to pass next time. Re-coding an article replaces all its events, so a consumer
should replace what it holds for each ``article_id`` it receives (upsert by
article), not append.

The command only gathers options into an ``ExportRequest``; ``run_export`` does
the work, and ``selected_events`` is the one place that decides which records
go out, so options that change the records (e.g. review corrections) plug in
there without touching the rest.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated

import typer
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from ..errors import BadDateError, StoreError
from ..exports import FORMATS, emit, format_for_path, is_binary, is_stdout, open_output
from ..record import Event
from ..store import EventFilter, Store
from ..store.engine import describe
from ..store.filters import as_utc
from ..store.models import ArticleRow
from .app import app, console_err
from .selection import (
    ActorOption,
    CountryOption,
    DbOption,
    FromOption,
    LimitOption,
    SubTypeOption,
    TextOption,
    ToOption,
    TypeOption,
    event_filter,
)

DEFAULT_FORMAT = "jsonl"


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """Everything ``warlog export`` was asked for, checked and parsed."""

    db: str | None
    filters: EventFilter
    fmt: str
    output: str


def parse_instant(value: str | None, option: str) -> datetime | None:
    """An ISO date or datetime as an aware UTC datetime; a date means its midnight UTC.

    Naive times are UTC (the store's clock); ``Z`` and offsets are honoured.
    """
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value.strip())  # a bare date gives its midnight
    except ValueError as exc:
        raise BadDateError(
            f"{option} {value!r} is not a date or time; use YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS[+HH:MM]"
        ) from exc
    return as_utc(moment)


def export_format(fmt: str | None, output: str) -> str:
    """``--format``, else the format ``-o``'s extension implies, else JSON Lines (never a table)."""
    chosen = (fmt or format_for_path(output) or DEFAULT_FORMAT).strip().lower()
    is_binary(chosen)  # raises ExportError naming the valid formats
    return chosen


def latest_ingest(store: Store) -> datetime | None:
    """When the most recently stored article was stored (UTC), or None for an empty store."""
    stmt = select(ArticleRow.ingested_at).order_by(ArticleRow.ingested_at.desc()).limit(1)
    try:
        with store.engine.connect() as connection:
            found = connection.execute(stmt).scalar()
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines() or [type(exc).__name__]
        raise StoreError(f"cannot read articles: {reason[0]}", path=describe(store.url)) from exc
    return as_utc(found) if found is not None else None


def selected_events(store: Store, request: ExportRequest) -> Iterator[Event]:
    """The records to write, as stored; the hook for options that adjust them (``--reviewed``)."""
    return store.events(request.filters)


def run_export(request: ExportRequest) -> tuple[int, datetime | None]:
    """Write the export; returns (events written, high-water mark for the next ``--since``).

    The mark is read before the events, so an article committed while the export
    runs comes in the next pull (perhaps in this one too: consumers upsert by
    article). Limit: ``ingested_at`` is stamped when an ingest writes, before it
    commits, so an ingest still uncommitted when the mark is read can later appear
    with an older stamp and be missed; pass a slightly earlier ``--since`` if ingests
    run during exports.
    """
    since = request.filters.ingested_since
    with Store(request.db) as store:
        latest = latest_ingest(store)
        written = emit(selected_events(store, request), request.fmt, request.output)
    marks = [moment for moment in (since, latest) if moment is not None]
    return written, max(marks) if marks else None


def _export_reviewed(db: str | None, output: str) -> None:
    from .serve import write_reviewed

    with Store(db) as store, open_output(None if is_stdout(output) else output) as stream:
        count = write_reviewed(store, stream)
    console_err.print(f"wrote {count} reviewed events to {output}", markup=False, highlight=False)


@app.command()
def export(
    output: Annotated[
        str, typer.Option("--output", "-o", help="File to write ('-' for standard output, text formats only).")
    ],
    fmt: Annotated[
        str | None,
        typer.Option("--format", "-f", help=f"One of {', '.join(FORMATS)}. Default: from -o's extension, else jsonl."),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            help="Only events of articles ingested (or re-coded) after this ISO date or time (UTC unless "
            "an offset is given). The mark for the next pull is printed on stderr."
        ),
    ] = None,
    db: DbOption = None,
    event_type: TypeOption = None,
    sub_type: SubTypeOption = None,
    country: CountryOption = None,
    date_from: FromOption = None,
    date_to: ToOption = None,
    actor: ActorOption = None,
    text: TextOption = None,
    limit: LimitOption = None,
    reviewed: Annotated[
        bool,
        typer.Option(
            "--reviewed",
            help="Write the analysts' reviews (confirmed, corrected, rejected) as JSON Lines training and "
            "evaluation data instead of the events.",
        ),
    ] = False,
) -> None:
    """Export stored events to a file (jsonl, csv, acled, geojson, parquet), optionally only new ones."""
    if reviewed:
        _export_reviewed(db, output)
        return
    filters = event_filter(
        event_type=event_type, sub_type=sub_type, country=country, date_from=date_from, date_to=date_to,
        actor=actor, text=text, limit=limit, ingested_since=parse_instant(since, "--since"),
    )
    request = ExportRequest(db=db, filters=filters, fmt=export_format(fmt, output), output=output)
    written, mark = run_export(request)
    where = "standard output" if is_stdout(output) else output
    console_err.print(f"wrote {written} events to {where} ({request.fmt})", markup=False, highlight=False)
    if mark is not None:
        console_err.print(f"next --since {mark.isoformat()}", markup=False, highlight=False)

