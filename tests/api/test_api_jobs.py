"""Submitting articles: a background job codes them with the real Pipeline (loaded once here)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from warlog.api import create_app
from warlog.api.tokens import create_token
from warlog.store import Store

SHORT = (
    "Iraqi forces clash with Islamic State in Mosul\n\n"
    "Iraqi government forces clashed with Islamic State militants in Mosul on Monday, "
    "killing 12 fighters, officials said."
)


@pytest.fixture(scope="module")
def pipeline():
    from warlog.pipeline import Pipeline

    return Pipeline()


@pytest.fixture
def jobs_client(tmp_path: Path, pipeline):
    url = f"sqlite:///{tmp_path / 'jobs.db'}"
    with Store(url) as store:
        token = create_token(store, "bob")
    with TestClient(create_app(url, pipeline_factory=lambda: pipeline)) as client:
        client.headers["Authorization"] = f"Bearer {token}"
        yield client


def wait(client: TestClient, status_url: str, timeout: float = 60.0) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = client.get(status_url).json()["job"]
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.1)
    raise AssertionError(f"job not finished in {timeout} s")


def test_text_submission_is_coded_and_stored(jobs_client: TestClient) -> None:
    response = jobs_client.post("/api/articles", params={"date": "2017-10-09"}, content=SHORT.encode(),
                                headers={"Content-Type": "text/plain"})
    assert response.status_code == 202, response.text
    job = wait(jobs_client, response.json()["status_url"])
    assert job["status"] == "done" and job["submitted_by"] == "bob" and job["events"] >= 1
    (article,) = job["articles"]
    detail = jobs_client.get(f"/api/articles/{article['id']}").json()
    assert detail["article"]["title"] == "Iraqi forces clash with Islamic State in Mosul"
    event = jobs_client.get(f"/api/events/{detail['events'][0]['event_id']}").json()["event"]
    assert event["event_type"] == "Battles" and event["location"]["country"] == "Iraq"
    # Submitting the same text again skips it, unless forced.
    again = wait(jobs_client, jobs_client.post("/api/articles", params={"date": "2017-10-09"}, content=SHORT.encode(),
                                               headers={"Content-Type": "text/plain"}).json()["status_url"])
    assert again["articles"][0]["skipped"] is True


def test_jsonl_upload_reports_bad_lines(jobs_client: TestClient) -> None:
    lines = [json.dumps({"id": "a1", "text": SHORT, "date": "2017-10-09"}), "{not json", json.dumps({"id": "a2"})]
    files = {"file": ("batch.jsonl", "\n".join(lines).encode(), "application/octet-stream")}
    job = wait(jobs_client, jobs_client.post("/api/articles", files=files).json()["status_url"])
    assert [a["id"] for a in job["articles"]] == ["a1"]
    assert len(job["errors"]) == 2 and "api:2" in job["errors"][0]


def test_nothing_to_code_is_an_error(jobs_client: TestClient) -> None:
    response = jobs_client.post("/api/articles", content=b"   ", headers={"Content-Type": "text/plain"})
    assert response.status_code == 400 and response.json()["error"]["code"] == "W101"
    response = jobs_client.post("/api/articles", json={"text": 5})
    assert response.status_code == 400 and "'text' must be a string" in response.json()["error"]["message"]
    assert jobs_client.get("/api/jobs/unknown").status_code == 404
