"""Which named incident does a record's evidence refer to, and which toll does it restate?

Reports written days later refer back to an incident by name ("the godhra carnage",
"the attack on the sabarmati express at godhra", "the killing of ehsan jaffri")
rather than retelling it, so their wording, date, place and even the type the
pipeline gave them differ from the first report; what they share is the name.
A name is the proper words of a phrase built on a violent head noun: words before
it ("<name> massacre") or the object and place after it ("attack on <name> at
<place>"). Phrases the sentence gives only as background (a protest *against* it,
riots *after* it, arrests *in connection with* it, another incident *likened* to it, a
visit to its *victims*) are skipped, and so are records
whose own type is not violence: those are other happenings that mention it. So is every
name in a riot record whose sentence tells its riots as another happening's sequel ("the
bombing and the riots that followed", ``wave.tells_sequel``): the name is the other happening's.

Names are compared by a consonant skeleton ("gulberg"/"gulbarg", "jafri"/"jaffri"),
so the keys are plain strings: the same for every record, whatever came before.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from ..extract.premises import BUILDINGS
from ..normalise.numbers import parse_number
from ..record import Event
from ..taxonomy import SUB_EVENT_TYPES

# Event types whose records can *be* a violent incident (not a reaction to one).
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})
VIOLENT_SUB_TYPES = frozenset({"Looting/property destruction"})

_HEADS = frozenset(
    """carnage massacre killing killings lynching incident attack attacks burning torching tragedy episode
    holocaust bloodbath arson bombing blast ambush abduction abductions kidnapping kidnappings raid storming""".split()
)
# Where the object of "<head> of|on" ends: a new clause or a verb phrase starts.
_CLAUSE = frozenset(
    "and but or which who whom whose that where when while as by with for from to he she they it is was were are had has have".split()
)
# A head's object and place follow one of these ("attack on <name> at <place>").
_OBJECT = frozenset({"on", "of", "at", "in"})
_LINKS = frozenset({"on", "of", "at", "in", "near", "the"})
MAX_NAME = 3  # words before a head, and object/place words after it, that can name it

# Words right before a phrase that make it the cause or background of another happening.
_BACKGROUND = re.compile(
    r"(?:\bpost|\bafter|\bfollowing|\bfollowed|\bsince|\bover|\bsubsequent to)(?: the| this| that)?$"
)
# Words that do so anywhere in the few words before it ("protest against the killing of ... aboard <name>").
# A comparison too ("likening the godhra carnage to <another incident>", "compared to ..."):
# the sentence is about the other one.
_CAUSE = re.compile(
    r"\b(?:against|protest\w*|wake of|aftermath of|backdrop of|connection with|sparked|triggered|likening|liken(?:ed|s)?"
    r"|compar(?:ing|ed|es|e))\b"
)
BACKGROUND_WINDOW = 6  # tokens before a phrase searched for a cause word
# A named train ("<name> express") is one incident's name, as a head phrase is.
_VEHICLES = frozenset({"express", "mail"})
# An incident told as one of several, or as new, is not the named one.
_NOT_THE_ONE = frozenset({"fresh", "another", "more", "series", "stray", "other", "further", "new", "similar"})
# Words that describe an incident or its victims without naming it.
_DESCRIPTIVE = frozenset(
    """recent latest earlier last first second gruesome ghastly brutal dastardly horrific heinous
    large scale small major minor massive widespread sporadic isolated serious several various number subsequent
    barbaric inhuman shocking tragic unfortunate ill fated worst ever communal terrorist militant
    allegedly reportedly apparently deliberately
    mob violent alleged suspected called train express coach coaches bogie bogies compartment
    railway station passenger passengers
    people persons men women children innocent victim victims minority
    majority community members house houses home residence village town city district state area
    areas locality former leader police army day night morning evening
    wednesday thursday friday saturday sunday monday tuesday january february march april may june
    july august september october november december group members
    hindu hindus muslim muslims christian christians sikh sikhs buddhist buddhists jewish jews shia sunni
    villagers residents workers labourers pilgrims devotees students policemen soldiers civilians families""".split()
) | _HEADS
# "the godhra carnage victims' families": people the incident struck, the subject of another happening.
_ITS_PEOPLE = frozenset("victim victims survivor survivors widows orphans families kin relatives accused".split())
_TOKEN = re.compile(r"[a-z0-9']+|-|[^\sa-z0-9'-]")
# The head nouns and tokens, for readers of other phrases built on them (``tolled``).
HEADS, TOKEN = _HEADS, _TOKEN


def skeleton(word: str) -> str:
    """Consonants with doubles collapsed: one key for the spellings of one name."""
    consonants = re.sub(r"[aeiouy'\W]", "", word)
    return re.sub(r"(.)\1+", r"\1", consonants)


def keys_of(words: list[str]) -> set[str]:
    """The keys a phrase's words name it by (``_keys``), for readers of other phrases (``wave``)."""
    return _keys(words)


