"""BERT's uncased WordPiece tokeniser in plain Python, from a ``vocab.txt``.

Why not the ``tokenizers`` package: the sentence encoder must run with what
warlog already installs (numpy, scipy); the uncased BERT scheme is small
enough to restate: clean, lower-case, strip accents, split off punctuation and
CJK characters, then greedy longest-match word pieces ("##" continues a word).
It matches ``tokenizers``' BertWordPiece output on the sentences in the tests.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

from ..errors import ModelError

MAX_WORD_CHARS = 100  # longer "words" become [UNK], as in BERT


def _is_punctuation(char: str) -> bool:
    cp = ord(char)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(char).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF or 0x2A700 <= cp <= 0x2B73F
            or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


def _clean(text: str) -> str:
    """Drop control characters, turn every kind of whitespace into a space, pad CJK characters."""
    out = []
    for char in text:
        cp = ord(char)
        if cp == 0 or cp == 0xFFFD:
            continue
        category = unicodedata.category(char)
        if char in "\t\n\r" or category == "Zs":
            out.append(" ")
        elif category in ("Cc", "Cf"):
            continue
        elif _is_cjk(cp):
            out.append(f" {char} ")
        else:
            out.append(char)
    return "".join(out)


def basic_words(text: str) -> list[str]:
    """Lower-cased, accent-free words with each punctuation mark its own word."""
    words: list[str] = []
    for token in _clean(text).lower().split():
        token = "".join(c for c in unicodedata.normalize("NFD", token) if unicodedata.category(c) != "Mn")
        current = ""
        for char in token:
            if _is_punctuation(char):
                if current:
                    words.append(current)
                words.append(char)
                current = ""
            else:
                current += char
        if current:
            words.append(current)
    return words


class WordPiece:
    """Text -> token ids of an uncased BERT vocabulary, with [CLS] ... [SEP]."""

    def __init__(self, vocabulary: list[str]) -> None:
        self.index = {piece: i for i, piece in enumerate(vocabulary)}
        try:
            self.unk, self.cls, self.sep = (self.index[t] for t in ("[UNK]", "[CLS]", "[SEP]"))
        except KeyError as exc:
            raise ModelError(f"word-piece vocabulary lacks the special token {exc}") from exc
        self._pieces = lru_cache(maxsize=200_000)(self._word_pieces)

    @classmethod
    def read(cls, path: Path) -> "WordPiece":
        try:
            return cls(path.read_text(encoding="utf-8").splitlines())
        except OSError as exc:
            raise ModelError(f"cannot read word-piece vocabulary {path}: {exc}") from exc

    def _word_pieces(self, word: str) -> tuple[int, ...]:
        if len(word) > MAX_WORD_CHARS:
            return (self.unk,)
        pieces, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.index:
                    pieces.append(self.index[piece])
                    break
                end -= 1
            else:
                return (self.unk,)
            start = end
        return tuple(pieces)

    def ids(self, text: str, max_tokens: int) -> list[int]:
        """[CLS] + word pieces + [SEP], the pieces cut so the whole fits ``max_tokens``."""
        pieces: list[int] = []
        for word in basic_words(text):
            pieces.extend(self._pieces(word))
            if len(pieces) >= max_tokens - 2:
                break
        return [self.cls, *pieces[: max_tokens - 2], self.sep]
