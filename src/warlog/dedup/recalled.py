"""A past happening recalled by its year: "the riots of 1992-93", "the 1984 anti-Sikh riots".

News recalls an earlier riot or massacre by its year and place rather than retelling
it. The pipeline dates such a record by the story (its sentence states no day) or by a
day carried from another sentence, so the record sits years away from the other
reports of that happening, and it shares few words with them. Two things put it back:

- a record whose own sentence does not state its date, but gives a violent happening
  by its year (``recalled_span``), is dated by that year;
- a deed denied in a past happening the sentence names by its years ("in 2011, when
  jos burned, not one church in our ward was touched") is a recall of that happening,
  not a denial standing alone (``as_recalled``): it tells one place's part in it;
- two violent records dated only by whole years (a year is all anyone gives for a
  recalled happening) that their sentences give, with overlapping years, at one
  town, or one sentence naming the other's town or its district, are one happening
  (``same_recalled``): a city and a year are how news anywhere names an old riot
  ("Delhi 1984"). A region a sentence names is where its story is, not where the
  riot was (``names_town``); a riot named by its own town with its years ("the 1969
  riots in <town>") is not a recall placed, or named, elsewhere (``another_city``).
  A historical record of a happening its sentence names by its months ("the riots of
  december 1992-january 1993"), which the pipeline dates by the first month, is compared
  by the years it is named by (``by_named_years``).

A sentence giving its time only by pointing back ("in that winter, ...") is read with
the record's own sentences just before it, whose time it takes (``told_text``). Both
read the record alone, so a link never depends on which records came first.
"""

from __future__ import annotations

import re
from datetime import date

from ..events.compatible import text_names
from ..geo.normalise import fold
from ..record import Event, Location
from .told import consecutive, points_to_time, told_just_before

# Head nouns of a violent happening a year can name ("the 1992 riots", "the massacre of 1985").
_HEADS = (
    r"riots?|violence|carnage|massacres?|killings?|clashes|blasts|bombings?|pogroms?|war|attacks?"
    r"|firing|lynchings?|genocide|uprising|insurgency|bloodshed|disturbances"
)
_MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"
# "1992", "1992-93", "1992-'93", "1992–1993", "(december) 1992-january 1993".
_YEARS = rf"(1[89]\d\d|20\d\d)(?:\s*[-\u2013/]\s*(?:(?:{_MONTHS}) )?(?:''|'|\u2019)?(\d{{4}}|\d{{2}})\b)?"
# "in 1992-93 when <city> went up in flames", "in 2011, when jos burned": a town's riot told
# as the town burning in those years.
_BURNING = r"(?:went up in flames|(?:was|were) in flames|burned|burnt|was burning)"
_RECALLED = re.compile(
    rf"\b(?:{_HEADS}) (?:(?:of|in) )+(?:(?:{_MONTHS}) )?{_YEARS}"
    rf"|\b{_YEARS} (?:[a-z-]+ ){{0,2}}(?:{_HEADS})\b"
    rf"|\b{_YEARS},? when (?:[a-z-]+ ){{1,3}}{_BURNING}\b"
)

# The longest span a recalled happening is given ("1992-93"); "1947-2002" is an era.
MAX_RECALLED_YEARS = 3


def _years(match: re.Match[str]) -> tuple[int, int]:
    """First and last year of a matched "1992" or "1992-93"."""
    groups = [g for g in match.groups() if g is not None]
    first = int(groups[0])
    if len(groups) == 1:
        return first, first
    last = int(groups[1]) if len(groups[1]) == 4 else first // 100 * 100 + int(groups[1])
    return first, last if last >= first else first


def told_text(event: Event) -> str:
    """The record's sentence, lower-cased; when it gives its time only by pointing back ("in
    that winter, while mobs howled, ..."), after the record's own sentences a sentence or two
    before it ("when the city burned in the riots of 2010, ..."), whose time it is."""
    text = event.evidence.text
    if points_to_time(text):
        text = " ".join([*told_just_before(event.evidence.start, event), text])
    return text.lower()


