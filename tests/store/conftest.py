"""Store fixtures: a fresh database per test, on SQLite and (when configured) PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import store_samples as samples
from sqlalchemy import create_engine

from warlog.article import Article
from warlog.record import Event
from warlog.store import Store
from warlog.store.models import Base

PG_ENV = "WARLOG_TEST_PG_URL"
BACKENDS = ["sqlite", "postgresql"]


def pg_url_or_skip() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"{PG_ENV} is not set; `source .ci/pg.sh && warlog_pg_start` runs a throwaway PostgreSQL")
    return url


def reset_pg(url: str) -> None:
    """Drop warlog's tables so each test starts empty (and leftovers of a crashed run go)."""
    engine = create_engine(url)
    try:
        Base.metadata.drop_all(engine)
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
