"""Actors named in an event's paragraph, and the part each plays there.

ACLED's conventions (``parties``) need more than the event's own sentence: who acts,
who only tells of it ("..., police said"), who is harmed, who backs a side, who is
fought. Each noun phrase of the paragraph is looked up once per article and read for
its role from the parse (its verb, its preposition), nearest to the event first.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..extract.actors import CLASH_LEMMAS
from ..extract.modality import CLAIM_VERBS, nobody_did
from ..extract.premises import attacked_premises
from ..extract.roles import VIOLENCE_LEMMAS
from ..normalise.actors import ActorDictionary
from ..record import Actor, Event
from ..taxonomy import ARMED_TYPES as ARMED
from .crowds import acts_on_crowd, crowd_kind
from .paragraphs import paragraph


# Nouns of an exchange of fire: two armed sides, whoever else was hurt.
GUNFIGHTS = frozenset({"shootout", "firefight", "gunfight", "gunbattle", "crossfire", "encounter", "exchange"})

# Words that tell of two sides besides the fighting verbs ("a riot between two groups").
TWO_SIDES = frozenset({"between", "rival", "rivals"})


class ArticlePhrases:
    """What every event of one article shares: the phrases that may name an actor
    (entities and noun chunks, found once: ``Span.noun_chunks`` re-walks the whole
    document) and the dictionary's answers for them."""

    def __init__(self, doc: Doc) -> None:
        self.phrases = sorted(
            {(p.start, p.end) for p in (*doc.ents, *doc.noun_chunks) if p.root.pos_ in ("NOUN", "PROPN")}
        )
        self.lookups: dict[tuple[str, str | None], Actor | None] = {}  # (phrase, country) -> typed actor


