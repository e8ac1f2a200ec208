"""Helpers for the ingestion tests: the fixture folder and a reader that splits results."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest

from warlog.article import Article
from warlog.errors import InputError
from warlog.ingest import read_articles


@pytest.fixture(scope="session")
def ingest_dir(fixtures_dir: Path) -> Path:
    return fixtures_dir / "ingest"


Results = tuple[list[Article], list[InputError]]


def _read_all(paths: Iterable[str | Path], **kwargs: Any) -> Results:
    """Run ``read_articles`` to the end; every result must be an Article or an InputError."""
    articles: list[Article] = []
    errors: list[InputError] = []
    for item in read_articles([str(p) for p in paths], **kwargs):
        if isinstance(item, InputError):
            errors.append(item)
        else:
            assert isinstance(item, Article), item
            articles.append(item)
    return articles, errors


@pytest.fixture(scope="session")
def read_all() -> Callable[..., Results]:
    """``read_all(paths, **kwargs) -> (articles, errors)``."""
    return _read_all
