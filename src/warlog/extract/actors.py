"""Who acted (actor1) and who was acted upon (actor2), read off the dependency parse.

Roles are found relative to an event trigger token: the subject of an active
trigger acts, the subject of a passive one undergoes; "by X" and "at the hands of
X" name the doer; objects and "on/against/with/to X" name the target. A trigger
without a subject of its own (``forced to shoot``, ``after fleeing``, ``militants
who attacked``) inherits it from the clause that governs it. Found phrases are then
named by the :class:`~warlog.normalise.actors.ActorDictionary`; outlets, photo
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
from .targets import (
    TRANSFER_LEMMAS,
    claimed_targets,
    clause_subjects,
    complement,
    counts_someone,
    phrasal_object,
    related_parties,
    speech_authors,
    thing_recipients,
)
from .triggers import is_month, is_riot_police

SUBJECTS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
OBJECTS = frozenset({"dobj", "obj"})
# Prepositions whose object is the target ("fired on", "clashed with", "surrendered to").
TARGET_PREPS = frozenset({"on", "upon", "against", "with", "at", "into", "targeting"})
# "to X" names the other party only after giving-up verbs ("surrendered to X"); else it is a place.
YIELD_LEMMAS = frozenset({"surrender", "defect", "hand", "turn", "submit", "yield", "give", "pledge", "swear"})
# Heads that are not a party: a person's byline or a photo credit.
CREDIT_WORDS = frozenset({"photo", "photograph", "image", "picture", "credit", "courtesy", "file"})
# Entity types a prepositional object may have and still be a party (places, dates are not).
NON_PARTY_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
# Days and months the parser does not always tag as dates ("on Thursday" is no target).
CALENDAR_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
     "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
     "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "night", "morning", "evening", "afternoon",
     "weekend", "week", "month", "year", "day", "today", "yesterday"}
)
# Heads that only point at another phrase ("some of the X", "hundreds of X").
PARTITIVES = frozenset(
    {"some", "many", "most", "all", "several", "dozens", "hundreds", "thousands", "scores", "number", "group",
     "members", "member", "rest", "part", "majority", "one", "none", "each", "any", "unit", "units", "elements"}
)
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
# Harm done to someone: ACLED codes an unnamed victim (a voter, a village) as civilians.
VIOLENCE_LEMMAS = frozenset(
    {"attack", "kill", "abduct", "kidnap", "injure", "wound", "beat", "shoot", "stab", "behead", "execute", "assault",
     "torture", "rape", "murder", "hack", "burn", "raid", "loot", "rob", "harass", "threaten", "assassinate", "maim",
     "ambush", "gun", "lynch", "bomb", "shell", "kill", "slay", "stone", "torch", "molest", "defile", "storm"}
)
# "killed during/in/after a raid": the event a casualty happened in.
SETTING_PREPS = frozenset({"during", "in", "after", "following", "amid", "at"})
EVENT_NOUNS = frozenset(
    {"raid", "attack", "firefight", "clash", "operation", "ambush", "encounter", "gunfight", "shootout",
     "crossfire", "offensive", "assault", "airstrike", "skirmish", "fight", "fighting", "battle", "exchange",
     "confrontation", "crackdown", "shooting", "bombing", "strike", "gunbattle", "fire", "operations"}
)
# Objects that name an act whose target follows ("their assault on X", "support for X").
ACT_NOUNS = EVENT_NOUNS | frozenset(
    {"bombardment", "responsibility", "support", "siege", "blockade", "campaign", "visit", "invasion",
     "shelling", "occupation", "sanctions", "pressure", "threat", "threats"}
)
ACT_PREPS = frozenset({"on", "upon", "against", "of", "for", "by", "to"})
# Who a stance is about: "concern for X", "condolences to X", "skeptical of X".
STANCE_PREPS = frozenset({"for", "about", "regarding", "over", "to", "toward", "towards", "of", "with", "at", "on"})
# Verbs whose object names the act, not the target ("conducted air strikes against X").
LIGHT_LEMMAS = frozenset(
    {"conduct", "carry", "launch", "stage", "mount", "perform", "hold", "organise", "organize", "open",
     "hurl", "throw", "lob", "plant", "detonate", "fire", "drop", "use", "issue", "express"}
)
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Entities that are never a victim ("attacked on 30 April").
TIME_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
# Entities that may be a party even when the dictionary does not know them.
PARTY_ENTS = frozenset({"PERSON", "ORG", "NORP"})
# A state named as the one acted upon ("issued an ultimatum to India", "gave aid to Lebanon").
STATE_ENTS = PARTY_ENTS | {"GPE"}
# Prepositions that, after an abstract object, name who receives or undergoes the act:
# "imposed sanctions on X", "a ceasefire with X", "an ultimatum to X", "flew medicine into X".
RECIPIENT_PREPS = frozenset({"to", "on", "upon", "against", "with", "into", "for", "toward", "towards"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that", "whose"})
PERSONAL_PRONOUNS = frozenset({"they", "them", "he", "him", "she", "her", "we", "us", "it"})
# Deps cut from an actor phrase: clauses and list members are not part of its name.
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "conj", "cc", "punct", "appos", "prep", "parataxis", "dep"})
# Deps cut from a full phrase (span scoring): list members and clauses of their own.
FULL_CUTS = frozenset({"relcl", "conj", "cc", "parataxis"})
# The target's full phrase also loses participle and adverbial clauses.
TARGET_CUTS = FULL_CUTS | {"acl", "advcl"}
# Prepositions after the target that tell what an act or stance is about, not who the
# target is: "a request for revocation", "comments on the seizures", "appeals against X".
TOPIC_PREPS = frozenset({"for", "on", "against", "over", "about", "with"})
# Clauses cut at any depth of a phrase.
CLAUSE_CUTS = frozenset({"relcl", "acl", "advcl", "parataxis"})
# What a phrase's own description leaves out when asking whether it is a source.
SOURCE_CUTS = FULL_CUTS | {"prep"}
# Clauses a trigger may sit in without its own subject (inherits the governor's).
INHERITING_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "ccomp", "pobj", "dobj", "attr"})


@dataclass
class RoleSpans:
    """Token-level result of the parse, before naming (also what span metrics score)."""

    actor1: Token | None = None
    actor2: Token | None = None
    assoc1: list[Token] = field(default_factory=list)
    assoc2: list[Token] = field(default_factory=list)
    # Other readings, best first: naming falls back to them when the first is no party
    # ("fired tear gas at protesters": the object is a weapon, the target is "protesters").
    more1: list[Token] = field(default_factory=list)
    more2: list[Token] = field(default_factory=list)

    def offer(self, role: int, token: Token | None) -> None:
        """Propose ``token`` for a role: it takes the role if free, else waits as a fallback."""
        if token is None or token in (self.actor1, self.actor2):
            return
        if role == 1:
            if self.actor1 is None:
                self.actor1 = token
            else:
                self.more1.append(token)
        elif self.actor2 is None:
            self.actor2 = token
        else:
            self.more2.append(token)

    def spans(self, role: int) -> list[Span]:
        """Full noun-phrase spans of a role (1 or 2), the main one first."""
        head = self.actor1 if role == 1 else self.actor2
        assoc = self.assoc1 if role == 1 else self.assoc2
        # The one acted upon is named without the clause that says what was done to it
        # ("a travel ban imposed on Chadian citizens") or a comment on it ("an army camp,
        # the third attack this month"); the doer keeps its description.
        cut = TARGET_CUTS if role == 2 else FULL_CUTS
        topics = TOPIC_PREPS if role == 2 else frozenset()
        heads = ([head] if head is not None else []) + assoc
        return [noun_phrase(t, full=True, cut=cut, comments=role == 1, topics=topics) for t in heads]


@dataclass
class ActorRoles:
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actor_1: list[Actor] = field(default_factory=list)
    assoc_actor_2: list[Actor] = field(default_factory=list)


# -- phrases ---------------------------------------------------------------------------


def noun_phrase(
    head: Token,
    *,
    full: bool = False,
    cut: frozenset[str] | None = None,
    comments: bool = True,
    topics: frozenset[str] = frozenset(),
) -> Span:
    """The phrase a head noun stands for. ``full`` keeps modifiers such as prepositional
    phrases and appositions (span scoring); the core phrase (naming) keeps only the
    words before the head plus "of"-phrases after partitives ("some of the terrorists").
    ``cut`` overrides which dependents of the head are left out; ``comments=False`` also
    drops an apposition that names no one ("an army camp, the latest attack"); ``topics``
    are prepositions whose phrase is left out ("the demand for talks")."""
    if cut is None:
        cut = FULL_CUTS if full else CLAUSE_DEPS
    tokens = [head]
    for child in head.children:
        if child.dep_ in cut and not (child.dep_ == "prep" and child.lower_ == "of" and _partitive(head)):
            continue
        if child.dep_ == "punct" and full and child.i > head.i or child.dep_ == "prep" and child.lower_ in topics:
            continue
        if child.dep_ == "appos" and not comments and not (_named(head) or _named(child)):
            continue
        if _when(child):
            continue  # "IDF troops on Sunday": the parser hangs the date on the noun
        tokens.extend(_without_clauses(child))
    left = min(t.i for t in tokens)
    right = max(t.i for t in tokens)
    doc = head.doc
    if left > 0 and _misread_acronym(doc[left - 1], doc[left]):
        left -= 1
    # Keep the phrase contiguous and free of dangling punctuation at either edge.
    while left < head.i and doc[left].is_punct:
        left += 1
    while right > head.i and doc[right].is_punct and doc[right].text not in {")"}:
        right -= 1
    if right + 1 < len(doc) and doc[right + 1].text == ")" and _unclosed(doc[left : right + 1]):
        right += 1  # "Lesotho Defence Force ( LDF )": the parser hangs ")" elsewhere
    return doc[left : right + 1]


def _misread_acronym(token: Token, after: Token) -> bool:
    """"IS militants", "AS fighters": a group's capitals the parser reads as the word they
    spell ("is", "as"), left out of the phrase they begin. Not in an all-capitals line."""
    if not (token.is_upper and token.is_alpha and 2 <= len(token) <= 4) or after.is_upper:
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.pos_ in ("AUX", "SCONJ", "ADP", "PRON", "DET", "PART") and not (before is not None and before.is_upper)


def _unclosed(span: Span) -> bool:
    """An opening bracket in ``span`` that it does not close."""
    return sum(t.text == "(" for t in span) > sum(t.text == ")" for t in span)


def _when(token: Token) -> bool:
    """A date or time hung on a noun ("on Sunday", "this month"): never part of who it is."""
    if token.dep_ == "npadvmod":
        return token.ent_type_ in ("DATE", "TIME")
    obj = _pobj(token) if token.dep_ == "prep" else None
    return obj is not None and (obj.ent_type_ in ("DATE", "TIME") or obj.lower_ in CALENDAR_WORDS)


def _named(token: Token) -> bool:
    """A proper name or a named person, group or state."""
    return token.pos_ == "PROPN" or token.ent_type_ in STATE_ENTS


def _without_clauses(token: Token) -> list[Token]:
    """A subtree minus any clause inside it ("fighters who fled Raqqa" -> "fighters")."""
    tokens = [token]
    for child in token.children:
        if child.dep_ not in CLAUSE_CUTS:
            tokens.extend(_without_clauses(child))
    return tokens


def _partitive(token: Token) -> bool:
    return token.lower_ in PARTITIVES or token.pos_ == "NUM"


def _in_credit(token: Token) -> bool:
    """Inside "Photo by X" or "(Sipa via AP Images)": a credit line, not a party."""
    for ancestor in list(token.ancestors)[:4]:
        if ancestor.lower_ in CREDIT_WORDS or (ancestor.lower_ == "via" and ancestor.dep_ == "prep"):
            return True
    return False


# -- roles -----------------------------------------------------------------------------


def _first(children: Iterable[Token], deps: frozenset[str]) -> Token | None:
    return next((c for c in children if c.dep_ in deps), None)


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"} and c.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}), None)


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ == "acl"
    )


def _candidate_prep_object(prep: Token) -> Token | None:
    obj = _pobj(prep)
    if obj is None or obj.lower_ in CALENDAR_WORDS or obj.ent_type_ in NON_PARTY_ENTS and not counts_someone(obj):
        return None
    return obj


def _subject_of(verb: Token) -> tuple[Token | None, bool]:
    """(doer, from_passive_subject) of a clause: its subject, inherited when missing."""
    current = verb
    for _ in range(4):
        subj = _first(current.children, SUBJECTS)
        if subj is not None:
            return _antecedent(subj, current), False
        if current is not verb:
            passive_subj = _first(current.children, PASSIVE_SUBJECTS)
            obj = _first(current.children, OBJECTS)
            if verb.dep_ == "xcomp" and current is verb.head and obj is not None:
                return obj, False  # object control: "ordered his followers to flee"
            if passive_subj is not None:
                return _antecedent(passive_subj, current), True  # "troops were forced to shoot"
        if current.dep_ == "relcl" and current.head.pos_ in {"NOUN", "PROPN"}:
            return current.head, False  # "militants who attacked"
        if current.dep_ == "acl" and current.tag_ == "VBG":
            return current.head, False  # "fighters surrendering"
        if current.dep_ not in INHERITING_DEPS and current.dep_ != "prep" or current.head is current:
            return None, False
        current = current.head
    return None, False


def _stranded_subject(verb: Token) -> Token | None:
    """"In Chunga, an unidentified militia attacked civilians": the parser hangs the doer
    on the fronted place as its apposition and leaves the verb without a subject; the
    noun right before the verb (and its auxiliaries) is that subject."""
    doc, i = verb.doc, verb.i - 1
    while i >= verb.sent.start and doc[i].head.i == verb.i and doc[i].dep_ in ("aux", "neg", "advmod"):
        i -= 1
    if i < verb.sent.start:
        return None
    noun = doc[i]
    place = noun.head
    fronted = place.dep_ == "pobj" and place.head.dep_ == "prep" and place.head.head.i == verb.i
    if noun.dep_ == "appos" and noun.pos_ in ("NOUN", "PROPN") and place.i < noun.i and fronted:
        return noun
    return None


def _antecedent(token: Token, clause: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies ("at the hands of X who...")."""
    if token.lower_ not in RELATIVE_PRONOUNS or clause.dep_ != "relcl":
        return token
    noun = clause.head
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if noun.lemma_ == "hand" and of is not None:
        return _pobj(of) or noun
    return noun


