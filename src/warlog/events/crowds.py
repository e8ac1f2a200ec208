"""Whether a paragraph tells of a crowd, and whether the state acted on it.

ACLED's protest sub-types turn on two facts a classifier reading one sentence often
misses: a protest is "with intervention" as soon as police or soldiers disperse,
stop or arrest the crowd ("Police intervened and dispersed the crowd" in the next
sentence), and force "against protesters" needs protesters at all ("a suspect
killed in a police raid" is an attack on a civilian). Those arrested at a protest
are protesters, at a riot rioters. The words are read, not the actor dictionary:
"as they staged protests" names no protester but tells of one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Span, Token

from ..extract.actors import VIOLENT_CUES
from ..extract.roles import VIOLENCE_LEMMAS
from ..extract.triggers import is_riot_police
from ..normalise.causes import told_as_cause, wished
from ..taxonomy import ARMED_TYPES, CROWD_TYPES, UNARMED_TYPES

# Lemmas that tell of a crowd protesting or rioting (nouns and verbs only: "March 7"
# is a month, "strike" is too often an air strike).
PROTEST_WORDS = frozenset(
    {"protest", "protester", "protestor", "demonstrate", "demonstration", "demonstrator", "rally", "march",
     "marcher", "picket", "sit-in", "bandh", "hartal", "agitation", "agitate"}
)
RIOT_WORDS = frozenset({"riot", "rioter", "mob", "lynch", "rampage"})
# What police and soldiers do to a crowd ("dispersed the march", "fired tear gas").
INTERVENTION_VERBS = frozenset(
    {"intervene", "disperse", "arrest", "detain", "fire", "shoot", "stop", "block", "prevent", "beat", "baton",
     "lathicharge", "chase", "break", "foil", "use", "manhandle", "remove", "halt", "quell", "evict",
     "teargas", "tear-gas", "charge", "stifle", "suppress", "storm", "clash", "cane", "repel"}
)
INTERVENTION_NOUNS = frozenset({"intervention", "crackdown", "lathicharge", "baton-charge"})
# Blocking a road or a gate is a protest's means, not violence (ACLED: peaceful unless
# the crowd also burns, stones, barricades or hurts).
BLOCKING = frozenset({"block", "blockade"})
VIOLENT_ACTS = VIOLENT_CUES | VIOLENCE_LEMMAS | {"barricade", "injure", "damage", "smash", "fight", "hurl", "attack"}


def crowd_kind(sents: Iterable[Span]) -> str | None:
    """"Rioters" or "Protesters" when the sentences tell of a riot or a protest, else None."""
    lemmas = {t.lemma_.lower() for sent in sents for t in sent if t.pos_ in ("NOUN", "VERB") and not is_riot_police(t)}
    if lemmas & RIOT_WORDS:
        return "Rioters"
    return "Protesters" if lemmas & PROTEST_WORDS else None


# What a crowd does that makes its protest a riot (ACLED: violent demonstration) ...
CROWD_VIOLENCE = frozenset(
    {"torch", "pelt", "stone", "vandalise", "vandalize", "ransack", "smash", "arson", "clash", "burn", "tyre", "tire",
     "storm"}
)
# Deeds named by a verb only: "a torch rally" carries torches, "a storm" is the weather.
VERB_ONLY = frozenset({"torch", "storm"})
# Forces who storm a protest camp intervene (``acts_on_crowd``); the crowd does not riot.
FORCES = frozenset({"police", "policeman", "officer", "troop", "soldier", "army", "force", "commando"})
# ... save burning what only stands for the protest's target ("burnt an effigy").
SYMBOLS = frozenset({"effigy", "flag", "copy", "poster", "photo", "picture", "banner", "portrait", "placard"})


def turned_violent(sents: Iterable[Span]) -> bool:
    """The sentences tell of the crowd burning, stoning or clashing ("staged a protest
    and burnt tyres", "they clashed with police"), not as the protest's cause or demand
    ("protested the burning of a temple") nor a symbol burnt ("burnt an effigy")."""
    return any(_violent_deed(t) for sent in sents for t in sent)


# Prepositions that set a protest after or amid another happening ("Following a clash
# between party workers and police, ... held a silent protest").
BACKGROUND_PREPS = frozenset({"following", "after", "amid", "amidst", "despite", "over"})


def _violent_deed(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if lemma not in CROWD_VIOLENCE or token.pos_ not in ("VERB", "NOUN") or (lemma in VERB_ONLY and token.pos_ != "VERB"):
        return False
    if lemma == "storm" and any(c.dep_ == "nsubj" and c.lemma_.lower() in FORCES for c in token.children):
        return False
    if told_as_cause(token) or wished(token) or _in_background(token):
        return False
    burnt = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return not any(b.lemma_.lower() in SYMBOLS for b in burnt)


def _in_background(token: Token) -> bool:
    """The token lies in a phrase setting the sentence after or amid another happening."""
    return any(a.lower_ in BACKGROUND_PREPS and a.dep_ in ("prep", "ROOT", "advcl") for a in token.ancestors)


def only_blocks(sent: Span) -> bool:
    """The sentence tells of a crowd blocking something and of nothing violent ("the
    traders had blocked the main road for two hours"), save what it protests ("blocked the
    highway after a bus killed a man")."""
    lemmas = {t.lemma_.lower() for t in sent if not (told_as_cause(t) or _in_background(t))}
    return bool(lemmas & BLOCKING) and not lemmas & (VIOLENT_ACTS | RIOT_WORDS)


def acts_on_crowd(root: Token) -> bool:
    """Whether the phrase headed by ``root`` intervenes: the subject (or "by" agent) of
    an intervening verb, or "police intervention" itself; never inside a demand."""
    if root.lemma_.lower() in INTERVENTION_NOUNS:
        # "protested against the police intervention of the day before": a grievance, not this crowd's
        return not (told_as_cause(root) or _in_background(root) or _criticised(root))
    verb = _governing_verb(root)
    if verb is None:
        return False
    # "intervened and dispersed the crowd": conjoined verbs without a subject of their own
    shared = (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")
    verbs = [verb, *(c for c in shared if not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))]
    if not any(_intervenes(v) for v in verbs):
        return False
    # "Police did not intervene": the crowd was left alone
    return not wished(verb) and not any(c.dep_ == "neg" for c in verb.children)


# Verbs of blame: what they govern is what a crowd holds against someone, not what it met.
BLAME_LEMMAS = frozenset({"criticize", "criticise", "condemn", "denounce", "decry", "oppose", "slam", "blame"})


def _criticised(token: Token) -> bool:
    """"criticizing the police intervention in Jayapura": the act blamed, not one on this crowd."""
    return any(a.lemma_.lower() in BLAME_LEMMAS for a in token.ancestors)


def _intervenes(verb: Token) -> bool:
    """An intervening verb, or "opened fire (on them)": "open" intervenes only on fire."""
    if verb.lemma_.lower() == "open":
        return any(c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children)
    return verb.lemma_.lower() in INTERVENTION_VERBS


def _governing_verb(root: Token) -> Token | None:
    while root.dep_ == "conj":
        root = root.head
    if root.dep_ == "nsubj":
        return root.head
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        return root.head.head  # "dispersed by police"
    return None


# Words of a fight between two parties, as verb ("clashed with") or noun ("a brawl between").
FIGHT_WORDS = frozenset({"clash", "fight", "brawl", "scuffle", "skirmish"})
# Words that make one plural subject two sides ("students of two schools clashed").
TWO_CROWDS = frozenset({"two", "rival", "rivals", "both"})


def fighting_parties(sent: Span) -> list[list[Span]]:
    """For each fight the sentence tells of, the phrases of its parties: the subject and
    "with" objects of "clashed", the "between" objects of "a clash" ("Supporters of two
    parties clashed" gives one phrase; "X clashed with police" two). A fight told as a
    cause or a background ("protested after a clash") is none of the sentence's."""
    fights = []
    for token in sent:
        if token.lemma_.lower() not in FIGHT_WORDS or token.pos_ not in ("VERB", "NOUN"):
            continue
        if told_as_cause(token) or _in_background(token):
            continue
        heads = [c for c in token.children if c.dep_ == "nsubj"] if token.pos_ == "VERB" else []
        heads += [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("with", "between", "among")
                  for g in c.children if g.dep_ == "pobj"]
        parties = [p for h in heads for p in (h, *h.conjuncts)]
        if parties:
            fights.append([_phrase(p) for p in parties])
    return fights


def _phrase(head: Token) -> Span:
    """The noun phrase a party heads, without its "and" conjuncts or trailing clauses."""
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in ("cc", "conj", "relcl", "acl", "punct", "appos"):
            break
        end = child.right_edge.i + 1
    return head.doc[head.left_edge.i : end]


# Heads of a phrase that names sides by their split alone ("two rival groups", "two factions of students").
FACTIONS = frozenset({"group", "faction"})


def _rival_factions(phrase: Span, side: Callable[[Span], str | None]) -> bool:
    """"A clash between two rival groups", "two factions of students": sides named only
    as a split, no arms and no one the dictionary knows (ACLED: rioters against rioters;
    "two rival groups of herders" are herders, a communal fight)."""
    words = {t.lower_ for t in phrase}
    split = bool(words & TWO_CROWDS) and phrase.root.lemma_.lower() in FACTIONS
    return split and "armed" not in words and side(phrase) is None


def two_crowds_fought(sent: Span, side: Callable[[Span], str | None], *, named_crowds: bool = False) -> bool:
    """The sentence tells of two crowds fighting each other, no armed side among them
    ("RENAMO and FRELIMO supporters clashed", "a brawl between students of two
    schools"): ACLED's rioters against rioters, whoever broke the fight up afterwards.
    ``side`` gives the actor type a phrase names, and every party must be a crowd or
    civilians: villagers fighting a company's guards fight an armed side. With
    ``named_crowds`` every party must be named as a crowd ("activists", "supporters"),
    not as villagers or herders, whose fights ACLED codes as between communal militias."""
    crowds = CROWD_TYPES if named_crowds else UNARMED_TYPES
    for parties in fighting_parties(sent):
        if not all(side(p) in crowds or _rival_factions(p, side) for p in parties):
            continue  # an armed side, or one the dictionary does not know ("security services")
        joined = any(t.dep_ == "cc" and t.lower_ == "and" for p in parties for t in p)  # "ruling and opposition supporters"
        if len(parties) > 1 or joined or any(t.lower_ in TWO_CROWDS for p in parties for t in p):
            return True
    return False


# Harm a crowd does to a person, not to property ("thrashed a conductor", "manhandled
# the manager"); "attacked" hits property as often ("attacked two vehicles"), so its
# object must be named as a civilian.
PERSON_HARM = frozenset(
    {"beat", "assault", "thrash", "manhandle", "molest", "injure", "wound", "kill", "stab", "slap", "lynch", "hack",
     "harass", "abduct", "kidnap", "torture", "rape", "murder", "heckle", "rough", "hurt"}
)


def harms_bystanders(sents: Iterable[Span], side: Callable[[Span], str | None]) -> bool:
    """The sentences tell of someone neither armed nor in a crowd being hurt, by no armed
    side ("the marchers began molesting reporters", "its manager was manhandled"):
    ACLED's civilian victims of a riot."""
    for sent in sents:
        for token in sent:
            lemma = token.lemma_.lower()
            if token.pos_ != "VERB" or lemma not in PERSON_HARM | THROWING | {"attack"} or any(c.dep_ == "neg" for c in token.children):
                continue
            if told_as_cause(token) or wished(token) or _in_background(token):
                continue
            doers = [c for c in token.children if c.dep_ == "nsubj"] + [
                g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if any(side(_phrase(d)) in ARMED_TYPES for d in doers):
                continue  # "police beat a journalist": the state's violence, not the crowd's
            harmed = _deed_targets(token)
            if token.dep_ == "amod" and lemma in PERSON_HARM:
                harmed.append(token.head)  # "started attacking and molesting journalists", parsed as a modifier
            if lemma != "attack" and any(v.lower_ in ("him", "her") for v in harmed):
                return True  # "threw stones at him", "injured him"
            kinds = [side(_phrase(v)) for v in harmed if v.pos_ in ("NOUN", "PROPN")]
            # Stones thrown "at the vehicle", an "attacked" shop: things, unless named as civilians.
            if any(k == "Civilians" or (k is None and lemma in PERSON_HARM) for k in kinds):
                return True
    return False


# Deeds that ruin things ("vandalised the office", "torched two vehicles") ...
PROPERTY_DEEDS = frozenset(
    {"vandalise", "vandalize", "torch", "burn", "damage", "destroy", "ransack", "smash", "loot", "break", "raze", "gut"}
)
# ... and the things they ruin: what a mob wrecks when it hurts no one.
PROPERTY = frozenset(
    {"property", "properties", "vehicle", "car", "bus", "truck", "lorry", "van", "jeep", "motorcycle", "motorbike",
     "bike", "tractor", "ambulance", "dozer", "bulldozer", "excavator", "machine", "machinery", "equipment", "house",
     "home", "residence", "building", "office", "shop", "store", "stall", "kiosk", "market", "school", "campus",
     "college", "university", "hospital", "clinic", "station", "booth", "door", "gate", "window", "wall", "fence",
     "tower", "facility", "temple", "church", "mosque", "shrine", "statue", "hall", "hotel", "restaurant", "bank",
     "factory", "warehouse", "godown", "hut", "tent", "furniture", "ballot", "premises", "structure", "bridge", "block",
     "compound", "headquarters", "court", "prison", "jail", "depot", "plant", "farm", "crop", "field"}
)
# Pieces of a thing ("a section of the campus"): the thing is what was hit.
PARTS = frozenset({"section", "part", "portion", "some", "much", "parts", "wing", "floor"})
# Harm to people a report tells without a verb ("resulting in injuries").
HARM_NOUNS = frozenset({"injury", "casualty", "death", "fatality"})


def only_property_harmed(sents: Iterable[Span]) -> bool:
    """The sentences tell of a crowd ruining things and of no one hurt or aimed at ("a
    mob torched the campus", "villagers vandalised a vehicle"): ACLED codes such mob
    violence with rioters alone, and with civilians as its target as soon as a person is
    beaten, stoned or killed ("threw stones at him", "lynched a thief")."""
    property_hit = False
    for token in (t for sent in sents for t in sent):
        lemma = token.lemma_.lower()
        if lemma in HARM_NOUNS and token.pos_ == "NOUN" and not _denied(token):
            return False  # "two people sustained injuries"; not "no injuries were reported"
        deed = lemma in PROPERTY_DEEDS or lemma in PERSON_HARM or lemma in THROWING | {"attack", "stone", "die"}
        if token.pos_ != "VERB" or not deed or _denied(token) or told_as_cause(token) or _in_background(token):
            continue
        targets = _deed_targets(token)
        if lemma in PERSON_HARM or lemma == "die" or any(not _is_property(t) for t in targets):
            return False
        property_hit = property_hit or (lemma in PROPERTY_DEEDS and bool(targets))
    return property_hit


def _denied(token: Token) -> bool:
    """"did not attack", "no injuries"."""
    return any(c.dep_ == "neg" or c.lower_ in ("no", "without") for c in token.children)


# Verbs that aim a missile "at"/"on" a target ("threw stones at the police").
THROWING = frozenset({"throw", "hurl", "pelt"})
AIMING = frozenset({"at", "on", "upon", "against"})


def _deed_targets(verb: Token) -> list[Token]:
    """What a deed is done to: its object, its passive subject, or what it is aimed at
    ("threw stones at the vehicle"), with their conjuncts; the thing thrown is none."""
    thrown = verb.lemma_.lower() in THROWING
    heads = [c for c in verb.children if c.dep_ == "nsubjpass" or (c.dep_ == "dobj" and not thrown)]
    if thrown:  # "on Monday" is when, not whom
        heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in AIMING
                  for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]
    return [t for h in heads for t in (h, *h.conjuncts)]


def _is_property(head: Token) -> bool:
    """A thing, not a person ("the vehicle of a party chief", "a section of the campus")."""
    if head.lemma_.lower() in PARTS:
        things = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        return bool(things) and all(_is_property(t) for t in things)
    return head.lemma_.lower() in PROPERTY or head.lower_ in PROPERTY or head.lower_ == "it"
