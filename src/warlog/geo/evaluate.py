"""End-to-end geoparsing scores on TR-News / GeoVirus style gold files.

A gold toponym counts as correct when a predicted toponym overlaps its character
span and lies within 161 km (100 miles) of the gold coordinates; recall is the
share overlapped by any prediction. Run ``python -m warlog.geo.evaluate PATH...``.

Discipline: decisions (rules, weights, data sources) are made only from the TR-News
even half (``--half even``), the one whose errors are read. The TR-News odd half and
GeoVirus are held out: report their figures on every run, never tune on them, and
never read their errors. No gold file may feed the gazetteer.
"""

from __future__ import annotations

import argparse
import statistics
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from ..errors import DataError
from .parser import Geoparser, Toponym
from .place import distance_km

ACCURACY_KM = 161.0


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    name: str
    latitude: float
    longitude: float


@dataclass
class GoldArticle:
    article_id: str
    text: str
    toponyms: list[GoldToponym]


@dataclass
class Scores:
    gold: int = 0
    recognised: int = 0
    correct: int = 0
    predicted: int = 0
    predicted_matching: int = 0
    errors_km: list[float] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        """Share of all gold toponyms found and placed within 161 km."""
        return self.correct / self.gold if self.gold else 0.0

    @property
    def recall(self) -> float:
        return self.recognised / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.predicted_matching / self.predicted if self.predicted else 0.0

    @property
    def median_error_km(self) -> float | None:
        return statistics.median(self.errors_km) if self.errors_km else None

    def summary(self) -> dict[str, float | int | None]:
        median = self.median_error_km
        return {
            "gold": self.gold,
            "accuracy_161km": round(self.accuracy, 4),
            "recognised": round(self.recall, 4),
            "precision": round(self.precision, 4),
            "median_error_km": round(median, 1) if median is not None else None,
        }


def _float(element: ET.Element | None) -> float | None:
    if element is None or element.text is None or not element.text.strip():
        return None
    return float(element.text)


def _anchor(text: str, name: str, start: int, slack: int = 3) -> int:
    """The files' offsets are sometimes off (GeoVirus by one): re-anchor on the nearest copy of the name."""
    if not name or text[start : start + len(name)] == name:
        return start
    for delta in sorted(range(-slack, slack + 1), key=abs):
        if text[start + delta : start + delta + len(name)] == name:
            return start + delta
    found = [k for k in range(len(text)) if text.startswith(name, k)]
    return min(found, key=lambda k: abs(k - start)) if found else start


def read_gold(path: Path) -> list[GoldArticle]:
    """Articles of a TR-News (``toponym/gaztag``) or GeoVirus (``location``) file."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise DataError(f"cannot read gold file: {exc}", path=str(path)) from exc
    articles: list[GoldArticle] = []
    for n, article in enumerate(root.iter("article")):
        text = article.findtext("text") or ""
        gold: list[GoldToponym] = []
        for node in [*article.iter("toponym"), *article.iter("location")]:
            lat = _float(node.find(".//lat"))
            lon = _float(node.find(".//lon"))
            start, end = node.findtext("start"), node.findtext("end")
            if lat is None or lon is None or start is None or end is None:
                continue  # a gold name with no coordinates cannot be scored
            name = node.findtext("phrase") or node.findtext("name") or ""
            begin = _anchor(text, name, int(start))
            gold.append(GoldToponym(begin, begin + (len(name) if name else int(end) - int(start)), name, lat, lon))
        articles.append(GoldArticle(article.get("docid") or f"{path.stem}-{n}", text, gold))
    return articles


def score_article(gold: GoldArticle, predicted: list[Toponym], scores: Scores) -> None:
    """Add one article's outcome to ``scores``."""
    scores.gold += len(gold.toponyms)
    scores.predicted += len(predicted)
    scores.predicted_matching += sum(
        any(p.start < g.end and g.start < p.end for g in gold.toponyms) for p in predicted
    )
    for g in gold.toponyms:
        overlapping = [p for p in predicted if p.start < g.end and g.start < p.end]
        if not overlapping:
            continue
        scores.recognised += 1
        placed = [p for p in overlapping if p.latitude is not None and p.longitude is not None]
        if not placed:
            continue
        error = min(distance_km(g.latitude, g.longitude, p.latitude, p.longitude) for p in placed)  # type: ignore[arg-type]
        scores.errors_km.append(error)
        if error <= ACCURACY_KM:
            scores.correct += 1


def evaluate(
    articles: Iterable[GoldArticle], nlp: Language, geoparser: Geoparser, *, demonyms: bool = False
) -> Scores:
    """Parse each article's text and score the toponyms against its gold.

    ``demonyms`` counts "Syrian" as a mention of Syria, as TR-News annotates it.
    """
    from ..nlp import pipe

    articles = list(articles)
    scores = Scores()
    for article, doc in zip(articles, pipe(nlp, (a.text for a in articles))):
        score_article(article, geoparser.parse(doc, article.article_id, demonyms=demonyms), scores)
    return scores


def main(argv: list[str] | None = None) -> None:
    from .. import nlp as nlp_module
    from .gazetteer import Gazetteer

    parser = argparse.ArgumentParser(prog="python -m warlog.geo.evaluate", description=__doc__)
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="first N articles of each file")
    parser.add_argument("--half", choices=["even", "odd"], default=None, help="even = development half (tune on it); odd = held out (report only)")
    parser.add_argument("--demonyms", action="store_true", help="count demonyms as country mentions")
    args = parser.parse_args(argv)
    nlp = nlp_module.load()
    geoparser = Geoparser(Gazetteer.load())
    for path in args.paths:
        articles = read_gold(path)[: args.limit]
        if args.half:
            articles = articles[(0 if args.half == "even" else 1) :: 2]
        print(path.name, evaluate(articles, nlp, geoparser, demonyms=args.demonyms).summary())


if __name__ == "__main__":
    main()
