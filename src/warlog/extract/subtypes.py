"""Narrow a trigger's class to one ACLED sub-type using the sentence around it.

A lexicon can say "someone was killed"; only the participants say whether it was an
armed clash (both sides armed), an attack (civilians targeted) or excessive force
against protesters. These rules are ACLED's codebook distinctions written as code.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from ..normalise.causes import told_as_cause, wished
from ..normalise.euphemisms import PERSON_ONLY_KILLS, kills_by_euphemism
from ..record import Actor
from ..taxonomy import ARMED_TYPES as ARMED
from ..taxonomy import CROWD_TYPES, UNARMED_TYPES
from .persons import PERSON_NOUNS
from .triggers import CROWD_FORCE, Trigger, is_riot_police

ARMED_NOUNS = frozenset(
    {"soldier", "troop", "militant", "fighter", "insurgent", "rebel", "jihadist", "terrorist", "police",
     "policeman", "officer", "army", "force", "militia", "militiaman", "gunman", "guerrilla", "guard",
     "patrol", "convoy", "base", "checkpoint", "post", "position", "jihadi", "extremist"}
)
# Armed people (as opposed to their bases and posts): taking them is no territory.
ARMED_PEOPLE = ARMED_NOUNS - {"army", "force", "police", "militia", "patrol", "convoy", "base", "checkpoint", "post", "position"}
# Actor types of people ("its passengers", "two kidnappers"); an armed type may also
# name a place ("a military base" is the army's), so places are ruled out first.
PEOPLE_TYPES = UNARMED_TYPES | ARMED
PLACE_NOUNS = frozenset(
    {"town", "city", "village", "district", "area", "territory", "region", "province", "neighbourhood",
     "neighborhood", "base", "airport", "hill", "bridge", "road", "percent", "stronghold", "camp", "zone",
     "county", "state", "capital", "part", "border", "crossing", "field", "outpost", "control", "checkpoint",
     "post", "position", "barracks", "station", "headquarters", "garrison", "fort"}
)
INTERVENTION = CROWD_FORCE | {"disperse", "lathicharge", "detain", "arrest"}
RIOT_CUES = frozenset({"torch", "pelt", "stone", "vandalise", "vandalize", "ransack", "burn", "arson", "clash", "violent", "riot", "rioter", "smash"})
LETHAL = frozenset({"kill", "shoot", "dead", "die", "death", "fatally", "live"})
AIR_WORDS = frozenset({"jet", "warplane", "aircraft", "plane", "drone", "air", "helicopter", "aerial", "airstrike"})
IED_WORDS = frozenset({"car", "roadside", "ied", "landmine", "mine", "improvised", "vehicle-borne", "vbied", "device", "explosive"})
# Fire that harms no one ("fired warning shots", "fired in the air", "fired tear gas"):
# at a crowd it is an intervention, elsewhere no event of its own.
HARMLESS_FIRE = frozenset({"warning", "air", "blank", "tear", "teargas", "rubber"})
CROWD_LEMMAS = frozenset({"protest", "protester", "demonstrator", "demonstration", "crowd", "rally", "march", "marcher"})
RIOT_CROWDS = frozenset({"mob", "rioter", "riot"})
# What is done only to a crowd: tear gas fired "to disperse" people tells of one.
DISPERSAL = frozenset({"disperse", "scatter"})
# Acts that harm a person: whatever else the sentence tells burnt or taken, ACLED codes
# them as violence, never as looting or property destruction alone.
HARM_LEMMAS = frozenset(
    {"kill", "shoot", "stab", "behead", "massacre", "execute", "murder", "injure", "wound", "assassinate",
     "torture", "beat", "hack", "slaughter", "strangle", "lynch", "gun"}
)
CAMPAIGNS = frozenset({"operation", "offensive", "crackdown", "assault"})
RECAPTURE = frozenset({"recapture", "retake", "regain", "reclaim"})

# Weapon classes, most specific first: they name the means and override a generic verb.
WEAPON_PRIORITY = (
    "Chemical weapon",
    "Suicide bomb",
    "Air/drone strike",
    "Grenade",
    "Shelling/artillery/missile attack",
    "explosion",
)


def _lemmas(sent: Span) -> set[str]:
    return {t.lemma_.lower() for t in sent}


def _objects(trigger: Token) -> list[Token]:
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "against", "of"):
            objects += [c for c in prep.children if c.dep_ == "pobj"]
    return objects


def _violence(trigger: Token, actor1: Actor | None, actor2: Actor | None) -> str:
    if actor2 is not None and actor2.type == "Protesters":
        if actor1 is not None and actor1.type in UNARMED_TYPES:
            return "Mob violence"  # "ruling party youths attacked opposition supporters": no force of the state
        if actor1 is None or actor1.type == "State forces":
            return "Excessive force against protesters"
        return "Attack"  # "gunmen assassinated an activist": one-sided violence on a civilian
    if actor2 is not None and actor2.type == "Civilians":
        return "Attack"
    if actor2 is not None and actor2.type in ARMED:
        return "Armed clash"
    if actor1 is not None and actor1.type == "Rioters":
        return "Mob violence"
    if any(obj.lemma_.lower() in ARMED_NOUNS for obj in _objects(trigger)):
        return "Armed clash"
    if actor2 is None and actor1 is not None and actor1.type == "State forces" and _campaign(trigger):
        return "Armed clash"  # "troops launched an offensive in the district": against the armed, not civilians
    return "Attack"


def _campaign(trigger: Token) -> bool:
    """A launched military operation or offensive ("launch an operation")."""
    return trigger.lemma_.lower() == "launch" and any(obj.lemma_.lower() in CAMPAIGNS for obj in _objects(trigger))


DROPPED = frozenset({"bomb", "explosive"})


def dropped(token: Token) -> bool:
    """"Forces dropped bombs on a village", "bombs dropped on a market": bombs are
    dropped only from the air, whatever else the sentence names ("near a roadside")."""
    if token.lemma_.lower() not in DROPPED:
        return False
    dropping = token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() == "drop"
    return dropping or any(c.dep_ == "acl" and c.lemma_.lower() == "drop" for c in token.children)


def _explosion(trigger: Trigger, sent: Span, others: Sequence[Trigger] = ()) -> str:
    lemmas = _lemmas(sent)
    if "suicide" in lemmas:
        return "Suicide bomb"
    if any(dropped(t.token) for t in (trigger, *others) if t.cls == "explosion"):
        return "Air/drone strike"
    if lemmas & IED_WORDS:
        return "Remote explosive/landmine/IED"
    if trigger.token.lemma_.lower() == "bomb" and lemmas & AIR_WORDS:
        return "Air/drone strike"
    return "Remote explosive/landmine/IED"


def seizes_people(trigger: Token, actor2: Actor | None) -> bool:
    """"Seized 12 farmers", "captured three Chinese nationals", "seized a bus and its
    passengers": the ones taken are people (an abduction or arrest), not goods or land."""
    if trigger.lemma_.lower() not in ("capture", "seize"):
        return False
    objects = [t for obj in _objects(trigger) for t in (obj, *obj.conjuncts)]
    named = actor2 is not None and actor2.type in PEOPLE_TYPES and actor2.text
    return any(
        obj.lemma_.lower() in PERSON_NOUNS | ARMED_PEOPLE
        or obj.ent_type_ in ("PERSON", "NORP")
        or (named and obj.text in named and obj.pos_ in ("NOUN", "PROPN") and not _a_place(obj))
        for obj in objects
    )


