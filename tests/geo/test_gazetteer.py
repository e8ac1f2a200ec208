from __future__ import annotations

import pytest

from warlog.geo import distance_km
from warlog.geo.normalise import skeleton_key, variant_key

HAWIJA = (35.326, 43.773)
RAQQA = (35.953, 39.008)
DEIR_EZ_ZOR = (35.336, 40.141)


@pytest.mark.parametrize(
    "names",
    [
        ["Hawija", "Al Hawijah", "Al-Hawija", "al-Ḥawīja", "HAWIJA"],
        ["Raqqa", "Raqqah", "Ar-Raqqah", "ar Raqqa"],
    ],
)
def test_transliteration_variants_share_a_key(names):
    assert len({variant_key(n) for n in names}) == 1


def test_article_inside_a_name_and_vowels_meet_on_the_skeleton():
    assert skeleton_key("Deir ez-Zor") == skeleton_key("Deir al-Zour")


@pytest.mark.parametrize(
    ("name", "where"),
    [
        ("Hawija", HAWIJA), ("Al Hawijah", HAWIJA), ("Al-Hawija", HAWIJA),
        ("Raqqa", RAQQA), ("Raqqah", RAQQA), ("Ar-Raqqah", RAQQA),
        ("Deir ez-Zor", DEIR_EZ_ZOR), ("Deir al-Zour", DEIR_EZ_ZOR),
    ],
)
def test_variants_find_the_town(gazetteer, name, where):
    towns = [p for p in gazetteer.candidates(name) if not p.is_area]
    assert any(distance_km(p.latitude, p.longitude, *where) < 5 for p in towns), name


def test_regions_and_countries_resolve(gazetteer):
    kirkuk = gazetteer.candidates("Kirkuk province")[0]
    assert (kirkuk.feature_code, kirkuk.country_code) == ("ADM1", "IQ")
    assert gazetteer.candidates("Borno State")[0].country_code == "NG"
    assert gazetteer.candidates("Syria")[0].feature_code == "PCLI"
    assert gazetteer.candidates("U.S.")[0].country_code == "US"


def test_towns_carry_admin_names(gazetteer):
    mosul = next(p for p in gazetteer.candidates("Mosul") if not p.is_area)
    assert mosul.country_code == "IQ" and mosul.admin1 and mosul.admin2


def test_unknown_and_acronyms(gazetteer):
    assert gazetteer.candidates("Zzyzqwarville") == []
    assert not gazetteer.is_abbreviation("La")  # "La." is Louisiana only with its full stop
    assert gazetteer.is_abbreviation("La.")


def test_demonyms_point_to_countries_or_nowhere(gazetteer):
    assert gazetteer.demonym("Syrian") == (True, "SY")
    assert gazetteer.demonym("Kurdish") == (True, None)
    assert gazetteer.demonym("Raqqa") == (False, None)


def test_saving_spares_a_recent_index_of_another_version(tmp_path):
    import os
    import time

    from warlog.geo.gazetteer import STALE_AFTER_S, Gazetteer, _Columns
    from warlog.geo.place import TOWN, Place

    place = Place(1, "Hawija", 35.3, 43.8, "IQ", TOWN, 50_000)
    tiny = Gazetteer(_Columns.from_places([place]), {"hawija": 0}, {}, {}, {}, {})
    recent, old = tmp_path / "gazetteer-aaaa.marshal", tmp_path / "gazetteer-bbbb.marshal"
    recent.write_bytes(b"x")
    old.write_bytes(b"x")
    long_ago = time.time() - STALE_AFTER_S - 60
    os.utime(old, (long_ago, long_ago))
    tiny.save(tmp_path / "gazetteer-cccc.marshal")
    assert recent.exists() and not old.exists()
