"""Review: confirm, correct or reject an event; the audit log; gazetteer look-ups for locations."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field

from ...geo import Gazetteer, Place
from ...geo.place import ADMIN1, ADMIN2, COUNTRY
from ...geo.sources import acled_country_name
from ...record import Location
from ...store.review import ReviewError, review_event, merge_reviewed, review_log, review_state, split_reviewed
from .. import queries
from ..deps import Reader, State, Writer

router = APIRouter(prefix="/api", tags=["review"])


class PointPick(BaseModel):
    """A point on the map; the analyst says what it is called and where, if they wish."""

    model_config = ConfigDict(extra="forbid")

    latitude: float = Field(ge=-90, le=90)
    longitude: float = Field(ge=-180, le=180)
    name: str | None = Field(default=None, max_length=200)
    admin1: str | None = Field(default=None, max_length=200)
    country: str | None = Field(default=None, max_length=100)
    country_code: str | None = Field(default=None, min_length=2, max_length=2)
    precision: int = Field(default=1, ge=1, le=3)


class CandidatePick(BaseModel):
    """A gazetteer place as listed by ``GET /api/places?q=name``: its name and geonameid."""

    model_config = ConfigDict(extra="forbid")

    geonameid: int
    name: str = Field(max_length=200)


class ReviewRequest(BaseModel):
    """``changes`` (for ``correct``) maps record fields to new values in the record's JSON shape;
    ``location`` may instead be ``{geonameid, name}`` (a gazetteer candidate) or a point."""

    model_config = ConfigDict(extra="forbid")

    action: Literal["confirm", "correct", "reject"]
    reason: str | None = Field(default=None, max_length=2000)
    changes: dict[str, Any] | None = None


def _precision(place: Place) -> int:
    """ACLED geo-precision of a picked place: a town is exact, a district near, a region or country vague."""
    if place.feature_code in (COUNTRY, ADMIN1):
        return 3
    return 2 if place.feature_code == ADMIN2 else 1


def place_location(gazetteer: Gazetteer, place: Place, text: str | None) -> Location:
    country = gazetteer.country(place.country_code) if place.country_code else None
    return Location(
        name=place.name,
        text=text,
        latitude=place.latitude,
        longitude=place.longitude,
        admin1=place.admin1,
        admin2=place.admin2,
        country=acled_country_name(place.country_code, country.name if country else None),
        country_code=place.country_code,
        geonameid=place.geonameid,
        precision=_precision(place),
    )


def _location(value: Any, state: State, old_text: str | None) -> dict[str, Any] | None:
    """A location correction in any accepted form, as the record's location dict."""
    if value is None:
        return Location().model_dump(mode="json")
    if not isinstance(value, dict):
        raise ReviewError("location must be an object: {geonameid, name} or {latitude, longitude, ...}")
    if "geonameid" in value and "latitude" not in value:
        pick = CandidatePick.model_validate(value)
        gazetteer = state.gazetteer()
        place = next((p for p in gazetteer.candidates(pick.name) if p.geonameid == pick.geonameid), None)
        if place is None:
            raise ReviewError(f"no gazetteer place {pick.geonameid} named {pick.name!r}; see /api/places?q=")
        return place_location(gazetteer, place, old_text).model_dump(mode="json")
    point = PointPick.model_validate(value)
    return Location(**point.model_dump(), text=old_text).model_dump(mode="json")


@router.post("/events/{event_id}/review")
def post_review(event_id: str, body: ReviewRequest, state: State, who: Writer) -> dict[str, Any]:
    """Confirm, correct or reject; every change goes to the audit log under the token's name."""
    changes = dict(body.changes or {})
    if "location" in changes:
        current = review_state(state.store, event_id)
        data = queries.event_data(state.store, event_id) or (current or {}).get("record") or {}
        old_text = (data.get("location") or {}).get("text")
        try:
            changes["location"] = _location(changes["location"], state, old_text)
        except ValueError as exc:  # pydantic's ValidationError is a ValueError
            raise ReviewError(f"invalid location: {exc}") from None
    event, status = review_event(
        state.store, event_id, action=body.action, who=who, changes=changes or None, reason=body.reason
    )
    return {"event": event.to_dict(), "status": status, "log": [asdict(e) for e in review_log(state.store, event_id)]}


class SplitRequest(BaseModel):
    """Events to take out of a cluster the machine merged wrongly."""

    model_config = ConfigDict(extra="forbid")
    event_ids: list[str] = Field(min_length=1, max_length=500)
    reason: str | None = Field(default=None, max_length=2000)


@router.post("/clusters/{cluster_id}/split")
def post_split(cluster_id: str, body: SplitRequest, state: State, who: Writer) -> dict[str, Any]:
    """Split a wrong merge; the split is remembered, so later reports never re-merge it."""
    clusters = split_reviewed(state.store, cluster_id, body.event_ids, who=who, reason=body.reason)
    return {"clusters": clusters, "log": [asdict(e) for eid in body.event_ids for e in review_log(state.store, eid)[:1]]}


class MergeRequest(BaseModel):
    """Clusters the machine kept apart that are one happening."""

    model_config = ConfigDict(extra="forbid")
    cluster_ids: list[str] = Field(min_length=2, max_length=100)
    reason: str | None = Field(default=None, max_length=2000)


@router.post("/clusters/merge")
def post_merge(body: MergeRequest, state: State, who: Writer) -> dict[str, Any]:
    """Merge clusters; the merge is remembered, so re-clustering never splits them again."""
    return {"cluster": merge_reviewed(state.store, body.cluster_ids, who=who, reason=body.reason)}


@router.get("/events/{event_id}/log")
def event_log(event_id: str, state: State, _: Reader) -> dict[str, Any]:
    """The event's audit entries, newest first."""
    return {"log": [asdict(entry) for entry in review_log(state.store, event_id)]}


@router.get("/reviews")
def recent_reviews(
    state: State, _: Reader, limit: Annotated[int, Query(ge=1, le=1000)] = 100
) -> dict[str, Any]:
    """The latest audit entries across all events, newest first."""
    return {"log": [asdict(entry) for entry in review_log(state.store, limit=limit)]}


@router.get("/places")
def places(
    state: State, _: Reader, q: Annotated[str, Query(min_length=1, max_length=200)], limit: Annotated[int, Query(ge=1, le=50)] = 15
) -> dict[str, Any]:
    """Gazetteer candidates for a place name, most populous first: pick one to relocate an event."""
    gazetteer = state.gazetteer()
    found = gazetteer.candidates(q.strip())[:limit]
    return {"places": [place_location(gazetteer, place, None).model_dump(mode="json") | {
        "feature_code": place.feature_code, "population": place.population} for place in found]}
