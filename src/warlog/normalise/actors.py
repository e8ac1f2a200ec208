"""Map what an article calls an actor ("ISIS jihadists", "Iraqi forces") to ACLED's name and type.

The dictionary is data (``warlog/data/actors.json``) so coders can extend it without
touching Python. Its format:

``countries``
    ISO alpha-2 -> ``name`` (ACLED's spelling, e.g. "Democratic Republic of Congo"),
    optional ``state`` (as written after "Forces of", e.g. "the Philippines"),
    ``adjectives`` (words that name the country inside an actor phrase) and
    ``periods``: government periods ``{label, from}`` that ACLED puts in state actor
    names ("Military Forces of Iraq (2018-2020)").
``not_actors``
    outlets and attribution words: a phrase containing one is never an actor.
``actors``
    entries with ``id``, ``name`` (may hold ``{country}``, ``{state}``, ``{period}``),
    ``type`` (one of ACLED's eight categories), ``aliases`` (case-insensitive whole
    words), ``acronyms`` (case-sensitive), optional ``country`` (the state a sub-unit
    belongs to), ``home`` (the one country a non-state group fights in, a hint for
    where an article is set), ``local`` (aliases count only for events in ``country``),
    ``names_by_country`` (ACLED's per-country spelling), ``valid`` ([from, to] years),
    ``generic`` (a category noun such as "gunmen": named groups beat it) and
    ``with_country`` (the entry to use instead when the phrase names a country:
    "Turkish drone" is the Turkish military, "a drone" is unidentified) and
    ``instrument`` (a weapon that stands for its unnamed user: "an IED exploded" is
    ACLED's unidentified armed group; as an object it is never the target) and
    ``named_only`` (aliases count only in a phrase that names a country: "Indian firing"
    is India's military via ``with_country``, "firing" alone is no party) and
    ``people`` (other spellings of the people or creed an identity militia is named
    for: "shia" for "Shiite Muslim Militia") and ``people_in`` (countries where ACLED
    codes a people's armed men as this named group rather than the people's ethnic
    militia: "Kurdish militants" in Turkey are the PKK; ``people`` then names the people)
    and ``backers`` (foreign powers, as written before "-backed", whose "backed forces"
    in the group's own country are this group: "U.S.-backed forces" in Syria are the SDF)
    and ``party`` (a political party: its name gives its ``home``, the country an
    article is in, but names no armed side: ACLED codes its supporters in the street as
    protesters or rioters).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from collections.abc import Iterable
from typing import Any

from ..errors import DataError
from ..record import Actor
from ..taxonomy import ACTOR_TYPES

MILITIA_TYPES = frozenset({"Political militia", "Identity militia"})
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})
_NON_WORD = re.compile(r"[^\w'.\-]+")
_POSSESSIVE = re.compile(r"'s\b|s'(?=\s|$)")
# Leading words that say how many or which, never who: "more than one thousand ISIS militants".
_QUANTIFIER = re.compile(
    r"^(?:(?:the|a|an|some|several|many|more|most|than|over|about|around|nearly|almost|at|least|"
    r"up|to|of|dozens|hundreds|thousands|scores|numerous|few|other|others|two|three|four|five|six|"
    r"seven|eight|nine|ten|one|\d[\d,.]*)\s+)+"
)
# Words that make an armed group a community's own (ACLED's Identity militia).
_SELF_DEFENCE = re.compile(r"\bself-defen[cs]e\b")
_COMMUNAL_CUE = re.compile(r"\b(?:clan|ethnic|tribal|communal|tribe)\b|" + _SELF_DEFENCE.pattern)
# A group's initials ("RUF", "M23"): a name even as a phrase's first word.
_ACRONYM = re.compile(r"[A-Z][A-Z0-9-]*[A-Z0-9]")
# An identity militia's name: the people or creed it is named for first ("Tuareg Ethnic
# Militia (Mali)", "Shiite Muslim Militia (Iraq)", "Christian Militia (...)").
_ETHNIC_NAME = re.compile(r"^([A-Z][\w'-]+) (?:(?:Ethnic|Muslim) )?Militia\b")
# The state's own army as a category noun ("forces", "troops"), whose owner the event's
# country supplies: a people's name before it makes it no state's army.
_STATE_ARMY = "Military Forces of {state} ({period})"
# "U.S.-backed forces", "Turkish-supported fighters": the power a force is backed by.
_BACKED_BY = re.compile(r"(?:^|\s)([\w.]+)-(?:backed|supported|sponsored)\b")
# The entry an unnamed group's phrase turns into when a communal cue qualifies it.
COMMUNAL_MILITIA = "communal-militia"
# Cues for a type when the dictionary does not know the actor.
_TYPE_CUES: tuple[tuple[re.Pattern[str], str], ...] = (
    (_COMMUNAL_CUE, "Identity militia"),
    (re.compile(r"\b(?:militia|militiamen|vigilantes?)\b"), "Political militia"),
    (re.compile(r"\b(?:rebels?|insurgents?|guerrillas?|jihadists?|liberation|front|army)\b"), "Rebel group"),
    (re.compile(r"\b(?:police|army|military|ministry|soldiers?|troops?)\b"), "State forces"),
    (re.compile(r"\b(?:protesters?|demonstrators?)\b"), "Protesters"),
)

# Heads of phrases the cues would misread as people: happenings and places.
_NOT_PEOPLE = frozenset(
    """clash clashes violence fighting fight fights attack attacks riot riots tension tensions conflict
    conflicts dispute disputes war wars feud feuds unrest killings killing post posts base bases camp
    camps checkpoint checkpoints barracks headquarters office offices vehicle vehicles convoy operation
    operations offensive raid raids""".split()
)


def normalise_text(text: str) -> str:
    """Lower case, straight apostrophes, no possessive 's, single spaces: the matching form."""
    text = _POSSESSIVE.sub("", text.translate(_APOSTROPHES).lower())
    return " ".join(_NON_WORD.sub(" ", text).split())


