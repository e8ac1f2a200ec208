"""ACLED's sub-type conventions for the two sides, and tolls told after the event."""

from __future__ import annotations

from datetime import date

import pytest

from warlog.article import Article
from warlog.events.parties import paragraph
from warlog.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp)


def only_event(pipeline: Pipeline, text: str):
    events = pipeline.code_article(Article(id="t", text=text, date=date(2020, 5, 9)))
    assert len(events) == 1, [e.sub_event_type for e in events]
    return events[0]


def types(event) -> set[str]:
    return {a.type for a in (event.actor1, event.actor2) if a is not None}


def test_parties_police_breaking_up_a_march_are_actor2_of_protesters(pipeline):
    event = only_event(pipeline, "Police fired tear gas to break up a march by teachers demanding unpaid salaries in Lubumbashi on Monday.")
    assert event.event_type == "Protests"
    assert event.actor1.name == "Protesters (Democratic Republic of Congo)"
    assert event.actor2.type == "State forces"


def test_parties_clash_takes_its_toll_from_the_next_sentence(pipeline):
    event = only_event(pipeline, "On 3 May, Mayi Mayi fighters clashed with the army near Walikale. Seven people died.")
    assert event.sub_event_type == "Armed clash"
    assert event.actor1.name == "Mayi Mayi Militia"  # the name the parse cut off "fighters"
    assert types(event) == {"Political militia", "State forces"}
    assert event.fatalities == 7


def test_parties_farmers_who_clash_are_a_communal_militia(pipeline):
    event = only_event(pipeline, "Herders and farmers clashed over grazing land near Pala on Sunday, and four people were killed.")
    assert event.sub_event_type == "Armed clash"
    assert types(event) == {"Identity militia"}
    assert event.fatalities == 4


def test_parties_bomb_planter_named_in_the_next_sentence(pipeline):
    text = ("On Tuesday two soldiers were killed when their truck hit a mine near Diffa. "
            "Officials said Boko Haram fighters had planted the device.")
    event = only_event(pipeline, text)
    assert event.event_type == "Explosions/Remote violence"
    assert event.actor1.name.startswith("Boko Haram")
    assert event.actor2.type == "State forces"
    assert event.fatalities == 2


def test_parties_rioters_have_no_victim_in_what_they_burn(pipeline):
    event = only_event(pipeline, "Students burned tyres and blocked the main road in Kendari on Thursday to protest against a fee increase.")
    assert event.sub_event_type == "Violent demonstration"
    assert event.actor1.name == "Rioters (Indonesia)"
    assert event.actor2 is None


def test_parties_reporting_army_is_not_a_casualty(pipeline):
    event = only_event(pipeline, "The army said on Friday that five soldiers were killed in an ambush by ADF rebels near Oicha.")
    assert event.actor1.name == "ADF: Allied Democratic Forces"
    assert event.fatalities == 5


def test_paragraph_stops_at_a_blank_line(nlp):
    doc = nlp("Gunmen raided a village. Three died.\n\nIn other news, a march was held.")
    sents = list(doc.sents)
    assert [s.text.strip() for s in paragraph(sents[1])] == ["Gunmen raided a village.", "Three died."]
    assert paragraph(sents[-1])[0].text.startswith("In other news")


@pytest.mark.parametrize(
    ("text", "day"),
    [("31-Dec-20", date(2020, 12, 31)), ("2016-07-02", date(2016, 7, 2)), ("01-February-2017", date(2017, 2, 1))],
)
def test_acled_export_dates_of_every_generation_parse(text: str, day: date) -> None:
    """The legacy South Asia export spells months out with a four-digit year."""
    from warlog.events.evaluate import parse_acled_date

    assert parse_acled_date(text) == day


def test_parties_police_who_only_report_are_not_the_doer(pipeline):
    text = "Three traders were shot dead at a market near Beni on Monday. The police said they had opened an inquiry."
    events = [e for e in pipeline.code_article(Article(id="t", text=text, date=date(2020, 5, 9))) if e.fatalities]
    assert events and events[0].actor1.name == "Unidentified Armed Group (Democratic Republic of Congo)"
    assert events[0].actor2.type == "Civilians" and events[0].fatalities == 3


