"""The Spark job in local mode: same events as ``warlog code``, partitioned Parquet, dedup.

One job run (module fixture) over a JSON Lines and a Parquet input; it takes ~30-60 s
(JVM start, two Python workers loading the models).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("pyspark")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs Java (17) and none is installed (no `java` on PATH, no JAVA_HOME)", allow_module_level=True)

from typer.testing import CliRunner  # noqa: E402

from warlog.cli import app  # noqa: E402
from warlog.record import Event  # noqa: E402

ARTICLES = [
    {"id": "a1", "text": "Militants killed five soldiers in an attack on a checkpoint near Mosul on Tuesday, police said.", "date": "2017-10-11"},
    {"id": "a2", "text": "Hundreds of protesters marched in Baghdad on Friday demanding jobs. Police fired tear gas at the crowd.", "date": "2017-10-13"},
    {"id": "a3", "text": "An air strike hit a market in Idlib on Monday, killing 12 civilians, the Syrian Observatory said.", "date": "2017-10-09"},
    {"id": "a4", "text": "Gunmen attacked a police checkpoint near Mosul, killing five soldiers, officials said on Tuesday.", "date": "2017-10-11"},
]
PARQUET_ARTICLE = {"id": "p1", "text": "Police arrested 20 protesters in Basra on Sunday after clashes near the port.", "date": "2017-10-08"}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    root = tmp_path_factory.mktemp("spark-in")
    jsonl = root / "articles.jsonl"
    lines = [json.dumps(article) for article in ARTICLES]
    jsonl.write_text("\n".join([*lines, "{not json"]) + "\n", encoding="utf-8")
    parquet = root / "more.parquet"
    pq.write_table(pa.Table.from_pylist([PARQUET_ARTICLE]), parquet)
    everything = root / "all.jsonl"  # what `warlog code` reads
    everything.write_text("\n".join([*lines, json.dumps(PARQUET_ARTICLE)]) + "\n", encoding="utf-8")
    return {"jsonl": jsonl, "parquet": parquet, "all": everything}


@pytest.fixture(scope="module")
def job(inputs: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    output = tmp_path_factory.mktemp("spark-out")
    done = CliRunner().invoke(
        app,
        ["spark", "--master", "local[2]", "--input", str(inputs["jsonl"]), "--input", str(inputs["parquet"]),
         "--output", str(output), "--partitions", "2"],
    )
    assert done.exit_code == 0, done.output
    yield output, done.output


def read_back(path: Path) -> list[dict]:
    import pyarrow.dataset as ds

    return ds.dataset(path, format="parquet", partitioning="hive").to_table().to_pylist()


def test_spark_events_equal_warlog_code(job: tuple[Path, str], inputs: dict[str, Path]) -> None:
    from warlog.spark.schema import event_from_row

    output, _ = job
    coded = CliRunner().invoke(app, ["code", str(inputs["all"]), "--format", "jsonl"])
    assert coded.exit_code == 0, coded.output
    expected = sorted((Event.from_json(line) for line in coded.stdout.splitlines() if line.strip()), key=lambda e: e.event_id)
    found = sorted((event_from_row(row) for row in read_back(output / "events")), key=lambda e: e.event_id)
    assert expected, "the fixture articles should produce events"
    assert [e.to_dict() for e in found] == [e.to_dict() for e in expected]
    assert {e.article_id for e in found} >= {"a1", "p1"}  # both input formats coded


def test_events_partitioned_by_year_and_month(job: tuple[Path, str]) -> None:
    output, report = job
    assert (output / "events" / "year=2017" / "month=10").is_dir()
    assert "1 bad input record(s) skipped" in report


def test_cross_article_duplicates_become_one_happening(job: tuple[Path, str]) -> None:
    output, _ = job
    events = read_back(output / "events")
    merged = read_back(output / "happenings")
    members = sorted(sorted(row["member_ids"]) for row in merged)
    assert sorted(m for group in members for m in group) == sorted(row["event_id"] for row in events)
    mosul = [group for group in members if len(group) > 1]
    assert len(mosul) == 1
    assert {row["article_id"] for row in events if row["event_id"] in mosul[0]} == {"a1", "a4"}
