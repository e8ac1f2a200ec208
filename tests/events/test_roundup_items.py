"""Round 21: a crime roundup's lead, its background and its labelled items, and a toll
line after a scene, are each their own happening.

``sequel.another_occasion`` ("was also attacked on <a day of its own>"), ``merge.by_section``
(items under "Shot dead:", "Arrested:" labels), ``anaphora._told_just_before`` (a bare
casualty line counts only the violence told just before it), ``merge.own_dead`` (two body
sentences counting their own dead differently) and ``sequel.tally`` in ``continues`` (a
running total is no part of an attack). Stories written for the tests.
"""

from __future__ import annotations

from datetime import date

from warlog.events.merge import by_section, own_dead
from warlog.events.sequel import another_occasion, continues, opens_section
from warlog.record import Event, EventDate, Evidence, Location

from sentence_records import sentence_record

STORY_DAY = date(2021, 3, 12)
KADUNA = Location(name="Kaduna", latitude=10.52, longitude=7.44, country="Nigeria", country_code="NG", precision=2)


def record(start: int, text: str, dead: int | None = None, day: EventDate | None = None) -> Event:
    """An Attack record of one sentence of article ``a``."""
    return sentence_record(
        start, text, location=KADUNA, day=day or EventDate(start="2021-03-12", end="2021-03-12", precision=2), dead=dead
    )


def starts(event: Event) -> set[int]:
    return {m.evidence.start for m in event.mentions}


def holding(events: list[Event], words: str) -> Event:
    return next(e for e in events if any(words in m.evidence.text for m in e.mentions))


BACKGROUND = (
    "kaduna: armed men fired several shots at the office of a contractor to frighten him into paying them. "
    "the shooting took place late on tuesday near the new bus terminal. "
    "the contractor, ibrahim musa, was also attacked on march 1 when gunmen tried to kill him."
)


def test_the_victim_also_attacked_on_a_day_of_its_own_is_another_happening(story) -> None:
    lead = record(0, "armed men fired several shots at the office of a contractor to frighten him.")
    earlier = record(
        150, "the contractor was also attacked on march 1 when gunmen tried to kill him.",
        day=EventDate(start="2021-03-01", end="2021-03-01", precision=1, text="march 1"),
    )
    assert another_occasion(lead, earlier)
    same_day = lead.model_copy(update={"date": earlier.date, "evidence": Evidence(
        text="armed men fired at the office of a contractor on march 1.", start=0, end=57)})
    assert not another_occasion(same_day, earlier)
    events = story(BACKGROUND)
    shots, attacked = holding(events, "fired several shots"), holding(events, "also attacked")
    assert shots is not attacked


ROUNDUP = (
    "kaduna: armed men fired several shots at the house of a trader to frighten him into paying them. "
    "no one was hurt in the shooting.\n\n"
    "the police have registered a case and are looking for the men, who came on two motorcycles "
    "and fled towards the highway soon after the shots were heard by the neighbours of the trader. "
    "the trader told reporters that he had received calls asking for money for several weeks and had "
    "informed the local station about them.\n\n"
    "shot dead: a 19-year-old farmer was shot dead at a village outside the city on wednesday night. "
    "a single bullet hit him in the chest.\n\n"
    "arrested: the police arrested a man with a pistol near the railway station on thursday."
)


def test_a_roundups_labelled_items_never_share_a_record_with_its_lead(story) -> None:
    assert opens_section("shot dead: a farmer was shot dead at a village.", 500)
    assert not opens_section("residents said: the men came at night.", 500)
    assert not opens_section("kaduna: armed men fired shots.", 0)  # the dateline opens the lead
    lead = record(0, "armed men fired several shots at the house of a trader.")
    item = record(420, "shot dead: a farmer was shot dead at a village on wednesday night.")
    detail = record(500, "a single bullet hit him in the chest.")
    assert [len(section) for section in by_section([lead, item, detail])] == [1, 2]
    events = story(ROUNDUP)
    lead_record = holding(events, "fired several shots")
    assert not any(m.evidence.start > ROUNDUP.index("shot dead:") for m in lead_record.mentions)


TOLLS = (
    "kaduna: the toll in a week of unrest in the state rose to 310 on thursday, officials said. "
    "the governor said the army would stay in the worst-hit districts until the end of the month. "
    "schools and markets in the state capital stayed shut for a fourth day, and long queues formed "
    "outside the few bakeries that opened in the morning. traders said they had lost most of their stock "
    "in the first two days of the unrest. "
    "eight bodies were recovered from a canal near the village of kasuwa on wednesday. "
    "the victims had been chased by a mob and pushed into the water. "
    "official figures say that 40 people have been killed in police firing. "
    "the security forces have fired 3,412 rounds at the crowds since the unrest began."
)


def test_a_toll_line_after_a_riot_is_no_detail_of_the_scene_before_it(story) -> None:
    bodies = record(450, "eight bodies were pulled out of a canal on wednesday.", dead=8)
    firing = record(560, "official figures say that 40 people have been killed in police firing.", dead=40)
    bodies.quantities, firing.quantities = [], []
    assert not own_dead(bodies, firing)  # the counts must be the sentences' own
    events = story(TOLLS)
    canal, toll = holding(events, "eight bodies"), holding(events, "40 people")
    assert canal is not toll


def test_a_running_total_is_no_part_of_the_attack_before_it() -> None:
    shooting = record(0, "gunmen opened fire on a bus near the market.")
    total = record(45, "the security forces have fired 3,412 rounds since the unrest began.")
    part = record(45, "the security forces fired back at them from the roadside.")
    assert continues(shooting, part)
    assert not continues(shooting, total)
