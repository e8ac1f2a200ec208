"""Hand-built, realistic events over real article text, shared by the store and export tests.

The seed article (``tests/fixtures/isis-surrender-2017.txt``, dated 2017-10-11)
gives the Hawija surrender, the Raqqa siege and an undated Peshmerga shooting;
a short wire report gives a later clash in Raqqa from a second outlet.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from warlog.article import Article
from warlog.record import (
    Actor,
    Attribution,
    Event,
    EventDate,
    Evidence,
    Location,
    Mention,
    Quantity,
    make_event_id,
)

SEED_PATH = Path(__file__).resolve().parents[1] / "fixtures" / "isis-surrender-2017.txt"

# (first words, last words) of each evidence sentence in the seed article.
HAWIJA_SENTENCE = ("Last week, more than one thousand ISIS militants", "(town of Hawija).")
RAQQA_SENTENCE = ("“Up to 400 militants are believed", "indicated the coalition spokesman.")
SHOOTING_SENTENCE = ("Some ISIS jihadists tried to pose", "after they opened fire first.")

WIRE_TEXT = (
    "RAQQA, Syria (AP) — Fighters of the U.S.-backed Syrian Democratic Forces clashed with "
    "Islamic State militants near the National Hospital in Raqqa on Thursday, killing 12 "
    "\"foreign fighters\", a war monitor said; the SDF denied losses [sic].\n"
)
WIRE_SENTENCE = WIRE_TEXT.strip()


def seed_article() -> Article:
    return Article(
        id="seed-2017",
        text=SEED_PATH.read_text(encoding="utf-8"),
        title="Islamic State Jihadists Surrender in Iraq as Others in Syria Vow to Fight ‘Till the End’",
        date=date(2017, 10, 11),
        url="https://www.breitbart.com/national-security/2017/10/11/isis-surrender-iraq-syria/",
        source="Breitbart",
        origin=str(SEED_PATH),
    )


def wire_article() -> Article:
    return Article(id="ap-raqqa-2017-10-12", text=WIRE_TEXT, date=date(2017, 10, 12), source="AP", origin="-")


def _evidence(article: Article, bounds: tuple[str, str]) -> Evidence:
    """The span from ``bounds[0]`` through ``bounds[1]``, with exact offsets."""
    first, last = bounds
    start = article.text.index(first)
    end = article.text.index(last, start) + len(last)
    return Evidence(text=article.text[start:end], start=start, end=end)


def hawija_surrender(article: Article) -> Event:
    evidence = _evidence(article, HAWIJA_SENTENCE)
    return Event(
        event_id=make_event_id(article.id, evidence.start, "Non-violent transfer of territory"),
        article_id=article.id,
        event_type="Strategic developments",
        sub_event_type="Non-violent transfer of territory",
        actor1=Actor(name="Islamic State (Iraq)", text="ISIS militants", type="Rebel group"),
        actor2=Actor(
            name="Military Forces of Iraq (2014-) Peshmerga",
            text="Iraqi Kurdistan’s Peshmerga troops",
            type="State forces",
        ),
        location=Location(
            name="Hawija", text="Hawija", latitude=35.3256, longitude=43.7706, admin1="Kirkuk",
            admin2="Hawija", country="Iraq", country_code="IQ", geonameid=98854, precision=1,
        ),
        date=EventDate(start="2017-10-02", end="2017-10-08", precision=2, text="Last week"),
        quantities=[Quantity(text="more than one thousand", min=1000, what="surrendered militants")],
        modality="asserted",
        evidence=evidence,
        confidence=0.82,
        sources=["Breitbart", "Rudaw"],
        mentions=[Mention(article_id=article.id, evidence=evidence, source="Breitbart")],
    )


def raqqa_siege(article: Article) -> Event:
    evidence = _evidence(article, RAQQA_SENTENCE)
    return Event(
        event_id=make_event_id(article.id, evidence.start, "Armed clash"),
        article_id=article.id,
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1=Actor(
            name="QSD: Syrian Democratic Forces", text="the Syrian Democratic Forces (SDF)", type="Rebel group"
        ),
        actor2=Actor(name="Islamic State (Syria)", text="militants", type="Rebel group"),
        assoc_actor_1=[
            Actor(name="YPG: People's Protection Units", text="Kurdish", type="Identity militia"),
            Actor(name="Arab Ethnic Militia (Syria)", text="Arab militias"),
        ],
        location=Location(
            name="Ar Raqqah", text="Raqqa", latitude=35.9594, longitude=38.9981, admin1="Ar-Raqqa",
            country="Syria", country_code="sy", geonameid=172955, precision=1,
        ),
        date=EventDate(start="2017-10-11", end=None, precision=1, text=None),
        quantities=[Quantity(text="Up to 400 militants", max=400, unit="people", what="militants")],
        modality="reported",
        attribution=[Attribution(name="Col. Ryan Dillon", role="coalition spokesman", via="Reuters")],
        evidence=evidence,
        confidence=0.64,
        sources=[],
        mentions=[
            Mention(article_id=article.id, evidence=evidence, source="Breitbart", modality="reported"),
            Mention(article_id=article.id, evidence=evidence, source=None, modality="reported"),
        ],
    )


def peshmerga_shooting(article: Article) -> Event:
    """No date, no coordinates: the record still stores and exports, the map skips it."""
    evidence = _evidence(article, SHOOTING_SENTENCE)
    return Event(
        event_id=make_event_id(article.id, evidence.start, "Armed clash"),
        article_id=article.id,
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1=Actor(name="Military Forces of Iraq (2014-) Peshmerga", text="Peshmerga troops", type="State forces"),
        actor2=None,
        evidence=evidence,
        confidence=0.41,
        modality="reported",
    )


def wire_clash(article: Article) -> Event:
    evidence = Evidence(text=WIRE_SENTENCE, start=0, end=len(WIRE_SENTENCE))
    return Event(
        event_id=make_event_id(article.id, 0, "Armed clash"),
        article_id=article.id,
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1=Actor(name="QSD: Syrian Democratic Forces", text="Syrian Democratic Forces", type="Rebel group"),
        actor2=Actor(name="Islamic State (Syria)", text="Islamic State militants", type="Rebel group"),
        location=Location(
            name="Ar Raqqah", text="Raqqa", latitude=35.9594, longitude=38.9981, admin1="Ar-Raqqa",
            country="Syria", country_code="SY", precision=2,
        ),
        date=EventDate(start="2017-10-12", precision=1, text="Thursday"),
        fatalities=12,
        modality="asserted",
        evidence=evidence,
        confidence=0.9,
        sources=["AP"],
        mentions=[Mention(article_id=article.id, evidence=evidence, source="AP")],
    )


def seed_events(article: Article) -> list[Event]:
    return [hawija_surrender(article), raqqa_siege(article), peshmerga_shooting(article)]