def armed_seizure_of_people(trigger: Token, actor1: Actor | None, actor2: Actor | None) -> bool:
    """People seized by armed men or the state: an abduction or arrest, whatever the
    wording around it suggests. Residents seizing gunmen is mob justice, left open."""
    return seizes_people(trigger, actor2) and (actor1 is None or actor1.type in ARMED)


def _a_place(token: Token) -> bool:
    return token.ent_type_ in ("GPE", "LOC", "FAC") or token.lemma_.lower() in PLACE_NOUNS


def _territory(trigger: Token, actor1: Actor | None, actor2: Actor | None) -> str | None:
    objects = _objects(trigger)
    if seizes_people(trigger, actor2):
        return "Arrests" if actor1 is not None and actor1.type == "State forces" else "Abduction/forced disappearance"
    nouns = [obj for obj in objects if obj.pos_ in ("NOUN", "PROPN")]
    if trigger.lemma_.lower() in ("seize", "capture") and nouns and not any(_a_place(obj) for obj in nouns):
        if any(o.lemma_.lower() in ("weapon", "arm", "explosive", "ammunition") for o in nouns):
            return "Disrupted weapons use"
        # "militants seized livestock / a vehicle": armed men taking property loot it;
        # what the authorities seize (drugs, goods) is no event ACLED codes.
        return None if actor1 is None or actor1.type == "State forces" else "Looting/property destruction"
    if actor1 is not None and actor1.type == "State forces":
        return "Government regains territory"
    if trigger.lemma_.lower() in RECAPTURE and (actor1 is None or actor1.type == "State forces"):
        return "Government regains territory"
    return "Non-state actor overtakes territory"


