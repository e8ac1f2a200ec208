"""Round 20: the next sentence going on with the last by a pronoun ("They were robbed the
same way at a ferry crossing.") states neither its date nor its place: the record's date and
place were lent from elsewhere in the story, and say nothing against the sentence before."""

from __future__ import annotations

from pathlib import Path

from test_told import KANO, ZARIA, clusters, story

from warlog.article import Article
from warlog.record import Event, EventDate
from warlog.store import Store
from warlog.store.clusters import save_and_cluster, store_cluster_of

# A day its sentence states, years before the story's own day.
RECALLED = EventDate(start="1998-05-02", end="1998-05-02", precision=1, text="may 2, 1998")


def recalled_raid(*later: tuple[str, str, object]) -> list[Event]:
    """A raid recalled by its day, placed at a town its sentence does not name, then ``later``."""
    told = story(
        "wire-70",
        ("Investigators found the files of a similar raid on a convoy of traders on may 2, 1998, as they "
         "drove home from the northern markets.", "Attack", KANO),
        *later,
    )
    told[0] = told[0].model_copy(update={"date": RECALLED})
    return told


def test_the_next_sentence_going_on_by_a_pronoun_takes_the_earlier_time_and_place() -> None:
    told = recalled_raid(("They were robbed in the same way at a ferry crossing.", "Attack", ZARIA))
    assert clusters(told) == [{0, 1}]


def test_what_went_on_since_or_a_sentence_naming_its_own_place_stays_apart() -> None:
    since = recalled_raid(("Since then they have kept away from the ferry crossing.", "Attack", ZARIA))
    assert clusters(since) == [{0}, {1}]
    own_place = story(
        "wire-71",
        ("Investigators said a convoy of traders was raided on the northern road.", "Attack", KANO),
        ("They were robbed again in Zaria the same way.", "Attack", ZARIA),
    )
    assert clusters(own_place) == [{0}, {1}]


def test_the_store_compares_a_storys_records_whatever_their_dates(tmp_path: Path) -> None:
    told = recalled_raid(("They were robbed in the same way at a ferry crossing.", "Attack", ZARIA))
    article = Article(id="wire-70", text=" ".join(e.evidence.text for e in told), source="Daily Wire")
    with Store(f"sqlite:///{tmp_path / 'events.db'}") as store:
        save_and_cluster(store, article, told)
        assert store_cluster_of(store, told[0].event_id) == store_cluster_of(store, told[1].event_id)


def riot_then_that_season(later: str, gap: int) -> list[Event]:
    """A riot the story recalls by its year, then ``later`` ``gap`` characters after it, dated by the story."""
    told = story(
        "wire-72",
        ("When kano burned in the riots of 2010, the old city's traders hid in the mosque.", "Violent demonstration", KANO),
        (later, "Violent demonstration", KANO),
        gap=gap,
    )
    told[0] = told[0].model_copy(update={"modality": "historical", "date": EventDate(
        start="2010-01-01", end="2010-12-31", precision=3, text="2010")})
    return told


def test_a_sentence_giving_its_time_as_that_season_takes_the_time_of_the_riot_just_told() -> None:
    # A sentence between them; the later gives its time only by pointing back.
    later = "In that bitter dry season, while gangs roamed the lanes, the grain market stayed open under guard."
    assert clusters(riot_then_that_season(later, gap=120)) == [{0, 1}]
    # Its own time, or far from the riot told, it is another happening.
    own_time = "In the dry season this year, while gangs roamed the lanes, the grain market stayed open under guard."
    assert clusters(riot_then_that_season(own_time, gap=120)) == [{0}, {1}]
    assert clusters(riot_then_that_season(later, gap=2000)) == [{0}, {1}]
