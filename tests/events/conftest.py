"""Fixtures shared by the event tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

import pytest

from warlog.article import Article
from warlog.pipeline import Pipeline
from warlog.record import Event

if TYPE_CHECKING:
    from warlog.dedup.cluster import MemoryIndex


@pytest.fixture(scope="session")
def pipeline(nlp) -> Pipeline:
    """The whole pipeline, built once: its classifier and gazetteer are slow to load."""
    return Pipeline(nlp)


@pytest.fixture
def story_day(request: pytest.FixtureRequest) -> date:
    """The day a test module's stories are published: its ``STORY_DAY``, else 15 January
    2020 (a Wednesday); the ``story`` fixture's default, and the day to give ``wire``."""
    return getattr(request.module, "STORY_DAY", date(2020, 1, 15))


@pytest.fixture
def story(pipeline: Pipeline, story_day: date) -> Callable[..., list[Event]]:
    """Code a text written for a test as one article, published on ``story_day``."""

    def code(text: str, day: date | None = None) -> list[Event]:
        return pipeline.code_article(Article(id="q", text=text, date=day or story_day))

    return code


@pytest.fixture
def coded(story: Callable[..., list[Event]]) -> Callable[[str], set[tuple[str | None, str, str | None]]]:
    """(sub-type, modality, date text) of each record of a story: what the modality and
    recalled-deed tests read."""

    def code(text: str) -> set[tuple[str | None, str, str | None]]:
        return {(e.sub_event_type, e.modality, e.date.text) for e in story(text)}

    return code


@pytest.fixture
def wire(pipeline: Pipeline) -> Callable[..., "MemoryIndex"]:
    """Code several outlets' stories, each ``(id, text, outlet, day)``, into one
    de-duplication index, as ``warlog ingest`` would store them."""
    from warlog.dedup.cluster import MemoryIndex

    def ingest(*stories: tuple[str, str, str, date]) -> MemoryIndex:
        index = MemoryIndex()
        for aid, text, source, day in stories:
            index.add(pipeline.code_article(Article(id=aid, text=text, date=day, source=source)))
        return index

    return ingest
