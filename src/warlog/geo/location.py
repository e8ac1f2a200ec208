"""Where an event happened: the place its mention is tied to, with ACLED precision.

Order of evidence: a toponym syntactically attached to the trigger or its
arguments ("surrendered in Hawija", "clashes south of Mayadin"), else a toponym
in the same sentence, else the article's focus (its dateline's town when the
story is about that region, else its most-mentioned town, first resolved on ties). Precision follows ACLED: 1 the town itself, 2 near or part of
it ("outskirts of", "near", a district), 3 only a region or country.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection

from spacy.tokens import Doc, Span, Token

from ..record import Location
from .dateline import dateline_focus
from .neighbours import neighbours
from .normalise import fold
from .parser import Toponym
from .recognise import (
    COMPASS_ADJECTIVES, DASHES, DIVISION_WORDS, LOCATIVE_PREPOSITIONS, MISSIONS, PLACE_NOUNS, ROAD_NOUNS,
    STREET_NOUNS, in_admin_parenthesis,
)
from .place import ADMIN1, ADMIN2, AREA_CODES, COUNTRY, Place
from .sources import acled_country_name

NEARBY_WORDS: frozenset[str] = frozenset(
    {"near", "outside", "outskirts", "suburb", "suburbs", "around", "nearby", "north", "south", "east", "west",
     "northeast", "northwest", "southeast", "southwest", "northern", "southern", "eastern", "western",
     "countryside", "vicinity", "environs", "district", "area", "km", "kilometres", "kilometers", "miles"}
)
MAX_HOPS = 4


def _ancestors_within(token: Token, hops: int) -> list[Token]:
    chain, current = [], token
    for _ in range(hops):
        if current.head is current:
            break
        current = current.head
        chain.append(current)
    return chain


def _tied_to(doc: Doc, toponym: Toponym, trigger: Token) -> int | None:
    """Hops from the toponym's head up to the trigger (or its verb), None when unrelated."""
    head = doc[toponym.token_start : toponym.token_end].root
    targets = {trigger.i, trigger.head.i} if trigger.dep_ in ("dobj", "nsubj", "nsubjpass") else {trigger.i}
    for hops, ancestor in enumerate(_ancestors_within(head, MAX_HOPS), start=1):
        if ancestor.i in targets:
            return hops
    return None


def _nearby(doc: Doc, toponym: Toponym) -> bool:
    """"near X", "outskirts of X", "south of X", "X district"."""
    window = doc[max(0, toponym.token_start - 4) : toponym.token_start]
    after = doc[toponym.token_end : toponym.token_end + 1]
    # "Imbada (Meluco, Cabo Delgado)": the district the village lies in, not the village
    bracketed = in_admin_parenthesis(doc, toponym.token_start, toponym.token_end)
    return bracketed or any(t.lower_ in NEARBY_WORDS for t in window) or any(t.lower_ in {"district", "area"} for t in after)


# What joins a road's two ends: "the road between X and Y", "linking X to Y", "from X to Y".
ROAD_LINKS: frozenset[str] = frozenset({"between", "linking", "connecting", "joining", "from"})


def road_end(doc: Doc, toponym: Toponym) -> int | None:
    """0 or 1 when the toponym names the first or second end of a road between two towns
    ("a road between Kaduna and Abuja", "the Kaduna-Abuja highway"), else None. The
    happening is on the road, near its first town (precision 2), in neither town."""
    start, end = toponym.token_start, toponym.token_end
    if end < len(doc) - 1 and doc[end].text in DASHES and _road_follows(doc, end + 1, 4):
        return 0
    if start > 1 and doc[start - 1].text in DASHES and _road_follows(doc, end, 2):
        return 1
    before = doc[max(0, start - 6) : start]
    link = next((t for t in reversed(before) if t.lower_ in ROAD_LINKS), None)
    if link is None:
        return None
    # "killed ten people between Kaduna and Abuja": between two towns is on the way
    between_towns = link.lower_ == "between" and toponym.feature_code not in AREA_CODES
    if not between_towns and not any(t.lower_ in ROAD_NOUNS for t in doc[max(0, link.i - 3) : link.i]):
        return None
    return 1 if any(t.lower_ in ("and", "to") for t in doc[link.i + 1 : start]) else 0


