"""A past deed told with a year of its own is a historical record dated by that year,
whatever the sentence is about (a hearing, a speech, a comparison): the classifier's
"no event" reads the sentence, not the recalled deed, and a governing clause's wish
or a past "could" does not make it a condition. A year that is another happening's
(the others compared with, a quoted retaliation) dates nothing of the deed."""

from __future__ import annotations

from datetime import date

import pytest


STORY_DAY = date(2015, 3, 10)
FACTUAL = ("asserted", "reported", "historical")


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # the inquiry is another happening; the deed it looks into keeps its own year
        ("He told the commission probing the massacre of villagers at Srebrenica in July 1995 "
         "that his unit had left the town.", "July 1995"),
        # a sentence on a party's role, the deed recalled after it with its year
        ("The senator said the party was playing the same role it had played after the massacre "
         "of refugees in Kibeho in April 1995.", "April 1995"),
        ("In a new twist to the Srebrenica massacre in 1995, the former commander told the tribunal "
         "on Tuesday that he had warned his superiors.", "1995"),
        # the year after the deed's own phrase, wherever the parser hung it
        ("For almost a decade he has kept back what he knew about the attack on the Jaffna library "
         "on June 1, 1981.", "June 1, 1981"),
        # a year span written as one word
        ("If the police have done some soul-searching after the 2001-'02 riots in Jos, the credit "
         "goes to the residents.", "2001-'02"),
    ],
)
def test_deed_with_its_own_year_is_historical(coded, text, when):
    records = coded(text)
    assert any(modality == "historical" and told == when for _, modality, told in records), records


def test_past_inability_is_no_condition(coded):
    """"Could" with a negative subject at a past year of the clause's own: the mob was there."""
    records = coded('"In 2001, neither the army nor the police could control the mob," the governor said.')
    assert ("Mob violence", "historical", "2001") in records, records


@pytest.mark.parametrize(
    "text",
    [
        # the year is the others', not the recent clashes'
        "The general compared the recent clashes with those in 1994, reporters said.",
        # the quotation closes the deed's phrase: the year dates the retaliation
        "Analysts say it took the group months to plan the 'revenge for the bombing of the market' in 2004, "
        "and the next one may come sooner.",
        # a plain "could" is still a possibility, whatever year it names
        "The militia could attack the town in 2010, the report said.",
    ],
)
def test_year_of_another_happening_dates_nothing(coded, text):
    records = coded(text)
    assert not any(modality in FACTUAL and told and any(ch.isdigit() for ch in told) for _, modality, told in records), records


@pytest.mark.parametrize(
    ("text", "subtype", "when"),
    [
        # a relative clause with its own past verb and its own day tells a fact, however recent
        ("A court in Colombo on Monday rejected bail for the editor, who was arrested on Saturday "
         "ahead of the rally.", "Arrests", "Saturday"),
        ("Troops plan to hunt the gunmen who killed 12 villagers on Monday.", "Attack", "Monday"),
        ("Police did not find the men who attacked the village on Monday.", "Attack", "Monday"),
    ],
)
def test_dated_relative_clause_is_the_writers_fact(coded, text, subtype, when):
    assert (subtype, "asserted", when) in coded(text)


def test_relative_clause_without_its_own_time_stays_governed(coded):
    """The guard of the historical rule, for recent deeds too: no time, no fact of its own."""
    records = coded("Troops plan to hunt the gunmen who killed 12 villagers.")
    assert not any(modality in FACTUAL for _, modality, _ in records), records
