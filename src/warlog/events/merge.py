"""One happening, one record: merge event records that describe the same happening.

Within an article the lead often restates the body ("hundreds surrendered in Hawija"
... "more than one thousand surrendered ... Hawija"); those mentions become one
event whose fields come from its most informative mention.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from ..record import Event, Location
from ..taxonomy import FACTUAL_MODALITIES
from .combine import combine
from .compatible import (
    UNNAMED, names_its_division, names_of, same_actors, same_factuality, same_place, same_telling, same_time,
    text_names,
)
from .sequel import (
    ALSO, BODY_GAP, LEAD_CHARS, NEXT_SENTENCE_GAP, another_occasion, continues, headline_toll, is_headline,
    opens_section, takes_up,
)
from .tolls import NO_DEATHS, told_toll


def adds_to(a: Event, b: Event) -> bool:
    """One record's sentence comes right after the other's and says the same doers
    "also" did something: one happening told in two sentences (ACLED codes one event)."""
    first, second = sorted((a, b), key=lambda e: e.evidence.start)
    if first.article_id != second.article_id or first.modality not in FACTUAL_MODALITIES:
        return False
    gap = second.evidence.start - first.evidence.end
    return 0 <= gap <= NEXT_SENTENCE_GAP and bool(ALSO.search(second.evidence.text))


# What a protest is told as: the protest itself, and its members' arrest, which ACLED
# codes as the intervention in it, not an event of its own. Riots are left out: riot
# reports run one mob's deed after another's in unplaced sentences (re-coded dedup dev
# pairwise precision 0.771 with riots, 0.810 without).
def _protest(event: Event) -> bool:
    return event.event_type == "Protests"


def _words(text: str | None) -> list[str]:
    return re.findall(r"[a-z]+", (text or "").lower())


def _arrested_from(arrest: Event, crowd: Event) -> bool:
    """The arrest takes protesters, or the people the protest record names
    ("about 20 farmers were arrested" after "300 farmers who marched")."""
    taken = arrest.actor2
    if arrest.sub_event_type != "Arrests" or taken is None:
        return False
    if taken.type == "Protesters":
        return True
    named = _words(crowd.actor1.text if crowd.actor1 is not None else None)
    taken_words = _words(taken.text)
    return bool(taken_words) and taken_words[-1] in named


def crowd_arrested(a: Event, b: Event) -> bool:
    """One record is a protest, the other the arrest of its crowd (whose doer,
    the police, the protest record need not name)."""
    return (_protest(a) and _arrested_from(b, a)) or (_protest(b) and _arrested_from(a, b))


def _one_crowd(first: Event, second: Event) -> bool:
    """Both tell of the crowd: two protest records, or one and its arrests."""
    return (_protest(first) and _protest(second)) or crowd_arrested(first, second)


def _states_time_or_place(event: Event) -> bool:
    """The record's own sentence names its date or its place."""
    named_place = event.location.text is not None and event.location.text in event.evidence.text
    return event.date.text is not None or named_place


def follows_crowd(a: Event, b: Event) -> bool:
    """A later sentence goes on about the same crowd without a date or place of its own
    ("At least 12 protesters were arrested." "The traders had blocked the main road."):
    the protest told so far, not a second happening."""
    first, second = sorted((a, b), key=lambda e: e.evidence.start)
    if first.article_id != second.article_id or first.modality not in FACTUAL_MODALITIES:
        return False
    if not _one_crowd(first, second) or _states_time_or_place(second):
        return False
    return 0 <= second.evidence.start - first.evidence.end <= BODY_GAP


# "Separately, ...", "Meanwhile, ...", "In another incident, ...": the sentence tells
# another happening; a lead restating its body never opens so.
_OTHER_SCENE = re.compile(
    r"^(?:separately|meanwhile|elsewhere|in (?:an?other|a separate|a similar) (?:incident|attack|case))\b",
    re.IGNORECASE,
)
# "In Rajkot, ...": a sentence that opens on its own place.
_PLACE_OPENER = re.compile(r"^(?:in|at) ([^,.]{1,40}),", re.IGNORECASE)


