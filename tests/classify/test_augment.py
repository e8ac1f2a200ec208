"""Note-to-news rewriting."""

from __future__ import annotations

import random

from warlog.classify.augment import news_variants, plain, strip_opener


def test_strip_opener_variants() -> None:
    assert strip_opener("On 31 December 2020, Al Shabaab attacked a base.") == "Al Shabaab attacked a base."
    assert strip_opener("Around 3 May 2021 (as reported), farmers marched.") == "Farmers marched."
    assert strip_opener("On December 31 2019, police fired.") == "Police fired."
    assert strip_opener("Rebels attacked a base.") == "Rebels attacked a base."


def test_plain_drops_bookkeeping_and_admin_units() -> None:
    note = ("On 10 December 2020, government forces retook Gendershe village (Marka, Lower Shabelle). "
            "No fatalities and/or injuries reported.")
    assert plain(note) == "Government forces retook Gendershe village."


def test_variants_rename_acled_actors_and_differ_from_note() -> None:
    note = "On 3 May 2020, Military Forces of Iraq (2014-) shelled an Islamic State hideout near Hit."
    variants = news_variants(note, random.Random(1), n=2)
    assert variants and all(v != note for v in variants)
    assert all("Military Forces of Iraq" not in v and "2014-" not in v for v in variants)
    assert all("shelled an islamic state hideout" in v.lower() for v in variants)
