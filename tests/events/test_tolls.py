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