def opens_elsewhere(first: Event, second: Event) -> bool:
    """The later sentence opens on a place the earlier one does not name ("... in Halol."
    "In Rajkot, mobs ..."): a roundup's next scene. The opener must name the later
    record's own place, so "In a statement, ..." opens nothing."""
    opener = _PLACE_OPENER.match(second.evidence.text)
    if opener is None:
        return False
    places = [p for p in (second.location.name, second.location.admin2) if text_names(opener.group(1), p)]
    return bool(places) and not any(text_names(first.evidence.text, p) for p in places)


def other_victims(a: Event, b: Event) -> bool:
    """Both records name whom they struck and how many died, and each struck someone
    the other does not name at all, with another toll ("killing four officers" ...
    "killing two soldiers"). One side named two ways ("an Islamist militia" ... "the
    Islamic State") with a toll told once is no second happening."""
    if a.actor2 is None or b.actor2 is None or None in (a.fatalities, b.fatalities) or a.fatalities == b.fatalities:
        return False
    if claimed_by_its_doer(a) or claimed_by_its_doer(b):
        return False  # "Al Shabaab said its fighters killed 15 soldiers": its account of the ambush
    named = [x.name for x in (a.actor2, b.actor2) if not x.name.startswith(UNNAMED)]
    return len(named) == 2 and a.actor2.name not in names_of(b) and b.actor2.name not in names_of(a)


def own_dead(a: Event, b: Event) -> bool:
    """Two sentences of the body each counting dead of their own, in different numbers, the
    later neither "also" adding to the earlier nor taking up its act or doers ("Ten bodies
    were found in a well." ... "99 people have been killed in police firing."): each tells
    a happening of its own with its own victims and count, not a detail of the other. (In
    the lead, a figure told again differently is the body's retelling.)"""
    first, second = sorted((a, b), key=lambda e: e.evidence.start)
    if first.fatalities is None or second.fatalities is None or first.fatalities == second.fatalities:
        return False
    if first.evidence.start < LEAD_CHARS or adds_to(first, second) or takes_up(first, second):
        return False
    return all(_counts_dead(e) for e in (first, second))


def _counts_dead(event: Event) -> bool:
    """The record's toll is a figure its own sentence gives."""
    return any(q.what == "fatalities" and q.value == event.fatalities for q in event.quantities)


def claimed_by_its_doer(event: Event) -> bool:
    """The record is told by the party that did it (a group claiming an attack), whose
    toll and victims routinely differ from other accounts of the same happening."""
    doer = event.actor1.name if event.actor1 is not None else None
    return doer is not None and not doer.startswith(UNNAMED) and any(
        a.name and text_names(doer, a.name) for a in event.attribution
    )




def far_in_the_body(first: Event, second: Event) -> bool:
    """Both sentences in the body, with more than a sentence or two between them: a
    roundup's scenes ("a mob burnt a shop ..." ... "a mob stoned a bus ..."), not the
    lead restating the body."""
    return first.evidence.start >= LEAD_CHARS and second.evidence.start - first.evidence.end > BODY_GAP


# "Curfew was imposed following incidents of loot and arson": several incidents told as
# the cause of another act (a curfew, a bandh, a deployment).
_INCIDENTS_BEHIND = re.compile(
    r"\b(?:following|after|in the wake of|due to|because of|owing to|over)"
    r"(?: (?:a|the|several|some|many|sporadic|stray|(?:a )?(?:number|series|spate) of))* incidents\b",
    re.IGNORECASE,
)


def one_of_many(a: Event, b: Event) -> bool:
    """One sentence gives several incidents as the cause of something else, and the other
    tells one scene ("curfew was imposed following incidents of loot and arson" ... "houses
    were set on fire in sector 27"): folded into the background's record, the scene could no
    longer be told from the story's other scenes, nor matched with other reports of it."""
    behind = [_INCIDENTS_BEHIND.search(e.evidence.text) is not None for e in (a, b)]
    return behind[0] != behind[1]


