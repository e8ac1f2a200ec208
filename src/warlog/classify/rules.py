"""A rule layer for sub-types the notes barely contain.

ACLED notes have no chemical attacks and a few dozen suicide bombings, bases
established or territory handed over, so a model trained on them almost never
predicts these (FINDINGS.md). Their wording in news is distinctive, so a small
set of patterns decides them -- but only once the model agrees that the text
reports an event, so "threatened to use chemical weapons" stays "no event".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

NONE_LABEL = "none"
# The model must give events at least this much mass before a rule may fire.
MIN_EVENT_MASS = 0.35

_MODAL = re.compile(
    r"\b(vow(ed|s)?|threat(en(ed|s)?)?|warn(ed|s)?|plan(s|ned)? to|expect(ed|s)? to|would|could|may|might|"
    r"will|intend(s|ed)? to|pledg(ed|es) to|ready to|prepar(ing|es|ed) to|accus(ed|es) .* of (planning|preparing)|"
    r"denied|deny|if)\b",
    re.IGNORECASE,
)
_STATE = r"(army|troops|soldiers|military|government forces|security forces|police|forces|marines|govt forces|national army|\bsna\b|fardc|tatmadaw)"
_NON_STATE = r"(rebels?|militants?|insurgents?|jihadists?|fighters|militia(men|s)?|islamic state|isis|isil|al[- ]shabaab|boko haram|taliban|gunmen|separatists|guerrill?as?)"
_PLACE = r"(town|city|village|district|area|territory|base|camp|control|stronghold|outpost|border crossing|region|province|capital)"


@dataclass(frozen=True)
class Rule:
    name: str
    label: str
    pattern: re.Pattern[str]
    # Labels the model may hold for the rule to apply (None: any event label).
    from_labels: frozenset[str] | None = None


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


RULES: tuple[Rule, ...] = (
    Rule("chemical", "Chemical weapon", _rx(r"chemical (weapon|attack|agent|munition|bomb|shell)s?|chlorine|\bsarin\b|mustard gas|nerve (agent|gas)|toxic gas|poison gas")),
    Rule("suicide", "Suicide bomb", _rx(r"suicide (bomb|attack|car|truck|vest|belt|blast|explosion)|suicide bomber|blew (himself|herself|themselves) up|self-detonat")),
    Rule("grenade", "Grenade", _rx(r"(?<!rocket-propelled )(?<!rocket propelled )\bgrenades?\b(?! launcher)"),
         frozenset({"Attack", "Armed clash", "Remote explosive/landmine/IED", "Shelling/artillery/missile attack", "Mob violence", "Violent demonstration"})),
    Rule("base", "Headquarters or base established", _rx(r"\b(set up|established|establish|opened|built|erected|set-up)\b (a |an |its |their |new |temporary |forward |military |army |operating )*(base|camp|headquarters|outpost|military post)s?\b")),
    Rule("handover", "Non-violent transfer of territory", _rx(rf"\b(handed over|hand over|handover of|ceded|withdrew from|pulled out of|vacated|abandoned)\b[^.]{{0,40}}\b{_PLACE}\b|\bwithout (a fight|resistance|fighting)\b")),
    Rule("regain", "Government regains territory", _rx(rf"\b{_STATE}\b[^.]{{0,60}}\b(retook|recaptured|retaken|regained( control)?|liberated|recovered|reclaimed|re-?took)\b|\b(retaken|recaptured|liberated)\b[^.]{{0,30}}\bby\b[^.]{{0,30}}\b{_STATE}")),
    Rule("overtake", "Non-state actor overtakes territory", _rx(rf"\b{_NON_STATE}\b[^.]{{0,60}}\b(seized|captured|overran|took (over|control)|taken control|gained control|occupied|stormed and (took|seized))\b[^.]{{0,40}}\b{_PLACE}\b")),
    Rule("excessive_force", "Excessive force against protesters", _rx(r"\b(opened fire on|fired (live (ammunition|rounds|bullets) )?(on|at|into)|shot( dead)?|killed|gunned down)\b[^.]{0,40}\b(protesters|demonstrators|protestors|marchers|crowd of protesters)\b"),
         frozenset({"Protest with intervention", "Attack", "Violent demonstration", "Peaceful protest", "Mob violence"})),
)


def apply_rules(text: str, label: str, scores: Mapping[str, float]) -> tuple[str, str] | None:
    """A rule's (label, name) if one overrides the model's label, else None."""
    if 1.0 - scores.get(NONE_LABEL, 0.0) < MIN_EVENT_MASS or _MODAL.search(text):
        return None
    for rule in RULES:
        if rule.from_labels is not None and label not in rule.from_labels:
            continue
        if rule.pattern.search(text):
            return (rule.label, rule.name) if rule.label != label else None
    return None
