"""Shared fixtures: the seed article, the spaCy pipeline, and the optional shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The user's reference article (bundled: it is the user's own document)."""
    return (FIXTURES / "isis-surrender-2017.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data`` beside the repo; tests that need it skip on a user's machine."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"development data not found at {SHARED_DATA} (only present in the dev/CI workspace)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once for the whole run."""
    from warlog import nlp as nlp_module

    return nlp_module.load()
