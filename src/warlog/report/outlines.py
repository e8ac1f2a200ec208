"""Country outlines for the report map, from data already installed (nothing is downloaded).

The ``countryinfo`` package (a gazetteer source, see ``warlog.geo.sources``)
ships a coarse GeoJSON outline per country: enough to tell where the points are.
Without it the map falls back to a bare graticule, which is why callers treat an
empty result as normal rather than as an error.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

OUTLINE_PACKAGE = "countryinfo"

Ring = tuple[tuple[float, float], ...]  # closed polygon ring of (longitude, latitude)


@dataclass(frozen=True, slots=True)
class Box:
    """A longitude/latitude rectangle."""

    west: float
    south: float
    east: float
    north: float

    def overlaps(self, other: Box) -> bool:
        return not (
            other.east < self.west or other.west > self.east or other.north < self.south or other.south > self.north
        )


def ring_box(ring: Ring) -> Box:
    lons = [lon for lon, _ in ring]
    lats = [lat for _, lat in ring]
    return Box(min(lons), min(lats), max(lons), max(lats))


def _data_dir() -> Path | None:
    try:
        folder = Path(str(resources.files(OUTLINE_PACKAGE))) / "data"
    except ModuleNotFoundError:
        return None
    return folder if folder.is_dir() else None


def _polygons(geometry: dict[str, Any]) -> Iterator[list[list[float]]]:
    """Outer rings of a GeoJSON Polygon or MultiPolygon (holes do not matter at map scale)."""
    kind, coords = geometry.get("type"), geometry.get("coordinates") or []
    if kind == "Polygon" and coords:
        yield coords[0]
    elif kind == "MultiPolygon":
        yield from (polygon[0] for polygon in coords if polygon)


def _rings_of(path: Path) -> Iterator[Ring]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return  # one unreadable file costs one country's outline, not the map
    for feature in (data.get("geoJSON") or {}).get("features", []):
        for ring in _polygons(feature.get("geometry") or {}):
            points = tuple((float(lon), float(lat)) for lon, lat, *_ in ring)
            if len(points) >= 3:
                yield points


@cache
def country_rings() -> tuple[tuple[Ring, Box], ...]:
    """Every country's outer rings with their boxes; empty when no outline data is installed."""
    folder = _data_dir()
    if folder is None:
        return ()
    return tuple((ring, ring_box(ring)) for path in sorted(folder.glob("*.json")) for ring in _rings_of(path))


def rings_in(view: Box) -> list[Ring]:
    """The rings that show in ``view`` (drawing only those keeps the figure small)."""
    return [ring for ring, box in country_rings() if box.overlaps(view)]
