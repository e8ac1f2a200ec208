"""Review: tokens, confirm/correct/reject, the append-only audit log, and surviving re-coding."""

from __future__ import annotations

import sqlite3

import pytest
from fastapi.testclient import TestClient

from warlog.api.tokens import ApiToken, revoke_token
from warlog.store import Store
from warlog.store.review import apply_reviews

from api_samples import ROWS, build


def review(client: TestClient, auth: dict, event_id: str, **body):
    return client.post(f"/api/events/{event_id}/review", json=body, headers=auth)


def test_writes_need_a_valid_token(client: TestClient, seeded, db_url: str, token: str) -> None:
    _, events = seeded
    url = f"/api/events/{events[0].event_id}/review"
    for headers in ({}, {"Authorization": "Bearer wl_000000000000_" + "x" * 43}, {"Authorization": "Basic abc"}):
        response = client.post(url, json={"action": "confirm"}, headers=headers)
        assert response.status_code == 401 and response.json()["error"]["code"] == "W701"
    assert client.post("/api/articles", content=b"text", headers={"Content-Type": "text/plain"}).status_code == 401
    # Stored hashed: the secret is nowhere in the database.
    secret = token.split("_", 2)[2]  # the secret itself may contain "_"
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as raw:
        dump = "\n".join(raw.iterdump())
    assert secret not in dump and ApiToken.__tablename__ in dump
    with Store(db_url) as store:
        assert revoke_token(store, token.split("_")[1])
    assert client.post(url, json={"action": "confirm"}, headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_correction_is_logged_and_shown(client: TestClient, seeded, auth) -> None:
    _, events = seeded
    target = events[0]
    response = review(client, auth, target.event_id, action="correct", reason="the source says shelling",
                      changes={"sub_event_type": "Shelling/artillery/missile attack", "fatalities": 7,
                               "actor2": {"name": "Islamic State (Iraq)", "type": "Rebel group"},
                               "date": {"start": "2017-10-02", "end": "2017-10-02", "precision": 1}})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["status"] == "corrected"
    assert body["event"]["event_type"] == "Explosions/Remote violence"  # follows the sub-type
    log = {entry["field"]: entry for entry in body["log"]}
    assert set(log) == {"sub_event_type", "event_type", "fatalities", "actor2", "date"}
    assert log["fatalities"]["old"] == 0 and log["fatalities"]["new"] == 7
    assert all(entry["who"] == "alice" and entry["reason"] == "the source says shelling" for entry in body["log"])
    # Queries see the corrected columns at once.
    listed = client.get("/api/events", params={"type": "Explosions/Remote violence", "since": "2017-10-02", "until": "2017-10-02"}).json()
    assert [e["event_id"] for e in listed["events"]] == [target.event_id]
    assert listed["reviews"] == {target.event_id: "corrected"}
    detail = client.get(f"/api/events/{target.event_id}").json()
    assert detail["review"]["status"] == "corrected" and len(detail["log"]) == 5


def test_invalid_corrections_are_refused(client: TestClient, seeded, auth) -> None:
    event_id = seeded[1][0].event_id
    for changes in ({"sub_event_type": "Picnic"}, {"fatalities": -3}, {"evidence": {}},
                    {"event_type": "Protests", "sub_event_type": "Armed clash"}, {"location": {"latitude": 95, "longitude": 0}}):
        response = review(client, auth, event_id, action="correct", changes=changes)
        assert response.status_code == 422, changes
        assert set(response.json()["error"]) == {"code", "message"}
    assert review(client, auth, "no-such-event", action="confirm").status_code == 404
    assert client.get(f"/api/events/{event_id}/log").json()["log"] == []


def test_location_by_point_and_by_gazetteer_candidate(client: TestClient, seeded, auth) -> None:
    event_id = seeded[1][1].event_id
    point = review(client, auth, event_id, action="correct",
                   changes={"location": {"latitude": 36.34, "longitude": 43.13, "name": "Mosul", "country": "Iraq", "country_code": "IQ"}})
    assert point.status_code == 200, point.text
    assert point.json()["event"]["location"]["latitude"] == 36.34
    places = client.get("/api/places", params={"q": "Kirkuk"}).json()["places"]
    kirkuk = next(p for p in places if p["country_code"] == "IQ")
    picked = review(client, auth, event_id, action="correct", changes={"location": {"geonameid": kirkuk["geonameid"], "name": "Kirkuk"}})
    assert picked.status_code == 200, picked.text
    location = picked.json()["event"]["location"]
    assert location["geonameid"] == kirkuk["geonameid"] and location["country"] == "Iraq" and location["precision"] in (1, 2, 3)
    bogus = review(client, auth, event_id, action="correct", changes={"location": {"geonameid": 1, "name": "Kirkuk"}})
    assert bogus.status_code == 422


def recode(db_url: str, seeded, rows=ROWS) -> None:
    """What `warlog ingest --force` does: save the machine's events again, then re-apply reviews."""
    article, _ = seeded
    with Store(db_url) as store:
        store.save(article, build(article.id, article.text, rows))
        apply_reviews(store, article.id)


def test_reviews_survive_recoding(client: TestClient, seeded, auth, db_url: str) -> None:
    _, events = seeded
    corrected, rejected, confirmed = events[0], events[1], events[2]
    assert review(client, auth, corrected.event_id, action="correct", changes={"fatalities": 40}).status_code == 200
    assert review(client, auth, rejected.event_id, action="reject", reason="not an event").status_code == 200
    assert review(client, auth, confirmed.event_id, action="confirm").status_code == 200
    assert client.get("/api/stats").json()["total"] == len(ROWS) - 1
    recode(db_url, seeded)
    listed = {e["event_id"]: e for e in client.get("/api/events", params={"limit": 100}).json()["events"]}
    assert listed[corrected.event_id]["fatalities"] == 40
    assert rejected.event_id not in listed
    assert client.get(f"/api/events/{rejected.event_id}").json()["review"]["status"] == "rejected"
    # The model changes its mind about a sub-type (so the event id changes): the review still wins.
    rows = list(ROWS)
    rows[2] = (rows[2][0], "Protest with intervention", *rows[2][2:])
    recode(db_url, seeded, rows)
    listed = {e["event_id"]: e for e in client.get("/api/events", params={"limit": 100}).json()["events"]}
    assert listed[confirmed.event_id]["sub_event_type"] == "Peaceful protest"
    assert len(listed) == len(ROWS) - 1


def test_audit_log_is_append_only(client: TestClient, seeded, auth, db_url: str) -> None:
    assert review(client, auth, seeded[1][3].event_id, action="confirm").status_code == 200
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as raw:
        for statement in ("UPDATE review_log SET who = 'mallory'", "DELETE FROM review_log"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                raw.execute(statement)
    recent = client.get("/api/reviews").json()["log"]
    assert recent[0]["who"] == "alice" and recent[0]["action"] == "confirm"


def test_reviewed_export_is_training_data(client: TestClient, seeded, auth, db_url: str) -> None:
    from warlog.store.review import reviewed_examples

    _, events = seeded
    review(client, auth, events[0].event_id, action="correct", changes={"sub_event_type": "Attack"})
    review(client, auth, events[1].event_id, action="reject")
    with Store(db_url) as store:
        examples = {e["event_id"]: e for e in reviewed_examples(store)}
    fixed, negative = examples[events[0].event_id], examples[events[1].event_id]
    assert fixed["sub_event_type"] == "Attack" and fixed["machine"]["sub_event_type"] == "Armed clash"
    assert fixed["text"] == events[0].evidence.text and fixed["corrected_fields"] == ["event_type", "sub_event_type"]
    assert negative["status"] == "rejected" and negative["sub_event_type"] is None and negative["gold"] is None
