"""Back-references: records naming one incident, or restating one toll, join its cluster."""

from __future__ import annotations

from warlog.dedup.cluster import MemoryIndex
from warlog.dedup.evaluate import bcubed, pairwise
from warlog.dedup.incident import (
    Reference,
    arrest_figure,
    damage_figure,
    dead_figure,
    named_incidents,
    skeleton,
    toll_figure,
)
from warlog.record import Event, EventDate, Location

from sentence_records import sentence_record

KOSTI = Location(name="Kosti", latitude=13.16, longitude=32.66, country="Sudan", country_code="SD", precision=1)
DUEIM = Location(name="Ed Dueim", latitude=14.0, longitude=32.31, country="Sudan", country_code="SD", precision=1)
KHARTOUM = Location(name="Khartoum", latitude=15.55, longitude=32.53, country="Sudan", country_code="SD", precision=1)


def record(article_id: str, sentence: str, *, sub: str = "Attack", place: Location = KOSTI,
           day: str = "2024-05-07", stated: bool = False) -> Event:
    """A record as the pipeline makes it; an unstated date is the report's own day."""
    when = EventDate(start=day, end=day, precision=1, text="on tuesday" if stated else None)
    return sentence_record(0, sentence, sub, location=place, day=when, article_id=article_id,
                           source=article_id.split("-")[0])


FIRST = record("wire-1", "In the Kosti ferry attack on tuesday, gunmen set two decks on fire and shot at passengers.", stated=True)
# Days later, elsewhere, coded as another sub-type: only the name is shared.
MOURNING = record("daily-2", "Mourners in the capital prayed for those who burned to death in the Kosti ferry massacre.",
                  sub="Mob violence", place=KHARTOUM, day="2024-05-20")
SIMILAR = record("weekly-3", "Survivors of the attack on the Nile ferry at Kosti still search for relatives.",
                 day="2024-05-15")
# Other happenings that mention it as their cause.
MARCH = record("daily-4", "Students marched through Khartoum in protest against the Kosti ferry massacre.",
               sub="Peaceful protest", place=KHARTOUM, day="2024-05-09")
REPRISALS = record("wire-5", "Militias burned three hamlets near Ed Dueim in reprisals following the Kosti ferry massacre.",
                   sub="Looting/property destruction", place=DUEIM, day="2024-05-10")


def clustered(*events: Event) -> MemoryIndex:
    """An index the records were added to one report at a time."""
    index = MemoryIndex()
    for event in events:
        index.add([event])
    return index


def test_names_of_an_incident_survive_spelling_and_wording() -> None:
    assert skeleton("gulberg") == skeleton("gulbarg") and skeleton("jafri") == skeleton("jaffri")
    assert named_incidents("the kosti ferry massacre") == named_incidents("the attack on the ferry at kosti")
    assert named_incidents("the killing of opposition mp abel tandoh") >= {skeleton("tandoh")}
    assert skeleton("tandoh") in named_incidents("abel tandoh, who was shot dead near the market")


def test_a_named_train_names_its_incident_unless_it_is_a_cause() -> None:
    assert named_incidents("pilgrims were burnt alive in the kassala express") == {skeleton("kassala")}
    assert named_incidents("they marched to protest against the killing of pilgrims aboard the kassala express") == frozenset()


def test_a_named_train_arriving_where_another_deed_is_told_is_its_setting() -> None:
    # A labelled validation sentence: the stabbing at Vadodara is not the attack on the train at Godhra.
    stabbing = (
        "the erosion of faith perhaps began on day one itself, when an angry mob went on an assault-and-stabbing "
        "spree at vadodara railway station on february 27 as the ill-fated sabarmati express chugged in"
    )
    assert named_incidents(stabbing) == frozenset()
    # arriving somewhere, the clause may set the scene of the train's own attack
    assert named_incidents("as the kassala express arrived at kosti, a mob set fire to two coaches") == {skeleton("kassala")}
    assert named_incidents("a mob stoned the kassala express when it pulled in") == {skeleton("kassala")}