# "The state figure of arrests has crossed 3,000", "the toll across the state rose to 800":
# a count for a whole region.
_REGION_WIDE = re.compile(
    r"\b(?:statewide|state-wide|nationwide|countrywide"
    r"|(?:across|throughout|all over|in) the (?:state|country|region)"
    r"|the (?:state|country|region)(?:'s)? (?:figure|toll|total|tally|count)s?)\b",
    re.IGNORECASE,
)
# "... killed across Gujarat": the same, naming the record's own state ("killed 30 people
# in raids in Zamfara state" is one happening the state only places).
_REGION_WORDS = ("across", "throughout", "all over")


def sums_region(event: Event) -> bool:
    """The record's sentence gives a count (of dead, arrested, ...) for a whole state,
    region or country, not for one place in it."""
    counted = bool(event.quantities) or event.fatalities is not None
    region = event.location.admin1
    named = region is not None and any(text_names(event.evidence.text, f"{w} {region}") for w in _REGION_WORDS)
    return counted and (_REGION_WIDE.search(event.evidence.text) is not None or named)


def names_its_town(event: Event) -> bool:
    """The record's own sentence names its place, a town or finer ("in Ahmedabad, ...")."""
    place = event.location
    local = (place.precision or 3) < 3 and place.name != place.admin1
    return local and text_names(event.evidence.text, place.text)


def region_and_town(a: Event, b: Event) -> bool:
    """One sentence sums a region and the other tells one town of it ("the state figure of
    arrests has crossed 3,000" beside "in Ahmedabad, police have arrested 200"): the
    region's count is no event of that town's, nor its count the town's."""
    return any(sums_region(x) and not sums_region(y) and names_its_town(y) for x, y in ((a, b), (b, a)))


def other_scene(a: Event, b: Event) -> bool:
    """Two sentences of one article that tell two happenings (``same_happening``)."""
    if a.article_id != b.article_id or a.evidence.start == b.evidence.start:
        return False
    first, second = sorted((a, b), key=lambda e: e.evidence.start)
    if _OTHER_SCENE.match(second.evidence.text) or opens_elsewhere(first, second) or far_in_the_body(first, second):
        return True
    if one_of_many(a, b) or region_and_town(a, b) or another_occasion(a, b):
        return True
    if own_dead(a, b):
        return True
    # "Five militiamen were also killed": the other side's losses in the same fight.
    return other_victims(a, b) and not adds_to(a, b)


def same_happening(a: Event, b: Event) -> bool:
    """Same sub-type (or one sentence adding to the last, going on about the same
    crowd, or a headline repeating the lead's toll), factuality, actors, place and
    time, and not two scenes of one article (``other_scene``)."""
    return (
        (a.sub_event_type == b.sub_event_type or adds_to(a, b) or follows_crowd(a, b) or headline_toll(a, b))
        and not other_scene(a, b)
        and same_factuality(a, b)
        and same_telling(a, b)
        and (same_actors(a, b) or crowd_arrested(a, b))
        and (
            same_place(a.location, b.location) or names_its_division(a.location, b.location)
            or unplaced_sequel(a, b) or unplaced_headline(a, b)
        )
        and same_time(a, b)
    )


def unplaced_sequel(a: Event, b: Event) -> bool:
    """The later of two nearby sentences names no place of its own ("Security forces fired
    tear gas to scatter them" after "hundreds of protesters gathered in Nasiriyah"): its
    place is the article's focus or dateline, which says nothing against the earlier one's."""
    first, second = sorted((a, b), key=lambda e: e.evidence.start)
    if first.article_id != second.article_id or not text_names(first.evidence.text, first.location.text):
        return False
    named = second.location.text is not None and second.location.text in second.evidence.text
    return not named and 0 <= second.evidence.start - first.evidence.end <= BODY_GAP


def unplaced_headline(a: Event, b: Event) -> bool:
    """A headline that names no town ("... strike PKK hideouts in northern Iraq") borrows
    its place from elsewhere in the story; the lead that names one tells where it was."""
    first, second = sorted((a, b), key=lambda e: e.evidence.start)
    if first.article_id != second.article_id or second.evidence.start >= LEAD_CHARS:
        return False
    if first.location.country_code != second.location.country_code:
        return False
    return not text_names(first.evidence.text, first.location.text) and text_names(second.evidence.text, second.location.text)


