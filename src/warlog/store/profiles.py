"""Stored records parsed and profiled once per process, not once per candidate query.

Ingesting into a large store compares every new record with the country's toll and
whole-year rows of every year (``store.clusters._toll``, ``_whole_year``: kept on purpose,
``dedup.dating``), thousands of rows that come back for each record of each article.
Parsing each with ``Event.from_json`` and building its ``dedup.compare.Profile`` was most
of the ingest cost (``docs/benchmarks.md``, round 25); this cache does it once.

An entry is keyed by event id and holds a digest of the stored JSON text it was parsed from
(16 bytes of BLAKE2b, not the text: the cache is smaller by the texts): a row whose text
differs (re-coded, corrected by a reviewer, written by a transaction that was rolled back)
is parsed anew, so the cache never answers with a stale record. A profile
reads its own record alone, not its cluster, so splitting or merging clusters leaves
every entry true. Only the very ``Event`` object the cache handed out gets the kept
profile (``profile``): any other record is profiled afresh.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass

from ..dedup.compare import Profile
from ..record import Event

# Enough for the toll and whole-year rows of several countries of a 1,000,000-event store
# (about 2,000 a country in the synthetic one); least recently used records go first.
CACHE_SIZE = 50_000


@dataclass(slots=True)
class _Entry:
    digest: bytes
    event: Event
    profile: Profile | None = None


class ProfileCache:
    """Parsed stored records and their profiles, least recently used dropped past ``size``."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self.size = size
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._lock = threading.Lock()  # the API codes jobs on a thread of its own

    def __len__(self) -> int:
        return len(self._entries)

    def event(self, event_id: str, text: str) -> Event:
        """The record stored as ``text``: the one parsed before when the text is the same."""
        digest = _digest(text)
        with self._lock:
            entry = self._entries.get(event_id)
            if entry is not None and entry.digest == digest:
                self._entries.move_to_end(event_id)
                return entry.event
        event = Event.from_json(text)
        with self._lock:
            self._entries[event_id] = _Entry(digest, event)
            self._entries.move_to_end(event_id)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return event

    def profile(self, event: Event) -> Profile:
        """``Profile.of(event)``, computed once for a record this cache handed out."""
        with self._lock:
            entry = self._entries.get(event.event_id)
        if entry is None or entry.event is not event:
            return Profile.of(event)
        if entry.profile is None:
            entry.profile = Profile.of(event)
        return entry.profile

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


def _digest(text: str) -> bytes:
    """What tells one stored text from another (a collision is one in 2**128)."""
    return hashlib.blake2b(text.encode(), digest_size=16).digest()


# One per process: entries are checked against the stored text, so stores may share it.
PROFILES = ProfileCache()
