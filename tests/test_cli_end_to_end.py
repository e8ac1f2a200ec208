"""The command line end to end, as a user runs it (a subprocess per command)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
    "source", "notes", "fatalities",
]


def warlog(*args: str, stdin: str | None = None, env_db: Path | None = None) -> subprocess.CompletedProcess:
    env = None
    if env_db is not None:
        import os

        env = {**os.environ, "WARLOG_DB": f"sqlite:///{env_db}"}
    return subprocess.run(
        [sys.executable, "-m", "warlog", *args], input=stdin, capture_output=True, text=True, timeout=300, env=env
    )


@pytest.fixture(scope="module")
def seed_file(fixtures_dir) -> Path:
    return fixtures_dir / "isis-surrender-2017.txt"


def test_cli_code_seed_jsonl_slices_article(seed_file, seed_text):
    done = warlog("code", str(seed_file), "--date", "2017-10-11", "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(records) >= 4
    for record in records:
        assert seed_text[record["evidence"]["start"] : record["evidence"]["end"]] == record["evidence"]["text"]
        assert record["date"]["start"] is None or record["date"]["start"] <= "2017-10-11"


def test_cli_code_acled_opens_in_pandas(seed_file, tmp_path):
    out = tmp_path / "events.csv"
    done = warlog("code", str(seed_file), "--date", "2017-10-11", "--format", "acled", "-o", str(out))
    assert done.returncode == 0, done.stderr
    frame = pd.read_csv(out)
    assert list(frame.columns) == ACLED_COLUMNS
    assert len(frame) >= 3
    assert set(frame["country"].dropna()) <= {"Iraq", "Syria"}


def test_cli_code_reads_stdin_jsonl(seed_text):
    line = json.dumps({"id": "a1", "text": seed_text, "date": "2017-10-11", "source": "Breitbart"})
    done = warlog("code", "-", "--format", "jsonl", stdin=line + "\n")
    assert done.returncode == 0, done.stderr
    records = [json.loads(x) for x in done.stdout.splitlines()]
    assert records and all(r["article_id"] == "a1" for r in records)
    assert all("Breitbart" in r["sources"] for r in records)


def test_cli_ingest_twice_keeps_the_same_events(seed_file, tmp_path):
    db = tmp_path / "w.db"
    first = warlog("ingest", str(seed_file), "--date", "2017-10-11", env_db=db)
    assert first.returncode == 0, first.stderr
    once = warlog("events", "--format", "jsonl", env_db=db).stdout.splitlines()
    second = warlog("ingest", str(seed_file), "--date", "2017-10-11", "--force", env_db=db)
    assert second.returncode == 0, second.stderr
    twice = warlog("events", "--format", "jsonl", env_db=db).stdout.splitlines()
    assert once and len(once) == len(twice)


def test_cli_bad_inputs_one_line_each_and_good_files_still_coded(seed_file, tmp_path):
    good = tmp_path / "dir" / "good.txt"
    good.parent.mkdir()
    good.write_text(seed_file.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "dir" / "empty.txt").write_text("")
    (tmp_path / "dir" / "blob.bin").write_bytes(bytes(range(256)) * 40)
    bad_jsonl = tmp_path / "bad.jsonl"
    bad_jsonl.write_text('{"id": "x", "text": "Police arrested five men in Nakuru on Monday."}\n{not json\n')
    db = tmp_path / "w.db"
    done = warlog("ingest", str(tmp_path / "dir"), str(bad_jsonl), str(tmp_path / "missing.txt"), "--date", "2017-10-11", env_db=db)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    errors = [l for l in done.stderr.splitlines() if l.startswith("warlog: [W")]
    assert any("empty.txt" in l for l in errors)
    assert any("blob.bin" in l for l in errors)
    assert any("bad.jsonl:2" in l for l in errors)
    assert any("missing.txt" in l for l in errors)
    stored = warlog("events", "--format", "jsonl", env_db=db).stdout.splitlines()
    assert {json.loads(x)["article_id"] for x in stored} >= {"x"}
    assert len(stored) >= 4


def test_cli_bad_date_and_db_are_one_line_errors(seed_file, tmp_path):
    done = warlog("code", str(seed_file), "--date", "11/10/2017")
    assert done.returncode != 0 and "Traceback" not in done.stderr and "--date" in done.stderr
    done = warlog("events", "--db", "nosuchdriver://x")
    assert done.returncode != 0 and "Traceback" not in done.stderr


def test_cli_eval_pipeline_with_a_missing_model_is_a_one_line_error(tmp_path):
    """`--model` reaches the whole-pipeline evaluation too: a wrong directory is said, not ignored."""
    done = warlog("eval", "--pipeline", "--devset", "--half", "dev", "--model", str(tmp_path / "nomodel"))
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert "no event classifier" in done.stderr