def recalled_span(event: Event) -> tuple[date, date] | None:
    """The years the record's sentence gives a violent happening by, when the sentence does
    not state the record's own date and the record is dated later (module docstring)."""
    text = told_text(event)
    stated = (event.date.text or "").lower()
    if stated and stated in text:
        return None
    match = _RECALLED.search(text)
    if match is None:
        return None
    first, last = _years(match)
    if last - first > MAX_RECALLED_YEARS:
        return None
    dated = event.date.start[:4] if event.date.start else ""
    if dated.isdigit() and int(dated) <= last:
        return None
    return date(first, 1, 1), date(last, 12, 31)


def whole_years(span: tuple[date, date] | None) -> bool:
    """A span of whole years: a happening dated by its year alone."""
    return span is not None and (span[0].month, span[0].day, span[1].month, span[1].day) == (1, 1, 12, 31)


def holds(outer: tuple[date, date], inner: tuple[date, date]) -> bool:
    """One span within the other: a year holds its month, a month its day."""
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def names_area(text: str, location: Location) -> bool:
    """Whether a sentence names a record's place or the district or city it lies in
    ("when mumbai was in flames" names a record put at a Mumbai neighbourhood)."""
    return any(text_names(text, name) for name in (location.name, location.admin2))


def gives_year(event: Event, span: tuple[date, date]) -> bool:
    """The record's sentence gives a past happening by one of its years: with a violent
    head ("the 1992 riots", "the riots of 1992-93"), or as a town and a year ("what
    happened in delhi in 1984"), how news anywhere names an old riot. Not "two years
    ago", nor a state of that year at that town told with no violent word ("the two
    villages had never been so estranged as in 1998": ``tells_violence``), nor a deed of
    its own dated by a bare year ("in 1993 a crowd set a trader alight in front of him"),
    told of a place its sentence does not name: one scene of a riot at most, never the
    riot as a whole."""
    text, years = told_text(event), _years_of(span)
    return _named_by_years(text, years) or (_year_at_area(text, years, event.location) and tells_violence(text))


_HEAD_WORD = re.compile(rf"\b(?:{_HEADS})\b")
# Words any report of a violent deed uses: a head, a death, a burning, a weapon's work.
_VIOLENT_WORD = re.compile(
    rf"\b(?:{_HEADS}|{_BURNING}|flames|burn\w*|died|dead|deaths?|kill\w*|murder\w*|attack\w*|loot\w*"
    r"|fired|shot|shooting|gunned|stabb\w*|hack\w*|cut down|beaten|wounded|injur\w*|victims?|slaughter\w*"
    r"|rap(?:e|ed)|assault\w*|violent|mobs?|rioters?|bomb\w*|blasts?|clash\w*|torched|destroyed|lynch\w*)\b"
)


def tells_violence(text: str) -> bool:
    """The sentence tells of violence at all (a head, a death, a burning, an attack)."""
    return _VIOLENT_WORD.search(text) is not None


def quiet_year(event: Event, span: tuple[date, date] | None) -> bool:
    """The record is dated by a whole year and its sentence tells no violence ("the two
    villages had never been so estranged as they were in 1998"): a state of that year, which the
    pipeline may code as a deed, not a happening that another sentence tells on."""
    return whole_years(span) and not tells_violence(told_text(event))


def recalled_beside_present(a: Event, b: Event, spans: "Spans") -> bool:
    """One record dated by whole years its own sentence gives in digits ("save in 1992, when
    fighting spread after ..."), the other's sentence giving none of those years and taking
    its time from no sentence before it: a story's sentence on its own days beside one on a
    past year, two times, two happenings, whatever year a stored date carried from elsewhere;
    unless the other goes on with the people the year's sentence told of (``takes_up``) or
    gives its time by pointing back ("in that winter"): a past time, not the story's."""
    for (x, span), y in (((a, spans[0]), b), ((b, spans[1]), a)):
        if span is None or not whole_years(span):
            continue
        years = {str(year) for year in _years_of(span)}
        if any(year in told_text(x) for year in years) and not any(year in told_text(y) for year in years):
            if not (takes_up(y, x) or points_to_time(y.evidence.text)):
                return True
    return False


# A sentence going on with the people the one before it told of ("they were attacked again at ...").
_TAKES_UP = re.compile(r"^\W*(?:they|he|she|them)\b")


