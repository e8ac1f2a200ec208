"""Reading: filters, stable keyset pagination, event detail, stats, map, export, errors."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

from warlog.store import Store

from api_samples import ROWS, build, seed_store  # noqa: F401


def ids(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [event["event_id"] for event in response.json()["events"]]


def test_filters_match_the_cli_options(client: TestClient) -> None:
    assert len(ids(client.get("/api/events"))) == len(ROWS)
    assert len(ids(client.get("/api/events", params={"country": "iraq"}))) == 4
    assert len(ids(client.get("/api/events", params={"country": "IQ"}))) == 4
    assert len(ids(client.get("/api/events", params={"type": "battles"}))) == 4
    assert len(ids(client.get("/api/events", params={"sub_type": "Armed clash"}))) == 4
    assert len(ids(client.get("/api/events", params={"actor": "taliban"}))) == 2
    assert len(ids(client.get("/api/events", params={"since": "2017-10-03", "until": "2017-10-09"}))) == 4
    assert len(ids(client.get("/api/events", params={"text": "place 4 "}))) == 1


def test_bbox_and_free_text(client: TestClient) -> None:
    # Iraq's box holds the three placed Iraqi events, not the unplaced one.
    assert len(ids(client.get("/api/events", params={"bbox": "40,29,49,38"}))) == 3
    assert len(ids(client.get("/api/events", params={"q": "shabaab"}))) == 1  # an actor
    assert len(ids(client.get("/api/events", params={"q": "SOMALIA"}))) == 2  # a country
    assert len(ids(client.get("/api/events", params={"q": "100%"}))) == 0  # LIKE wildcards are literal


def test_bad_filters_get_the_one_error_shape(client: TestClient) -> None:
    for params in ({"type": "Picnics"}, {"bbox": "1,2,3"}, {"since": "2017-10-09", "until": "2017-10-01"},
                   {"cursor": "%%%"}):
        response = client.get("/api/events", params=params)
        assert response.status_code == 400, params
        assert set(response.json()) == {"error"} and set(response.json()["error"]) == {"code", "message"}
    response = client.get("/api/events", params={"limit": 100_000})
    assert response.status_code == 422 and response.json()["error"]["code"] == "W722"
    response = client.get("/api/no-such-thing")
    assert response.status_code == 404 and response.json()["error"]["code"] == "W704"


def walk(client: TestClient, limit: int, **params) -> list[str]:
    seen, cursor = [], None
    while True:
        response = client.get("/api/events", params={"limit": limit, **params, **({"cursor": cursor} if cursor else {})})
        seen += ids(response)
        cursor = response.json()["next_cursor"]
        if cursor is None:
            return seen


def test_pages_cover_everything_once_newest_first_undated_last(client: TestClient, seeded) -> None:
    _, events = seeded
    for order in ("desc", "asc"):
        walked = walk(client, 3, order=order)
        assert len(walked) == len(set(walked)) == len(events)
        dated = [e for e in events if e.date.start]
        expected = sorted(dated, key=lambda e: (e.date.start, e.event_id), reverse=order == "desc")
        assert walked[: len(dated)] == [e.event_id for e in expected]
        assert set(walked[len(dated):]) == {e.event_id for e in events if not e.date.start}


def test_cursor_is_stable_while_events_are_added(client: TestClient, db_url: str, seeded) -> None:
    first = client.get("/api/events", params={"limit": 4})
    before = ids(first)
    cursor = first.json()["next_cursor"]
    # A newer event arrives between pages: the next page neither repeats nor skips.
    from warlog.article import Article

    late = Article(id="late", text="Line 0: a late clash.", title="Late")
    with Store(db_url) as store:
        store.save(late, build("late", late.text, [("2017-12-31", "Armed clash", "Taliban", "Afghanistan", "AF", 34.0, 69.0)]))
    rest = walk_from(client, cursor, 4)
    everything = walk(client, 50)
    assert len(before) + len(rest) == len(set(before + rest)) == len(everything) - 1


def walk_from(client: TestClient, cursor: str, limit: int) -> list[str]:
    seen = []
    while cursor:
        response = client.get("/api/events", params={"limit": limit, "cursor": cursor})
        seen += ids(response)
        cursor = response.json()["next_cursor"]
    return seen


def test_event_detail_has_mentions_articles_and_escaped_text(client: TestClient, seeded) -> None:
    article, events = seeded
    response = client.get(f"/api/events/{events[0].event_id}")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["event"]["event_id"] == events[0].event_id
    assert body["mentions"][0]["article_id"] == article.id
    (stored,) = body["articles"]
    assert stored["text"] == article.text  # data, not markup: the page inserts it as text
    evidence = body["event"]["evidence"]
    assert stored["text"][evidence["start"]:evidence["end"]] == evidence["text"]
    assert body["review"] is None and body["log"] == []
    detail = client.get(f"/api/articles/{article.id}").json()
    assert [e["event_id"] for e in detail["events"]] == [e.event_id for e in events]
    assert client.get("/api/articles/nope").status_code == 404


def test_stats_and_map(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert stats["total"] == len(ROWS) and stats["undated"] == 2
    assert stats["by_type"]["Battles"] == 4
    assert {c["name"]: c["count"] for c in stats["by_country"]}["Iraq"] == 4
    assert {a["name"]: a["count"] for a in stats["by_actor"]}["Taliban"] == 2
    weeks = {w["week"]: w["counts"] for w in stats["by_week"]}
    assert weeks["2017-10-02"] == {"Explosions/Remote violence": 1, "Protests": 1, "Battles": 1}  # Monday-based
    assert client.get("/api/stats", params={"country": "Somalia"}).json()["total"] == 2
    cells = client.get("/api/map", params={"cell": 5}).json()["cells"]
    assert sum(cell["n"] for cell in cells) == len(ROWS) - 1  # one event has no coordinates


def test_export_every_format(client: TestClient) -> None:
    lines = client.get("/api/export", params={"format": "jsonl", "country": "Iraq"}).text.splitlines()
    assert len(lines) == 4 and all(json.loads(line)["location"]["country"] == "Iraq" for line in lines)
    csv = client.get("/api/export", params={"format": "csv"})
    assert csv.headers["content-type"].startswith("text/csv") and len(csv.text.splitlines()) == len(ROWS) + 1
    acled = client.get("/api/export", params={"format": "acled"}).text
    assert acled.startswith("event_id_cnty,event_date")
    geo = client.get("/api/export", params={"format": "geojson"}).json()
    assert len(geo["features"]) == len(ROWS) - 1
    parquet = client.get("/api/export", params={"format": "parquet", "country": "Iraq"})
    assert parquet.status_code == 200 and parquet.content[:4] == b"PAR1"
    import io

    import pyarrow.parquet as pq

    assert pq.read_table(io.BytesIO(parquet.content)).num_rows == 4
    assert client.get("/api/export", params={"format": "xls"}).status_code == 400
