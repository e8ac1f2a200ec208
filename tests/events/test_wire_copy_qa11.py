"""Wire-style stories read whole (issue 4, stop 17): fire opened on a crowd, police who
only tell of a riot, what an armed group holds and its unnamed fighters, a headline that
names no town, and doers told as members of a community.

Every sentence here is written for these tests.
"""

from __future__ import annotations


def test_fire_opened_on_protesters_is_excessive_force(story) -> None:
    (event,) = story("Security forces opened fire on hundreds of protesters in Nasiriya on Monday, killing four people.")
    assert event.sub_event_type == "Excessive force against protesters"
    assert {event.actor1.type, event.actor2.type} == {"Protesters", "State forces"}
    assert event.fatalities == 4


def test_fire_opened_on_a_rebel_camp_is_no_protest(story) -> None:
    (event,) = story("Soldiers opened fire on a rebel camp near Butembo on Monday, killing four fighters.")
    assert event.event_type != "Protests"


def test_police_who_only_tell_of_a_riot_are_no_side_of_it(story) -> None:
    (event,) = story("Protesters in Basra set fire to the offices of a political party on Saturday night, police said.")
    assert event.sub_event_type == "Violent demonstration"
    assert event.actor2 is None or event.actor2.type != "State forces"


def test_police_who_disperse_rioters_are_their_other_side(story) -> None:
    (event,) = story("Rioters set fire to a police post in Basra on Saturday before police dispersed them with tear gas.")
    assert event.actor2 is not None and event.actor2.type == "State forces"


STRIKE = (
    "Turkish warplanes strike PKK hideouts in northern Iraq\n\n"
    "ERBIL, Iraq (Reuters) - Turkish warplanes struck suspected hideouts of the Kurdistan Workers Party (PKK) "
    "in the Sidakan district of Erbil province on Monday, killing three militants, a local official said.\n\n"
    "Separately, two rockets landed inside Baghdad's Green Zone late on Sunday, causing no casualties.\n"
)


def test_a_strike_on_a_groups_hideouts_targets_the_group(story) -> None:
    strikes = [e for e in story(STRIKE) if e.sub_event_type == "Air/drone strike"]
    assert [e.actor2.name if e.actor2 else None for e in strikes] == ["PKK: Kurdistan Workers Party"]
    assert strikes[0].actor1.type == "External/Other forces"


def test_a_headline_naming_no_town_is_the_leads_event(story) -> None:
    strikes = [e for e in story(STRIKE) if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1
    assert strikes[0].location.name == "Arbīl" and strikes[0].fatalities == 3
    assert len(strikes[0].mentions) == 2


def test_armed_doers_from_a_community_are_a_communal_militia(story) -> None:
    text = "Armed cattle rustlers from the Turkana community raided a village in Baringo county on Monday, killing one herder."
    (event,) = story(text)
    assert event.actor1.type == "Identity militia"
    assert event.actor2.type == "Civilians"


def test_gunmen_from_a_neighbouring_community_are_its_militia(story) -> None:
    text = "Gunmen from a neighbouring community attacked a village in Baringo county on Monday, killing one herder."
    (event,) = story(text)
    assert event.actor1.type == "Identity militia"


def test_gunmen_who_attack_a_community_are_not_its_militia(story) -> None:
    text = "Gunmen attacked the Turkana community in Baringo county on Monday, killing one herder."
    (event,) = story(text)
    assert event.actor1.type == "Political militia"


def test_party_youths_attacking_rivals_is_no_force_of_the_state(story) -> None:
    (event,) = story("Ruling party youths attacked opposition supporters in Lusaka, injuring three.")
    assert event.event_type != "Protests"
    assert "State forces" not in {event.actor1.type, event.actor2.type if event.actor2 else None}


def test_gunmen_killing_an_activist_attack_a_civilian(story) -> None:
    (event,) = story("Unidentified gunmen assassinated a prominent activist in front of his house in Basra.")
    assert event.sub_event_type == "Attack"
    assert (event.actor1.type, event.actor2.type) == ("Political militia", "Civilians")


def test_a_foreign_consulate_does_not_move_the_town_abroad(story) -> None:
    (event,) = story("Demonstrators broke into the Iranian consulate in Najaf on Sunday night and burned its gate.")
    assert event.location.country_code == "IQ"


def test_herders_are_fulani_only_where_the_fulani_herd(story) -> None:
    (kenya,) = story("Armed herders raided a village in Turkana county on Monday, killing two residents.")
    (nigeria,) = story("Armed herdsmen attacked farmers in Benue state on Monday, killing six.")
    assert kenya.actor1.name == "Unidentified Communal Militia (Kenya)"
    assert nigeria.actor1.name == "Fulani Ethnic Militia (Nigeria)"
    assert kenya.actor1.type == nigeria.actor1.type == "Identity militia"


def test_a_victim_among_the_dead_is_not_the_bomber(story) -> None:
    (event,) = story("A car bomb exploded near a checkpoint in Mogadishu, killing three people including a police officer.")
    assert event.actor1.type != "State forces"


def test_two_sides_named_under_one_noun_fought_each_other(story) -> None:
    (event,) = story("KIA and Tatmadaw troops clashed near Hpakant; casualties were unknown.")
    assert {event.actor1.type, event.actor2.type} == {"Rebel group", "State forces"}


def test_tear_gas_on_a_road_block_is_an_intervention_in_a_protest(story) -> None:
    text = "Police fired teargas canisters and rubber bullets at BNP activists who were blocking a road in Bogura."
    (event,) = story(text)
    assert event.sub_event_type == "Protest with intervention"
    assert (event.actor1.type, event.actor2.type) == ("Protesters", "State forces")


def test_a_party_leading_a_crowd_is_its_associate_not_its_doer(story) -> None:
    (event,) = story("Police dispersed BNP activists who were blocking a road in Bogura.")
    assert (event.actor1.type, event.actor2.type) == ("Protesters", "State forces")
    assert [a.name for a in event.assoc_actor_1] == ["BNP: Bangladesh Nationalist Party"]


def test_warning_shots_with_no_crowd_are_no_event(story) -> None:
    assert story("Police fired warning shots in the air in Bogura.") == []


AMBUSH = (
    "MOGADISHU (Reuters) - Al Shabaab fighters ambushed an African Union peacekeeping convoy in Somalia's "
    "Lower Shabelle region on Sunday, killing at least four Ugandan soldiers, a military officer said.\n\n"
    "Al Shabaab said in a statement on its radio station that its fighters had killed 15 soldiers and seized weapons.\n"
)


def test_a_claim_of_more_dead_is_the_ambushs_own_account(story) -> None:
    events = story(AMBUSH)
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert events[0].fatalities == 4 and len(events[0].mentions) == 2


def test_a_killing_told_with_a_seizure_is_no_seizure(story) -> None:
    text = "Al Shabaab said in a statement on its radio station that its fighters had killed 15 soldiers and seized weapons."
    (event,) = story(text)
    assert event.sub_event_type != "Disrupted weapons use" and event.fatalities == 15
