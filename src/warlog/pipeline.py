"""The one coding pipeline: Article -> parse -> mentions -> events -> merged events.

The CLI (`code`, `ingest`), the web app and the Spark job all build this object, so
they code text identically. Heavy resources (spaCy, gazetteer, actor dictionary) are
injected or loaded once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from . import nlp as nlp_module
from .article import Article
from .events.build import ArticleContext, build_event, home_countries, named_actors
from .events.anaphora import resolve_anaphora
from .events.context import fill_territory_losers
from .events.mentions import find_mentions
from .events.merge import merge_events
from .events.parties import apply_conventions
from .events.retype import retype
from .events.tolls import fill_tolls
from .extract.attribution import document_attributions
from .extract.triggers import load_lexicon
from .classify import EventClassifier
from .classify.plover import plover_for
from .geo import Gazetteer, Geoparser, country_location
from .normalise.actors import ActorDictionary
from .record import Event


class Pipeline:
    """Codes articles into events; build once, reuse for every article."""

    def __init__(
        self,
        nlp: Language | None = None,
        *,
        geoparser: Geoparser | None = None,
        dictionary: ActorDictionary | None = None,
        classifier: EventClassifier | None = None,
        batch_size: int = nlp_module.BATCH_SIZE,
    ) -> None:
        self.nlp = nlp or nlp_module.load()
        self.geoparser = geoparser or Geoparser(Gazetteer.load())
        self.dictionary = dictionary or ActorDictionary.load()
        self.classifier = classifier or EventClassifier.load()
        self.lexicon = load_lexicon(self.nlp)
        self.batch_size = batch_size

    def code(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """Each article with its events, in input order (parsing is batched)."""
        pairs = ((article.text, article) for article in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size):
            yield article, self.code_doc(article, doc)

    def code_article(self, article: Article) -> list[Event]:
        return self.code_doc(article, self.nlp(article.text))

    def code_doc(self, article: Article, doc: Doc) -> list[Event]:
        """Events of one parsed article, one record per happening."""
        year = article.date.year if article.date else None
        actor_countries = home_countries(doc, self.dictionary, year)
        hints = [code for _, code in actor_countries]
        toponyms, country = self.geoparser.parse_article(doc, article.id, country_hints=hints)
        ctx = ArticleContext(
            article=article,
            doc=doc,
            toponyms=toponyms,
            country_fallback=country_location(self.geoparser.gazetteer.country(country) if country else None),
            actor_countries=actor_countries,
            attributions=document_attributions(doc),
            actor_mentions=named_actors(doc, self.dictionary, year),
            names_town=self.geoparser.gazetteer.names_town_in,
        )
        pairs = [
            (mention, event)
            for mention in find_mentions(doc, self.lexicon)
            if (event := build_event(mention, ctx, self.dictionary)) is not None
        ]
        events = resolve_anaphora(retype(pairs, self.classifier, today=article.date), self.dictionary, year)
        fill_territory_losers(events, self.dictionary, year)
        apply_conventions(events, doc, self.dictionary, year)
        fill_tolls(events, doc)
        merged = merge_events(events, doc)
        for event in merged:  # after re-typing and merging: the final sub-type decides
            event.plover = plover_for(event.sub_event_type)
        return merged
