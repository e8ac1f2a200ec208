"""Fixtures shared by the event tests."""

from __future__ import annotations

import pytest

from warlog.pipeline import Pipeline


@pytest.fixture(scope="session")
def pipeline(nlp) -> Pipeline:
    """The whole pipeline, built once: its classifier and gazetteer are slow to load."""
    return Pipeline(nlp)
