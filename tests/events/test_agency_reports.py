"""One raid told by several agencies (stop 19, issue 6): each story's record must be
right on its own before de-duplication can join them.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import date

from warlog.article import Article

STORY_DAY = date(2023, 9, 6)  # a Wednesday


def test_police_among_the_speakers_are_no_party(story) -> None:
    text = (
        "Gunmen killed nine farmers in a dawn raid on a hamlet in Plateau state, villagers and police said on Wednesday.\n"
        '"They arrived on foot and shot at everyone they saw," said a farmer who escaped.'
    )
    (event,) = story(text)
    assert event.actor1.name.startswith("Unidentified Armed Group")
    assert event.fatalities == 9


def test_a_later_sentence_inherits_the_day_told_as_a_bound(story) -> None:
    text = (
        "Gunmen killed nine farmers in a raid on a hamlet in Plateau state, villagers and police said on Wednesday.\n"
        '"They shot at everyone they saw in the fields at around 5 am," said a farmer who escaped.'
    )
    (event,) = story(text)
    # Told on Wednesday: the raid may lie a few days before, not on Wednesday itself.
    assert (event.date.start, event.date.end, event.date.precision) == ("2023-09-03", "2023-09-06", 2)


def test_one_outlet_under_two_names_counts_once(pipeline) -> None:
    article = Article(id="ap", text="Gunmen killed nine farmers in Plateau state on Monday, police said.", date=STORY_DAY, source="AP")
    (event,) = pipeline.code_article(article)
    assert {m.source for m in event.mentions} == set(event.sources) == {"Associated Press"}


def test_a_region_named_in_one_sentence_places_the_merged_record(story) -> None:
    text = (
        "The death toll from a raid by gunmen on a hamlet in Nigeria's Plateau state has risen to 11, officials said on Wednesday.\n"
        "The gunmen attacked Zangbwil on Monday night."
    )
    (event,) = story(text)
    assert event.date.start == "2023-09-04"
    assert (event.location.country_code, event.location.admin1) == ("NG", "Plateau")


REUTERS = (
    "JOS, Nigeria (Reuters) - Gunmen on motorbikes killed 14 villagers in an overnight raid on Mangu "
    "in Plateau state, police said on Wednesday.\n"
    "The attackers opened fire on residents late on Tuesday and burned dozens of homes, police spokesman "
    "Alabo Alfred said."
)
AFP = (
    "Jos (AFP) - Armed men shot dead fourteen people in a night attack in Mangu, a farming town in "
    "central Plateau state, residents and police said Wednesday.\n"
    '"They came shooting and set the houses on fire," said a resident who gave his name as Daniel.'
)
OTHER = (
    "JOS, Nigeria (Reuters) - Gunmen killed 14 worshippers in an attack on a church in Bokkos in Plateau "
    "state on Sunday, police said on Monday."
)


def test_two_agencies_telling_one_raid_in_their_own_words_are_one_event(pipeline) -> None:
    from warlog.dedup.cluster import MemoryIndex

    index = MemoryIndex()
    for aid, text, source in (("rtr", REUTERS, "Reuters"), ("afp", AFP, "AFP"), ("rtr-2", OTHER, "Reuters")):
        index.add(pipeline.code_article(Article(id=aid, text=text, date=STORY_DAY, source=source)))
    joined = {frozenset(index.events[e].article_id for e in c.member_ids) for c in index.clusters.values()}
    # Same toll, doer, place and night: one raid. The church attack days earlier in another
    # town, with the same toll, stays apart.
    assert joined == {frozenset({"rtr", "afp"}), frozenset({"rtr-2"})}
    (raid,) = [c for c in index.clusters.values() if len(c.member_ids) == 2]
    assert raid.corroboration == 2


def test_miscreants_who_attack_with_knives_are_an_armed_gang_not_a_riot(story) -> None:
    # South Asian copy's "miscreants" are criminals, armed or not; they are no crowd, so
    # their attack is no mob's riot (a story's riot records would absorb it).
    (event,) = story("A gang of 20 miscreants attacked two shopkeepers with knives in Rajshahi on Tuesday.")
    assert event.sub_event_type == "Attack"
    assert event.actor1.name.startswith("Unidentified Armed Group")


AP_UPDATE = (
    "ABUJA, Nigeria (AP) - The death toll from a raid by gunmen on Mangu in Nigeria's Plateau state rose "
    "to 17 after three of the wounded died in hospital, officials said Thursday.\n"
    "The gunmen attacked the town on Tuesday night."
)


def test_a_later_report_bringing_the_toll_up_to_date_joins_the_raid(pipeline) -> None:
    from warlog.dedup.cluster import MemoryIndex

    index = MemoryIndex()
    stories = (("rtr", REUTERS, "Reuters", STORY_DAY), ("ap", AP_UPDATE, "AP", date(2023, 9, 7)))
    for aid, text, source, day in stories:
        index.add(pipeline.code_article(Article(id=aid, text=text, date=day, source=source)))
    (raid,) = index.clusters.values()
    assert raid.corroboration == 2
    assert raid.fatality_range == (14, 17)


def test_a_country_named_as_whose_mission_or_who_leads_is_not_the_place(story) -> None:
    (stormed,) = story("BAGHDAD (AP) - Protesters broke into Norway's embassy in Baghdad on Thursday and set it on fire.")
    assert stormed.location.country_code == "IQ"
    (rockets,) = story("Rockets hit a base hosting US-led coalition troops in western Iraq on Tuesday, officials said.")
    assert rockets.location.country_code == "IQ"


# Round 20: wire wordings of drone attacks, tear gas on a protest and a victim named by trade.


def test_drones_fired_or_launched_at_a_target_are_a_drone_strike(story) -> None:
    (fired,) = story("Militants fired drones at an army base in northern Burkina Faso on Tuesday, the military said.")
    assert (fired.event_type, fired.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert fired.actor2.type == "State forces"
    (launched,) = story("Rebels launched drones at a military airport in Khartoum on Monday, witnesses said.")
    assert launched.sub_event_type == "Air/drone strike"
    (hit,) = story("A drone hit a fuel depot in Erbil on Monday, Kurdish officials said.")
    assert hit.sub_event_type == "Air/drone strike"


def test_a_drone_that_only_films_or_watches_strikes_nothing(story) -> None:
    assert story("Police used drone footage to track the suspects in Lagos on Monday.") == []
    assert story("A surveillance drone spotted the fighters near Gao on Monday.") == []


def test_tear_gas_used_against_demonstrators_is_a_protest_with_intervention(story) -> None:
    for text in (
        "Police used tear gas against demonstrators in Nairobi on Tuesday.",
        "Police used tear gas against crowds of demonstrators in Nairobi on Tuesday.",
    ):
        (event,) = story(text)
        assert (event.event_type, event.sub_event_type) == ("Protests", "Protest with intervention"), text
        assert event.actor1.type == "Protesters" and event.actor2.type == "State forces", text
        assert event.location.country_code == "KE"


def test_action_promised_against_rioters_tells_no_riot(story) -> None:
    assert story("Police promised firm action against the rioters in Jos on Monday.") == []


def test_a_person_named_by_trade_fired_on_is_a_civilian_victim(story) -> None:
    (event,) = story("Gunmen opened fire on a builder in Maiduguri on Tuesday, police said.")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor2.type == "Civilians"
    assert event.actor1.name.startswith("Unidentified Armed Group")
    (welders,) = story("Gunmen opened fire on two welders and a tailor in Kaduna on Tuesday.")
    assert welders.actor2.type == "Civilians"


def test_a_thing_named_like_a_trade_fired_on_is_no_civilian(story) -> None:
    # "-er" names things as well as people: a helicopter or a container shot at is no victim.
    for sentence in (
        "Militants opened fire on a helicopter near Kunduz on Tuesday.",
        "Soldiers opened fire on a container near the port on Tuesday.",
    ):
        (event,) = story(sentence)
        assert event.actor2 is None or event.actor2.type != "Civilians", sentence
