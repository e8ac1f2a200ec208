"""ACLED's sub-type conventions for who the two sides are, applied once the sub-type is final.

ACLED's codebook ties actor categories to event types: a protest's actor1 is
"Protesters" and a riot's is "Rioters" whoever takes part; violence against
civilians always has civilians as actor2; an intervention is by state forces; a
peaceful protest or a change to a group has no actor2. The parse often leaves a
side unnamed ("10 soldiers were killed in the fighting"), while the same paragraph
names it ("... clashed with ADF rebels. 10 soldiers were killed"): a missing side
is then taken from the paragraph's other actors (zero anaphora), never invented
beyond the category the sub-type itself implies.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..extract.actors import CLASH_LEMMAS, names_installation
from ..extract.measures import MEASURE_CLASS
from ..extract.premises import aboard
from ..normalise.actors import ActorDictionary
from ..record import Actor, Event
from ..taxonomy import ARMED_TYPES as ARMED
from ..taxonomy import NON_STATE_ARMED_TYPES
from ..taxonomy import UNARMED_TYPES as CROWDS
from ..taxonomy import event_type_of
from .blasts import is_vehicle, struck_phrase
from .crowds import (
    crowd_kind,
    harms_bystanders,
    only_blocks,
    only_property_harmed,
    turned_violent,
    two_crowds_fought,
)
from .communal import MOB_VIOLENCE, communal_groups, communities_fighting, joined_communities
from .militias import communal_conflict, doer_is_community, head_noun, not_communal
from .paragraph_actors import ArticlePhrases, ParagraphActors, is_government, same_side
from .paragraphs import paragraph, sentences_before
from .riots import RIOTS, lend_riot_doers

PROTESTS = frozenset({"Peaceful protest", "Protest with intervention", "Excessive force against protesters"})

INTERVENED = frozenset({"Protest with intervention", "Excessive force against protesters"})

CALM_PROTESTS = frozenset({"Peaceful protest", "Protest with intervention"})

# Sub-types whose target ACLED codes as civilians, whoever the report calls them.
CIVILIAN_TARGETS = frozenset(
    {"Attack", "Abduction/forced disappearance", "Sexual violence", "Looting/property destruction"}
)

# Sub-types fought between two armed sides.
ARMED_SIDES = frozenset(
    {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"}
)

REMOTE = frozenset(
    {"Remote explosive/landmine/IED", "Grenade", "Suicide bomb", "Shelling/artillery/missile attack", "Air/drone strike"}
)

# Sub-types done by an armed actor even when the report does not say which.
ARMED_DOER = CIVILIAN_TARGETS | ARMED_SIDES | REMOTE

# Settled between two parties ("surrendered to the army", "signed a ceasefire with X").
AGREEMENTS = frozenset({"Agreement"})

# Acts only the state does in ACLED's coding (arrests, defusing a bomb).
STATE_DOER = frozenset({"Arrests", "Disrupted weapons use"})

# One-sided developments: ACLED leaves actor2 empty.
NO_TARGET = frozenset({"Peaceful protest", "Change to group/activity", "Headquarters or base established"})

UNIDENTIFIED = "unidentified armed group"


def _as(category: Actor | None, actor: Actor | None) -> Actor | None:
    """``category``'s name and type with ``actor``'s surface text."""
    if category is None:
        return actor
    return category.model_copy(update={"text": actor.text if actor is not None else None})


def apply_conventions(events: list[Event], doc: Doc, dictionary: ActorDictionary, year: int | None) -> None:
    """Fix each event's actor categories to what its sub-type implies (see module docstring)."""
    article = ArticlePhrases(doc)
    for event in events:
        if event.sub_event_type is None:
            continue
        context = ParagraphActors(doc, event, dictionary, year, article)
        for rule in _RULES:
            rule(event, context)
    lend_riot_doers(events)