def _road_follows(doc: Doc, start: int, words: int) -> bool:
    return any(t.lower_ in ROAD_NOUNS for t in doc[start : start + words])


def _precision(doc: Doc, toponym: Toponym) -> int:
    if toponym.feature_code in AREA_CODES and toponym.feature_code != ADMIN2:
        return 3
    if toponym.feature_code == ADMIN2 or _nearby(doc, toponym) or road_end(doc, toponym) is not None:
        return 2
    return 1


def _rank(toponym: Toponym) -> int:
    """Towns before districts before regions before countries."""
    return {"PCLI": 3, "CONT": 4, "ADM1": 2, "ADM2": 1}.get(toponym.feature_code or "", 0)


def _inside(town: Toponym, area: Toponym) -> bool:
    if town.country_code != area.country_code:
        return False
    if area.feature_code == ADMIN1:
        return town.admin1 == area.admin1
    if area.feature_code == ADMIN2:
        return town.admin2 == area.admin2
    return area.feature_code == COUNTRY


def _narrowed(best: Toponym, in_sentence: list[Toponym]) -> Toponym:
    """A region or country the event is tied to, narrowed to the most specific place of
    the sentence that lies in it ("in Madiun city, East Java province"; "in Nord Kivu ...
    in Goma"; "Nepal Police ... at Roshi (Kavrepalanchok district, Bagmati)")."""
    if _rank(best) == 0:
        return best
    smaller = [t for t in in_sentence if _rank(t) < _rank(best) and _inside(t, best)]
    # the dateline's town before the nearest other ("rajkot: ... here during the gujarat bandh")
    return min(smaller, key=lambda t: (_rank(t), not t.dateline, abs(t.start - best.start))) if smaller else best


def _settled(
    doc: Doc, best: Toponym, in_sentence: list[Toponym], toponyms: list[Toponym], away: bool = False
) -> Location:
    """The chosen place, a region narrowed to a town in it: the sentence's own, else one
    the article named earlier or later ("rioted in Maniema" after "met in Kindu"), which
    is then only "near" (precision 2); a dateline's town only when it is the story's
    focus (``dateline_focus``) and the sentence puts the happening nowhere else (``away``:
    "in a village in Kaduna state"; ``_somewhere_in``)."""
    narrowed = _narrowed(best, in_sentence)
    if narrowed is best and _rank(best) > 0:
        resolved = [t for t in toponyms if t.resolved]
        # a dateline narrows only a story about its region ("rajkot: ... the gujarat
        # bandh"), not "in northern Burkina Faso" filed from the capital
        filed = None if away or _somewhere_in(doc, best) else dateline_focus(resolved)
        elsewhere = _narrowed(best, [t for t in resolved if not t.dateline or t is filed])
        if elsewhere is not best:
            return to_location(doc, elsewhere, max(2, _precision(doc, elsewhere)))
    return to_location(doc, narrowed)


COMPASS_WORDS: frozenset[str] = COMPASS_ADJECTIVES | {
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "remote"
}


def _somewhere_in(doc: Doc, area: Toponym) -> bool:
    """"in northwest Nigeria", "in a remote part of Mali", "in Nigeria": the sentence puts
    the happening somewhere in a country, or in a part of a region it names by compass,
    which is not the town the story was filed from (a capital's dateline over a kidnapping
    in a village of the north); the dateline places only a story naming no other place."""
    if area.feature_code == COUNTRY:
        # "in Afghanistan's capital" is the dateline's town
        return not any(t.lower_ == "capital" for t in doc[area.token_end : area.token_end + 3])
    before = doc[max(0, area.token_start - 4) : area.token_start]
    after = doc[area.token_end : area.token_end + 2]  # "Nigeria's northwest"
    return any(t.lower_ in COMPASS_WORDS for t in before) or (
        len(after) == 2 and after[0].lower_ == "'s" and after[1].lower_ in COMPASS_WORDS
    )


