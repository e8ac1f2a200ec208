"""An incident named by its victim, and a later report telling that person's part by the bare name."""

from __future__ import annotations

from test_incident import KHARTOUM, KOSTI, clustered, record

# The first report names the incident by its victim; days later another outlet tells what
# the victim did, by surname only, dated by its own issue and coded as another sub-type.
LYNCHING = record(
    "wire-41",
    "Traders in Kosti condemned the lynching of judge Osman Barakat at his farm on tuesday.",
    sub="Mob violence",
    stated=True,
)
HIS_PART = record(
    "daily-42",
    "Barakat, witnesses now say, had fired a hunting rifle over the crowd before it stormed the farmhouse.",
    sub="Armed clash",
    day="2024-05-08",
)
# Another person named in the same town: no link by a name the first report does not give its victim.
# (Both a day after the lynching: the rule reaches reports printed a couple of days apart.)
OTHER_MAN = record(
    "daily-43",
    "Idris Salih, a shopkeeper, fired on looters who broke into his store near the Kosti market.",
    sub="Armed clash",
    day="2024-05-08",
)
# The victim named in a report of another kind of happening (a protest) is not the lynching.
PROTEST = record(
    "weekly-44",
    "Lawyers marched in Khartoum carrying portraits of Barakat and demanding a fair trial for the accused.",
    sub="Peaceful protest",
    place=KHARTOUM,
    day="2024-05-08",
)
# A gathering at the place where the victim died, which the sentence names by that fate.
GATHERING = record(
    "daily-45",
    "A crowd of party workers pelted stones at the gate of the farm where Barakat was lynched, as officials arrived.",
    sub="Mob violence",
    day="2024-05-08",
)


def test_a_victims_bare_name_joins_the_incident_named_by_that_victim() -> None:
    assert len(set(clustered(LYNCHING, HIS_PART).labels().values())) == 1
    assert len(set(clustered(HIS_PART, LYNCHING).labels().values())) == 1


def test_another_name_a_protest_or_a_place_named_by_the_victims_fate_stays_apart() -> None:
    labels = clustered(LYNCHING, OTHER_MAN, PROTEST, GATHERING).labels()
    assert len(set(labels.values())) == 4
