"""Who acted (actor1) and who was acted upon (actor2): the phrases ``roles`` finds in the
parse, named by the :class:`~warlog.normalise.actors.ActorDictionary`; outlets, photo
credits and spokesmen are attribution, never actors.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ..normalise.actors import ActorDictionary
from ..record import Actor
from ..taxonomy import ARMED_TYPES, CROWD_TYPES, UNARMED_TYPES
from .persons import person_noun
from .premises import aboard, civil_body, owner_of, premises, public
from .roles import (
    FULL_CUTS,
    NON_PARTY_ENTS,
    TIME_ENTS,
    VIOLENCE_LEMMAS,
    find_roles,
    is_passive,
    named_entity,
    noun_phrase,
    pobj,
    without_clauses,
)
from .triggers import is_month, is_riot_police


# Heads that are not a party: a person's byline or a photo credit.
CREDIT_WORDS = frozenset({"photo", "photograph", "image", "picture", "credit", "courtesy", "file"})

PROTEST_LEMMAS = frozenset(
    {"protest", "demonstrate", "demonstration", "rally", "march", "picket", "sit", "sit-in", "boycott",
     "gather", "assemble", "chant", "petition", "denounce", "condemn", "demand", "demonstrating", "demonstrator",
     "protester", "protestor", "demonstrators", "protesters"}
)

# Gathering is a protest only with a cause or a demand ("gathered against the levy").
GATHERING = frozenset({"gather", "assemble"})

PURPOSE = frozenset({"against", "slogan", "banner", "placard", "grievance", "outrage", "anger"})

RIOT_LEMMAS = frozenset({"riot", "loot", "vandalise", "vandalize", "torch", "stone", "lynch", "burn", "ransack"})

# Signs that a protest turned violent, which makes it a riot for ACLED ("burning tyres").
VIOLENT_CUES = RIOT_LEMMAS | {"violently", "violent", "rowdy", "pelt", "ablaze", "alight", "tyre", "tire", "bonfire",
                              "clash", "throw"}

# A crowd that is by definition violent (ACLED: mob violence).
MOB_WORDS = frozenset({"mob", "mobs", "lynch", "lynching", "riot", "rioters", "rioting"})

# Two-sided fighting: conjoined subjects are opponents ("X and Y clashed").
CLASH_LEMMAS = frozenset({"clash", "fight", "engage", "battle", "exchange", "skirmish"})

# Blasts whose subject is the device: without a named bomber the perpetrator is unidentified.
EXPLOSION_LEMMAS = frozenset({"explode", "detonate", "blast", "go", "hit", "strike", "target"})

DEFINITE = frozenset({"the", "this", "that", "these", "those"})

PERSONAL_PRONOUNS = frozenset({"they", "them", "he", "him", "she", "her", "we", "us", "it"})

# What a phrase's own description leaves out when asking whether it is a source.
SOURCE_CUTS = FULL_CUTS | {"prep"}

# Acts aimed at people: a home or vehicle they hit stands for those in it (``premises``),
# unlike one seized or damaged ("seized a pickup truck": property taken).
AIMED_LEMMAS = EXPLOSION_LEMMAS | frozenset({"fire", "open", "throw", "hurl", "attack", "shoot", "torch"})

# Gunfire verbs ("opened fire on", "fired at"): violent towards a crowd, like "shoot".
FIRING = frozenset({"fire", "open"})

# Heads of a party's or a crowd's followers: in a protest, part of the crowd, however typed.
FOLLOWERS = frozenset({"supporter", "supporters", "activist", "activists", "worker", "workers", "cadre", "cadres",
                       "loyalist", "loyalists", "member", "members"})

# What armies hold: attacked with no owner named ("overran the barracks"), the target is
# the state's forces (ACLED: an armed clash), never civilians or their property.
INSTALLATIONS = frozenset({"post", "outpost", "base", "barracks", "garrison", "checkpoint", "fort", "bunker"})

# What an armed party holds, named with its owner ("hideouts of the PKK"): the owner's.
HOLDINGS = INSTALLATIONS | {"hideout", "position", "camp", "stronghold", "den", "convoy", "patrol", "headquarters"}


@dataclass
class ActorRoles:
    """The roles named: what the event record carries as actor1, actor2 and their associates."""

    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actor_1: list[Actor] = field(default_factory=list)
    assoc_actor_2: list[Actor] = field(default_factory=list)


def _in_credit(token: Token) -> bool:
    """Inside "Photo by X" or "(Sipa via AP Images)": a credit line, not a party."""
    for ancestor in list(token.ancestors)[:4]:
        if ancestor.lower_ in CREDIT_WORDS or (ancestor.lower_ == "via" and ancestor.dep_ == "prep"):
            return True
    return False


def extract_actors(
    trigger: Token,
    sent: Span,
    *,
    year: int | None = None,
    country_code: str | None = None,
    dictionary: ActorDictionary,
    context: Sequence[Actor] = (),
) -> ActorRoles:
    """Canonical actor1/actor2 (and associated actors) of the event ``trigger`` evokes.

    ``context`` holds actors already found in earlier sentences, most recent last: a
    pronoun or a definite generic ("the terrorists") refers back to them when the
    sentence itself names no better antecedent.
    """
    roles = find_roles(trigger, sent)
    crowd = _crowd_kind(trigger)
    namer = _Namer(sent, dictionary, year, country_code, context, crowd=crowd)
    result = ActorRoles(
        actor1=namer.first_party([roles.actor1, *roles.more1]),
        actor2=namer.first_party([roles.actor2, *roles.more2], target=True, occupied=_aimed(trigger)),
        assoc_actor_1=namer.parties(roles.assoc1),
        assoc_actor_2=namer.parties(roles.assoc2),
    )
    violent = trigger.lemma_.lower() in VIOLENCE_LEMMAS
    if crowd is not None:
        _crowd_roles(result, crowd, namer, violent=violent or trigger.lemma_.lower() in FIRING)
    if result.actor2 is None and violent and (crowd is None or crowd == "Rioters"):
        result.actor2 = namer.victim([roles.actor2, *roles.more2])
    if result.actor2 is None and trigger.lemma_.lower() in FIRING and crowd is None:
        # "Gunmen opened fire on a builder": a person fired on is a victim, as one shot is.
        result.actor2 = namer.victim([t for t in (roles.actor2, *roles.more2) if t is not None and person_noun(t)])
    _split_opposing_sides(result, symmetric=trigger.lemma_.lower() in CLASH_LEMMAS or is_passive(trigger))
    if result.actor1 is None and result.assoc_actor_1:
        result.actor1 = result.assoc_actor_1.pop(0)
    if result.actor2 is None and result.assoc_actor_2:
        result.actor2 = result.assoc_actor_2.pop(0)
    if result.actor1 is None and crowd is None and _unnamed_perpetrator(trigger, result, violent=violent):
        unnamed = namer.lookup("unidentified armed group")
        # No surface text: the sentence names no doer, so a later step may still find one.
        result.actor1 = unnamed.model_copy(update={"text": None}) if unnamed else None
    return result


def _aimed(trigger: Token) -> bool:
    return trigger.lemma_.lower() in AIMED_LEMMAS


def _unnamed_perpetrator(trigger: Token, result: ActorRoles, *, violent: bool) -> bool:
    """ACLED codes harm to civilians, and blasts, whose perpetrator the report does not
    name as an unidentified armed group. Harm to armed men stays open: the article
    usually names who did it elsewhere ("Al Shabaab claimed ...")."""
    victim = result.actor2
    if violent and victim is not None and victim.type == "Civilians":
        return True
    return trigger.lemma_.lower() in EXPLOSION_LEMMAS and is_passive(trigger) is False and victim is None


def _crowd_roles(result: ActorRoles, crowd: str, namer: "_Namer", *, violent: bool) -> None:
    """ACLED names the crowd by what it did, whoever it is ("APC supporters demonstrated").
    The body protested against is no party; police acting on the crowd are, and so is
    the victim of a mob."""
    named = namer.lookup(crowd.lower())
    if named is None:
        return
    if result.actor1 is not None and (result.actor1.type == "State forces" or (violent and _armed_men(result.actor1))):
        # "Police fired on protesters", "gunmen opened fire on protesters": the crowd is the target.
        if result.actor2 is not None and result.actor2.type in UNARMED_TYPES:
            result.actor2 = Actor(name=named.name, text=result.actor2.text, type=named.type)
        return
    text = result.actor1.text if result.actor1 else None
    result.actor1 = Actor(name=named.name, text=text, type=named.type)
    keep = (violent or aboard(result.actor2)) and result.actor2 is not None and result.actor2.type not in CROWD_TYPES
    if not keep:
        result.actor2 = None


def _armed_men(actor: Actor) -> bool:
    """A non-state armed actor that is not a party's followers ("gunmen", "militiamen")."""
    head = (actor.text or "").split()[-1:] or [""]
    return actor.type in ARMED_TYPES and head[0].lower() not in FOLLOWERS


