"""The trained classifier checks the lexicon: it re-types an event and vetoes non-events
(when its "no event" may drop a record is `veto`'s to say).

The trigger lexicon finds candidate events with their arguments; the classifier,
trained on ACLED notes rewritten as news, is better at telling a sub-type from the
wording around a generic trigger ("attack", "fight", "march") and at spotting
sentences that only look like events. Specific triggers ("surrendered", "abducted",
"air strike") and the sub-types the notes barely contain are left to the rules.
The thresholds were chosen on the dev half of tests/data/devset only.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from spacy.tokens import Span, Token

from ..classify import EventClassifier
from ..extract.actors import names_installation
from ..extract.subtypes import ARMED, WEAPON_PRIORITY, armed_seizure_of_people, dropped, shot_down, strike_that_hits
from ..extract.triggers import FAMILIES
from ..record import Event
from ..taxonomy import ARMED_TYPES, event_type_of
from .crowds import CROWD_VIOLENCE, RIOT_WORDS, VIOLENT_ACTS, crowd_kind
from .mentions import EventMention
from .riots import RIOTS
from .veto import vetoed

LOOTING = "Looting/property destruction"

# Trigger classes whose words are generic enough for the classifier to overrule.
GENERIC_CLASSES = FAMILIES | {
    "Armed clash",
    "Looting/property destruction",
    "Disrupted weapons use",
    "Non-violent transfer of territory",
}

# Sub-types the ACLED notes barely contain: the classifier almost never predicts them
# (shared/FINDINGS.md), so its "none" or another label says nothing against a rule.
RULE_ONLY = frozenset(
    {
        "Government regains territory", "Non-state actor overtakes territory",
        "Non-violent transfer of territory", "Headquarters or base established",
        "Chemical weapon", "Suicide bomb", "Excessive force against protesters",
        "Change to group/activity",
    }
)


# Sub-types that kill no one by definition: a sentence that tells of deaths ("its fighters
# killed 15 soldiers and seized weapons") is never re-typed to one of them.
HARMLESS = frozenset(
    {"Disrupted weapons use", "Looting/property destruction", "Arrests", "Peaceful protest",
     "Protest with intervention", "Agreement", "Change to group/activity", "Non-violent transfer of territory",
     "Headquarters or base established", "Other"}
)


def _overrulable(mention: EventMention, event: Event) -> bool:
    if armed_seizure_of_people(mention.anchor.token, event.actor1, event.actor2):
        return False  # the rules read abduction or arrest off the people taken
    if shot_down(mention.anchor.token):
        return False  # "shot down 12 drones": the drones make no strike of it
    if strike_that_hits(mention.anchor.token):
        return False  # "the strike hit a ceremony held by opponents": no gathering's protest
    if _by_a_named_weapon(mention, event):
        return False  # "attacked an army base with drones": the weapon's sub-type, not a clash
    return mention.anchor.cls in GENERIC_CLASSES and len(mention.anchor.span) == 1 and event.sub_event_type not in RULE_ONLY


# Weapons that make the sub-type whatever verb tells their use (ACLED: an attack carried
# out from the air or from afar is remote violence, not a clash or an attack).
NAMED_WEAPONS = frozenset(WEAPON_PRIORITY) - {"explosion"}


def _by_a_named_weapon(mention: EventMention, event: Event) -> bool:
    """The rules took the sub-type from a weapon the sentence names beside a generic verb
    ("attacked a base with drones", "hit the post with missiles"): a specific word, which
    the classifier's reading of the verb must not turn back into an armed clash."""
    if event.sub_event_type == "Air/drone strike" and any(dropped(t.token) for t in mention.others):
        return True  # "forces dropped bombs on a village, killing five": bombs from the air
    return event.sub_event_type in NAMED_WEAPONS and any(t.cls == event.sub_event_type for t in mention.others)


def _property_of_the_armed(sub_event_type: str, event: Event) -> bool:
    """Storming what an army holds ("stormed the post", "raided the base") is fighting
    that side, not looting: the parse's armed installation outweighs the wording. A
    police station firebombed stays property destruction, as ACLED codes it."""
    target = event.actor2
    held = target is not None and target.type in ARMED and names_installation(target.text)
    return sub_event_type == LOOTING and held


# Armed sides that fight rather than riot ("vigilantes killed two bandits"); a party's
# militants are left out, since ACLED codes their brawls as riots.
FIGHTERS = ARMED_TYPES - {"Political militia"}


# Deeds of robbers and gunmen ("was attacked and robbed", "was shot and stabbed").
ARMED_CRIME = frozenset({"rob", "steal", "snatch", "shoot", "stab", "gun", "kidnap", "abduct", "hack"})


def passive_victim(verb: Token) -> bool:
    """"A trader was attacked": the victim is the subject, and no "by" names a doer."""
    children = {c.dep_ for c in verb.children}
    return "nsubjpass" in children and "agent" not in children


