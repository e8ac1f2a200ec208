"""Quantities and fatalities on the seed article and on realistic news sentences."""

from __future__ import annotations

import pytest

from warlog.normalise.quantities import extract_quantities, fatalities
from warlog.record import Quantity


def _quantities(nlp, text: str, containing: str | None = None) -> list[Quantity]:
    doc = nlp(text)
    sent = next(s for s in doc.sents if containing is None or containing in s.text)
    return extract_quantities(sent)


def _only(quantities: list[Quantity]) -> Quantity:
    assert len(quantities) == 1, quantities
    return quantities[0]


def test_seed_more_than_one_thousand_surrendered(nlp, seed_text: str) -> None:
    q = _only(_quantities(nlp, seed_text, "more than one thousand"))
    assert (q.text, q.value, q.min, q.max, q.what) == ("more than one thousand", None, 1001, None, "surrendered")


def test_seed_rate_of_four_to_five_a_week(nlp, seed_text: str) -> None:
    q = _only(_quantities(nlp, seed_text, "four to five"))
    assert (q.min, q.max, q.unit, q.what) == (4, 5, "per week", "surrendered")


def test_seed_up_to_400(nlp, seed_text: str) -> None:
    q = _only(_quantities(nlp, seed_text, "Up to 400"))
    assert (q.value, q.min, q.max, q.what) == (None, None, 400, "militant")


def test_seed_nearly_90_percent_of_raqqa(nlp, seed_text: str) -> None:
    q = _only(_quantities(nlp, seed_text, "nearly 90 percent"))
    assert (q.value, q.unit, q.what) == (90, "percent", "percent of territory")


def test_seed_hundreds_driven_to_surrender(nlp, seed_text: str) -> None:
    q = _only(_quantities(nlp, seed_text, "hundreds of them"))
    assert (q.min, q.max, q.what) == (200, 999, "surrendered")


def test_seed_has_no_fatalities_and_no_spurious_counts(nlp, seed_text: str) -> None:
    doc = nlp(seed_text)
    everything = [q for s in doc.sents for q in extract_quantities(s)]
    assert fatalities(everything) is None
    assert {q.text for q in everything} == {
        "hundreds", "nearly 90 percent", "more than one thousand", "Up to 400", "four to five",
    }


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("Gunmen killed three soldiers and two civilians and injured 12 others in Baidoa on Tuesday.", 5),
        ("At least 14 people were killed when a car bomb exploded near a market in Mogadishu.", 14),
        ("Three militants killed 5 civilians, aged 25 to 40, on 3 May 2017.", 5),
        ("Clashes between the two clans left 7 people dead.", 7),
        ("The death toll from the attack rose to 23.", 23),
        ("A soldier was killed and two others were wounded in the ambush.", 1),
        ("Unidentified gunmen shot dead a village chief in Zurmi.", 1),
        ("Police arrested 40 protesters, one of whom later died in custody.", 1),
        ("More than 50 people died in the fighting.", 51),
        ("No one was killed in the attack.", 0),
        ("The militants attacked an army base; no casualties were reported.", 0),
        ("Dozens of demonstrators were wounded by police.", None),
        ("Up to 12 people may have been killed.", None),
        ("10 PKK militants were killed or injured in the airstrikes.", None),
        ("The 25-year-old man paid $500 to Brigade 52 at 3 pm.", None),
        ("Casualties are unknown.", None),
        ("A trader was shot and killed by two men on a motorbike in Butembo.", 1),
        ("The military said that 6 soldiers were killed near the border.", 6),
        ("Rebels attacked the camp and killed two guards.", 2),
        ("Villagers beat two suspected thieves to death near the market.", 2),
        ("A councillor was gunned down outside his home.", 1),
        ("A detainee succumbed to his wounds in custody.", 1),
        ("A mine exploded under a herd and killed six cows.", None),
        ("A Naxal died in a gunfight with the district police.", 1),
        ("Soldiers shot dead a Maoist near the river crossing.", 1),
        ("Two thieves were caught, beaten and shot dead by a crowd at the bus park.", 2),
        ("The raiders burned about 60 huts and killed and mutilated 3 herders.", 3),
    ],
)
def test_fatalities_in_news_sentences(nlp, text: str, deaths: int | None) -> None:
    assert fatalities(_quantities(nlp, text)) == deaths


