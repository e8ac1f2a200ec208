"""Independent labellers of the de-duplication set: their agreement, and their majority."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warlog.cli import app
from warlog.dedup.agreement import ADJUDICATED, agreement, labellings, majority
from warlog.dedup.evaluate import read_gold
from warlog.errors import DataError
from warlog.record import Event, EventDate, Evidence, Location

GOLD = Path(__file__).resolve().parents[1] / "data" / "dedup" / "clusters.jsonl"

# Four reports read by three labellers: the curfew at Gandhinagar told twice in one story and
# once in another; one labeller left the second story's report apart, one joined the arson to it.
FIRST = {"c1": "curfew", "c2": "curfew", "c3": "single-c3", "a1": "arson"}
SECOND = {"c1": "gandhinagar-curfew", "c2": "gandhinagar-curfew", "c3": "gandhinagar-curfew", "a1": "loot"}
THIRD = {"c1": "night-curfew", "c2": "night-curfew", "c3": "night-curfew", "a1": "night-curfew"}


def test_the_majority_joins_what_most_labellers_join_and_keeps_their_names() -> None:
    found = majority([FIRST, SECOND, THIRD])
    assert found.conflicts == []
    # c3 is with the curfew for two of three; a1 with it for one only
    assert found.labels == {"c1": "curfew", "c2": "curfew", "c3": "curfew", "a1": "single-a1"}


def test_a_majority_that_is_not_transitive_is_a_conflict_given_the_closest_labelling() -> None:
    # a-b and b-c have a majority, a-c has not: each labelling agrees with two of the three
    # decisions, so the first one's partition is taken
    first = {"a": "x", "b": "x", "c": "y"}
    second = {"a": "p", "b": "p", "c": "p"}
    third = {"a": "q", "b": "r", "c": "r"}
    found = majority([first, second, third])
    assert found.conflicts == [["a", "b", "c"]]
    assert found.labels["a"] == found.labels["b"] == "x" and found.labels["c"] == "single-c"
    # a fourth report d, put with c by the first and third labellers: the majority joins a-b,
    # b-c and c-d only; the first labelling agrees with five of its six decisions, the others four
    first, second, third = {**first, "d": "y"}, {**second, "d": "s"}, {**third, "d": "r"}
    found = majority([first, second, third])
    (members,) = found.conflicts
    assert members == ["a", "b", "c", "d"]
    assert found.labels["a"] == found.labels["b"] != found.labels["c"] == found.labels["d"]


def test_the_labellings_must_cover_the_same_reports() -> None:
    with pytest.raises(ValueError, match="same mentions"):
        majority([FIRST, {"c1": "curfew"}])


def test_agreement_scores_each_labelling_against_each_earlier_one() -> None:
    found = {(a.reference, a.other): a.score for a in agreement({"first": FIRST, "second": SECOND, "third": THIRD})}
    assert set(found) == {("first", "second"), ("first", "third"), ("second", "third")}
    # second links c1-c2, c1-c3, c2-c3: one of them (c1-c2) is the first labeller's
    assert (found["first", "second"].pairs.true_pos, found["first", "second"].pairs.predicted) == (1, 3)
    assert found["first", "second"].pairs.recall == 1.0
    # third joins all four reports: 6 pairs, 3 of them second's
    assert (found["second", "third"].pairs.true_pos, found["second", "third"].pairs.predicted) == (3, 6)
    only = agreement({"first": FIRST, "second": SECOND}, mentions={"c1", "c2"})
    assert only[0].score.mentions == 2 and only[0].score.pairs.precision == 1.0
    # the pairs holding c3 only (a held-out report's joins): second's two, none of them first's
    (joined,) = agreement({"first": FIRST, "second": SECOND}, held={"c3"})
    assert (joined.score.pairs.true_pos, joined.score.pairs.predicted, joined.score.pairs.gold) == (0, 2, 0)
    assert joined.score.mentions == 1


def test_the_committed_set_is_the_majority_of_its_three_labellers() -> None:
    """``cluster`` is derived, never edited by hand: a relabel goes through the labellings."""
    rows = read_gold(GOLD)
    every = labellings(rows)
    assert len(rows) >= 1166 and all(len(every[name]) == len(rows) for name in ("first", "second", "third"))
    found = majority([every["first"], every["second"], every["third"]])
    assert found.labels == every[ADJUDICATED]
    # the pilot's two labellers read 300 of the rows, blind, before the full relabel
    assert len(every["pilot-a"]) == len(every["pilot-b"]) == 300


def event(eid: str) -> Event:
    text = "curfew was clamped from 8 pm on friday to 9 am saturday in the city following incidents of loot and arson."
    return Event(
        event_id=eid,
        article_id=f"toi-{eid}",
        event_type="Strategic developments",
        sub_event_type="Other",
        location=Location(name="Gandhinagar", latitude=23.22, longitude=72.65, country="India", country_code="IN", precision=1),
        date=EventDate(start="2002-03-01", end="2002-03-01", precision=1, text="friday"),
        evidence=Evidence(text=text, start=0, end=len(text)),
        confidence=0.7,
    )


def write_set(path: Path, with_labels: bool = True) -> Path:
    votes = majority([FIRST, SECOND, THIRD]).labels
    rows = []
    for eid in FIRST:
        row = {"mention_id": eid, "cluster": votes[eid], "split": "dev", "event": event(eid).model_dump(mode="json")}
        if with_labels:
            row["labels"] = {"first": FIRST[eid], "second": SECOND[eid], "third": THIRD[eid]}
        rows.append(row)
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_rows_carry_every_labelling_and_can_be_scored_against_one(tmp_path: Path) -> None:
    gold = write_set(tmp_path / "clusters.jsonl")
    rows = read_gold(gold)
    assert [name for name, _ in rows[0].labels] == ["first", "second", "third"]
    assert list(labellings(rows)) == ["first", "second", "third", ADJUDICATED]
    assert {m.mention_id: m.cluster for m in read_gold(gold, labelling="second")} == SECOND
    with pytest.raises(DataError, match="line 1: no label by 'fourth'"):
        read_gold(gold, labelling="fourth")


def test_agree_prints_each_pair_of_labellings_per_split_and_refuses_a_set_of_one(tmp_path: Path) -> None:
    runner = CliRunner()
    done = runner.invoke(app, ["dedup", "agree", "--gold", str(write_set(tmp_path / "three.jsonl"))])
    assert done.exit_code == 0, done.output
    lines = done.output.splitlines()
    assert len(lines) == 2 * 6  # dev and all, 4 labellings -> 6 pairs each
    assert lines[0].startswith("dev\tsecond against first\t4 mentions\tpairwise precision 0.333 (1/3) recall 1.000 (1/1)")
    alone = runner.invoke(app, ["dedup", "agree", "--gold", str(write_set(tmp_path / "one.jsonl", with_labels=False))])
    message = " ".join(alone.output.replace("│", " ").split())  # the error box wraps lines
    assert alone.exit_code != 0 and "only one labelling" in message
    assert "Traceback" not in alone.output
