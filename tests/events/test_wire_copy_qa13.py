"""Wire-style sentences read at stop 18 (issue 4): fire "on" people, with or without a
crowd told elsewhere, and a denial of it.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import date

from warlog.article import Article


def test_fire_on_villagers_is_an_attack(story) -> None:
    (event,) = story("Unknown assailants fired on a minibus in Borno State on Tuesday, killing four passengers.")
    assert event.sub_event_type == "Attack"
    assert (event.actor2.type, event.fatalities, event.date.start) == ("Civilians", 4, "2020-01-14")


def test_live_fire_on_a_crowd_told_nowhere_else_is_excessive_force(story) -> None:
    (event,) = story("Troops fired on a crowd of protesters in Mandalay on Sunday, witnesses said.")
    assert event.sub_event_type == "Excessive force against protesters"
    assert {event.actor1.type, event.actor2.type} == {"Protesters", "State forces"}
    assert event.modality == "reported"


def test_fire_on_rioters_is_their_riot(story) -> None:
    (event,) = story("Police fired on rioters who were looting shops in Kano on Friday.")
    assert event.sub_event_type == "Violent demonstration"
    assert {event.actor1.type, event.actor2.type} == {"Rioters", "State forces"}


def test_fire_on_a_crowd_told_before_joins_its_protest(story) -> None:
    events = story("Thousands marched in Mandalay on Sunday against the coup. Troops fired on the crowd of protesters, witnesses said.")
    assert [e.event_type for e in events] == ["Protests"]


def test_a_denied_shooting_is_coded_as_denied(story) -> None:
    (event,) = story("The army denied that its troops had fired on civilians in Kalehe last week.")
    assert (event.sub_event_type, event.modality) == ("Attack", "denied")


def test_a_country_naming_its_embassy_is_not_the_place(story) -> None:
    (event,) = story("Katyusha rockets struck near the US embassy in Baghdad on Sunday, causing no casualties.")
    assert (event.location.name, event.location.country_code) == ("Baghdad", "IQ")
    assert event.actor1.name.endswith("(Iraq)")


def test_background_tally_adds_no_dead_to_the_news(story) -> None:
    events = story(
        "Suspected jihadists killed nine civilians in an attack on a village in northern Burkina Faso on Sunday. "
        "Militants linked to al Qaeda have stepped up attacks in the region in recent years, killing hundreds of people.",
    )
    news = [e for e in events if e.modality != "historical"]
    assert [e.fatalities for e in news] == [9]
    assert all(e.date.start.startswith("2020") for e in news)


def test_tear_gas_fired_to_disperse_people_is_an_intervention(story) -> None:
    (event,) = story(
        "Officers fired rubber bullets and tear gas on Tuesday to disperse supporters of an opposition leader "
        "who had gathered outside a court in Jinja.",
    )
    assert event.sub_event_type == "Protest with intervention"
    assert {event.actor1.type, event.actor2.type} == {"Protesters", "State forces"}
    assert (event.location.name, event.date.start) == ("Jinja", "2020-01-14")


def test_tear_gas_fired_at_no_crowd_is_no_event(story) -> None:
    assert story("Police fired tear gas at a checkpoint in Kisumu on Tuesday.") == []


def test_a_headline_and_its_lead_count_the_dead_once_whatever_else_they_hurt(story) -> None:
    events = story(
        "Two soldiers killed in militant attack in Iraq's Diyala\n\n"
        "Islamic State militants attacked an army checkpoint in Iraq's eastern Diyala province late Tuesday, "
        "killing two soldiers and injuring three others, security officials said.",
    )
    assert [e.fatalities for e in events] == [2]


def test_harmless_fire_yields_to_the_harm_told_beside_it(story) -> None:
    (event,) = story(
        "Police broke up a meeting of an opposition party in Moundou on Tuesday, "
        "and officers fired tear gas and beat several of those attending.",
    )
    assert event.actor1.type == "State forces" and event.actor2.type in ("Civilians", "Protesters")


def test_a_happening_told_twice_keeps_its_named_doer(pipeline) -> None:
    events = pipeline.code_article(
        Article(
            id="q",
            text=(
                "YANGON, May 12 - Myanmar soldiers set fire to dozens of homes in a village in Sagaing region on Wednesday, "
                "residents said.\n\nAbout 200 houses in the village were destroyed, according to a resident who fled."
            ),
            date=date(2022, 5, 12),
        )
    )
    (event,) = [e for e in events if e.sub_event_type == "Looting/property destruction"]
    assert event.actor1.type == "State forces" and event.actor1.name.startswith("Military Forces of Myanmar")
    assert event.date.start == "2022-05-11"
    assert len(event.mentions) == 2


def test_an_operation_launched_yields_to_what_it_did(story) -> None:
    (event,) = story("Troops later launched a search operation near Tarmiyah and arrested four suspects.")
    assert event.sub_event_type == "Arrests"
    (fight,) = story("Troops launched an offensive against the militants near Tarmiyah on Monday.")
    assert fight.event_type == "Battles"