def find_roles(trigger: Token, sent: Span | None = None) -> RoleSpans:
    """Head tokens of actor1/actor2 (and their conjuncts) for one trigger."""
    roles = RoleSpans()
    children = list(trigger.children)
    passive = _is_passive(trigger)
    nominal = trigger.pos_ in {"NOUN", "PROPN"}

    subj = _first(children, SUBJECTS)
    if subj is not None:
        roles.actor1 = _antecedent(subj, trigger)
    psubj = _first(children, PASSIVE_SUBJECTS)
    if psubj is not None:
        roles.actor2 = _antecedent(psubj, trigger)
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN" and trigger.head.pos_ in {"NOUN", "PROPN"}:
        roles.actor2 = trigger.head  # "civilians killed by gunmen"
    obj = _first(children, OBJECTS) or phrasal_object(trigger)
    for target in speech_authors(trigger, obj) + claimed_targets(obj):
        roles.offer(2, target)  # "denied charges by X", "claimed responsibility for the attack on X"
    if obj is None or not _party_like(obj) or not _named_entity(obj) and trigger.lemma_.lower() in TRANSFER_LEMMAS:
        # "imposed sanctions on X", "gave Armenia arms", "flew medicine into X": the
        # party beats an abstract object; what is handed over ("returned six Iraqi
        # artifacts to X") is never the party unless it is someone named.
        for recipient in thing_recipients(trigger, obj) + related_parties(obj) + _recipients(trigger, obj):
            roles.offer(2, recipient)
    act = obj is not None and _names_an_act(obj, trigger)
    if obj is not None and trigger.lemma_ not in LIGHT_LEMMAS and not act:
        roles.offer(2, _antecedent(obj, trigger))

    for prep in [c for c in children if c.dep_ in {"prep", "agent"}] + _light_object_preps(children):
        _apply_prep(prep, roles, nominal=nominal or act)
    if act and trigger.lemma_ not in LIGHT_LEMMAS:
        roles.offer(2, obj)  # "welcomed the visit": the act itself, when it names no one
    if roles.actor2 is None and not nominal:
        # "shot and killed one officer": coordinated verbs share the object.
        for verb in (c for c in children if c.dep_ == "conj" and c.pos_ == "VERB"):
            shared = _first(list(verb.children), OBJECTS)
            if shared is not None and shared.pos_ in {"NOUN", "PROPN", "PRON"}:
                roles.offer(2, _antecedent(shared, verb))
                break

    verb = complement(trigger) if roles.actor2 is None and not nominal else None
    if verb is not None:
        # "agreed to lift sanctions on X", "threatened to shell X": the complement's
        # target; a thing it only makes or shares ("agreed to build a hospital") is none.
        inner = find_roles(verb)
        harm = verb.lemma_.lower() in VIOLENCE_LEMMAS
        for target in [inner.actor2, *inner.more2]:
            if target is not None and (harm or target.dep_ not in OBJECTS or _party_like(target)):
                roles.offer(2, target)
    if roles.actor2 is None and not nominal:
        for target in _indirect_targets(trigger, obj) + clause_subjects(trigger, obj):
            roles.offer(2, target)
    if not nominal and not passive and roles.actor1 is None:
        roles.actor1 = _stranded_subject(trigger)
    if not nominal and roles.actor1 is None:
        _setting_roles(trigger, roles)
    if nominal:
        _nominal_roles(trigger, roles)
    elif roles.actor1 is None and not passive:
        inherited, _ = _subject_of(trigger)
        if inherited is not None and inherited is not roles.actor2:
            roles.actor1 = inherited
    elif roles.actor1 is None and passive and trigger.dep_ in {"xcomp", "conj"}:
        pass  # a passive's missing doer stays unknown: never guess it from another clause

    if roles.actor1 is not None and roles.actor1.dep_ == "relcl":
        roles.actor1 = None
    roles.assoc1 = _conjuncts(roles.actor1)
    roles.assoc2 = _conjuncts(roles.actor2)
    return roles


