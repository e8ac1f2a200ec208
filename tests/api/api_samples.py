"""Hand-built events for the API tests (a module of its own: every test folder has a
conftest.py, so ``from conftest import`` would pick whichever was imported first)."""

from __future__ import annotations

from warlog.article import Article
from warlog.record import Actor, Event, EventDate, Evidence, Location, Mention, make_event_id
from warlog.store import Store

HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)>"

# (day or None, sub-type, actor1, country, code, lat, lon)
ROWS = [
    ("2017-10-01", "Armed clash", "Military Forces of Iraq", "Iraq", "IQ", 35.5, 44.4),
    ("2017-10-03", "Air/drone strike", "Military Forces of Iraq", "Iraq", "IQ", 36.3, 43.1),
    ("2017-10-03", "Peaceful protest", "Protesters (Iraq)", "Iraq", "IQ", 33.3, 44.4),
    ("2017-10-05", "Armed clash", "SDF: Syrian Democratic Forces", "Syria", "SY", 35.95, 39.0),
    ("2017-10-09", "Attack", "Islamic State (Syria)", "Syria", "SY", 36.2, 37.1),
    ("2017-10-12", "Suicide bomb", "Al Shabaab", "Somalia", "SO", 2.03, 45.3),
    ("2017-10-12", "Arrests", "Police Forces of Somalia", "Somalia", "SO", 2.04, 45.34),
    ("2017-11-02", "Armed clash", "Taliban", "Afghanistan", "AF", 34.5, 69.2),
    (None, "Looting/property destruction", "Unidentified Armed Group (Iraq)", "Iraq", "IQ", None, None),
    (None, "Armed clash", "Taliban", "Afghanistan", "AF", 31.6, 65.7),
]


def build(article_id: str, text: str, rows: list[tuple]) -> list[Event]:
    """One event per row, each evidence a line of ``text``."""
    events = []
    lines = text.split("\n")
    offset = 0
    for k, (day, sub, actor, country, code, lat, lon) in enumerate(rows):
        line = lines[k]
        start = text.index(line, offset)
        offset = start + len(line)
        from warlog.taxonomy import SUB_EVENT_TYPES

        evidence = Evidence(text=line, start=start, end=start + len(line))
        events.append(
            Event(
                event_id=make_event_id(article_id, start, sub),
                article_id=article_id,
                event_type=SUB_EVENT_TYPES[sub],
                sub_event_type=sub,
                actor1=Actor(name=actor, text=actor, type="State forces" if "Forces" in actor else "Rebel group"),
                location=Location(name=f"Place {k}", country=country, country_code=code, latitude=lat, longitude=lon,
                                  precision=1 if lat is not None else None),
                date=EventDate(start=day, end=day, precision=1 if day else None),
                fatalities=k,
                modality="reported",
                evidence=evidence,
                confidence=0.8,
                sources=["Test Wire"],
                mentions=[Mention(article_id=article_id, evidence=evidence, source="Test Wire")],
            )
        )
    return events


def article_text(n: int) -> str:
    lines = [f"Line {k}: fighters and troops met near place {k} in a test sentence." for k in range(n)]
    lines[0] = lines[0] + " " + HOSTILE
    return "\n".join(lines)


def seed_store(url: str) -> tuple[Article, list[Event]]:
    article = Article(id="test-article", text=article_text(len(ROWS)), title="Test article", source="Test Wire")
    events = build(article.id, article.text, ROWS)
    with Store(url) as store:
        store.save(article, events)
    return article, events