@pytest.mark.parametrize(
    ("text", "kind", "sides"),
    [
        # herders who attack are a communal militia
        ("On 4 May, herders armed with machetes attacked farmers in their fields near Mongo.", "Attack", {"Identity militia", "Civilians"}),
        # a mob always has a victim
        ("On 5 May, an angry mob set fire to a suspected thief at the market in Kisangani.", "Mob violence", {"Rioters", "Civilians"}),
        # a surrender is made to the armed side, not its officials
        ("On 4 May, nine NPA fighters surrendered to government officials and the army in Baybay, Leyte.", "Agreement", {"Rebel group", "State forces"}),
        # a government car a crowd smashes is property, not a side
        ("During a rally on 4 May, demonstrators vandalised a government vehicle.", "Riots", {"Rioters"}),
        # two sides joined under one head ("X militiamen and security forces") are both sides
        ("Fighting was reported in the Tshikapa area between Kamuina Nsapu militiamen and security forces on 4 May.",
         "Armed clash", {"Political militia", "State forces"}),
    ],
)
def test_parties_sides_follow_acled_conventions(pipeline, text: str, kind: str, sides: set[str]):
    event = only_event(pipeline, text)
    assert kind in (event.sub_event_type, event.event_type)
    assert types(event) == sides


def test_parties_a_protest_the_police_break_up_next_is_one_with_intervention(pipeline):
    event = only_event(
        pipeline,
        "On 4 May, market women demonstrated in Bunia against a new levy on stalls. Police officers intervened and dispersed them.",
    )
    assert event.sub_event_type == "Protest with intervention"
    assert types(event) == {"Protesters", "State forces"}


def test_parties_a_protest_asking_for_arrests_has_no_intervention(pipeline):
    event = only_event(
        pipeline, "On 4 May, hundreds of residents marched peacefully in Bunia, demanding that the police arrest the killers of a teacher."
    )
    assert event.sub_event_type == "Peaceful protest"
    assert event.actor2 is None


def test_parties_force_with_no_crowd_in_sight_is_an_attack_on_civilians(pipeline):
    event = only_event(pipeline, "A suspected thief was killed on 3 May when the police raided his house in Barangay San Roque, Tarlac.")
    assert event.sub_event_type == "Attack"
    assert (event.actor1.type, event.actor2.type) == ("State forces", "Civilians")


def test_parties_the_states_killing_at_a_protest_it_broke_up_is_force_against_protesters(pipeline):
    text = ("On Monday, pupils marched to the governor's office in Bukavu to ask for teachers to be paid. "
            "Policemen dispersed them with live rounds. A boy of sixteen was shot dead.")
    killings = [e for e in pipeline.code_article(Article(id="t", text=text, date=date(2020, 5, 9))) if e.fatalities]
    assert [e.sub_event_type for e in killings] == ["Excessive force against protesters"]
    assert types(killings[0]) == {"Protesters", "State forces"}
    # a protest told after the killing is about it, not the crowd it was done to
    later = "On Monday, police shot dead a robbery suspect in Uvira. Traders later marched through the town in anger."
    events = pipeline.code_article(Article(id="t", text=later, date=date(2020, 5, 9)))
    assert "Attack" in [e.sub_event_type for e in events]


def test_parties_those_arrested_while_protesting_are_protesters(pipeline):
    event = only_event(pipeline, "Police detained forty opposition supporters in Pokhara on Friday as they staged protests over fuel prices.")
    assert event.sub_event_type == "Arrests"
    assert types(event) == {"State forces", "Protesters"}


def test_parties_a_blast_that_kills_a_driver_targets_civilians(pipeline):
    text = "On 2 May, a minibus struck a landmine near Diffa. The driver was killed and four passengers were hurt."
    event = only_event(pipeline, text)
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.actor2.type == "Civilians"