def _keys(words: list[str]) -> set[str]:
    """Keys of a phrase's proper words (``words`` in reading order), a building by its
    qualifier (``thing_keys``)."""
    names = [w for w in words if len(w) >= 4 and w not in _DESCRIPTIVE and w not in ENGLISH_STOP_WORDS]
    keys = {skeleton(w) for w in names if not w.isdigit() and len(skeleton(w)) >= 3 and w not in BUILDINGS}
    return keys | thing_keys(words) | vehicle_keys(words)


# A train a deed struck ("the ambush on the train", "the train bombing") is keyed by its kind
# alone: its qualifier is most often its route or the place it was struck at, which other
# reports name it by instead ("the <town> train attack", "the <name> express"), so it never
# tells two trains apart. "A train" is any train. The key is completed by the record's
# country (``placed_vehicles``): the one train attack of a country's news, not of the world's.
# Buses are left out: gunmen stop buses on one road week after week, so "the bus" names none.
VEHICLES = frozenset({"train"})
_INDEFINITE = frozenset({"a", "an", "one", "any"})
UNPLACED = "@"


def vehicle_keys(words: list[str]) -> set[str]:
    """``<kind>@`` for each definite vehicle among a phrase's words (``VEHICLES``)."""
    return {skeleton(w) + UNPLACED for i, w in enumerate(words) if w in VEHICLES and (i == 0 or words[i - 1] not in _INDEFINITE)}


def placed_vehicles(keys: frozenset[str], country: str | None) -> frozenset[str]:
    """Vehicle keys completed by the record's country; dropped when it has none."""
    kept = {k for k in keys if not k.endswith(UNPLACED)}
    if country:
        kept |= {k + country.lower() for k in keys if k.endswith(UNPLACED)}
    return frozenset(kept)


def thing_keys(words: list[str]) -> set[str]:
    """A building a deed was aimed at, keyed with its qualifier ("the crpf centre": "crpf:cntr"),
    or bare ("the centre": "cntr"): a bare head never matches a qualified one, one centre of
    a city being any centre, and two qualifiers are two buildings (``other_things``)."""
    keys = set()
    for index, word in enumerate(words):
        if word not in BUILDINGS:
            continue
        qualifier = next((w for w in reversed(words[:index]) if qualifies(w)), None)
        if qualifier:
            keys.add(f"{skeleton(qualifier)}:{skeleton(word)}")
        elif word not in _DESCRIPTIVE:  # "the station" never named one
            keys.add(skeleton(word))
    return keys


def qualifies(word: str) -> bool:
    """A word saying which one ("crpf", "american"), not what kind ("group", "the"): a
    building's qualifier, a target's naming word (``attacked``)."""
    return word.isalpha() and word not in _DESCRIPTIVE and word not in ENGLISH_STOP_WORDS


def other_things(a: frozenset[str], b: frozenset[str]) -> bool:
    """Keys naming one kind of building by different qualifiers ("crpf:cntr", "mrcn:cntr"):
    two buildings, so two deeds, whatever other name they share (a city)."""
    kinds = {k.split(":")[1] for k in a if ":" in k} & {k.split(":")[1] for k in b if ":" in k}
    return any(not {k for k in a if k.endswith(":" + kind)} & {k for k in b if k.endswith(":" + kind)} for kind in kinds)


