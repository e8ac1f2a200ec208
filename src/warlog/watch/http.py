"""HTTP GET with conditional headers, timeouts and a size cap (standard library only).

A feed poller that downloads the whole feed every ten minutes wastes the
publisher's bandwidth and gets blocked; ETag/Last-Modified turn an unchanged feed
into a bodiless 304.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message

from .. import __version__
from ..errors import WarlogError

USER_AGENT = f"warlog/{__version__} (feed watcher)"
TIMEOUT_S = 20.0


class FetchError(WarlogError):
    """A page or feed could not be fetched (network, timeout, HTTP error, too large)."""

    code = "W801"

    def __init__(self, message: str, *, url: str, status: int | None = None) -> None:
        super().__init__(message, path=url)
        self.status = status


@dataclass(frozen=True, slots=True)
class Response:
    status: int  # 200 or 304
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def _validators(headers: Message) -> tuple[str | None, str | None]:
    return headers.get("ETag"), headers.get("Last-Modified")


def fetch(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    limit: int,
    timeout: float = TIMEOUT_S,
) -> Response:
    """GET ``url``; a 304 answer to the conditional headers is a ``Response``, not an error."""
    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:  # noqa: S310 (http(s) checked by caller)
            body = answer.read(limit + 1)
            found_etag, found_modified = _validators(answer.headers)
            content_type = answer.headers.get_content_type()
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            found_etag, found_modified = _validators(exc.headers)
            return Response(304, etag=found_etag or etag, last_modified=found_modified or last_modified)
        raise FetchError(f"HTTP {exc.code} {exc.reason}", url=url, status=exc.code) from None
    except urllib.error.URLError as exc:
        raise FetchError(f"cannot connect: {exc.reason}", url=url) from None
    except (TimeoutError, OSError) as exc:
        raise FetchError(f"network error: {exc}", url=url) from None
    if len(body) > limit:
        raise FetchError(f"larger than {limit} bytes", url=url)
    return Response(200, body, found_etag, found_modified, content_type)
