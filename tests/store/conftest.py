"""Store fixtures: a fresh database per test, on SQLite and (when configured) PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import store_samples as samples
from sqlalchemy import create_engine
from sqlalchemy import text as sql_text

from warlog.article import Article
from warlog.record import Event
from warlog.store import Store
from warlog.store.migrate import target_metadata
from warlog.store.models import Base

PG_ENV = "WARLOG_TEST_PG_URL"
BACKENDS = ["sqlite", "postgresql"]


def pg_url_or_skip() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"{PG_ENV} is not set; `source .ci/pg.sh && warlog_pg_start` runs a throwaway PostgreSQL")
    return url


def reset_pg(url: str) -> None:
    """Drop warlog's tables and migration stamp so each test starts empty (leftovers of a crashed run go too)."""
    engine = create_engine(url)
    try:
        target_metadata()  # every table on Base, the review and cluster ones included
        Base.metadata.drop_all(engine)
        with engine.begin() as conn:
            conn.execute(sql_text("DROP TABLE IF EXISTS alembic_version"))
            for function in ("warlog_events_search()", "warlog_articles_search()", "warlog_search_vector(text, text)"):
                conn.execute(sql_text(f"DROP FUNCTION IF EXISTS {function} CASCADE"))
    finally:
        engine.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'events.db'}"
    url = pg_url_or_skip()
    reset_pg(url)
    return url


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store(db_url) as opened:
        yield opened


@pytest.fixture
def seed() -> tuple[Article, list[Event]]:
    article = samples.seed_article()
    return article, samples.seed_events(article)


@pytest.fixture
def wire() -> tuple[Article, list[Event]]:
    article = samples.wire_article()
    return article, [samples.wire_clash(article)]
