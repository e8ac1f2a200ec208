"""``warlog watch``: poll feeds and code new articles as they are published."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from ..store import Store
from .app import app, console_err
from .query import DB_HELP, parse_day


def _log(line: str) -> None:
    stamp = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M:%S")
    console_err.print(f"{stamp} {line}", markup=False, highlight=False, soft_wrap=True)


@app.command()
def watch(
    sources: Annotated[list[str], typer.Argument(help="RSS/Atom feed URLs or local feed files.", show_default=False)],
    every: Annotated[str, typer.Option("--every", help="Polling interval: 30s, 10m, 1h.")] = "10m",
    once: Annotated[bool, typer.Option("--once", help="Poll each source once, then exit (for cron).")] = False,
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP, show_default=False)] = None,
    day: Annotated[str | None, typer.Option("--date", help="Date for entries and pages that carry none.")] = None,
) -> None:
    """Watch feeds: fetch each new entry's page, code it, store it, log a line per new event."""
    from ..pipeline import Pipeline
    from ..watch import Watcher, parse_interval

    interval = parse_interval(every)
    with Store(db) as store:
        watcher = Watcher(sources, store, Pipeline(), every=interval, default_date=parse_day(day, "--date"), log=_log)
        _log(f"watching {len(watcher.sources)} source(s) every {interval}; storing in {store!r}")
        watcher.run(once=once)
