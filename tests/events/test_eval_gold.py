"""How ``warlog eval`` reads ACLED's gold from each schema generation (rows made up here)."""

from __future__ import annotations

from datetime import date

from warlog.devdata.acled import AcledEvent
from warlog.events.evaluate import group_notes

NOTE = "On 3 May 2023, supporters of two parties clashed in a market town, leaving one person dead."


def row(event_id: str, inter1: str, inter2: str = "", fatalities: int = 1, day: str = "2023-05-03") -> AcledEvent:
    return AcledEvent(
        text=NOTE, sub_event_type="Mob violence", event_type="Riots", country="Bangladesh", year=2023,
        event_date=day, actor1="", actor2="", inter1=inter1, inter2=inter2, location="", latitude=None,
        longitude=None, fatalities=fatalities, source_file="made-up.csv", event_id=event_id,
    )


def test_actor_long_rows_of_one_event_give_both_sides_and_one_toll() -> None:
    """The "actor long" schema gives each side of an event a row of its own."""
    (gold,) = group_notes([row("BGD1", "Rioters"), row("BGD1", "Civilians")])
    assert gold.actor_types == {"Rioters", "Civilians"}
    assert gold.fatalities == 1
    assert gold.dates == {date(2023, 5, 3)}


def test_one_note_coded_as_two_events_sums_their_tolls_and_keeps_the_first_sides() -> None:
    """A report split across two places: two events, each with its own toll."""
    (gold,) = group_notes([row("BGD1", "5", "7", fatalities=2), row("BGD2", "5", "1", fatalities=3, day="2023-05-04")])
    assert gold.actor_types == {"Rioters", "Civilians"}
    assert gold.fatalities == 5
    assert len(gold.dates) == 2