def test_parties_one_armed_side_killing_villagers_is_an_attack_but_a_shootout_is_a_clash(pipeline):
    attack = only_event(pipeline, "On 2 May, Mayi Mayi fighters raided the village of Kikuku. Six people were killed.")
    assert (attack.sub_event_type, attack.actor2.type) == ("Attack", "Civilians")
    shootout = only_event(pipeline, "On 2 May, a robbery suspect was hit in a gunfight with Cebu City police officers.")
    assert "Civilians" not in types(shootout)


def test_parties_a_camp_the_shooting_was_near_is_no_doer(pipeline):
    event = only_event(pipeline, "On 2 May, a herder was shot near the army camp in Nguigmi; it is not clear by whom.")
    assert event.actor1.type == "Political militia"  # ACLED's unidentified armed group
    assert event.actor2.type == "Civilians"


def test_parties_police_who_only_inform_are_no_doer(pipeline):
    text = "Two assailants on a motorcycle shot at a trader in Janakpur on Sunday. Police informed that the trader was critically injured."
    event = only_event(pipeline, text)
    assert types(event) == {"Political militia", "Civilians"}


def test_parties_a_riot_whose_doer_nobody_names_is_done_by_rioters(pipeline):
    event = only_event(pipeline, "Student union cadres locked the dean's office with a padlock and assaulted a lecturer in Kathmandu.")
    assert event.event_type == "Riots"
    assert event.actor1.type == "Rioters"  # not an unidentified armed group


def test_parties_the_harmed_of_two_crowds_clashing_are_a_side_not_civilians(pipeline):
    event = only_event(pipeline, "On 6 May, rival groups of students clashed with stones at a school in Kasese; a student was injured.")
    assert event.sub_event_type == "Mob violence"
    assert types(event) == {"Rioters"}


@pytest.mark.parametrize(
    "text",
    [
        "On 3 March 2021, a roadside bomb hit a minibus near Baidoa, killing four passengers.",
        "On 3 March 2021, a crowded bus struck a landmine outside Kalaw. The device was probably laid by insurgents.",
    ],
)
def test_parties_a_blast_that_struck_a_bus_targets_civilians(pipeline, text):
    event = only_event(pipeline, text)
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.actor2.type == "Civilians"
    assert event.actor1.type != "Civilians"


def test_parties_the_force_whose_convoy_struck_a_mine_is_the_target_not_the_doer(pipeline):
    event = only_event(pipeline, "On 3 March 2021, a mine hidden on the road hit an army convoy near Bosso, wounding three soldiers.")
    assert event.actor2.type == "State forces"
    assert event.actor1.type not in ("State forces", "Civilians")


def test_parties_who_alleges_a_killing_is_no_doer(pipeline):
    """A unit that only alleges who did it (here a party's "district unit", which the
    dictionary would read as a military unit) is never lent to the killing as its doer."""
    text = ("On 3 March 2021, a party worker was hacked to death near a temple in Kollam. "
            "The party's district unit alleged that a rival party was behind the murder.")
    event = only_event(pipeline, text)
    assert event.actor2.type == "Civilians"
    assert event.actor1.type != "State forces"


def test_parties_a_date_in_march_makes_no_protest_crowd(pipeline):
    """"On 3 March" named the month; the gunmen were once read as a protest "march"."""
    event = only_event(pipeline, "On 3 March 2021, gunmen attacked a police station in Garissa, killing two officers.")
    assert event.actor1.type == "Political militia"
    assert event.actor2.type == "State forces"


def test_parties_groups_named_as_alternatives_are_one_side(pipeline):
    """"JNIM or ISGS militants": the report does not know which; neither is the other's foe."""
    text = "On 13 January 2020, JNIM or ISGS militants ambushed soldiers guarding a well near Agando, and the troops fought them off."
    events = pipeline.code_article(Article(id="t", text=text, date=date(2020, 1, 15)))
    clash = next(e for e in events if e.sub_event_type == "Armed clash")
    assert clash.actor1.type == "Rebel group"
    assert clash.actor2.type == "State forces"


def test_parties_pastoralists_who_attack_farmers_are_a_communal_militia(pipeline):
    event = only_event(pipeline, "On 2 June 2021, pastoralists armed with machetes attacked farmers near Kabi. Four farmers were wounded.")
    assert event.sub_event_type == "Attack"
    assert event.actor1.type == "Identity militia"
    assert event.actor2.type == "Civilians"


