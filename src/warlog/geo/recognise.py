"""Finding the words of a parsed article that name places.

spaCy's small model alone is not enough (in the seed it calls Daesh a place and
misses Raqqa twice), so three kinds of evidence are combined: spaCy's GPE/LOC/FAC
entities, gazetteer matches on capitalised token runs, and local cues ("in X",
"north of X", "X province"). Demonyms ("Syrian") and person or organisation
names are kept out; demonyms are returned separately as country hints. A story's
dateline ("rajkot:", "BEIRUT —") is read first, whatever its case (``dateline``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .dateline import capitals_dateline, dateline_names
from .gazetteer import ALTERNATE, EXACT, Gazetteer
from .normalise import fold
from .place import ADMIN1, ADMIN2, COUNTRY, Place

PLACE_LABELS: frozenset[str] = frozenset({"GPE", "LOC", "FAC"})
BLOCKING_LABELS: frozenset[str] = frozenset(
    {"PERSON", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "WORK_OF_ART", "LAW", "LANGUAGE", "EVENT", "PRODUCT"}
)
LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset(
    {"in", "near", "outside", "at", "from", "into", "across", "around", "toward", "towards", "through",
     "throughout", "within", "inside", "to", "via", "between", "beyond", "nearby"}
)
# enough on their own to make an unknown name a place ("from Col. Dillon" is not)
STRONG_PREPOSITIONS: frozenset[str] = frozenset({"in", "near", "outside", "inside", "nearby"})
DIRECTIONS: frozenset[str] = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
     "northern", "southern", "eastern", "western", "central", "outskirts", "suburbs", "suburb",
     "city", "town", "village", "province", "district", "region", "governorate", "state", "county",
     "capital", "area", "outside", "parts"}
)
COMPASS_ADJECTIVES: frozenset[str] = frozenset(
    {"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern",
     "southwestern", "north-eastern", "north-western", "south-eastern", "south-western"}
)
DIVISION_WORDS: frozenset[str] = frozenset(
    {"province", "governorate", "state", "district", "county", "region", "prefecture", "department",
     "oblast", "municipality", "territory", "division", "regency", "upazila", "subdistrict", "tehsil",
     "commune", "canton", "chiefdom"}
)
PLACE_NOUNS: frozenset[str] = frozenset(
    {"area", "town", "city", "village", "locality", "municipality", "township", "neighbourhood", "neighborhood"}
)
DASHES: frozenset[str] = frozenset({"-", "–", "—"})
STREET_NOUNS: frozenset[str] = frozenset({"road", "street", "avenue", "lane", "marg"})
# Roads between towns ("the Kaduna-Abuja highway"): see ``location.road_end``.
ROAD_NOUNS: frozenset[str] = frozenset({"road", "highway", "route", "expressway", "motorway", "roads", "highways"})
MAX_SPAN_TOKENS = 5
NAMED_AREAS: frozenset[str] = frozenset({COUNTRY, ADMIN1})
CUEABLE: frozenset[str] = frozenset({"", "PERSON", "ORG"})
PROMINENT_POPULATION = 100_000
CONNECTORS: frozenset[str] = frozenset(
    {"al", "el", "ez", "es", "as", "ad", "ar", "an", "de", "del", "la", "le", "-", "of", "upon", "on",
     "da", "do", "dos", "das", "di", "du", "des",  # "Mocimboa da Praia", "Foz do Iguacu"
     "'s", "\u2019s"}  # "Cox's Bazar", which spaCy splits at the possessive
)
MAX_CHAIN_NAMES = 3  # "village, town, province" before the cue is out of sight
MAX_PARENTHESIS_TOKENS = 16  # "(Pattallassang district, Takalar Regency, South Sulawesi province)"
MAX_DIVISION_CANDIDATES = 10
TOWN_OVER_DIVISION = 20_000  # a name this big a town is the town, even after a comma


@dataclass
class Mention:
    """A stretch of text that names (or may name) a place."""

    start: int  # character offsets into doc.text
    end: int
    text: str
    query: str  # what to look up ("Kirkuk province" keeps its division word)
    label: str | None  # spaCy's entity label, if any
    locative: bool  # "in X", "north of X"
    division: bool  # "X province": prefer a division over a town
    tokens: tuple[int, int]  # token span [i, j)
    embedded: bool = False  # part of a longer entity ("Mobile" of "Mobile Intervention Unit")
    dateline: bool = False  # the story's dateline ("rajkot:"), see ``dateline``


@dataclass(frozen=True)
class _Context:
    """What the whole article says about its tokens, gathered before matching."""

    labels: list[str | None]  # spaCy entity label of each token
    ent_of: list[Span | None]  # the entity each token is in
    known: frozenset[str] = frozenset()  # folded names already accepted as places
    person_words: frozenset[str] = frozenset()  # words of multi-word PERSON names ("Andrew Brunson")
    lowercased: bool = False  # the whole text is in lower case: see ``_lower_match_at``


@dataclass
class Recognition:
    mentions: list[Mention]
    country_hints: list[str]  # countries named by demonyms ("Syrian" -> SY)
    demonyms: list[tuple[Mention, str]] = field(default_factory=list)  # kept apart from places


def _is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


# "residents of Goma", "the outskirts of Beni", "the town of Kamanyola": an "of" that names a place.
OF_PLACE = frozenset(
    {"residents", "inhabitants", "outskirts", "suburbs", "streets", "town", "city", "village", "centre", "center"}
)


def has_locative_cue(doc: Doc, i: int, depth: int = 0, strong: bool = False) -> bool:
    """Whether the token before position ``i`` marks a place ("in", "north of", "city of").

    Coordination carries the cue: in "in Hawija and Raqqa" both are cued.
    """
    token = doc[i]
    if token.dep_ == "conj" and token.head.i < i and depth < 3:
        if has_locative_cue(doc, token.head.left_edge.i, depth + 1, strong):
            return True
    j = i - 1
    # "in the", "in northern": an article or a compass adjective keeps the cue
    while j >= 0 and (doc[j].lower_ in {"the", "a", "an"} or doc[j].lower_ in COMPASS_ADJECTIVES):
        j -= 1
    if j < 0:
        return False
    previous = doc[j].lower_
    if previous in (STRONG_PREPOSITIONS if strong else LOCATIVE_PREPOSITIONS):
        return True
    if previous == "from" and j > 0 and _distance_word(doc[j - 1]):
        return True  # "20km from Maine Soroa", "15 miles from X"
    if previous != "of" or j == 0:
        return False
    noun = doc[j - 1]
    # "south of X", "the town of X"; a lower-case "the commune of X", "the Rangpura
    # locality of X" (a "Department of Fish and Wildlife" is a body's name)
    return noun.lower_ in DIRECTIONS or noun.lower_ in OF_PLACE or noun.text.islower() and (
        noun.lower_ in DIVISION_WORDS or noun.lower_ in PLACE_NOUNS or noun.lower_ == "quarter"
    )


DISTANCE_UNITS: frozenset[str] = frozenset({"km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile"})


def _distance_word(token: Token) -> bool:
    """A distance before "from": "20 km", "20km", "five kilometres"."""
    text = token.lower_
    return text in DISTANCE_UNITS or text.rstrip("s").lstrip("0123456789.") in {"km", "mile"} and text[:1].isdigit()


def _embedded(ent: Span | None, i: int, j: int) -> bool:
    """Whether the entity around tokens [i, j) is longer than they are (a leading "the"
    and a trailing generic aside)."""
    if ent is None:
        return False
    start = ent.start + (1 if ent[0].lower_ == "the" else 0)
    end = ent.end
    while end > j and (ent.doc[end - 1].lower_ in PLACE_NOUNS or ent.doc[end - 1].lower_ in DIVISION_WORDS):
        end -= 1  # "Madiun city", "Kirkuk province": the name with its generic
    return start < i or end > j


def _place_noun_after(doc: Doc, j: int) -> bool:
    """"Rajbiraj area", "Madiun city": a common noun that says the name is a place."""
    return j < len(doc) and doc[j].lower_ in PLACE_NOUNS


def _street_after(doc: Doc, j: int) -> bool:
    """"near morbi road", "on Haifa Street": a street named after a town lies elsewhere."""
    return j < len(doc) and doc[j].lower_ in STREET_NOUNS and not _hyphenated_part(doc, j - 1, j)


def _division_after(doc: Doc, j: int) -> bool:
    return j < len(doc) and doc[j].lower_ in DIVISION_WORDS


class Recogniser:
    """Finds place mentions in a Doc, consulting the gazetteer for unlabelled names."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Recognition:
        labels: list[str | None] = [None] * len(doc)
        ent_of: list[Span | None] = [None] * len(doc)
        for ent in doc.ents:
            for k in range(ent.start, ent.end):
                labels[k] = ent.label_
                ent_of[k] = ent
        # One sense per article: spaCy's small model labels the same town GPE in one
        # sentence and PERSON or ORG in the next, so a name accepted once as a place is
        # a place wherever else it stands on its own.
        # A surname ("Pastor Andrew Brunson" ... "Brunson said") is no town either.
        person_words = frozenset(
            fold(t.text) for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent
        )
        context = _Context(labels, ent_of, frozenset(), person_words, _is_lowercased(doc))
        first = self._scan(doc, context)
        known = frozenset(fold(m.query) for m in first.mentions) - person_words
        if not known:
            return first
        return self._scan(doc, _Context(labels, ent_of, known, person_words, context.lowercased))

    def _scan(self, doc: Doc, context: _Context) -> Recognition:
        """One left-to-right pass over the tokens."""
        labels = context.labels
        mentions: list[Mention] = []
        hints: list[str] = []
        demonyms: list[tuple[Mention, str]] = []
        taken = [False] * len(doc)
        for found in self._dateline(doc, context):
            mentions.append(found)
            for k in range(*found.tokens):
                taken[k] = True
        i = 0
        while i < len(doc):
            token = doc[i]
            is_demonym, country = self.gazetteer.demonym(token.text) if _is_capitalised(token) else (False, None)
            if is_demonym and not self._demonym_is_name(doc, i):
                capital = self._capital_named(doc, i, country)
                if capital is not None:  # "capital" itself is the place's mention; the demonym stays one
                    word = doc[i + 1]
                    mentions.append(Mention(word.idx, word.idx + len(word.text), word.text, capital.name,
                                            labels[i + 1], True, False, (i + 1, i + 2)))
                    taken[i + 1] = True
                if country:
                    if not _mission_abroad(doc, i):
                        hints.append(country)
                    demonyms.append((Mention(token.idx, token.idx + len(token.text), token.text, token.text,
                                             labels[i], False, False, (i, i + 1)), country))
                i += 1
                continue
            found = self._match_at(doc, i, context) if not taken[i] else None
            if found is None and context.lowercased and not taken[i]:
                found = self._lower_match_at(doc, i, context)
            if found is None:
                i += 1
                continue
            mentions.append(found)
            for k in range(*found.tokens):
                taken[k] = True
            i = found.tokens[1]
        mentions.extend(self._unresolved_places(doc, taken))
        mentions.sort(key=lambda m: m.start)
        return Recognition(mentions, hints, demonyms)

    def _dateline(self, doc: Doc, context: _Context) -> list[Mention]:
        """The dateline's names, whatever their case, when every one is a known place
        ("Editorial:" or "Update:" is not)."""
        found = []
        for i, j in dateline_names(doc):
            span = doc[i:j]
            if not any(w >= ALTERNATE for _, w in self.gazetteer.matches(span.text)[:MAX_DIVISION_CANDIDATES]):
                return []
            found.append(Mention(span.start_char, span.end_char, span.text, span.text, context.labels[i],
                                 False, _division_after(doc, j), (i, j), dateline=True))
        return found

    def _demonym_is_name(self, doc: Doc, i: int) -> bool:
        """"Syrian" alone is a demonym; inside a known name ("Arab Emirates") it is not."""
        return i + 1 < len(doc) and self.gazetteer.knows(doc[i : i + 2].text)

    def _capital_named(self, doc: Doc, i: int, country: str | None) -> Place | None:
        """"the Somali capital", "the Afghan capital": the capital of the demonym's country."""
        if country is None or i == 0 or i + 1 >= len(doc) or doc[i - 1].lower_ != "the" or doc[i + 1].lower_ != "capital":
            return None
        return self.gazetteer.capital(country)

    def _match_at(self, doc: Doc, i: int, context: _Context) -> Mention | None:
        """Longest gazetteer name starting at token ``i`` that the context allows."""
        token = doc[i]
        if self.gazetteer.is_abbreviation(token.text):
            pass
        elif not _is_capitalised(token) or _is_acronym(token.text):
            return None  # acronyms ("EU", "IRNA") only match as listed abbreviations
        limit = min(len(doc), i + MAX_SPAN_TOKENS)
        for j in range(limit, i, -1):
            span = doc[i:j]
            last = doc[j - 1]
            if not (_is_capitalised(last) or last.lower_ in DIVISION_WORDS or self.gazetteer.is_abbreviation(last.text)):
                continue
            if any(t.is_space or "\n" in t.text for t in span):
                continue
            if j - i > 1 and not all(_is_capitalised(t) or t.lower_ in CONNECTORS or t.lower_ in DIVISION_WORDS for t in span):
                continue
            if j - i == 1 and token.lower_ in DIRECTIONS:
                continue  # "North" of "North London": let "London" match on its own
            query = span.text
            division = (
                last.lower_ in DIVISION_WORDS or _division_after(doc, j) or in_admin_parenthesis(doc, i, j)
                or self._after_place_comma(doc, i, query)
            )
            if not self.gazetteer.knows(query):
                continue
            if _hyphenated_part(doc, i, j) and not self._stands_alone(query) and not _road_pair(doc, i, j):
                continue
            mention = Mention(
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                query=query,
                label=context.labels[i],
                locative=has_locative_cue(doc, i),
                division=division,
                tokens=(i, j),
                embedded=_embedded(context.ent_of[i], i, j),
            )
            if self._acceptable(doc, mention, context):
                return mention
        return None

    def _lower_match_at(self, doc: Doc, i: int, context: _Context) -> Mention | None:
        """In text set all in lower case ("blast hit a market in peshawar"): the exact name
        of a country, region or big city right after "in"/"near"/"outside", or a district
        given with its division word ("in mehsana district")."""
        token = doc[i]
        if not (token.is_alpha and not token.is_stop and token.lower_ not in DIRECTIONS and has_locative_cue(doc, i, strong=True)):
            return None
        if i > 0 and doc[i - 1].lower_ in ("a", "an"):
            return None  # "in a bid to": no place's name follows an indefinite article
        for j in range(min(len(doc), i + 3), i, -1):
            span = doc[i:j]
            if not all(t.is_alpha and not t.is_stop or t.lower_ in CONNECTORS for t in span) or span[-1].is_stop:
                continue
            matches = self.gazetteer.matches(span.text)[:MAX_DIVISION_CANDIDATES]
            exact = [p for p, w in matches if w >= EXACT]
            # "in mehsana district": a division word vouches for a district's own name
            division = _division_after(doc, j) or span[-1].lower_ in DIVISION_WORDS
            named_division = division and any(p.is_area and w >= ALTERNATE for p, w in matches)
            if (named_division or any(_prominent(p) for p in exact)) and not _street_after(doc, j):
                return Mention(span.start_char, span.end_char, span.text, span.text, context.labels[i], True,
                               division, (i, j))
        return None

    def _after_place_comma(self, doc: Doc, i: int, query: str) -> bool:
        """"San Antonio, Nueva Ecija", "Paris, Illinois": a division named after a comma
        that closes a proper name, as datelines and reports give a town's province."""
        if i < 2 or doc[i - 1].text != "," or not (_is_capitalised(doc[i - 2]) and doc[i - 2].pos_ == "PROPN"):
            return False
        matches = self.gazetteer.matches(query)
        if any(not p.is_area and p.population >= TOWN_OVER_DIVISION for p, _ in matches):
            return False  # "Seaton Street, Edmonton": the town, not its census division
        return any(w >= ALTERNATE and p.feature_code in (ADMIN1, ADMIN2) for p, w in matches[:MAX_DIVISION_CANDIDATES])

    def _stands_alone(self, query: str) -> bool:
        """A country or big city keeps its name inside a hyphenated pair ("Russia-Turkey
        talks", "Montreal-Trudeau airport"); a smaller name there is a piece of a longer
        one ("Mayo" of "Mayo-Kebbi")."""
        return any(
            weight >= EXACT and (place.feature_code == COUNTRY or not place.is_area and place.population >= PROMINENT_POPULATION)
            for place, weight in self.gazetteer.matches(query)[:MAX_DIVISION_CANDIDATES]
        )

    def _acceptable(self, doc: Doc, mention: Mention, context: _Context) -> bool:
        """Context test for a gazetteer hit: who says this is a place and not a name?"""
        i, j = mention.tokens
        label = mention.label
        matches = self.gazetteer.matches(mention.query)
        if not matches or all(weight < 0.7 for _, weight in matches):
            return False
        if self.gazetteer.is_abbreviation(mention.query):
            return True
        if _looks_like_title(doc, i, j) or _street_after(doc, j) or _institution_of(doc, i, j):
            return False
        prominent = any(_prominent(place) for place, _ in matches[:10])
        if capitals_dateline(doc, i, j):
            return True  # "BEIRUT —", "HOLLIDAY, Mo. —": the story's place, in capitals
        if _road_pair(doc, i, j) and any(not p.is_area and w >= ALTERNATE for p, w in matches[:MAX_DIVISION_CANDIDATES]):
            return True  # "the Gao-Ansongo road": a road's two ends are towns, whatever spaCy called them
        if mention.division and any(p.is_area or w >= ALTERNATE for p, w in matches[:MAX_DIVISION_CANDIDATES]):
            return True  # "Saptari District", "(Ouallam, Tillaberi)": whatever spaCy called it
        if _place_noun_after(doc, j) and any(not p.is_area and w >= ALTERNATE for p, w in matches[:MAX_DIVISION_CANDIDATES]):
            return True  # "Depok city", "Rajbiraj area": whatever spaCy called the name
        locative = mention.locative or _qualifies_cued_name(doc, i)
        key = fold(mention.query)
        if key in context.person_words and not any(p.feature_code in NAMED_AREAS for p, _ in matches):
            return False  # a surname, unless it is also a country or state ("Wisconsin")
        if key in context.known and not _followed_by_name(doc, j) and not _preceded_by_name(doc, i):
            return True
        ent = context.ent_of[i]
        whole = ent is not None and (ent.start == i or ent[0].lower_ == "the" and ent.start + 1 == i) and ent.end == j
        if label in PLACE_LABELS:
            # a minor name inside a longer facility ("Church Street") is not the place
            return whole or prominent
        if label in BLOCKING_LABELS and not whole and _cued_inside_entity(doc, i, j, ent) and matches[0][1] >= EXACT:
            return True  # "the Fish Market in Maputo" read as a title: the name after its "in" is a place
        if label in BLOCKING_LABELS:
            # spaCy's small model calls many single towns PERSON; "in X" overrules it
            # ("in Nord Kivu" too, when the whole name is a place's own)
            if label == "PERSON" and whole and _place_as_subject(doc, i, j, matches):
                return True
            if label == "PRODUCT" and whole and j - i == 1 and matches[0][1] >= EXACT:
                # "near Damboa in Borno state": a village name read as a product; "near X" wins
                return has_locative_cue(doc, i, strong=True)
            return label == "PERSON" and locative and (j - i == 1 or matches[0][1] >= EXACT)
        if label in ("ORG", "NORP"):
            # "Edmonton" (tagged ORG), "Aleppo" (NORP), "Raqqa Civil Council": a major
            # place under its own name still locates; so does any exact name after "in"
            cued = whole and matches[0][1] >= EXACT and (has_locative_cue(doc, i, strong=True) or _place_noun_after(doc, j))
            return (prominent or cued) and matches[0][1] >= ALTERNATE
        if not prominent and _followed_by_name(doc, j):
            return False  # "Donald Trump", "Sarah Smith": a first name, not a town
        if doc[i].pos_ not in {"PROPN", "NOUN"}:
            return False
        return locative or prominent or mention.division

    def _unresolved_places(self, doc: Doc, taken: list[bool]) -> list[Mention]:
        """spaCy place entities the gazetteer lacks, kept only with a locative cue.

        They come back with no coordinates; without the cue a GPE label alone is
        too often an organisation ("Daesh").
        """
        out: list[Mention] = []
        lowercased = _is_lowercased(doc)
        for ent in [*doc.ents, *self._cued_names(doc)]:
            if ent.label_ not in PLACE_LABELS or any(taken[k] for k in range(ent.start, ent.end)):
                continue
            start = ent.start + (1 if ent[0].lower_ == "the" else 0)
            if start >= ent.end or self.gazetteer.demonym(ent.text)[0]:
                continue
            if not _is_capitalised(doc[start]) and not lowercased:  # "the canton chief" is no place
                continue
            if _institution_of(doc, start, ent.end):
                continue
            span = doc[start : ent.end]
            division = _division_after(doc, ent.end) or span[-1].lower_ in DIVISION_WORDS
            if not (has_locative_cue(doc, start) or division):
                continue
            out.append(
                Mention(span.start_char, span.end_char, span.text, span.text, ent.label_,
                        has_locative_cue(doc, start), division, (start, ent.end))
            )
            for k in range(start, ent.end):
                taken[k] = True
        return out

    @staticmethod
    def _cued_names(doc: Doc) -> list[Span]:
        """Proper-name runs right after "in"/"near"/"north of" that no entity claims."""
        spans: list[Span] = []
        i = 0
        while i < len(doc):
            # spaCy's small model calls unknown village names PERSON or ORG; "in X" wins
            if doc[i].pos_ == "PROPN" and doc[i].ent_type_ in CUEABLE and _is_capitalised(doc[i]) and has_locative_cue(doc, i, strong=True):
                j = i + 1
                while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].ent_type_ in CUEABLE and j - i < MAX_SPAN_TOKENS:
                    j += 1
                spans.append(Span(doc, i, j, label="LOC"))
                i = j
            else:
                i += 1
        return spans