class ParagraphActors:
    """Actors named in an event's paragraph, nearest to the event first."""

    def __init__(
        self, doc: Doc, event: Event, dictionary: ActorDictionary, year: int | None, article: ArticlePhrases | None = None
    ) -> None:
        self.dictionary = dictionary
        self.year = year
        self.article = ArticlePhrases(doc) if article is None else article
        self.country = event.location.country_code
        # The latest year the event may have happened in ("seized it in 2014"), if told.
        self.event_year = int(event.date.end[:4]) if event.date.end else None
        span = doc.char_span(event.evidence.start, event.evidence.end, alignment_mode="expand")
        self.sent = span[0].sent if span is not None else None
        self.acting: list[Actor] = []  # those that do something (subjects, "by X", "with X")
        self.observing: list[Actor] = []  # those that only tell or look into it ("police said")
        self.suffering: list[Actor] = []  # those it is done to ("a soldier was shot")
        self.intervening: list[Actor] = []  # state forces acting on a crowd ("police dispersed")
        self.targeted: list[Actor] = []  # those an act is aimed at ("threw stones at the police")
        self.opposing: list[Actor] = []  # a side named as fought ("clashed with police", "between police and X")
        self.alternatives: list[set[str]] = []  # names told as one side ("JNIM or ISGS", "X and Y retook")
        self.backing: list[Actor] = []  # allies told as backing a side ("forces backed by AU troops")
        self.served: list[Actor] = []  # those a thing is for ("a convoy carrying supplies for the coalition")
        self.held: list[Actor] = []  # forces whose post or station was attacked ("a grenade at a police station")
        self.pressing: list[Actor] = []  # a side whose advance a surrender is told with ("as X close in")
        self.crowd: str | None = None  # "Protesters"/"Rioters" when the paragraph tells of one
        self.clash = False  # the paragraph tells of two sides fighting ("two groups clashed")
        self.gunfight = False  # ... or of an exchange of fire ("killed in a shootout")
        self.actors = self._actors(span, doc) if span is not None else []

    def _actors(self, span: Span, doc: Doc) -> list[Actor]:
        sents = paragraph(span[0].sent)
        self.clash = any(t.lemma_.lower() in CLASH_LEMMAS or t.lower_ in TWO_SIDES for sent in sents for t in sent)
        self.crowd = crowd_kind(sents)
        self.gunfight = any(t.lemma_.lower() in GUNFIGHTS for sent in sents for t in sent)
        first, last = sents[0].start, sents[-1].end
        phrases = sorted(
            ((start, end) for start, end in self.article.phrases if first <= start and end <= last),
            key=lambda se: (not (span.start <= se[0] < span.end), abs(se[0] - span.start)),
        )
        found = []
        either: dict[int, set[str]] = {}  # first conjunct's index -> names joined to it as one side
        for start, end in (part for start, end in phrases for part in _conjoined_parts(doc[start:end])):
            held = self._lookup(doc[start:end].text) if attacked_premises(doc[start:end].root) else None
            if held is not None and held.type in ("State forces", "External/Other forces"):
                # The force's building is its target, never a doer ("set ablaze a police
                # station"); a herders' camp attacked is their home (civilians, ACLED).
                self.held.append(held.model_copy())
                continue
            root = doc[start:end].root
            if _where(root) or only_present(root) or _made_of(root) or _held_ground(root):
                continue
            actor = self._lookup(doc[start:end].text)
            if actor is not None:
                actor = actor.model_copy()  # each event gets its own; the look-up is shared
                found.append(actor)
                if (first := _one_side_first(root)) is not None:
                    either.setdefault(first, set()).add(actor.name)
                if _acts(root):
                    self.acting.append(actor)
                if _observes(root):
                    self.observing.append(actor)
                if _backs(root):
                    self.backing.append(actor)
                if _served(root):
                    self.served.append(actor)
                if _presses(root):
                    self.pressing.append(actor)
                if _suffers(root):
                    self.suffering.append(actor)
                if _suffers(root) or _aimed_at(root):
                    self.targeted.append(actor)
                if _fought(root):
                    self.opposing.append(actor)
                if actor.type == "State forces" and not actor.name.startswith("Government") and acts_on_crowd(root):
                    self.intervening.append(actor)
        self.alternatives = [names for names in either.values() if len(names) > 1]
        return found

    def _lookup(self, text: str) -> Actor | None:
        """A typed, non-instrument actor for ``text``; remembered for the article's other
        events, whose paragraphs name the same phrases."""
        key, known = (text, self.country), self.article.lookups
        if key not in known:
            actor = self.dictionary.lookup(text, year=self.year, country_code=self.country)
            typed = actor is not None and actor.type is not None and not self.dictionary.is_instrument(text)
            known[key] = actor if typed else None
        return known[key]

    def crowd_type(self) -> str | None:
        """"Rioters"/"Protesters" when the paragraph tells of a riot or protest, by its
        words ("as they staged protests") or the actors it names ("protesters")."""
        named = next((a.type for a in self.actors if a.type in ("Rioters", "Protesters")), None)
        return self.crowd or named

    def doer(self, *, besides: Actor | None, one_sided: bool = False) -> Actor | None:
        """Who did it: as ``armed``, leaving out whoever only reports or investigates
        ("the police said the attackers were locals"), and in one-sided violence whoever
        is harmed ("a police officer was shot": in a clash, the wounded are a side); none
        when the nearest is only who a thing was for ("a convoy carrying supplies for the
        coalition": the bomb's target, not its planter)."""
        found = self.armed(besides=besides, observers=False, one_sided=one_sided)
        return None if any(found is a for a in self.served) else found

    def armed(
        self, *, besides: Actor | None, named_only: bool = False, observers: bool = True, one_sided: bool = False,
        kinds: frozenset[str] = ARMED,
    ) -> Actor | None:
        """The nearest armed actor (of ``kinds``) that is not ``besides`` (nor, for state
        forces, the same kind), a named group before a generic one; a government is no
        armed party. Without ``observers``, whoever only reports is none ("..., police
        said"); a side that announces its own offensive still fights."""
        candidates = [
            a for a in self.actors
            if a.type in kinds and not a.name.startswith("Government") and not same_side(a, besides)
            and not self.either(a, besides) and not _part_of(a, besides)
            and (observers or not any(a is o for o in self.observing))
            and not (besides is not None and any(a is b for b in self.backing))
            and not (one_sided and any(a.name == o.name for o in self.suffering))
            and self._existed(a)
        ]
        named = [a for a in candidates if not a.name.startswith("Unidentified")]
        return (named or ([] if named_only else candidates) or [None])[0]

    def _existed(self, actor: Actor) -> bool:
        """Whether the actor was there when the event happened: "the SDF expects to take
        Raqqa, years after ISIS seized it in 2014" lends no SDF (formed in 2015, the
        dictionary's ``valid``) to a happening recalled from before."""
        if self.event_year is None or self.year is None or self.event_year >= self.year or not actor.text:
            return True
        then = self.dictionary.lookup(actor.text, year=self.event_year, country_code=self.country)
        return then is not None and then.name.split(" (")[0] == actor.name.split(" (")[0]

    def either(self, actor: Actor, other: Actor | None) -> bool:
        """Whether the paragraph names the two as one side (alternatives, "JNIM or ISGS
        militants attacked", or joint doers, "Somali forces and AU troops retook"): one
        is never the other's opponent."""
        return other is not None and any({actor.name, other.name} <= names for names in self.alternatives)

    def state(self, *, targeted: bool = False, acting: bool = True) -> Actor | None:
        """The nearest police or military that acts in the paragraph ("police intervened",
        "dispersed by police"; not "in front of the police office"), or with ``targeted``
        that a crowd acts on ("attacked police officers", "threw stones at the police");
        a government is no party on the ground, nor police who only tell of it ("..., police said").
        Without ``acting``, of those that act only police named as fought ("clashed with police")."""
        doers = [a for a in self.acting if not any(a is o for o in self.observing)] if acting else self.opposing
        parties = doers + (self.targeted if targeted else [])
        return next((a for a in parties if a.type == "State forces" and not is_government(a)), None)

    def unnamed(self, actor: Actor | None) -> bool:
        """A doer the sentence did not name: filled in as unidentified (no surface text), or
        known only by its weapon ("an IED exploded")."""
        if actor is None or not actor.name.startswith("Unidentified"):
            return False
        return actor.text is None or self.dictionary.is_instrument(actor.text)

    def only_civilians(self) -> bool:
        """The paragraph names civilians who take part ("farmers", "herders"), not only
        those who tell of it or were harmed ("fighting killed 12 civilians, the local
        resistance committee said": a source and the dead, no side), and no armed actor."""
        told_or_harmed = [*self.observing, *self.suffering]
        taking_part = [a for a in self.actors if a.type == "Civilians" and not any(a is b for b in told_or_harmed)]
        return bool(taking_part) and self.armed(besides=None) is None

    def fighting(self) -> bool:
        """The paragraph tells of two sides fighting ("clashed", "a shootout")."""
        return self.clash or self.gunfight

    def harmed_civilians(self) -> bool:
        """The paragraph tells of civilians harmed ("the driver was killed")."""
        return any(a.type == "Civilians" for a in self.suffering)

    def side(self, phrase: Span) -> str | None:
        """The actor type the phrase names ("riot police": State forces), if any."""
        actor = self._lookup(phrase.text)
        return actor.type if actor is not None else None

    def generic(self, phrase: str) -> Actor | None:
        return self.dictionary.lookup(phrase, year=self.year, country_code=self.country)

