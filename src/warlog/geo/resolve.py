"""Choosing, for each place name in an article, which GeoNames place it means.

Evidence, strongest first: how well the name matches; the countries and regions
the article names (directly or by demonym); closeness to the article's other
places, its dateline's above all (see ``dateline``); population and feature class;
the outlet's country last. A name is
resolved once per article, so "Raqqa" means the same place every time, except
where a name is given with the area it lies in ("Alari (N'Guigmi, Diffa)"): that
area binds its reading (see ``chains``).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field

from .chains import lies_in
from .neighbours import neighbours
from .gazetteer import ALTERNATE, EXACT, VARIANT, Gazetteer
from .place import ADMIN1, ADMIN2, CAPITAL, CONTINENT, COUNTRY, Place, distance_km
from .recognise import COMPASS_ADJECTIVES, DIVISION_WORDS, PLACE_NOUNS, Mention

MAX_CANDIDATES = 40
# Weights of the linear score; a softmax over candidates turns it into [0, 1].
W_NAME, W_PRIOR, W_COUNTRY, W_ADMIN1, W_NEAR, W_OUTLET = 3.0, 2.5, 1.6, 0.8, 0.8, 0.3
NEAR_KM = 250.0
DATELINE_ANCHOR = 3  # a dateline weighs as much as this many mentions of its place as a neighbour
EPONYMOUS_TOWN = 20_000
UNSURE_CONTAINER = 0.5  # a qualifier read with less confidence than this constrains nothing
CONFIDENT = 0.9  # a first-pass choice this sure tells the second pass which country we are in
SHARPNESS = 2.0  # softmax temperature: how fast confidence falls as rivals close in
# Words that name a part of any country: a division called only by them ("Centre",
# "Mid-Western", "North Province", "the Capital") tells by its name no country at all.
POSITION_WORDS: frozenset[str] = COMPASS_ADJECTIVES | DIVISION_WORDS | frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "centre", "center",
     "middle", "mid", "far", "upper", "lower", "capital"}
)
FEATURE_PRIOR: dict[str, float] = {COUNTRY: 1.0, CONTINENT: 0.9, ADMIN1: 0.8, CAPITAL: 0.95, ADMIN2: 0.45}


@dataclass(frozen=True)
class _Evidence:
    """Where the article is: countries it names (names, demonyms, actors), its regions,
    and the same countries plus those of the towns resolved with confidence."""

    named: Counter[str]
    regions: set[str]
    with_towns: Counter[str]
    own: dict[tuple[str, bool], Counter[str]]  # each name's own vote among ``named``
    own_town: dict[tuple[str, bool], str] = field(default_factory=dict)  # its vote among the towns
    plain: Counter[str] = field(default_factory=Counter)  # hints and plainly named regions
    places: dict[tuple[str, bool], str] = field(default_factory=dict)  # ``own_town`` less countries' names

    def without(self, key: tuple[str, bool], countries: Counter[str]) -> Counter[str]:
        """``countries`` less the name's own vote: "Mayo" names Ireland's county, which
        says nothing about whether a story set in Cameroon means it."""
        return countries - self.own.get(key, Counter())

    def firm_without(self, key: tuple[str, bool]) -> Counter[str]:
        """Countries that the story's hints, plainly named regions (not a bracket's
        guessed reading, nor a country's name) and confident towns give, less the name's
        own votes: what an exact homonym abroad must overcome ("Tama" beside "Wadi Fira,
        Dar Tama")."""
        towns = Counter(code for k, code in self.places.items() if k != key)
        return self.plain - self.own.get(key, Counter()) + towns

    def towns_without(self, key: tuple[str, bool]) -> Counter[str]:
        """The countries of names and confident towns, less the name's own votes: a
        guess's first reading ("Tawila" as a Yemeni village) does not vouch for itself."""
        own = self.own.get(key, Counter()) + Counter([self.own_town[key]] if key in self.own_town else [])
        return self.with_towns - own


@dataclass
class Resolution:
    place: Place | None
    score: float
    # how sure the reading's country is: the share of all readings in that country
    # ("NDjamena" the capital or its region: unsure which, sure it is Chad)
    country_score: float = 0.0


def prior(place: Place) -> float:
    """How likely a name means this place before reading the article."""
    if place.feature_code in FEATURE_PRIOR:
        return FEATURE_PRIOR[place.feature_code]
    return min(1.0, math.log10(place.population + 1) / 7.0)


class Resolver:
    """Document-level disambiguation over the gazetteer's candidates."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def resolve(
        self,
        mentions: list[Mention],
        country_hints: list[str],
        outlet_country: str | None = None,
        links: Sequence[int | None] = (),
        borders: Collection[str] = frozenset(),
    ) -> list[Resolution]:
        """One resolution per mention, in order.

        ``links`` gives, per mention, the mention naming the area it lies in
        (``chains.containers``): that area is a hard constraint on its reading.
        ``borders`` are countries next to the homes of the article's actors: a town
        there named exactly is no homonym (``_far_fetched``).
        """
        links = list(links) or [None] * len(mentions)
        keys = [(m.query, m.division) for m in mentions]
        # names only ever seen inside longer ones ("Simpang Lima Monument", "the New York
        # Agreement") say nothing about the article's countries and are kept only there;
        # nor does a name given with its area ("Santa Cruz, Manila" is no Bolivian region)
        embedded = set(keys) - {(m.query, m.division) for m in mentions if not m.embedded}
        qualified = set(keys) - {key for key, link in zip(keys, links) if link is None}
        candidates = {key: self._candidates(key[0]) for key in dict.fromkeys(keys)}
        countries, regions, own, plain = self._context(
            {k: c for k, c in candidates.items() if k not in embedded}, country_hints, qualified
        )
        frequency = Counter(keys)
        # the dateline is where the reporter stood: the body's places lie near it
        frequency.update({(m.query, m.division): DATELINE_ANCHOR for m in mentions if m.dateline})
        chosen: dict[tuple[str, bool], Resolution] = {}
        for _ in range(2):  # second pass adds closeness to, and the countries of, the first pass's choices
            anchors = [(k, r.place, r.score * frequency[k]) for k, r in chosen.items() if r.place is not None]
            own_town = {
                k: r.place.country_code for k, r in chosen.items()
                if r.place is not None and r.country_score >= CONFIDENT and k not in embedded and r.place.country_code
            }
            places = {k: code for k, code in own_town.items() if chosen[k].place.feature_code != COUNTRY}
            evidence = _Evidence(countries, regions, countries + Counter(own_town.values()), own, own_town, plain, places)
            chosen = {
                key: self._choose(key, cands, evidence, anchors, outlet_country, key in embedded, borders)
                for key, cands in candidates.items()
            }
        resolutions = [chosen[key] for key in keys]

        def choose(key: tuple[str, bool], cands: list[tuple[Place, float]]) -> Resolution:
            return self._choose(key, cands, evidence, anchors, outlet_country, key in embedded, borders)

        # innermost last: "Alari (N'Guigmi, Diffa)" reads Diffa, then N'Guigmi in it, then Alari
        readings = [candidates[key] for key in keys]
        for k in reversed(range(len(mentions))):
            _read_inside(k, links, readings, keys, resolutions, choose)
        return resolutions

    def _candidates(self, query: str) -> list[tuple[Place, float]]:
        """The name's readings; "Karak district" and "Gresik city" also read as "Karak"
        and "Gresik" (GeoNames rarely lists a place under its English generic)."""
        found = self.gazetteer.matches(query)
        words = query.split()
        if len(words) > 1 and words[-1].lower() in DIVISION_WORDS:
            seen = {p.geonameid for p, _ in found}
            found += [(p, w) for p, w in self.gazetteer.matches(" ".join(words[:-1])) if p.geonameid not in seen]
        elif len(words) > 1 and words[-1].lower() in PLACE_NOUNS and not found:
            # a "city" or "village" is a town, never the region of that name ("Quebec City")
            found = [(p, w) for p, w in self.gazetteer.matches(" ".join(words[:-1])) if not p.is_area]
        return found[:MAX_CANDIDATES]

    def _context(
        self,
        candidates: dict[tuple[str, bool], list[tuple[Place, float]]],
        country_hints: list[str],
        qualified: set[tuple[str, bool]] = frozenset(),
    ) -> tuple[Counter[str], set[str], dict[tuple[str, bool], Counter[str]], Counter[str]]:
        """Countries and regions (admin1 codes, and districts) the article names unambiguously.

        A name marked as a division ("Saptari District", "(Macomia, Cabo Delgado)")
        counts by its best division reading, so a bracketed region places its town.
        Also returned apart: the countries of the hints and plainly named regions alone,
        which a bracket's reading (chosen by these same votes) does not add to.
        """
        named: Counter[str] = Counter()
        regions: set[str] = set()
        areas: list[tuple[Place, int]] = []
        own: dict[tuple[str, bool], Counter[str]] = {}
        for key, cands in candidates.items():
            top = _plain_area(key[0], cands) if not key[1] and key not in qualified else None
            if top is not None:
                weight = 2 if top.feature_code == COUNTRY else 1
                areas.append((top, weight))
                named[top.country_code or ""] += 1
                own[key] = Counter({top.country_code or "": weight})
        # a country's bare name may only qualify a noun ("US President"): regions only
        plain = Counter(country_hints) + Counter(a.country_code or "" for a, _ in areas if a.feature_code != COUNTRY)
        # bracketed divisions: the reading in the country most of the article's names agree on
        bracket_country = _best_countries(named + _division_votes(candidates))
        for (query, division), cands in candidates.items():
            reading = _division_reading(cands, bracket_country) if division and not _position_name(query) else None
            if reading is not None:
                areas.append((reading, 2))
        countries: Counter[str] = Counter(country_hints)
        for area, weight in areas:
            countries[area.country_code or ""] += weight
            if area.feature_code != COUNTRY and area.admin1_code:
                regions.add(area.admin1_code)
            if area.feature_code == ADMIN2:
                regions.add(_district_key(area))
        return countries, regions, own, plain

    def _choose(
        self,
        key: tuple[str, bool],
        cands: list[tuple[Place, float]],
        evidence: "_Evidence",
        anchors: list[tuple[tuple[str, bool], Place, float]],
        outlet_country: str | None,
        embedded: bool = False,
        borders: Collection[str] = frozenset(),
    ) -> Resolution:
        if not cands:
            return Resolution(None, 0.0)
        division = key[1]
        countries, regions = evidence.with_towns, evidence.regions
        # towns big enough to be what a bare name means, over their eponymous division
        town_names = {(p.admin1_code, w) for p, w in cands if not p.is_area and p.population >= EPONYMOUS_TOWN}
        total_mentions = sum(countries.values()) or 1
        scores: list[float] = []
        for place, weight in cands:
            s = W_NAME * weight + W_PRIOR * prior(place)
            if place.country_code and countries[place.country_code]:
                s += W_COUNTRY * (0.5 + 0.5 * min(1.0, countries[place.country_code] / total_mentions * 2))
            if place.admin1_code in regions and place.feature_code != ADMIN1:
                s += W_ADMIN1
            if not place.is_area and _district_key(place) in regions and not division:
                # "San Jose City, Nueva Ecija": the one in that province; but the town of
                # "Mehsana district" gains nothing from the district its own name makes
                s += W_ADMIN1
            s += W_NEAR * _closeness(place, [(p, w) for k, p, w in anchors if k != key])
            if outlet_country and place.country_code == outlet_country:
                s += W_OUTLET
            if place.feature_code in (ADMIN1, ADMIN2):
                # a bare "Kirkuk" is the town; "Kirkuk province" the division
                if division:
                    # a district with no town of its own is only placed at its region's middle
                    s += 1.5 if place.population else 0.0
                elif (place.admin1_code, weight) in town_names:
                    s -= 1.5
            scores.append(s)
        best = max(range(len(cands)), key=lambda k: scores[k])
        bound = division or embedded
        # a town abroad may be a second country of the story; a district or a piece of a
        # longer name abroad is not, once confident towns have shown where we are
        # what the rest of the story says: the name's own first reading does not vouch for it
        others = evidence.towns_without(key)
        if _far_fetched(cands[best], others if bound else evidence.without(key, evidence.named), bound, borders, others):
            return Resolution(None, 0.0)
        if not bound and _far_off(cands[best], others, evidence.firm_without(key)):
            return Resolution(None, 0.0)
        if _names_no_country(key[0], cands[best][0], cands) and not others[cands[best][0].country_code or ""]:
            return Resolution(None, 0.0)  # "Centre" alone: the region of which country?
        top = max(scores)
        shares = [math.exp(SHARPNESS * (x - top)) for x in scores]
        total = sum(shares)
        place, weight = cands[best]
        same_country = sum(x for (p, _), x in zip(cands, shares) if p.country_code == place.country_code)
        return Resolution(place, _unit(shares[best] / total * weight), _unit(same_country / total * weight))


def _unit(x: float) -> float:
    return round(min(1.0, max(0.0, x)), 3)


# A name that matches only by its consonant skeleton ("Walikale" ~ "Wallkill") is a
# guess; in a country the article gives no sign of, it is a wrong one.
SMALL_PLACE = 100_000
BIG_CITY = 1_000_000  # a city this big is told of from anywhere
AGREED = 2  # votes for one country that make the story's place firm
RIVAL_SHARE = 0.25  # a town abroad this big beside a region makes their shared name ambiguous


def _far_fetched(
    candidate: tuple[Place, float],
    countries: Counter[str],
    bound: bool = False,
    borders: Collection[str] = (),
    others: Counter[str] = Counter(),
) -> bool:
    """A small place abroad that only a spelling links to an article set elsewhere.

    When the article points to countries (names, demonyms, its actors), a small
    place outside all of them is a homonym ("Manton", Michigan, in a report on
    Myanmar); so is any place abroad that is ``bound`` to its context: given as a
    town's district ("Kouri (Tibesti Ouest, Tibesti)" is not Haiti's Ouest) or seen
    only inside a longer name ("the Mobile Intervention Unit" in Chad is not in
    Alabama). A skeleton match is kept only in a country the article points to.
    """
    place, weight = candidate
    abroad = bool(countries) and not countries[place.country_code or ""]
    if bound and abroad and place.country_code not in borders or weight < VARIANT and not countries[place.country_code or ""]:
        return True  # a consonant skeleton alone ("Barangay" ~ Baringo) needs the country's backing
    # a division is judged by every sign of the story's countries, confident towns too
    area_abroad = abroad or bool(+others) and not others[place.country_code or ""]
    if place.feature_code in (ADMIN1, ADMIN2) and area_abroad and place.population < SMALL_PLACE:
        # "Mayo" (a county of Ireland) in a story the article sets in Cameroon; likewise
        # a small district of a country the story gives no sign of
        return True
    if place.feature_code in (COUNTRY, ADMIN1, CONTINENT):
        return False
    if place.country_code in borders and weight >= ALTERNATE and place.population >= EPONYMOUS_TOWN:
        # "Zakho" (GeoNames' "Zaxo") in a story of Turkish strikes: a town next door; not
        # one of unknown size named only by a former name or another spelling
        return False
    if abroad and weight < EXACT:
        return True  # "Kalomba" is not Colombo, nor "Malinde" Milan, in a report set elsewhere
    if place.country_code in borders:
        return False  # "Boko Haram militants ... near Maine Soroa": across the border they cross
    if place.population >= SMALL_PLACE:
        return False
    return abroad


def _far_off(candidate: tuple[Place, float], countries: Counter[str], firm: Counter[str] = Counter()) -> bool:
    """A name that only another spelling links to a place neither in nor next to any
    country of the story's other places ("Tawila" read as Yemen's "At Tawilah" in a story
    whose towns are in Sudan) is a homonym; across a border (Hawija beside Mayadin) a
    story may well go. So is a town's exact name ("Tama", a Japanese city, in a story of
    Wadi Fira and Dar Tama in Chad) once the story's other names agree at least twice on
    where it is (``firm``: regions and confident towns, not a bracket's guess) and it
    names nothing of the town's country; a capital or a big city is told of from anywhere."""
    place, weight = candidate
    if place.feature_code in (COUNTRY, CONTINENT) or not place.country_code:
        return False
    if weight >= EXACT:
        if place.is_area or place.feature_code == CAPITAL or place.population >= BIG_CITY:
            return False
        if max(firm.values(), default=0) < AGREED:
            return False
        countries = countries + firm  # "Seattle-based" in a story of Jiangsu that names the US: told of
    present = {code for code, n in countries.items() if n > 0 and code}
    return bool(present) and place.country_code not in present | neighbours(present)


def _read_inside(
    k: int,
    links: list[int | None],
    cands: list[list[tuple[Place, float]]],
    keys: list[tuple[str, bool]],
    resolutions: list[Resolution],
    choose: Callable[[tuple[str, bool], list[tuple[Place, float]]], Resolution],
) -> None:
    """Read mention ``k`` inside the area its container names, or leave it unresolved.

    When the container's reading holds none of its readings, the container is read
    again among its own readings that do and still lie in their own container ("Argao,
    Cebu, Central Visayas": Cebu the province, not Cebu City 60 km from Argao; "Chame
    (Manang District)": Nepal's district, not a Thai one).
    """
    c = links[k]
    if c is None or resolutions[c].place is None:
        return
    mine = cands[k]
    outer = resolutions[links[c]].place if links[c] is not None else None
    if not any(lies_in(p, resolutions[c].place) for p, _ in mine):
        holding = [
            (a, w) for a, w in cands[c]
            if (outer is None or lies_in(a, outer)) and any(lies_in(p, a) for p, _ in mine)
        ]
        if holding:
            resolutions[c] = choose(keys[c], holding)
    area = resolutions[c].place
    if area is None:
        return
    inside = [(p, w) for p, w in mine if lies_in(p, area)]
    if not inside and outer is not None:
        # "Bosso (Diffa, Diffa)": not near the town Diffa, but in the region Diffa
        inside = [(p, w) for p, w in mine if lies_in(p, outer)]
    if inside:
        resolutions[k] = choose(keys[k], inside)
    elif resolutions[c].score >= UNSURE_CONTAINER and not _outranks(resolutions[k].place, area, mine):
        # a village the gazetteer lacks, not a homonym abroad (while an unsure reading of
        # the qualifier, "Las Navas, Samar" as Samara in Russia, rules out nothing)
        resolutions[k] = Resolution(None, 0.0)


def _outranks(place: Place | None, area: Place, readings: list[tuple[Place, float]]) -> bool:
    """A country, region or big city read with its own name stays itself when the name
    after it cannot contain it ("Along with Russia, Iran ..."; "Manila (Metro Manila, ...)"
    split as "Metro" + "Manila"); a country met by a piece of a local name does not
    ("Datu Saudi, Lanao del Sur" is no Saudi Arabia)."""
    if place is None:
        return False
    if place.feature_code == COUNTRY:
        return any(p.geonameid == place.geonameid and w >= EXACT for p, w in readings)
    big = place.feature_code == ADMIN1 or not place.is_area and place.population >= SMALL_PLACE
    return big and place.population >= area.population


def _division_votes(candidates: dict[tuple[str, bool], list[tuple[Place, float]]]) -> Counter[str]:
    """Per country, how many division names have a reading there; a first-level
    reading counts double ("Cabo Delgado" outvotes Brazil's "Palma")."""
    votes: Counter[str] = Counter()
    for (query, division), cands in candidates.items():
        if not division or _position_name(query):
            continue  # "Bheri, Mid-Western": "Mid-Western" could be in any country
        best: dict[str, int] = {}
        for place, weight in cands:
            if weight >= ALTERNATE and place.country_code and place.feature_code in (ADMIN1, ADMIN2):
                vote = 2 if place.feature_code == ADMIN1 else 1
                best[place.country_code] = max(best.get(place.country_code, 0), vote)
        votes.update(best)
    return votes


def _district_key(place: Place) -> str:
    """How a second-level division sits in the ``regions`` set beside admin1 codes."""
    return f"{place.country_code}/{place.admin2}"


def _plain_area(query: str, cands: list[tuple[Place, float]]) -> Place | None:
    """A country or region that a name exactly and first of all means."""
    if not cands:
        return None
    top, weight = cands[0]
    if weight < EXACT or not top.country_code or _names_no_country(query, top, cands):
        return None
    if _homonym_abroad(top, cands):
        return None  # "Kochi": a Japanese prefecture, and as big a city in India
    if top.feature_code == ADMIN2:  # a province where provinces are second-level ("Nueva Ecija")
        return top if sum(w >= EXACT for _, w in cands) == 1 else None  # not one of many Dallas Counties
    return top if top.feature_code in (COUNTRY, ADMIN1) else None


def _position_name(query: str) -> bool:
    """A name made only of words for a part of a country ("Centre", "Mid-Western")."""
    words = [word for word in re.split(r"[\s\-]+", query.lower()) if word]
    return bool(words) and all(word in POSITION_WORDS for word in words)


def _names_no_country(query: str, place: Place, cands: list[tuple[Place, float]]) -> bool:
    """A division whose name says nothing of its country: one made only of position words
    ("Centre", "Mid-Western", "North Province"), or a first-level name that another
    country's region of comparable size has too ("Centre" in Burkina Faso, Cameroon and
    Haiti). Only the story's other places can tell which it is."""
    if place.feature_code not in (ADMIN1, ADMIN2):
        return False
    if _position_name(query):
        return True
    return place.feature_code == ADMIN1 and any(
        w >= EXACT and p.feature_code == ADMIN1 and p.country_code != place.country_code
        and p.population >= place.population * RIVAL_SHARE
        for p, w in cands
    )


def _homonym_abroad(top: Place, cands: list[tuple[Place, float]]) -> bool:
    """The name is as exactly, and about as big, a town of another country: it tells
    which country the story is in no more than the town's reading does."""
    return any(
        w >= EXACT and p.country_code != top.country_code and not p.is_area
        and p.population >= max(EPONYMOUS_TOWN, top.population * RIVAL_SHARE)
        for p, w in cands
    )


def _best_countries(votes: Counter[str]) -> set[str]:
    top = max(votes.values(), default=0)
    return {code for code, n in votes.items() if n == top and n > 0}


def _division_reading(cands: list[tuple[Place, float]], countries: set[str]) -> Place | None:
    """A bracketed name's division reading in one of ``countries``, if it has one."""
    readings = [
        place for place, weight in cands
        if weight >= ALTERNATE and place.feature_code in (ADMIN1, ADMIN2) and place.country_code in countries
    ]
    states = [p for p in readings if p.feature_code == ADMIN1]
    if len(states) == 1:
        return states[0]  # "Texas" the state, not one of the Texas Counties
    if len(readings) > 1 and len({p.admin1_code for p in readings}) > 1:
        return None  # one of many (Plymouth County, Massachusetts or Iowa): says nothing
    return readings[0] if readings else None


def _closeness(place: Place, anchors: list[tuple[Place, float]]) -> float:
    """Weighted share of the article's other places that lie near this one."""
    if not anchors:
        return 0.0
    near = total = 0.0
    for other, weight in anchors:
        if other.geonameid == place.geonameid or other.feature_code in (COUNTRY, CONTINENT):
            continue
        total += weight
        if distance_km(place.latitude, place.longitude, other.latitude, other.longitude) <= NEAR_KM:
            near += weight
    return near / total if total else 0.0