def _crowds(event: Event, context: ParagraphActors) -> None:
    """Protesters and rioters are named by what they did; police acting on them are actor2."""
    kind = "protesters" if event.sub_event_type in PROTESTS else "rioters" if event.sub_event_type in RIOTS else None
    if kind is None:
        return
    crowd = context.generic(kind)
    actor1, actor2 = event.actor1, event.actor2
    led = _followers(actor1)
    if event.sub_event_type in INTERVENED and _armed(actor1) and actor1.type != "State forces" and not context.unnamed(actor1) and not led:
        # "Gunmen opened fire on protesters": armed men, not the state, used force on the crowd (ACLED).
        event.actor2 = _as(crowd, actor2 if actor2 is not None and actor2.type in CROWDS else None)
        return
    if actor1 is not None and actor1.type == "State forces":
        # "Police dispersed a march": ACLED puts the crowd first.
        actor1, actor2 = actor2, actor1
    if actor1 is None or actor1.type is None or actor1.type in CROWDS or context.unnamed(actor1):
        actor1 = _as(crowd, actor1)  # "Nepali Congress activists clashed": rioters all the same
    elif actor1.type != "State forces" and crowd is not None:
        # "BNP activists blocking a road", "Renamo supporters clashed": the crowd is the
        # doer (ACLED), the party or group that led it an associated actor.
        event.assoc_actor_1 = [actor1, *(a for a in event.assoc_actor_1 if a.name != actor1.name)]
        actor1 = _as(crowd, actor1)
    if event.sub_event_type in RIOTS and context.sent is not None and two_crowds_fought(context.sent, context.side):
        # "Supporters of two parties clashed; police dispersed them": rioters against
        # rioters (ACLED's mob violence), the police who broke it up no side of it.
        _retype(event, MOB_VIOLENCE)
        actor2 = _as(context.generic("rioters"), actor2 if actor2 is not None and actor2.type in CROWDS else None)
    if actor2 is not None and actor2.type in CROWDS and event.sub_event_type != "Mob violence" and not aboard(actor2):
        # Rioters burning tyres have no victim; only a mob's target is one, and the
        # people in a bus or truck the crowd stoned or set alight (ACLED: civilians).
        actor2 = None
    if actor2 is not None and is_government(actor2):
        # "torched a government vehicle" harms property, "stoned a district official" a
        # civilian: a government is no party on the ground (ACLED).
        actor2 = _as(context.generic("civilians"), actor2) if _bystanders_hurt(context) else None
    if event.sub_event_type == "Mob violence" and actor2 is not None and actor2.type == "Protesters":
        actor2 = _as(context.generic("rioters"), actor2)  # "a clash between Congress and UML activists": two mobs
    if event.sub_event_type == "Mob violence" and context.clash and actor2 is not None and actor2.type == "Civilians":
        actor2 = _as(context.generic("rioters"), actor2)  # "two farmers were killed" as two groups clashed: a side
    if event.sub_event_type in PROTESTS and actor2 is not None and actor2.type is None:
        # "blocked the road into Beni. Police fired tear gas to scatter the crowd": a protest's
        # only other party is who acts on the crowd, never a name the parse left untyped.
        actor2 = None
    if actor2 is None and event.sub_event_type in INTERVENED:
        actor2 = next(iter(context.intervening), None) or context.state()
    if actor2 is None and event.sub_event_type in RIOTS:
        # Police who break up two groups fighting each other are no side of it (ACLED's
        # mob violence), only police the crowd fought or turned on are.
        brawl = event.sub_event_type == MOB_VIOLENCE and context.clash
        actor2 = context.state(targeted=True, acting=not brawl)
    if actor2 is None and event.sub_event_type in RIOTS and not context.clash and _bystanders_hurt(context):
        actor2 = context.generic("civilians")  # "the students attacked journalists"
    if actor2 is None and event.sub_event_type in INTERVENED:
        actor2 = context.generic("police")
    if event.sub_event_type == "Mob violence" and _only_property(context):
        # A mob that only wrecked things ("torched a section of the campus", the parse's
        # "civilians") has no victim: rioters alone (ACLED).
        actor2 = None if actor2 is not None and actor2.type == "Civilians" else actor2
    elif actor2 is None and event.sub_event_type == "Mob violence":
        # A mob has a victim: the other crowd when two groups clash, else civilians.
        actor2 = context.generic("rioters" if context.clash else "civilians")
    event.actor1, event.actor2 = actor1, actor2

# Heads that name a group's rank and file ("BNP activists", "Renamo supporters"): a crowd
# its party led, not armed men acting on a crowd.
FOLLOWERS = frozenset({"activist", "supporter", "member", "worker", "cadre", "follower", "loyalist"})


