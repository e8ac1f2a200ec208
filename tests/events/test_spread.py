"""A toll told for several days: each day's event keeps its even share (ACLED)."""

from __future__ import annotations

from datetime import date

from warlog.events.spread import days_told, share


def test_share_rounds_halves_up_and_leaves_each_day_a_death() -> None:
    assert share(60, 7) == 9
    assert share(11, 3) == 4
    assert share(5, 4) == 1
    assert share(2, 4) == 1
    assert share(8, 1) == 8


def test_days_told_by_a_length_a_span_of_dates_or_a_split(nlp) -> None:
    def days(text: str) -> int:
        return days_told(list(nlp(text).sents), date(2021, 6, 20))

    assert days("Rebels attacked Ndele. Twelve people were killed during the three-day siege.") == 3
    assert days("Rebels attacked Ndele. Fighting lasted from 10 June to 14 June.") == 5
    assert days("Rebels attacked Ndele. Nine people killed (fatalities split across 3 events).") == 3
    # the first sentence's span dates the event; "recently" and "overnight" last no set time
    assert days("Around 16 June (between 15 and 16 June), rebels attacked Ndele.") == 1
    assert days("Rebels attacked Ndele overnight. The group has recently grown. Two days later they left.") == 1
