"""The export formats: ACLED columns, CSV flattening, JSON Lines and GeoJSON."""

from __future__ import annotations

import csv
import io
import json
import math

import pandas as pd
import pytest

from warlog.errors import WarlogError
from warlog.exports import ACLED_COLUMNS, FORMATS, flat_columns, flatten, interaction_code, write_events
from warlog.record import Event


def written(events, fmt: str) -> tuple[str, int]:
    out = io.StringIO()
    count = write_events(events, fmt, out)
    return out.getvalue(), count


def test_acled_opens_in_pandas_with_acled_columns_in_order(events):
    text, count = written(events, "acled")
    frame = pd.read_csv(io.StringIO(text))
    assert list(frame.columns) == list(ACLED_COLUMNS)
    assert count == len(frame) == 4
    hawija, raqqa, shooting, wire = (frame.iloc[i] for i in range(4))

    assert hawija["event_id_cnty"] == events[0].event_id
    assert hawija["event_date"] == "2017-10-02"
    assert hawija["year"] == 2017
    assert hawija["time_precision"] == 2
    assert hawija["sub_event_type"] == "Non-violent transfer of territory"
    # Rebel group (2) acting on state forces (1): ACLED writes the lower code first.
    assert (hawija["inter1"], hawija["inter2"], hawija["interaction"]) == (2, 1, 12)
    assert hawija["latitude"] == pytest.approx(35.3256)
    assert hawija["longitude"] == pytest.approx(43.7706)
    assert hawija["geo_precision"] == 1
    assert hawija["admin1"] == "Kirkuk"
    assert hawija["location"] == "Hawija"
    assert hawija["source"] == "Breitbart; Rudaw"
    assert hawija["notes"] == events[0].evidence.text

    assert raqqa["assoc_actor_1"] == "YPG: People's Protection Units; Arab Ethnic Militia (Syria)"
    assert raqqa["interaction"] == 22
    assert raqqa["source"] == "Breitbart"  # no event sources: the mentions' outlets, once

    # Unknown stays empty: no second actor, place, date or count.
    assert shooting["interaction"] == 10  # state forces acting alone
    for column in ("inter2", "actor2", "latitude", "event_date", "year", "fatalities", "country"):
        assert pd.isna(shooting[column]), column

    assert wire["fatalities"] == 12
    assert wire["country"] == "Syria"
    assert "[sic]" in wire["notes"]


@pytest.mark.parametrize(
    ("inter1", "inter2", "has_actor2", "code"),
    [(1, 2, True, 12), (2, 1, True, 12), (3, 3, True, 33), (8, 7, True, 78), (7, None, False, 70),
     (None, 1, True, None), (1, None, True, None)],
)
def test_interaction_code(inter1, inter2, has_actor2, code):
    assert interaction_code(inter1, inter2, has_actor2) == code


def test_csv_has_one_column_per_leaf_and_round_trips(events):
    text, count = written(events, "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert count == len(rows) == 4
    header = list(rows[0])
    assert header == [column.name for column in flat_columns()]
    for expected in ("event_id", "actor1.name", "actor1.type", "assoc_actor_1.name", "location.latitude",
                     "date.start", "evidence.text", "evidence.start", "mentions.evidence.text", "sources"):
        assert expected in header

    # Every cell reads back exactly as flattened (quotes, commas, curly quotes, "[sic]").
    for row, event in zip(rows, events, strict=True):
        flat = flatten(event)
        assert row == {key: "" if value is None else str(value) for key, value in flat.items()}

    hawija, raqqa, shooting, wire = rows
    assert hawija["evidence.text"] == events[0].evidence.text
    assert int(hawija["evidence.start"]) == events[0].evidence.start
    assert float(hawija["location.latitude"]) == events[0].location.latitude
    assert hawija["quantities.min"] == "1000.0"
    # Lists: joined position by position, an unknown item leaves an empty slot.
    assert raqqa["assoc_actor_1.name"] == "YPG: People's Protection Units; Arab Ethnic Militia (Syria)"
    assert raqqa["assoc_actor_1.type"] == "Identity militia; "
    assert raqqa["mentions.source"] == "Breitbart; "
    assert raqqa["attribution.via"] == "Reuters"
    assert shooting["actor2.name"] == "" and shooting["sources"] == ""
    assert wire["evidence.text"] == events[3].evidence.text  # has '"' and ','
    assert int(wire["fatalities"]) == 12


def test_jsonl_is_the_record_itself(events):
    text, count = written(events, "jsonl")
    lines = text.splitlines()
    assert count == len(lines) == 4
    assert [Event.from_json(line) for line in lines] == events


def test_geojson_is_points_lon_lat_and_skips_unplaced_events(events):
    text, count = written(events, "geojson")
    collection = json.loads(text)
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    assert count == len(features) == 3  # the shooting has no coordinates
    by_id = {feature["id"]: feature for feature in features}
    assert events[2].event_id not in by_id
    hawija = by_id[events[0].event_id]
    assert hawija["type"] == "Feature"
    assert hawija["geometry"] == {"type": "Point", "coordinates": [43.7706, 35.3256]}
    assert hawija["properties"]["location.name"] == "Hawija"
    assert hawija["properties"]["confidence"] == 0.82
    for feature in features:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90 and not math.isnan(lon)


def test_geojson_without_events_is_still_valid():
    text, count = written([], "geojson")
    assert count == 0
    assert json.loads(text) == {"type": "FeatureCollection", "features": []}


def test_empty_csv_and_acled_still_have_headers():
    text, _ = written([], "acled")
    assert text.strip() == ",".join(ACLED_COLUMNS)


@pytest.mark.parametrize("fmt", ["JSONL", " csv "])
def test_format_names_are_forgiving(events, fmt):
    assert written(events, fmt)[1] == 4


def test_unknown_format_lists_the_valid_ones(events):
    with pytest.raises(WarlogError) as caught:
        written(events, "xlsx")
    message = str(caught.value)
    assert "xlsx" in message
    for fmt in FORMATS:
        assert fmt in message


def test_acled_export_leaves_out_events_that_did_not_happen(tmp_path):
    """A vow or a denial has no place in a file whose rows are counted as events."""
    import io

    import pandas as pd

    from warlog.article import Article
    from warlog.pipeline import Pipeline

    text = (
        "Gunmen abducted 15 villagers in Kankara, Katsina State, on Friday night, residents said.\n\n"
        "The militants vowed to attack the town again next week."
    )
    events = Pipeline().code_article(Article(id="a", text=text))
    assert {e.modality for e in events} >= {"reported", "expected"}
    stream = io.StringIO()
    from warlog.exports import write_events

    written = write_events(events, "acled", stream)
    frame = pd.read_csv(io.StringIO(stream.getvalue()))
    assert written == len(frame) == sum(e.modality in ("asserted", "reported", "historical") for e in events)