def article_focus(toponyms: list[Toponym], countries: Collection[str] = ()) -> Toponym | None:
    """The dateline's place when the article is about its region, else the most-mentioned
    resolved town (first on ties), else the most-mentioned area.

    ``countries`` limits the choice to places in those countries (ISO codes).
    """
    resolved = [t for t in toponyms if t.resolved and (not countries or t.country_code in countries)]
    if not resolved:
        return None
    filed = dateline_focus(resolved)
    if filed is not None:
        return filed
    # a dateline that is not the story's region is only where the reporter sat
    resolved = [t for t in resolved if not t.dateline] or resolved
    counts = Counter(t.geonameid for t in resolved)
    first = {}
    for k, t in enumerate(resolved):
        first.setdefault(t.geonameid, k)
    return min(resolved, key=lambda t: (_rank(t) > 0, -counts[t.geonameid], first[t.geonameid]))


def to_location(doc: Doc, toponym: Toponym | None, precision: int | None = None) -> Location:
    if toponym is None:
        return Location()
    return Location(
        name=toponym.name,
        text=toponym.text,
        latitude=toponym.latitude,
        longitude=toponym.longitude,
        admin1=toponym.admin1,
        admin2=toponym.admin2,
        country=toponym.country,
        country_code=toponym.country_code,
        geonameid=toponym.geonameid,
        precision=(precision or _precision(doc, toponym)) if toponym.resolved else None,
    )


def event_location(
    doc: Doc,
    sentence: Span,
    trigger: Token | None,
    toponyms: list[Toponym],
    countries: Collection[str] = (),
    home: str | None = None,
) -> Location:
    """The event's place: tied to the trigger, else in the sentence, else the article's focus.

    ``countries`` are where the sentence's own actors belong ("Peshmerga" -> IQ): when
    the sentence names no place, the focus must lie there, so an article about two
    countries does not put Kurdish troops in Syria. ``home`` is the article's main
    country: a sentence's places there come before its places abroad ("clashed in
    Wour, near the border with Libya"). Among places tied to the trigger, a town
    beats the region it is given with ("in Madiun city, East Java province").
    """
    # a dateline is where the story was filed, not a place the sentence tells of: it
    # only comes back as the article's focus
    in_sentence = [
        t for t in toponyms
        if t.resolved and not t.dateline and _within(sentence, t) and not _across_border(doc, t) and not _residence(doc, t)
    ]
    # a force's country yields to a place the sentence also names ("Myanmar Border Guard
    # Police opened fire ... near Teknaf"), and stays the place when it is the only one
    # so does any country or region named only as a noun's modifier ("a protest against
    # US President Biden in Larkana", "a Kashmir solidarity march in Sialkot"), or as whose
    # a mission is or who leads a party ("Sweden's embassy in Baghdad", "US-led troops")
    kept = [
        t for t in in_sentence
        if _modified_noun(doc, t) is None and not _origin(doc, t) and not _names_a_force(doc, t)
    ]
    if len(kept) < len(in_sentence):
        # "the All India Kisan Sabha": a name the modifier opens holds no town of its own
        kept = [t for t in kept if not _in_a_name(doc, t)]
    in_sentence = kept or in_sentence
    # a road's far end is no place of the happening: "on the Kaduna-Abuja highway" is near Kaduna
    in_sentence = [t for t in in_sentence if road_end(doc, t) != 1] or in_sentence

    def abroad(t: Toponym) -> bool:
        return home is not None and t.country_code != home

    away = trigger is not None and _placed_away(doc, sentence, trigger)
    if trigger is not None:
        tied = [
            (abroad(t), _rank(t), hops, t.start, t)
            for t in in_sentence
            if (hops := _tied_to(doc, t, trigger)) is not None
        ]
        if tied:
            return _settled(doc, min(tied, key=lambda item: item[:4])[4], in_sentence, toponyms, away)
    if in_sentence:
        best = min(in_sentence, key=lambda t: (abroad(t), _rank(t), t.start))
        return _settled(doc, best, in_sentence, toponyms, away)
    capital = the_capital(sentence, toponyms, home)
    if capital is not None:
        return to_location(doc, capital, 1)
    focus = (
        article_focus(toponyms, countries or ([home] if home else ()))
        or article_focus(toponyms, countries)
        # "Boko Haram militants killed a herder near Fiego. ... (Diffa)": across the border they cross
        or (article_focus(toponyms, neighbours(countries)) if countries else None)
    )
    if focus is None:
        return Location()
    if focus.dateline and away:
        # "ABUJA - ... abducted 40 people from a remote village": not where the reporter sat
        return Location()
    if trigger is not None and focus.country_code == home and _names_unknown_place(doc, sentence, trigger, toponyms):
        # "recaptured the town of Eel Dheer": the event is there, not in the article's
        # focus town hundreds of km away; only the country is known (the caller's fallback)
        return Location()
    if _local_spot(doc, sentence, toponyms):
        # "... in Bharuch left two dead. Trouble began when mobs gathered at the old bazaar":
        # the bazaar is in the town the story just moved to, not where it was filed
        focus = _section_town(doc, sentence, toponyms, focus) or focus
    # taken from elsewhere in the article: never claim more than "near" precision
    return to_location(doc, focus, max(2, _precision(doc, focus)))