PARTY_PREPS = frozenset({"by", "with", "between", "against", "and"})


def _conjoined_parts(phrase: Span) -> list[tuple[int, int]]:
    """A phrase that joins two parties under one head ("between rebel militiamen and
    security forces", "KIA and Tatmadaw troops", parsed as one noun phrase) as its parts,
    each looked up on its own ("the Arab and Boulala communities": "Arab", "Boulala
    communities"); any other as itself. Only "and": "JNIM or
    ISGS militants" are alternatives for one side (``_one_side_first``)."""
    cuts = [t.i for t in phrase if t.dep_ == "cc" and t.lower_ == "and" and phrase.start < t.i < phrase.end - 1]
    if len(cuts) != 1 or phrase.doc[cuts[0] - 1].pos_ not in ("NOUN", "PROPN"):
        return [(phrase.start, phrase.end)]
    return [(phrase.start, cuts[0]), (cuts[0] + 1, phrase.end)]

# Verbs whose subject tells or looks into an event rather than taking part in it.
OBSERVING = frozenset(
    {"say", "report", "state", "confirm", "announce", "rule", "identify", "investigate", "believe", "allege",
     "suspect", "deny", "accuse", "blame", "tell", "add", "note", "warn", "count", "record", "find", "discover",
     "inform", "indicate", "disclose", "reveal", "recover"}
)


def _fought(root: Token) -> bool:
    """A side named as the one fought: "clashed with police", "a clash between police and X"."""
    while root.dep_ == "conj":
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in ("with", "between", "against")


def _acts(root: Token) -> bool:
    """A phrase that is a party to a clause: its subject, or the object of "by/with/between"."""
    while root.dep_ == "conj":
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass") or (root.dep_ in ("pobj", "agent") and root.head.lower_ in PARTY_PREPS)

# Participles and nouns that tell one party fighting on another's side.
BACKING = frozenset({"back", "support", "assist", "aid", "accompany", "reinforce", "help", "backing", "assistance"})


