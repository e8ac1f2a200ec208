"""ACLED's inter field in its three spellings."""

import pytest

from warlog.taxonomy import actor_category


@pytest.mark.parametrize(
    ("inter", "category"),
    [("1", "State forces"), ("7.0", "Civilians"), (" Rioters ", "Rioters"), ("0", None), ("", None), ("Mob", None)],
)
def test_actor_category_reads_codes_and_names(inter: str, category: str | None) -> None:
    assert actor_category(inter) == category