# Spots inside a town: a sentence placing its happening at one names no town of its own.
SPOT_NOUNS: frozenset[str] = STREET_NOUNS | {
    "area", "locality", "neighbourhood", "neighborhood", "quarter", "market", "bazaar", "bazar", "square",
    "junction", "crossing",
}
SECTION_SENTENCES = 2  # how far back "the sentences just before" reach


def _local_spot(doc: Doc, sentence: Span, toponyms: list[Toponym]) -> bool:
    """The sentence puts the happening at a spot inside a town without naming the town:
    "here", a market, road or locality ("mobs gathered at the old bazaar"), or a name
    the gazetteer does not know."""
    if any(not t.resolved and not t.dateline and _within(sentence, t) for t in toponyms):
        return True
    for token in sentence:
        if token.lower_ == "here" and token.pos_ == "ADV":
            return True
        spot = token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in SPOT_NOUNS
        if spot and any(a.lower_ in LOCATIVE_PREPOSITIONS for a in _ancestors_within(token, 3)):
            return True
    return False


def _section_town(doc: Doc, sentence: Span, toponyms: list[Toponym], focus: Toponym) -> Toponym | None:
    """The town or district the sentences just before moved the story to, away from its
    focus ("ahmedabad: ... rioting in Bharuch left two dead."): the section a sentence
    naming no town of its own goes on telling. None when the nearest sentence naming a
    place names a region or the focus itself, or none does."""
    start = sentence.start
    for _ in range(SECTION_SENTENCES):
        if start == 0:
            return None
        before = doc[start - 1].sent
        named = _named_in(before, toponyms)
        if named:
            last = named[-1]
            other_town = _rank(last) < 2 and last.geonameid != focus.geonameid
            return last if other_town and last.country_code == focus.country_code else None
        start = before.start
    return None


def _named_in(span: Span, toponyms: list[Toponym]) -> list[Toponym]:
    """The article's resolved places a span names, in the order it names them: those found
    in it, and any it names word for word that were found elsewhere in the article (in
    lower-case copy, "despatched to vadodara" is missed where "in vadodara" was not)."""
    text = fold(span.text)
    found: dict[int, tuple[int, Toponym]] = {}
    for t in toponyms:
        if not t.resolved or t.dateline or t.geonameid is None:
            continue
        for match in re.finditer(rf"\b{re.escape(fold(t.text))}\b", text):
            at, _ = found.get(t.geonameid, (-1, t))
            found[t.geonameid] = (max(at, match.start()), t)
    return [t for _, t in sorted(found.values(), key=lambda item: item[0])]


