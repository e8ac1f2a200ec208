"""Re-coding the labelled rows: each row takes today's record of its own sentence, labels stay."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from warlog.article import Article
from warlog.dedup.evaluate import GoldMention, cluster_gold, read_gold
from warlog.dedup.recode import matching_record, recode, write_recoded
from warlog.record import Event, EventDate, Evidence, Mention

GOLD = Path(__file__).resolve().parents[1] / "data" / "dedup" / "clusters.jsonl"


def record(event_id: str, start: int, end: int, *merged: tuple[int, int], year: str = "2002") -> Event:
    """A record of sentence [start, end) of story toi-1, with the sentences merged into it."""
    evidence = Evidence(text="x" * (end - start), start=start, end=end)
    spans = [evidence, *(Evidence(text="x" * (b - a), start=a, end=b) for a, b in merged)]
    return Event(
        event_id=event_id,
        article_id="toi-1",
        sub_event_type="Mob violence",
        date=EventDate(start=f"{year}-03-01", end=f"{year}-03-01", precision=1),
        evidence=evidence,
        confidence=0.8,
        mentions=[Mention(article_id="toi-1", evidence=e) for e in spans],
    )


def test_a_row_takes_the_record_of_its_sentence_first_by_start_then_by_overlap() -> None:
    old = record("old", 100, 180)
    other, same = record("a", 0, 99), record("b", 100, 175)
    assert matching_record(old, [other, same]) is same
    merged = record("c", 0, 99, (100, 180))  # the pipeline now joined the row's sentence to the one before
    assert matching_record(old, [merged, record("d", 181, 250)]) is merged
    shifted = record("e", 90, 170)  # the sentence splitter moved the boundary
    assert matching_record(old, [other, shifted]) is shifted
    assert matching_record(old, [other, record("f", 181, 250)]) is None


def test_of_two_records_of_one_sentence_a_row_takes_its_own() -> None:
    """"Firing would have caused a massacre of the men who stormed the fort in 1998": one
    sentence, two records (the hypothetical massacre first); the row of the storming keeps
    the storming's record, found by its id."""
    old = record("storming", 0, 120)
    massacre, storming = record("massacre", 0, 120), record("storming", 0, 120)
    assert matching_record(old, [massacre, storming]) is storming
    assert matching_record(record("gone", 0, 120), [massacre, storming]) is massacre


def test_rows_sharing_one_record_share_its_cluster() -> None:
    merged = record("c", 0, 99, (100, 180))
    rows = [GoldMention("m1", "riot", "dev", merged), GoldMention("m2", "riot", "dev", merged)]
    predicted = cluster_gold(rows)
    assert predicted["m1"] == predicted["m2"]


def fake_coder(events: dict[str, list[Event]]):
    """A stand-in for ``Pipeline.code`` that returns prepared records per story."""

    def code(articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        for article in articles:
            yield article, events.get(article.id, [])

    return code


def test_recode_keeps_labels_and_counts_rows_whose_sentence_yields_nothing(shared_data: Path, tmp_path: Path) -> None:
    news = shared_data / "news" / "metadata.csv"
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()[:2]]
    gold_file = tmp_path / "gold.jsonl"
    gold_file.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    mentions = read_gold(gold_file)
    first = mentions[0].event
    fresh = first.model_copy(update={"event_id": "fresh", "fatalities": 7})
    later = first.model_copy(update={"event_id": "later", "evidence": record("x", 900, 960).evidence})
    done = recode(mentions, news, fake_coder({first.article_id: [fresh, later]}))
    assert done.mentions[0].event.event_id == "fresh" and done.mentions[0].cluster == mentions[0].cluster
    assert [e.event_id for e in done.others] == ["later"]  # the rest of the story, for --whole-stories
    assert mentions[1].event.article_id != first.article_id  # its story yields nothing here: it keeps its record
    assert done.stale == [mentions[1].mention_id] and done.mentions[1] == mentions[1]
    out = tmp_path / "recoded.jsonl"
    assert write_recoded(gold_file, out, done) == 1
    again = read_gold(out)
    assert [m.cluster for m in again] == [m.cluster for m in mentions]
    assert again[0].event.fatalities == 7


def test_todays_pipeline_finds_a_record_for_most_labelled_sentences(shared_data: Path, nlp) -> None:
    from warlog.pipeline import Pipeline

    mentions = read_gold(GOLD, [2])
    done = recode(mentions, shared_data / "news" / "metadata.csv", Pipeline(nlp).code)
    # A quarter, not a fifth: with the actor-cue classifier some labelled sentences rightly
    # yield nothing ("a riot of colours", police finding records of a 1992 attack).
    assert len(done.stale) <= len(mentions) // 4, done.stale