def _before(tokens: list[str], head: int) -> tuple[list[str], int]:
    """The modifier words right before the head ("post-godhra train"), and where they start."""
    words: list[str] = []
    i = head - 1
    while i >= 0 and len(words) < MAX_NAME:
        token = tokens[i]
        if token != "-" and (not token[0].isalnum() or token in ENGLISH_STOP_WORDS):
            break
        if token != "-":
            words.append(token)
        i -= 1
    return words, i + 1


def _after(tokens: list[str], head: int) -> list[str]:
    """The object and place words after "<head> on|of|at|in", up to a clause boundary."""
    if head + 1 >= len(tokens) or tokens[head + 1] not in _OBJECT:
        return []
    words: list[str] = []
    for token in tokens[head + 2 : head + 2 + 2 * MAX_NAME]:
        if token in _LINKS or token == "-":
            continue
        if not token[0].isalnum() or token in _CLAUSE or len(_keys(words)) == MAX_NAME:
            break
        words.append(token)
    return words


# A named victim identifies the incident: "ehsan jafri, who was burnt alive",
# "jaffri's house was set ablaze".
_VICTIM = re.compile(
    r"([a-z]+ [a-z]+),? who (?:was|were|had been) (?:burnt|burned|killed|murdered|lynched|stabbed|shot|hacked|charred)"
    r"|([a-z]+)(?:'|\u2019|'')s (?:house|home|residence|bungalow|shop|office) (?:was|were) "
    r"(?:set ablaze|set on fire|burnt|burned|torched|attacked|gutted)"
)


# A named train the subject of its own arrival in a clause of time ("... a stabbing spree at the
# station as the ill-fated <name> express chugged in"): the setting of the deed, not the deed.
# Not when it arrives somewhere ("as the <name> express arrived at <town>, a mob set fire to
# it"): the clause may then set the scene of the train's own attack.
_ARRIVING = frozenset({"arrived", "arrives", "chugged", "pulled", "steamed", "rolled", "halted"})
_WHEN = frozenset({"as", "when", "while", "till", "until", "before"})
_SOMEWHERE = frozenset({"at", "into", "to", "near", "outside"})
# "(two carriages of) the train were torched": the vehicle a deed struck, told in the passive
# ("that same bus was bombed once more" is another deed).
_STRUCK_VEHICLE = re.compile(
    rf"\bthe ({'|'.join(sorted(VEHICLES))}) (?:was|were|had been|has been) "
    r"(?:attacked|burnt|burned|torched|set on fire|set ablaze|bombed|ambushed)"
)


def _background(tokens: list[str], start: int) -> bool:
    """Whether the words before a phrase make it another happening's cause."""
    near = " ".join(t for t in tokens[max(0, start - 3) : start] if t != "-")
    wide = " ".join(t for t in tokens[max(0, start - BACKGROUND_WINDOW) : start] if t != "-")
    return bool(_BACKGROUND.search(near) or _CAUSE.search(wide))


def _arriving(tokens: list[str], head: int, start: int) -> bool:
    """Whether a named vehicle only arrives, in a clause of time, where another deed is told."""
    arrives = head + 1 < len(tokens) and tokens[head + 1] in _ARRIVING
    somewhere = head + 2 < len(tokens) and tokens[head + 2] in _SOMEWHERE
    return arrives and not somewhere and bool(_WHEN & set(tokens[max(0, start - 2) : start]))


def told_as_background(text: str, at: int) -> bool:
    """Whether the words before ``text[at:]`` make the phrase there another happening's cause
    ("riots after the demolition ...")."""
    tokens = _TOKEN.findall(text[:at].lower())
    return _background(tokens, len(tokens))


