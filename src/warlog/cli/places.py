"""``warlog places``: every toponym of each article, with offsets, resolution and score."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from ..errors import InputError
from .app import app
from .coding import DATE_HELP, FILES_HELP, InputReport
from .query import parse_day

FORMATS = ("jsonl", "table")


@app.command()
def places(
    files: Annotated[list[str], typer.Argument(help=FILES_HELP)],
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl (one object per toponym) or table")] = "jsonl",
    date: Annotated[str | None, typer.Option("--date", help=DATE_HELP)] = None,
) -> None:
    """Print the place names found in articles and where they resolve."""
    if format not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    from .. import nlp as nlp_module
    from ..geo import Gazetteer, Geoparser

    report = InputReport(files, parse_day(date, "--date"))
    nlp = nlp_module.load()
    geoparser = Geoparser(Gazetteer.load())
    articles = list(report)
    for article, doc in zip(articles, nlp_module.pipe(nlp, (a.text for a in articles))):
        for toponym in geoparser.parse(doc, article.id):
            if format == "jsonl":
                typer.echo(json.dumps(toponym.contract(), ensure_ascii=False))
            else:
                where = "" if toponym.latitude is None else f"{toponym.latitude:.4f},{toponym.longitude:.4f}"
                typer.echo(
                    f"{article.id}\t{toponym.start}-{toponym.end}\t{toponym.text}\t{toponym.name}\t"
                    f"{toponym.country_code or ''}\t{toponym.admin1 or ''}\t{where}\t{toponym.score:.2f}"
                )
    if report.failures:  # a WarlogError: main() prints it and exits non-zero
        raise InputError(f"{report.failures} input(s) could not be read")