@dataclass(frozen=True)
class Period:
    label: str
    start: date


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    state: str
    adjectives: tuple[str, ...]
    periods: tuple[Period, ...]

    def period(self, year: int | None) -> Period | None:
        """The government in office for most of ``year`` (mid-year), or the latest one."""
        if not self.periods:
            return None
        if year is None:
            return self.periods[-1]
        mid = date(year, 7, 1)
        current = [p for p in self.periods if p.start <= mid]
        return current[-1] if current else None


@dataclass(frozen=True)
class Entry:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    acronyms: tuple[str, ...]
    country: str | None = None
    home: str | None = None
    local: bool = False
    generic: bool = False
    with_country: str | None = None
    instrument: bool = False
    named_only: bool = False
    names_by_country: dict[str, str] = field(default_factory=dict)
    valid: tuple[int | None, int | None] = (None, None)
    people: tuple[str, ...] = ()
    people_in: tuple[str, ...] = ()
    backers: tuple[str, ...] = ()
    party: bool = False

    def valid_in(self, year: int | None) -> bool:
        first, last = self.valid
        return year is None or ((first is None or year >= first) and (last is None or year <= last))


@dataclass(frozen=True)
class _Match:
    entry: Entry
    start: int  # word offset in the normalised phrase
    end: int
    country: str | None  # a country the phrase itself names


def _first_word_index(phrases: Iterable[list[str]]) -> dict[str, list[tuple[int, list[str]]]]:
    """``first word -> [(position in phrases, phrase words)]``, positions ascending."""
    index: dict[str, list[tuple[int, list[str]]]] = {}
    for position, words in enumerate(phrases):
        if not words:
            raise DataError("actor dictionary has an alias or adjective that normalises to nothing")
        index.setdefault(words[0], []).append((position, words))
    return index


def _indexed_spans(
    words: list[str], index: dict[str, list[tuple[int, list[str]]]]
) -> list[tuple[int, int, int]]:
    """``(phrase position, start, end)`` of every indexed phrase in ``words``, sorted as a
    scan of the phrases in order (then by start) would find them, so ties break the same."""
    hits = [
        (position, start, start + len(phrase))
        for start, word in enumerate(words)
        for position, phrase in index.get(word, ())
        if words[start : start + len(phrase)] == phrase
    ]
    hits.sort()
    return hits