def _names_an_act(obj: Token, trigger: Token) -> bool:
    """"began their assault on Mosul", "intensified its bombardment of Ghouta": an object
    that names an act done to someone, who follows it after a preposition (which the
    parser may hang on the verb)."""
    preps = [(c, ACT_PREPS) for c in obj.children] + [(c, TARGET_PREPS) for c in trigger.children]
    return obj.lemma_.lower() in ACT_NOUNS and any(
        c.dep_ == "prep" and c.lower_ in allowed and _pobj(c) is not None for c, allowed in preps
    )


def _indirect_targets(trigger: Token, obj: Token | None) -> list[Token]:
    """Targets of a verb that names none of its own: the object of the participle clause
    that tells what it did ("carried out air strikes, killing dozens of fighters", "issued
    a statement calling on X"), or who a stance is about ("expressed concern for X",
    "is skeptical of X")."""
    clauses = [c for c in trigger.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"]
    stances = [c for c in trigger.children if c.dep_ == "acomp"]
    if obj is not None:
        clauses += [c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBG"]
        stances += [obj] if trigger.lemma_ in LIGHT_LEMMAS else []
    found = [o for c in clauses for o in c.children if o.dep_ in OBJECTS and o.pos_ in ("NOUN", "PROPN", "NUM", "PRON")]
    preps = [(p, TARGET_PREPS) for c in clauses for p in c.children if p.dep_ == "prep"]
    preps += [(p, STANCE_PREPS) for c in stances for p in c.children if p.dep_ == "prep"]
    found += [t for p, allowed in preps if p.lower_ in allowed and (t := _candidate_prep_object(p)) is not None]
    return [t for t in found if t.ent_type_ not in ("DATE", "TIME") and t.lower_ not in CALENDAR_WORDS]


def _party_like(token: Token) -> bool:
    """Looks like someone rather than something: a person, group or state by entity type
    or proper noun, or a noun a nationality or organisation qualifies ("Chinese entity")."""
    if token.ent_type_ in TIME_ENTS or token.lower_ in CALENDAR_WORDS:
        return False  # "on Thursday"
    if token.ent_type_ in STATE_ENTS or token.pos_ in {"PROPN", "PRON"}:
        return True
    return any(c.dep_ in {"amod", "compound", "poss"} and c.ent_type_ in STATE_ENTS for c in token.children)


def _recipients(trigger: Token, obj: Token | None) -> list[Token]:
    """Parties a verb acts on besides its object: the indirect object ("gave Armenia
    arms"), or a state, group or person after a recipient preposition on the verb or
    on its abstract object ("an ultimatum to India", "provided aid to Lebanon")."""
    found = [c for c in trigger.children if c.dep_ == "dative" and c.pos_ in {"NOUN", "PROPN", "PRON"}]
    # A dative "to" is a preposition too ("issued a warning to X").
    preps = [c for c in trigger.children if c.dep_ == "prep" or c.dep_ == "dative" and c.pos_ == "ADP"]
    if obj is not None:
        preps = [c for c in obj.children if c.dep_ == "prep"] + preps
    for prep in preps:
        target = _pobj(prep) if prep.lower_ in RECIPIENT_PREPS else None
        if target is not None and _party_like(target) and target.lower_ not in RELATIVE_PRONOUNS:
            found.append(target)
    return found


def _setting_roles(trigger: Token, roles: RoleSpans) -> None:
    """"Killed during a police raid", "killed in a firefight with the military", "shot in
    an attack by gunmen": with no doer of its own, the verb takes the parties of the
    fighting it happened in."""
    for prep in trigger.children:
        event = _pobj(prep) if prep.dep_ == "prep" and prep.lower_ in SETTING_PREPS else None
        if event is None or event.lemma_.lower() not in EVENT_NOUNS:
            continue
        sides = _event_parties(event)
        if len(sides) >= 2:
            roles.more2[:0] = [roles.actor2] if roles.actor2 is not None else []
            roles.actor1, roles.actor2 = sides[0], sides[1]  # "a firefight between X and Y"
        elif sides:
            roles.offer(1, sides[0])
        return


def _event_parties(event: Token) -> list[Token]:
    """Who fought in an event noun: "between X and Y", "by X", "with X", "a police raid"."""
    for prep in event.children:
        if prep.dep_ != "prep":
            continue
        party = _candidate_prep_object(prep)
        if party is None:
            continue
        if prep.lower_ == "between":
            return [party, *_conjuncts(party)[:1]]
        if prep.lower_ in {"by", "with"}:
            return [party]
    for child in event.children:
        if child.dep_ in {"compound", "amod", "poss"} and child.pos_ in {"PROPN", "NOUN", "ADJ"} and child.i < event.i:
            return [child]
    return []


def _light_object_preps(children: list[Token]) -> list[Token]:
    """Preps hanging off a light object: "opened fire on X", "launched an attack against X"."""
    return [p for c in children if c.dep_ in OBJECTS for p in c.children if p.dep_ == "prep"]


def _apply_prep(prep: Token, roles: RoleSpans, *, nominal: bool) -> None:
    word = prep.lower_
    if prep.dep_ == "agent" or word == "by":
        roles.offer(1, _candidate_prep_object(prep))
        return
    if word == "at":
        hands = _pobj(prep)
        if hands is not None and hands.lemma_ == "hand":
            of = next((c for c in hands.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            doer = _candidate_prep_object(of) if of is not None else None
            if doer is not None:
                roles.actor1 = doer  # "at the hands of X"
            return
    if word == "between":
        first = _candidate_prep_object(prep)
        if first is not None and roles.actor1 is None:
            roles.actor1 = first
            others = _conjuncts(first)
            if others and roles.actor2 is None:
                roles.actor2 = others[0]
        return
    if word in TARGET_PREPS or (nominal and word == "of") or (word == "to" and prep.head.lemma_ in YIELD_LEMMAS):
        roles.offer(2, _candidate_prep_object(prep))


def _nominal_roles(trigger: Token, roles: RoleSpans) -> None:
    """"ISIS's attack", "an ISIS attack", "X launched an attack on Y"."""
    if roles.actor1 is not None:
        return
    by = next((t for t in trigger.subtree if t.lower_ == "by" and t.dep_ in {"prep", "agent"} and _nominal_path(t, trigger)), None)
    if by is not None:
        roles.offer(1, _candidate_prep_object(by))  # "the attack on a station by X", "by" mis-attached low
        return
    for child in trigger.children:
        if child.dep_ in {"poss", "compound"} and child.pos_ in {"PROPN", "NOUN"} and child.i < trigger.i:
            roles.actor1 = child
            return
    if trigger.dep_ in {"dobj", "attr", "nsubjpass"}:
        subj, _ = _subject_of(trigger.head)
        if subj is None:
            subj = _first(trigger.head.children, SUBJECTS)
        roles.actor1 = subj


def _nominal_path(token: Token, top: Token) -> bool:
    """No verb between ``token`` and ``top``: it still belongs to the noun phrase."""
    current = token.head
    while current != top and current.head != current:
        if current.pos_ in {"VERB", "AUX"}:
            return False
        current = current.head
    return current == top


def _conjuncts(head: Token | None) -> list[Token]:
    if head is None:
        return []
    return [t for t in head.conjuncts if t.i > head.i and t.pos_ in {"NOUN", "PROPN", "PRON"}]


# -- naming ----------------------------------------------------------------------------


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
    _split_opposing_sides(result, symmetric=trigger.lemma_.lower() in CLASH_LEMMAS or _is_passive(trigger))
    if result.actor1 is None and result.assoc_actor_1:
        result.actor1 = result.assoc_actor_1.pop(0)
    if result.actor2 is None and result.assoc_actor_2:
        result.actor2 = result.assoc_actor_2.pop(0)
    if result.actor1 is None and crowd is None and _unnamed_perpetrator(trigger, result, violent=violent):
        unnamed = namer.lookup("unidentified armed group")
        # No surface text: the sentence names no doer, so a later step may still find one.
        result.actor1 = unnamed.model_copy(update={"text": None}) if unnamed else None
    return result


# Acts aimed at people: a home or vehicle they hit stands for those in it (``premises``),
# unlike one seized or damaged ("seized a pickup truck": property taken).
AIMED_LEMMAS = EXPLOSION_LEMMAS | frozenset({"fire", "open", "throw", "hurl", "attack", "shoot", "torch"})


def _aimed(trigger: Token) -> bool:
    return trigger.lemma_.lower() in AIMED_LEMMAS


def _unnamed_perpetrator(trigger: Token, result: ActorRoles, *, violent: bool) -> bool:
    """ACLED codes harm to civilians, and blasts, whose perpetrator the report does not
    name as an unidentified armed group. Harm to armed men stays open: the article
    usually names who did it elsewhere ("Al Shabaab claimed ...")."""
    victim = result.actor2
    if violent and victim is not None and victim.type == "Civilians":
        return True
    return trigger.lemma_.lower() in EXPLOSION_LEMMAS and _is_passive(trigger) is False and victim is None


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


# Gunfire verbs ("opened fire on", "fired at"): violent towards a crowd, like "shoot".
FIRING = frozenset({"fire", "open"})
# Heads of a party's or a crowd's followers: in a protest, part of the crowd, however typed.
FOLLOWERS = frozenset({"supporter", "supporters", "activist", "activists", "worker", "workers", "cadre", "cadres",
                       "loyalist", "loyalists", "member", "members"})


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
            tokens.extend(_without_clauses(child))
    return tokens


# What armies hold: attacked with no owner named ("overran the barracks"), the target is
# the state's forces (ACLED: an armed clash), never civilians or their property.
INSTALLATIONS = frozenset({"post", "outpost", "base", "barracks", "garrison", "checkpoint", "fort", "bunker"})
# What an armed party holds, named with its owner ("hideouts of the PKK"): the owner's.
HOLDINGS = INSTALLATIONS | {"hideout", "position", "camp", "stronghold", "den", "convoy", "patrol", "headquarters"}


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
            if actor.type is not None or _named_entity(head):
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
            obj = _pobj(prep) if prep.dep_ == "prep" and prep.lower_ == "of" else None
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


def _named_entity(head: Token | None) -> bool:
    return head is not None and (head.ent_type_ in PARTY_ENTS or (head.pos_ == "PROPN" and not head.ent_type_))


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
