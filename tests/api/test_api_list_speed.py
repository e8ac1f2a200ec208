"""The fast event list: same answers as the store's filter, never a stale cached page."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from warlog.api import queries
from warlog.store import EventFilter, Store


@pytest.mark.parametrize("country", ["Iraq", "iraq", "IQ", "iq", "Somalia", "SO", "Nowhere"])
def test_country_pages_match_the_store_filter(db_url: str, seeded, country: str) -> None:
    with Store(db_url) as store:
        expected = sorted(e.event_id for e in store.events(EventFilter(country=country)))
        found, cursor = [], None
        while True:  # pages of 2 cross the dated/undated boundary and the merge of both branches
            page = queries.page(store, queries.EventQuery(EventFilter(country=country)), limit=2,
                                cursor=cursor, order="desc")
            found += [record["event_id"] for record in page.records]
            if page.next_cursor is None:
                break
            cursor = queries.Cursor.decode(page.next_cursor)
    assert sorted(found) == expected and len(found) == len(set(found))


def test_cached_list_follows_a_review(client: TestClient, auth: dict[str, str]) -> None:
    first = client.get("/api/events", params={"country": "Iraq"}).json()
    event_id = first["events"][0]["event_id"]
    assert event_id not in first["reviews"]
    assert client.get("/api/events", params={"country": "Iraq"}).json() == first  # served from the cache
    response = client.post(f"/api/events/{event_id}/review", json={"action": "confirm"}, headers=auth)
    assert response.status_code == 200, response.text
    after = client.get("/api/events", params={"country": "Iraq"}).json()
    assert after["reviews"][event_id] == "confirmed"
