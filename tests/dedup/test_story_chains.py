"""Records of one story join through their own link, an earlier sentence summing them up,
or other stories' records; never by a chain of neighbouring scenes alone."""

from __future__ import annotations

from warlog.dedup.cluster import MUST_LINK, Component, pair, partition
from warlog.dedup.compare import Profile
from warlog.record import Event, EventDate, Location

from sentence_records import sentence_record

PESHAWAR = Location(name="Peshawar", latitude=34.0, longitude=71.57, country="Pakistan", country_code="PK", precision=1)


def record(article_id: str, start: int, sentence: str) -> Event:
    day = EventDate(start="2024-02-09", end="2024-02-09", precision=1)
    return sentence_record(start, sentence, "Mob violence", location=PESHAWAR, day=day, article_id=article_id,
                           mentioned=False)


LEAD = record("dawn-1", 0, "Crowds ransacked a police post in old Peshawar on Friday after the prayers.")
MIDDLE = record("dawn-1", 200, "Officers at the post fired in the air as the crowd set a van on fire.")
LATE = record("dawn-1", 1400, "Later a smaller group threw stones at a shrine near the grain market.")
COPY_LEAD = record("news-7", 0, "Crowds ransacked a police post in old Peshawar on Friday after prayers.")
COPY_LATE = record("news-7", 900, "A smaller group later threw stones at a shrine near the grain market.")


def groups(*links: tuple[Event, Event, float]) -> set[frozenset[str]]:
    """The partition of the linked records, as sets of event ids."""
    found = Component()
    for a, b, _ in links:
        for event in (a, b):
            found.profiles[event.event_id] = Profile.of(event)
    found.links = {pair(a.event_id, b.event_id): score for a, b, score in links}
    return {frozenset(e.event_id for e in members) for members in partition(found, set())}


def test_a_later_scene_linked_only_to_the_scene_before_it_stays_out_of_the_lead() -> None:
    parts = groups((LEAD, MIDDLE, 0.5), (MIDDLE, LATE, 0.5))
    assert not any({LEAD.event_id, LATE.event_id} <= group for group in parts)


def test_a_lead_linked_to_two_scenes_sums_them_up_into_one_happening() -> None:
    parts = groups((LEAD, MIDDLE, 0.5), (LEAD, LATE, 0.5))
    assert parts == {frozenset({LEAD.event_id, MIDDLE.event_id, LATE.event_id})}


def test_another_story_linking_both_sentences_joins_them() -> None:
    # The syndicated copy tells the two sentences as one happening (a link of its own).
    parts = groups((LEAD, COPY_LEAD, 0.9), (LATE, COPY_LATE, 0.9), (COPY_LEAD, COPY_LATE, 0.5))
    assert parts == {frozenset({LEAD.event_id, LATE.event_id, COPY_LEAD.event_id, COPY_LATE.event_id})}


def test_a_reviewers_merge_outranks_the_story_check() -> None:
    parts = groups((LEAD, MIDDLE, 0.5), (MIDDLE, LATE, 0.5), (LEAD, LATE, MUST_LINK))
    assert any({LEAD.event_id, LATE.event_id} <= group for group in parts)
