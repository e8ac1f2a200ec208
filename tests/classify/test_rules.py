"""The rule layer for rare sub-types."""

from __future__ import annotations

from warlog.classify.rules import apply_rules

EVENT = {"none": 0.1, "Attack": 0.5, "Armed clash": 0.4}
NOT_EVENT = {"none": 0.9, "Attack": 0.1}


def test_rules_decide_rare_sub_types() -> None:
    cases = {
        "A chemical weapons attack on the town killed dozens of people.": "Chemical weapon",
        "A suicide bomber blew himself up at a checkpoint, killing six.": "Suicide bomb",
        "Gunmen threw a grenade into a bar in Mogadishu.": "Grenade",
        "Rebels seized the town of Djotto on Wednesday.": "Non-state actor overtakes territory",
        "Government troops recaptured the village after heavy fighting.": "Government regains territory",
        "The militants handed over control of the district to elders.": "Non-violent transfer of territory",
        "The army set up a new base outside the town.": "Headquarters or base established",
        "Police opened fire on protesters, killing three.": "Excessive force against protesters",
    }
    for text, label in cases.items():
        assert apply_rules(text, "Attack", EVENT) == (label, apply_rules(text, "Attack", EVENT)[1]), text


def test_rules_do_not_turn_statements_or_non_events_into_events() -> None:
    assert apply_rules("The rebels threatened to use chemical weapons.", "Attack", EVENT) is None
    assert apply_rules("A chemical weapons attack killed dozens.", "none", NOT_EVENT) is None
    assert apply_rules("Militants fired a rocket-propelled grenade at troops.", "Armed clash", EVENT) is None
    assert apply_rules("Villagers marched peacefully.", "Peaceful protest", EVENT) is None
