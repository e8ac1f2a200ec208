"""API fixtures: a small store of hand-built events, an app on it, and a write token."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from warlog.api import create_app
from warlog.api.tokens import create_token
from warlog.article import Article
from warlog.record import Event
from warlog.store import Store

from api_samples import HOSTILE, ROWS, build, seed_store  # noqa: E402,F401


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'api.db'}"


@pytest.fixture
def seeded(db_url: str) -> tuple[Article, list[Event]]:
    return seed_store(db_url)


@pytest.fixture
def client(db_url: str, seeded) -> Iterator[TestClient]:
    app = create_app(db_url, pipeline_factory=_no_pipeline)
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def token(db_url: str, client: TestClient) -> str:
    with Store(db_url) as store:
        return create_token(store, "alice")


@pytest.fixture
def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _no_pipeline():
    raise AssertionError("this test must not code articles")
