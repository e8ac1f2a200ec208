"""Opening a store: URL resolution, SQLite tuning, and one-line errors for bad URLs."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
import store_samples as samples
from sqlalchemy import text as sql_text

from warlog.errors import StoreError
from warlog.store import Store
from warlog.store import engine as engine_module


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("::not a url::", "not a database URL"),
        ("nosuchdb://host/db", "unknown database type"),
        ("mysql://user@localhost/db", "driver"),
        ("sqlite:////nonexistent-dir-warlog/sub/events.db", "unable to open database file"),
        ("postgresql://user:s3cret@127.0.0.1:1/db", "cannot open the database"),
        ("   ", "empty database URL"),
    ],
)
def test_bad_urls_raise_one_line_store_error(url, message):
    with pytest.raises(StoreError) as caught:
        Store(url)
    rendered = str(caught.value)
    assert message in rendered
    assert rendered.startswith("[W401]")
    assert "\n" not in rendered
    assert "s3cret" not in rendered


def test_default_url_comes_from_environment(monkeypatch, tmp_path):
    path = tmp_path / "from-env.db"
    monkeypatch.setenv("WARLOG_DB", f"sqlite:///{path}")
    with Store() as store:
        assert store.count_events() == 0
    assert path.is_file()


def test_default_url_is_a_file_in_the_user_data_dir(monkeypatch, tmp_path):
    data_dir = tmp_path / "data" / "warlog"
    monkeypatch.delenv("WARLOG_DB", raising=False)
    monkeypatch.setattr(engine_module.platformdirs, "user_data_dir", lambda *a, **k: str(data_dir))
    with Store() as store:
        assert store.count_events() == 0
    assert (data_dir / "warlog.db").is_file()


def test_a_bare_path_is_a_sqlite_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with Store("events.db") as store:
        assert store.url.get_backend_name() == "sqlite"
    assert (tmp_path / "events.db").is_file()


def test_sqlite_is_tuned_for_concurrent_use(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'w.db'}") as store, store.engine.connect() as conn:
        assert conn.execute(sql_text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(sql_text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(sql_text("PRAGMA busy_timeout")).scalar() == 30000


def test_concurrent_writers_lose_nothing(tmp_path):
    """Two stores on one SQLite file, writing at once (as two ``ingest`` runs would)."""
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    Store(url).close()
    errors: list[BaseException] = []

    def ingest(prefix: str) -> None:
        try:
            with Store(url) as store:
                for i in range(15):
                    article = samples.wire_article().model_copy(update={"id": f"{prefix}-{i}"})
                    event = samples.wire_clash(article)
                    store.save(article, [event.model_copy(update={"event_id": f"{prefix}-{i}-e"})])
        except BaseException as exc:  # noqa: BLE001 - reported to the main thread below
            errors.append(exc)

    threads = [threading.Thread(target=ingest, args=(name,)) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with Store(url) as store:
        assert store.count_articles() == 30
        assert store.count_events() == 30


def test_a_killed_process_keeps_committed_articles(tmp_path):
    """A hard crash (no cleanup at all) after two articles: both survive, the third is absent."""
    db = tmp_path / "crash.db"
    script = textwrap.dedent(
        f"""
        import os, sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        import store_samples as samples
        import warlog.store.store as store_module
        from warlog.store import Store

        store = Store({f"sqlite:///{db}"!r})
        for i in range(3):
            article = samples.wire_article().model_copy(update={{"id": f"a{{i}}"}})
            event = samples.wire_clash(article).model_copy(update={{"event_id": f"e{{i}}"}})
            if i == 2:
                store_module.event_row = lambda event: os._exit(9)
            store.save(article, [event])
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 9, done.stderr
    with Store(f"sqlite:///{db}") as store:
        assert store.count_articles() == 2
        assert [e.event_id for e in store.events()] == ["e0", "e1"]
