"""Names that say where another name lies: "Alari (N'Guigmi, Diffa)", "Kokola, Oicha".

Reports and coders' notes give a small place with the town, district or region it
lies in, after a comma or in brackets. The qualifier is a hard constraint: the
village is the homonym inside that area or none at all (a village missing from the
gazetteer is better left unresolved than placed in another country). A run of
names ending in "and"/"or" ("Goma, Beni and Bunia") is a list, not a chain.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .place import ADMIN1, ADMIN2, CONTINENT, COUNTRY, Place, distance_km
from .recognise import DIVISION_WORDS, PLACE_NOUNS, Mention

# What may stand between a name and its qualifier: an optional generic ("district",
# "town") and a comma, an opening bracket or "in"; "of" only after a generic
# ("Bujovu neighbourhood of Goma", not "University of Bunia").
_GENERICS = "|".join(sorted(DIVISION_WORDS | PLACE_NOUNS))
# "Dingazi [Dingazi Banda] (Ouallam, Tillaberi)": a name's other spelling in square
# brackets lies where the name does.
_LINK = re.compile(rf"^\s*\]?\s*(?:(?:(?:{_GENERICS})\s*)?(?:[,(]|in\b)|(?:{_GENERICS})\s+of\b)(?:\s+the\b)?\s*$", re.IGNORECASE)
_LIST_END = re.compile(r"^\s*,?\s*(?:and|or|&)\s*$", re.IGNORECASE)
NEAR_TOWN_KM = 50.0  # a place given with a town ("Kokola, Oicha") lies this close to it


def containers(text: str, mentions: Sequence[Mention]) -> list[int | None]:
    """For each mention, the index of the mention naming the area it lies in (or None)."""
    links: list[int | None] = [None] * len(mentions)
    for k in range(len(mentions) - 1):
        between = text[mentions[k].end : mentions[k + 1].start]
        if _LINK.match(between):
            links[k] = k + 1
    # "Goma, Beni and Bunia": every comma of a run that ends in a conjunction is a list
    k = 0
    while k < len(mentions):
        end = k
        while links[end] is not None:
            end += 1
        if end + 1 < len(mentions) and _LIST_END.match(text[mentions[end].end : mentions[end + 1].start]):
            for j in range(k, end):
                links[j] = None
        k = end + 1
    return links


def lies_in(place: Place, area: Place) -> bool:
    """Whether ``place`` can be inside ``area`` (a country, region, district or town)."""
    if area.feature_code == CONTINENT:
        return True
    if place.country_code != area.country_code:
        return False
    if area.feature_code == COUNTRY:
        return True
    if place.geonameid == area.geonameid:
        return not area.is_area  # a town named twice ("NGuigmi (N'Guigmi, Diffa)"), not a region in itself
    # a town the tables give no district (or region) is judged by the level above
    if area.feature_code == ADMIN2 and place.admin2 is not None:
        return place.admin2 == area.admin2 and place.admin1_code == area.admin1_code
    if area.feature_code in (ADMIN1, ADMIN2):
        return place.admin1_code in (area.admin1_code, None)
    return distance_km(place.latitude, place.longitude, area.latitude, area.longitude) <= NEAR_TOWN_KM
