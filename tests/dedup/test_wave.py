"""One notorious attack told by many later stories is one record, and the riots it set off,
told as a whole, are one other record: a toll of the attack, "the ambush on the train" and
"the train were burnt" name the attack; "the riots that followed <it>" and "the post-<name>
riots" name the wave, never the attack (``incident``, ``wave``)."""

from __future__ import annotations

from warlog.record import EventDate, Location

from sentence_records import recalled as told, together

KATSINA = Location(name="Katsina", latitude=12.99, longitude=7.60, admin1="Katsina", admin2="Katsina",
                   country="Nigeria", country_code="NG", precision=2)
ABUJA = Location(name="Abuja", latitude=9.06, longitude=7.49, admin1="FCT", admin2="Abuja",
                 country="Nigeria", country_code="NG", precision=2)
NAKURU = Location(name="Nakuru", latitude=-0.30, longitude=36.07, admin1="Nakuru", admin2="Nakuru",
                  country="Kenya", country_code="KE", precision=2)
KATSINA_STATE = Location(name="Katsina", latitude=12.5, longitude=7.5, admin1="Katsina",
                         country="Nigeria", country_code="NG", precision=3)


def day(iso: str) -> EventDate:
    """A report's own day, the sentence giving none (as a later story is dated)."""
    return EventDate(start=iso, end=iso, precision=2)


def report(story: str, sentence: str, iso: str, sub: str = "Attack", place: Location = KATSINA_STATE) -> object:
    """A later story's factual record: dated by its issue, placed and given doers by the story."""
    return told(story, sentence, place, day(iso), "Unidentified Armed Group (Nigeria)", sub=sub, modality="asserted")


def test_a_toll_of_the_attack_names_the_attack() -> None:
    deed = report("paper-a", "mourners buried victims of the dutsinma express attack on tuesday.", "2012-06-05")
    toll = report("paper-b", "officials put the toll from the ambush of the commuter train near dutsinma at 34.",
                  "2012-06-09")
    assert together(deed, toll)


def test_an_ambush_on_the_train_names_the_attack() -> None:
    deed = report("paper-a", "survivors of the dutsinma train massacre asked for help.", "2012-06-06")
    blamed = report("paper-c", "a senator said foreign sponsors paid for the ambush on the train.", "2012-06-12",
                    place=ABUJA)
    assert together(deed, blamed)


def test_the_train_told_in_the_passive_names_the_attack() -> None:
    deed = report("paper-a", "survivors of the dutsinma train massacre asked for help.", "2012-06-06")
    passive = report("paper-b", "soldiers now guard the line where the train was torched last week.",
                     "2012-06-14", sub="Looting/property destruction")
    assert together(deed, passive)


def test_another_train_or_the_same_one_struck_again_is_another_attack() -> None:
    deed = report("paper-a", "a senator said foreign sponsors paid for the ambush on the train.", "2012-06-12")
    some_train = report("paper-b", "herders said a raid on a train near funtua left two guards hurt.", "2012-06-13")
    again = report("paper-c", "the same train was bombed once more near malumfashi, a guard said.", "2012-06-14")
    assert not together(deed, some_train)
    assert not together(deed, again)
    # A train named alike in another country's news is another train.
    abroad = report("paper-e", "rail staff in nakuru still speak with dread of the ambush on the train.", "2012-06-13",
                    place=NAKURU)
    assert not together(deed, abroad)
    # A toll of a wave of killings is not a toll of the attack that started it.
    wave_toll = report("paper-d", "the toll in the unrest since the ambush on the train reached 90.", "2012-06-15")
    assert not together(deed, wave_toll)


def test_buses_are_struck_too_often_to_name_one_attack() -> None:
    # Gunmen stop buses on the same highway week after week: "the bus" names none of them.
    first = report("paper-a", "survivors of the kankara bus massacre asked the state for help.", "2012-07-02")
    second = report("paper-b", "a lawmaker said the same gang carried out the ambush on the bus.", "2012-07-19",
                    place=ABUJA)
    assert not together(first, second)


def test_the_riots_after_the_attack_are_one_wave_told_by_many_stories() -> None:
    followed = report("paper-a", "the bishops condemned all the rioting which followed the dutsinma massacre.",
                      "2012-06-20", sub="Violent demonstration")
    post = report("paper-b", "the state will pay each family who lost someone in the post-dutsinma riots.",
                  "2012-06-25", sub="Mob violence")
    broke_out = report("paper-c", "a panel faulted the police for failing to curb the disturbances which "
                       "erupted after the massacre at dutsinma.", "2012-07-02", sub="Violent demonstration", place=KATSINA)
    assert together(followed, post, broke_out)


def test_the_wave_is_not_the_attack_nor_a_named_scene_within_it() -> None:
    # One sentence paying for both: the attack's victims and the riots' victims are two happenings.
    deed = report("paper-a", "the state will pay each family who lost someone in the dutsinma massacre.", "2012-06-22")
    post = report("paper-b", "the state will pay each family who lost someone in the post-dutsinma riots.",
                  "2012-06-25", sub="Mob violence")
    assert not together(deed, post)
    # A scene of the wave named on its own is that scene.
    scene = report("paper-c", "the burning of the kankia market was the worst scene of all the rioting "
                   "which followed the dutsinma massacre.", "2012-06-26", sub="Mob violence")
    assert not together(post, scene)
    # An attack record naming the attack and the violence after it is the attack.
    condemned = report("paper-d", "he called the dutsinma massacre barbaric and the subsequent violence regrettable.",
                       "2012-06-27")
    assert together(deed, condemned)
    assert not together(post, condemned)