def test_background_and_unnamed_incidents_name_nothing() -> None:
    assert named_incidents("riots broke out after the kosti massacre") == frozenset()
    assert named_incidents("protesters marched against the kosti massacre") == frozenset()
    assert named_incidents("the post-kosti violence spread to two towns") == frozenset()
    assert named_incidents("a fresh attack near kosti killed two herders") == frozenset()
    assert named_incidents("the brutal attack on the villagers was condemned") == frozenset()


def test_tolls_and_death_figures_are_read_from_the_sentence() -> None:
    assert toll_figure("the death toll in the region now stands at 312, including the 40 killed at kosti") == 312
    assert toll_figure("the toll touched the 312-mark by tuesday evening") == 312
    assert toll_figure("the toll rose from 40 to 44 on march 3") == 44
    assert toll_figure("no toll was given") is None
    assert dead_figure("27 villagers were burnt to death in the raid") == 27
    assert dead_figure("two people were killed") is None


def test_reference_is_not_kept_for_reactions_or_toll_statements() -> None:
    assert Reference.of(MARCH).incidents == frozenset()  # a protest is its own happening
    toll = record("wire-6", "The toll of the week now stands at 312, including the 40 killed in the Kosti ferry massacre.")
    assert Reference.of(toll) == Reference(incidents=frozenset(), toll=312, dead=None)


def test_back_references_join_the_incident_whatever_their_date_place_or_type() -> None:
    index = MemoryIndex()
    for event in (FIRST, MARCH, MOURNING, REPRISALS, SIMILAR):
        index.add([event])
    incident = index.cluster_of[FIRST.event_id]
    assert index.cluster_of[MOURNING.event_id] == index.cluster_of[SIMILAR.event_id] == incident
    assert index.cluster_of[MARCH.event_id] != incident
    assert index.cluster_of[REPRISALS.event_id] != incident
    assert index.clusters[incident].corroboration == 3


def test_a_name_months_later_is_another_incident() -> None:
    index = MemoryIndex()
    later = record("daily-7", "Gunmen struck again in the Kosti ferry massacre anniversary raid.", day="2024-09-01")
    index.add([FIRST])
    index.add([later])
    assert index.cluster_of[FIRST.event_id] != index.cluster_of[later.event_id]


def test_one_toll_restated_links_and_two_tolls_stay_apart() -> None:
    a = record("wire-8", "The toll in the river province now stands at 312, officials said.", sub="Armed clash")
    b = record("daily-9", "Officials put the overall toll of the river province at 312 by tuesday.", sub="Attack")
    c = record("weekly-10", "The toll in the river province now stands at 330, officials said.", sub="Armed clash")
    index = clustered(a, b, c)
    assert index.cluster_of[a.event_id] == index.cluster_of[b.event_id] != index.cluster_of[c.event_id]


def test_a_syndicated_sentence_links_two_days_apart_wherever_it_was_placed() -> None:
    text = "Rioting and police firing near the grain market of Kosti left two dead and nine injured."
    a = record("wire-11", text, day="2024-05-07")
    b = record("daily-12", text, place=KHARTOUM, day="2024-05-09", stated=True)
    c = record("weekly-13", text, day="2024-05-20", stated=True)
    index = clustered(a, b, c)
    assert index.cluster_of[a.event_id] == index.cluster_of[b.event_id] != index.cluster_of[c.event_id]


