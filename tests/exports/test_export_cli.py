"""``warlog export``: formats, filters, incremental pulls by ingestion time, and bad options."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import store_samples as samples  # registered by this directory's conftest
from typer.testing import CliRunner

from warlog.cli import export  # noqa: F401  (registers the command on the app)
from warlog.cli.app import app
from warlog.errors import BadDateError
from warlog.exports import ExportError
from warlog.store import EventFilter, Store
from warlog.store import convert

FIRST = datetime(2024, 3, 1, 9, 0, 0, 123456, tzinfo=UTC)  # the seed article is stored
SECOND = datetime(2024, 3, 2, 17, 30, tzinfo=UTC)  # the AP wire, a day later
RECODED = datetime(2024, 3, 5, 8, 0, tzinfo=UTC)  # the seed article coded again


def save_at(url: str, moment: datetime, article, events, monkeypatch: pytest.MonkeyPatch) -> None:
    """Store ``article`` as if ingested at ``moment`` (the store stamps articles with ``utcnow``)."""
    monkeypatch.setattr(convert, "utcnow", lambda: moment)
    with Store(url) as store:
        store.save(article, events)


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'export.db'}"
    seed, wire = samples.seed_article(), samples.wire_article()
    save_at(url, FIRST, seed, samples.seed_events(seed), monkeypatch)
    save_at(url, SECOND, wire, [samples.wire_clash(wire)], monkeypatch)
    return url


def run(*args: str):
    return CliRunner().invoke(app, ["export", *args])


def exported_ids(path: Path) -> list[str]:
    return [json.loads(line)["event_id"] for line in path.read_text(encoding="utf-8").splitlines()]


def mark_of(stderr: str) -> str:
    (line,) = [line for line in stderr.splitlines() if line.startswith("next --since ")]
    return line.removeprefix("next --since ")


def test_everything_without_since_and_the_mark_of_the_latest_article(db, tmp_path):
    out = tmp_path / "all.jsonl"
    result = run("--db", db, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert len(exported_ids(out)) == 4
    assert "wrote 4 events" in result.stderr
    assert mark_of(result.stderr) == SECOND.isoformat()


def test_since_returns_only_events_of_newer_articles(db, tmp_path):
    out = tmp_path / "new.jsonl"
    between = (FIRST + timedelta(hours=1)).isoformat()
    result = run("--db", db, "--since", between, "-o", str(out))
    assert result.exit_code == 0, result.output
    wire = samples.wire_article()
    assert exported_ids(out) == [samples.wire_clash(wire).event_id]


def test_the_mark_resumes_exactly_and_sees_recoded_articles(db, tmp_path, monkeypatch):
    out = tmp_path / "pull.jsonl"
    first = run("--db", db, "-o", str(out))
    mark = mark_of(first.stderr)

    again = run("--db", db, "--since", mark, "-o", str(out))
    assert again.exit_code == 0 and exported_ids(out) == []
    assert mark_of(again.stderr) == mark  # nothing new: the mark stays

    seed = samples.seed_article()
    save_at(db, RECODED, seed, samples.seed_events(seed), monkeypatch)
    after = run("--db", db, "--since", mark, "-o", str(out))
    assert sorted(exported_ids(out)) == sorted(e.event_id for e in samples.seed_events(seed))
    assert mark_of(after.stderr) == RECODED.isoformat()


@pytest.mark.parametrize(
    ("since", "expected"),
    [
        ("2024-03-01", 4),  # a date is its midnight UTC
        ("2024-03-02", 1),
        ("2024-03-01T09:00:00.123456Z", 1),  # strictly after: the seed's own instant excludes it
        ("2024-03-01T11:00:00+02:00", 4),  # 09:00 UTC, a hair before the seed
        ("2024-03-01T12:00:00+02:00", 1),  # 10:00 UTC
        ("2024-03-01T08:59:59", 4),  # naive means UTC
        ("2030-01-01", 0),
    ],
)
def test_since_forms(db, tmp_path, since, expected):
    out = tmp_path / "x.jsonl"
    result = run("--db", db, "--since", since, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert len(exported_ids(out)) == expected


def test_since_combines_with_the_event_filters(db, tmp_path):
    out = tmp_path / "x.csv"
    result = run("--db", db, "--since", "2024-03-01", "--type", "battles", "--country", "Syria", "--from",
                 "2017-10-12", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").count("\n") == 2  # header + the AP clash


@pytest.mark.parametrize(
    ("name", "check"),
    [
        ("x.parquet", lambda p: pq.read_table(p).num_rows == 4),
        ("x.geojson", lambda p: len(json.loads(p.read_text())["features"]) == 3),
        ("x.csv", lambda p: p.read_text().count("\n") == 5),
    ],
)
def test_format_from_the_extension(db, tmp_path, name, check):
    out = tmp_path / name
    result = run("--db", db, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert check(out)


def test_acled_to_standard_output(db):
    result = run("--db", db, "--format", "acled", "-o", "-", "--limit", "1")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("event_id_cnty,event_date,")
    assert len(result.stdout.splitlines()) == 2
    assert "to standard output" in result.stderr


def test_store_filter_ingested_since(db):
    with Store(db) as store:
        assert store.count_events(EventFilter(ingested_since=FIRST)) == 1
        assert store.count_events(EventFilter(ingested_since=FIRST - timedelta(microseconds=1))) == 4
        # naive is UTC; other zones are converted
        assert store.count_events(EventFilter(ingested_since=FIRST.replace(tzinfo=None))) == 1
        east = FIRST.astimezone(timezone(timedelta(hours=5))) - timedelta(seconds=1)
        assert store.count_events(EventFilter(ingested_since=east)) == 4
    assert EventFilter(ingested_since=datetime(2024, 1, 1)).ingested_since == datetime(2024, 1, 1, tzinfo=UTC)


def test_an_empty_store_has_no_mark(tmp_path):
    result = run("--db", f"sqlite:///{tmp_path / 'empty.db'}", "-o", str(tmp_path / "x.jsonl"))
    assert result.exit_code == 0, result.output
    assert "wrote 0 events" in result.stderr and "next --since" not in result.stderr


# -- bad options ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "error", "words"),
    [
        (["--since", "yesterday"], BadDateError, "--since 'yesterday'"),
        (["--from", "2017-10-12", "--to", "2017-10-01"], BadDateError, "--from 2017-10-12 is after --to"),
        (["--format", "xlsx"], ExportError, "unknown format 'xlsx'"),
        (["--format", "table"], ExportError, "unknown format 'table'"),
        (["--format", "parquet", "-o", "-"], ExportError, "parquet is binary"),
    ],
)
def test_bad_values_are_one_line_errors(db, tmp_path, args, error, words):
    output = [] if "-o" in args else ["-o", str(tmp_path / "x.jsonl")]
    result = run("--db", db, *output, *args)
    assert result.exit_code != 0
    assert isinstance(result.exception, error)
    assert words in str(result.exception)
    assert not (tmp_path / "x.jsonl").exists()


@pytest.mark.parametrize(
    "args", [[], ["-o", "x.jsonl", "--type", "Battle"], ["-o", "x.jsonl", "--limit", "-1"], ["-o", "x", "--bogus"]]
)
def test_usage_errors_exit_2(db, args):
    result = run("--db", db, *args)
    assert result.exit_code == 2, result.output


def test_errors_through_the_real_entry_point(db, tmp_path):
    """Exit status 2 and one line on stderr, nothing on stdout."""
    code = "import sys; from warlog.cli import main; sys.argv[0] = 'warlog'; main()"
    done = subprocess.run(
        [sys.executable, "-c", code, "export", "--db", db, "--format", "parquet", "-o", "-"],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "warlog: [W601] parquet is binary and is not written to standard output; give a file with -o FILE"
    ]
    assert done.stdout == ""

