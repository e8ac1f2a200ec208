"""Do two event records from different articles describe the same happening?

The hard checks are the within-article ones of ``events.merge`` (time, place,
actors, factuality), loosened for type (reporters word one riot as "mob
violence" or "violent demonstration") and tightened for place. On top, the
evidence sentences must share enough content words: different outlets name the
same incident with the same rare words (village, victims, train number).

Reports written days later name the incident instead of retelling it, or restate
a toll (``incident``): two records naming one incident link whatever their
place, type and actors, within ``REFERENCE_WINDOW`` of each other; the same toll
or death figure links at the usual place, a day apart at most; two different tolls (or
arrest or property counts) never do, nor across stories a toll summing several happenings and a report
stating none (``toll_beside_deed``). A past riot recalled by its year links by its
years and town, whatever day its story is dated (``recalled``), and a thing's destruction
recalled by the thing and its year links whatever place and doers (``razed``), and so does an attack
recalled by its target and its own date (``attacked``); a back-reference giving a
riot by its years links weakly to the records of that time and place, and joins their cluster
only when it is the one such cluster (``cluster_back``). Two arrests on one stated day whose
sentences name one person link wherever each report placed them (``named``). Within one story, a riot told over two
sentences is often coded as two sub-types; nearby sentences telling one
violent happening link (``told``). A bare year read from a count or another
sentence is no date (``dating``); a record without a date links only by
near-identical wording, a name or a figure. Two sentences naming one weekday, one by
daylight and one at night, never link (``told.day_and_night``), nor a government's
measure (a curfew) and the violence it answers, an arrest and the violence it is made for,
or riots told as another happening's sequel and a record of another type (``apart``); a record
stating neither place nor date links by wording only to another such; two reports sharing fewer than
``MIN_SHARED`` content words link only by a name or a figure. Two reports at one town on
one stated day sharing ``MANY_SHARED`` content words link whatever their cosine (``similar``), and
so do two protests there by one group both name alike (``same_demonstration``, ACLED's unit).
A sentence told from a town ("<agency> adds from <town>:", a regional lead under a dateline of
several towns) agrees in place with a record at that town, judged at a town's threshold (``placed``).

Similarity is a cosine over *binary* content-word sets, not TF-IDF: IDF weights
would change as the store grows, making a link depend on what was ingested
before, and clusters must not depend on ingestion order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..events.compatible import UNSTATED_WINDOW, same_actors, same_factuality, same_place
from ..record import Event, Location
from ..taxonomy import FACTUAL_MODALITIES
from .apart import Side, never_one
from .attacked import same_attack
from .dating import untrusted_date
from .incident import TELLING_ARRESTS, Reference, is_violent, other_things
from .named import same_person_arrested
from .particulars import both_precise, one_town_one_day, same_demonstration, same_particulars
from .placed import told_there
from .razed import same_razing
from .recalled import as_recalled, quiet_year, recalled_beside_present, recalled_span, refers_back, same_recalled
from .subtypes import compatible_types
from .told import at_that_time, day_and_night, goes_on, injured_beside_toll, restates_toll, shared_words, told_together
from .wave import wave_and_deed
from .words import content_words, cosine

# Cross-article place radius by ACLED precision: tighter than within one article.
DEDUP_RADIUS_KM: dict[int, float] = {1: 15.0, 2: 40.0, 3: 300.0}

def date_span(event: Event) -> tuple[date, date] | None:
    """The days the event may fall on; an unstated date may precede the report by a month.

    None (near anything) when unknown, a bare year read from a count or another
    sentence, or the day a toll's count starts from (``dating``); the years a sentence
    recalls a violent happening by when it does not state the record's date (``recalled``).
    """
    recalled = recalled_span(event)
    if recalled is not None:
        return recalled
    if not event.date.start or untrusted_date(event):
        return None
    try:
        start = date.fromisoformat(event.date.start[:10])
        end = date.fromisoformat((event.date.end or event.date.start)[:10])
    except ValueError:
        return None
    if event.date.text is None:
        start -= UNSTATED_WINDOW
    return start, end


def _near(a: tuple[date, date] | None, b: tuple[date, date] | None, slack: timedelta = timedelta(0)) -> bool:
    """Spans within ``slack`` of each other (an unknown span is near anything)."""
    if a is None or b is None:
        return True
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Minimum evidence similarity for a link, by how precisely both places are known.

    Two reports that put an event in the same town need fewer shared words than
    two that only say "Gujarat".
    """

    precise: float = 0.3
    vague: float = 0.35
    # Near-identical wording (a syndicated story, a stock background sentence) links
    # even when the two records were typed or given actors differently.
    strong: float = 0.6

    def for_pair(self, a: Event, b: Event) -> float:
        return self.precise if both_precise(a, b) else self.vague


