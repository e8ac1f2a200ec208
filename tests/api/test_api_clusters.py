"""Splitting a wrong merge through the API: token needed, remembered, audited."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from warlog.store import Store
from warlog.store.clusters import save_and_cluster, store_cluster_of


def _dedup_samples():
    """The de-duplication tests' hand-built Hawija reports (one place for that fixture)."""
    path = Path(__file__).resolve().parents[1] / "dedup" / "test_dedup.py"
    spec = importlib.util.spec_from_file_location("dedup_samples", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_api_split_needs_a_token_is_audited_and_sticks(db_url, client, auth):
    samples = _dedup_samples()
    first, second, *_ = samples.hawija_events()
    with Store(db_url) as store:
        save_and_cluster(store, samples.A1, [first])
        save_and_cluster(store, samples.A2, [second])
        cluster = store_cluster_of(store, first.event_id)
        assert cluster is not None and store_cluster_of(store, second.event_id) == cluster
    shown = client.get(f"/api/events/{first.event_id}").json()["cluster"]
    assert shown["cluster_id"] == cluster and shown["size"] == 2
    assert [m["event_id"] for m in shown["members"]] == sorted([first.event_id, second.event_id])
    assert all(m["evidence"] for m in shown["members"])
    moved = next(e for e in (first, second) if e.event_id != cluster)
    url = f"/api/clusters/{cluster}/split"
    assert client.post(url, json={"event_ids": [moved.event_id]}).status_code == 401
    response = client.post(url, json={"event_ids": [moved.event_id], "reason": "two different surrenders"}, headers=auth)
    assert response.status_code == 200, response.text
    with Store(db_url) as store:
        assert store_cluster_of(store, moved.event_id) != store_cluster_of(store, cluster)
        save_and_cluster(store, samples.A2, [second])  # the same report again: the split holds
        assert store_cluster_of(store, moved.event_id) != store_cluster_of(store, cluster)
    log = client.get(f"/api/events/{moved.event_id}/log").json()["log"]
    assert log[0]["action"] == "split" and log[0]["old"] == cluster and log[0]["who"] == "alice"
    assert client.post(url, json={"event_ids": ["no-such-event"]}, headers=auth).status_code in (400, 404, 409, 422)


def test_api_merge_joins_clusters_for_good_and_undoes_a_split(db_url, client, auth):
    samples = _dedup_samples()
    first, second, mosul, _ = samples.hawija_events()
    with Store(db_url) as store:
        save_and_cluster(store, samples.A1, [first])
        save_and_cluster(store, samples.A3, [mosul])
        apart = {store_cluster_of(store, first.event_id), store_cluster_of(store, mosul.event_id)}
    assert len(apart) == 2  # different towns and dates: the machine keeps them apart
    assert client.post("/api/clusters/merge", json={"cluster_ids": sorted(apart)}).status_code == 401
    response = client.post("/api/clusters/merge", json={"cluster_ids": sorted(apart), "reason": "same surrender"}, headers=auth)
    assert response.status_code == 200, response.text
    with Store(db_url) as store:
        joined = store_cluster_of(store, first.event_id)
        assert joined == store_cluster_of(store, mosul.event_id)
        save_and_cluster(store, samples.A3, [mosul])  # re-coding the report keeps the merge
        assert store_cluster_of(store, mosul.event_id) == store_cluster_of(store, first.event_id)
    moved = mosul if joined == first.event_id else first
    assert client.get(f"/api/events/{moved.event_id}/log").json()["log"][0]["action"] == "merge"
    assert client.post("/api/clusters/merge", json={"cluster_ids": [joined, "nope"]}, headers=auth).status_code == 422