def _split_opposing_sides(result: ActorRoles, *, symmetric: bool) -> None:
    """"The NPA and the military engaged in a firefight", "two rebels and a soldier were
    killed": conjoined parties of different kinds are the two sides, not allies."""
    if not symmetric:
        return
    for filled, assoc, empty_is_2 in ((result.actor1, result.assoc_actor_1, True), (result.actor2, result.assoc_actor_2, False)):
        empty = result.actor2 if empty_is_2 else result.actor1
        if filled is None or empty is not None or filled.type not in ARMED_TYPES:
            continue
        other = next((a for a in assoc if a.type in ARMED_TYPES and a.type != filled.type), None)
        if other is not None:
            assoc.remove(other)
            if empty_is_2:
                result.actor2 = other
            else:
                result.actor1 = other


def _crowd_kind(trigger: Token) -> str | None:
    """"Protesters"/"Rioters" when the trigger's clause is a protest or riot: ACLED codes
    the people taking part by what they did ("students marched" -> Protesters, "youths
    burnt tyres" -> Rioters), and a protest turns riot when the crowd turns violent."""
    # "On 3 March, gunmen attacked ...": the month is no march.
    tokens = [t for t in _clause_tokens(trigger) if not is_month(t) and not is_riot_police(t)]
    lemmas = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    strong = lemmas & (PROTEST_LEMMAS - GATHERING)
    # "as villagers gathered for the opening of an office": a crowd, but no protest
    protest = bool(strong or (lemmas & GATHERING and lemmas & PURPOSE)) or trigger.lemma_.lower() in PROTEST_LEMMAS
    if trigger.lemma_.lower() in RIOT_LEMMAS or lemmas & MOB_WORDS or (protest and lemmas & VIOLENT_CUES):
        return "Rioters"
    return "Protesters" if protest else None


