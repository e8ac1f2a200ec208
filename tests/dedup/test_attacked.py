"""A notorious attack recalled by its target and its own date is one happening whatever
place, doers and sub-type each later story gave it; a bare "the centre" is not a named
centre, and two buildings of one kind are two attacks."""

from __future__ import annotations

from warlog.record import EventDate, Location

from sentence_records import recalled as recall, together

MOMBASA = Location(name="Mombasa", latitude=-4.05, longitude=39.67, admin1="Mombasa", admin2="Mombasa",
                   country="Kenya", country_code="KE", precision=2)
KISUMU = Location(name="Kisumu", latitude=-0.10, longitude=34.75, admin1="Kisumu", admin2="Kisumu",
                  country="Kenya", country_code="KE", precision=2)
ARUSHA = Location(name="Arusha", latitude=-3.37, longitude=36.68, admin1="Arusha", admin2="Arusha",
                  country="Tanzania", country_code="TZ", precision=2)
ABUJA = Location(name="Abuja", latitude=9.06, longitude=7.49, admin1="FCT", admin2="Abuja",
                 country="Nigeria", country_code="NG", precision=2)
KANO = Location(name="Kano", latitude=12.00, longitude=8.52, admin1="Kano", admin2="Kano",
                country="Nigeria", country_code="NG", precision=2)

AUGUST_7_1998 = EventDate(start="1998-08-07", end="1998-08-07", precision=1, text="august 7")
YEAR_1998 = EventDate(start="1998-01-01", end="1998-12-31", precision=3, text="that year")
LAST_YEAR = EventDate(start="2011-01-01", end="2011-12-31", precision=3, text="last year")
SATURDAY = EventDate(start="2012-03-10", end="2012-03-10", precision=1, text="saturday")


def test_recalls_of_one_embassy_bombing_join_whatever_story_place_doers_and_sub_type() -> None:
    # Three later stories recall the Nairobi embassy bombing: a tourism slump, a trial, a
    # memorial; each placed at its own story's town, given its own doers and sub-type.
    slump = recall("paper-a", "hotels were only recovering from the august 7 bomb attacks in nairobi.",
                   MOMBASA, AUGUST_7_1998, "Military Forces of Kenya")
    trial = recall("paper-b", "the court heard that the american embassy in nairobi was bombed that year by the cell.",
                   KISUMU, YEAR_1998, "Rioters (Kenya)", sub="Remote explosive/landmine/IED")
    memorial = recall("paper-c", "families still mourn the blasts in nairobi on august 7, a speaker said.",
                      ARUSHA, AUGUST_7_1998, "Unidentified Armed Group (Tanzania)", sub="Air/drone strike")
    assert together(slump, trial, memorial)


def test_a_named_parliament_attack_recalled_days_later_joins_its_report() -> None:
    # The storming of a named parliament, told by the day after and by a debate two days on.
    first = recall("paper-a", "the storming of the kano assembly by party thugs was debated by lawmakers on monday.",
                   ABUJA, EventDate(start="2012-03-12", end="2012-03-12", precision=1, text="monday"), "Rioters (Nigeria)",
                   modality="reported")
    second = recall("paper-b", "the senate wants the group banned because it took part in the attack on the kano assembly on saturday.",
                    KANO, SATURDAY, "Unidentified Armed Group (Nigeria)", modality="reported")
    assert together(first, second)


def test_a_bare_centre_is_not_a_named_one_nor_two_named_hotels_one_siege() -> None:
    named = recall("paper-a", "the two men took part in the attack on the police training centre in abuja last year.",
                   ABUJA, LAST_YEAR, "Police Forces of Nigeria")
    bare = recall("paper-b", "the gang vanished from sight just before the attack on the centre last year.",
                  ABUJA, LAST_YEAR, "Unidentified Armed Group (Nigeria)")
    other = recall("paper-c", "shops near the trade centre have stayed shut since the attack on the trade centre in abuja last year.",
                   KANO, LAST_YEAR, "Unidentified Armed Group (Nigeria)")
    assert not together(named, bare)
    assert not together(named, other)
    # Two hotel sieges of one city in one year: two hotels, two attacks (each story placed
    # where it was written, as the pipeline does).
    siege = recall("paper-d", "guests recalled the siege and the attack on the palm hotel in kano last year.",
                   KANO, LAST_YEAR, "Unidentified Armed Group (Nigeria)")
    another = recall("paper-e", "the attack on the lake hotel in kano last year still keeps tourists away.",
                     ABUJA, LAST_YEAR, "Unidentified Armed Group (Nigeria)")
    assert not together(siege, another)
