"""A toll told over several sentences: more dead add up, the same dead told again do not."""

from __future__ import annotations

from datetime import date

import pytest

from warlog.article import Article
from warlog.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp)


def toll(pipeline: Pipeline, text: str) -> int | None:
    events = [e for e in pipeline.code_article(Article(id="t", text=text, date=date(2021, 6, 20)))]
    assert len(events) == 1, [(e.sub_event_type, e.fatalities) for e in events]
    return events[0].fatalities


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("On 14 June 2021, rebels raided an army post near Beni and killed nine soldiers. "
         "Three rebels were also killed.", 12),
        ("On 14 June 2021, bandits stormed a police station in Gusau, killing two officers. "
         "Eleven bandits were killed in the counterattack.", 13),
        ("On 14 June 2021, gunmen attacked a wedding party in Kadugli. Six guests were killed.", 6),
        ("On 14 June 2021, gunmen attacked a wedding party in Kadugli, killing six guests. "
         "Six people were killed.", 6),
        ("On 14 June 2021, gunmen attacked a wedding party in Kadugli, killing six guests. "
         "A local elder said that nine people died.", 6),  # conflicting accounts: the lower
        ("On 14 June 2021, gunmen attacked a wedding party in Kadugli. Hospital staff said four guests died. "
         "A local elder said that nine people were killed.", 4),
    ],
)
def test_tolls_more_dead_add_and_the_toll_told_again_does_not(pipeline, text: str, deaths: int) -> None:
    assert toll(pipeline, text) == deaths


def test_tolls_a_pronoun_gives_one_dead_but_never_adds(pipeline) -> None:
    assert toll(pipeline, "On 14 June 2021, soldiers shot a trader at a roadblock in Goma. He died in hospital.") == 1
    told = "On 14 June 2021, soldiers shot dead two traders at a roadblock in Goma. She was hit in the head."
    assert toll(pipeline, told) == 2


def test_tolls_a_victim_hacked_or_strangled_to_death(pipeline) -> None:
    assert toll(pipeline, "On 14 June 2021, a shopkeeper was hacked to death by unknown men in Kasese.") == 1
    assert toll(pipeline, "On 14 June 2021, a woman was strangled to death by gunmen near Bunia.") == 1


def test_tolls_two_records_of_one_clash_add_their_dead(pipeline) -> None:
    """Each side's dead told in its own sentence: one clash, the tolls add (the subject of
    "killed" is the killer, not a definite naming of the dead again)."""
    told = "On 14 June 2021, rebels clashed with soldiers in Kitchanga, killing four soldiers. The soldiers killed six rebels in the clash."
    assert toll(pipeline, told) == 10


def test_tolls_a_sentence_with_two_casualty_words_counts_its_dead_once(pipeline) -> None:
    told = ("On 14 June 2021, militiamen ambushed an army patrol near Beni and killed three soldiers. "
            "Five militiamen were also reported killed and eight others wounded.")
    assert toll(pipeline, told) == 8


def test_tolls_no_casualties_on_one_side_never_undoes_a_death(pipeline) -> None:
    told = "On 14 June 2021, a rebel commander was killed in a firefight with troops near Mutarule. The army reported no casualties among its men."
    assert toll(pipeline, told) == 1


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("On 3 May 2021, a suicide bomber blew himself up at a market in Maiduguri, killing nine traders.", 10),
        ("On 3 May 2021, two suicide bombers struck a mosque in Konduga, killing four worshippers.", 6),
        ("On 3 May 2021, a suicide bomber was shot dead by soldiers at a checkpoint in Mogadishu.", 1),
    ],
)
def test_tolls_a_suicide_bombing_counts_its_bombers(pipeline, text: str, deaths: int) -> None:
    assert toll(pipeline, text) == deaths


def test_tolls_a_claim_folded_into_the_attack_does_not_end_its_toll(pipeline) -> None:
    """The claim sentence is the attack again; the later dead still add."""
    told = ("At least 40 people were killed by a bombing at a shrine in Sehwan. The TTP said it had carried out "
            "the bombing. 12 others died later of their injuries.")
    assert toll(pipeline, told) == 52


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # the act named as the subject of "left": its toll, not a second attack
        ("On 14 June 2021, gunmen ambushed a minibus on the road to Kasindi. The attack left seven passengers dead.", 7),
        ("On 14 June 2021, rebels raided an army post near Oicha. It left three soldiers injured and two dead.", 2),
        # the dead as what a source reports
        ("On 14 June 2021, militiamen raided an army post near Oicha. Local officials report five militiamen killed.", 5),
    ],
)
def test_tolls_told_as_what_the_act_left_or_a_source_reports(pipeline, text: str, deaths: int) -> None:
    assert toll(pipeline, text) == deaths


def test_tolls_the_side_struck_striking_back_adds_its_dead_even_as_a_sources_account(pipeline) -> None:
    """"the army said" does not make the attackers' dead a rival figure for the soldiers'."""
    told = (
        "Suspected militants killed 23 soldiers in an attack on an army post in northern Burkina Faso "
        "on Sunday, the army said. Soldiers fought back for several hours and killed at least 15 of "
        "the assailants, the army said in a statement."
    )
    assert toll(pipeline, told) == 38


def test_tolls_a_claim_nobody_could_verify_counts_no_dead(pipeline) -> None:
    told = (
        "On 14 June 2021, militants attacked an army convoy near Diffa. According to a militant "
        "channel, 40 soldiers were reportedly killed, but this could not be independently verified."
    )
    assert toll(pipeline, told) is None


def test_tolls_an_event_told_as_the_cause_keeps_its_own_dead(pipeline) -> None:
    """"a curfew after clashes left four people dead": the clashes' deaths are theirs."""
    told = "On 14 June 2021, authorities imposed a curfew in Jos after clashes between rival youths left four people dead."
    assert toll(pipeline, told) == 4


def test_tolls_a_source_telling_other_dead_adds_to_the_toll(pipeline) -> None:
    """"other" tells more dead even in a source's own account (not a rival figure)."""
    told = (
        "On 14 June 2021, rebels ambushed an army convoy near Kaga Bandoro. 5 soldiers and 2 rebels were killed. "
        "The army said that 6 other rebels were killed in a counterattack."
    )
    assert toll(pipeline, told) == 13


def test_tolls_a_claim_left_unconfirmed_in_the_next_sentence_is_no_toll(pipeline) -> None:
    """ACLED codes the most conservative report: a side's figure that could not be
    confirmed is none."""
    told = (
        "On 14 June 2021, soldiers clashed with rebels near Birao. Army officers claimed that 120 rebels were "
        "killed in the fighting. These fatalities could not be independently confirmed."
    )
    assert not toll(pipeline, told)


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # The record keeps every death its sentences tell for the happening, never one
        # day's share of it (ACLED splits such a span into a day per event; warlog does not).
        ("On 14 June 2021, soldiers fought rebels near Ndele. The fighting went on from 14 June to 17 June. "
         "Local officials reported that 20 people were killed.", 20),
        ("On 14 June 2021, two clans fought each other in Bouar during a two-day battle. Six people were killed.", 6),
        ("On 14 June 2021, rebels attacked Ndele and killed six traders.", 6),
    ],
)
def test_tolls_a_toll_told_for_several_days_stays_whole(pipeline, text: str, deaths: int) -> None:
    assert toll(pipeline, text) == deaths