def _followers(actor: Actor | None) -> bool:
    return actor is not None and head_noun(actor.text) in FOLLOWERS


def _brawl(event: Event, context: ParagraphActors) -> None:
    """Two crowds named as such fighting each other ("a clash between ruling party and
    opposition supporters"), read as a battle or as force on protesters, are ACLED's
    mob violence: no armed side fought and no police fired on a protest."""
    if event.sub_event_type not in ARMED_SIDES | INTERVENED or context.sent is None:
        return
    if _armed(event.actor1) and not context.unnamed(event.actor1) and event.actor1.type != "State forces":
        return  # a named armed group fought
    if two_crowds_fought(context.sent, context.side, named_crowds=True):
        _retype(event, MOB_VIOLENCE)
        crowd = event.actor1 if event.actor1 is not None and event.actor1.type in CROWDS else None
        event.actor1, event.actor2 = _as(context.generic("rioters"), crowd), None  # ``_crowds`` names the other crowd


def _bystanders_hurt(context: ParagraphActors) -> bool:
    """The paragraph tells of civilians harmed, or from the event's sentence on of anyone
    unarmed the crowd hurt ("manhandled the manager", whom the dictionary does not know)."""
    told = context.sent is not None and harms_bystanders(_told_from(context.sent), context.side)
    return context.harmed_civilians() or told


def _only_property(context: ParagraphActors) -> bool:
    """From the event's sentence on, the paragraph tells of things wrecked and no one hurt."""
    return context.sent is not None and not context.clash and only_property_harmed(_told_from(context.sent))


def _retype(event: Event, sub_event_type: str) -> None:
    event.sub_event_type = sub_event_type
    event.event_type = event_type_of(sub_event_type)


def _communal(event: Event, context: ParagraphActors) -> None:
    """A fight "between Hindu and Muslim groups": mob violence, rioters against rioters,
    with the communities as associated actors (``communal``)."""
    if event.event_type not in ("Battles", "Riots", "Violence against civilians") or context.sent is None:
        return
    communities = communities_fighting(context.sent)
    rioters = context.generic("rioters")
    if not communities or rioters is None or _armed(event.actor1) and not context.unnamed(event.actor1):
        return
    _retype(event, MOB_VIOLENCE)
    event.actor1, event.actor2 = rioters, rioters.model_copy()
    first, second = communal_groups(communities, rioters)
    event.assoc_actor_1, event.assoc_actor_2 = [first], [second]


def _protest_or_not(event: Event, context: ParagraphActors) -> None:
    """A peaceful protest the police act on ("intervened and dispersed the crowd") is a
    protest with intervention; force "against protesters" in a paragraph that tells of
    no crowd ("a suspect killed in a police raid") is an attack on civilians; a crowd
    that only blocked a road demonstrated peacefully (``crowds.only_blocks``), and one
    that burnt, stoned or clashed there or in the paragraph's next sentences rioted."""
    if event.sub_event_type == "Violent demonstration" and context.sent is not None and only_blocks(context.sent):
        _retype(event, "Peaceful protest")
    if event.sub_event_type in CALM_PROTESTS and context.sent is not None and turned_violent(_told_from(context.sent)):
        _retype(event, "Violent demonstration")  # "They blocked the road and burnt tyres"
    if event.sub_event_type == "Peaceful protest" and context.intervening:
        _retype(event, "Protest with intervention")
    elif event.sub_event_type == "Excessive force against protesters" and context.crowd_type() is None:
        _retype(event, "Attack")


def _told_from(sent: Span) -> list[Span]:
    """The sentence and those after it in its paragraph: what the crowd went on to do."""
    sents = paragraph(sent)
    return [s for s in sents if s.start >= sent.start]


def _force_on_protest(event: Event, context: ParagraphActors) -> None:
    """The state's attack told in or after a protest that state forces acted on ("Police
    dispersed the march. A student was shot dead") is force against protesters; a
    protest told after it ("Residents later protested") is about it, not against it."""
    if event.sub_event_type != "Attack" or not _state_forces(event.actor1) or not context.intervening:
        return
    if context.sent is None or crowd_kind([context.sent, *sentences_before(context.sent, len(context.sent.doc))]) != "Protesters":
        return
    _retype(event, "Excessive force against protesters")
    _crowds(event, context)