class ActorDictionary:
    """Alias -> canonical actor lookup, with ACLED's country and government-period naming."""

    def __init__(self, data: dict[str, Any]) -> None:
        try:
            self.countries = {code: _country(code, spec) for code, spec in data["countries"].items()}
            self.entries = [_entry(spec) for spec in data["actors"]]
            blocked = data["not_actors"]
            self._blocked = {normalise_text(a) for a in blocked["aliases"]}
            self._blocked_heads = set(blocked["heads"])
        except (KeyError, TypeError, ValueError) as exc:
            raise DataError(f"malformed actor dictionary: {exc!r}") from exc
        self._by_id = {e.id: e for e in self.entries}
        bad = {e.type for e in self.entries} - set(ACTOR_TYPES)
        if bad:
            raise DataError(f"actor dictionary uses types outside ACLED's eight: {sorted(bad)}")
        self._aliases = [(e, normalise_text(a).split()) for e in self.entries for a in e.aliases]
        self._acronyms = [
            (e, a, re.compile(rf"(?<![A-Za-z0-9]){re.escape(a)}(?![A-Za-z0-9])")) for e in self.entries for a in e.acronyms
        ]
        self._adjectives = [
            (c.code, normalise_text(a).split()) for c in self.countries.values() for a in c.adjectives
        ]
        # Phrases are matched against every alias for every lookup (several per
        # sentence); indexing by first word makes that a dictionary probe per word.
        self._alias_index = _first_word_index(alias for _, alias in self._aliases)
        self._adjective_index = _first_word_index(adj for _, adj in self._adjectives)
        # "Tuareg" -> its ethnic militias: a people's name makes its armed men its militia.
        self._ethnic: dict[str, list[Entry]] = {}
        for entry in self.entries:
            for word in _people_words(entry):
                self._ethnic.setdefault(word, []).append(entry)

    @classmethod
    def load(cls) -> "ActorDictionary":
        """The dictionary shipped with warlog (parsed once per process)."""
        return _shipped()

    # -- public API -----------------------------------------------------------------

    def is_source(self, text: str) -> bool:
        """True for outlets, photo credits and spokesmen: attribution, never a party."""
        norm = normalise_text(text)
        words = norm.split()
        if not words:
            return False
        padded = f" {norm} "
        return words[-1] in self._blocked_heads or any(f" {b} " in padded for b in self._blocked)

    def lookup(self, text: str, *, year: int | None = None, country_code: str | None = None) -> Actor | None:
        """The canonical actor a phrase names; None for outlets/credits or an empty phrase.

        ``country_code`` (ISO alpha-2) is where the event happened: it picks ACLED's
        per-country names ("Islamic State (Iraq)", "Civilians (Somalia)") and makes
        another country's state forces "External/Other forces". Unknown actors keep
        their surface text, with a type guessed from cue words (or None).
        """
        surface = " ".join(text.split())
        norm = _QUANTIFIER.sub("", normalise_text(surface))
        if not norm or self.is_source(surface):
            return None
        match = self._best_match(surface, norm, year, country_code)
        match = match and self._of_people(match, surface, norm, year, country_code)
        match = match and self._backed(match, norm, year, country_code)
        if match is None or self._names_own_group(match, surface):
            fallback = match.entry.type if match else None
            return Actor(name=_strip_leading(surface), text=surface, type=_guess_type(norm) or fallback)
        return self._render(self._communal(match, norm), surface, year, country_code)

    def _of_people(
        self, match: _Match, surface: str, norm: str, year: int | None, country_code: str | None
    ) -> _Match:
        """"suspected Tuareg assailants", "Arab gunmen", "Kurdish forces": armed men a
        people's or creed's name qualifies are its identity militia (ACLED), whichever
        generic noun the report uses, and no state's army; not when the phrase also names
        the group ("Bantu 'Elements' militiamen"). Where the event's state has an army
        unit the people's name qualifies ("Kurdish Peshmerga" in Iraq), that unit."""
        entry = match.entry
        state_army = entry.name == _STATE_ARMY and entry.country is None
        if entry.type == "Identity militia" and "{country}" in entry.name:
            return self._people_group(match, _people_words(entry), year, country_code) or match
        if not (state_army or (entry.generic and entry.type == "Political militia")) or entry.instrument:
            return match
        names = {normalise_text(w) for w in surface.split()[1:] if w[:1].isupper() or w[:1] in "'\"‘“"}
        for word in norm.split():
            if word not in self._ethnic or names - {word}:
                continue
            unit = self._people_unit(word, country_code) if state_army else None
            if unit is not None:
                return _Match(unit, match.start, match.end, match.country)
            # A people lives across borders ("Arab" in Chad as in Sudan): its militia is
            # named for the event's country unless an entry is that country's own.
            valid = [e for e in self._ethnic.get(word, ()) if e.valid_in(year)]
            anywhere = [e for e in valid if "{country}" in e.name]
            found = self._people_group(match, {word}, year, country_code)
            if found or anywhere:
                return found or _Match(anywhere[0], match.start, match.end, match.country)
        return match

    def _backed(self, match: _Match, norm: str, year: int | None, country_code: str | None) -> _Match:
        """"U.S.-backed forces" in Syria: forces or fighters a foreign power backs, where a
        group of the event's country is known by that backer (``backers``), are that group,
        not the state's army or an unnamed group the generic noun alone would give. A
        phrase naming the state's own forces ("U.S.-backed Iraqi forces") or an unknown
        backer ("Russian-backed forces" in Syria, the government's) keeps its reading."""
        entry = match.entry
        backer = _BACKED_BY.search(norm)
        generic_force = entry.generic and entry.type in ("State forces", *MILITIA_TYPES) and entry.country is None
        if backer is None or match.country or not generic_force:
            return match
        found = self._backed_entry({backer.group(1)}, year, country_code)
        return _Match(found, match.start, match.end, match.country) if found else match

    def _backed_entry(self, words: Iterable[str], year: int | None, country_code: str | None) -> Entry | None:
        """The group of the event's country that one of ``words`` (a power) backs."""
        plain = {w.replace(".", "") for w in words}
        for entry in self.entries:
            if plain & set(entry.backers) and country_code in (entry.home, entry.country) and entry.valid_in(year):
                return entry
        return None

    def backed_group(self, backer: str, surface: str, *, year: int | None, country_code: str | None) -> Actor | None:
        """The ground force of the event's country that the power ``backer`` names backs
        ("U.S.-led coalition troops and their allies" in Syria: the SDF), named as
        ``surface``, if the dictionary knows one."""
        entry = self._backed_entry(re.findall(r"[\w.]+", normalise_text(backer)), year, country_code)
        return self._render(_Match(entry, 0, 0, None), surface, year, country_code) if entry else None

    def _people_group(
        self, match: _Match, words: Iterable[str], year: int | None, country_code: str | None
    ) -> _Match | None:
        """The entry that is the event country's own for a people's armed men: its local
        ethnic militia ("Arab" in Sudan), or the group ACLED codes them as there
        (``people_in``: "Kurdish militants" or "Kurdish fighters" in Turkey are the PKK)."""
        for word in words:
            for entry in self._ethnic.get(word, ()):
                local = entry.local and entry.country in (country_code, match.country)
                # The country the phrase names first: "Syrian Kurdish fighters" in Turkey are not Turkey's group.
                there = (match.country or country_code) in entry.people_in
                if entry.valid_in(year) and (local or there):
                    return _Match(entry, match.start, match.end, match.country)
        return None

    def _people_unit(self, word: str, country_code: str | None) -> Entry | None:
        """The army unit of the event's state that a people's name qualifies in an alias
        ("kurdish peshmerga" in Iraq), if any."""
        for entry in self.entries:
            if entry.country == country_code and entry.name.startswith("Military Forces of"):
                if any(alias.split()[0] == word for alias in entry.aliases if " " in alias):
                    return entry
        return None

    def _communal(self, match: _Match, norm: str) -> _Match:
        """"Bembe self-defence fighters", "ethnic gunmen": a category noun that a communal
        cue qualifies names a communal militia (ACLED's Identity militia); among unarmed
        category nouns ("members of a self-defence group") only self-defence arms them."""
        entry, communal = match.entry, self._by_id.get(COMMUNAL_MILITIA)
        if communal is None or not entry.generic or "{state}" in entry.name or entry.instrument:
            return match
        cue = _COMMUNAL_CUE if entry.type == "Political militia" else _SELF_DEFENCE if entry.type == "Civilians" else None
        if cue is None or not cue.search(norm) or norm.rsplit(" ", 1)[-1] in _NOT_PEOPLE:
            return match
        return _Match(communal, match.start, match.end, match.country)

    def is_instrument(self, text: str) -> bool:
        """True when the phrase names a weapon, not a party ("a hand grenade")."""
        norm = _QUANTIFIER.sub("", normalise_text(" ".join(text.split())))
        match = self._best_match(text, norm, None, None) if norm else None
        return match is not None and match.entry.instrument

    def home_country(self, text: str, *, year: int | None = None) -> str | None:
        """The country a phrase's actor belongs to or fights in ("Peshmerga" -> IQ,
        "Al Shabaab" -> SO, "Somali police" -> SO), else None.

        Where a sentence names no place, its actors say which country it is in.
        """
        norm = _QUANTIFIER.sub("", normalise_text(" ".join(text.split())))
        match = self._best_match(text, norm, year, None, parties=True) if norm else None
        if match is None or match.entry.type == "External/Other forces":
            return None
        if match.entry.country or match.entry.home:
            return match.entry.country or match.entry.home
        return match.country if match.entry.type == "State forces" else None

    def _names_own_group(self, match: _Match, surface: str) -> bool:
        """"Zabadani Defenders militia" is a named group, not an unidentified one: a
        generic armed-group noun next to a capitalised word that is no country."""
        entry = match.entry
        if not entry.generic or entry.type not in MILITIA_TYPES or "{state}" in entry.name:
            return False
        if entry.instrument:
            return False  # "an IED": the acronym is the weapon, not a group's name
        # Match offsets count words after the leading quantifiers ("two unidentified gunmen").
        alias_words = set(_QUANTIFIER.sub("", normalise_text(surface)).split()[match.start : match.end])
        adjectives = {a for c in self.countries.values() for a in c.adjectives}
        # The first word is skipped: it may be capitalised only because it starts a sentence;
        # not an acronym, which is a name wherever it stands ("RUF rebels").
        words = surface.split()
        names = [w for w in words[1:] if w[:1].isupper()] + [w for w in words[:1] if _ACRONYM.fullmatch(w)]
        return any(normalise_text(w) not in alias_words | adjectives for w in names)

    def entry(self, entry_id: str) -> Entry:
        return self._by_id[entry_id]

    # -- matching -------------------------------------------------------------------

    def _named_country(self, words: list[str]) -> str | None:
        hits = [(s, self._adjectives[i][0]) for i, s, _ in _indexed_spans(words, self._adjective_index)]
        return min(hits)[1] if hits else None

    def _best_match(
        self, surface: str, norm: str, year: int | None, country_code: str | None, *, parties: bool = False
    ) -> _Match | None:
        """The entry a phrase names best; a party ("BJP workers") only with ``parties``,
        for its home: as an actor its supporters are the crowd a generic noun names."""
        words = norm.split()
        named = self._named_country(words)
        candidates: list[_Match] = []
        for i, s, e in _indexed_spans(words, self._alias_index):
            candidates.append(_Match(self._aliases[i][0], s, e, named))
        for entry, acronym, pattern in self._acronyms:
            if acronym in surface and pattern.search(surface):
                # Acronyms are names: rank them as covering the whole phrase.
                candidates.append(_Match(entry, 0, len(words), named))
        usable = [
            m for m in candidates
            if (parties or not m.entry.party) and self._usable(m.entry, year, country_code, named)
        ]
        if not usable:
            return None
        last = len(words)
        # Named groups beat category nouns; then the match on the head (last word); then the longest.
        best = max(usable, key=lambda m: (not m.entry.generic, m.end == last, m.end - m.start, -m.start))
        if best.entry.with_country and named:
            best = _Match(self._by_id[best.entry.with_country], best.start, best.end, named)
        return best

    def _usable(self, entry: Entry, year: int | None, country_code: str | None, named: str | None) -> bool:
        if not entry.valid_in(year):
            return False
        if entry.local and entry.country not in (country_code, named) and country_code is not None:
            return False
        if entry.named_only and named is None:
            return False
        return True

    # -- naming ---------------------------------------------------------------------

    def _render(self, match: _Match, surface: str, year: int | None, country_code: str | None) -> Actor:
        entry = match.entry
        # Whose forces: the entry's own state, else a country the phrase names, else the event's.
        owner_code = entry.country or match.country or country_code
        owner = self.countries.get(owner_code) if owner_code else None
        event_country = self.countries.get(country_code) if country_code else None
        actor_type = entry.type
        if "{state}" in entry.name and owner and country_code and owner.code != country_code:
            actor_type = "External/Other forces"  # ACLED: a foreign state's forces are external
        if country_code and country_code in entry.names_by_country:
            name = entry.names_by_country[country_code]
        elif "{state}" in entry.name:
            if owner is None:
                return Actor(name=_strip_leading(surface), text=surface, type=actor_type)  # whose army? unknown
            period = owner.period(year)
            name = entry.name.replace("{state}", owner.state)
            name = name.replace("{period}", period.label) if period else name.replace(" ({period})", "")
        else:
            # Civilians, protesters...: of the event's country (ACLED), or of the named one.
            place = event_country or owner
            name = entry.name.replace("{country}", place.name) if place else entry.name.replace(" ({country})", "")
        return Actor(name=name, text=surface, type=actor_type)


