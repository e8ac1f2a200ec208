"""The analyst's page in a real (headless) chromium against a live server.

One scenario in steps sharing one browser, as an analyst works: open the page, filter
to Iraq, open an event, read its evidence highlighted in the article, correct its
location with a token, and find the correction in the audit log through the API.
"""

from __future__ import annotations

import httpx
import pytest
from selenium.common.exceptions import (
    ElementClickInterceptedException,
    StaleElementReferenceException,
    TimeoutException,
)
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import Select, WebDriverWait

from .conftest import LiveServer, save_screenshot

WAIT_S = 15


def wait(driver: WebDriver) -> WebDriverWait:
    """Poll until true; the panel redraws after a save, so an element found a moment ago
    can go stale before its text is read (a race CI lost once): poll again then."""
    return WebDriverWait(driver, WAIT_S, ignored_exceptions=(StaleElementReferenceException,))


def click(driver: WebDriver, css: str) -> None:
    """Click once nothing covers the element: a closing panel or a table being redrawn
    can take the click on a loaded machine ("element click intercepted")."""

    refused: list[str] = []

    def attempt(d: WebDriver) -> bool:
        try:
            d.find_element(By.CSS_SELECTOR, css).click()
        except (ElementClickInterceptedException, StaleElementReferenceException) as exc:
            refused[:] = [exc.msg or type(exc).__name__]
            return False
        return True

    try:
        wait(driver).until(attempt)
    except TimeoutException:
        raise AssertionError(f"could not click {css}: {refused}") from None


def status_text(driver: WebDriver) -> str:
    return driver.find_element(By.ID, "status").text


def rows(driver: WebDriver) -> list:
    return driver.find_elements(By.CSS_SELECTOR, "#events tbody tr")


def iraq_event_ids(server: LiveServer) -> list[str]:
    data = httpx.get(f"{server.url}/api/events", params={"country": "Iraq", "limit": 100}).json()
    return [event["event_id"] for event in data["events"]]


@pytest.fixture(scope="module")
def desk(browser: WebDriver, live_server: LiveServer) -> WebDriver:
    """The page loaded, its events listed and its basemap drawn."""
    browser.get(live_server.url + "/")
    wait(browser).until(lambda d: "events match" in status_text(d))
    wait(browser).until(lambda d: d.execute_script("return typeof map !== 'undefined' && !!map.land"))
    return browser


def test_page_lists_the_seed_events_without_errors(desk: WebDriver, live_server: LiveServer) -> None:
    total = httpx.get(f"{live_server.url}/api/stats").json()["total"]
    assert total > 0 and f"{total} event" in status_text(desk)
    assert len(rows(desk)) == min(total, 50)
    assert desk.find_element(By.CSS_SELECTOR, "#timeline rect") is not None
    severe = [e for e in desk.get_log("browser") if e["level"] == "SEVERE"]
    assert severe == [], severe  # includes CSP violations: the page must run under its own policy
    save_screenshot(desk, "desk")


def test_filter_by_country(desk: WebDriver, live_server: LiveServer) -> None:
    expected = iraq_event_ids(live_server)
    assert expected, "the seed article codes events in Iraq"
    country = desk.find_element(By.NAME, "country")
    country.clear()
    country.send_keys("Iraq", Keys.ENTER)
    wait(desk).until(lambda d: "country=Iraq" in d.current_url and "events match" in status_text(d))
    wait(desk).until(lambda d: [tr.get_attribute("data-id") for tr in rows(d)] == expected[:50])
    assert all("Iraq" in tr.text for tr in rows(desk))


def test_open_event_highlights_the_evidence(desk: WebDriver, live_server: LiveServer) -> None:
    first = rows(desk)[0]
    event_id = first.get_attribute("data-id")
    first.click()
    panel = wait(desk).until(ec.visibility_of_element_located((By.ID, "panel")))
    mark = wait(desk).until(lambda d: d.find_element(By.CSS_SELECTOR, "#panel-body .article mark"))
    event = httpx.get(f"{live_server.url}/api/events/{event_id}").json()["event"]
    assert mark.text.strip() == event["evidence"]["text"].strip()
    article = panel.find_element(By.CSS_SELECTOR, ".article").text
    assert event["evidence"]["text"].strip() in article and len(article) > len(mark.text)
    assert "Islamic State" in panel.text and "Audit log" in panel.text
    save_screenshot(desk, "event")


