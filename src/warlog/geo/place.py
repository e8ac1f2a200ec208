"""A gazetteer entry and the distance between two of them."""

from __future__ import annotations

import math
from dataclasses import dataclass

EARTH_RADIUS_KM = 6371.0088

# GeoNames feature codes we produce; cities500 carries none, so towns are PPL
# (PPLC for a national capital) and the rest come from the table they were read from.
COUNTRY = "PCLI"
ADMIN1 = "ADM1"
ADMIN2 = "ADM2"
CONTINENT = "CONT"
CAPITAL = "PPLC"
TOWN = "PPL"
AREA_CODES: frozenset[str] = frozenset({COUNTRY, ADMIN1, ADMIN2, CONTINENT})


@dataclass(frozen=True, slots=True)
class Place:
    """One GeoNames feature, with admin names already looked up."""

    geonameid: int
    name: str
    latitude: float
    longitude: float
    country_code: str | None
    feature_code: str
    population: int
    admin1: str | None = None
    admin2: str | None = None
    admin1_code: str | None = None  # "IQ.13": lets context match a region to its towns

    @property
    def is_area(self) -> bool:
        """A country, region or continent rather than a town."""
        return self.feature_code in AREA_CODES


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))
