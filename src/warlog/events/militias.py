"""Which kind of militia an armed doer the report does not name belongs to.

ACLED's codebook splits non-state militias by what binds them: a communal, ethnic,
clan or village militia is an Identity militia ("herders attacked farmers", a clan
feud, inter-ethnic violence), while unidentified gunmen, criminals and the armed
wing of a party are Political militia. The report says which by the words around
the doer ("assailants identified as herdsmen", "part of ongoing inter-ethnic
violence") or by who the doers are ("drug suspects", "party workers"): English
wording any country's news uses, never a group's name.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

# Adjectives and nouns that make a conflict one between communities ("inter-ethnic violence",
# "a clan feud"); only when they qualify a conflict word, as "communal" also names
# places and chores ("communal labour").
COMMUNAL_WORDS = frozenset(
    {"intercommunal", "inter-communal", "interethnic", "inter-ethnic", "interclan", "inter-clan", "communal",
     "ethnic", "tribal", "clan", "clans", "caste"}
)
CONFLICT_WORDS = frozenset(
    {"violence", "clash", "clashes", "fighting", "conflict", "conflicts", "tension", "tensions", "feud", "feuds",
     "war", "wars", "rivalry", "fight", "fights", "dispute", "disputes"}
)
# Who a doer may be identified as when they are a community, not a named armed group.
COMMUNITY_NOUNS = frozenset(
    {"pastoralist", "herder", "herdsman", "herdsmen", "self-defence", "self-defense", "community", "tribe",
     "tribesman", "tribesmen", "clansman", "clansmen"}
)
# Doers whom ACLED codes as an armed group of their own kind, never a community: criminals
# and a party's followers ("drug suspects killed a man", "party workers attacked rivals").
NOT_COMMUNAL_HEADS = frozenset(
    {"suspect", "criminal", "robber", "thief", "thieve", "bandit", "kidnapper", "gang", "gangster", "worker", "supporter",
     "cadre", "activist", "loyalist"}
)


def communal_conflict(sents: Iterable[Span]) -> bool:
    """Whether the sentences tell of a conflict between communities ("inter-ethnic
    fighting", "a clan feud", "rival clans")."""
    for sent in sents:
        for token in sent:
            word = token.lower_
            if word not in COMMUNAL_WORDS:
                continue
            if token.head.lower_ in CONFLICT_WORDS and token.dep_ in ("amod", "compound", "nmod"):
                return True
            if word in ("clan", "clans") and any(c.lower_ in ("rival", "warring", "feuding") for c in token.children):
                return True
    return False


def doer_is_community(sent: Span) -> bool:
    """Whether the sentence describes its doer by a community noun: "assailants
    identified as pastoralists", "members of a self-defence group attacked", "killed by
    herdsmen"; not when the community is the victim ("gunmen killed two herders")."""
    return any((_community(t) or _militia_of_places(t)) and _in_doer(t) for t in sent)


def not_communal(text: str | None) -> bool:
    """A doer phrase naming criminals or a party's followers ("three drug suspects", "BJP
    workers"): never a communal militia, whatever the paragraph says."""
    return head_noun(text) in NOT_COMMUNAL_HEADS


def head_noun(text: str | None) -> str | None:
    """The phrase's last word, lower case and singular: what the phrase names people as."""
    words = [w.strip(".,'").lower() for w in (text or "").split()]
    return _singular(words[-1]) if words else None


def _in_doer(token: Token) -> bool:
    """The token is, or describes, a clause's active subject or the agent of a passive."""
    for node in (token, *token.ancestors):
        if node.dep_ == "nsubj" or (node.dep_ == "pobj" and node.head.dep_ == "agent"):
            return True
        if node.dep_ in ("dobj", "nsubjpass"):
            return False
    return False


# Nouns of an armed group that its home villages may name ("militias from X and Y").
MILITIA_NOUNS = frozenset({"militia", "militias", "militiaman", "militiamen"})
PLACE_NOUNS = frozenset({"village", "villages", "community", "communities", "neighbourhood", "neighborhood"})


def _militia_of_places(token: Token) -> bool:
    """"Militias from two villages", "youth militias from X and Y": a group known by
    the villages it comes from is their communal militia (ACLED names such groups
    after those villages), not an unidentified armed group. One place alone may be a
    country or a region ("militias from Sudan"), so it takes villages or two places."""
    if token.lemma_.lower() not in MILITIA_NOUNS and token.lower_ not in MILITIA_NOUNS:
        return False
    places = [p for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "from" for p in prep.children]
    return any(p.lemma_.lower() in PLACE_NOUNS or p.lower_ in PLACE_NOUNS or p.conjuncts for p in places)


def _community(token: Token) -> bool:
    return token.lemma_.lower() in COMMUNITY_NOUNS or token.lower_ in COMMUNITY_NOUNS


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
