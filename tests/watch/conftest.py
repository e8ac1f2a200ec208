"""A loopback HTTP server serving the feed and page fixtures, with conditional GETs.

The server records every request (path and conditional headers) and can be told to
fail a path with 500s or to ignore validators, so tests can check what the watcher
sent and how it reacted. It binds 127.0.0.1 only.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

FIXTURES = Path(__file__).with_name("fixtures")
ETAG = '"feed-v1"'
LAST_MODIFIED = "Wed, 11 Oct 2017 10:00:00 GMT"


@dataclass
class Site:
    base: str = ""
    requests: list[tuple[str, str | None, str | None]] = field(default_factory=list)  # path, If-None-Match, If-Modified-Since
    failing: dict[str, int] = field(default_factory=dict)  # path -> how many more 500s
    honour_validators: bool = True
    etag: str = ETAG
    last_modified: str = LAST_MODIFIED

    def hits(self, path: str) -> list[tuple[str, str | None, str | None]]:
        return [request for request in self.requests if request[0] == path]


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            site.requests.append((self.path, self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")))
            if site.failing.get(self.path, 0) > 0:
                site.failing[self.path] -= 1
                self._send(500, b"server error", "text/plain")
                return
            file = FIXTURES / self.path.lstrip("/")
            if not file.is_file():
                self._send(404, b"not found", "text/plain")
                return
            if self.path.endswith(".xml"):
                if site.honour_validators and self.headers.get("If-None-Match") == ETAG:
                    self._send(304, b"", None)
                    return
                body = file.read_text(encoding="utf-8").replace("{base}", site.base).encode("utf-8")
                self._send(200, body, "application/rss+xml", validators=True)
                return
            self._send(200, file.read_bytes(), "text/html; charset=utf-8")

        def _send(self, status: int, body: bytes, content_type: str | None, validators: bool = False) -> None:
            self.send_response(status)
            if content_type:
                self.send_header("Content-Type", content_type)
            if validators or status == 304:
                self.send_header("ETag", ETAG)
                self.send_header("Last-Modified", LAST_MODIFIED)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body:
                self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            """Quiet: the test asserts on ``site.requests`` instead."""

    return Handler


@pytest.fixture()
def site() -> Iterator[Site]:
    state = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def pipeline():
    from warlog.parallel import process_pipeline

    return process_pipeline()
