"""Event classification: one event mention -> ACLED sub-type (or "no event"), PLOVER event and mode."""

from __future__ import annotations

from .model import EventClassifier, Prediction

__all__ = ["EventClassifier", "Prediction"]
