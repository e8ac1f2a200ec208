"""Number words and digits."""

from __future__ import annotations

import pytest

from warlog.normalise.numbers import parse_number, vague_bounds


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,200", 1200), ("1.5 million", 1_500_000), ("one thousand", 1000), ("two", 2),
        ("a dozen", 12), ("twenty-five", 25), ("two hundred and fifty", 250),
        ("three thousand four hundred", 3400), ("a hundred", 100), ("Forty", 40),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["militants", "", "and", "one militant"])
def test_not_numbers(text: str) -> None:
    assert parse_number(text) is None


def test_vague_bounds() -> None:
    assert vague_bounds("hundreds") == (200, 999)
    assert vague_bounds("Dozens") == (24, 99)
    assert vague_bounds("tens of  thousands") == (20_000, 99_999)
    assert vague_bounds("many") is None