def test_correct_location_with_a_token_and_audit(desk: WebDriver, live_server: LiveServer) -> None:
    event_id = desk.find_element(By.CSS_SELECTOR, "#events tr.selected").get_attribute("data-id")
    before = httpx.get(f"{live_server.url}/api/events/{event_id}").json()["event"]["location"]
    token = desk.find_element(By.ID, "token")
    token.send_keys(live_server.token, Keys.TAB)  # "change" stores it for this tab
    panel = desk.find_element(By.ID, "panel-body")
    search = panel.find_element(By.CSS_SELECTOR, "input[placeholder^='search the gazetteer']")
    search.send_keys("Kirkuk", Keys.ENTER)
    place = httpx.get(f"{live_server.url}/api/places", params={"q": "Kirkuk"}).json()["places"][0]["name"]  # Kirkūk
    choice = wait(desk).until(lambda d: d.find_element(By.CSS_SELECTOR, "#panel-body ul.places li button"))
    assert choice.text.startswith(place)
    choice.click()
    panel.find_element(By.NAME, "reason").send_keys("browser test: the clash was in Kirkuk")
    save_screenshot(desk, "review")
    panel.find_element(By.XPATH, ".//button[text()='Save corrections']").click()
    wait(desk).until(lambda d: "corrected" in d.find_element(By.CSS_SELECTOR, "#panel-body dl").text)
    wait(desk).until(lambda d: "alice correct" in d.find_element(By.CSS_SELECTOR, "#panel-body ul.log").text)

    detail = httpx.get(f"{live_server.url}/api/events/{event_id}").json()
    assert detail["event"]["location"]["name"] == place != before["name"]
    assert detail["review"]["status"] == "corrected" and detail["review"]["reviewed_by"] == "alice"
    (entry,) = [e for e in detail["log"] if e["field"] == "location"]
    assert entry["who"] == "alice" and entry["action"] == "correct"
    assert entry["old"]["name"] == before["name"] and entry["new"]["name"] == place
    assert entry["reason"] == "browser test: the clash was in Kirkuk"
    listed = httpx.get(f"{live_server.url}/api/events", params={"country": "Iraq", "limit": 100}).json()
    assert listed["reviews"][event_id] == "corrected"
    badge = wait(desk).until(lambda d: d.find_element(By.CSS_SELECTOR, f'#events tr[data-id="{event_id}"] .badge'))
    assert badge.text == "corrected"


def cluster_of(server: LiveServer, event_id: str) -> dict:
    return httpx.get(f"{server.url}/api/events/{event_id}").json()["cluster"]


def test_merge_two_happenings_then_split_them_again(desk: WebDriver, live_server: LiveServer) -> None:
    first, second = iraq_event_ids(live_server)[:2]
    assert cluster_of(live_server, first)["cluster_id"] != cluster_of(live_server, second)["cluster_id"]
    for event_id in (first, second):  # open one, then the other: the panel offers the merge
        if desk.find_element(By.ID, "panel").is_displayed():
            desk.find_element(By.ID, "close-panel").click()  # the panel covers the table
            wait(desk).until(lambda d: not d.find_element(By.ID, "panel").is_displayed())
        click(desk, f'#events tr[data-id="{event_id}"]')
        wait(desk).until(lambda d: d.find_element(By.CSS_SELECTOR, f'#events tr.selected[data-id="{event_id}"]'))
        # The row is marked at once, the panel opens when the event arrives: wait for it,
        # or the next row's click meets a panel that opened late over the table.
        wait(desk).until(lambda d: d.find_element(By.ID, "panel").is_displayed())
    wait(desk).until(lambda d: d.find_element(By.ID, "merge"))
    click(desk, "#merge")
    wait(desk).until(lambda d: "2 reports" in d.find_element(By.CSS_SELECTOR, "#panel-body .happening").text)
    joined = cluster_of(live_server, first)
    assert joined["cluster_id"] == cluster_of(live_server, second)["cluster_id"]
    assert {m["event_id"] for m in joined["members"]} == {first, second}

    click(desk, f'#panel-body .members input[value="{first}"]')
    click(desk, "#split")
    wait(desk).until(lambda d: "1 report " in d.find_element(By.CSS_SELECTOR, "#panel-body .happening").text + " ")
    assert cluster_of(live_server, first)["cluster_id"] != cluster_of(live_server, second)["cluster_id"]
    actions = [e["action"] for e in httpx.get(f"{live_server.url}/api/events/{first}/log").json()["log"]]
    assert "split" in actions and "merge" in actions


def test_writes_need_a_token(live_server: LiveServer) -> None:
    event_id = iraq_event_ids(live_server)[0]
    response = httpx.post(f"{live_server.url}/api/events/{event_id}/review", json={"action": "confirm"})
    assert response.status_code == 401
