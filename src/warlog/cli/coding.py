"""``warlog code`` (print events) and ``warlog ingest`` (code and store them)."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from ..article import Article
from ..errors import InputError
from ..exports import OUTPUT_FORMATS, emit, resolve_format
from ..ingest import read_articles
from ..record import Event
from ..store import Store, text_hash
from ..store.clusters import save_and_cluster
from ..store.review import apply_reviews
from .app import app, console_err
from .query import DB_HELP, parse_day

if TYPE_CHECKING:
    from ..pipeline import Pipeline

FILES_HELP = "Articles: .txt, .html, .jsonl ({id, text, title?, date?, url?, source?}), RSS/Atom files, directories, or - for standard input."
DATE_HELP = "Publication date (YYYY-MM-DD) for articles that carry none; relative dates ('last week') resolve against it."


class InputReport:
    """Reads articles, reporting each bad input on one line and counting them."""

    def __init__(self, paths: list[str], default_date: date | None) -> None:
        self.paths = paths
        self.default_date = default_date
        self.failures = 0
        self.articles = 0

    def __iter__(self) -> Iterator[Article]:
        for item in read_articles(self.paths, default_date=self.default_date):
            if isinstance(item, InputError):
                self.failures += 1
                console_err.print(f"warlog: {item}", markup=False, highlight=False, soft_wrap=True)
                continue
            self.articles += 1
            yield item

    def exit_if_failed(self) -> None:
        if self.failures:
            console_err.print(f"warlog: {self.failures} input(s) could not be read", markup=False)
            raise typer.Exit(1)


def load_pipeline() -> "Pipeline":
    """Loading spaCy and the gazetteer takes seconds: only commands that code pay it."""
    from ..pipeline import Pipeline

    return Pipeline()


def _events(pipeline: "Pipeline", articles: Iterable[Article]) -> Iterator[Event]:
    for _, events in pipeline.code(articles):
        yield from events


@app.command()
def code(
    files: Annotated[list[str], typer.Argument(help=FILES_HELP, show_default=False)],
    day: Annotated[str | None, typer.Option("--date", help=DATE_HELP)] = None,
    fmt: Annotated[
        str | None,
        typer.Option("--format", "-f", help=f"One of {', '.join(OUTPUT_FORMATS)}. Default: jsonl (table on a terminal)."),
    ] = None,
    output: Annotated[str | None, typer.Option("--output", "-o", help="Write here instead of standard output.")] = None,
) -> None:
    """Code articles into events and print them, without storing anything."""
    chosen = resolve_format(fmt, output)
    reader = InputReport(files, parse_day(day, "--date"))
    written = emit(_events(load_pipeline(), reader), chosen, output)
    if output:
        console_err.print(f"wrote {written} events to {output} ({chosen})", markup=False, highlight=False)
    reader.exit_if_failed()


def _progress() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(bar_width=None),
        TextColumn("{task.fields[articles]} articles, {task.fields[events]} events, {task.fields[rate]:.1f} articles/s"),
        TimeElapsedColumn(),
        console=console_err,
        transient=False,
    )


@app.command()
def ingest(
    files: Annotated[list[str], typer.Argument(help=FILES_HELP, show_default=False)],
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP, show_default=False)] = None,
    day: Annotated[str | None, typer.Option("--date", help=DATE_HELP)] = None,
    force: Annotated[bool, typer.Option("--force", help="Re-code articles already stored unchanged.")] = False,
    workers: Annotated[
        int | None,
        typer.Option("--workers", "-j", min=1, help="Coding processes (default: the CPU count); 1 codes in this process."),
    ] = None,
) -> None:
    """Code articles and store their events (re-ingesting an article replaces its events)."""
    from ..parallel import coder_for, default_workers

    reader = InputReport(files, parse_day(day, "--date"))
    stored = skipped = 0
    started = time.perf_counter()
    with coder_for(workers or default_workers()) as coder, Store(db) as store, _progress() as progress:
        task = progress.add_task("coding", total=None, articles=0, events=0, rate=0.0)

        def fresh() -> Iterator[Article]:
            nonlocal skipped
            for article in reader:
                if not force and store.has_article(article.id, text_hash(article.text)):
                    skipped += 1
                    continue
                yield article

        # Counted as results arrive: with workers, the reader runs ahead of the coding.
        for done, (article, events) in enumerate(coder.code(fresh()), start=1):
            stored += save_and_cluster(store, article, events)  # stored and clustered in one transaction
            apply_reviews(store, article.id)  # analysts' corrections win over the re-coding
            rate = done / max(time.perf_counter() - started, 1e-9)
            progress.update(task, articles=done, events=stored, rate=rate)
        total = store.count_events()
    console_err.print(
        f"coded {reader.articles - skipped} articles ({skipped} unchanged, skipped) -> {stored} events; "
        f"{total} events in {store!r}; {coder.memory_summary()}",
        markup=False,
        highlight=False,
    )
    reader.exit_if_failed()
