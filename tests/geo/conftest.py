"""Geo fixtures: the real gazetteer (cached on disk after its first build) and a parser."""

from __future__ import annotations

import pytest

from warlog.geo import Gazetteer, Geoparser


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="session")
def geoparser(gazetteer: Gazetteer) -> Geoparser:
    return Geoparser(gazetteer)


@pytest.fixture(scope="session")
def seed_toponyms(nlp, seed_text, geoparser):
    doc = nlp(seed_text)
    return doc, geoparser.parse(doc, "seed")
