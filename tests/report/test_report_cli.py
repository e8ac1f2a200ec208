"""``warlog report``: writes one page from the store, filters like ``export``, rejects bad options."""

from __future__ import annotations

from pathlib import Path

import pytest
import store_samples as samples  # registered by this directory's conftest
from typer.testing import CliRunner

from warlog.cli import report  # noqa: F401  (registers the command on the app)
from warlog.cli.app import app
from warlog.errors import BadDateError, StoreError
from warlog.store import Store


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'report.db'}"
    seed, wire = samples.seed_article(), samples.wire_article()
    with Store(url) as store:
        store.save(seed, samples.seed_events(seed))
        store.save(wire, [samples.wire_clash(wire)])
    return url


def run(*args: str):
    return CliRunner().invoke(app, ["report", *args])


def test_writes_the_report(db, tmp_path):
    out = tmp_path / "report.html"
    result = run("--db", db, "-o", str(out), "--title", "Iraq & Syria, October 2017")
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<title>Iraq &amp; Syria, October 2017</title>" in page
    assert "4 events;" in page and "wrote a report of 4 events" in result.stderr


def test_filters_apply(db, tmp_path):
    out = tmp_path / "report.html"
    result = run("--db", db, "-o", str(out), "--country", "iq", "--from", "2017-10-01", "--top", "1")
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "1 event;" in page and "Filters: country: iq; from: 2017-10-01." in page
    assert "Hawija" in page and "Raqqa" not in page


def test_to_standard_output(db):
    result = run("--db", db, "-o", "-", "--type", "protests")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("<!DOCTYPE html>") and "0 events;" in result.stdout


@pytest.mark.parametrize(
    "args",
    [[], ["-o", "r.html", "--top", "0"], ["-o", "r.html", "--sub-type", "clash"], ["-o", "r.html", "--since", "x"]],
)
def test_usage_errors_exit_2(db, args):
    assert run("--db", db, *args).exit_code == 2


def test_bad_dates_and_stores_are_warlog_errors(db, tmp_path):
    result = run("--db", db, "-o", str(tmp_path / "r.html"), "--from", "October")
    assert isinstance(result.exception, BadDateError) and not (tmp_path / "r.html").exists()
    result = run("--db", "postgresql://nobody@127.0.0.1:1/none", "-o", str(tmp_path / "r.html"))
    assert isinstance(result.exception, StoreError)