LABOUR_CUES = frozenset(
    {"worker", "union", "hunger", "general", "transporter", "trader", "employee", "teacher", "doctor", "nurse",
     "staff", "labour", "labor", "wage", "salary", "pay", "observe", "shutdown", "student", "driver"}
)


def _told_lemmas(sent: Span) -> set[str]:
    """Lemmas of what the sentence tells happened: not its cause or what a crowd asked
    for ("demanding that the arrested students be freed", "protested against
    soldiers killing a woman")."""
    return {t.lemma_.lower() for t in sent if not told_as_cause(t) and not wished(t) and not is_riot_police(t)}


# What a strike from the air does to what it falls on; a walk-out "paralyses" or "shuts".
STRIKE_HITS = frozenset({"hit", "kill", "destroy", "target", "wound", "flatten", "level", "raze", "injure", "damage"})


def strike_that_hits(trigger: Token) -> bool:
    """"The strike hit a ceremony", "the strikes killed 12": a weapon's strike by what it
    does, whatever the sentence's other words (a crowd gathered) suggest."""
    return trigger.lemma_.lower() == "strike" and trigger.dep_ in ("nsubj", "nsubjpass") and (
        trigger.head.lemma_.lower() in STRIKE_HITS
    )


def _protest(sent: Span, trigger: Token) -> str:
    lemmas = _told_lemmas(sent)
    if trigger.lemma_.lower() == "strike" and not lemmas & LABOUR_CUES:
        return "Air/drone strike"  # "the strikes destroyed two tunnels": a weapon, not a walk-out
    if lemmas & INTERVENTION and lemmas & LETHAL:
        return "Excessive force against protesters"
    if lemmas & RIOT_CUES:
        return "Violent demonstration"
    if lemmas & INTERVENTION:
        return "Protest with intervention"
    return "Peaceful protest"


def _riot(trigger: Token, sent: Span) -> str:
    if "mob" in _lemmas(sent) or trigger.lemma_.lower() == "lynch":
        return "Mob violence"
    return "Violent demonstration"


def _gunfire(
    trigger: Token, sent: Span, actor1: Actor | None, actor2: Actor | None, crowd: bool = False
) -> str | None:
    """"Fired shots at X": violence, save fire that harms no one (an intervention at a
    crowd, else nothing) and the state firing at people it does not name as armed
    where this sentence or the last tells of a crowd: ACLED codes that as part of the
    riot or protest. ``crowd``: the sentence has a protest or riot trigger of its own
    ("fired tear gas to disperse activists who were blocking a road")."""
    lemmas = _lemmas(sent)
    if lemmas & HARMLESS_FIRE:
        return _protest(sent, trigger) if crowd or lemmas & (CROWD_LEMMAS | DISPERSAL) else None
    state = actor1 is not None and actor1.type == "State forces"
    if state and (actor2 is None or actor2.type not in ARMED) and _crowd_near(sent):
        if actor2 is not None and actor2.type in CROWD_TYPES and not _crowd_before(sent):
            # "Troops fired on a crowd of protesters": the only telling of that crowd.
            # Live fire at protesters is excessive force (ACLED), whether or not it kills.
            return "Excessive force against protesters" if actor2.type == "Protesters" else _riot(trigger, sent)
        return None
    return _violence(trigger, actor1, actor2)


def _crowd_before(sent: Span) -> bool:
    """The sentence before tells of a crowd, whose record the fire at it joins."""
    return sent.start > 0 and bool(_lemmas(sent.doc[sent.start - 1].sent) & (CROWD_LEMMAS | RIOT_CROWDS))


def _crowd_near(sent: Span) -> bool:
    """This sentence or the one before tells of a crowd ("marched ... Officers then
    shot at the marchers")."""
    return bool(_lemmas(sent) & (CROWD_LEMMAS | RIOT_CROWDS)) or _crowd_before(sent)