class Profile:
    """What comparison needs from an event, computed once per event: its dates at once (most
    candidates of a large store are turned away by them alone, ``far_apart``), its words,
    references and quiet state when a comparison first reads them."""

    __slots__ = ("event", "span", "_words", "_reference", "_quiet", "_side")

    def __init__(self, event: Event, span: tuple[date, date] | None) -> None:
        self.event = event
        self.span = span
        self._words: frozenset[str] | None = None
        self._reference: Reference | None = None
        self._quiet: bool | None = None
        self._side: Side | None = None

    @classmethod
    def of(cls, event: Event) -> "Profile":
        """A deed denied within a recalled happening is compared as a recall of it (``recalled``)."""
        event = as_recalled(event)
        return cls(event, date_span(event))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Profile) and self._facts() == other._facts()

    __hash__ = None  # type: ignore[assignment]  # as the record it holds

    def _facts(self) -> tuple:
        return self.event, self.span, self.words, self.reference, self.quiet

    @property
    def words(self) -> frozenset[str]:
        if self._words is None:
            self._words = content_words(self.event.evidence.text)
        return self._words

    @property
    def reference(self) -> Reference:
        if self._reference is None:
            self._reference = Reference.of(self.event)
        return self._reference

    @property
    def side(self) -> Side:
        """Which kind of record it is for ``apart.never_one`` (a measure, an arrest, a sequel)."""
        if self._side is None:
            self._side = Side.of(self.event)
        return self._side

    @property
    def quiet(self) -> bool:
        """A year's state told with no violent word (``recalled.quiet_year``)."""
        if self._quiet is None:
            self._quiet = quiet_year(self.event, self.span)
        return self._quiet


# A report may name an incident this long after it happened (its date is the report's).
REFERENCE_WINDOW = timedelta(days=60)
# Papers print a syndicated sentence a day or two apart, each dated by its own issue.
SYNDICATION_SLACK = timedelta(days=2)
# A night's killing is told as of either day ("27 burnt on friday night", "27 burnt on
# saturday"), and a standing toll is printed again the next day: one figure, a day apart.
FIGURE_SLACK = timedelta(days=1)
# The fewest content words two reports must share to link by similarity alone: two are
# often one stock phrase ("stone pelting", "curfew relaxed") said of many scenes.
# Re-coded dev pairwise precision 0.933 -> 0.942 at the same recall.
MIN_SHARED = 3
# So many content words in common link two reports however long their sentences: two
# outlets retelling one happening in their own words share its particulars (who, what
# office, what was done) while each adds its own context, which drags the cosine down.
MANY_SHARED = 5
# Two sentences of one story this alike are one sentence printed twice over (a story
# repeated in its file, a paragraph pasted again), whatever records they were coded as.
REPEATED = 0.9
# Links by a shared name or figure rank below near-identical wording, above the rest.
REFERENCE_SCORE = 0.55
# Consecutive sentences of one story telling one happening (``told``) rank just below.
TOLD_SCORE = 0.5


def different_figures(a: Profile, b: Profile) -> bool:
    """Two tolls (or arrest or property counts) that differ are two statements, however alike their wording.

    Guide: toll 544 vs 667, 62 arrests vs 64 arrests.
    """
    ra, rb = a.reference, b.reference
    pairs = ((ra.toll, rb.toll), (ra.arrested, rb.arrested), (ra.damaged, rb.damaged))
    return any(x is not None and y is not None and x != y for x, y in pairs)


# A toll counting another happening's dead in or out: "..., including the 40 killed in the ambush".
_COUNTS_IN = re.compile(
    r"\b(?:including|excluding|besides|apart from|not counting)\b[^.;]{0,40}"
    r"\b(?:killed|died|dead|burnt|charred)\b[^.;]{0,15}\b(?:in|at|on|during|when)\b"
)


def sums_happenings(profile: Profile) -> bool:
    """A running toll that counts a happening's dead in or out ("the toll now stands at
    300, including the 40 killed in the ambush on the convoy"): it sums several happenings,
    so it is none of them (``incident.Reference``). A toll of one happening ("the toll from
    sunday's air strike rose to 41", "..., including 12 children") is that happening's."""
    return profile.reference.toll is not None and _COUNTS_IN.search(profile.event.evidence.text.lower()) is not None


def toll_beside_deed(a: Profile, b: Profile) -> bool:
    """One report a toll summing several happenings (``sums_happenings``), the other stating
    no toll: never linked by wording, however many words the toll shares with the happening
    it counts in. Tolls link by their figures."""
    return any(sums_happenings(x) and y.reference.toll is None for x, y in ((a, b), (b, a)))