def _clause_tokens(trigger: Token) -> list[Token]:
    """The trigger and its dependents, down to (not into) other subjects' relative clauses."""
    tokens = [trigger]
    for child in trigger.children:
        if child.dep_ not in {"relcl", "parataxis"}:
            tokens.extend(without_clauses(child))
    return tokens


def names_installation(text: str | None) -> bool:
    """A phrase that ends in a military installation ("the post", "an army base")."""
    words = (text or "").lower().split()
    return bool(words) and (words[-1] in INSTALLATIONS or words[-1].removesuffix("s") in INSTALLATIONS)


class _Namer:
    """Turns head tokens into dictionary actors, resolving pronouns and definite generics."""

    GENERIC_ARMED = "Unidentified Armed Group"

    def __init__(
        self,
        sent: Span,
        dictionary: ActorDictionary,
        year: int | None,
        country_code: str | None,
        context: Sequence[Actor],
        crowd: str | None = None,
    ) -> None:
        self.crowd = crowd
        self.sent = sent
        self.dictionary = dictionary
        self.year = year
        self.country_code = country_code
        self.context = list(context)

    def lookup(self, text: str) -> Actor | None:
        return self.dictionary.lookup(text, year=self.year, country_code=self.country_code)

    def first_party(
        self, heads: Iterable[Token | None], *, target: bool = False, occupied: bool = False
    ) -> Actor | None:
        """The first reading that names a party (known type, or a named entity). A weapon
        ("threw a grenade at soldiers") stands for its unnamed user as a doer, never as
        the target."""
        for head in heads:
            actor = self.name(head)
            if occupied and (actor is None or actor.type is None):
                actor = self.occupants(head) or actor  # "fired on the residence of a judge"
            if actor is None or (target and actor.text and self.dictionary.is_instrument(actor.text)):
                continue
            if actor.type is not None or named_entity(head):
                return actor
        return None

    def victim(self, heads: Iterable[Token | None]) -> Actor | None:
        """An unnamed target of violence ("a voter", "the village"): civilians, as ACLED codes it."""
        for head in heads:
            if head is not None and not _in_credit(head) and head.lower_ not in PERSONAL_PRONOUNS and head.ent_type_ not in TIME_ENTS:
                civilians = self.lookup("civilians")
                text = noun_phrase(head).text
                return Actor(name=civilians.name, text=text, type=civilians.type) if civilians else None
        return None

    def occupants(self, head: Token | None) -> Actor | None:
        """Who a home or vehicle stands for as a target (``premises``): its armed owner
        when the report names one ("the car of a police officer"), else civilians."""
        if head is None or not premises(head):
            return None
        if head.dep_ != "pobj" and head.head.lemma_.lower() not in AIMED_LEMMAS:
            return None  # "damaging one truck": property harmed by the way, not the target
        text = noun_phrase(head).text
        if public(text):
            return None  # "a government car": state property, no one's person (ACLED)
        owner = owner_of(head)
        found = self._name(owner) if owner is not None and not civil_body(owner) else None
        if found is not None and found.type in ARMED_TYPES and not found.name.startswith(self.GENERIC_ARMED):
            return found.model_copy(update={"text": text})
        civilians = self.lookup("civilians")
        return civilians.model_copy(update={"text": text}) if civilians else None

    def parties(self, heads: Iterable[Token]) -> list[Actor]:
        return [a for a in (self.first_party([h]) for h in heads) if a is not None]

    def name(self, head: Token | None) -> Actor | None:
        actor = self._name(head)
        if actor is not None and self.crowd and actor.type in {"Civilians", "Protesters", "Rioters"}:
            crowd = self.lookup(self.crowd.lower())
            return Actor(name=crowd.name, text=actor.text, type=crowd.type) if crowd else actor
        return actor

    def _name(self, head: Token | None) -> Actor | None:
        if head is None or _in_credit(head):
            return None
        if head.lower_ in PERSONAL_PRONOUNS:
            return self._prior(head, armed_only=False)
        phrase = noun_phrase(head)
        if self.dictionary.is_source(noun_phrase(head, full=True, cut=SOURCE_CUTS).text):
            # "Col. Ryan Dillon, a spokesman for the coalition": a source. Where the phrase
            # happened ("gunmen in X (according to reports)") says nothing of who it is.
            return None
        actor = self.lookup(phrase.text)
        if actor is None or actor.type is None:
            actor = self._installation(head, phrase) or self._holder(head) or actor
        if actor is None:
            return None
        if actor.type is None:
            actor = self._from_appositive(head) or actor
        if actor.name.startswith("Unidentified"):
            actor = self._from_of_phrase(head) or self._from_left_names(phrase) or actor
        if actor.type == "State forces" and _owned(phrase):
            actor = self._owner_forces(head, phrase) or actor
        if actor.name.startswith("Unidentified") and _owned(phrase):
            # "Sudan's army said its aircraft struck ...": the owner named before in the sentence
            owner = self._owner_forces(head, phrase)
            if owner is not None:
                return owner
        if actor.name.startswith(self.GENERIC_ARMED) and (_definite(phrase) or _owned(phrase)):
            prior = self._prior(head, armed_only=True)
            if prior is not None:
                return Actor(name=prior.name, text=phrase.text, type=prior.type)
        return actor

    def _owner_forces(self, head: Token, phrase: Span) -> Actor | None:
        """"Russia's defence ministry said its forces had captured ...": the forces of
        the state named just before (not of the country the event is in), when the
        nearest earlier phrase names a country or its forces."""
        for chunk in reversed([c for c in self.sent.noun_chunks if c.root.i < head.i]):
            country = next((t for t in chunk if t.ent_type_ == "GPE"), None)
            if country is not None:
                forces = self.lookup(f"{country.text} forces")
                return forces.model_copy(update={"text": phrase.text}) if forces is not None and forces.type else None
            owner = self.lookup(chunk.text)
            if owner is not None and owner.type is not None:
                armed = owner.type in ARMED_TYPES and not owner.name.startswith(("Government", self.GENERIC_ARMED))
                return owner.model_copy(update={"text": phrase.text}) if armed else None
        return None

    def _installation(self, head: Token, phrase: Span) -> Actor | None:
        """A post, base or barracks no owner is named for ("stormed the post"): the army's."""
        owned = any(c.dep_ in ("poss", "compound") or (c.dep_ == "prep" and c.lower_ == "of") for c in head.children)
        if head.lemma_.lower() not in INSTALLATIONS or owned:
            return None  # "the base of the ASWJ", "their post": the owner names the party
        forces = self.lookup("military")
        return forces.model_copy(update={"text": phrase.text}) if forces is not None else None

    def _holder(self, head: Token) -> Actor | None:
        """"Hideouts of the PKK", "a convoy of the army": what an armed party holds stands
        for it, as the target of a strike or a raid."""
        if head.lemma_.lower() not in HOLDINGS:
            return None
        owner = self._from_of_phrase(head)
        return owner.model_copy(update={"text": noun_phrase(head).text}) if owner and owner.type in ARMED_TYPES else None

    def _from_appositive(self, head: Token) -> Actor | None:
        for child in head.children:
            if child.dep_ == "appos":
                actor = self.lookup(noun_phrase(child).text)
                if actor is not None and actor.type is not None:
                    return actor
        return None

    def _from_left_names(self, phrase: Span) -> Actor | None:
        """"Mayi Mayi fighters" parsed with the name cut off the noun: proper nouns right
        before a generic armed noun name its group."""
        doc, start = phrase.doc, phrase.start
        while start > self.sent.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ not in NON_PARTY_ENTS:
            start -= 1
        if start == phrase.start:
            return None
        actor = self.lookup(doc[start : phrase.end].text)
        return actor if actor is not None and not actor.name.startswith("Unidentified") else None

    def _from_of_phrase(self, head: Token) -> Actor | None:
        """"Militiamen of the Nduma Defence of Congo": a generic noun owned by a named group."""
        for prep in head.children:
            obj = pobj(prep) if prep.dep_ == "prep" and prep.lower_ == "of" else None
            if obj is None:
                continue
            actor = self.lookup(noun_phrase(obj).text)
            if actor is not None and actor.type is not None and not actor.name.startswith("Unidentified"):
                return actor
        return None

    def _prior(self, token: Token, *, armed_only: bool) -> Actor | None:
        """Nearest named actor before ``token`` in the sentence, else in the context."""
        for chunk in reversed([c for c in self.sent.noun_chunks if c.root.i < token.i]):
            if chunk.root.lower_ in PERSONAL_PRONOUNS or _in_credit(chunk.root):
                continue
            actor = self._name(chunk.root)
            if actor is not None and _referable(actor, armed_only=armed_only, generic=self.GENERIC_ARMED):
                return actor
        for actor in reversed(self.context):
            if _referable(actor, armed_only=armed_only, generic=self.GENERIC_ARMED):
                return actor
        return None


def _definite(phrase: Span) -> bool:
    return any(t.lower_ in DEFINITE for t in phrase)


def _owned(phrase: Span) -> bool:
    """"its fighters", "their gunmen": the group named before owns them."""
    return any(t.dep_ == "poss" and t.lower_ in ("its", "their") for t in phrase)


def definite(token: Token) -> bool:
    """A noun a definite determiner introduces ("the attack", "these fighters"): told before."""
    return any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in token.children)


def _referable(actor: Actor, *, armed_only: bool, generic: str) -> bool:
    if actor.type is None:
        return False
    if armed_only:
        return actor.type in {"Rebel group", "Political militia"} and not actor.name.startswith(generic)
    return True