def test_parties_an_informant_of_the_police_is_a_civilian(pipeline):
    event = only_event(pipeline, "On 2 June 2021, a police informant was stabbed to death by two men in Bacoor.")
    assert event.actor2.type == "Civilians"
    assert event.actor1.type != "State forces"


@pytest.mark.parametrize(
    ("text", "other_side"),
    [
        # Bystanders a riot harms are its civilian victims...
        ("On 2 May, students rioted at the university in Kisangani and a trader was beaten by the rioters.", "Civilians"),
        # ... and police it turns on are its other side, as much as police who act on it.
        ("On 4 May, angry people in Kasese barricaded the highway with burning tyres and hurled stones at the police.", "State forces"),
        ("On 4 May, a crowd of traders rioted in the market of Bunia and attacked two police officers with sticks.", "State forces"),
    ],
)
def test_parties_the_other_side_of_a_riot(pipeline, text: str, other_side: str):
    event = only_event(pipeline, text)
    assert event.event_type == "Riots"
    assert types(event) == {"Rioters", other_side}


def test_parties_the_police_who_tell_of_a_bombing_are_not_its_target(pipeline):
    event = only_event(
        pipeline,
        "A suicide bomber blew himself up at a busy restaurant in Mogadishu on Sunday evening, "
        "killing at least 12 people and wounding 20, police said.",
    )
    assert event.sub_event_type == "Suicide bomb"
    assert event.actor2 is not None and event.actor2.type == "Civilians"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May, pupils of two rival secondary schools clashed in Mbarara, and police lobbed tear gas to break them up.",
        "Ruling party and opposition supporters clashed at a market in Gulu on 3 May. Police fired into the air to scatter them.",
        "On 3 May, a brawl between supporters of two football clubs broke out in Jinja before riot police dispersed them.",
    ],
)
def test_parties_two_crowds_fighting_are_rioters_on_both_sides_not_the_police_who_part_them(pipeline, text: str):
    event = next(e for e in pipeline.code_article(Article(id="t", text=text, date=date(2020, 5, 9))) if e.event_type == "Riots")
    assert event.sub_event_type == "Mob violence"
    assert event.actor1.type == event.actor2.type == "Rioters"


def test_parties_party_supporters_fighting_each_other_are_a_mob_not_a_battle(pipeline):
    for text in (
        "On 3 May, four people were hurt in a clash between ruling party and opposition activists in Gulu.",
        "On 3 May, a clash between government and opposition activists was reported from Lira during the vote.",
    ):
        event = only_event(pipeline, text)
        assert event.sub_event_type == "Mob violence"
        assert types(event) == {"Rioters"}
    # protesters fighting a force the dictionary does not know are still a riot, no mob
    event = only_event(pipeline, "On 3 May, protesters in Gulu clashed with security services over the vote count.")
    assert event.sub_event_type != "Mob violence"
    # villagers fighting villagers are communal militias in ACLED's coding, no mob
    event = only_event(pipeline, "On 3 May, residents of two villages clashed over grazing land near Moroto, leaving five injured.")
    assert event.sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "On 4 May, a march by teachers in Gulu turned violent when the marchers began attacking and molesting reporters.",
        "On 4 May, protesting traders in Gulu ransacked the tax office and manhandled its manager.",
        "On 4 May, students in Gulu thrashed a bus conductor and smashed the windows of his bus during a protest over fares.",
    ],
)
def test_parties_people_a_riot_hurts_are_its_civilian_victims(pipeline, text: str):
    event = only_event(pipeline, text)
    assert event.event_type == "Riots"
    assert event.actor2 is not None and event.actor2.type == "Civilians"


def test_parties_a_government_is_no_side_of_a_riot(pipeline):
    """A government car burnt is property: the riot has no victim (ACLED)."""
    for text in (
        "On 5 May, students torched a government car during a protest in Gulu.",
        "On 5 May, students in Gulu burned a government-owned truck during a protest against fuel prices.",
    ):
        burnt = only_event(pipeline, text)
        assert burnt.event_type == "Riots" and types(burnt) == {"Rioters"}
