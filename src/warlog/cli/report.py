"""``warlog report``: one self-contained HTML page summarising the stored events."""

from __future__ import annotations

from typing import Annotated

import typer

from ..exports import open_output
from ..report import build_report
from ..report.html import plural
from ..store import Store
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
    describe_filter,
    event_filter,
)

DEFAULT_TOP = 10


@app.command()
def report(
    output: Annotated[str, typer.Option("--output", "-o", help="HTML file to write ('-' for standard output).")],
    top: Annotated[
        int, typer.Option("--top", min=1, max=500, help="Rows in the actor, source and corroboration tables.")
    ] = DEFAULT_TOP,
    title: Annotated[str | None, typer.Option(help="Page title. Default: 'warlog report'.")] = None,
    db: DbOption = None,
    event_type: TypeOption = None,
    sub_type: SubTypeOption = None,
    country: CountryOption = None,
    date_from: FromOption = None,
    date_to: ToOption = None,
    actor: ActorOption = None,
    text: TextOption = None,
    limit: LimitOption = None,
) -> None:
    """Write an HTML report (map, weekly counts, actors, corroborated events, sources) that needs no network."""
    filters = event_filter(
        event_type=event_type, sub_type=sub_type, country=country, date_from=date_from, date_to=date_to,
        actor=actor, text=text, limit=limit,
    )
    with Store(db) as store:
        page, count = build_report(store.events(filters), top=top, title=title, criteria=describe_filter(filters))
    with open_output(output) as stream:
        stream.write(page)
    console_err.print(f"wrote a report of {plural(count, 'event')} to {output}", markup=False, highlight=False)
