"""The event record: the contract every part of warlog shares.

Field names follow ACLED so exports map one to one. ``Event.to_json()`` /
``Event.from_json()`` are the only serialisation; the store, CLI, API and exports
all go through them.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from pydantic import BaseModel, Field, field_validator

from .taxonomy import SUB_EVENT_TYPES, ActorType, Modality


class Plover(BaseModel):
    event: str | None = None
    mode: str | None = None


class Actor(BaseModel):
    """``name`` is the canonical (ACLED-style) name; ``text`` is what the article says."""

    name: str
    text: str | None = None
    type: ActorType | None = None


class Location(BaseModel):
    name: str | None = None
    text: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    admin1: str | None = None
    admin2: str | None = None
    country: str | None = None
    country_code: str | None = None
    geonameid: int | None = None
    precision: int | None = Field(default=None, ge=1, le=3)


class EventDate(BaseModel):
    """ISO dates; precision 1 day, 2 week or a few days, 3 month or longer (ACLED)."""

    start: str | None = None
    end: str | None = None
    precision: int | None = Field(default=None, ge=1, le=3)
    text: str | None = None


class Quantity(BaseModel):
    text: str
    value: float | None = None
    min: float | None = None
    max: float | None = None
    unit: str | None = None
    what: str | None = None


class Attribution(BaseModel):
    name: str
    role: str | None = None
    via: str | None = None


class Evidence(BaseModel):
    """A span of the article: ``article.text[start:end] == text``."""

    text: str
    start: int
    end: int


class Mention(BaseModel):
    article_id: str
    evidence: Evidence
    source: str | None = None
    modality: Modality = "asserted"


class Event(BaseModel):
    event_id: str
    article_id: str
    event_type: str | None = None
    sub_event_type: str | None = None
    plover: Plover = Field(default_factory=Plover)
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actor_1: list[Actor] = Field(default_factory=list)
    assoc_actor_2: list[Actor] = Field(default_factory=list)
    location: Location = Field(default_factory=Location)
    date: EventDate = Field(default_factory=EventDate)
    fatalities: int | None = None
    quantities: list[Quantity] = Field(default_factory=list)
    modality: Modality = "asserted"
    attribution: list[Attribution] = Field(default_factory=list)
    evidence: Evidence
    confidence: float = Field(ge=0.0, le=1.0)
    sources: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)

    @field_validator("sub_event_type")
    @classmethod
    def _known_sub_type(cls, value: str | None) -> str | None:
        if value is not None and value not in SUB_EVENT_TYPES:
            raise ValueError(f"not an ACLED sub-event type: {value!r}")
        return value

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_json(cls, data: str | dict[str, Any]) -> "Event":
        if isinstance(data, str):
            return cls.model_validate_json(data)
        return cls.model_validate(data)


def make_event_id(article_id: str, start: int, sub_event_type: str | None) -> str:
    """Deterministic id: re-coding the same article gives the same ids."""
    basis = f"{article_id}:{start}:{sub_event_type}"
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]