def _arson(trigger: Token, sent: Span, actor1: Actor | None) -> str:
    """"Set houses alight": a crowd riots; armed or unnamed men destroy property."""
    crowd = actor1 is not None and actor1.type in ("Rioters", "Protesters", "Civilians")
    if crowd or _lemmas(sent) & (CROWD_LEMMAS | RIOT_CROWDS):
        return _riot(trigger, sent)
    return "Looting/property destruction"


def resolve(anchor: Trigger, others: list[Trigger], sent: Span, actor1: Actor | None, actor2: Actor | None) -> str | None:
    """The ACLED sub-type of the event anchored at ``anchor`` (None: not an event after all)."""
    cls = anchor.cls
    if shot_down(anchor.token):
        return "Disrupted weapons use"
    if cls in ("violence", "Armed clash", "explosion", *WEAPON_PRIORITY):
        weapons = {t.cls for t in [anchor, *others]} & set(WEAPON_PRIORITY)
        if weapons:
            cls = next(w for w in WEAPON_PRIORITY if w in weapons)
    if cls == "explosion":
        return _explosion(anchor, sent, others)
    if cls == "violence" and anchor.token.lemma_.lower() in PERSON_ONLY_KILLS and not kills_by_euphemism(anchor.token):
        return None  # "neutralised an IED", "eliminated the threat": no one killed
    if cls == "violence" and anchor.token.lemma_.lower() == "fire":
        return _gunfire(anchor.token, sent, actor1, actor2, crowd=any(t.cls in ("protest", "riot") for t in others))
    if cls == "violence":
        return _violence(anchor.token, actor1, actor2)
    if cls == "arson":
        harm = next((t for t in others if t.cls == "violence" and t.token.lemma_.lower() in HARM_LEMMAS), None)
        # "shooting residents and set fire to homes": the people harmed make it violence
        return _arson(anchor.token, sent, actor1) if harm is None else _violence(harm.token, actor1, actor2)
    if cls == "territory":
        return _territory(anchor.token, actor1, actor2)
    if cls == "protest":
        return _protest(sent, anchor.token)
    if cls == "riot":
        return _riot(anchor.token, sent)
    if cls == "Armed clash" and actor2 is not None and actor2.type == "Civilians":
        return "Attack"
    if cls == "Armed clash" and actor2 is not None and actor2.type == "Protesters" and anchor.token.lemma_.lower() in ("open", "fire"):
        return "Excessive force against protesters"  # "opened fire on protesters": one-sided, no exchange of fire
    if cls == "Disrupted weapons use" and _armed_taking(anchor.token, actor1):
        return "Looting/property destruction"
    if cls == "Non-violent transfer of territory" and not _armed_party(anchor.token, actor1, actor2):
        return None  # "withdrew the levies", "evacuated residents": no territory changes hands
    return cls


TAKING = frozenset({"seize", "capture", "loot", "steal", "take"})


def _armed_taking(trigger: Token, actor1: Actor | None) -> bool:
    """"The fighters seized weapons": an armed group taking arms loots them (ACLED's
    disrupted weapons use is the state's seizure, or a weapon stopped)."""
    armed = actor1 is not None and actor1.type in ARMED and actor1.type != "State forces"
    return armed and trigger.lemma_.lower() in TAKING


# What air defences bring down: ACLED's disrupted weapons use, not a strike.
PROJECTILES = frozenset({"drone", "missile", "rocket", "projectile", "uav"})


def shot_down(trigger: Token) -> bool:
    """"Air defences shot down 12 drones", "downed a missile": a weapon stopped in flight."""
    lemma = trigger.lemma_.lower()
    brought_down = any(c.dep_ == "prt" and c.lower_ == "down" for c in trigger.children)
    down = lemma == "down" or (lemma in ("shoot", "bring") and brought_down)
    return down and any(o.lemma_.lower() in PROJECTILES for o in _objects(trigger))


def _armed_party(trigger: Token, actor1: Actor | None, actor2: Actor | None) -> bool:
    """An armed actor, or a place or armed unit as the thing handed over or left."""
    if any(a is not None and a.type in ARMED and not a.name.startswith("Government") for a in (actor1, actor2)):
        return True  # a government is no armed side ("withdrew support for the government")
    return any(obj.ent_type_ in ("GPE", "LOC", "FAC") or obj.lemma_.lower() in PLACE_NOUNS | ARMED_NOUNS for obj in _objects(trigger))