def _cued_inside_entity(doc: Doc, i: int, j: int, ent: Span | None) -> bool:
    """The name at ``i`` follows "in"/"near" within a longer entity that ends with it
    ("the Fish Market in Maputo", "the bombing near Kandahar"): spaCy's label is the
    whole phrase's, not the name's."""
    return ent is not None and ent.start < i - 1 and ent.end == j and doc[i - 1].lower_ in STRONG_PREPOSITIONS


def _is_lowercased(doc: Doc) -> bool:
    """Text set all in lower case (some scraped news): there case says nothing about names."""
    starts = [s[0] for s in doc.sents if s[0].is_alpha]
    return bool(starts) and sum(t.is_lower for t in starts) * 2 > len(starts)


def _hyphenated_part(doc: Doc, i: int, j: int) -> bool:
    """"Mayo" or "Kebbi" of "Mayo-Kebbi": a piece of a hyphenated name is not that name."""
    glued_after = j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_
    glued_before = i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_
    return (glued_after and doc[j + 1].is_alpha) or (glued_before and doc[i - 2].is_alpha)


def _road_pair(doc: Doc, i: int, j: int) -> bool:
    """"the Gao-Ansongo road": a capitalised name glued by a dash to another, the pair
    followed by a road noun, is one end of a road between two towns."""
    if j + 1 < len(doc) and doc[j].text in DASHES and _is_capitalised(doc[j + 1]):
        return any(t.lower_ in ROAD_NOUNS for t in doc[j + 2 : j + 5])
    if i >= 2 and doc[i - 1].text in DASHES and _is_capitalised(doc[i - 2]):
        return j < len(doc) and doc[j].lower_ in ROAD_NOUNS
    return False