def _no_target(event: Event, context: ParagraphActors) -> None:
    """One-sided developments have no actor2; a change no one is named for ("a curfew
    was imposed") or a country made ("Chad closed its borders") is the government's."""
    if event.sub_event_type not in NO_TARGET:
        return
    event.actor2 = None
    if event.sub_event_type == MEASURE_CLASS and (event.actor1 is None or event.actor1.type is None):
        event.actor1 = _as(_government_of(event.actor1, context), event.actor1)


def _government_of(actor: Actor | None, context: ParagraphActors) -> Actor | None:
    """The government of the country an untyped doer names ("Chad closed its borders",
    wherever the border leads), else of the event's country."""
    if actor is not None and actor.text:
        named = context.dictionary.lookup(f"{actor.text} government", year=context.year)
        if named is not None and named.name.startswith("Government of"):
            return named
    return context.generic("government")


def _state_doer(event: Event, context: ParagraphActors) -> None:
    """Arrests and disrupted weapons are the state's; the arrested are civilians unless armed."""
    if event.sub_event_type not in STATE_DOER:
        return
    if event.actor1 is None or event.actor1.type != "State forces":
        if event.actor2 is not None and event.actor2.type == "State forces":
            event.actor1, event.actor2 = event.actor2, event.actor1
        else:
            event.actor1 = context.state() or context.generic("police")
    if event.sub_event_type == "Disrupted weapons use" and event.actor2 is None:
        event.actor2 = context.armed(besides=event.actor1) or context.generic(UNIDENTIFIED)  # who planted it
    if event.sub_event_type == "Arrests" and (event.actor2 is None or event.actor2.type not in ARMED):
        # Those arrested at a protest are protesters; for a fight between communities
        # ("arrested 20 men over the inter-ethnic clashes"), its communal militia (ACLED
        # codes those held by the side they fought on); anyone else unarmed, civilians.
        communal = context.sent is not None and communal_conflict(paragraph(context.sent))
        arrested = "communal militia" if communal else (context.crowd_type() or "civilians").lower()
        event.actor2 = _as(context.generic(arrested), event.actor2)


