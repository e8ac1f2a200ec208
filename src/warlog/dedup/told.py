"""One violent happening told over nearby sentences of one story.

Reporters tell a riot in steps ("a mob set fire to an ambulance ..." then "the
police escorting it fired into the air ..."), and the pipeline codes each
sentence on its own: Mob violence, then Violent demonstration or Armed clash, or
police firing read as shelling. ``events.merge`` joins such records only when
they got one sub-type, so de-duplication joins the rest: two records of one
story whose sentences follow each other or have a sentence or two between them
(``NEARBY_GAP``), both violent, both factual, at overlapping dates and not at two
different places, are one happening. So are two such records far apart when the
story comes back to its incident: at one named town, sharing a content word other
than the town's name and its parties ("stormed the temple" ... "a grenade at the
temple's gate"; not a crowd's riot and a bombing, the crowd reacting to it), or naming the same day and no other ("the violence on friday" ...
"once again on friday as the mobs reappeared").

A march, a sit-in or an arrest told over two nearby sentences of one story is one
happening too, when the later sentence takes up a word of the first ("staged a flag march"
... "took part in the flag march"; ``one_kind``).

What keeps a roundup story ("in Vadodara ... In Surat ...") apart:
- a place conflict, unless one sentence names the other record's place (the
  pipeline often placed one of the two wrongly: "rioting in Bharuch" put in
  another town);
- two different days named ("on thursday" ... "on friday"), or a later sentence telling
  the same people were "also" struck on a day the earlier does not state
  (``sequel.another_occasion``); far apart, a shared
  party ("militants") or only the town's name, or a repeat ("... again after dusk");
- a second sentence that opens a new scene: with its own place or day ("In
  Vadodara, ...", "On thursday, ...", "Overnight, ...", "Meanwhile, ..."), as another incident
  ("in a fresh outbreak", "more incidents were reported"), or as another agency's report
  appended to the story ("PTI adds: ...");
- a sentence naming an incident ("the Godhra carnage"): it links by that name
  (``incident``), and the sentences around a back-reference usually tell the
  story's own, other news;
- a sentence telling several incidents at once ("sporadic incidents of violence"), or a
  lead under a dateline of several towns placed only in their region and naming them again
  (``sums_towns``);
- a cumulative statement (a toll, a death, arrest or property count, counts given
  town by town, "two killed in A and six in B", a running total in the thousands such
  as "fired 5,176 rounds"): statistics
  listed one after another are separate statements (see ``incident``), except
  that a sentence going on about "the toll" without a figure of its own restates
  the toll the sentence before it gave ("... reached 726." "The toll mounted ..."), the
  next sentence going on to its injured ("Of the 28 others injured, ...") is that toll's
  statement too, and a sentence taking up a person by surname restates the arrest counted
  before ("31 arrested, among them <name>" ... "<surname> and others were arrested at ...").

A sentence telling who the arrested are ("were identified as <name> of <town>") names
their homes, not the happening's place: it agrees with the arrest it takes up wherever
the pipeline put the two. The next sentence going on with the last by a pronoun, stating
neither its date nor its place ("They were attacked the same way at <a village>."), takes
the earlier's: its record's lent date, and a place neither sentence names, say nothing
against it (``goes_on``). Nor does the story's day lent to a sentence giving its time
only by pointing back ("In that winter, ...", "That night, ...") a sentence or two after
the earlier record's sentence: it is the earlier's time (``at_that_time``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..events.compatible import same_place, text_names
from ..events.sequel import FURTHER_ACT, another_occasion, names_own, tally
from ..geo.normalise import fold
from ..record import Event, Evidence, Location
from ..taxonomy import FACTUAL_MODALITIES
from .followup import follows_up, identifies, names_again, points_back, takes_up
from .incident import TELLING_ARRESTS, Reference, is_violent
from .named import name_pairs
from .subtypes import compatible_types

# Characters between two sentences that follow each other (a space, a line break).
SENTENCE_GAP = 3
# Characters between two sentences of one scene with a sentence or two between them
# ("... mobs went around targeting residences." <a sentence on the curfew> "Houses were
# set on fire in sector 27 ..."); tuned on the dev half (250: recall 0.68 -> 0.78,
# precision 0.91; 400 and more bridged other scenes).
NEARBY_GAP = 250

_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_DAY = re.compile(rf"\b({_WEEKDAYS})\b")
# "In that winter, ...", "That night, ...": a time given by pointing back to the one just told.
_THAT_TIME = re.compile(
    r"^(?:(?:in|during|on|at|through|over|all) )?(?:that|those) (?:[a-z'-]+ ){0,2}"
    r"(?:winter|summer|spring|autumn|monsoon|season|years?|months?|weeks?|nights?|days?|time)\b"
)
_NEW_SCENE = re.compile(
    rf"^(?:in|at) (?!(?:that|those) )[^,.]{{1,40}},|^(?:on )?(?:{_WEEKDAYS})\b|^(?:overnight|meanwhile)\b"
    r"|\b(?:fresh|another|more|other|similar) (?:incidents?|outbreaks?|violence|attacks?|clashes|killings?)\b"
    # "<agency> adds:", "<agency> adds from <town>:": another source's report appended to the story.
    r"|^[a-z]+(?: [a-z]+)? adds\b[^:.]{0,40}:"
)
_INCIDENTS = re.compile(r"\bincidents\b")
_TOLL_WORD = re.compile(r"\btoll\b")
# A figure of its own: digits that are not a day of a month ("starting march 13").
_MONTH_DAY = re.compile(r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}\b")
_DIGIT = re.compile(r"\d")


def consecutive(a: Event, b: Event, gap: int = SENTENCE_GAP) -> bool:
    """Whether the two records' sentences follow each other in one story (at most ``gap``
    characters apart)."""
    if a.article_id != b.article_id:
        return False
    first, second = sorted((a, b), key=lambda e: e.evidence.start)
    return 0 <= second.evidence.start - first.evidence.end <= gap


def opens_new_scene(text: str) -> bool:
    """Whether a sentence starts another happening rather than going on with the last one."""
    return _NEW_SCENE.search(text.lower()) is not None


@lru_cache(maxsize=65_536)
def days_named(text: str) -> frozenset[str]:
    """Weekdays a sentence names ("on friday"). Kept per text: a store's candidate rows
    come back for every new record (``store.profiles``)."""
    return frozenset(_DAY.findall(text.lower()))


def other_days(a: Event, b: Event) -> bool:
    """Both sentences name a weekday, and no weekday in common: two days, two happenings."""
    days_a, days_b = days_named(a.evidence.text), days_named(b.evidence.text)
    return bool(days_a and days_b and not days_a & days_b)


# Parts of a day a sentence may name: daylight and night are two happenings' times
# ("on tuesday afternoon" ... "on tuesday night"); evening and overnight may be either.
_DAYLIGHT = re.compile(r"\b(?:morning|afternoon|noon|midday)\b")
_NIGHT = re.compile(r"\b(?:night|midnight)\b")


def at_that_time(a: Event, b: Event) -> bool:
    """One sentence states no date and gives its time only by pointing back ("in that
    winter", "that night", ``_THAT_TIME``), a sentence or two (``NEARBY_GAP``) after a
    sentence of the other record: the time is the other's, and the story's day the
    pipeline lent it says nothing against it."""
    if a.article_id != b.article_id:
        return False
    return any(_points_to_time_of(x, y) for x, y in ((a, b), (b, a)))


def points_to_time(text: str) -> bool:
    """The sentence gives its time by pointing back to one told before ("in that winter, ...")."""
    return _THAT_TIME.search(text.lower()) is not None


def own_sentences(event: Event) -> list[Evidence]:
    """The record's evidence and the sentences of its own story it gathered (never another
    story's: their offsets are into another text)."""
    return [m.evidence for m in event.mentions if m.article_id == event.article_id] + [event.evidence]


def told_just_before(start: int, earlier: Event) -> list[str]:
    """``earlier``'s own-story sentences ending a sentence or two (``NEARBY_GAP``) before ``start``."""
    return sorted({e.text for e in own_sentences(earlier) if 0 <= start - e.end <= NEARBY_GAP})


def _points_to_time_of(later: Event, earlier: Event) -> bool:
    """``later``'s sentence takes its time from one of ``earlier``'s own-story sentences just before it."""
    if later.date.text is not None or not points_to_time(later.evidence.text):
        return False
    return bool(told_just_before(later.evidence.start, earlier))


def day_and_night(a: Event, b: Event) -> bool:
    """Both sentences name one weekday, one by daylight and the other at night (and
    neither both): two times of one day, two happenings."""
    ta, tb = a.evidence.text.lower(), b.evidence.text.lower()
    days = days_named(ta)
    if not days or days != days_named(tb):
        return False
    parts = [(bool(_DAYLIGHT.search(t)), bool(_NIGHT.search(t))) for t in (ta, tb)]
    return parts[0] != parts[1] and all(sum(part) == 1 for part in parts)


def within_reach(a: Event, b: Event, shared: float) -> bool:
    """Consecutive sentences, or a sentence or two apart (``NEARBY_GAP``) when the later
    takes up words of the earlier (``shared``, their content-word cosine): the sentences
    between them cannot be seen from the two records, and a roundup's next item shares none."""
    return consecutive(a, b) or (shared > 0 and consecutive(a, b, NEARBY_GAP))


def names_place(text: str, location: Location) -> bool:
    """Whether a sentence names the place a record was put at."""
    return text_names(text, location.name)


def places_lent(a: Event, b: Event) -> bool:
    """Neither sentence names the place its record was put at: both places are guesses the
    pipeline made from elsewhere in the story (its dateline, a town told before), which say
    nothing against each other."""
    return not any(text_names(e.evidence.text, name) for e in (a, b) for name in (e.location.name, e.location.text))


def one_country(a: Event, b: Event) -> bool:
    """The two records are not put in two countries (the store looks for candidates
    within the country only)."""
    return len({a.location.country_code, b.location.country_code} - {None}) <= 1


def place_agrees(a: Event, b: Event, radius_km: dict[int, float]) -> bool:
    """Places compatible, or one sentence names the other's place in the same country."""
    if same_place(a.location, b.location, radius_km):
        return True
    if not one_country(a, b):
        return False
    return names_place(a.evidence.text, b.location) or names_place(b.evidence.text, a.location)


# "two were killed in <town> and six in <town>": a count for each of several places.
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_PER_PLACE = re.compile(rf"\b{_NUMBER}\b[^.;]{{0,60}}\bin [a-z]+[^.;]{{0,30}}\band {_NUMBER}(?: [a-z]+)? in\b")


def per_place(text: str) -> bool:
    """Counts given place by place ("two killed in one town and six in another"): a
    roundup of several happenings, whatever scene the sentence before it told."""
    return _PER_PLACE.search(text) is not None


def counts_something(event: Event, reference: Reference) -> bool:
    """A toll (even one in words, "risen to eight"), a death, arrest or property count,
    a count for each of several places, or any running total: a cumulative statement of its own."""
    arrested = reference.arrested if reference.arrested is not None and reference.arrested >= TELLING_ARRESTS else None
    figures = (reference.toll, reference.dead, arrested, reference.damaged)
    text = event.evidence.text.lower()
    return any(x is not None for x in figures) or _TOLL_WORD.search(text) is not None or tally(text) or per_place(text)


def restates_toll(a: Event, b: Event, references: tuple[Reference, Reference]) -> bool:
    """A sentence stating a toll, and the next speaking of "the toll" with no figure at all.

    Only the toll told *before* it: a figureless sentence between two tolls must
    not bridge them.
    """
    if not consecutive(a, b):
        return False
    (first, first_ref), (second, second_ref) = sorted(zip((a, b), references), key=lambda x: x[0].evidence.start)
    if first_ref.toll is None or second_ref.toll is not None or not counts_something(second, second_ref):
        return False
    # "Out of this, 97 died ...": a figure of its own is another statement.
    return _DIGIT.search(_MONTH_DAY.sub("", second.evidence.text.lower())) is None


# "Of the 28 others injured, ...", "Among the wounded, ...": the injured besides the dead just counted.
_INJURED_OF = re.compile(rf"^(?:of|among) the (?:{_NUMBER} )?(?:others? )?(?:injured|wounded)\b")


def injured_beside_toll(a: Event, b: Event, references: tuple[Reference, Reference]) -> bool:
    """A sentence giving a toll, and the next going on to its injured ("the toll reached
    three ..." "Of the 28 others injured, 13 are in a serious condition"): one statement
    of one happening's casualties, though the second has figures of its own."""
    if not consecutive(a, b):
        return False
    (first, _), (second, second_ref) = sorted(zip((a, b), references), key=lambda x: x[0].evidence.start)
    if _TOLL_WORD.search(first.evidence.text.lower()) is None or second_ref.toll or second_ref.dead:
        return False
    return _INJURED_OF.match(second.evidence.text.lower().lstrip()) is not None


def roundup(text: str) -> bool:
    """A sentence telling several incidents at once ("sporadic incidents of violence")."""
    return _INCIDENTS.search(text.lower()) is not None


# "vadodara/rajkot: ...": a dateline naming several towns.
_TOWNS_DATELINE = re.compile(r"^[a-z][a-z .'-]{1,30}(?:/[a-z][a-z .'-]{1,30})+:")


def regional(place: Location) -> bool:
    """A place no finer than a region (a state, a country), or unknown."""
    return (place.precision or 3) >= 3 or place.name == place.admin1


def is_town(place: Location) -> bool:
    """A named place finer than a region (a town, a district)."""
    return place.name is not None and not regional(place)


def dateline_towns(text: str) -> list[str]:
    """The towns of a sentence's opening dateline when it names several ("vadodara/rajkot:"), else []."""
    dateline = _TOWNS_DATELINE.match(text.lower())
    return dateline.group().rstrip(":").split("/") if dateline else []


def sums_towns(event: Event) -> bool:
    """A lead under a dateline of several towns that the pipeline could place no finer than
    the region, naming two of them again: it sums up the towns' scenes ("vadodara/rajkot:
    ... units in vadodara and rajkot were attacked"), so it is none of them. A lead placed in
    one town, or telling one quarter without naming the towns again ("ahmedabad/vadodara:
    one killed in police firing in <a quarter of the walled city>"), tells that scene."""
    text = event.evidence.text.lower()
    towns = dateline_towns(text)
    if not regional(event.location) or not towns:
        return False
    body = text.split(":", 1)[1]  # the dateline ends at the first colon
    return sum(text_names(body, town) for town in towns) >= 2


def place_words(a: Event, b: Event) -> frozenset[str]:
    """Words of the two records' place names ("jammu", "gujarat")."""
    names = " ".join(fold(e.location.name) for e in (a, b) if e.location.name)
    return frozenset(re.findall(r"[a-z0-9]+", names))


def same_named_place(a: Event, b: Event) -> bool:
    """Both records put at one named place, finer than a region."""
    return is_town(a.location) and a.location.name == b.location.name


STATE_FORCES = "State forces"
# A repeat is another happening ("looters emptied the warehouses again after dusk").
_AGAIN = re.compile(r"\bagain\b")
# Who takes part in many scenes of one story, and what any riot report says was done:
# sharing them says nothing about which scene (content words, depluralised).
_SCENE_WORDS = frozenset(
    """militant terrorist rebel soldier troop policemen policeman rioter bodie body
    victim villager resident pilgrim devotee attacker gunmen gunman member
    attacked attacking fired firing round stabbed stabbing stoned stoning teargas shell
    injured wounded dead death died killing burnt burning looted damaged curfew""".split()
)


def crowd_and_attackers(a: Event, b: Event) -> bool:
    """One record a crowd's riot, the other an armed attack of a sub-type a riot is not read
    as (a bombing, a grenade): far down a story, the crowd is reacting to the attack ("angry
    crowds burnt the car the gunmen came in"), not telling it. Police firing on the mob
    (an armed clash) is the riot told again."""
    one_riot = (a.event_type == "Riots") != (b.event_type == "Riots")
    if not one_riot or compatible_types(a.sub_event_type, b.sub_event_type):
        return False
    attack = b if a.event_type == "Riots" else a
    # The police firing on the crowd ("following the police firing at <town>") is the riot told again.
    return not (attack.actor1 is not None and attack.actor1.type == STATE_FORCES)


# "The shrine" is what a report calls the temple, mosque or church it named before.
_WORSHIP = frozenset("temple mosque church gurdwara dargah synagogue pagoda monastery cathedral chapel".split())
SHRINE = "shrine"


def shared_words(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """Content words two sentences share, "shrine" counting as the place of worship the
    other sentence names ("stormed the temple" ... "the militants who attacked the shrine")."""
    common = a & b
    for x, y in ((a, b), (b, a)):
        if SHRINE in x and y & _WORSHIP:
            common |= {SHRINE}
    return common


def far_apart_alike(a: Event, b: Event, common: frozenset[str]) -> bool:
    """Two sentences of one story far apart where the story comes back to its incident:
    at one named town sharing a content word (``common``, from ``shared_words``) besides
    the town's name and its parties, or naming the same day and no other (module docstring)."""
    first, second = sorted((a, b), key=lambda e: e.evidence.start)
    if second.evidence.start < first.evidence.end:
        return False  # one sentence: two happenings the pipeline told apart
    if crowd_and_attackers(a, b):
        return False
    later = second.evidence.text
    if same_named_place(a, b) and common - place_words(a, b) - _SCENE_WORDS and not _AGAIN.search(later.lower()):
        return True
    days = days_named(a.evidence.text)
    # A later sentence that names its own place is a located scene of a roundup ("in vatva on friday").
    return bool(days) and days == days_named(b.evidence.text) and not names_place(later, second.location)


# What else a story tells over its next sentences: one march, one sit-in, one arrest of a
# group ("... were arrested on friday." "The leaders had left the party office at 9:42 am
# ..."), a deployment ("forces staged a flag march" ... "companies took part in the flag
# march"). Unlike a riot's steps, the later sentence must take up a word of the first: a
# story's stock lines coded as protests follow each other sharing none.
TOLD_TYPES = frozenset({"Protests", "Strategic developments"})


def one_kind(a: Event, b: Event) -> bool:
    """Two records of a type a story tells over nearby sentences (``TOLD_TYPES``), of one
    sub-type (or two that readers give one happening, a march with and without intervention)."""
    return a.event_type == b.event_type and a.event_type in TOLD_TYPES and compatible_types(a.sub_event_type, b.sub_event_type)


def followed_up(a: Event, b: Event, shared: float) -> bool:
    """The later record's sentence takes up the earlier's happening, whatever their types
    (``followup``): next to it, or within reach sharing a word (``shared``), pointing back."""
    later = max((a, b), key=lambda e: e.evidence.start).evidence.text
    return follows_up(later, consecutive(a, b), shared > 0 and within_reach(a, b, shared))


# "Since then he has held the office": a time of its own, reckoned from the earlier happening's.
_OWN_TIME = re.compile(r"\b(?:since|until|till|by) then\b|\bever since\b")


def goes_on(a: Event, b: Event) -> bool:
    """The later sentence comes right after the earlier, points back to it by a pronoun or
    "then", and states neither the date nor the place its record was given ("... a similar
    attack on pilgrims in 1992." "They were attacked at <a village the gazetteer lacks>."):
    the pipeline lent those from elsewhere in the story, and the sentence's time and place
    are the earlier's, so its record's say nothing against them. Not a further act ("later",
    "another", ``sequel.FURTHER_ACT``) nor what has gone on since ("since then ...")."""
    later = max((a, b), key=lambda e: e.evidence.start)
    text = later.evidence.text
    if FURTHER_ACT.search(text) or _OWN_TIME.search(text.lower()):
        return False
    return consecutive(a, b) and points_back(text) and not names_own(later)


def _one_type_in_turn(a: Event, b: Event) -> tuple[Event, Event] | None:
    """The earlier and the later of two records of one event type told in two sentences."""
    first, later = sorted((a, b), key=lambda e: e.evidence.start)
    if a.event_type != b.event_type or later.evidence.start < first.evidence.end:
        return None
    return first, later


def surnames(event: Event) -> frozenset[str]:
    """The last words of the persons' names a record's sentence gives (``named.name_pairs``)."""
    return frozenset(last for _, last in name_pairs(event.evidence.text))


def taken_up(a: Event, b: Event) -> bool:
    """Two records of one type (two arrests, two protests), the later's sentence, anywhere
    further down the story, opening on the people or the act of the earlier one or on the
    surname of a person it named (``followup.takes_up``). Not for violence: a story tells
    many scenes, and "the victims" far down may be any of them."""
    told = _one_type_in_turn(a, b)
    return told is not None and takes_up(told[1].evidence.text, surnames(told[0]))


def named_again(a: Event, b: Event) -> bool:
    """``taken_up`` by the surname of a person the earlier sentence named (``followup.names_again``)."""
    told = _one_type_in_turn(a, b)
    return told is not None and names_again(told[1].evidence.text, surnames(told[0]))


def told_together(
    a: Event,
    b: Event,
    references: tuple[Reference, Reference],
    radius_km: dict[int, float],
    shared: float = 0.0,
    common: frozenset[str] = frozenset(),
) -> bool:
    """One violent happening told in two sentences of one story (module docstring):
    nearby, or far apart but alike (``far_apart_alike``); ``shared`` their content-word
    cosine, ``common`` the words they share; the caller checks that the dates overlap."""
    if a.article_id != b.article_id:
        return False
    violent = is_violent(a) and is_violent(b)
    described = not violent and taken_up(a, b)
    later = max((a, b), key=lambda e: e.evidence.start)
    if violent:
        if not (within_reach(a, b, shared) or far_apart_alike(a, b, common) or at_that_time(a, b)):
            return False
    elif not (one_kind(a, b) and shared > 0 and within_reach(a, b, shared)) and not followed_up(a, b, shared):
        if not described:
            return False
    if any(roundup(e.evidence.text) or sums_towns(e) for e in (a, b)):
        return False
    if a.modality not in FACTUAL_MODALITIES or b.modality not in FACTUAL_MODALITIES:
        return False
    if counted_apart(a, b, references, described and named_again(a, b)) or other_days(a, b):
        return False
    if another_occasion(a, b):
        return False
    if opens_new_scene(later.evidence.text):
        return False
    if place_agrees(a, b, radius_km):
        return True
    # The places a sentence telling who the people are names are their homes, not the happening's.
    if described and identifies(later.evidence.text):
        return one_country(a, b)
    return goes_on(a, b) and places_lent(a, b) and one_country(a, b)


def counted_apart(a: Event, b: Event, references: tuple[Reference, Reference], named: bool) -> bool:
    """Either record names an incident or is a cumulative statement of its own (module
    docstring). A later sentence that takes up the earlier's person by surname (``named``:
    "kishore and others were arrested at ..." after "31 people, among them giriraj kishore,
    were arrested") restates the happening that count was of: only a count of its own keeps
    it apart. ("The arrested persons ..." takes up the last arrest told, not a count
    further back: no exception for it.)"""
    counted = [bool(r.incidents) or counts_something(e, r) for e, r in zip((a, b), references)]
    if named:
        return counted[0] if a.evidence.start > b.evidence.start else counted[1]
    return any(counted)
