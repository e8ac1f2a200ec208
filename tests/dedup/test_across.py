"""Reports of one happening in different stories, worded apart, still link; other happenings do not."""

from __future__ import annotations

from test_incident import KOSTI, record

from warlog.dedup.compare import MANY_SHARED, Profile, content_words, cosine
from warlog.dedup.placed import told_there
from warlog.record import Actor, Event, Location

from sentence_records import together

KADUNA = Location(name="Kaduna", latitude=10.52, longitude=7.44, country="Nigeria", country_code="NG", precision=1)


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
    "in zaria, a young hawker died and two were wounded after officers opened fire to scatter looters near the busy sabon "
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


# Round 20: ACLED's unit for demonstrations is one event per place, day and actor group.
NAIROBI = Location(name="Nairobi", latitude=-1.28, longitude=36.82, admin1="Nairobi Area", country="Kenya",
                   country_code="KE", geonameid=184745, precision=1)
MOMBASA = Location(name="Mombasa", latitude=-4.05, longitude=39.67, admin1="Mombasa", country="Kenya",
                   country_code="KE", geonameid=186301, precision=1)
POLICE = Actor(name="Police Forces of Kenya (2022-)", type="State forces")


def demonstration(article_id: str, sentence: str, sub: str, crowd: str | None, *, place: Location = NAIROBI,
                  day: str = "2023-09-05") -> Event:
    """A protest record by protesters named as ``crowd`` in the sentence, on a stated day."""
    event = record(article_id, sentence, sub=sub, place=place, day=day, stated=True)
    event.actor1 = Actor(name="Protesters (Kenya)", text=crowd, type="Protesters")
    event.actor2 = POLICE if sub == "Protest with intervention" else None
    return event


TEAR_GAS = demonstration("rtr-20", "Police fired tear gas at hundreds of opposition supporters marching through the "
                         "centre of Nairobi on Tuesday.", "Protest with intervention", "hundreds of opposition supporters")
RALLY = demonstration("afp-20", "Thousands of followers of the opposition rallied in the Kenyan capital on Tuesday "
                      "to denounce a new levy, witnesses said.", "Peaceful protest",
                      "Thousands of followers of the opposition")


def test_two_reports_of_one_group_in_one_town_on_one_day_are_one_demonstration() -> None:
    assert Profile.of(TEAR_GAS).words & Profile.of(RALLY).words == {"opposition"}
    assert together(TEAR_GAS, RALLY)


def test_another_town_another_day_or_an_unnamed_or_other_group_is_another_demonstration() -> None:
    elsewhere = demonstration("ap-20", "Thousands of opposition supporters marched in the port city on Tuesday.",
                              "Peaceful protest", "Thousands of opposition supporters", place=MOMBASA)
    next_day = demonstration("ap-21", "Opposition supporters gathered outside parliament in Nairobi on Wednesday.",
                             "Peaceful protest", "Opposition supporters", day="2023-09-06")
    unnamed = demonstration("bbc-20", "Hundreds of protesters marched on parliament in Nairobi on Tuesday.",
                            "Peaceful protest", "Hundreds of protesters")
    teachers = demonstration("dw-20", "Teachers staged a sit-in at the education ministry in Nairobi on Tuesday over wages.",
                             "Peaceful protest", "Teachers")
    for other in (elsewhere, next_day, unnamed, teachers):
        assert not together(RALLY, other)


# A running toll counts in the happenings it names; it is a statement of its own (``incident``).
AMBUSH = record(
    "wire-41",
    "forty soldiers were killed when gunmen ambushed an army convoy on the kosti road on tuesday.",
    place=KOSTI,
    stated=True,
)
RUNNING_TOLL = record(
    "daily-41",
    "the toll of a week of fighting in white nile state now stands at 310, including the forty soldiers killed "
    "when gunmen ambushed the army convoy on the kosti road on tuesday.",
    place=KOSTI,
    stated=True,
)


def test_a_running_toll_is_none_of_the_happenings_it_counts_in() -> None:
    a, b = Profile.of(AMBUSH), Profile.of(RUNNING_TOLL)
    assert cosine(a.words, b.words) >= 0.3 and b.reference.toll == 310
    assert not together(AMBUSH, RUNNING_TOLL)
