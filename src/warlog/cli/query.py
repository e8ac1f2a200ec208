"""``warlog events``: filter the stored events and print or export them."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer

from ..errors import BadDateError
from ..exports import OUTPUT_FORMATS, TABLE, emit, resolve_format
from ..store import EventFilter, Store
from ..store.filters import canonical
from ..taxonomy import EVENT_TYPES, SUB_EVENT_TYPES
from .app import app, console_err

TABLE_LIMIT = 50  # a table longer than this is unreadable; other formats are unlimited

DB_HELP = (
    "Database URL (sqlite:///file.db, postgresql://user@host/db) or a .db file path. "
    "Default: $WARLOG_DB, else warlog.db in your user data directory."
)


def parse_day(value: str | None, option: str) -> date | None:
    """``YYYY-MM-DD`` -> date; anything else is a ``BadDateError`` naming the option."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError as exc:
        raise BadDateError(f"{option} {value!r} is not a date; use YYYY-MM-DD") from exc


def vocabulary_term(value: str | None, vocabulary: tuple[str, ...], option: str) -> str | None:
    """ACLED's spelling of ``value``, or a usage error listing the choices."""
    if value is None:
        return None
    term = canonical(value, vocabulary)
    if term not in vocabulary:
        raise typer.BadParameter(f"{value!r}; choose one of: {', '.join(vocabulary)}", param_hint=option)
    return term


@app.command()
def events(
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP, show_default=False)] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="ACLED event type, e.g. Battles.")] = None,
    sub_type: Annotated[
        str | None, typer.Option("--sub-type", help="ACLED sub-event type, e.g. 'Armed clash'.")
    ] = None,
    country: Annotated[str | None, typer.Option(help="Country name or ISO code.")] = None,
    since: Annotated[str | None, typer.Option(help="Events on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Events on or before YYYY-MM-DD.")] = None,
    actor: Annotated[str | None, typer.Option(help="Text in any actor's name.")] = None,
    text: Annotated[str | None, typer.Option(help="Text in the evidence sentence.")] = None,
    limit: Annotated[
        int | None,
        typer.Option(min=0, help=f"At most this many events (a table shows {TABLE_LIMIT} by default)."),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help=f"One of {', '.join(OUTPUT_FORMATS)}. "
            "Default: from -o's extension, else table on a terminal, jsonl in a pipe.",
        ),
    ] = None,
    output: Annotated[str | None, typer.Option("--output", "-o", help="Write here instead of standard output.")] = None,
    clusters: Annotated[
        bool,
        typer.Option("--clusters", help="Canonical (de-duplicated) events with their corroboration instead of every record."),
    ] = False,
) -> None:
    """Query the stored events, oldest first."""
    chosen = resolve_format(fmt, output)
    if clusters:
        _emit_clusters(db, chosen, output, limit)
        return
    since_day, until_day = parse_day(since, "--since"), parse_day(until, "--until")
    if since_day and until_day and since_day > until_day:
        raise BadDateError(f"--since {since_day} is after --until {until_day}")
    shown_limit = TABLE_LIMIT if chosen == TABLE and limit is None else limit
    filters = EventFilter(
        event_type=vocabulary_term(event_type, EVENT_TYPES, "--type"),
        sub_event_type=vocabulary_term(sub_type, tuple(SUB_EVENT_TYPES), "--sub-type"),
        country=country,
        since=since_day,
        until=until_day,
        actor=actor,
        text=text,
        limit=shown_limit,
    )
    with Store(db) as store:
        written = emit(store.events(filters), chosen, output)
        if chosen == TABLE and limit is None and written == TABLE_LIMIT:
            total = store.count_events(filters)
            if total > written:
                console_err.print(
                    f"showing the first {written} of {total} events; use --limit or --format for more",
                    style="dim",
                )
    if output:
        console_err.print(f"wrote {written} events to {output} ({chosen})", markup=False, highlight=False)


def _emit_clusters(db: str | None, chosen: str, output: str | None, limit: int | None) -> None:
    """Canonical events; JSON Lines keep the cluster fields (corroboration, members)."""
    import json

    from ..exports.output import open_output
    from ..record import Event
    from ..store.clusters import store_clusters

    with Store(db) as store:
        records = store_clusters(store, limit=TABLE_LIMIT if chosen == TABLE and limit is None else limit)
    if chosen == "jsonl":
        with open_output(output) as stream:
            for record in records:
                stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        written = len(records)
    else:
        written = emit((Event.from_json({k: v for k, v in r.items() if k in Event.model_fields}) for r in records), chosen, output)
    if output:
        console_err.print(f"wrote {written} clusters to {output} ({chosen})", markup=False, highlight=False)
