"""Full-text search over evidence and article titles, one SQL construct for every back end.

``EventFilter`` stays a pure value: it emits a ``FullTextMatch`` and the dialect
decides, at compile time, how to search:

* SQLite with FTS5 -> ``event_search MATCH ?`` (Porter stemming, diacritics folded);
* PostgreSQL -> ``events.search @@ websearch_to_tsquery('english', ?)`` (GIN index);
* anything else, or a database without the index -> a case-insensitive substring
  test per term on the evidence and the title (slow on big stores, never wrong).

User text never reaches FTS syntax: it is split into words and "quoted phrases",
each term is re-quoted for the back end, and the result is one bound parameter.
All terms must match (AND), in the evidence or in the article's title.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Boolean, Column, ColumnElement, Integer, MetaData, String, Table, and_, bindparam, func, or_, select
from sqlalchemy import column as sql_column
from sqlalchemy import literal_column
from sqlalchemy import table as sql_table
from sqlalchemy.engine import Dialect, Engine
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.visitors import InternalTraversal

from .models import ArticleRow, EventRow

# Not on Base: these exist only where revision 0002 could build them, and ORM code never writes them.
_SEARCH_META = MetaData()
SEARCH_IDS = Table(
    "event_search_ids", _SEARCH_META, Column("docid", Integer, primary_key=True), Column("event_id", String)
)
SEARCH_FTS = sql_table("event_search", sql_column("rowid", Integer))
PG_VECTOR = sql_table("events", sql_column("search"))

_FLAG = "warlog_fulltext"  # attribute set on an engine's dialect once Store knows the index exists
_TERM = re.compile(r'"([^"]*)"|(\S+)')
_WORDY = re.compile(r"\w")


def enable(engine: Engine, available: bool) -> None:
    """Record whether ``engine``'s database has the full-text index (``Store`` calls this on open)."""
    setattr(engine.dialect, _FLAG, available)


def enabled(dialect: Dialect) -> bool:
    return bool(getattr(dialect, _FLAG, False))


def search_terms(text: str) -> tuple[str, ...]:
    """Words and "quoted phrases" of ``text``; terms without a letter or digit are dropped."""
    terms = []
    for phrase, word in _TERM.findall(text):
        term = " ".join((phrase or word).split())
        if _WORDY.search(term):
            terms.append(term)
    return tuple(terms)


def fts5_query(terms: tuple[str, ...]) -> str:
    """An FTS5 expression: each term a quoted string (a phrase), implicitly ANDed."""
    return " ".join('"' + term.replace('"', '""') + '"' for term in terms)


def websearch_query(terms: tuple[str, ...]) -> str:
    """``websearch_to_tsquery`` input: each term quoted, so "or" and "-" stay plain words."""
    return " ".join('"' + term.replace('"', " ") + '"' for term in terms)


def substring_match(term: str) -> ColumnElement[bool]:
    """``term`` inside the evidence or the article title, case-insensitively, wildcards literal."""
    titled = select(ArticleRow.id).where(ArticleRow.title.icontains(term, autoescape=True))
    return or_(EventRow.evidence.icontains(term, autoescape=True), EventRow.article_id.in_(titled))


class FullTextMatch(ColumnElement[bool]):
    """True for events whose evidence and article title together contain every term."""

    inherit_cache = True
    type = Boolean()
    _traverse_internals = [
        ("fts5", InternalTraversal.dp_clauseelement),
        ("websearch", InternalTraversal.dp_clauseelement),
        ("fallback", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, terms: tuple[str, ...]) -> None:
        if not terms:
            raise ValueError("a full-text match needs at least one term (see search_terms)")
        self.terms = terms
        self.fts5 = bindparam("fts_query", fts5_query(terms), type_=String, unique=True)
        self.websearch = bindparam("fts_query", websearch_query(terms), type_=String, unique=True)
        self.fallback = and_(*(substring_match(term) for term in terms))


@compiles(FullTextMatch)
def _compile_fallback(element: FullTextMatch, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.fallback, **kw)


@compiles(FullTextMatch, "sqlite")
def _compile_sqlite(element: FullTextMatch, compiler: SQLCompiler, **kw: Any) -> str:
    if not enabled(compiler.dialect):
        return compiler.process(element.fallback, **kw)
    hits = (
        select(SEARCH_IDS.c.event_id)
        .join(SEARCH_FTS, SEARCH_FTS.c.rowid == SEARCH_IDS.c.docid)
        .where(literal_column("event_search").op("MATCH")(element.fts5))
    )
    return compiler.process(EventRow.event_id.in_(hits), **kw)


@compiles(FullTextMatch, "postgresql")
def _compile_postgresql(element: FullTextMatch, compiler: SQLCompiler, **kw: Any) -> str:
    if not enabled(compiler.dialect):
        return compiler.process(element.fallback, **kw)
    tsquery = func.websearch_to_tsquery(literal_column("'english'::regconfig"), element.websearch)
    return compiler.process(PG_VECTOR.c.search.op("@@")(tsquery), **kw)