def named_incidents(text: str) -> frozenset[str]:
    """Skeleton keys of the proper words naming an incident the sentence is *about*."""
    text = text.lower()
    tokens = _TOKEN.findall(text)
    keys: set[str] = set()
    shadow = -1  # a background phrase's object ("against the killing of ... aboard <name> express") is background too
    for head, token in enumerate(tokens):
        if token not in _HEADS and token not in _VEHICLES:
            continue
        before, start = _before(tokens, head)
        of_people = head + 1 < len(tokens) and tokens[head + 1].rstrip("'") in _ITS_PEOPLE
        aside = "post" in before or _NOT_THE_ONE & set(before) or _background(tokens, start) or of_people
        aside = aside or _arriving(tokens, head, start)
        if head <= shadow or aside:
            shadow = head + 2 + 2 * MAX_NAME
            continue
        keys |= _keys(before[::-1])
        if token in _HEADS:
            keys |= _keys(_after(tokens, head))
    for match in _VICTIM.finditer(text):
        keys |= _keys((match.group(1) or match.group(2)).split())
    for match in _STRUCK_VEHICLE.finditer(text):
        if not told_as_background(text, match.start()):
            keys |= vehicle_keys(["the", match.group(1)])
    return frozenset(keys)


def is_violent(event: Event) -> bool:
    """Whether the record itself is a violent happening (and so can be the incident)."""
    sub = event.sub_event_type
    return sub in VIOLENT_SUB_TYPES or SUB_EVENT_TYPES.get(sub or "") in VIOLENT_TYPES


# "toll ... stands at 544", "toll touched the 544-mark", "toll ... reached 726".
_TOLL = re.compile(r"\btoll\b([^.;]{0,160})")
# A figure in digits, "1,204" or "1204" (never part of a longer figure).
_DIGIT_FIGURE = r"\d{1,3}(?:,\d{3})+|\d+"
_DIGITS = rf"(?<![\d,])({_DIGIT_FIGURE})"
_FIGURE = re.compile(rf"{_DIGITS}(?!\d|,\d)")
_NOT_TOLL_BEFORE = re.compile(
    r"(?:from|january|february|march|april|may|june|july|august|september|october|november|december|(?:in|ex)cluding(?: the)?)\s*$"
)
_NOT_TOLL_AFTER = re.compile(r"^\s*(?:persons|people|killed|victims|who|of them|km|days|hours|per)")
MIN_TOLL = 10  # smaller figures recur for unrelated incidents


# "486 deaths have taken place": a toll stated without the word.
_DEATHS = re.compile(rf"{_DIGITS} deaths\b")


def toll_figure(text: str) -> int | None:
    """The cumulative death toll a sentence states, if it states one."""
    match = _TOLL.search(text.lower())
    if match is None:
        deaths = _DEATHS.search(text.lower())
        value = _value(deaths.group(1)) if deaths else 0
        return value if value >= MIN_TOLL else None
    clause = match.group(1)
    for figure in _FIGURE.finditer(clause):
        before, after = clause[: figure.start()], clause[figure.end() :]
        if _NOT_TOLL_BEFORE.search(before) or _NOT_TOLL_AFTER.match(after):
            continue
        value = _value(figure.group(1))
        return value if value >= MIN_TOLL else None
    return None


# "27 people were burnt to death", "58 persons killed": a figure outlets restate.
_DEAD = re.compile(
    r"(?<![\d,])(\d+) (?:people|persons|men|women|passengers|villagers|kar ?sevaks|ram ?sevaks|others)"
    r" (?:were |being |had been |have been )?(?:killed|burnt|burned|charred|massacred|lynched|died)"
)
MIN_DEAD = 10  # "two killed" is said of a hundred incidents


def dead_figure(text: str) -> int | None:
    """The largest "N people were killed" figure a sentence states, if any."""
    figures = [int(m.group(1)) for m in _DEAD.finditer(text.lower())]
    best = max(figures, default=0)
    return best if best >= MIN_DEAD else None


# "200 persons have been arrested", "arrested 72 persons", "arrested close to 4,000 rioters".
_HELD = r"(?:arrested|detained|held|rounded up|taken into custody|picked up|apprehended)"
_SMALL = "one two three four five six seven eight nine ten eleven twelve".split()
_COUNT = rf"({_DIGIT_FIGURE}|{'|'.join(_SMALL)})"
# A clock time ("left at 9:42 am and were arrested") counts no one.
_NOT_CLOCK = r"(?<![\d,:.])"
_NOT_HOUR = r"(?! ?(?:am|pm|hrs|o'clock)\b| ?[ap]\.m\.)"
_ARRESTED = re.compile(
    rf"{_NOT_CLOCK}\b{_COUNT}{_NOT_HOUR}(?:-odd)? (?:[a-z]+ ){{0,5}}(?:have been |had been |were |was |are )?{_HELD}"
    rf"|{_HELD} (?:as many as |at least |about |around |nearly |close to |over |more than |some )?{_COUNT}(?![\d,])"
)


