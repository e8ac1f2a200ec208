"""One happening told over consecutive sentences of one story links; a roundup's neighbours do not."""

from __future__ import annotations

from warlog.dedup.cluster import MemoryIndex
from warlog.dedup.incident import named_incidents
from warlog.dedup.told import consecutive, opens_new_scene
from warlog.record import Event, EventDate, Evidence, Location, Mention, make_event_id
from warlog.taxonomy import SUB_EVENT_TYPES

KANO = Location(name="Kano", latitude=12.0, longitude=8.52, country="Nigeria", country_code="NG", precision=1)
ZARIA = Location(name="Zaria", latitude=11.09, longitude=7.72, country="Nigeria", country_code="NG", precision=1)
KADUNA_STATE = Location(name="Kaduna", latitude=10.33, longitude=7.75, admin1="Kaduna", country="Nigeria",
                        country_code="NG", precision=3)


def story(article_id: str, *told: tuple[str, str, Location], gap: int = 1) -> list[Event]:
    """Records for (sentence, sub-type, place) told one after another in one story,
    ``gap`` characters apart (other sentences between them when large)."""
    events, start = [], 0
    for sentence, sub, place in told:
        evidence = Evidence(text=sentence, start=start, end=start + len(sentence))
        events.append(Event(
            event_id=make_event_id(article_id, start, sub),
            article_id=article_id,
            event_type=SUB_EVENT_TYPES[sub],
            sub_event_type=sub,
            location=place,
            date=EventDate(start="2023-06-14", end="2023-06-14", precision=1),
            evidence=evidence,
            confidence=0.8,
            sources=["Daily Wire"],
            mentions=[Mention(article_id=article_id, evidence=evidence, source="Daily Wire")],
        ))
        start += len(sentence) + gap
    return events


def clusters(events: list[Event]) -> list[set[int]]:
    """Clusters as sets of positions in ``events``, after adding them as one article."""
    index = MemoryIndex()
    index.add(events)
    position = {event.event_id: k for k, event in enumerate(events)}
    return sorted(({position[m] for m in c.member_ids} for c in index.clusters.values()), key=min)


def test_a_riot_told_in_two_sentences_with_two_sub_types_is_one_happening() -> None:
    riot = story(
        "wire-1",
        ("A crowd of traders torched two lorries at the Kano grain market after a dispute over levies.", "Mob violence", KANO),
        ("Police scattered them with tear gas and live rounds, wounding a driver.", "Shelling/artillery/missile attack", KANO),
    )
    assert consecutive(*riot)
    assert clusters(riot) == [{0, 1}]


def test_a_sentence_naming_the_other_records_town_overrides_a_wrong_place() -> None:
    riot = story(
        "wire-2",
        ("Youths stoned buses and burnt a petrol station in Zaria on the main road.", "Violent demonstration", ZARIA),
        ("The rioting in Zaria ended when soldiers opened fire, leaving one youth dead.", "Armed clash", KANO),
    )
    assert clusters(riot) == [{0, 1}]


def test_roundup_neighbours_stay_apart() -> None:
    """A new scene, another day, a sentence between, or a place nobody names: different happenings."""
    roundup = story(
        "wire-3",
        ("Youths stoned buses and burnt a petrol station in Zaria on the main road.", "Violent demonstration", ZARIA),
        ("In Kano, a mob set fire to a church and two shops near the market.", "Mob violence", KADUNA_STATE),
        ("On monday, a crowd had looted a bakery in the old quarter.", "Looting/property destruction", KADUNA_STATE),
        ("Rioters burnt a clinic on tuesday, residents said.", "Mob violence", KANO),
        ("A mob beat a trader to death near the lorry park.", "Mob violence", ZARIA),
    )
    assert opens_new_scene(roundup[1].evidence.text) and opens_new_scene(roundup[2].evidence.text)
    assert clusters(roundup) == [{0}, {1}, {2}, {3}, {4}]


def test_statistics_listed_one_after_another_are_separate_statements() -> None:
    figures = story(
        "wire-4",
        ("Officials said 140 people have been killed in the riots across the state.", "Mob violence", KADUNA_STATE),
        ("Rioters have burnt 320 houses and 75 shops since the unrest began.", "Looting/property destruction", KADUNA_STATE),
        ("Police fired on crowds in several towns during the week.", "Armed clash", KADUNA_STATE),
    )
    assert clusters(figures) == [{0}, {1}, {2}]


def test_a_toll_restated_without_its_figure_joins_it_and_a_new_figure_does_not() -> None:
    told = story(
        "wire-5",
        ("The death toll in the riots across the state reached 312 on monday.", "Mob violence", KADUNA_STATE),
        ("The toll climbed so fast that the governor cut short his visit abroad, starting june 13.", "Peaceful protest",
         KADUNA_STATE),
        ("Of the toll, 40 died in police firing, officials said.", "Armed clash", KADUNA_STATE),
    )
    assert clusters(told) == [{0, 1}, {2}]