def test_roles_other_than_deaths(nlp) -> None:
    quantities = _quantities(nlp, "Police arrested 1,200 protesters and injured dozens of demonstrators in Lagos.")
    assert [(q.text, q.what) for q in quantities] == [("1,200", "arrested"), ("dozens", "injured")]
    crowd = _only(_quantities(nlp, "About 3,000 villagers gathered and demonstrated against the dam."))
    assert (crowd.value, crowd.what) == (3000, "participants")
    killed_or_injured = _only(_quantities(nlp, "Ten militants were killed or injured in the airstrikes."))
    assert killed_or_injured.what == "casualties"


def test_qualifiers_and_ranges(nlp) -> None:
    q = _quantities(nlp, "Between 30 and 40 fighters surrendered, and fewer than 20 fled; over 1.5 million were displaced.")
    assert [(x.value, x.min, x.max) for x in q] == [(None, 30, 40), (None, None, 19), (None, 1_500_001, None)]


def test_the_killers_are_not_the_killed(nlp) -> None:
    q = _quantities(nlp, "Two gunmen on a motorbike killed a police officer in Kismayo.")
    assert fatalities(q) == 1
    assert any(x.value == 2 and x.what != "fatalities" for x in q)


def test_fatalities_takes_lower_bound_and_ignores_upper_only() -> None:
    assert fatalities([Quantity(text="at least 12", min=12, what="fatalities")]) == 12
    assert fatalities([Quantity(text="up to 12", max=12, what="fatalities")]) is None
    assert fatalities([Quantity(text="12", value=12, what="injured")]) is None
    assert fatalities([]) is None


def test_the_subject_of_shot_dead_is_not_killed(nlp) -> None:
    q = _quantities(nlp, "On Sunday a drunken sentry shot dead a shopkeeper outside the market in Mopti.")
    assert fatalities(q) == 1
    assert [x.text for x in q if x.what == "fatalities"] == ["a shopkeeper"]


def test_a_claimed_toll_yields_to_the_reported_one(nlp) -> None:
    q = _quantities(nlp, "The army admitted that 12 of its men were killed, claiming to have killed 300 insurgents.")
    assert [(x.value, x.what) for x in q] == [(12, "fatalities"), (300, "claimed fatalities")]
    assert fatalities(q) == 12
    only_claim = _quantities(nlp, "The rebels claimed that 40 soldiers were killed in the raid.")
    assert fatalities(only_claim) == 40  # a claim is the toll when nothing else is told
    responsibility = _quantities(nlp, "The group claimed responsibility for the blast that killed 9 traders.")
    assert [(x.value, x.what) for x in responsibility] == [(9, "fatalities")]


def test_a_claimant_is_not_counted_among_the_dead(nlp) -> None:
    q = _quantities(nlp, "The militia claimed to have killed six policemen near the bridge.")
    assert [(x.value, x.what) for x in q] == [(6, "claimed fatalities")]


def test_a_death_told_at_one_remove(nlp) -> None:
    assert fatalities(_quantities(nlp, "One fisherman reported killed.")) == 1
    assert fatalities(_quantities(nlp, "Four herders were reported killed and a trader injured.")) == 4


def test_a_named_victim_counts_one(nlp) -> None:
    q = _quantities(nlp, "Unknown gunmen killed Amadou Diallo, a local councillor, on his farm.")
    assert fatalities(q) == 1


def test_one_member_burned_alive_and_no_double_count_inside_a_list(nlp) -> None:
    assert fatalities(_quantities(nlp, "A mob in Kananga burned a suspected thief alive.")) == 1
    assert fatalities(_quantities(nlp, "A member of the youth wing was killed by soldiers near Dombe.")) == 1
    listed = _quantities(nlp, "The soldier killed three villagers, including a farmer who was burned alive.")
    assert fatalities(listed) == 3


@pytest.mark.parametrize(
    "text",
    [
        "Traders shut the market in Dori and burned tyres following the death of a porter in a road crash.",
        "Youths blocked the main road into Kasese after a soldier shot dead a boda-boda rider the night before.",
        "Police set fire to some 30 huts in Gatumba in retaliation for the killing of two constables.",
        "Hundreds of women marched in Juba, demanding justice for a nurse who was murdered last month.",
        "Relatives rioted at the clinic over the death of a newborn who died during surgery.",
    ],
)
def test_deaths_told_as_the_cause_are_not_the_toll(nlp, text: str) -> None:
    q = _quantities(nlp, text)
    assert fatalities(q) is None
    assert any(x.what == "earlier fatalities" for x in q)