def _armed_sides(event: Event, context: ParagraphActors) -> None:
    """Violence has an armed doer; fighting has two armed sides; its target may be civilians."""
    subtype = event.sub_event_type
    if subtype in AGREEMENTS and event.actor1 is not None:
        pressing = next(iter(context.pressing), None)  # "as U.S.-backed forces close in"
        if _unnamed_group(event.actor1) and event.actor1.text is not None:
            # "ISIS fighters will fight on, but some local militants have surrendered":
            # unnamed fighters giving up in a paragraph that names one non-state armed
            # group are its members (not of the side pressing them).
            besides = event.actor2 if _armed(event.actor2) else pressing
            named = context.armed(besides=besides, named_only=True, observers=False, kinds=NON_STATE_ARMED_TYPES)
            event.actor1 = _as(named, event.actor1) if named is not None else event.actor1
        if not _armed(event.actor2):
            # "surrendered to military and government officials": the armed party it is made with
            event.actor2 = pressing or context.armed(besides=event.actor1) or event.actor2
        return
    if subtype not in ARMED_DOER:
        return
    taken = subtype == "Abduction/forced disappearance"
    if (subtype == "Attack" or taken) and _serving_forces(event.actor2, context, taken) and not _state_forces(event.actor1):
        # "Gunmen shot dead a policeman on patrol": violence against state forces on
        # duty is fighting them (ACLED's armed clash), not an attack on civilians; so is
        # seizing them ("gunmen abducted five policemen", "rebels captured seven
        # soldiers"): ACLED codes the abducted party's own category, as an armed clash.
        _retype(event, "Armed clash")
        subtype = event.sub_event_type
        if event.actor1 is not None and event.actor1.type in CROWDS:
            event.actor1 = _as(context.generic(UNIDENTIFIED), event.actor1)  # "shot dead by two men": armed men
    if subtype in CIVILIAN_TARGETS:
        event.actor2 = _as(context.generic("civilians"), event.actor2)
        if event.actor1 is not None and event.actor1.type == "Civilians":
            # "pastoralists attacked farmers", "shot dead by locals": civilians who do
            # violence, and no armed group the paragraph names, are a communal militia.
            found = context.doer(besides=event.actor2, one_sided=True)
            named = found is not None and not found.name.startswith("Unidentified")
            militia = UNIDENTIFIED if not_communal(event.actor1.text) else "communal militia"  # "drug suspects"
            event.actor1 = found if named else _as(context.generic(militia), event.actor1)
    elif subtype in ARMED_SIDES:
        _communal_sides(event, context)
    one_sided = subtype not in ARMED_SIDES
    _victims_attacked(event, context, one_sided=one_sided)
    if context.unnamed(event.actor1):
        found = context.doer(besides=event.actor2, one_sided=one_sided)
        event.actor1 = found if found is not None and not found.name.startswith("Unidentified") else event.actor1
    if event.actor1 is None or event.actor1.type not in ARMED:
        event.actor1 = context.doer(besides=event.actor2, one_sided=one_sided) or context.generic(UNIDENTIFIED)
    if subtype in GROUND_TAKEN:
        _ground_force(event, context)
    if subtype == "Non-state actor overtakes territory" and _state_forces(event.actor1):
        # "the offensive to liberate Mosul", its taker found in the paragraph: the state's
        # forces taking ground is ACLED's government regaining territory.
        _retype(event, "Government regains territory")
        subtype = event.sub_event_type
    if subtype in ARMED_SIDES | REMOTE | AGREEMENTS and (event.actor2 is None or event.actor2.type is None):
        # The other side, or the armed target of a blast ("mortar shells targeting an army
        # position"), never the police who tell of it ("killing 12 people, police said").
        event.actor2 = context.armed(besides=event.actor1, observers=subtype not in REMOTE) or event.actor2
    one_side = subtype == "Armed clash" and not context.fighting()
    if (subtype in REMOTE or one_side) and event.actor2 is None and context.harmed_civilians():
        # "A truck struck an IED. The driver was killed": the blast's victims are
        # civilians; one armed side killing civilians is an attack, not a clash.
        event.actor2 = context.generic("civilians")
        if subtype == "Armed clash":
            _retype(event, "Attack")
    if subtype in ARMED_SIDES | REMOTE and _unnamed_group(event.actor2) and event.actor2.text is not None:
        # "struck PKK hideouts, killing three militants": unnamed fighters of a paragraph
        # that names one non-state armed group are its own.
        named = context.armed(besides=event.actor1, named_only=True, observers=False)
        if named is not None and named.type in NON_STATE_ARMED_TYPES:
            event.actor2 = _as(named, event.actor2)
    if subtype == "Armed clash" and event.actor2 is None and _fought_among_themselves(event.actor1, context):
        # "Clan militias fought over grazing land": one kind on both sides (ACLED).
        event.actor2 = event.actor1.model_copy()
    if subtype in ARMED_SIDES and event.actor2 is None and (event.actor1.type == "State forces" or context.unnamed(event.actor1)):
        # Forces fighting a side nobody names ("a shootout with the police"), or fighting
        # of which no side is named ("clashes killed 12 civilians"): ACLED's unidentified
        # armed group.
        event.actor2 = context.generic(UNIDENTIFIED)
    _communal_doer(event, context)

# Territory taken: ACLED names the force on the ground that took it.
GROUND_TAKEN = frozenset({"Non-state actor overtakes territory", "Government regains territory"})

# Nouns for the unnamed partners a foreign force takes ground with ("troops and their allies").
ALLIES = frozenset({"ally", "partner"})


def _ground_force(event: Event, context: ParagraphActors) -> None:
    """"U.S.-led coalition troops and their allies have liberated 90 percent of Raqqa": a
    foreign force told taking ground with unnamed allies backs the ground force of the
    country that took it (the SDF, known by its backer in the dictionary): that force is
    actor1, the foreign one associated with it."""
    actor = event.actor1
    if actor is None or actor.type != "External/Other forces" or actor.text is None or context.sent is None:
        return
    allies = next((t for t in context.sent if t.lemma_.lower() in ALLIES and t.dep_ == "conj"), None)
    if allies is None:
        return
    year = context.event_year or context.year
    partner = context.dictionary.backed_group(actor.text, allies_phrase(allies), year=year, country_code=context.country)
    if partner is not None:
        event.actor1, event.assoc_actor_1 = partner, [actor, *event.assoc_actor_1]
        context.backing.extend(a for a in context.actors if a.name == actor.name)  # on its side, never its foe


