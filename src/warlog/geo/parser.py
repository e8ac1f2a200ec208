"""The geoparser: place names in a parsed article, each resolved to a GeoNames place."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from pydantic import BaseModel
from spacy.tokens import Doc

from .chains import containers
from .gazetteer import Gazetteer
from .neighbours import neighbours
from .sources import acled_country_name
from .place import Place
from .recognise import Mention, Recogniser, Recognition
from .resolve import Resolver

# The `warlog places` JSON contract: these keys, in this order.
CONTRACT_KEYS: tuple[str, ...] = (
    "article_id", "text", "start", "end", "name", "latitude", "longitude",
    "country_code", "admin1", "geonameid", "feature_code", "score",
)


class Toponym(BaseModel):
    """A place name in an article; ``doc.text[start:end] == text``. Unresolved: null coordinates."""

    article_id: str = ""
    text: str
    start: int
    end: int
    name: str
    latitude: float | None = None
    longitude: float | None = None
    country_code: str | None = None
    admin1: str | None = None
    geonameid: int | None = None
    feature_code: str | None = None
    score: float = 0.0
    admin2: str | None = None
    country: str | None = None
    population: int | None = None
    token_start: int = 0  # token offsets, for linking to the parse (event_location)
    token_end: int = 0
    dateline: bool = False  # named by the story's dateline ("rajkot:")

    @property
    def resolved(self) -> bool:
        return self.latitude is not None

    def contract(self) -> dict:
        """The public JSON object (exactly ``CONTRACT_KEYS``)."""
        data = self.model_dump()
        return {key: data[key] for key in CONTRACT_KEYS}


class Geoparser:
    """Recognise and resolve toponyms; takes its gazetteer, loads nothing itself."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.recogniser = Recogniser(gazetteer)
        self.resolver = Resolver(gazetteer)

    def parse(
        self,
        doc: Doc,
        article_id: str = "",
        outlet_country: str | None = None,
        *,
        demonyms: bool = False,
        country_hints: Sequence[str] = (),
    ) -> list[Toponym]:
        """Every toponym in the document, in text order; one failure never blanks the rest.

        Demonyms ("Syrian") are not places and are left out unless ``demonyms`` is set
        (for scoring against gold sets such as TR-News that annotate them as countries).
        ``country_hints`` are countries the article points to by other means (its actors:
        "Al Shabaab", "Somali police"); they weigh like a demonym.
        """
        toponyms, recognition = self._parse(doc, article_id, outlet_country, country_hints)
        if demonyms:
            for mention, code in recognition.demonyms:
                toponyms.append(self._toponym(article_id, mention, self.gazetteer.country(code), 1.0))
            toponyms.sort(key=lambda t: t.start)
        return toponyms

    def parse_article(
        self, doc: Doc, article_id: str = "", country_hints: Sequence[str] = ()
    ) -> tuple[list[Toponym], str | None]:
        """Toponyms and the country the article is mostly about: its places, its
        demonyms ("Chadian soldiers") and its actors' homes, in that order of weight."""
        toponyms, recognition = self._parse(doc, article_id, None, country_hints)
        return toponyms, dominant_country(toponyms, [*recognition.country_hints, *country_hints])

    def _parse(
        self, doc: Doc, article_id: str, outlet_country: str | None, country_hints: Sequence[str]
    ) -> tuple[list[Toponym], Recognition]:
        recognition = self.recogniser(doc)
        hints = [*recognition.country_hints, *country_hints]
        links = containers(doc.text, recognition.mentions)
        resolutions = self.resolver.resolve(
            recognition.mentions, hints, outlet_country, links, borders=neighbours(country_hints)
        )
        toponyms = [
            self._toponym(article_id, mention, resolution.place, resolution.score)
            for mention, resolution in zip(recognition.mentions, resolutions)
        ]
        return toponyms, recognition

    def _toponym(self, article_id: str, mention: Mention, place: Place | None, score: float) -> Toponym:
        base = dict(
            article_id=article_id, text=mention.text, start=mention.start, end=mention.end,
            token_start=mention.tokens[0], token_end=mention.tokens[1], dateline=mention.dateline,
        )
        if place is None:
            return Toponym(name=mention.text, score=0.0, **base)
        country = self.gazetteer.country(place.country_code) if place.country_code else None
        return Toponym(
            name=place.name,
            latitude=place.latitude,
            longitude=place.longitude,
            country_code=place.country_code,
            admin1=place.admin1,
            admin2=place.admin2,
            geonameid=place.geonameid,
            feature_code=place.feature_code,
            population=place.population,
            country=acled_country_name(place.country_code, country.name if country else None),
            score=score,
            **base,
        )


def dominant_country(toponyms: list[Toponym], hints: Sequence[str]) -> str | None:
    """The country an article is mostly about: its resolved places and its actors' homes."""
    counts = Counter(t.country_code for t in toponyms if t.resolved and t.country_code)
    counts.update(hints)
    return counts.most_common(1)[0][0] if counts else None
