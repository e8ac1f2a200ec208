"""Homes and vehicles that stand for the people in them when they are attacked.

"Fired on a judge's residence", "hurled a grenade at a party leader's
vehicle", "fired on a passenger bus": the building or vehicle is hit, the target is
whoever lives in it or rides in it. ACLED codes that target as its owner when the
report names an armed one ("the car of a police officer") and as civilians otherwise.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..record import Actor

# Vehicles whose owner the phrase may not say; with no armed owner named, they carried civilians.
VEHICLES = frozenset(
    {"vehicle", "bus", "minibus", "truck", "lorry", "ambulance", "taxi", "car", "van", "motorbike", "motorcycle",
     "tricycle", "tractor", "boat", "pickup", "tanker", "train"}
)
# Where people live or work, as the place an attack was aimed at.
DWELLINGS = frozenset({"residence", "home", "house", "compound", "homestead", "hut", "shop", "store", "farmhouse"})
PREMISES = VEHICLES | DWELLINGS
# Civil bodies a vehicle may belong to ("a water board truck", "a health ministry car"): its
# passengers are civilians whatever the body's name suggests.
CIVIL_BODIES = frozenset({"ministry", "department", "office", "government", "council", "commission", "company", "agency"})


# Buildings and sites a named attack is aimed at ("the attack on the assembly", "the
# bombing of the embassy"), beside homes and vehicles.
BUILDINGS = frozenset(
    {"assembly", "parliament", "legislature", "embassy", "consulate", "temple", "mosque", "church", "shrine",
     "synagogue", "station", "camp", "market", "school", "hotel", "office", "building", "centre", "center",
     "headquarters", "airport", "court", "bank", "hospital", "library", "plane", "aircraft", "airliner",
     "tower", "palace", "prison", "jail"}
)


def building(head: Token) -> bool:
    """A building, site or vehicle a deed can be aimed at ("the assembly", "a plane")."""
    return premises(head) or head.lemma_.lower() in BUILDINGS


def premises(head: Token) -> bool:
    """A home or a vehicle ("the residence", "a passenger bus")."""
    return head.lemma_.lower() in PREMISES


def civil_body(owner: Token) -> bool:
    """"The Ministry of Agriculture", "a mining company": no armed owner."""
    return owner.lemma_.lower() in CIVIL_BODIES


def owner_of(head: Token) -> Token | None:
    """Who the home or vehicle belongs to: "the residence of a judge", "the judge's car"."""
    for child in head.children:
        if child.dep_ == "poss" and child.pos_ in ("NOUN", "PROPN"):
            return child
        if child.dep_ == "prep" and child.lower_ in ("of", "belonging"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def public(text: str) -> bool:
    """"A government car", "a government-owned truck": state property, no one's person (ACLED)."""
    return "government" in text.lower()


def aboard(actor: Actor | None) -> bool:
    """Civilians read off a vehicle that was attacked ("stoned a bus"): the people in it."""
    words = (actor.text or "").lower().split() if actor is not None else []
    civilian = actor is not None and actor.type == "Civilians" and not public(actor.text or "")
    return civilian and bool(words) and words[-1].rstrip("s") in VEHICLES


# What a force holds and is attacked in ("a police station", "a CRPF bunker", "the army
# camp"): ACLED codes the force as the target, never civilians, and never as the doer.
FORCE_PREMISES = frozenset(
    {"station", "post", "outpost", "checkpost", "checkpoint", "bunker", "camp", "base", "barracks", "garrison",
     "picket", "fort", "headquarters"}
)
# Verbs and nouns that aim an act at a place after "at", "on" or "against" ("hurled a
# grenade at", "opened fire on", "an attack on"); any other verb's "at" only says where.
AIMING_HEADS = frozenset(
    {"hurl", "throw", "lob", "fire", "shoot", "open", "launch", "attack", "assault", "raid", "strike", "grenade",
     "bomb", "rocket", "mortar", "shell", "charge"}
)
AIMING_PREPS = frozenset({"at", "on", "upon", "against"})


def attacked_premises(root: Token) -> bool:
    """A force's building or position as what the act was aimed at: the object of a verb
    ("stormed a checkpoint", "set ablaze a police station") or of an aiming preposition
    ("hurled a grenade at a police station", "an attack on an army camp")."""
    if root.lemma_.lower() not in FORCE_PREMISES:
        return False
    if root.dep_ == "dobj":
        return root.head.pos_ == "VERB"
    head = root.head
    return root.dep_ == "pobj" and head.lower_ in AIMING_PREPS and head.head.lemma_.lower() in AIMING_HEADS