def test_magnitude_words_name_no_incident() -> None:
    assert named_incidents("police fired to quell large scale sporadic attacks, targeting textile units") == frozenset()
    assert named_incidents("the widespread attacks on villages near Zaria") >= named_incidents("the attacks on zaria")


def test_a_scene_taken_up_again_a_sentence_later_is_one_happening() -> None:
    """A sentence on something else between two sentences of one riot, the later one
    coming back to the first one's words."""
    riot = story(
        "wire-6",
        ("Gangs went from street to street in the old town, setting fire to the warehouses of traders.",
         "Mob violence", KANO),
        ("The governor appealed for calm in a broadcast.", "Peaceful protest", KANO),
        ("Three warehouses near the grain market were gutted before firemen arrived.", "Looting/property destruction",
         KANO),
    )
    assert not consecutive(riot[0], riot[2])
    assert clusters(riot) == [{0, 2}, {1}]


def test_far_apart_or_unrelated_sentences_and_running_totals_stay_apart() -> None:
    """A sentence sharing no words with one two sentences up, one too far down, a
    roundup of incidents, and a running total are not the scene told before them."""
    told = story(
        "wire-7",
        ("Gangs went from street to street in the old town, setting fire to the warehouses of traders.",
         "Mob violence", KANO),
        ("The governor appealed for calm in a broadcast.", "Peaceful protest", KANO),
        ("A shopkeeper was stabbed outside the central mosque.", "Attack", KANO),
        ("Sporadic incidents of arson were reported from the warehouses of the outskirts.", "Mob violence", KANO),
        ("Police said they had fired 2,310 rounds at the warehouses and crowds since the unrest began.",
         "Armed clash", KANO),
        ("The curfew stayed in force in the old town, officials said, and schools were shut for the week.",
         "Peaceful protest", KANO),
        ("Soldiers patrolled the ring road and the bus station all night.", "Peaceful protest", KANO),
        ("Looters emptied the warehouses of traders in the old town again after dusk.", "Looting/property destruction",
         KANO),
    )
    assert clusters(told) == [{0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}]


# Far enough apart that several sentences lie between (beyond ``told.NEARBY_GAP``).
FAR = 600


def test_a_story_coming_back_to_its_incident_far_down_is_one_happening() -> None:
    """At one town, a word that says which scene (the shrine), not only the town."""
    raid = story(
        "wire-8",
        ("Gunmen stormed the Kano shrine at dawn, killing six worshippers.", "Attack", KANO),
        ("Troops later fired on a looting crowd in Kano near the bus station.", "Armed clash", KANO),
        ("Witnesses said the gunmen hurled a grenade at the shrine before shooting at the guards.", "Grenade", KANO),
        gap=FAR,
    )
    assert clusters(raid) == [{0, 2}, {1}]


def test_far_apart_sentences_sharing_only_their_town_parties_or_a_repeat_stay_apart() -> None:
    """Cannot-links: two incidents in one town, a shared party or riot word, a repeat, a roundup, other towns."""
    scenes = story(
        "wire-9",
        ("Militants ambushed a convoy on the Kano ring road, killing two drivers.", "Attack", KANO),
        ("In the evening militants fired on a police post in Kano and wounded a constable.", "Armed clash", KANO),
        ("Gangs burnt the timber depot of the Kano cooperative overnight.", "Mob violence", KANO),
        ("Sporadic incidents of arson at the timber depot were reported from the outskirts.", "Mob violence", KANO),
        ("A crowd burnt the timber depot again after the funerals.", "Mob violence", KANO),
        ("Youths stoned buses near the timber depot in Zaria.", "Violent demonstration", ZARIA),
        gap=FAR,
    )
    assert clusters(scenes) == [{0}, {1}, {2}, {3}, {4}, {5}]


def test_the_same_day_named_far_apart_is_one_happening_and_other_days_or_located_scenes_are_not() -> None:
    """"the violence on friday ..." ... "once again on friday the mobs came back": one
    happening; a sentence naming another day, or its own place, or told "meanwhile", is another."""
    state = story(
        "wire-10",
        ("The violence on friday shattered the calm of the state capital as crowds torched homes.", "Mob violence",
         KADUNA_STATE),
        ("On thursday a crowd had burnt the offices of a charity.", "Mob violence", KADUNA_STATE),
        ("Police were helpless once again on friday as the crowds came back and went on a rampage.", "Armed clash",
         KADUNA_STATE),
        ("Rioters burnt a church in Kaduna on friday, residents said.", "Mob violence", KADUNA_STATE),
        ("Arsonists gutted a bakery on friday and saturday, its owner said.", "Mob violence", KADUNA_STATE),
        ("Meanwhile, a crowd looted a pharmacy near the stadium on friday.", "Looting/property destruction",
         KADUNA_STATE),
        gap=FAR,
    )
    assert clusters(state) == [{0, 2}, {1}, {3}, {4}, {5}]


