"""The reviewed ACLED -> PLOVER table."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from warlog.classify.plover import PLOVER_MAP, plover_for
from warlog.taxonomy import SUB_EVENT_TYPES


def test_every_sub_type_is_mapped() -> None:
    assert set(PLOVER_MAP) == set(SUB_EVENT_TYPES)
    assert plover_for(None).event is None
    assert plover_for("Suicide bomb").mode == "suicide-attack"
    assert plover_for("Peaceful protest").event == "PROTEST"


def test_events_and_modes_exist_in_plover_material(shared_data: Path) -> None:
    folder = shared_data / "plover"
    reference = (folder / "plover_reference.html").read_text(encoding="utf-8")
    table = (folder / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").lower()
    with (folder / "ngec_synthetic_plover_events.csv").open(encoding="utf-8", newline="") as handle:
        ngec_modes = {(row["mode"] or "").lower() for row in csv.DictReader(handle)}
    for sub, mapping in PLOVER_MAP.items():
        if mapping.event:
            assert re.search(rf"\b{mapping.event}\b", reference), sub
        if mapping.mode:
            in_table = re.search(rf",\s*{re.escape(mapping.mode)}\s*,", table)
            assert in_table or mapping.mode in ngec_modes or mapping.mode in reference.lower(), sub