def takes_up(later: Event, earlier: Event) -> bool:
    """``later``'s sentence follows ``earlier``'s at once and opens on a personal pronoun:
    it goes on with the people the earlier told of, in the earlier's time."""
    return consecutive(earlier, later) and later.evidence.start > earlier.evidence.start and (
        _TAKES_UP.search(later.evidence.text.lower()) is not None
    )


def names_by_head(event: Event, span: tuple[date, date]) -> bool:
    """The sentence names a past happening by a violent head with one of its years ("the
    riots of 1984", "in 1992-93 when <city> went up in flames"), or a head, the record's
    town and a year ("the massacre at <town> in 2011"): a happening as a whole, not a deed."""
    text, years = told_text(event), _years_of(span)
    if _named_by_years(text, years):
        return True
    return _HEAD_WORD.search(text) is not None and _year_at_area(text, years, event.location)


def _years_of(span: tuple[date, date]) -> set[int]:
    return set(range(span[0].year, span[1].year + 1))


def _named_years(text: str) -> list[set[int]]:
    """The years of each past happening the text names by them ("the riots of 1992-93")."""
    return [set(range(first, last + 1)) for first, last in map(_years, _RECALLED.finditer(text))]


def _named_by_years(text: str, years: set[int]) -> bool:
    """The text names a past happening by one of ``years``."""
    return any(years & named for named in _named_years(text))


def _year_at_area(text: str, years: set[int], location: Location) -> bool:
    """The text gives one of ``years`` in digits and names the record's town."""
    return any(str(year) in text for year in years) and names_area(text, location)


def same_recalled(a: Event, b: Event, spans: tuple[tuple[date, date] | None, tuple[date, date] | None], near: bool) -> bool:
    """Two records each dated by whole years their sentences give, the years overlapping,
    at one place (``near``) or one sentence naming the other's place: one recalled
    happening (module docstring). The caller checks both are violent."""
    first, second = by_named_years(a, spans[0]), by_named_years(b, spans[1])
    if first is None or second is None or not (whole_years(first) and whole_years(second)):
        return False
    if first[0] > second[1] or second[0] > first[1] or not (gives_year(a, first) and gives_year(b, second)):
        return False
    if other_cities(a, b, (first, second)):
        return False
    return near or names_town(told_text(a), b.location) or names_town(told_text(b), a.location)


_MONTH = re.compile(rf"\b(?:{_MONTHS})\b")


def by_named_years(event: Event, span: tuple[date, date] | None) -> tuple[date, date] | None:
    """A past happening its sentence names by its months ("the riots of december 1992-january
    1993") is dated by the pipeline by the first month, while other recalls give it by its
    years ("the 1992-93 riots"): a historical record within those months is compared by the
    whole years its sentence names it by; any other record by its own span."""
    if span is None or whole_years(span) or event.modality != "historical":
        return span
    for match in _RECALLED.finditer(told_text(event)):
        first, last = _years(match)
        named = date(first, 1, 1), date(last, 12, 31)
        if _MONTH.search(match.group(0)) and holds(named, span):
            return named
    return span


def names_town(text: str, location: Location) -> bool:
    """The sentence names the record's town (``names_area``); a region a sentence names
    ("the situation in <state> is worse than the <city> riots") is where the story is, not
    where the recalled riot was, and a recall placed only in a region is placed by its story."""
    return (location.precision or 3) < 3 and names_area(text, location)


# A recalled riot named by its own town with its years: "the <town> riots of 1992", "the 1992 riots
# in <town>", "the riots of 1992 in <town>", "in 1992, when <town> burned".
_OWN_TOWN = re.compile(
    rf"\b(?P<before>[a-z]+) (?:communal )?(?:{_HEADS}) (?:of|in) (?:(?:{_MONTHS}) )?{_YEARS}"
    rf"|\b{_YEARS} (?:[a-z-]+ ){{0,2}}(?:{_HEADS}) (?:in|of|at) (?P<after>[a-z]+)"
    rf"|\b(?:{_HEADS}) (?:of|in) {_YEARS} (?:in|at) (?P<then>[a-z]+)"
    rf"|\b{_YEARS},? when (?P<burning>[a-z]+) {_BURNING}"
)
_YEAR = re.compile(_YEARS)