def _backs(root: Token) -> bool:
    """An ally named as backing a side ("forces backed by African Union troops", "with the
    support of", "alongside"): on that side, never its opponent; so is its acronym
    ("led by the People's Protection Units (YPG)")."""
    while root.dep_ == "appos" and root.head is not root:
        root = root.head
    prep = root.head
    if root.dep_ != "pobj":
        return False
    if prep.dep_ == "agent" or prep.lower_ == "of":
        return prep.head.lemma_.lower() in BACKING or _leads_group(prep.head)
    return prep.lower_ == "alongside"

# Verbs of giving up to a side.
SURRENDERING = frozenset({"surrender", "defect", "capitulate"})


def _presses(root: Token) -> bool:
    """"Militants have surrendered as U.S.-backed forces close in": the subject of a clause
    telling the circumstance of a surrender is the side they gave up to, never their own
    (also when the parse makes "as" a preposition with the side as its object)."""
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "as":
        return verb.head.lemma_.lower() in SURRENDERING
    return root.dep_ == "nsubj" and verb.dep_ == "advcl" and verb.head.lemma_.lower() in SURRENDERING


def _leads_group(verb: Token) -> bool:
    """"The SDF, led by the YPG": the leader of a named group is on its side (an attack
    "led by" someone is his deed, so only a participle on a group's name)."""
    return verb.lemma_.lower() == "lead" and verb.dep_ == "acl" and verb.head.pos_ == "PROPN"

# Verbs whose object rides in a vehicle: passengers, never who planted the bomb under it.
CARRYING = frozenset({"carry", "transport", "ferry", "escort"})


def _served(root: Token) -> bool:
    """Who a thing is for or carries ("a convoy carrying supplies for the coalition", "a
    car carrying AU soldiers")."""
    while root.dep_ == "compound":  # "AMISOM" in "carrying AMISOM soldiers"
        root = root.head
    return (root.dep_ == "pobj" and root.head.lower_ == "for") or (
        root.dep_ == "dobj" and root.head.lemma_.lower() in CARRYING
    )


def _observes(root: Token) -> bool:
    """The subject of a report or an inquiry ("police said", "the army confirmed", "residents
    and police said"), or "according to X"."""
    while root.dep_ == "conj" and root.head is not root:
        root = root.head  # one of several speakers: the first is the subject
    if root.dep_ == "nsubj" and any(v.lemma_.lower() in OBSERVING for v in _tried(root.head)):
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according"


def _tried(verb: Token) -> list[Token]:
    """The verb and what its subject is said to try, fail or have yet to do ("police
    were unable to identify", "have yet to find"): a subject's deed may lie one step down."""
    steps = [c for c in verb.children if c.dep_ == "acomp"]
    return [verb, *(x for v in (verb, *steps) for x in v.children if x.dep_ == "xcomp")]

# Verbs whose subject is a casualty ("four children died", "the victim sustained injuries").
PERISHING = frozenset({"die", "succumb", "perish"})

SUSTAINING = frozenset({"sustain", "suffer", "receive"})

WOUNDS = frozenset({"injury", "wound", "burn", "fracture"})


def _perishes(root: Token) -> bool:
    """The subject of dying or of sustaining wounds."""
    verb = root.head
    if root.dep_ != "nsubj":
        return False
    if verb.lemma_.lower() in PERISHING:
        return True
    return verb.lemma_.lower() in SUSTAINING and any(c.dep_ == "dobj" and c.lemma_.lower() in WOUNDS for c in verb.children)


def _suffers(root: Token) -> bool:
    """A phrase that violence is done to ("a police officer was shot", "killed two
    soldiers"): a victim, never the doer a paragraph lends to an event."""
    while root.dep_ == "conj":
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ in ("including", "among"):
        root = root.head.head  # "killing three people, including a police officer": one of the victims
        while root.dep_ == "conj":
            root = root.head
    return (root.dep_ in ("nsubjpass", "dobj") and root.head.lemma_.lower() in VIOLENCE_LEMMAS) or _perishes(root)

# Prepositions that aim an act at someone ("threw stones at the police").
AIMING_PREPS = frozenset({"at", "against", "on", "upon"})


def _aimed_at(root: Token) -> bool:
    """The object of a verb, or of a preposition aiming the verb at it ("attacked police
    officers", "pelted stones at the police", "hit a policeman")."""
    while root.dep_ == "conj":
        root = root.head
    if root.dep_ == "dobj":
        return root.head.pos_ == "VERB"
    return root.dep_ == "pobj" and root.head.lower_ in AIMING_PREPS and root.head.head.pos_ == "VERB"

# "shot near the military camp", "at the police station": a place named after its owner.
LOCATIVE_PREPS = frozenset({"near", "at", "in", "inside", "outside", "around", "behind", "beside", "to", "from", "under"})