def section_starts(events: list[Event], doc: Doc | None = None) -> list[int]:
    """Where the labelled items of a roundup begin ("Shot dead: ...", "Arrested: ...";
    ``sequel.opens_section``): the sentences of the article's ``doc``, else the records'."""
    sentences = [(s.text, s.start_char) for s in doc.sents] if doc is not None else [
        (e.evidence.text, e.evidence.start) for e in events
    ]
    return sorted({start for text, start in sentences if opens_section(text, start)})


def by_section(events: list[Event], doc: Doc | None = None) -> list[list[Event]]:
    """The records of each item of a roundup, in order: no happening spans two items."""
    starts = section_starts(events, doc)
    sections: dict[int, list[Event]] = {}
    for event in events:
        sections.setdefault(bisect_right(starts, event.evidence.start), []).append(event)
    return [sections[key] for key in sorted(sections)]


def merge_events(events: list[Event], doc: Doc | None = None) -> list[Event]:
    """Greedy, order-stable clustering of records that describe the same happening, within
    each item of a roundup (``by_section``); with the article's ``doc``, a happening's toll
    sums or keeps the tolls its sentences tell (``tolls.told_toll``) rather than keeping one
    record's."""
    merged = [event for section in by_section(events, doc) for event in _merge_section(section, doc)]
    return sorted(merged, key=lambda e: e.evidence.start)


def _merge_section(events: list[Event], doc: Doc | None) -> list[Event]:
    """``merge_events`` over the records of one item."""
    clusters: list[list[Event]] = []
    # records that joined as a part of the happening just told (``_continued``): its type
    # is the first-told one, so a later record of that type is not kept out by a part's
    parts: set[int] = set()
    for event in events:
        went_on = _continued(event, clusters)
        if went_on is not None:
            went_on.append(event)
            parts.add(id(event))
            continue
        for cluster in clusters:
            if all(same_happening(event, member) for member in cluster if id(member) not in parts):
                cluster.append(event)
                break
        else:
            clusters.append([event])
    return [_combine_told(cluster, doc) if len(cluster) > 1 else cluster[0] for cluster in clusters]


def _continued(event: Event, clusters: list[list[Event]]) -> list[Event] | None:
    """The cluster of the record told just before ``event`` when ``event`` goes on telling
    its happening (``sequel.continues``): it joins the happening as a whole, so a lead
    borrowing the dateline's town does not keep the gunmen's village out. The sentence
    must still fit every record of it: factuality, time, country, no other scene."""
    earlier = [(m.evidence.start, m, c) for c in clusters for m in c
               if m.article_id == event.article_id and m.evidence.start < event.evidence.start]
    if not earlier:
        return None
    _, last, cluster = max(earlier, key=lambda item: item[0])
    if not continues(last, event) or not same_actors(last, event):
        return None
    fits = all(
        same_factuality(event, m) and same_time(event, m) and not other_scene(event, m)
        and _same_country(event.location, m.location)
        for m in cluster
    )
    return cluster if fits else None


def _same_country(a: Location, b: Location) -> bool:
    return a.country_code is None or b.country_code is None or a.country_code == b.country_code


def _combine_told(cluster: list[Event], doc: Doc | None) -> Event:
    """``combine``; where one sentence adds to the one before ("also abducted"), the
    happening keeps the type of the act told first."""
    event = combine(cluster)
    # a headline's sub-type word ("Clashes ... kill 22") yields to the lead's telling
    first = min(cluster, key=lambda e: (is_headline(e), e.evidence.start))
    if event.sub_event_type != first.sub_event_type:
        event.event_type, event.sub_event_type = first.event_type, first.sub_event_type
    if event.sub_event_type == "Peaceful protest" and any(e.sub_event_type == "Arrests" for e in cluster):
        # protesters arrested: the state intervened in the protest
        event.event_type, event.sub_event_type = "Protests", "Protest with intervention"
        event.actor2 = event.actor2 or next(e.actor1 for e in cluster if e.sub_event_type == "Arrests")
    if doc is not None and event.sub_event_type not in NO_DEATHS:
        event.fatalities = told_toll(cluster, doc)
    return event