# The fewest arrests whose figure, restated, tells one happening ("arrested nearly 4000 rioters");
# "arrested one mohammad shahid" names a man, it counts nothing.
TELLING_ARRESTS = 10


def arrest_figure(text: str) -> int | None:
    """The first "N people arrested" figure a sentence states, if any.

    Arrest counts are cumulative statements like tolls: "40 arrested" and "200
    arrested" are two statements, whatever else their sentences share.
    """
    match = _ARRESTED.search(text.lower())
    if match is None:
        return None
    return _value(match.group(1) or match.group(2))


# "2,459 houses, 2,082 shops ... set on fire": a property count is a cumulative statement too.
_DAMAGED = re.compile(rf"{_DIGITS} (?:houses|homes|shops|vehicles|cabins|trucks|buses|factories)\b")


def damage_figure(text: str) -> int | None:
    """The first count of houses, shops or vehicles a sentence states, if any."""
    match = _DAMAGED.search(text.lower())
    return _value(match.group(1)) if match else None


def _value(figure: str) -> int:
    """A figure the patterns above matched ("1,204", "35", "three")."""
    return int(parse_number(figure) or 0)


# "from a school in Kuriga", "at the village of Kuriga": where a report says it happened.
_AT_PLACE = re.compile(r"\b(?:in|at|near)(?: the (?:town|village|city) of)? ([a-z][a-z'-]+)")


def place_keys(text: str) -> frozenset[str]:
    """Skeleton keys of the names a sentence places its happening at: what a later
    report names it by ("the Kuriga abduction")."""
    return frozenset(_keys([m.group(1) for m in _AT_PLACE.finditer(text.lower())]))


@dataclass(frozen=True, slots=True)
class Reference:
    """What a record says about *which* happening it is, beyond its own fields."""

    incidents: frozenset[str]
    toll: int | None
    dead: int | None
    arrested: int | None = None
    damaged: int | None = None
    places: frozenset[str] = frozenset()

    @classmethod
    def of(cls, event: Event) -> "Reference":
        """A toll statement is its own happening: the incidents and deaths it counts in are background."""
        text = event.evidence.text
        toll = toll_figure(text)
        arrested = arrest_figure(text) if event.sub_event_type == "Arrests" else None
        if not is_violent(event):
            return cls(incidents=frozenset(), toll=toll, dead=None, arrested=arrested)
        from .tolled import counted_incident  # both read names with this module's readers
        from .wave import tells_sequel, wave_keys

        regions, country = _region_keys(event), event.location.country_code
        if toll is not None:
            return cls(incidents=placed_vehicles(counted_incident(text) - regions, country), toll=toll, dead=None)
        # riots told as a named attack's sequel are the riots as a whole (``wave``); told as the
        # sequel of something unnamed or beside another happening, they carry no one's name
        names = named_incidents(text)
        named = wave_keys(event, regions, names) or (frozenset() if tells_sequel(event) else names - regions)
        return cls(
            incidents=placed_vehicles(named, country), toll=None, dead=dead_figure(text),
            damaged=damage_figure(text), places=place_keys(text) - regions,
        )


def _region_keys(event: Event) -> set[str]:
    """Keys of the record's region and country: "carnage in gujarat" and "a raid on a
    village in plateau state" name no one incident. A town named like its region keeps
    its name ("the kaduna attack" placed in Kaduna town)."""
    location = event.location
    regions, town = _folded_keys([location.admin1, location.country]), set()
    if (location.precision or 3) < 3:
        town = _folded_keys([location.name])
    return regions - town


def _folded_keys(names: list[str | None]) -> set[str]:
    folded = (unicodedata.normalize("NFKD", n).encode("ascii", "ignore").decode().lower() for n in names if n)
    return {skeleton(word) for name in folded for word in name.split()}