def own_towns(event: Event, other: Event, span: tuple[date, date]) -> set[str]:
    """Towns the record's sentence names the riot of its years by (``_OWN_TOWN``; a town named
    with another riot's years is that riot's), known as places by being where one of the two
    records is (no gazetteer at hand)."""
    places = {fold(name) for e in (event, other) for name in (e.location.name, e.location.admin2) if name}
    towns = set()
    for match in _OWN_TOWN.finditer(told_text(event)):
        town = next(w for w in (match["before"], match["after"], match["then"], match["burning"]) if w)
        year = _YEAR.search(match.group(0))
        if year is not None and _years_of(span) & set(range(_years(year)[0], _years(year)[1] + 1)):
            towns.add(town)
    return {town for town in towns if fold(town) in places}


def another_city(a: Event, b: Event, spans: "Spans") -> bool:
    """``a`` names the riot of its years by its own town ("the 1969 riots in <town>") and ``b``
    is neither there nor names that town: another town's riot, whatever year both recall. Unless
    ``b``'s place is another riot's it also recalls (``recalls_others``): then it says nothing."""
    span, other_span = spans
    if span is None or other_span is None or recalls_others(b, other_span):
        return False
    return any(
        not (text_names(told_text(b), town) or names_area(town, b.location)) for town in own_towns(a, b, span)
    )


def other_cities(a: Event, b: Event, spans: "Spans") -> bool:
    """Either record names its riot by a town the other is not at (``another_city``)."""
    return another_city(a, b, spans) or another_city(b, a, (spans[1], spans[0]))


def denied_in_recalled(event: Event) -> bool:
    """A deed the sentence denies within a past happening it names by a violent head and its
    years ("in 2011, when jos burned, not a single shop was looted in our ward"): what did not
    happen in one place during that happening, told to recall it."""
    if event.modality != "denied":
        return False
    span = recalled_span(event)
    return span is not None and names_by_head(event, span)


def as_recalled(event: Event) -> Event:
    """The record as a comparison should read it: a deed denied within a recalled happening
    (``denied_in_recalled``) is a recall of that happening, history, not a record of a deed
    that did not happen, which would join nothing; any other record as it is."""
    return event.model_copy(update={"modality": "historical"}) if denied_in_recalled(event) else event


def recalls_others(event: Event, span: tuple[date, date]) -> bool:
    """The sentence also gives a past happening of other years ("the riots of 1984 and the
    1992-93 riots in <city>"): the pipeline gives the record one town for both, as often the
    other's as its own, so its place says nothing of where its happening was."""
    years = _years_of(span)
    return any(not years & named for named in _named_years(told_text(event)))


Spans = tuple[tuple[date, date] | None, tuple[date, date] | None]


def refers_back(ref: Event, other: Event, spans: Spans, at_place: bool) -> bool:
    """``ref`` names a past happening by its years (``names_by_head``: a head with its years,
    or a head, its town and a year), dated by those whole years, as history or recalled in a later story,
    and ``other``, of another story, was dated within those years at that place (``at_place``,
    the caller's test) or, when ``ref``'s own place is another happening's (``recalls_others``),
    anywhere in its country: ``other`` may tell the happening ``ref`` refers back to. Only a
    candidate: the cluster it is in is the one ``ref`` joins when it is the only one
    (``cluster_back``). A deed dated by a bare year ("in 1993 a mob burnt a man", "in 2011
    gunmen shot a trader in <town>") names no happening by a head (``names_by_head``): one
    scene at most, it refers back to nothing. Nor to another town's riot (``another_city``)."""
    ref_span, other_span = spans
    if ref_span is None or other_span is None or ref.article_id == other.article_id or not whole_years(ref_span):
        return False
    if ref.modality != "historical" and recalled_span(ref) is None:
        return False
    if not holds(ref_span, other_span) or not names_by_head(ref, ref_span):
        return False
    if other_cities(ref, other, spans):
        return False
    country = ref.location.country_code
    return at_place or (recalls_others(ref, ref_span) and country is not None and country == other.location.country_code)
