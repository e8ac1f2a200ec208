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
