"""``warlog events``: filters and formats end to end, and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest
from typer.testing import CliRunner

from warlog.cli import query  # registers the command on the app
from warlog.cli.app import app
from warlog.errors import BadDateError, StoreError
from warlog.exports import ACLED_COLUMNS
from warlog.store import Store


@pytest.fixture
def db(tmp_path, seed, wire) -> str:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    with Store(url) as store:
        store.save(*seed)
        store.save(*wire)
    return url


def run(*args: str, **kwargs):
    return CliRunner().invoke(app, ["events", *args], **kwargs)


def test_jsonl_in_a_pipe_with_filters(db, seed, wire):
    result = run("--db", db, "--type", "battles", "--country", "Syria", "--since", "2017-10-12")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert [json.loads(line)["event_id"] for line in lines] == [wire[1][0].event_id]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--sub-type", "armed clash"], 3),
        (["--actor", "peshmerga"], 2),
        (["--text", "opened fire"], 1),
        (["--until", "2017-10-10"], 1),
        (["--limit", "2"], 2),
        ([], 4),
    ],
)
def test_each_filter_option(db, args, expected):
    result = run("--db", db, "--format", "jsonl", *args)
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == expected


def test_acled_to_a_file(db, tmp_path):
    out = tmp_path / "acled.csv"
    result = run("--db", db, "--format", "acled", "-o", str(out))
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(out)
    assert list(frame.columns) == list(ACLED_COLUMNS)
    assert len(frame) == 4
    assert "wrote 4 events" in result.stderr


def test_output_extension_picks_the_format(db, tmp_path):
    out = tmp_path / "events.geojson"
    assert run("--db", db, "-o", str(out)).exit_code == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))["features"]) == 3


def test_table(db):
    result = run("--db", db, "--format", "table", env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    for expected in ("Hawija", "Strategic developments", "Non-violent", "Ar Raqqah", "Syria", " 12 │"):
        assert expected in result.stdout


def test_table_says_when_it_shows_only_the_first_rows(db, monkeypatch):
    monkeypatch.setattr(query, "TABLE_LIMIT", 2)
    result = run("--db", db, "--format", "table", env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "first 2 of 4 events" in result.stderr
    assert "Peshmerga troops have been" not in result.stdout  # the undated third event is cut


def test_bad_date_is_a_bad_date_error(db):
    result = run("--db", db, "--since", "11/10/2017")
    assert result.exit_code != 0
    assert isinstance(result.exception, BadDateError)
    assert "--since" in str(result.exception)


def test_reversed_range_is_a_bad_date_error(db):
    result = run("--db", db, "--since", "2017-10-12", "--until", "2017-10-01")
    assert isinstance(result.exception, BadDateError)


def test_unknown_type_is_a_usage_error_listing_choices(db):
    result = run("--db", db, "--type", "Battle")
    assert result.exit_code == 2
    assert "Strategic developments" in result.output


def test_unreachable_database_is_a_store_error():
    result = run("--db", "postgresql://nobody@127.0.0.1:1/none")
    assert isinstance(result.exception, StoreError)


def test_errors_are_one_line_on_stderr_with_nonzero_exit(db):
    """Through the real entry point: the user sees one line, not a traceback."""
    code = "import sys; import warlog.cli.query; from warlog.cli import main; sys.argv[0] = 'warlog'; main()"
    done = subprocess.run(
        [sys.executable, "-c", code, "events", "--db", db, "--until", "yesterday"],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "warlog: [W201] --until 'yesterday' is not a date; use YYYY-MM-DD"
    ]
    assert done.stdout == ""