FACILITIES = frozenset(
    {"camp", "base", "post", "checkpoint", "station", "barracks", "office", "headquarters", "residence", "compound",
     "outpost", "hospital", "school", "prison", "jail", "court", "building", "house", "home", "premises"}
)


def _where(root: Token) -> bool:
    """A facility named as where something happened, not who took part."""
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS and root.lemma_.lower() in FACILITIES

# Nouns of a grouping whose "of" phrase tells what it is made of ("an alliance of militias").
GROUPINGS = frozenset({"alliance", "coalition", "umbrella", "grouping", "federation", "bloc", "network", "merger"})


def _made_of(root: Token) -> bool:
    """"the SDF alliance of Kurdish and Arab militias": the members a grouping is made of
    are that grouping, never a party of their own (nor its foe)."""
    while root.dep_ in ("conj", "amod", "compound") and root.head is not root:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in GROUPINGS

# Ground a group holds, named after it ("the group's de-facto capital", "the rebels' stronghold").
HELD_GROUND = frozenset({"capital", "stronghold", "bastion", "heartland", "territory", "city", "town", "village"})


def _held_ground(root: Token) -> bool:
    """A place named by its holder's possessive is a place, never a party ("Raqqa, the
    terrorist group's de-facto capital" names no unidentified group), nor is any word of
    its holder's name ("jihadist" there)."""
    while root.dep_ in ("compound", "amod", "poss") and root.head is not root:
        root = root.head
    return root.lemma_.lower() in HELD_GROUND and any(c.dep_ == "poss" for c in root.children)

# Verbs that say a group is around, not that it did anything ("militants remain active").
PRESENCE_VERBS = frozenset({"operate", "roam"})

PRESENCE_WORDS = frozenset({"active", "present"})


def only_present(root: Token) -> bool:
    """"No group claimed the attack, but Islamic State militants remain active in the
    area", "bandits operate in the forest": a group said to be around is no doer nor side
    of what the story tells (ACLED codes an unidentified group unless the doer is stated);
    nor is one that did not claim it or denies it ("JNIM, which is active in the region,
    did not claim the attack")."""
    while root.dep_ == "compound":  # "ISGS" of "ISGS fighters"
        root = root.head
    if root.dep_ != "nsubj":
        return False
    verb = root.head
    return verb.lemma_.lower() in PRESENCE_VERBS or _disowns(verb) or any(
        c.dep_ == "acomp" and c.lower_ in PRESENCE_WORDS for c in verb.children
    )


def _disowns(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma == "deny" or lemma in CLAIM_VERBS and nobody_did(verb)

# One-sided deeds: parties joined by "and" as their subject did them together.
JOINT_DEEDS = frozenset(
    {"retake", "recapture", "capture", "seize", "take", "liberate", "overrun", "free", "attack", "raid",
     "storm", "launch", "ambush", "bomb", "shell", "kill", "clear", "enter", "regain", "reclaim", "besiege"}
)


def _one_side_first(root: Token) -> int | None:
    """The first conjunct's index when ``root`` is joined to others as one side: by "or"
    ("JNIM or ISGS", "ISWAP and/or Boko Haram"), or by "and" as the subject of a one-sided
    deed ("Somali forces and AU troops retake a town"); else None."""
    first = root
    while first.dep_ == "conj":
        first = first.head
    conjuncts = [first, *first.conjuncts]
    if len(conjuncts) < 2:
        return None
    joined_by_or = any(c.dep_ == "cc" and c.lower_ in ("or", "and/or") for t in conjuncts for c in t.children)
    joint_doers = first.dep_ == "nsubj" and first.head.lemma_.lower() in JOINT_DEEDS
    return first.i if joined_by_or or joint_doers else None


def _part_of(actor: Actor, other: Actor | None) -> bool:
    """A word of the other side's own phrase ("Clan" in "Clan militias"), never its foe."""
    words, whole = (actor.text or "").lower().split(), (other.text or "").lower().split() if other is not None else []
    if {"and", "or", "and/or"} & set(whole):
        return False  # "KIA and Tatmadaw troops": two sides told under one noun
    return bool(words) and len(words) < len(whole) and any(whole[i : i + len(words)] == words for i in range(len(whole)))


def same_side(actor: Actor, other: Actor | None) -> bool:
    if other is None:
        return False
    return actor.name == other.name or (actor.type == other.type == "State forces")


def is_government(actor: Actor) -> bool:
    """A government, or a thing named after it ("a government vehicle"): no party on the ground."""
    return actor.name.lower().startswith("government")
