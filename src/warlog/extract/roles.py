"""Where the parties of an event sit in the dependency parse, before they are named.

Roles are found relative to an event trigger token: the subject of an active
trigger acts, the subject of a passive one undergoes; "by X" and "at the hands of
X" name the doer; objects and "on/against/with/to X" name the target. A trigger
without a subject of its own (``forced to shoot``, ``after fleeing``, ``militants
who attacked``) inherits it from the clause that governs it. ``actors`` then names
the phrases found here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

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


SUBJECTS = frozenset({"nsubj", "csubj"})

PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})

OBJECTS = frozenset({"dobj", "obj"})

# Prepositions whose object is the target ("fired on", "clashed with", "surrendered to").
TARGET_PREPS = frozenset({"on", "upon", "against", "with", "at", "into", "targeting"})

# "to X" names the other party only after giving-up verbs ("surrendered to X"); else it is a place.
YIELD_LEMMAS = frozenset({"surrender", "defect", "hand", "turn", "submit", "yield", "give", "pledge", "swear"})

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
        tokens.extend(without_clauses(child))
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
    obj = pobj(token) if token.dep_ == "prep" else None
    return obj is not None and (obj.ent_type_ in ("DATE", "TIME") or obj.lower_ in CALENDAR_WORDS)


def _named(token: Token) -> bool:
    """A proper name or a named person, group or state."""
    return token.pos_ == "PROPN" or token.ent_type_ in STATE_ENTS


def without_clauses(token: Token) -> list[Token]:
    """A subtree minus any clause inside it ("fighters who fled Raqqa" -> "fighters")."""
    tokens = [token]
    for child in token.children:
        if child.dep_ not in CLAUSE_CUTS:
            tokens.extend(without_clauses(child))
    return tokens


def _partitive(token: Token) -> bool:
    return token.lower_ in PARTITIVES or token.pos_ == "NUM"


def _first(children: Iterable[Token], deps: frozenset[str]) -> Token | None:
    return next((c for c in children if c.dep_ in deps), None)


def pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"} and c.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}), None)


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ == "acl"
    )


def _candidate_prep_object(prep: Token) -> Token | None:
    obj = pobj(prep)
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
        return pobj(of) or noun
    return noun


def find_roles(trigger: Token, sent: Span | None = None) -> RoleSpans:
    """Head tokens of actor1/actor2 (and their conjuncts) for one trigger."""
    roles = RoleSpans()
    children = list(trigger.children)
    passive = is_passive(trigger)
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
    if obj is None or not _party_like(obj) or not named_entity(obj) and trigger.lemma_.lower() in TRANSFER_LEMMAS:
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
        c.dep_ == "prep" and c.lower_ in allowed and pobj(c) is not None for c, allowed in preps
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
        target = pobj(prep) if prep.lower_ in RECIPIENT_PREPS else None
        if target is not None and _party_like(target) and target.lower_ not in RELATIVE_PRONOUNS:
            found.append(target)
    return found


def _setting_roles(trigger: Token, roles: RoleSpans) -> None:
    """"Killed during a police raid", "killed in a gun battle with troops", "shot in
    an attack by gunmen": with no doer of its own, the verb takes the parties of the
    fighting it happened in."""
    for prep in trigger.children:
        event = pobj(prep) if prep.dep_ == "prep" and prep.lower_ in SETTING_PREPS else None
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
        hands = pobj(prep)
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


def named_entity(head: Token | None) -> bool:
    return head is not None and (head.ent_type_ in PARTY_ENTS or (head.pos_ == "PROPN" and not head.ent_type_))
