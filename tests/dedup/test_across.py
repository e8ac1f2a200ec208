"""Reports of one happening in different stories, worded apart, still link; other happenings do not."""

from __future__ import annotations

from test_incident import record

from warlog.dedup.cluster import MemoryIndex
from warlog.dedup.compare import MANY_SHARED, Profile, content_words, cosine
from warlog.dedup.placed import told_there
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


# Where a report says it was told from (``placed``): a reporter's paragraph appended to a
# story filed elsewhere, and a lead under a dateline of two towns placed only in their state.
ZARIA = Location(name="Zaria", latitude=11.09, longitude=7.72, country="Nigeria", country_code="NG", precision=1)
KANO = Location(name="Kano", latitude=12.0, longitude=8.52, country="Nigeria", country_code="NG", precision=1)
KADUNA_DATELINE = KADUNA.model_copy(update={"precision": 2})
KADUNA_STATE = Location(
    name="Kaduna State", latitude=10.33, longitude=7.75, admin1="Kaduna State", country="Nigeria", country_code="NG", precision=3
)
ADDED_FROM_ZARIA = record(
    "daily-31",
    "musa bello adds from zaria: to show their anger at the new levy, about 200 stallholders on friday defied the ban "
    "on gatherings and marched to the emir's palace.",
    sub="Peaceful protest",
    place=KADUNA_DATELINE,
    stated=True,
)
MARCH_IN_ZARIA = record(
    "wire-31",
    "chanting slogans, some 200 traders in zaria on friday defied the ban on gatherings and held a march through the "
    "old city against market stall fees.",
    sub="Peaceful protest",
    place=ZARIA,
    stated=True,
)


def test_a_paragraph_added_from_a_town_is_told_there_not_at_the_story_dateline() -> None:
    assert together(ADDED_FROM_ZARIA, MARCH_IN_ZARIA)
    filed_here = record("daily-32", ADDED_FROM_ZARIA.evidence.text.replace("musa bello adds from zaria: ", ""),
                        sub="Peaceful protest", place=KADUNA_DATELINE, stated=True)
    assert not together(filed_here, MARCH_IN_ZARIA)  # 70 km apart, and nothing says it is Zaria's
    in_kano = MARCH_IN_ZARIA.model_copy(update={"location": KANO})
    assert not together(ADDED_FROM_ZARIA, in_kano)


TWO_TOWN_LEAD = record(
    "daily-33",
    "kaduna/zaria: a trader was killed and two others were hurt when police fired on a crowd looting shops in the "
    "sabon gari quarter on friday afternoon.",
    sub="Mob violence",
    place=KADUNA_STATE,
)
FIRING_IN_ZARIA = record(
    "wire-33",
    "in zaria, a young hawker died and two were wounded after officers opened fire to scatter looters near the sabon "
    "gari motor park on friday afternoon, witnesses said.",
    sub="Mob violence",
    place=ZARIA,
    stated=True,
)


def test_a_lead_under_two_towns_placed_in_their_state_tells_a_scene_of_one_of_them() -> None:
    a, b = Profile.of(TWO_TOWN_LEAD), Profile.of(FIRING_IN_ZARIA)
    assert 0.3 <= cosine(a.words, b.words) < 0.35  # the town's threshold, not the state's
    assert together(TWO_TOWN_LEAD, FIRING_IN_ZARIA)
    summing = record("daily-34", TWO_TOWN_LEAD.evidence.text.replace("the sabon gari quarter", "kaduna and zaria"),
                     sub="Mob violence", place=KADUNA_STATE)
    assert not told_there(summing, FIRING_IN_ZARIA)  # it sums both towns up: none of their scenes
    assert not together(summing, FIRING_IN_ZARIA)