RESIDENCE_NOUNS: frozenset[str] = frozenset({"resident", "native", "inhabitant"})


def _residence(doc: Doc, toponym: Toponym) -> bool:
    """"Okafor, a resident of Leeds in northern England, was beaten": where a person
    lives or comes from, told in an apposition, is no place of the happening."""
    head = doc[toponym.token_start : toponym.token_end].root
    for ancestor in _ancestors_within(head, MAX_HOPS):
        if ancestor.lemma_.lower() in RESIDENCE_NOUNS:
            set_off = ancestor.left_edge.i > 0 and doc[ancestor.left_edge.i - 1].text == ","
            return ancestor.dep_ == "appos" or set_off
    return False


BORDER_NOUNS: frozenset[str] = frozenset({"border", "borders", "frontier", "frontiers", "boundary"})


def _across_border(doc: Doc, toponym: Toponym) -> bool:
    """"closed its border with Libya", "the border with Sudan and CAR": the neighbour
    beyond the border, not where the event is (the event's side is the sentence's other
    places, or the article's)."""
    k = toponym.token_start - 1
    while k >= 0 and (doc[k].text == "," or doc[k].lower_ in ("and", "the") or doc[k].ent_type_ in ("GPE", "LOC")):
        k -= 1  # back over the list "with Libya, Sudan, and CAR"
    return k >= 1 and doc[k].lower_ == "with" and doc[k - 1].lower_ in BORDER_NOUNS


FORCE_WORDS: frozenset[str] = frozenset(
    {"police", "army", "forces", "force", "guard", "guards", "military", "navy", "troops", "soldiers",
     "gendarmerie", "gendarmes", "rangers", "rifles", "militia", "coast"}
)


# "US-led troops", "Iran-backed militias", "a Kenya-based group": whose, not where.
AGENT_PARTICIPLES: frozenset[str] = frozenset(
    {"led", "backed", "sponsored", "funded", "trained", "supported", "allied", "brokered", "based", "made"}
)


def _names_a_force(doc: Doc, toponym: Toponym) -> bool:
    """"Myanmar Border Guard Police opened fire ... near Teknaf", "the US embassy in
    Baghdad", "Sweden's embassy in Baghdad", "US-led coalition troops in western Iraq": a
    country named only as whose a force or mission is, or as who leads or backs a party,
    says whose it is, not where it acted (unlike the "Nepal Bar Association", a body of the
    country it is in)."""
    if toponym.feature_code != COUNTRY:
        return False
    owned = FORCE_WORDS | MISSIONS
    head = _modified_noun(doc, toponym)
    if head is not None and any(t.lower_ in owned for t in doc[toponym.token_end : head.i + 1]):
        return True  # "Uganda army units"
    last = doc[toponym.token_end - 1]
    if last.dep_ == "poss" and last.head.i > last.i and last.head.lower_ in owned:
        return True  # "Sweden's embassy"
    j = toponym.token_end
    glued = j + 1 < len(doc) and doc[j].text == "-" and not last.whitespace_ and not doc[j].whitespace_
    return glued and doc[j + 1].lower_ in AGENT_PARTICIPLES  # "US-led troops"


def _modified_noun(doc: Doc, toponym: Toponym) -> Token | None:
    """The noun a country or region's name only modifies ("US President", "Kashmir
    solidarity rally", "Myanmar Border Guard Police"), if it is no more than that."""
    last = doc[toponym.token_end - 1]
    if toponym.feature_code not in (COUNTRY, ADMIN1) or last.dep_ != "compound" or last.head.i <= last.i:
        return None
    # "the Donetsk region", "Borno state": the name of the place itself
    return None if last.head.lower_ in DIVISION_WORDS | PLACE_NOUNS else last.head


def _in_a_name(doc: Doc, toponym: Toponym) -> bool:
    """The toponym is a word of an organisation's name ("Sabha" in "All India Kisan
    Sabha", also a Libyan town): an ORG entity, or the end of a capitalised name run."""
    first = doc[toponym.token_start]
    if first.ent_type_ == "ORG":
        return True
    before = doc[toponym.token_start - 1] if toponym.token_start > 0 else None
    return before is not None and before.is_title and before.dep_ == "compound" and before.head.i >= toponym.token_start


