"""Rewrite telegraphic ACLED notes into news-like sentences.

Notes open with "On 31 December 2020," name actors in ACLED style
("Military Forces of Iraq (2014-)"), end with fatality bookkeeping and pack
admin units in parentheses; journalists do none of this. A model trained only
on notes keys on that style and fails on news (FINDINGS.md: 0.53 weighted F1).
Each note therefore also enters training as a few randomised rewrites.
"""

from __future__ import annotations

import random
import re

_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_DATE = rf"(?:\d{{1,2}}(?:-\d{{1,2}})? {_MONTHS}(?:,? \d{{4}})?|{_MONTHS} \d{{1,2}}(?:-\d{{1,2}})?(?:,? \d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}})"
_OPENER = re.compile(
    rf"^(?:(?:On|Around|Between|During|Reported on|As of|In|On or around|On the (?:night|morning|evening|week) of)\s+"
    rf"(?:the )?(?:night of |morning of |evening of |week of )?{_DATE}(?: and {_DATE})?"
    rf"(?:\s*\((?:as )?reported\))?|{_DATE})\s*[,.:]?\s*",
    re.IGNORECASE,
)
_BOOKKEEPING = re.compile(
    r"[^.]*\b(?:no (?:reported )?fatalities|fatalities (?:unknown|not known|reported)|no casualties reported"
    r"|no injuries|casualties unknown|number of (?:casualties|fatalities))[^.]*\.?",
    re.IGNORECASE,
)
_ADMIN_PARENS = re.compile(r"\s*\((?:[^()]*(?:District|Region|Township|LGA|County|Province|State|Division|[A-Z][a-z]+, [A-Z][a-z]+)[^()]*)\)")
_YEARS = re.compile(r"\s*\(\d{4}-\d{0,4}\)")
_FORCES = re.compile(r"\b(Military|Police) Forces of (?:the )?([A-Z][A-Za-z .'-]+?)(?=[\s,.;)]|$)")
_BRACKET_COUNTRY = re.compile(r"\b(Protesters|Rioters|Civilians|Students|Labour Group|Farmers|Teachers|Journalists) \([A-Z][A-Za-z .'-]+\)")

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_STATE_WORDS = {"Military": ("troops", "the army", "soldiers", "government forces"), "Police": ("police", "police officers", "security forces")}
_REPORTING = ("officials said", "local media reported", "witnesses said", "police said", "residents said", "a spokesman said")


def strip_opener(text: str) -> str:
    """Drop the note's date opener ("On 31 December 2020, ...")."""
    stripped = _OPENER.sub("", text, count=1)
    return stripped[:1].upper() + stripped[1:] if stripped else text


def plain(text: str) -> str:
    """The deterministic news-like core: no opener, no bookkeeping, no admin parentheses."""
    text = strip_opener(text)
    text = _BOOKKEEPING.sub("", text)
    text = _ADMIN_PARENS.sub("", text)
    text = _YEARS.sub("", text)
    return re.sub(r"\s+", " ", text).strip()


def _news_actor_names(text: str, rng: random.Random) -> str:
    text = _FORCES.sub(lambda m: rng.choice(_STATE_WORDS[m.group(1)]), text)
    return _BRACKET_COUNTRY.sub(lambda m: m.group(1).lower(), text)


def _first_sentence(text: str) -> str:
    match = re.match(r"(.+?[.!?])(?:\s+[A-Z]|$)", text)
    return match.group(1) if match else text


def _with_day_and_source(sentence: str, rng: random.Random) -> str:
    body = sentence.rstrip(".")
    if rng.random() < 0.5:
        body = f"{body} on {rng.choice(WEEKDAYS)}"
    if rng.random() < 0.4:
        body = f"{body}, {rng.choice(_REPORTING)}"
    return body + "."


def news_variants(note: str, rng: random.Random, n: int = 2) -> list[str]:
    """Up to ``n`` distinct news-like rewrites of one cleaned note."""
    core = _news_actor_names(plain(note), rng)
    if len(core.split()) < 4:
        return []
    first = _first_sentence(core)
    candidates = [
        _with_day_and_source(first, rng),
        first,
        core if core != first else _with_day_and_source(first, rng).lower(),
    ]
    out: list[str] = []
    for candidate in candidates:
        if candidate not in out and candidate != note:
            out.append(candidate)
    return out[:n]
