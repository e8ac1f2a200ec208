"""Access and hardening: closed reading, CSP and other headers, body size limit, the page itself."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from warlog.api import create_app
from warlog.api.tokens import create_token
from warlog.store import Store

STATIC = Path(__file__).resolve().parents[2] / "src" / "warlog" / "api" / "static"


def test_closed_reading_needs_a_token(db_url: str, seeded) -> None:
    with TestClient(create_app(db_url, open_read=False)) as client:
        assert client.get("/api/events").status_code == 401
        assert client.get("/").status_code == 200  # the page itself holds no data
        with Store(db_url) as store:
            token = create_token(store, "reader")
        assert client.get("/api/events", headers={"Authorization": f"Bearer {token}"}).status_code == 200


def test_security_headers_everywhere(client: TestClient) -> None:
    for path in ("/", "/api/events", "/static/app.js", "/api/nope"):
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'self'" in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"


def test_page_has_no_inline_script_and_never_renders_markup() -> None:
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "onclick=" not in html and "style=" not in html
    script = (STATIC / "app.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in script


def test_body_size_limit(db_url: str, seeded) -> None:
    with TestClient(create_app(db_url, max_body=2_000)) as client:
        response = client.post("/api/articles", content=b"x" * 5_000, headers={"Content-Type": "text/plain"})
        assert response.status_code == 413 and response.json()["error"]["code"] == "W713"

        def chunks():  # no Content-Length: counted as it streams
            for _ in range(5):
                yield b"y" * 1_000

        with Store(db_url) as store:
            token = create_token(store, "writer")
        headers = {"Content-Type": "text/plain", "Authorization": f"Bearer {token}"}
        response = client.post("/api/articles", content=chunks(), headers=headers)
        assert response.status_code == 413 and response.json()["error"]["code"] == "W713"


def test_openapi_describes_the_api(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/events/{event_id}/review", "/api/stats",
                 "/api/articles", "/api/jobs/{job_id}", "/api/export", "/api/articles/{article_id}"):
        assert path in spec["paths"], path
