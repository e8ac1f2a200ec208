"""Wire stories telling one happening over several sentences (issue 4 item 6): the doers
or the act taken up by a definite description, and a headline repeating the lead's toll.

Every story here is written for these tests.
"""

from __future__ import annotations

from datetime import date

from warlog.events.merge import merge_events
from warlog.record import Event

from test_merge_scenes import record

STORY_DAY = date(2021, 3, 9)  # the day these stories are published (``story`` fixture)


def factual(events: list[Event]) -> list[Event]:
    return [e for e in events if e.modality in ("asserted", "reported")]


def test_the_gunmen_of_the_next_paragraph_continue_the_lead_attack(story) -> None:
    events = story(
        "Gunmen kill 7 in raid on Niger village\n\n"
        "NIAMEY, March 9 (Reuters) - Armed men killed seven villagers in a raid on a village in "
        "western Niger on Sunday, a local official said.\n\n"
        "The gunmen arrived on motorcycles and opened fire on people gathered at a well, he said.\n\n"
        "Three of the dead were herders. The attackers also burned granaries and took cattle before leaving.",
    )
    (event,) = factual(events)
    assert (event.sub_event_type, event.fatalities, event.date.start) == ("Attack", 7, "2021-03-07")
    assert len(event.mentions) >= 3


def test_the_attackers_shooting_two_more_add_to_the_abduction(story) -> None:
    (event,) = story(
        "Bandits kidnapped 20 farmers in Gusau, Zamfara State, on Friday night, residents said. "
        "The attackers shot dead two men who tried to flee, a councillor said.",
    )
    assert (event.sub_event_type, event.fatalities) == ("Abduction/forced disappearance", 2)


def test_a_further_act_of_the_gunmen_is_another_happening(story) -> None:
    events = story(
        "Gunmen killed four villagers in an attack near Gusau, Zamfara State, on Friday. "
        "The gunmen later burned a second village and stole cattle.",
    )
    assert [e.sub_event_type for e in factual(events)] == ["Attack", "Looting/property destruction"]


def test_dead_in_the_clashes_are_the_crowds_happening(story) -> None:
    events = story(
        "Police fired tear gas on Monday to disperse hundreds of traders who had gathered in "
        "central Nairobi over new market fees. Two people were killed and dozens hurt "
        "in the clashes, a hospital official said.",
    )
    (event,) = factual(events)
    # the crowd's record (its type is the crowd rules' call), not a communal armed clash
    assert event.event_type in ("Protests", "Riots") and event.fatalities == 2


def test_a_headline_joins_the_lead_whose_toll_it_repeats(story) -> None:
    events = story(
        "Clashes in Mali's Mopti region kill 14\n\n"
        "BAMAKO, March 9 (Reuters) - At least 14 people were killed when Dozo militiamen attacked "
        "a Fulani village in Mopti region on Sunday night, a local official said.\n\n"
        "The army said its soldiers killed two of the attackers and seized their weapons.",
    )
    lead = next(e for e in events if e.fatalities == 14)
    assert lead.sub_event_type == "Attack"
    assert any(m.evidence.start == 0 for m in lead.mentions)
    army = next(e for e in events if e is not lead)
    assert all(m.evidence.start != 0 for m in army.mentions)


def test_a_part_told_next_does_not_keep_the_fights_later_telling_out() -> None:
    # the clash, the other side's shelling told next (a part of it), then the clash retold
    clash = record(0, "Troops and militants clashed in Kano on Sunday.", sub="Armed clash")
    shelled = record(49, "Militants fired mortars at the troops.", sub="Shelling/artillery/missile attack")
    retold = record(120, "The fighting in Kano on Sunday lasted four hours, officials said.", sub="Armed clash")
    (happening,) = merge_events([clash, shelled, retold])
    assert happening.sub_event_type == "Armed clash" and len(happening.mentions) == 3
