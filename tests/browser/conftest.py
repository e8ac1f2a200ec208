"""A live warlog server on loopback and a headless Debian chromium driving its page.

The server is the real app (``create_app``) under uvicorn in a background thread, on
a temporary SQLite store holding the seed article coded by the real ``Pipeline``;
the browser is the system chromium through the system chromedriver, so nothing is
ever downloaded (Selenium Manager is never asked: both paths are given explicitly).
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import httpx
import pytest

from warlog.api import create_app
from warlog.api.tokens import create_token
from warlog.ingest import article_from_text
from warlog.store import Store
from warlog.store.clusters import save_and_cluster

CHROMIUM = os.environ.get("WARLOG_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("WARLOG_CHROMEDRIVER", "/usr/bin/chromedriver")
SEED_DATE = date(2017, 10, 11)
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
CHROMIUM_FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--window-size=1400,900", "--hide-scrollbars",
)


@dataclass(frozen=True, slots=True)
class LiveServer:
    url: str
    store_url: str
    token: str  # a write token named "alice"


def _missing_browser() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not (os.path.isfile(path) and os.access(path, os.X_OK)) and shutil.which(path) is None:
            return f"{path} not found: install Debian's {package} (.ci/run does) to run the browser tests"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (requirements/dev.txt)"
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _ingest_seed(store_url: str, fixtures_dir: Path) -> int:
    """Code the seed article with the real pipeline and store it; returns the event count."""
    from warlog.pipeline import Pipeline

    text = (fixtures_dir / "isis-surrender-2017.txt").read_text(encoding="utf-8")
    article = article_from_text(text, origin="isis-surrender-2017.txt", default_date=SEED_DATE)
    events = Pipeline().code_article(article)
    with Store(store_url) as store:
        save_and_cluster(store, article, events)  # as `warlog ingest` stores: with clusters
    return len(events)


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory, fixtures_dir: Path) -> Iterator[LiveServer]:
    """uvicorn in a thread on 127.0.0.1:<free port>; stopped (should_exit) at the end."""
    reason = _missing_browser()
    if reason:
        pytest.skip(reason)
    import uvicorn

    store_url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'desk.db'}"
    assert _ingest_seed(store_url, fixtures_dir) > 0, "the seed article gave no events"
    with Store(store_url) as store:
        token = create_token(store, "alice")
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store_url), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    httpx.get(base + "/api/meta", timeout=5).raise_for_status()
    yield LiveServer(base, store_url, token)
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="session")
def browser(live_server: LiveServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """One headless chromium for the session (starting one costs about a second)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(20)
    try:
        yield driver
    finally:
        driver.quit()


def save_screenshot(driver: object, name: str) -> None:
    """Refresh docs/screenshots/NAME.png when WARLOG_SCREENSHOTS=1 (the README shows them).

    Off by default so a test run never dirties the checkout with new binary files.
    """
    if os.environ.get("WARLOG_SCREENSHOTS") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        png = driver.get_screenshot_as_png()  # type: ignore[attr-defined]
        _save_small(png, SCREENSHOTS / f"{name}.png")


def _save_small(png: bytes, path: Path) -> None:
    """A 256-colour PNG (a third of the size, still sharp for flat UI colours)."""
    import io

    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    image.save(path, optimize=True)