def allies_phrase(token: Token) -> str:
    """The words of a noun and what modifies it ("their allies")."""
    return token.doc[token.left_edge.i : token.i + 1].text


def _victims_attacked(event: Event, context: ParagraphActors, *, one_sided: bool) -> None:
    """"Six soldiers died in an ambush", "four policemen died when their patrol was
    ambushed": when the parse names no armed side and the paragraph's nearest armed
    actor is only told dying or harmed, with no words of two sides fighting, that actor
    is the one attacked (actor2), never the doer; the doer is then another armed actor
    of the paragraph, else ACLED's unidentified armed group (filled in by the caller)."""
    if context.fighting() or _armed(event.actor2) or not (event.actor1 is None or context.unnamed(event.actor1)):
        return
    found = context.doer(besides=None, one_sided=one_sided)
    if found is None or not any(found is a for a in context.suffering):
        return
    event.actor2 = found
    if event.actor1 is not None and event.actor1.type not in ARMED:
        event.actor1 = None


def _forces_attacked(event: Event, context: ParagraphActors) -> None:
    """An attack on a force's post or station, or one that hurt its members, is on that
    force (ACLED: an armed clash, or a blast aimed at it), never on civilians: "a grenade
    at a police station, injuring three officers" is on the police, and "stormed a
    checkpoint, killing six policemen" on the police its victims name, not the army a
    bare checkpoint suggests."""
    if event.sub_event_type not in ARMED_DOER - {"Looting/property destruction"}:
        return
    victims = [a for a in context.suffering if _serving_forces(a, context) and not same_side(a, event.actor1)]
    held = [a for a in context.held if not same_side(a, event.actor1)]
    force = next(iter(victims + held), None)
    actor2 = event.actor2
    at_a_post = bool(held) or actor2 is not None and names_installation(actor2.text)
    if force is None or not at_a_post or (actor2 is not None and actor2.type in NON_STATE_ARMED_TYPES):
        return
    event.actor2 = _as(force, actor2)
    if event.sub_event_type == "Attack":
        _retype(event, "Armed clash")


def _fought_among_themselves(actor: Actor, context: ParagraphActors) -> bool:
    """A plural non-state subject of a fighting verb that names no foe ("rival clan
    militias clashed", "gunmen fought each other"): both sides are of that kind."""
    if context.sent is None or actor.type not in NON_STATE_ARMED_TYPES or not actor.text:
        return False
    last = actor.text.split()[-1]
    for token in context.sent:
        verb = token.head
        if token.text != last or token.dep_ != "nsubj" or token.tag_ != "NNS" or verb.lemma_.lower() not in CLASH_LEMMAS:
            continue
        foes = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "against")]
        return not foes and not any(c.dep_ == "conj" for c in token.children)
    return False


def _communal_doer(event: Event, context: ParagraphActors) -> None:
    """Unnamed attackers whom the report ties to a community ("identified as herders",
    "amid inter-ethnic fighting") are a communal militia (``militias``), and so is the
    unnamed side a communal militia fights ("a clash with a rival clan": ACLED codes
    both sides as communities); an "armed group" the report itself calls so stays one."""
    if context.sent is None:
        return
    communal = context.generic("communal militia")
    if _unnamed_group(event.actor1) and (doer_is_community(context.sent) or communal_conflict(paragraph(context.sent))):
        event.actor1 = _as(communal, event.actor1)
    if event.sub_event_type not in ARMED_SIDES:
        return
    # A vigilante group fights criminals, not a rival community: its foe stays unidentified.
    identity = [a is not None and a.type == "Identity militia" and not _vigilantes(a) for a in (event.actor1, event.actor2)]
    if identity[0] and _unnamed_group(event.actor2):
        event.actor2 = _as(communal, event.actor2)
    elif identity[1] and _unnamed_group(event.actor1):
        event.actor1 = _as(communal, event.actor1)


