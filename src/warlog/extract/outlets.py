"""Recognise news outlets, so they are kept as sources and never become actors."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    text = resources.files("warlog.data").joinpath("outlets.json").read_text(encoding="utf-8")
    table: dict[str, list[str]] = json.loads(text)["outlets"]
    return {alias.lower(): name for name, aliases in table.items() for alias in aliases}


def outlet_name(text: str) -> str | None:
    """Canonical outlet name for a surface form ("Agence France-Presse" -> "AFP"), else None."""
    cleaned = text.strip().strip("\"'“”‘’").lower()
    if cleaned.startswith("the ") and cleaned not in _aliases():
        cleaned = cleaned[4:]
    return _aliases().get(cleaned)


def is_outlet(text: str) -> bool:
    return outlet_name(text) is not None
