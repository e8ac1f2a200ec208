"""Round 19: records of one story that tell one happening and were kept apart by a guard
meant for roundups: a clock time read as an arrest count, a wire agency's appended report, a
lead under a two-town dateline telling one quarter, a named person taken up after a count,
the sentence naming the arrested, and the injured told after the toll."""

from __future__ import annotations

from test_told import KANO, ZARIA, clusters, story

from warlog.dedup.incident import arrest_figure
from warlog.dedup.told import opens_new_scene
from warlog.record import Location

FAR = 600


def test_a_clock_time_counts_no_one_arrested() -> None:
    assert arrest_figure("The leaders left the union office at 9:42 am and were arrested at the gate.") is None
    assert arrest_figure("They reached the bridge at 10 p.m. and were detained there.") is None
    assert arrest_figure("Police said 45 traders were arrested at the bridge.") == 45
    told = story(
        "wire-60",
        ("Police detained the union's leaders outside the Kano labour office on Monday morning.", "Arrests", KANO),
        ("The leaders had left the office at 9:42 am and were arrested at the gate.", "Arrests", KANO),
    )
    assert clusters(told) == [{0, 1}]


def test_a_wire_agencys_appended_report_opens_another_scene() -> None:
    assert opens_new_scene("Reuters adds: soldiers fired to scatter two rival groups in Zaria.")
    assert opens_new_scene("AFP adds from Zaria: a curfew was imposed.")
    assert not opens_new_scene("The spokesman adds that no one was hurt.")
    told = story(
        "wire-61",
        ("Youths burnt a warehouse near the Kano grain market on Monday.", "Mob violence", KANO),
        ("AFP adds: soldiers fired into the air to scatter two rival groups near the market.", "Armed clash", KANO),
    )
    assert clusters(told) == [{0}, {1}]


KANO_STATE = Location(
    name="Kano", latitude=11.75, longitude=8.52, admin1="Kano", country="Nigeria", country_code="NG", precision=3
)


def test_a_two_town_datelines_lead_telling_one_quarter_is_that_quarters_scene() -> None:
    one_quarter = story(
        "wire-62",
        ("kano/zaria: one trader was killed and two wounded as rioting spread through the Sabon Gari quarter "
         "of the old city on Monday.", "Attack", KANO_STATE),
        ("Police fired tear gas in the Sabon Gari quarter of Kano when youths attacked shops.", "Armed clash", KANO),
    )
    assert clusters(one_quarter) == [{0, 1}]
    summing_up = story(
        "wire-63",
        ("kano/zaria: factories in kano and zaria were attacked on Monday and their stock set on fire.",
         "Looting/property destruction", KANO_STATE),
        ("A mob burnt a plastics factory on the Kano ring road.", "Mob violence", KANO),
    )
    assert clusters(summing_up) == [{0}, {1}]


def test_a_leader_named_again_after_the_count_of_his_arrest_is_that_arrest() -> None:
    told = story(
        "wire-64",
        ("Police arrested 31 people, among them union leader peter otieno, on the Kano road on Monday.", "Arrests", KANO),
        ("The union called a strike in the capital.", "Peaceful protest", KANO),
        ("Otieno and others were held at a police post outside Kano.", "Arrests", KANO),
        gap=FAR,
    )
    assert clusters(told) == [{0, 2}, {1}]
    described = story(
        "wire-65",
        ("About 35 traders were arrested on the Kano road on Monday.", "Arrests", KANO),
        ("Earlier, a dozen students were held outside the governor's office.", "Peaceful protest", KANO),
        ("The arrested persons, among them the student union's secretary, were sent to jail.", "Arrests", KANO),
        gap=FAR,
    )
    assert clusters(described) == [{0}, {1}, {2}]


def test_the_sentence_naming_the_arrested_is_their_arrest_whatever_towns_they_come_from() -> None:
    told = story(
        "wire-66",
        ("Three men were arrested in Kano on Monday with two bells stolen from a church.", "Arrests", KANO),
        ("The arrested persons were identified as musa bello of Zaria and his two brothers.", "Arrests", ZARIA),
        gap=FAR,
    )
    assert clusters(told) == [{0, 1}]


def test_the_injured_told_after_the_toll_are_that_toll_statements() -> None:
    told = story(
        "wire-67",
        ("The toll from the bus bombing in Kano rose to four as two more passengers died in hospital.",
         "Remote explosive/landmine/IED", KANO),
        ("Of the 19 others injured, six remain in a serious condition.", "Attack", KANO),
    )
    assert clusters(told) == [{0, 1}]


def test_the_victim_also_attacked_on_a_day_of_its_own_stays_apart_from_the_lead() -> None:
    """Round 21: "was also attacked on <a day>" tells an earlier attack on the same person,
    background to the undated lead, not a part of it (``sequel.another_occasion``)."""
    from warlog.record import EventDate

    told = story(
        "wire-70",
        ("Gunmen fired several shots at the office of a contractor in Kano to frighten him.", "Attack", KANO),
        ("The contractor was also attacked on June 2 when gunmen tried to kill him.", "Attack", KANO),
    )
    june_2 = EventDate(start="2023-06-02", end="2023-06-02", precision=1, text="June 2")
    lead = told[0].model_copy(update={"date": EventDate(start="2023-06-14", end="2023-06-14", precision=2)})
    earlier = told[1].model_copy(update={"date": june_2})
    assert clusters([lead, earlier]) == [{0}, {1}]
    same_day = lead.model_copy(update={
        "date": june_2,
        "evidence": lead.evidence.model_copy(update={"text": "Gunmen fired shots at a contractor's office in Kano on June 2."}),
    })
    assert clusters([same_day, earlier]) == [{0, 1}]