def in_admin_parenthesis(doc: Doc, i: int, j: int) -> bool:
    """Names in "Kouri (Tibesti Ouest, Tibesti)": the divisions a town lies in, as notes
    and wire copy give them. The bracket must follow a name and hold only names and commas."""
    open_at = next((k for k in range(i - 1, max(-1, i - MAX_PARENTHESIS_TOKENS), -1) if doc[k].text in "()"), None)
    if open_at is None or doc[open_at].text != "(" or open_at == 0:
        return False
    before = doc[open_at - 1]
    # "Dogona [Boborgou Saba] (Torodi, Tillaberi)": after a name's other spelling
    if not (_is_capitalised(before) or before.text == "]" or before.lower_ in DIVISION_WORDS or before.lower_ in PLACE_NOUNS):
        return False
    close_at = next((k for k in range(j, min(len(doc), open_at + MAX_PARENTHESIS_TOKENS)) if doc[k].text in "()"), None)
    if close_at is None or doc[close_at].text != ")":
        return False
    inside = doc[open_at + 1 : close_at]
    return all(_is_capitalised(t) or t.text in {",", "-"} or t.lower_ in CONNECTORS or t.lower_ in DIVISION_WORDS for t in inside)


def _qualifies_cued_name(doc: Doc, i: int) -> bool:
    """"in Kokola, Oicha": a name after the comma closing a place name given after "in"
    is the town or district that place lies in."""
    j = i
    for _ in range(MAX_CHAIN_NAMES):  # "in Barangay Tapian, Datu Saudi, Maguindanao"
        if j < 2 or doc[j - 1].text != "," or not _is_capitalised(doc[j - 2]):
            return False
        j -= 2
        while j > 0 and _is_capitalised(doc[j - 1]) and doc[j - 1].pos_ in ("PROPN", "ADJ"):
            j -= 1
        if has_locative_cue(doc, j):
            return True
    return False