def _vigilantes(actor: Actor) -> bool:
    return actor.name.startswith("Vigilante Group")


def _unnamed_group(actor: Actor | None) -> bool:
    """ACLED's unidentified armed group, unless the report itself says "armed group"."""
    if actor is None or not actor.name.startswith("Unidentified Armed Group"):
        return False
    # Filled in with the category's own words ("unidentified armed group"), the report said none.
    return actor.text is None or "armed group" not in actor.text.lower() or actor.text == UNIDENTIFIED


def _blast_target(event: Event, context: ParagraphActors) -> None:
    """A blast's target is what the device struck (``blasts``): an armed side whose
    vehicle or patrol it hit, its planter being the doer; else the civilians aboard."""
    if event.sub_event_type not in REMOTE or context.sent is None:
        return
    phrase = struck_phrase(context.sent, context.dictionary.is_instrument)
    if phrase is None:
        return
    struck = context.generic(phrase.text)
    if struck is not None and struck.type in ARMED and not struck.name.startswith("Unidentified"):
        event.actor2 = struck
    elif (struck is not None and struck.type == "Civilians") or (is_vehicle(phrase) and not _armed(event.actor2)):
        # "a bus hit a mine"; "their truck hit a mine" after "two soldiers were killed" stays theirs.
        event.actor2 = context.generic("civilians")
    else:
        return
    actor1 = event.actor1
    if actor1 is None or same_side(actor1, event.actor2) or (actor1.text is not None and actor1.text in phrase.text):
        event.actor1 = context.doer(besides=event.actor2, one_sided=True) or context.generic(UNIDENTIFIED)


def _state_forces(actor: Actor | None) -> bool:
    """Police or military, not a government (no party on the ground)."""
    return actor is not None and actor.type == "State forces" and not is_government(actor)

# Words that make a member of the forces a civilian ("a retired soldier", "an ex-policeman").
FORMER = re.compile(r"\b(?:retired|former|ex-\w*)\b", re.IGNORECASE)

# A paragraph that tells of forces out of the fight: off duty (or in plain clothes), or
# held captive (ACLED codes their killing or abduction as violence against civilians).
OFF_DUTY = re.compile(r"\boff[- ]duty\b|\b(?:plain|civilian) ?clothes\b", re.IGNORECASE)

CAPTIVE = re.compile(r"\b(?:executed|captive|captives|hostage|hostages|prisoner)\b", re.IGNORECASE)


def _serving_forces(actor: Actor | None, context: ParagraphActors, taken: bool = False) -> bool:
    """Police or soldiers on duty: not a retired or former member, nor one the
    paragraph tells was off duty or a captive (unless the act told is the taking
    itself, ``taken``: "took five policemen hostage")."""
    if not _state_forces(actor) or FORMER.search(actor.text or ""):
        return False
    told = " ".join(s.text for s in paragraph(context.sent)) if context.sent is not None else ""
    return not OFF_DUTY.search(told) and (taken or not CAPTIVE.search(told))


def _armed(actor: Actor | None) -> bool:
    return actor is not None and actor.type in ARMED


def _communal_sides(event: Event, context: ParagraphActors) -> None:
    """"Farmers and herders clashed": civilians who fight are a communal militia (ACLED);
    the casualties of a clash between armed forces are not its other side. "Clashes
    between Borana and Gabra communities" are two communal militias, one each."""
    communal = context.generic("communal militia")
    if communal is not None and event.actor1 is not None and len(peoples := joined_communities(event.actor1.text)) == 2:
        event.actor1, event.actor2 = (communal.model_copy(update={"text": people}) for people in peoples)
        return
    if event.actor1 is not None and event.actor1.type in CROWDS:
        event.actor1 = _as(communal, event.actor1)
    elif (event.actor1 is None or context.unnamed(event.actor1)) and context.only_civilians():
        event.actor1 = communal
    if event.actor2 is not None and event.actor2.type in CROWDS:
        both_communal = event.actor1 is not None and event.actor1.type == "Identity militia"
        event.actor2 = _as(communal, event.actor2) if both_communal else None

_RULES = (
    _communal, _brawl, _protest_or_not, _crowds, _no_target, _state_doer, _armed_sides, _forces_attacked, _blast_target,
    _force_on_protest,
)
