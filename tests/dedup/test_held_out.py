"""Measuring de-duplication: held-out halves, their joins, and a test half read only on request."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from warlog.cli import app
from warlog.dedup.evaluate import GoldMention, evaluate, without_test
from warlog.record import Event, EventDate, Evidence, Location

BAMAKO = Location(name="Bamako", latitude=12.65, longitude=-8.0, country="Mali", country_code="ML", precision=1)


def mention(mention_id: str, cluster: str, split: str, text: str, day: str) -> GoldMention:
    """A labelled report of one story each, placed at Bamako on ``day``."""
    event = Event(
        event_id=mention_id,
        article_id=f"story-{mention_id}",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        location=BAMAKO,
        date=EventDate(start=day, end=day, precision=1, text=day),
        evidence=Evidence(text=text, start=0, end=len(text)),
        confidence=0.8,
    )
    return GoldMention(mention_id, cluster, split, event)


MARKET = "gunmen on motorbikes attacked the cattle market of bamako at dawn, killing seven traders"
SET = [
    mention("d1", "market", "dev", MARKET, "2024-06-02"),
    mention("v1", "market", "validation", MARKET + ", witnesses said", "2024-06-02"),
    mention("t1", "market", "test", "seven traders died when gunmen on motorbikes attacked the cattle market of bamako", "2024-06-02"),
    mention("t2", "clinic", "test", "a grenade thrown into a clinic courtyard in bamako wounded two nurses", "2024-06-20"),
]


def test_each_held_out_half_is_scored_with_its_joins_and_the_test_half_can_be_left_out() -> None:
    scores = evaluate(SET)
    assert {"dev", "validation", "test", "validation-joins", "test-joins"} <= set(scores)
    # t1 retells the dev and validation reports of the market attack: 2 gold pairs of its
    # joins, none among the test rows (t2 is another happening)
    assert scores["test-joins"].pairs.gold == 2 and scores["test"].pairs.gold == 0
    kept = without_test(SET)
    assert [m.mention_id for m in kept] == ["d1", "v1"]
    scores = evaluate(kept)
    assert "test" not in scores and "test-joins" not in scores
    assert scores["validation-joins"].pairs.gold == 1  # v1 with d1: t1 is not even clustered


def test_eval_reads_the_test_half_only_when_asked(tmp_path: Path) -> None:
    gold = tmp_path / "clusters.jsonl"
    lines = [
        {"mention_id": m.mention_id, "cluster": m.cluster, "split": m.split, "event": m.event.model_dump(mode="json")}
        for m in SET
    ]
    gold.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    quiet = CliRunner().invoke(app, ["dedup", "eval", "--gold", str(gold)])
    assert quiet.exit_code == 0, quiet.output
    assert "left out 2 test rows" in quiet.output
    assert "validation-joins\t" in quiet.output and "\ntest" not in quiet.output
    asked = CliRunner().invoke(app, ["dedup", "eval", "--gold", str(gold), "--test"])
    assert asked.exit_code == 0, asked.output
    assert "\ntest\t2 mentions" in asked.output and "test-joins\t2 mentions" in asked.output


def test_unlabelled_records_of_the_stories_are_clustered_beside_the_rows_but_never_scored() -> None:
    # Two labelled reports of one ambush share too few words to link; a third story's
    # report, unlabelled, retells both halves and links to each: the rows are joined through it.
    first = mention("r1", "ambush", "dev", "gunmen ambushed a fuel convoy on the road to bamako, burning nine tankers", "2024-07-09")
    second = mention("r2", "ambush", "dev", "drivers of the convoy said the gunmen fled towards the forest of kita", "2024-07-09")
    bridge = mention(
        "c1", "unlabelled", "dev",
        "gunmen ambushed a fuel convoy on the road to bamako, burning nine tankers; drivers of the "
        "convoy said the gunmen fled towards the forest of kita",
        "2024-07-09",
    ).event
    alone = evaluate([first, second])["dev"]
    beside = evaluate([first, second], context=[bridge])["dev"]
    assert alone.pairs.true_pos == 0 and beside.pairs.true_pos == 1
    assert beside.mentions == 2 and beside.pairs.predicted == 1  # the bridge is not a scored mention
