"""ACLED's event and actor vocabularies, spelled exactly as ACLED spells them."""

from __future__ import annotations

from typing import Literal

SUB_EVENT_TYPES: dict[str, str] = {
    # Battles
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    # Explosions/Remote violence
    "Chemical weapon": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    # Violence against civilians
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    # Protests
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    # Riots
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    # Strategic developments
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}

EVENT_TYPES: tuple[str, ...] = tuple(dict.fromkeys(SUB_EVENT_TYPES.values()))

# ACLED's inter codes 1-8, in order.
ACTOR_TYPES: tuple[str, ...] = (
    "State forces",
    "Rebel group",
    "Political militia",
    "Identity militia",
    "Rioters",
    "Protesters",
    "Civilians",
    "External/Other forces",
)
# The categories that bear arms: sides in fighting, never a crowd or civilians.
ARMED_TYPES = frozenset({"State forces", "Rebel group", "Political militia", "Identity militia", "External/Other forces"})
# Armed, but no state's: the side a generic "militants" or "fighters" may belong to.
NON_STATE_ARMED_TYPES = frozenset({"Rebel group", "Political militia", "Identity militia"})
# Crowds, and everyone unarmed: who a riot or protest is made of, or harms.
CROWD_TYPES = frozenset({"Protesters", "Rioters"})
UNARMED_TYPES = CROWD_TYPES | {"Civilians"}

ActorType = Literal[
    "State forces",
    "Rebel group",
    "Political militia",
    "Identity militia",
    "Rioters",
    "Protesters",
    "Civilians",
    "External/Other forces",
]

Modality = Literal["asserted", "reported", "expected", "hypothetical", "denied", "historical"]

MODALITIES: tuple[str, ...] = ("asserted", "reported", "expected", "hypothetical", "denied", "historical")

# Modalities under which the event is said to have happened.
FACTUAL_MODALITIES = frozenset({"asserted", "reported", "historical"})


def event_type_of(sub_event_type: str | None) -> str | None:
    """The ACLED event type a sub-type belongs to (None for None)."""
    if sub_event_type is None:
        return None
    return SUB_EVENT_TYPES[sub_event_type]


def inter_code(actor_type: str | None) -> int | None:
    """ACLED's numeric inter code (1-8) for an actor category."""
    if actor_type is None:
        return None
    return ACTOR_TYPES.index(actor_type) + 1


def actor_category(inter: str) -> str | None:
    """ACLED's inter field -> category: a code ("1".."8", "1.0") in older exports, the
    category's name in newer ones; None for 0, blanks and anything else."""
    inter = inter.strip()
    try:
        code = int(float(inter))
    except ValueError:
        return inter if inter in ACTOR_TYPES else None
    return ACTOR_TYPES[code - 1] if 1 <= code <= len(ACTOR_TYPES) else None
