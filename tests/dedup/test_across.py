"""Reports of one happening in different stories, worded apart, still link; other happenings do not."""

from __future__ import annotations

from test_incident import record

from warlog.dedup.cluster import MemoryIndex
from warlog.dedup.compare import MANY_SHARED, Profile, content_words, cosine
from warlog.record import Event, Location

KADUNA = Location(name="Kaduna", latitude=10.52, longitude=7.44, country="Nigeria", country_code="NG", precision=1)


def together(*events: Event) -> bool:
    index = MemoryIndex()
    for event in events:
        index.add([event])
    return len(set(index.labels().values())) == 1


# Two outlets tell one walk-out on one stated day in one town, each with its own long context.
WALKOUT = record(
    "daily-21",
    "kaduna: with the opposition absent on tuesday, after its members walked out of the state assembly in protest "
    "at the speaker's ruling, ruling party backbenchers grilled the finance commissioner over unpaid teachers, "
    "stalled road contracts and the collapse of the water board's budget.",
    sub="Peaceful protest",
    place=KADUNA,
    stated=True,
)
RETOLD = record(
    "wire-21",
    "the motion to censure the deputy speaker, moved by the finance commissioner, passed on tuesday while opposition "
    "lawmakers stayed away, having walked out of the chamber in protest against the arrest of their whip at dawn.",
    sub="Peaceful protest",
    place=KADUNA,
    stated=True,
)


def test_many_shared_words_link_two_long_reports_of_one_town_and_day() -> None:
    a, b = Profile.of(WALKOUT), Profile.of(RETOLD)
    assert len(a.words & b.words) >= MANY_SHARED and cosine(a.words, b.words) < 0.3
    assert together(WALKOUT, RETOLD)


def test_many_shared_words_without_a_stated_day_do_not_link() -> None:
    undated = record("weekly-21", RETOLD.evidence.text.replace(" on tuesday", ""), sub="Peaceful protest", place=KADUNA)
    assert len(content_words(undated.evidence.text) & content_words(WALKOUT.evidence.text)) >= MANY_SHARED
    assert not together(WALKOUT, undated)
