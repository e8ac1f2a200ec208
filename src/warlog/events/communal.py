"""Clashes between religious communities: ACLED's mob violence between two crowds.

"Clashes between Hindu and Muslim groups left four people dead" names no armed
group; read as a battle it gets the police who tell of it and an unidentified armed
group. ACLED codes communal clashes as mob violence with rioters on both sides and
the communities as associated actors ("Hindu Group (India)", "Muslim Group (India)";
studied on the DEV South Asia, Nepal and Indonesia exports, where rioters against
rioters are almost all mob violence).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..record import Actor

# Religious communities news names in communal violence, with ACLED's group word.
COMMUNITIES: dict[str, str] = {
    "hindu": "Hindu", "hindus": "Hindu", "muslim": "Muslim", "muslims": "Muslim",
    "christian": "Christian", "christians": "Christian", "sikh": "Sikh", "sikhs": "Sikh",
    "buddhist": "Buddhist", "buddhists": "Buddhist",
}
FIGHT_LEMMAS = frozenset({"clash", "fight", "violence", "riot", "skirmish", "brawl", "fighting", "confrontation"})
MOB_VIOLENCE = "Mob violence"
# What a faith word may qualify and still name a community: people at large, not a trade or tribe.
CROWD_NOUNS = frozenset(
    {
        "group", "community", "mob", "crowd", "youth", "people", "resident", "villager", "member",
        "worshipper", "devotee", "man", "woman", "family", "neighbour", "neighbor", "sect", "activist",
    }
)


def communities_fighting(sent: Span) -> list[str]:
    """The two religious communities a fight in the sentence is "between" ("clashes
    between Hindu and Muslim groups", "fighting between Sikhs and Hindus"), else [].
    Only named faiths: "intercommunal violence between farmers and herders" is a clash
    of communal militias in ACLED's coding (DEV Chad and Niger exports)."""
    for token in sent:
        if token.lemma_.lower() not in FIGHT_LEMMAS:
            continue
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "between" and len(named := _communities(child)) == 2:
                return named
    return []


def _communities(prep: Token) -> list[str]:
    named: list[str] = []
    for token in prep.subtree:
        community = COMMUNITIES.get(token.lower_)
        if community is not None and community not in named and _as_community(token):
            named.append(community)
    return named


def _as_community(faith: Token) -> bool:
    """Whether the faith word names the crowd ("Hindus", "Muslim groups", "Hindu and
    Muslim youths"), not a trait of people fighting as something else: "Muslim Fulani
    herders and Christian farmers" clash over land as communal militias."""
    token = faith
    while token.dep_ in ("amod", "compound", "conj", "cc") and token.head.i != token.i:
        token = token.head
        if token.pos_ in ("NOUN", "PROPN") and token.lower_ not in COMMUNITIES:
            return token.lemma_.lower() in CROWD_NOUNS
    return True


def communal_groups(communities: list[str], rioters: Actor) -> list[Actor]:
    """ACLED's associated actors for the communities, in the country ``rioters`` is named
    for ("Rioters (India)" -> "Hindu Group (India)")."""
    suffix = rioters.name[rioters.name.find("(") :] if "(" in rioters.name else ""
    return [Actor(name=f"{c} Group {suffix}".strip(), text=c) for c in communities]


# A people's word for its own groups: "between the Borana and Gabra communities".
KIN_GROUPS = frozenset({"community", "communities", "clan", "clans", "tribe", "tribes", "sub-clan", "sub-clans"})
JOINED = re.compile(r"^(?:the\s+)?([A-Z][\w'-]*)\s+and\s+(?:the\s+)?([A-Z][\w'-]*)\s+([\w-]+)$")


def joined_communities(text: str | None) -> list[str]:
    """Two peoples told under one group noun ("Borana and Gabra communities", "the
    Pokot and Turkana tribes") as each one's own phrase ("Borana communities", "Gabra
    communities"): two sides of a communal fight, each a communal militia (ACLED)."""
    found = JOINED.match((text or "").strip())
    if found is None or found.group(3).lower() not in KIN_GROUPS:
        return []
    noun = found.group(3).lower()
    noun = noun if noun.endswith("s") else f"{noun}s"  # "community" alone reads as civilians
    return [f"{found.group(1)} {noun}", f"{found.group(2)} {noun}"]