def _preceded_by_name(doc: Doc, i: int) -> bool:
    """"Paris" in "Paris Hilton" is not a town; nor is "Hilton" in "Paris Hilton"."""
    return i > 0 and doc[i - 1].pos_ == "PROPN" and _is_capitalised(doc[i - 1]) and doc[i - 1].ent_type_ == "PERSON"


def _is_acronym(text: str) -> bool:
    return len(text) <= 4 and text.isupper()


def _followed_by_name(doc: Doc, j: int) -> bool:
    return j < len(doc) and doc[j].pos_ == "PROPN" and _is_capitalised(doc[j])


# Bodies named after the place they serve: "the University of Bunia" is in Bunia, not in
# University, Florida.
INSTITUTIONS: frozenset[str] = frozenset(
    {"university", "college", "school", "institute", "academy", "hospital", "bank", "ministry", "court",
     "church", "mosque", "temple", "cathedral", "museum", "library", "council", "assembly", "parliament"}
)


def _institution_of(doc: Doc, i: int, j: int) -> bool:
    """A lone institution noun before "of" ("University of Bunia"): part of a body's name."""
    return j - i == 1 and doc[i].lower_ in INSTITUTIONS and j < len(doc) and doc[j].lower_ == "of"


def _looks_like_title(doc: Doc, i: int, j: int) -> bool:
    """"Col. Dillon", "Gen. Smith": a short word cut by a full stop before a name."""
    short = j - i == 1 and len(doc[i].text) <= 4
    cut = doc[i].text.endswith(".") or (j < len(doc) and doc[j].text == ".")
    after = j + (0 if doc[i].text.endswith(".") else 1)
    # a title stands before a name; "in Beni. The ..." ends a sentence
    return short and cut and after < len(doc) and doc[after].pos_ == "PROPN" and not doc[after].is_stop