def same_reference(a: Profile, b: Profile) -> bool:
    """Both name one incident, recall one past happening by its year (``recalled``), or
    restate one toll, death or arrest figure, at compatible dates.

    A named incident overrides place, type and actors, and the date only has to be
    within ``REFERENCE_WINDOW``: a back-reference is dated by its report and placed
    where the reporter was. A bare figure needs the usual date and place checks.
    """
    ra, rb = a.reference, b.reference
    if ra.incidents & rb.incidents and not other_things(ra.incidents, rb.incidents):
        return _near(a.span, b.span, REFERENCE_WINDOW)
    if named_by_its_place(a, b) or named_by_its_place(b, a):
        return True
    if same_person_arrested(a.event, b.event):
        return True
    if is_violent(a.event) and is_violent(b.event):
        # A region is near every town in it: the recalled happening's place must be a town's.
        at_one_place = both_precise(a.event, b.event) and same_place(a.event.location, b.event.location, DEDUP_RADIUS_KM)
        if same_recalled(a.event, b.event, (a.span, b.span), at_one_place):
            return True
    if same_razing(a.event, b.event, (a.span, b.span)) or same_attack(a.event, b.event, (a.span, b.span)):
        return True
    # A handful arrested ("the four were arrested") is too common a figure to name a happening.
    same_arrests = ra.arrested is not None and ra.arrested >= TELLING_ARRESTS and ra.arrested == rb.arrested
    same_figure = same_arrests or any(x is not None and x == y for x, y in ((ra.toll, rb.toll), (ra.dead, rb.dead)))
    near = _near(a.span, b.span, FIGURE_SLACK)
    return same_figure and near and same_place(a.event.location, b.event.location, DEDUP_RADIUS_KM)


def named_by_its_place(a: Profile, b: Profile) -> bool:
    """``a`` names an incident by a place on a day it states ("the Kuriga abduction on
    March 7"), and ``b`` tells a happening of that kind there on that day ("gunmen
    abducted 280 pupils from a school in Kuriga"): the later report's own place is often
    the reporter's (a capital's dateline), so only the name, the kind and the day tie them.
    Both dates must be one day: a name's key is loose ("ahsan", "hussain")."""
    return (
        bool(a.reference.incidents & b.reference.places) and a.event.date.text is not None
        and a.event.date.precision == 1 and b.event.date.precision == 1
        and compatible_types(a.event.sub_event_type, b.event.sub_event_type) and _near(a.span, b.span)
    )


def told_in_one_story(a: Profile, b: Profile) -> bool:
    """Two records of one story telling one happening in nearby sentences (``told``); never
    a sentence on a past year beside one on the story's own days, nor a year's state told with
    no violent word (``recalled``)."""
    ea, eb, references = a.event, b.event, (a.reference, b.reference)
    if a.quiet or b.quiet or recalled_beside_present(ea, eb, (a.span, b.span)):
        return False
    if not (_near(a.span, b.span) or goes_on(ea, eb) or at_that_time(ea, eb)):
        return False
    shared = cosine(a.words, b.words)
    common = shared_words(a.words, b.words)
    if told_together(ea, eb, references, DEDUP_RADIUS_KM, shared, common):
        return True
    return restates_toll(ea, eb, references) or injured_beside_toll(ea, eb, references)


def overlapping(a: Event, b: Event) -> bool:
    """The two records' sentences overlap: one sentence telling two happenings."""
    return a.evidence.start < b.evidence.end and b.evidence.start < a.evidence.end


# A back-reference's link to a record of the happening it may name (``back_link``): the
# weakest of all, taken by ``cluster_back`` only when it points into one cluster alone.
BACK_SCORE = 0.01


def link_score(a: Profile, b: Profile, thresholds: Thresholds = Thresholds()) -> float | None:
    """``similarity``, or ``BACK_SCORE`` for a back-reference and a record of the past
    happening it may name (``back_link``), else None."""
    if far_apart(a, b):
        return None
    score = similarity(a, b, thresholds)
    if score is None and back_link(a, b):
        return BACK_SCORE
    return score


# The widest date slack any link allows two reports of different stories (a named incident's).
WIDEST_SLACK = max(REFERENCE_WINDOW, SYNDICATION_SLACK, FIGURE_SLACK)


def far_apart(a: Profile, b: Profile) -> bool:
    """Two records of different stories, both dated, further apart than any link's slack, and
    not two arrests of one stated day: ``link_score`` is None, known at once. Most candidates
    of a large store are such (a country's tolls and whole years of every year). Every other
    path needs the dates near: a named incident (``REFERENCE_WINDOW``), a name by its place,
    a figure, a syndicated sentence, similarity (their own slacks, no wider), one recalled
    happening (spans overlapping), a back-reference (one span within the other); only
    ``same_person_arrested`` goes by stated days, not spans. ``tests/dedup/test_far_apart.py``
    checks it against ``similarity`` and ``back_link``."""
    if a.span is None or b.span is None or a.event.article_id == b.event.article_id:
        return False
    if _near(a.span, b.span, WIDEST_SLACK):
        return False
    return not same_person_arrested(a.event, b.event)