def _riot_without_crowd(sub_event_type: str, event: Event, sent: Span, anchor: Token) -> bool:
    """A riot needs a crowd (ACLED): one the sentence tells of ("a mob", "rioters",
    "protesters", villagers who beat a thief, rival groups who clashed), or unarmed doers. "A trader was attacked
    and robbed" names no doer and "vigilantes killed two bandits" an armed side fighting
    another: the wording of a mob's deed makes neither a riot."""
    if sub_event_type not in RIOTS or crowd_kind([sent]) is not None:
        return False
    doer, target = event.actor1, event.actor2
    if doer is None or doer.text is None:
        # Only a victim told in the passive, no one doing anything in the sentence and no
        # fight ("rival groups of students clashed; a student was injured" tells of a crowd).
        told = any(t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN") or t.lower_ == "between" for t in sent)
        # Robbed, shot or stabbed: a criminal's or gunman's way of harm, not a mob's; a
        # beating told with no doer ACLED reads as mob violence as often as not.
        armed_crime = any(t.lemma_.lower() in ARMED_CRIME for t in sent)
        return event.sub_event_type == "Attack" and passive_victim(anchor) and not told and armed_crime
    armed_target = target is not None and target.type in ARMED_TYPES
    return doer.type in FIGHTERS and armed_target


# A strike read as a riot needs a violent deed in its sentence: "a bandh paralysed life"
# tells of a strike's reach, not of stones or fire (ACLED: a peaceful protest).
STRIKES = frozenset({"bandh", "hartal", "strike", "shutdown"})
PROTEST_READINGS = frozenset({"Peaceful protest", "Protest with intervention"})


def _riot_without_violence(sub_event_type: str, event: Event, sent: Span, anchor: Token) -> bool:
    """A strike, or a protest the rules read as met by force ("police used tear gas
    against demonstrators"), that the classifier reads as a riot while the sentence tells
    no violent deed: the tear gas is the police's, the crowd did nothing violent (ACLED:
    protest with intervention)."""
    if sub_event_type not in RIOTS or event.sub_event_type not in PROTEST_READINGS:
        return False
    if anchor.lemma_.lower() not in STRIKES and event.sub_event_type != "Protest with intervention":
        return False  # a march or rally the classifier reads as a riot: its wording knows better
    return not any(t.lemma_.lower() in VIOLENT_ACTS | RIOT_WORDS | CROWD_VIOLENCE for t in sent)


def _armed_deed_as_other(sub_event_type: str, mention: EventMention, event: Event) -> bool:
    """"Members of an armed group stormed a TV office": a deed of violence by an armed
    doer stays violence; "Other" is for what no violence sub-type covers."""
    armed = event.actor1 is not None and event.actor1.type in ARMED_TYPES
    return sub_event_type == "Other" and mention.anchor.cls == "violence" and armed


# "Riot police" names the police's kind; the classifier reads its "riot" as a riot.
RIOT_POLICE = re.compile(r"\b(?:anti-)?riot(?=[\s-]+(?:police|policem[ae]n|squads?|units?|officers?|forces?)\b)", re.I)


def _without_riot_police(text: str) -> str:
    """The evidence as the classifier should read it: "riot police" as plain police."""
    return RIOT_POLICE.sub("", text)


def retype(
    pairs: list[tuple[EventMention, Event]], classifier: EventClassifier, today: date | None = None
) -> list[tuple[EventMention, Event]]:
    """Pairs the classifier does not veto, re-typed where it disagrees; confidence blended.
    ``today`` is the story's day (how a day told without a year was read)."""
    if not pairs:
        return pairs
    predictions = classifier.predict([_without_riot_police(event.evidence.text) for _, event in pairs])
    per_sentence = Counter(event.evidence.start for _, event in pairs)
    kept: list[tuple[EventMention, Event]] = []
    for (mention, event), prediction in zip(pairs, predictions):
        if _overrulable(mention, event):
            if prediction.sub_event_type is None:
                if vetoed(prediction.confidence, mention, event, today):
                    continue
            elif (
                per_sentence[event.evidence.start] == 1
                and prediction.sub_event_type != event.sub_event_type
                and prediction.sub_event_type not in RULE_ONLY  # what only rules decide, it never brings in
                and not _property_of_the_armed(prediction.sub_event_type, event)
                and not _riot_without_crowd(prediction.sub_event_type, event, mention.sent, mention.anchor.token)
                and not _riot_without_violence(prediction.sub_event_type, event, mention.sent, mention.anchor.token)
                and not _armed_deed_as_other(prediction.sub_event_type, mention, event)
                and not (event.fatalities and prediction.sub_event_type in HARMLESS)
            ):
                # One event in the sentence: the classifier's reading of its wording wins.
                event.sub_event_type = prediction.sub_event_type
                event.event_type = event_type_of(prediction.sub_event_type)
        probability = prediction.scores.get(event.sub_event_type or "", 0.0)
        event.confidence = round(min(0.99, max(0.01, (event.confidence + probability) / 2)), 3)
        kept.append((mention, event))
    return kept
