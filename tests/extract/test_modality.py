"""Modality from the parse: vows, expectations, conditionals and denials never happened."""

from __future__ import annotations

import pytest

from warlog.extract.modality import classify
from warlog.extract.triggers import find_triggers, load_lexicon


def modality_of(nlp, text: str, trigger_word: str, *, attributed: bool = False, historical: bool = False) -> str:
    sent = next(nlp(text).sents)
    triggers = [t for t in find_triggers(sent, load_lexicon(nlp)) if t.token.text == trigger_word]
    assert triggers, f"no trigger {trigger_word!r} in {text!r}"
    return classify(triggers[0].token, sent, attributed=attributed, historical=historical)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Last week, more than one thousand ISIS militants surrendered to Peshmerga troops.", "surrendered", "asserted"),
        ("The foreign fighters, we fully expect them to fight till the end.", "fight", "expected"),
        ("Many ISIS terrorists want to stay behind and fight.", "fight", "expected"),
        ("The SDF expects to conquer Raqqa within days.", "conquer", "expected"),
        ("Militants will attack the base tomorrow, the commander warned.", "attack", "expected"),
        ("If talks fail, the army could storm the town.", "storm", "hypothetical"),
        ("The union vowed to strike again unless the new taxes are withdrawn.", "withdrawn", "hypothetical"),
        ("Elders threatened a boycott if the troops were not withdrawn from the district.", "withdrawn", "hypothetical"),
        ("The group denied carrying out the attack on the market.", "attack", "denied"),
        ("Police did not arrest anyone after the march.", "arrest", "denied"),
        ("The rebels denied responsibility for the attack on the market.", "attack", "denied"),
        # denying someone a thing withholds it: the beating beside it happened
        ("The detained reporter was denied water, repeatedly beaten and left in chains.", "beaten", "asserted"),
        # parsed with "demanding" as the root: the protest is done, the inquiry asked for
        ("On 8 April, villagers protested with a sit-in beside the bridge in Butwal, demanding an inquiry into a driver's death.", "protested", "asserted"),
        ("Coalition troops have reportedly liberated nearly 90 percent of Raqqa.", "liberated", "reported"),
        ("The leaders told their followers to stay and fight.", "fight", "expected"),
        ("Jihadists ignored their pledge to become martyrs as they turned themselves over to the troops.", "turned", "asserted"),
        # "when" parsed as advmod: the march happened whatever the police did not do
        ("Police did not intervene when hundreds of traders marched in Kano on Monday.", "marched", "asserted"),
        # the speaker's clause (mis-parsed as the root) makes the arrests unconfirmed, not a condition
        ("Police arrested 700 activists overnight, the party said, a figure police did not confirm.", "arrested", "reported"),
        ("Police arrested more than 700 opposition activists across the country overnight, the party said, "
         "a figure police did not confirm.", "arrested", "reported"),
        # a ban or an arrest sought for a part in a deed: the deed is done, not asked for
        ("Opposition leaders demanded a ban on the group for its role in the attack on the state assembly on Saturday.",
         "attack", "asserted"),
        ("The minister sought the arrest of the youth leaders for their involvement in the riots in the old city.",
         "riots", "asserted"),
        ("The party will take part in the protest on Friday.", "protest", "expected"),
        # a deed with no patient did not happen; a clause beside it still did
        ("Not a single kiosk was looted during the unrest at the lakeside fair.", "looted", "denied"),
        ("No houses were burnt in the lower village, elders said.", "burnt", "denied"),
        ("Gunmen torched the clinic, though no patients were harmed.", "torched", "asserted"),
    ],
)
def test_modality_classify_sentences(nlp, text, word, expected):
    assert modality_of(nlp, text, word) == expected


def test_modality_attribution_and_history(nlp):
    text = "Gunmen abducted 15 villagers in Kankara on Friday."
    assert modality_of(nlp, text, "abducted", attributed=True) == "reported"
    assert modality_of(nlp, text, "abducted", historical=True) == "historical"


@pytest.mark.parametrize(
    ("text", "word", "attributed", "expected"),
    [
        # a simple past joined to a vow, a plan or a negation tells a deed of its own
        ("The militia vowed revenge and attacked the village of Kauru on Sunday.", "attacked", False, "asserted"),
        ("The gang planned the raid for weeks and kidnapped six pupils in Kaduna.", "kidnapped", False, "asserted"),
        ("Residents said the soldiers did not wait for orders and opened fire on the crowd.", "fire", True, "reported"),
        # what governs both verbs still governs the deed
        ("If the gang kidnapped the pupils and killed their teacher, the army will respond.", "killed", False, "hypothetical"),
        ("The rebels threatened to attack the town and burn the market.", "burn", False, "expected"),
    ],
)
def test_deed_joined_to_a_vow_keeps_its_own_modality(nlp, text, word, attributed, expected):
    assert modality_of(nlp, text, word, attributed=attributed) == expected