def _origin(doc: Doc, toponym: Toponym) -> bool:
    """"migrants from Ethiopia", "traders from Uganda": where people come from, not where
    the sentence's act took place (a verb's "from", "fled from Kabul", is a place of it)."""
    k = toponym.token_start
    if toponym.feature_code != COUNTRY or k < 2 or doc[k - 1].lower_ != "from":
        return False
    # the parse often hangs the "from" on the verb: the noun right before it tells too
    return doc[k - 1].head.pos_ == "NOUN" or doc[k - 2].pos_ == "NOUN"


def _within(sentence: Span, toponym: Toponym) -> bool:
    return sentence.start <= toponym.token_start and toponym.token_end <= sentence.end


# "the town of X", "X village": the sentence itself says the unknown name is a settlement.
SETTLEMENT_NOUNS: frozenset[str] = frozenset({"town", "village", "city", "hamlet", "settlement"})


def _called_a_settlement(doc: Doc, toponym: Toponym) -> bool:
    before = doc[max(0, toponym.token_start - 2) : toponym.token_start]
    after = doc[toponym.token_end : toponym.token_end + 1]
    of_phrase = len(before) == 2 and before[0].lower_ in SETTLEMENT_NOUNS and before[1].lower_ == "of"
    return of_phrase or any(t.lower_ in SETTLEMENT_NOUNS for t in after)


def _names_unknown_place(doc: Doc, sentence: Span, trigger: Token, toponyms: list[Toponym]) -> bool:
    """The trigger is tied to a town of the sentence that the gazetteer cannot resolve
    ("recaptured the town of Eel Dheer"). Only a name the sentence calls a town or
    village: "in Janakpurdham" or "the area of X" may be the focus under another name
    or near it (ACLED DEV: two notes placed right by the focus were lost otherwise)."""
    return any(
        not t.resolved and not t.dateline and _within(sentence, t)
        and _called_a_settlement(doc, t) and _tied_to(doc, t, trigger) is not None
        for t in toponyms
    )


def _placed_away(doc: Doc, sentence: Span, trigger: Token) -> bool:
    """The trigger is tied to a place the sentence does not name, away from any town the
    story was filed from: "near the border", "in a (remote) village", "in villages"."""
    targets = {trigger.i, trigger.head.i}
    for noun in sentence:
        unnamed_settlement = noun.lemma_.lower() in SETTLEMENT_NOUNS and (
            noun.tag_ == "NNS" or any(c.lower_ in ("a", "an") for c in noun.children)
        )
        if (noun.lower_ in BORDER_NOUNS or unnamed_settlement) and noun.pos_ == "NOUN":
            if any(a.i in targets for a in _ancestors_within(noun, MAX_HOPS)):
                return True
    return False


def the_capital(sentence: Span, toponyms: list[Toponym], home: str | None) -> Toponym | None:
    """"In the capital, ...": the home country's capital when the article names it (often
    only in its dateline); "the capital of X" and "capital punishment" are no such thing."""
    says = any(
        t.lower_ == "capital" and t.pos_ == "NOUN" and any(c.lower_ == "the" for c in t.children)
        and not any(c.dep_ in ("prep", "compound", "amod") for c in t.children)
        for t in sentence
    )
    if not says or home is None:
        return None
    return next((t for t in toponyms if t.resolved and t.feature_code == "PPLC" and t.country_code == home), None)


def country_location(place: Place | None) -> Location:
    """A country as an event location: ACLED's precision 3 (only the country known)."""
    if place is None:
        return Location()
    return Location(
        name=place.name,
        latitude=place.latitude,
        longitude=place.longitude,
        country=acled_country_name(place.country_code, place.name),
        country_code=place.country_code,
        geonameid=place.geonameid,
        precision=3,
    )