def test_bcubed_weighs_every_mention_once() -> None:
    gold = {"a": "x", "b": "x", "c": "x", "d": "y"}
    predicted = {"a": "1", "b": "1", "c": "2", "d": "2"}
    score = bcubed(gold, predicted)
    assert round(score.precision, 3) == round((1 + 1 + 0.5 + 0.5) / 4, 3)
    assert round(score.recall, 3) == round((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4, 3)
    pairs = pairwise(gold, predicted)
    assert (pairs.true_pos, pairs.predicted, pairs.gold) == (1, 2, 3)


def test_held_out_scores_count_every_pair_a_held_mention_is_in() -> None:
    # "d" and "e" are held out: "d" tells happening x, whose other reports ("a", "b") are in the
    # rest of the set; the clusterer put "d" with "a" only, and "e" alone, rightly.
    gold = {"a": "x", "b": "x", "c": "y", "d": "x", "e": "z"}
    predicted = {"a": "1", "b": "2", "c": "3", "d": "1", "e": "4"}
    held = {"d", "e"}
    pairs = pairwise(gold, predicted, held)
    assert (pairs.true_pos, pairs.predicted, pairs.gold) == (1, 1, 2)  # d-a found, d-b missed; a-b not scored
    score = bcubed(gold, predicted, held)
    assert round(score.precision, 3) == 1.0
    assert round(score.recall, 3) == round((2 / 3 + 1) / 2, 3)


def test_arrest_and_property_counts_are_read_from_the_sentence() -> None:
    assert arrest_figure("Officers have detained 1,250 people across the province since Friday.") == 1250
    assert arrest_figure("The gendarmes arrested about 35 smugglers near the border post.") == 35
    assert arrest_figure("Three fishermen were held at the jetty.") == 3
    assert arrest_figure("Six members of the town board had been arrested in Kosti by then.") == 6
    assert arrest_figure("Police say they will arrest the organisers.") is None
    assert damage_figure("Raiders burnt 1,204 houses and 56 shops in the valley.") == 1204
    assert damage_figure("Raiders burnt homes in the valley.") is None


def test_a_clock_time_is_no_arrest_count() -> None:
    """"left at 9:40 am and were detained": the minutes are a time, not 40 people held,
    so the report is not kept apart from another giving the real count."""
    assert arrest_figure("The convoy left Kosti at 9:40 am and its leaders were detained at the bridge.") is None
    assert arrest_figure("Its 3.5 tonnes of cargo were held at the bridge.") is None
    timed = record("wire-15", "The opposition convoy left Kosti at 9:40 am and its leaders were detained at the river "
                   "bridge checkpoint.", sub="Arrests")
    counted = record("daily-15", "Police detained 12 opposition leaders from the convoy at the river bridge checkpoint "
                     "outside Kosti.", sub="Arrests")
    index = clustered(timed, counted)
    assert index.cluster_of[timed.event_id] == index.cluster_of[counted.event_id]


def test_two_arrest_counts_stay_apart_and_one_restated_links() -> None:
    index = MemoryIndex()
    first = record("wire-7", "Police in Kosti said 48 traders have been arrested after the market clash.", sub="Arrests")
    again = record("daily-7", "In Kosti, 48 traders have been arrested after the clash at the market, police said.", sub="Arrests")
    other = record("weekly-7", "Police in Kosti said 12 traders have been arrested after the market clash.", sub="Arrests")
    for event in (first, again, other):
        index.add([event])
    assert index.cluster_of[first.event_id] == index.cluster_of[again.event_id]
    assert index.cluster_of[other.event_id] != index.cluster_of[first.event_id]


def test_a_lynching_names_its_victim() -> None:
    assert skeleton("wafula") in named_incidents("the lynching of juma wafula near the cattle market")


def test_a_mob_fired_on_by_police_links_when_one_report_calls_it_a_clash() -> None:
    index = MemoryIndex()
    riot = record("wire-8", "A mob set fire to the grain depot on Kosti's river road before police fired on it.",
                  sub="Mob violence", stated=True)
    clash = record("daily-8", "Police fired on the mob that set fire to the river road grain depot in Kosti.",
                   sub="Armed clash", stated=True)
    index.add([riot])
    index.add([clash])
    assert index.cluster_of[riot.event_id] == index.cluster_of[clash.event_id]


def test_a_count_of_deaths_is_a_toll_without_the_word() -> None:
    assert toll_figure("Officials confirmed 312 deaths since the unrest began in the delta.") == 312
    assert toll_figure("Two deaths were reported at the checkpoint.") is None


def test_a_large_arrest_figure_restated_links_and_a_handful_does_not() -> None:
    """The same arrest count, in the thousands, is one statement; "the four were arrested" names nothing."""
    first = record("daily-11", "The minister said police had arrested close to 3,100 rioters in the first week.",
                   sub="Arrests", place=KHARTOUM)
    again = record("wire-12", "Security forces have detained nearly 3100 since the unrest began, officials told MPs.",
                   sub="Arrests", place=KHARTOUM)
    few = record("daily-13", "The four were arrested at a checkpoint outside the city.", sub="Arrests", place=KHARTOUM)
    four = record("wire-14", "Four men were arrested with stolen goods in a market raid.", sub="Arrests", place=KHARTOUM)
    index = MemoryIndex()
    for event in (first, again, few, four):
        index.add([event])
    assert index.cluster_of[first.event_id] == index.cluster_of[again.event_id]
    assert index.cluster_of[few.event_id] != index.cluster_of[four.event_id]


def test_one_death_figure_a_night_apart_links_and_two_days_apart_does_not() -> None:
    """A night's killing is told as of either day; two days apart it is another happening."""
    night = record("wire-14", "Police said 23 villagers were burnt to death in a village near Kosti on monday night.",
                   day="2024-05-06", stated=True)
    morning = record("daily-15", "Elders said 23 people were burnt alive at dawn on tuesday near Kosti.",
                     sub="Mob violence", day="2024-05-07", stated=True)
    later = record("weekly-16", "In another raid near Kosti, 23 villagers were burnt to death on thursday.",
                   sub="Mob violence", day="2024-05-09", stated=True)
    index = MemoryIndex()
    for event in (night, morning, later):
        index.add([event])
    assert index.cluster_of[night.event_id] == index.cluster_of[morning.event_id] != index.cluster_of[later.event_id]


def test_an_incident_compared_to_or_whose_victims_are_visited_is_not_the_one_told() -> None:
    """"Likening the Kosti massacre to the Wad Madani riot of 1964" tells the older riot; a
    visit to "the Kosti massacre victims' families" is a visit, not the massacre."""
    likened = "likening the kosti ferry massacre to the wad madani riot of 1964, when a crowd burnt a barracks"
    assert skeleton("kosti") not in named_incidents(likened)
    assert named_incidents("the governor compared the kosti massacre with earlier raids") == frozenset()
    assert named_incidents("the bishop called on the kosti massacre victims' families on sunday") == frozenset()
    assert named_incidents("the kosti massacre left the market empty") == {skeleton("kosti")}


def test_two_reports_sharing_only_a_stock_phrase_stay_apart() -> None:
    """"Stone pelting" said of two scenes of one town and week is no evidence they are one;
    a third shared word (the bus park) is."""
    bus_park = record("kosti-1", "Three were hurt in stone pelting at the bus park.", sub="Violent demonstration")
    crowds = record("nile-1", "A woman was injured when rival crowds began stone pelting.", sub="Violent demonstration")
    again = record("nile-2", "Youths were hurt in stone pelting outside the bus park.", sub="Violent demonstration")
    index = clustered(bus_park, crowds, again)
    assert index.cluster_of[bus_park.event_id] != index.cluster_of[crowds.event_id]
    assert index.cluster_of[bus_park.event_id] == index.cluster_of[again.event_id]


def test_a_curfew_never_joins_the_riot_it_was_imposed_over() -> None:
    """The same syndicated sentence coded as the riot in one paper and as the curfew in another."""
    told = "Curfew was clamped on the old town of Kosti after mobs burnt shops and stoned the police station."
    riot = record("kosti-2", told, sub="Mob violence")
    curfew = record("nile-3", told, sub="Change to group/activity")
    index = clustered(riot, curfew)
    assert index.cluster_of[riot.event_id] != index.cluster_of[curfew.event_id]
