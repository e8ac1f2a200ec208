"""ACLED readers: artefact cleaning and the three schema generations."""

from __future__ import annotations

from pathlib import Path

import pytest

from warlog.devdata.acled import clean_note, dedupe, load_acled, read_acled
from warlog.errors import DataError


def test_clean_note_removes_label_leaks() -> None:
    note = ("Property destruction: On 3 May 2020, rioters burned a market [size=dozens]. "
            "Unspecified number of fatalities coded as 3. 10 fatalities split across 2 events. Police arrived.")
    assert clean_note(note) == "On 3 May 2020, rioters burned a market. Police arrived."


def test_clean_note_removes_coding_asides_but_keeps_the_sentence() -> None:
    note = ("On 4 June 2021, militiamen raided two hamlets near Kasu (coded separately), "
            "coded at Kasu town (Kasu, North Province), and burned granaries. "
            "Deaths coded to the first hamlet. Fatalities split over three events.")
    assert clean_note(note) == "On 4 June 2021, militiamen raided two hamlets near Kasu, and burned granaries."


def test_clean_note_keeps_date_openers_and_plain_text() -> None:
    assert clean_note("On 31 December 2020: troops clashed with rebels.") == "On 31 December 2020: troops clashed with rebels."
    assert clean_note("Protesters marched [Size=no report] in Lagos.") == "Protesters marched in Lagos."


def test_missing_and_wrong_files_raise_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataError):
        read_acled(tmp_path / "nope.csv")
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(DataError):
        read_acled(bad)


@pytest.mark.parametrize(
    "name, has_sub_types",
    [
        ("ACLED_Chad_2019-2020.csv", True),  # 2019-22 export
        ("ACLED_Bangladesh_2022-2024_actor_long.csv", True),  # newest, one row per actor
        ("ACLED_Africa_2016_legacy.csv", False),  # legacy: only some old types map
        ("ACLED_SouthAsia_2017_legacy.csv", False),  # legacy, upper-case columns
    ],
)
def test_reads_every_schema_generation(shared_data: Path, name: str, has_sub_types: bool) -> None:
    events = read_acled(shared_data / "acled" / name)
    assert len(events) > 100
    assert all(e.text and e.country for e in events)
    assert not any("[size" in e.text.lower() or "coded as" in e.text for e in events)
    labelled = [e for e in events if e.sub_event_type]
    assert (len(labelled) > 0.9 * len(events)) if has_sub_types else (0 < len(labelled) < len(events))


def test_dedupe_collapses_multi_location_rows(shared_data: Path) -> None:
    path = shared_data / "acled" / "ACLED_Bangladesh_2022-2024_actor_long.csv"
    events = read_acled(path)
    unique = dedupe(events)
    assert len(unique) < len(events)
    assert len({e.text.lower() for e in unique}) == len(unique)
    assert len(load_acled([path, path])) == len(unique)
