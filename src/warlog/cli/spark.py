"""``warlog spark``: the Spark job from the command line (local mode by default)."""

from __future__ import annotations

from typing import Annotated

import typer

from ..errors import WarlogError
from .app import app, console_err
from .query import parse_day


class SparkError(WarlogError):
    """pyspark is missing or the job failed in a way we can name."""

    code = "W702"


@app.command()
def spark(
    inputs: Annotated[list[str], typer.Option("--input", "-i", help="Articles: JSON Lines or Parquet, local path or Hadoop URL; repeatable.")],
    output: Annotated[str, typer.Option("--output", "-o", help="Directory that receives events/ and happenings/ (Parquet, overwritten).")],
    master: Annotated[str, typer.Option("--master", help="Spark master URL.")] = "local[*]",
    fmt: Annotated[str, typer.Option("--format", help="auto (by suffix), jsonl or parquet.")] = "auto",
    day: Annotated[str | None, typer.Option("--date", help="Publication date for articles that carry none.")] = None,
    partitions: Annotated[int | None, typer.Option("--partitions", min=1, help="Input partitions (default: 2 per core).")] = None,
    dedup: Annotated[bool, typer.Option("--dedup/--no-dedup", help="Also write de-duplicated happenings.")] = True,
) -> None:
    """Code articles on Apache Spark, write events as partitioned Parquet, de-duplicate across articles."""
    try:
        from ..spark import JobOptions, run, session
    except ImportError as exc:
        raise SparkError(f"warlog spark needs pyspark ({exc}); pip install pyspark") from exc
    options = JobOptions(
        inputs=inputs, output=output, fmt=fmt, default_date=parse_day(day, "--date"), partitions=partitions, dedup=dedup
    )
    from pyspark.errors import PySparkRuntimeError

    try:
        active = session(master)
    except PySparkRuntimeError as exc:  # no Java, or the JVM did not start
        raise SparkError(f"cannot start Spark ({exc}); is Java 17 installed (JAVA_HOME)?") from exc
    try:
        report = run(active, options)
    finally:
        active.stop()
    console_err.print(report.line(), markup=False, highlight=False, soft_wrap=True)
