"""Geoparsing without a server: GeoNames gazetteer, toponym recognition and resolution,
and the location of an event mention."""

from __future__ import annotations

from .gazetteer import Gazetteer
from .location import article_focus, country_location, event_location
from .parser import CONTRACT_KEYS, Geoparser, Toponym, dominant_country
from .place import Place, distance_km

__all__ = [
    "CONTRACT_KEYS",
    "Gazetteer",
    "Geoparser",
    "Place",
    "Toponym",
    "article_focus",
    "country_location",
    "dominant_country",
    "distance_km",
    "event_location",
]
