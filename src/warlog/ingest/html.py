"""HTML -> Article via trafilatura, plus a small HTML-fragment-to-text helper for feeds.

trafilatura strips navigation, captions, share tools, comment prompts and footers; we
only add the metadata mapping and turn its silence (``None``) into a clear error.
"""

from __future__ import annotations

import re
from datetime import date

import lxml.etree
import lxml.html
import trafilatura

from ..article import Article, content_id
from ..errors import InputError
from .dates import parse_iso_date
from .decode import normalise_newlines

# Precision mode: on a page whose body is missing (cut off, paywalled) balanced mode
# falls back to the navigation menu and calls it text; precision mode finds nothing,
# which is the truth. It costs the repeated <h1> headline, which ``title`` keeps.
FAVOR_PRECISION = True

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)

# Elements that end a line of text when an HTML fragment is flattened.
_BLOCK_TAGS = tuple(
    "address article aside blockquote br dd div dl dt footer h1 h2 h3 h4 h5 h6 header hr li ol p pre "
    "section table td th tr ul".split()
)
_BREAK = "\ue000"  # a private-use character marks block boundaries while flattening

# Not article prose: code, and photos with their captions and credits.
_DROPPED_TAGS = ("script", "style", "noscript", "figure", "figcaption")


def declared_charset(head: bytes) -> str | None:
    """The encoding a page names in a ``<meta charset>`` near its top, if any."""
    match = _META_CHARSET.search(head[:4096])
    return match.group(1).decode("ascii") if match else None


def article_from_html(html: str, *, origin: str, default_date: date | None = None) -> Article:
    """Extract the article body and metadata; ``InputError`` if there is no body text."""
    # Only the page's own metadata gives the date: a guessed date from the body text
    # (e.g. a photo caption's) would be worse than the --date default.
    date_params = {"original_date": True, "extensive_search": False, "max_date": date.today().isoformat()}
    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            favor_precision=FAVOR_PRECISION,
            date_extraction_params=date_params,
        )
    except (ValueError, TypeError, lxml.etree.LxmlError) as exc:
        raise InputError(f"HTML could not be parsed ({exc})", path=origin) from None
    text = normalise_newlines(doc.text or "").strip() if doc is not None else ""
    if not text:
        raise InputError("no article text found in HTML", path=origin)
    url = doc.url or None
    return Article(
        id=content_id(text, url),
        text=text,
        title=doc.title or None,
        date=_metadata_date(doc.date) or default_date,
        url=url,
        source=doc.sitename or doc.hostname or None,
        origin=origin,
    )


def fragment_to_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed summary): one line per block, spaces collapsed."""
    if not fragment.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, lxml.etree.LxmlError):
        return " ".join(fragment.split())
    for element in list(root.iter(*_DROPPED_TAGS)):
        element.drop_tree()
    # Source newlines are mere spaces in HTML; only block boundaries become line breaks.
    for element in root.iter(*_BLOCK_TAGS):
        element.text = _BREAK + (element.text or "")
        element.tail = _BREAK + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split(_BREAK))
    return "\n".join(line for line in lines if line)


def _metadata_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return parse_iso_date(value)
    except ValueError:
        return None
