"""Bytes -> text: UTF-8 first, then a detected legacy encoding; binary is refused.

News archives are full of Windows-1252 and Latin-1 files (curly quotes as 0x93/0x94),
so a failed UTF-8 decode is not an error: charset-normalizer guesses the encoding.
"""

from __future__ import annotations

import codecs

import charset_normalizer

from ..errors import InputError

# Longest BOMs first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control characters that real text contains; any other C0 control hints at binary.
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")
_MAX_CONTROL_SHARE = 0.02

_PREFERRED_ON_TIE = "cp1252"


def bom_encoding(data: bytes) -> str | None:
    """The encoding announced by a byte-order mark at the start of ``data``, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def looks_binary(sample: bytes) -> bool:
    """True for data that is not text: NUL bytes outside a UTF-16/32 file."""
    return b"\x00" in sample and bom_encoding(sample) in (None, "utf-8-sig")


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF: the only change made to article text besides decoding."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes, *, path: str, declared: str | None = None) -> str:
    """Decode a whole document, with newlines normalised and any BOM removed.

    ``declared`` is an encoding the document names itself (an HTML meta charset); it
    is tried after UTF-8 and before guessing. Raises ``InputError`` for binary data.
    """
    encoding = bom_encoding(data)
    if encoding is not None:
        try:
            return normalise_newlines(data.decode(encoding).removeprefix("\ufeff"))
        except UnicodeDecodeError:
            raise InputError(f"not valid {encoding} despite its byte-order mark", path=path) from None
    if looks_binary(data[:65536]):
        raise InputError("binary file (contains NUL bytes)", path=path)
    text = _decode_unmarked(data, declared)
    if text is None or _mostly_controls(text):
        raise InputError("binary file (not text in any known encoding)", path=path)
    return normalise_newlines(text)


def _decode_unmarked(data: bytes, declared: str | None) -> str | None:
    for encoding in ("utf-8", _web_encoding(declared)):
        if encoding is None:
            continue
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return _guess(data)


def _guess(data: bytes) -> str | None:
    """charset-normalizer's best guess, except that Windows-1252 wins a tie.

    Short Western European texts score the same in cp1250 and cp1252, and picking
    cp1250 turns "près" into "prčs"; cp1252 is by far the commoner in news archives.
    """
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    for match in matches:
        tie = match.chaos <= best.chaos and match.coherence >= best.coherence
        if tie and _PREFERRED_ON_TIE in match.could_be_from_charset:
            return str(match)
    return str(best)


def _web_encoding(declared: str | None) -> str | None:
    """Browsers read pages labelled Latin-1 or ASCII as Windows-1252 (WHATWG), and so do we."""
    if declared is None:
        return None
    try:
        name = codecs.lookup(declared).name
    except LookupError:
        return None
    return "cp1252" if name in ("iso8859-1", "ascii") else name


def _mostly_controls(text: str) -> bool:
    sample = text[:65536]
    controls = sum(1 for ch in sample if (ch < " " and ch not in _TEXT_CONTROLS) or ch == "\x7f")
    return controls > _MAX_CONTROL_SHARE * max(len(sample), 1)
