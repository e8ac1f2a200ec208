"""``warlog watch`` against a loopback server: conditional requests, restarts, back-off."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warlog.cli import app
from warlog.store import Store
from warlog.watch import Backoff, Watcher, parse_interval
from warlog.watch.interval import IntervalError

FIXTURES = Path(__file__).with_name("fixtures")

T0 = dt.datetime(2024, 1, 1, 12, 0, tzinfo=dt.UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


def make_watcher(site, db: Path, pipeline, clock: Clock, lines: list[str] | None = None, **options) -> Watcher:
    store = Store(f"sqlite:///{db}")
    log = lines.append if lines is not None else (lambda line: None)
    return Watcher([f"{site.base}/feed.xml"], store, pipeline, log=log, clock=clock, **options)


def test_codes_new_pages_then_asks_conditionally(site, tmp_path: Path, pipeline) -> None:
    lines: list[str] = []
    clock = Clock()
    watcher = make_watcher(site, tmp_path / "w.db", pipeline, clock, lines)
    [first] = watcher.poll_due()
    assert (first.articles, first.error) == (2, None) and first.events >= 2
    assert site.hits("/feed.xml") == [("/feed.xml", None, None)]
    assert len(site.hits("/page1.html")) == len(site.hits("/page2.html")) == 1
    assert sum("new event" in line for line in lines) == first.events == watcher.store.count_events()
    assert watcher.store.count_articles() == 2

    assert watcher.poll_due() == []  # not due before --every has passed
    clock.advance(minutes=10)
    [second] = watcher.poll_due()
    assert second.not_modified
    assert site.hits("/feed.xml")[-1] == ("/feed.xml", site.etag, site.last_modified)
    assert len(site.requests) == 4  # one feed 304, no page fetched again


def test_restart_neither_refetches_nor_recodes(site, tmp_path: Path, pipeline) -> None:
    db = tmp_path / "w.db"
    make_watcher(site, db, pipeline, Clock()).poll_due()
    site.honour_validators = False  # the server now sends the full feed again
    restarted = make_watcher(site, db, pipeline, Clock())
    [result] = restarted.poll_due()
    assert site.hits("/feed.xml")[-1][1] == site.etag  # validators survived the restart
    assert (result.articles, result.events) == (0, 0)
    assert len(site.hits("/page1.html")) == 1  # pages of seen entries are not fetched again
    assert restarted.store.count_articles() == 2


def test_backs_off_exponentially_on_server_errors(site, tmp_path: Path, pipeline) -> None:
    clock = Clock()
    lines: list[str] = []
    site.failing["/feed.xml"] = 4
    watcher = make_watcher(site, tmp_path / "w.db", pipeline, clock, lines, backoff=Backoff(dt.timedelta(seconds=60), dt.timedelta(seconds=180)))
    waits = []
    for _ in range(4):
        [result] = watcher.poll_due()
        assert result.error and "HTTP 500" in result.error
        wait = watcher.next_poll[watcher.sources[0]] - clock.now
        waits.append(wait.total_seconds())
        clock.advance(seconds=wait.total_seconds() - 1)
        assert watcher.poll_due() == []  # nothing before the retry time
        clock.advance(seconds=1)
    assert waits == [60, 120, 180, 180]
    assert sum("retry in" in line for line in lines) == 4
    # Back-off survives a restart: a new watcher waits for the stored retry time.
    assert make_watcher(site, tmp_path / "w.db", pipeline, clock).next_poll[watcher.sources[0]] == clock.now
    [ok] = watcher.poll_due()
    assert ok.error is None and ok.articles == 2
    assert watcher.state.source(watcher.sources[0]).failures == 0


def test_failed_page_is_retried_with_a_full_feed_fetch(site, tmp_path: Path, pipeline) -> None:
    clock = Clock()
    site.failing["/page2.html"] = 1
    watcher = make_watcher(site, tmp_path / "w.db", pipeline, clock)
    [failed] = watcher.poll_due()
    assert failed.error and "page2" in failed.error
    assert watcher.store.count_articles() == 1  # page1 was coded and stored before the failure
    clock.advance(minutes=5)
    [retried] = watcher.poll_due()
    assert retried.articles == 1  # only page2; page1 is remembered
    assert site.hits("/feed.xml")[-1][1] is None  # no validators saved after the failure
    assert len(site.hits("/page1.html")) == 1


def test_cli_watch_once_on_a_local_feed_file(tmp_path: Path, site) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text((FIXTURES / "feed.xml").read_text(encoding="utf-8").replace("{base}", site.base), encoding="utf-8")
    args = ["watch", str(feed), "--once", "--db", f"sqlite:///{tmp_path / 'cli.db'}"]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "new event" in first.output
    again = CliRunner().invoke(app, args)
    assert again.exit_code == 0, again.output
    assert "new event" not in again.output
    assert len(site.hits("/page1.html")) == 1


@pytest.mark.parametrize(("text", "seconds"), [("90", 90), ("30s", 30), ("10m", 600), ("1.5h", 5400), ("1d", 86400)])
def test_parse_interval(text: str, seconds: int) -> None:
    assert parse_interval(text).total_seconds() == seconds


@pytest.mark.parametrize("text", ["", "ten minutes", "5s", "-1m"])
def test_parse_interval_rejects(text: str) -> None:
    with pytest.raises(IntervalError):
        parse_interval(text)