def back_link(a: Profile, b: Profile) -> bool:
    """One record refers back to a past happening (``recalled.refers_back``) that the other,
    of a compatible kind at a town, may tell; both factual and violent, no two tolls, neither a
    year's state told with no violent word (``recalled.quiet_year``)."""
    ea, eb = a.event, b.event
    if not (ea.modality in FACTUAL_MODALITIES and eb.modality in FACTUAL_MODALITIES and is_violent(ea) and is_violent(eb)):
        return False
    if a.quiet or b.quiet:
        return False
    if different_figures(a, b) or not compatible_types(ea.sub_event_type, eb.sub_event_type):
        return False
    return back_from(a, b) or back_from(b, a)


def back_from(ref: Profile, other: Profile) -> bool:
    """``ref`` refers back to the happening ``other``, placed at a town, may tell."""
    at_place = pinned(ref.event.location) and same_place(ref.event.location, other.event.location, DEDUP_RADIUS_KM)
    return pinned(other.event.location) and refers_back(ref.event, other.event, (ref.span, other.span), at_place)


def pinned(place: Location) -> bool:
    """Placed at a town or a city (a city-state such as Delhi too), not only in a region
    or a country, which would be near every town in it."""
    return place.latitude is not None and (place.precision or 3) < 3


def similarity(a: Profile, b: Profile, thresholds: Thresholds = Thresholds()) -> float | None:
    """Evidence similarity when ``a`` and ``b`` may be the same happening, else None.

    Pure and symmetric in (a, b): clustering is order-independent only because of that.
    Events of one article link only when they name one incident, restate one
    figure, or tell one happening in nearby sentences (``told``): the pipeline
    already merged the rest that describe one happening (``events.merge``), but
    only when it gave them one sub-type.
    """
    ea, eb = a.event, b.event
    if not same_factuality(ea, eb) or different_figures(a, b) or day_and_night(ea, eb) or never_one(a.side, b.side):
        return None
    if wave_and_deed(a.reference.incidents, b.reference.incidents):
        return None
    if same_reference(a, b):
        return max(REFERENCE_SCORE, cosine(a.words, b.words))
    score = cosine(a.words, b.words)
    if ea.article_id == eb.article_id:
        if score >= REPEATED and not overlapping(ea, eb):
            return score  # one sentence printed twice over in the story: one happening
        return max(TOLD_SCORE, score) if told_in_one_story(a, b) else None
    if toll_beside_deed(a, b):
        return None
    if score >= thresholds.strong:
        # The same sentence in two stories: a syndicated report, dated by each paper's own day.
        return score if _near(a.span, b.span, SYNDICATION_SLACK) else None
    if a.span is None or b.span is None or unanchored(ea) != unanchored(eb):
        # With no date to trust, or neither place nor date stated beside a placed, dated
        # report, only near-identical wording, a name or a figure links.
        return None
    if not _near(a.span, b.span):
        return None
    there = told_there(ea, eb)  # after the dates: most candidates of a large store fail them
    if not (there or same_place(ea.location, eb.location, DEDUP_RADIUS_KM)):
        return None
    if not (compatible_types(ea.sub_event_type, eb.sub_event_type) and same_actors(ea, eb)):
        return None
    threshold = thresholds.precise if there else thresholds.for_pair(ea, eb)
    if similar(a, b, score, threshold):
        return score
    return threshold if same_particulars(ea, eb) or same_demonstration(ea, eb) else None


def unanchored(event: Event) -> bool:
    """A record stating neither where nor when ("police stepped up vigil across the state
    after the strike call"): its words fit every placed report of that kind in the country
    that month, so they tie it to none of them, and would chain their clusters together.
    Beside another such record (two retellings of one background sentence) it chains no
    places, so words may link the two."""
    return event.location.latitude is None and event.date.text is None


def similar(a: Profile, b: Profile, score: float, threshold: float) -> bool:
    """Alike enough in words: a cosine over ``threshold`` with ``MIN_SHARED`` words in
    common, or ``MANY_SHARED`` words in common whatever the cosine when both reports put
    it in one town on one day they state (``one_town_one_day``)."""
    shared = len(a.words & b.words)
    if score >= threshold and shared >= MIN_SHARED:
        return True
    return shared >= MANY_SHARED and one_town_one_day(a.event, b.event)