def test_one_weekday_by_daylight_and_at_night_is_two_happenings() -> None:
    from warlog.dedup.compare import Profile, link_score

    def report(article_id: str, sentence: str) -> Profile:
        return Profile.of(story(article_id, (sentence, "Mob violence", KANO))[0])

    afternoon = report("wire-a", "A youth died when police fired on a mob burning kiosks near the Kano central mosque on tuesday afternoon.")
    night = report("wire-b", "A youth died when police fired on a mob burning kiosks near the Kano central mosque on tuesday night.")
    again = report("wire-c", "Police fired on a mob burning kiosks near the Kano central mosque on tuesday afternoon, killing a youth.")
    assert link_score(afternoon, again) is not None
    assert link_score(afternoon, night) is None


def test_counts_given_town_by_town_are_a_roundup_not_the_scene_before() -> None:
    """"Trouble broke out in A and B, where police fired" then "three were killed in A and
    five in B overnight": the second sums up several happenings; it does not retell the firing."""
    roundup = story(
        "wire-14",
        ("Trouble broke out in Kano and Zaria, where the police had to fire on rioting crowds.", "Armed clash", KANO),
        ("Police said three people had been killed in Kano and five others in Zaria overnight.", "Attack", KANO),
    )
    assert consecutive(*roundup)
    assert clusters(roundup) == [{0}, {1}]
    one_scene = story(
        "wire-15",
        ("Trouble broke out in Kano, where the police had to fire on rioting crowds.", "Armed clash", KANO),
        ("Police said three people had been killed in the firing.", "Attack", KANO),
    )
    assert clusters(one_scene) == [{0, 1}]


def test_far_down_a_crowd_burning_the_attackers_car_is_not_the_bombing() -> None:
    """A riot far from the attack it reacts to stays apart; police firing on the rioters far
    down (a clash, the riot retold) still joins the riot."""
    shrine = story(
        "wire-16",
        ("Gunmen hurled a grenade at the gate of the Kano shrine and opened fire on worshippers.", "Grenade", KANO),
        ("Angry youths later burnt the van in which the gunmen had come to the shrine.", "Mob violence", KANO),
        gap=FAR,
    )
    assert clusters(shrine) == [{0}, {1}]
    market = story(
        "wire-17",
        ("A mob burnt stalls at the Kano cattle market on tuesday.", "Mob violence", KANO),
        ("The police fired on the mob at the cattle market, wounding three.", "Armed clash", KANO),
        gap=FAR,
    )
    assert clusters(market) == [{0, 1}]


def test_a_lead_summing_up_several_towns_is_none_of_their_scenes() -> None:
    """Under a "kano/zaria:" dateline, a lead placed only in the state sums up both towns;
    one placed in a town tells that town's scene, which the next sentence goes on with."""
    summary = story(
        "wire-18",
        ("kano/zaria: the unrest that swept the state left shops and mills in kano and zaria burnt on friday.",
         "Mob violence", KADUNA_STATE),
        ("Besides burning two mills in the Zaria industrial estate, a mob on friday also set a fuel tanker alight.",
         "Looting/property destruction", ZARIA),
    )
    assert clusters(summary) == [{0}, {1}]
    scene = story(
        "wire-19",
        ("kano/zaria: one trader was killed and two hurt as mobs attacked shops at the Kano grain market on friday.",
         "Mob violence", KANO),
        ("Police fired tear gas to scatter the crowd at the grain market.", "Armed clash", KANO),
    )
    assert clusters(scene) == [{0, 1}]


def test_a_story_coming_back_to_its_temple_as_the_shrine_is_one_attack() -> None:
    attack = story(
        "wire-9",
        ("Gunmen stormed the old city temple in Kano on Sunday, killing worshippers at evening prayers.", "Suicide bomb", KANO),
        ("A police spokesman said both gunmen who attacked the shrine were shot dead by guards.", "Armed clash", KANO),
        gap=400,
    )
    assert clusters(attack) == [{0, 1}]
    # A market is no place of worship: the shrine is another target.
    market = story(
        "wire-10",
        ("Gunmen stormed the old city market in Kano on Sunday, killing traders at their stalls.", "Suicide bomb", KANO),
        ("A police spokesman said both gunmen who attacked the shrine were shot dead by guards.", "Armed clash", KANO),
        gap=400,
    )
    assert clusters(market) == [{0}, {1}]


def test_a_march_told_over_two_nearby_sentences_sharing_a_word_is_one_and_stock_lines_are_not() -> None:
    march = story(
        "wire-20",
        ("Soldiers staged a flag march through the old quarter of Kano to calm residents.", "Peaceful protest", KANO),
        ("Six companies of the mobile police also took part in the flag march along the river.", "Peaceful protest", KANO),
    )
    stock = story(
        "wire-21",
        ("Traders held a sit-in outside the Kano market office over new levies.", "Peaceful protest", KANO),
        ("Students marched to the governor's lodge demanding lower fees.", "Peaceful protest", KANO),
    )
    assert clusters(march) == [{0, 1}]
    assert clusters(stock) == [{0}, {1}]
