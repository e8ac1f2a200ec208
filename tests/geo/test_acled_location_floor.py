"""Event location on ACLED notes of DEV exports: measured figures pinned so they only go up.

Only DEV exports (``--half dev`` of ``warlog eval``) are read here; the held-out
exports are measured by hand and never tuned on.
"""

from __future__ import annotations

from warlog.events.evaluate import ACLED_TEST_EXPORTS, evaluate_notes
from warlog.geo import Gazetteer, Geoparser
from warlog.pipeline import Pipeline

DEV_EXPORTS = ("ACLED_DRC_2016-2020.csv", "ACLED_Niger_2019-2020.csv", "ACLED_Philippines_2019-2020.csv")
PER_FILE = 30


def test_location_floor_on_dev_notes(nlp, gazetteer: Gazetteer, shared_data):
    assert not set(DEV_EXPORTS) & ACLED_TEST_EXPORTS
    pipeline = Pipeline(nlp, geoparser=Geoparser(gazetteer))
    overall = evaluate_notes(pipeline, [shared_data / "acled" / name for name in DEV_EXPORTS], per_file=PER_FILE)[-1]
    figures = overall.figures
    assert figures["n"] == len(DEV_EXPORTS) * PER_FILE
    # 90 notes: 0.356 within 25 km and 0.778 right country before place chains
    # (geo.chains); 0.411 and 0.789 with them
    assert figures["location_within_25km"] >= 0.40
    assert figures["country"] >= 0.77