def _strip_leading(surface: str) -> str:
    """Surface text without leading determiners/quantifiers, as an unknown actor's name."""
    words = surface.split()
    lowered = " ".join(words).translate(_APOSTROPHES).lower()
    stripped = _QUANTIFIER.sub("", lowered + " ").strip()
    keep = len(stripped.split()) if stripped else len(words)
    return " ".join(words[len(words) - keep :])


def _guess_type(norm: str) -> str | None:
    if norm.rsplit(" ", 1)[-1] in _NOT_PEOPLE:
        return None  # "communal clashes", "ethnic violence", "army post": a happening or a thing
    for pattern, actor_type in _TYPE_CUES:
        if pattern.search(norm):
            return actor_type
    return None


def _country(code: str, spec: dict[str, Any]) -> Country:
    periods = tuple(
        sorted((Period(p["label"], date.fromisoformat(p["from"])) for p in spec.get("periods", [])), key=lambda p: p.start)
    )
    return Country(
        code=code,
        name=spec["name"],
        state=spec.get("state", spec["name"]),
        adjectives=tuple(spec.get("adjectives", [])),
        periods=periods,
    )


def _entry(spec: dict[str, Any]) -> Entry:
    valid = spec.get("valid") or [None, None]
    return Entry(
        id=spec["id"],
        name=spec["name"],
        type=spec["type"],
        aliases=tuple(spec.get("aliases", [])),
        acronyms=tuple(spec.get("acronyms", [])),
        country=spec.get("country"),
        home=spec.get("home"),
        local=bool(spec.get("local", False)),
        generic=bool(spec.get("generic", False)),
        with_country=spec.get("with_country"),
        instrument=bool(spec.get("instrument", False)),
        named_only=bool(spec.get("named_only", False)),
        names_by_country=dict(spec.get("names_by_country", {})),
        valid=(valid[0], valid[1]),
        people=tuple(spec.get("people", [])),
        people_in=tuple(spec.get("people_in", [])),
        backers=tuple(spec.get("backers", [])),
        party=bool(spec.get("party", False)),
    )


def _people_words(entry: Entry) -> set[str]:
    """The people an entry stands for: an identity militia's first name word and its
    ``people`` spellings ("Tuareg", "shia"); a named group's ``people`` where it has a
    ``people_in``."""
    named = _ETHNIC_NAME.match(entry.name) if entry.type == "Identity militia" else None
    if named is None and not entry.people_in:
        return set()
    return {normalise_text(w) for w in ([named.group(1)] if named else []) + list(entry.people)}


@lru_cache(maxsize=1)
def _shipped() -> ActorDictionary:
    try:
        raw = resources.files("warlog.data").joinpath("actors.json").read_text(encoding="utf-8")
        return ActorDictionary(json.loads(raw))
    except (OSError, json.JSONDecodeError) as exc:
        raise DataError(f"cannot read the actor dictionary: {exc}") from exc