def test_deaths_of_the_happening_itself_still_count(nlp) -> None:
    fled = _quantities(nlp, "The gunmen fled after killing three herders near the well.")
    assert fatalities(fled) == 3  # an "after" clause without a subject of its own is the same act
    protest = _quantities(nlp, "Police fired on protesters demanding the governor resign, killing two of them.")
    assert fatalities(protest) == 2
    followed = _quantities(nlp, "Two soldiers died in the fighting that followed the ambush.")
    assert fatalities(followed) == 2


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("The ambush left three porters wounded, 4 men and 2 boys dead.", 6),
        ("The raiders torched the granary and killed livestock in Bama.", None),
        ("Two mining company employees died.", 2),
    ],
)
def test_lists_passives_and_animals(nlp, text: str, deaths: int | None) -> None:
    assert fatalities(_quantities(nlp, text)) == deaths


def test_a_passive_conjoined_verb_tells_of_the_subject_not_the_object(nlp) -> None:
    q = _quantities(nlp, "A guard exchanged fire with the thieves and was killed.")
    assert [(x.text, x.what) for x in q] == [("A guard", "fatalities")]


def test_wounded_who_later_died_are_dead(nlp) -> None:
    assert fatalities(_quantities(nlp, "Four herders were wounded in the raid and later died.")) == 4
    assert fatalities(_quantities(nlp, "Two guards were injured and one died.")) == 1


def test_a_pronoun_counts_one_dead_only_when_nothing_else_is_told(nlp) -> None:
    alone = _quantities(nlp, "She was rushed to the district clinic but died.")
    assert [(q.text, q.what) for q in alone] == [("She", "fatality told by a pronoun")]
    assert fatalities(alone) == 1
    assert fatalities(_quantities(nlp, "He shot dead two traders near the bus stop.")) == 2


def test_quantities_the_whole_a_part_is_counted_from_is_no_toll(nlp) -> None:
    """"two of the four": the four are who the two were among, not more dead."""
    sent = next(nlp("Police shot dead two of the four suspects at the checkpoint.").sents)
    assert fatalities(extract_quantities(sent)) == 2


def test_quantities_the_head_of_an_office_is_a_person_a_head_of_cattle_is_not(nlp) -> None:
    killed = next(nlp("The head of the local council was killed by gunmen in Kiwanja.").sents)
    assert fatalities(extract_quantities(killed)) == 1
    stolen = next(nlp("Rustlers killed a head of cattle near the river.").sents)
    assert fatalities(extract_quantities(stolen)) is None


def test_quantities_a_number_hung_on_dead_or_injured_counts_them(nlp) -> None:
    """"leaving five dead": the parse makes "dead" the noun the number counts."""
    sent = next(nlp("Two clans fought over a borehole near Galkayo, leaving five dead.").sents)
    assert fatalities(extract_quantities(sent)) == 5


@pytest.mark.parametrize(
    "text",
    [
        "After the raid on the market, one trader was found shot dead behind his stall.",
        "The village teacher was later found beaten to death near the river.",
    ],
)
def test_found_shot_dead_is_one_death(nlp, text: str) -> None:
    """"was found shot dead": the complement's way of killing says the found one died."""
    assert fatalities(_quantities(nlp, text)) == 1


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("Gunmen shot dead a civilian and stole cattle in the village.", 1),  # "civilian" parsed as an adjective
        ("A guard shot dead his superior at the barracks.", 1),
        ("Five people killed and 14 wounded near the market.", 5),  # a passive told without "were"
        ("A bus was struck by a mine near the town, one passenger killed and others wounded.", 1),
    ],
)
def test_victims_the_parser_mistags_and_passives_told_without_were(nlp, text: str, deaths: int) -> None:
    assert fatalities(_quantities(nlp, text)) == deaths


def test_a_death_alleged_of_the_victim_is_not_the_toll(nlp) -> None:
    """"suspected of having killed a herder": who the target is, an earlier death."""
    assert fatalities(_quantities(nlp, "A mob ransacked the home of a youth suspected of having killed a herder.")) is None
    assert fatalities(_quantities(nlp, "Villagers lynched a herder accused of killing a farmer.")) == 1