def _place_as_subject(doc: Doc, i: int, j: int, matches: list[tuple[Place, float]]) -> bool:
    """"Chad closed its borders", "Goma followed the strike": a country or big city that
    acts as the subject (or owner, "Chad's army") of a clause stands for its people or
    government, whatever spaCy's PERSON label says; a first name would come with a
    surname ("Chad Smith", which the caller leaves out as a longer entity). A country
    also qualifies a common noun as a demonym would ("Niger troops", "Kenya police")."""
    if j - i != 1:
        return False
    top, weight = matches[0]
    token = doc[i]
    if weight < EXACT:
        return False
    if token.dep_ == "compound" and token.head.i > i and token.head.pos_ == "NOUN" and token.head.is_lower:
        return top.feature_code == COUNTRY
    if token.dep_ not in ("nsubj", "nsubjpass", "poss"):
        return False
    return top.feature_code == COUNTRY or not top.is_area and top.population >= PROMINENT_POPULATION


def _prominent(place: Place) -> bool:
    return place.is_area and place.feature_code != "ADM2" or place.population >= PROMINENT_POPULATION


# A country's missions abroad: "the Iranian consulate in Najaf" stands in another country.
MISSIONS = frozenset({"embassy", "consulate", "ambassador", "envoy", "diplomat", "diplomats", "mission"})


def _mission_abroad(doc: Doc, i: int) -> bool:
    """The demonym at ``i`` qualifies one of its country's missions abroad, which points
    away from that country, so it is no hint of where the story is."""
    return i + 1 < len(doc) and doc[i + 1].lower_ in MISSIONS
