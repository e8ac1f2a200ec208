"""Cross-article de-duplication: incremental, order-independent, undoable, stored."""

from __future__ import annotations

import random
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from warlog.article import Article
from warlog.dedup.canonical import build_cluster
from warlog.dedup.cluster import MemoryIndex
from warlog.dedup.evaluate import SplitScore, cluster_gold, evaluate, read_gold, score
from warlog.record import Actor, Event, EventDate, Evidence, Location, Mention, make_event_id
from warlog.store import Store
from warlog.store.clusters import save_and_cluster, store_cluster_of, store_clusters, store_split

GOLD = Path(__file__).resolve().parents[1] / "data" / "dedup" / "clusters.jsonl"

HAWIJA = Location(name="Hawija", latitude=35.32, longitude=43.78, country="Iraq", country_code="IQ", precision=1)
MOSUL = Location(name="Mosul", latitude=36.34, longitude=43.13, country="Iraq", country_code="IQ", precision=1)
ISIS = Actor(name="Islamic State (Iraq)", type="Rebel group")


def article(aid: str, text: str, source: str, day: date = date(2017, 10, 11)) -> Article:
    return Article(id=aid, text=text, date=day, source=source)


def event(art: Article, sentence: str, *, sub: str = "Non-violent transfer of territory",
          place: Location = HAWIJA, day: str = "2017-10-05", fatalities: int | None = None) -> Event:
    start = art.text.index(sentence)
    evidence = Evidence(text=sentence, start=start, end=start + len(sentence))
    return Event(
        event_id=make_event_id(art.id, start, sub),
        article_id=art.id,
        event_type="Strategic developments" if sub == "Non-violent transfer of territory" else "Battles",
        sub_event_type=sub,
        actor1=ISIS,
        location=place,
        date=EventDate(start=day, end=day, precision=1, text="last week"),
        fatalities=fatalities,
        evidence=evidence,
        confidence=0.8,
        sources=[art.source] if art.source else [],
        mentions=[Mention(article_id=art.id, evidence=evidence, source=art.source)],
    )


S1 = "More than one thousand ISIS militants surrendered to Kurdish forces near the town of Hawija."
S2 = "Over 1,000 Islamic State militants surrendered to Kurdish Peshmerga forces after fleeing Hawija."
S3 = "Hundreds of ISIS fighters surrendered to Kurdish forces near Mosul on Sunday."
S4 = "ISIS militants surrendered to Kurdish forces near the town of Hawija, officials said."

A1 = article("breitbart-1", f"Iraq. {S1} More news.", "Breitbart")
A2 = article("reuters-1", f"KIRKUK. {S2} Other text.", "Reuters")
A3 = article("ap-1", f"{S3}", "AP")
A4 = article("afp-1", f"Baghdad. {S4}", "AFP")


def hawija_events() -> list[Event]:
    return [
        event(A1, S1, fatalities=0),
        event(A2, S2, fatalities=2),
        event(A3, S3, place=MOSUL, day="2017-10-08"),
        event(A4, S4, day="2017-09-01"),
    ]


def clusters_of(index: MemoryIndex) -> set[frozenset[str]]:
    return {frozenset(c.member_ids) for c in index.clusters.values()}


def test_two_reports_of_the_hawija_surrender_become_one_cluster_with_two_outlets() -> None:
    index = MemoryIndex()
    a, b, *_ = hawija_events()
    index.add([a])
    changed = index.add([b])  # incremental: joins the existing cluster
    assert len(changed) == 1
    cluster = changed[0]
    assert set(cluster.member_ids) == {a.event_id, b.event_id}
    assert cluster.corroboration == 2 and cluster.outlets == ("Breitbart", "Reuters")
    assert cluster.cluster_id == min(a.event_id, b.event_id) == cluster.event.event_id
    assert {m.article_id for m in cluster.event.mentions} == {"breitbart-1", "reuters-1"}
    assert cluster.fatality_range == (0, 2) and cluster.event.location.name == "Hawija"
    assert cluster.to_dict()["corroboration"] == 2


KIRKUK_PROVINCE = Location(name="Kirkuk", latitude=35.5, longitude=44.2, admin1="Kirkuk", country="Iraq",
                           country_code="IQ", precision=3)
GENEVA = Location(name="Geneva", latitude=46.2, longitude=6.15, admin1="Geneve", country="Switzerland",
                  country_code="CH", precision=1)
S5 = "Islamic State fighters surrendered to Kurdish forces in Kirkuk province on Thursday."
S6 = "The U.N. refugee agency said the surrender of the Islamic State fighters near Hawija was welcome."


def test_a_dateline_abroad_does_not_move_the_canonical_place_out_of_the_country() -> None:
    """The report telling it dates it best; a report from Geneva places it more finely,
    but in the wrong country: the canonical place stays in Iraq."""
    told = event(article("rtr-2", f"KIRKUK. {S5}", "Reuters"), S5, place=KIRKUK_PROVINCE)
    geneva = event(article("afp-2", f"GENEVA. {S6}", "AFP"), S6, place=GENEVA)
    geneva.date = EventDate(start="2017-10-01", end="2017-10-31", precision=3, text="this month")
    cluster = build_cluster([told, geneva])
    assert cluster.event.location.country_code == "IQ"
    assert cluster.event.location.name == "Kirkuk"
    # Two reports in Iraq against one from Geneva that dates it best: Iraq still.
    again = event(article("ap-2", f"KIRKUK. {S5}", "AP"), S5, place=KIRKUK_PROVINCE)
    again.date = geneva.date
    geneva.date = told.date
    assert build_cluster([told, geneva, again]).event.location.country_code == "IQ"


def test_other_town_and_other_date_stay_apart() -> None:
    index = MemoryIndex()
    for ev in hawija_events():
        index.add([ev])
    a, b, mosul, early = hawija_events()
    assert clusters_of(index) == {
        frozenset({a.event_id, b.event_id}),
        frozenset({mosul.event_id}),
        frozenset({early.event_id}),
    }


def test_same_clusters_in_any_input_order() -> None:
    events = hawija_events()
    expected = None
    for seed in range(6):
        shuffled = events[:]
        random.Random(seed).shuffle(shuffled)
        index = MemoryIndex()
        for ev in shuffled:
            index.add([ev])
        result = (clusters_of(index), sorted(index.clusters))
        expected = expected or result
        assert result == expected


def test_split_is_remembered_and_not_re_merged() -> None:
    index = MemoryIndex()
    a, b, *_ = hawija_events()
    index.add([a, b])
    (joined,) = [c for c in index.clusters.values() if len(c.member_ids) == 2]
    index.split([b.event_id])
    assert index.cluster_of[a.event_id] != index.cluster_of[b.event_id]
    # A third report that links to both must not glue them back together.
    c = event(A4, S4)
    index.add([c])
    assert index.cluster_of[a.event_id] != index.cluster_of[b.event_id]
    assert joined.cluster_id not in index.clusters or len(index.clusters[joined.cluster_id].member_ids) < 3


def test_store_round_trip_ingest_cluster_split_reingest(tmp_path: Path) -> None:
    a, b, mosul, _ = hawija_events()
    with Store(f"sqlite:///{tmp_path / 'events.db'}") as store:
        save_and_cluster(store, A1, [a])
        save_and_cluster(store, A2, [b])
        save_and_cluster(store, A3, [mosul])
        records = store_clusters(store)
        assert sorted(r["corroboration"] for r in records) == [1, 2]
        pair_cluster = store_cluster_of(store, a.event_id)
        assert pair_cluster == store_cluster_of(store, b.event_id) == min(a.event_id, b.event_id)
        # Re-ingesting an article keeps the clustering as it was.
        save_and_cluster(store, A2, [b])
        assert len(store_clusters(store)) == 2
        store_split(store, pair_cluster, [b.event_id])
        save_and_cluster(store, A2, [b])  # re-clustering does not undo the split
        assert store_cluster_of(store, a.event_id) != store_cluster_of(store, b.event_id)
        assert len(store_clusters(store)) == 3
    with Store(f"sqlite:///{tmp_path / 'events.db'}") as store:  # persisted
        assert {r["cluster_id"] for r in store_clusters(store)} == {a.event_id, b.event_id, mosul.event_id}


# Floors from the measured scores (see tests/data/dedup/GUIDE.md); they guard against
# regressions, they are NOT the targets (P >= 0.9, R >= 0.8).
# Pairwise (precision, recall), then B-cubed (precision, recall): batches 1-3, then
# the whole set with batch 4; raised to the figures measured with ``told`` (one
# happening told in nearby sentences) and ``dating`` (a bare year read from a count or
# another sentence does not block a link). The whole set's dev pairwise precision
# floor went from 0.92 to 0.90 (measured 0.906, from 0.931) for recall 0.664 -> 0.713:
# the new links cost 3 wrong pairs for 6 right ones, still above the 0.9 target.
# Round 3 (a story coming back to its incident far down, a restated arrest figure):
# whole-set dev recall 0.713 -> 0.795 (B-cubed 0.909 -> 0.929) at precision 0.907;
# test recall 0.466 -> 0.474 (B-cubed 0.767 -> 0.780), precision 0.745 -> 0.736
# (B-cubed 0.908 -> 0.900), so the test precision floors stay where they were.
# Round 5 (two records of one story join only through their own link, an earlier sentence
# linked to both, or other stories' records: ``cluster.story_agrees``): batches 1-3 dev
# 0.930/0.976 -> 0.951/0.951 (one right pair of the halol story lost) and whole-set dev
# 0.907/0.795 -> 0.922/0.779, so those two recall floors go down (0.97 -> 0.94, 0.78 -> 0.77)
# for re-coded dev precision 0.756 -> 0.830, the figure a user gets; precision floors up.
# Round 6 (within-article merges of a region's count and of a roundup; figure slack; a toll's
# start day): the stored figures did not move (dev 0.922/0.779, test 0.742/0.472), so the
# floors stay; re-coded dev 0.810/0.664 -> 0.861/0.762 (GUIDE.md).
# Round 8 (counts given town by town, comparisons and victims as background, a crowd's riot
# far from a bombing, a several-town lead placed in its region, three shared words, no curfew
# joined to violence): batches 1-3 dev 0.951/0.951 -> 1.000/0.976, whole-set dev 0.922/0.779
# -> 1.000/0.779 (B-cubed 0.977/0.920 -> 1.000/0.921), whole-set test 0.742/0.472 -> 0.750/0.471
# (B-cubed 0.906/0.776 -> 0.914/0.776); floors raised to the measured figures, rounded down.
# Round 9 (a past riot recalled by its year and town, ``recalled``): whole-set dev 1.000/0.779
# -> 1.000/0.811 (B-cubed 1.000/0.921 -> 1.000/0.935); batches 1-3 unchanged. "The shrine" as
# the temple a story named before (``told.shared_words``): -> 1.000/0.828 (B-cubed 1.000/0.941).
# Round 10 added 69 dev rows (batch 10, other kinds of happenings, mostly outside Gujarat),
# whose recall is far lower (stored 1.000/0.200): whole-set
# dev 1.000/0.828 (batches 1-4) -> 0.991/0.721 with them (B-cubed 0.997/0.915),
# so the whole-set dev recall floors go down with the set, not with the clusterer.
# Round 11 added 56 dev rows (batch 11, labelled before any miss was read, never studied):
# whole-set dev 0.974/0.663 with them (B-cubed 0.991/0.886); a named person's arrest
# (``named``) and a march or arrest told over nearby sentences (``told.one_kind``) ->
# 0.975/0.692 (B-cubed 0.991/0.892); batch 10 0.200 -> 0.400, batch 11 0.273 unchanged.
# Test half, measured once at the end of round 11: batches 1-3 B-cubed precision fell to
# 0.907 (pairwise 0.744/0.442, B-cubed recall 0.746), so its floor goes 0.91 -> 0.90; the
# whole-set test figures rose (0.750/0.471 -> 0.751/0.472). Reported, not tuned on.
# Round 28 (precision of the retired half): batches 1-3 retired 0.746/0.442 -> 0.928/0.439
# (364/488 -> 362/390; B-cubed 0.914/0.746 -> 0.982/0.745): two riots rows that met only through
# the train cluster part, 98 wrong pairs go; dev unchanged (1.000/0.976).
# Both merged: batches 1-3 retired 0.942/0.670 (552/586, 552/824; B-cubed 0.982/0.813).
FLOORS = {"dev": ((0.99, 0.97), (0.99, 0.99)), "retired": ((0.94, 0.66), (0.98, 0.81))}
# Round 12 (a sentence taking up the one before it, a sentence printed twice, police firing
# on the crowd, a handful arrested no count): whole-set dev 0.976/0.689 (with batch 12) ->
# 0.977/0.729 (B-cubed 0.992/0.897 -> 0.992/0.915); test unchanged (0.751/0.472).
# Round 13 added 48 dev rows (batch 13, unseen, 3 pairs): whole-set dev 0.977/0.729 ->
# 0.942/0.712 with them (blind; B-cubed 0.985/0.916), so the dev precision floor goes down
# with the set; a definite description or surname taking up an arrest or protest far down a
# story, places named by datelines on one stated day, one quarter of a town -> 0.945/0.745
# (B-cubed 0.985/0.928). Test, measured once at the end: 0.751/0.472 -> 0.750/0.472
# (B-cubed 0.914/0.777 -> 0.910/0.777: one wrong pair more), so its B-cubed floor goes
# 0.91 -> 0.90. Reported, not tuned on. The lead then dropped the places and quarters rules:
# on re-coded records (the figure a user gets) they made 11 wrong pairs for 1 right (re-coded
# dev precision 0.846 with them, 0.906 without). Stored whole dev 0.943/0.723 (B-cubed
# 0.985/0.921), test 0.751/0.472 (B-cubed 0.914/0.777).
# Round 19 (across stories: a clock time is no arrest count, five shared words at one town on
# one stated day; within one story: records kept apart by roundup guards, ``told``): whole dev
# 0.943/0.723 -> 0.948/0.788 (B-cubed 0.985/0.921 -> 0.985/0.938).
# Round 20 (across stories: a sentence told from a town, ``placed``): whole dev 0.948/0.788 ->
# 0.949/0.804 (B-cubed 0.985/0.938 -> 0.985/0.943); test unchanged (0.751/0.472).
# Round 20 (within one story: the next sentence going on by a pronoun takes the earlier's
# lent date and place, ``told.goes_on``): whole dev -> 0.948/0.799 (B-cubed 0.985/0.941).
# Both merged: floors set from the measurement after the merge.
# Round 21 (within one story: "was also attacked on <a day of its own>" is another occasion,
# ``sequel.another_occasion``): whole dev 0.949/0.815 -> 0.955/0.815 (B-cubed 0.985/0.946 ->
# 0.988/0.946); dev floors raised to the measured figures, rounded down.
# Round 22 labels: batch 14 (back-references) adds 14 dev pairs that main's clusterer mostly misses
# (whole dev with it, main's code: 0.933/0.773, B-cubed 0.984/0.937), so the dev recall floors
# follow the larger set, not a rule; round 22's ``recalled.gives_year`` -> 0.956/0.773 (0.988/0.937).
# Round 23 (a back-reference joins the one earlier cluster it names, ``cluster_back``; a town
# "went up in flames" in its years, ``recalled``; a running toll is none of the happenings it
# counts in, ``compare.toll_beside_deed``): whole dev -> 0.964/0.803 (B-cubed 0.990/0.943).
# Round 24 (a sentence taking its time from a recalled riot told just before it, "in that
# winter", ``told.at_that_time``, ``recalled.told_text``; a deed denied within a recalled riot,
# ``recalled.as_recalled``): whole dev -> 0.965/0.828 (B-cubed 0.990/0.947).
# Round 25 labels: batch 15 (16 dev rows: later reports of dev incidents, and look-alike recalls of
# other riots) with main's clusterer: whole dev 0.965/0.828 -> 0.914/0.738 (169/185, 169/229;
# B-cubed 0.990/0.947 -> 0.982/0.936). The floors go down with the harder set, not with a rule:
# 5 of its 31 new gold pairs are found (24 missed are Gulbarg's), and 10 new predicted pairs are
# wrong (stored `bandh-riots` records dated 1992 take Ahmedabad's recalled 1992 riots; a Mumbai
# 1993 record joins the 1992-93 riots). The old rows alone are unchanged (0.965/0.828).
# Round 25b (recalled city): a sentence on a past year no longer joins its story's sentence on
# today, nor a year's quiet state the recalled riot: whole dev 0.914 -> 0.966 (169/175), B-cubed
# precision 0.982 -> 0.990; old rows unchanged. Precision floors raised.
# Round 26 labels: batch 16 (33 dev rows: the 1992 demolition, recalled by 19 stories whose
# records the pipeline now codes as historical, and look-alike recalls of other riots), main's
# clusterer: whole dev 0.966/0.738 -> 0.881/0.482 (229/260, 229/475; B-cubed 0.990/0.936 ->
# 0.981/0.902). The floors go down with the harder set, not with a rule: the demolition's 190
# gold pairs are mostly missed (its records are placed at each story's town and carry guessed
# doers), and the 1992 riots of other cities join Mumbai's. Old rows unchanged (0.965/0.828).
# Round 26b (batch 16: a thing's destruction recalled by the thing and its year, ``razed``; a
# recalled riot named by its own town is not another town's, a named region places no recall,
# ``recalled.another_city``/``names_town``): whole dev 0.881/0.482 -> 0.982/0.701 (333/339,
# 333/475; B-cubed 0.981/0.902 -> 0.991/0.921); old rows unchanged (164/170, 164/198). Dev floors raised.
# Round 27 labels: batch 17 (6 dev rows: recalls of named attacks, September 11 by three stories,
# the Orissa assembly attack by two more, a 2001 attack on a CRPF centre) with main's clusterer:
# whole dev 0.982/0.701 -> 0.977/0.692 (334/342, 334/483; B-cubed 0.991/0.921 -> 0.989/0.915).
# The floors go down with the harder set, not with a rule: 7 of the 8 new gold pairs are missed
# (a recall is placed where its story is) and the CRPF recall joins two dev singletons that
# recall another "attack on the center" (2 wrong pairs); old rows unchanged (164/170, 164/198).
# Round 27 (dev clusters: a recalled destruction named by a pronoun, dated beside a riot-coded
# record or by a year before its deed noun; a riot named by its months compared by its years):
# on the set without batch 17, whole dev 0.982/0.701 -> 0.985/0.832 (395/401, 395/475; B-cubed
# 0.991/0.921 -> 0.991/0.935); old rows unchanged. Both merged (batch 17 in the set): whole
# dev 0.980/0.820 (396/404, 396/483; B-cubed 0.989/0.929).
# Round 27b (a recalled attack by its target and own date, ``attacked``; a building named by its
# qualifier, a bare one never matching it, ``incident.thing_keys``): whole dev 0.980/0.820 ->
# 0.988/0.830 (401/406, 401/483; B-cubed 0.989/0.929 -> 0.993/0.935); old dev 164/170 -> 164/169.
# Round 28 retired the old test half (GUIDE.md, "Round 28: the test half retired"): its rows keep
# their labels under ``split: retired`` and are tuned on from now; their floors are the old test
# floors, last read as a held-out figure at 0.751/0.472 (B-cubed 0.914/0.777). A new blind
# test half (batch 18) replaces it.
# Round 28 (precision of the retired half: riots told as a sequel, police dispersal words, a
# record with neither place nor date): dev 0.995/0.830 (B-cubed 0.996/0.935), retired
# 0.751/0.472 -> 0.934/0.470 (B-cubed 0.914/0.777 -> 0.978/0.776).
# Round 28 labels: batch 18, the new blind test half (214 rows drawn from unlabelled records of all
# stories, 71 of them reports of happenings the set already holds), read once with the clusterer
# of round 27 (6ec2bae): test 0.279/0.158 (12/43, 12/76; B-cubed 0.925/0.854); ``test-joins``
# (every pair holding a test row) 0.153/0.095 (51/334, 51/538; B-cubed 0.876/0.768). Its rows
# bridge older rows too: whole dev 0.988 -> 0.976 (401/411), retired 0.751 -> 0.705 (482/684).
# The floors go down with the larger set, not with a rule.
# Round 28 (recall: a toll of a named deed, a struck vehicle keyed bare, a riot wave told by its
# starting deed, ``wave``): retired 0.751/0.472 -> 0.900/0.668 (682/758, 682/1021; B-cubed
# 0.914/0.777 -> 0.932/0.816), batches 1-3 retired -> 0.923/0.670 (B-cubed 0.946/0.813); dev unchanged.
# Round 28, both helpers merged (and the batch-18 row of the batch-10 singleton relabelled with it),
# read once on the test half: dev 0.993/0.830 (401/404, 401/483; B-cubed 0.994/0.935), retired
# 0.943/0.668 (682/723, 682/1021; B-cubed 0.975/0.816), test 0.279/0.158 -> 0.522/0.158 (12/23,
# 12/76; B-cubed 0.967/0.854), test-joins 0.153/0.095 -> 0.240/0.096 (52/217, 52/539; B-cubed
# 0.916/0.770). Precision rose on the unseen rows; recall did not move.
# Round 29: batch 18 became the ``validation`` half (its round-28 test figures above stay on
# record); batch 19 (161 rows labelled blind from the rest of the pool) is the new ``test`` half,
# read once with the clusterer of round 28 (47db053, unchanged this round): test 0.424/0.333
# (14/33, 14/42; B-cubed 0.944/0.875), test-joins 0.624/0.369 (164/263, 164/444; B-cubed
# 0.884/0.750). With batch 19 clustered too, validation 0.481/0.171 (13/27, 13/76; B-cubed
# 0.957/0.857), validation-joins 0.303/0.132 (86/284, 86/650; B-cubed 0.903/0.745), dev
# 0.988/0.830 (401/406; B-cubed 0.990/0.935), retired 0.941/0.668 (682/725; B-cubed 0.971/0.816).
EXTENDED_FLOORS = {
    "dev": ((0.98, 0.83), (0.99, 0.93)),
    "retired": ((0.94, 0.66), (0.97, 0.81)),
    "validation": ((0.48, 0.17), (0.95, 0.85)),
    "validation-joins": ((0.40, 0.13), (0.90, 0.74)),
    "test": ((0.42, 0.33), (0.94, 0.87)),
    "test-joins": ((0.62, 0.36), (0.88, 0.74)),
}
FIRST_BATCHES = (1, 2, 3)
# Dev batches labelled outside Gujarat's riots, alone (pairwise, then B-cubed): batch 10
# measured 1.000/0.400 (B-cubed 1.000/0.865), batch 11 0.857/0.273 (0.982/0.732) -> 0.923/0.545
# (0.982/0.839) in round 12; batch 12 (unseen, 46 mentions, 8 pairs) 1.000/0.625 -> 1.000/0.750
# (1.000/0.935 -> 1.000/0.957). Round 13: batch 10 -> 1.000/0.440 (B-cubed 1.000/0.880), batch
# 11 -> 0.933/0.636 (0.982/0.875); batch 13 (unseen, 48 mentions, 3 pairs) measured 0/1, 0/3
# (B-cubed 0.979/0.938) before and after: its pairwise floors are zero, its B-cubed ones guard it.
# Round 19: batch 10 -> 1.000/0.760 (B-cubed 1.000/0.935), batch 12 -> 1.000/0.875 (1.000/0.978).
# Round 20: batch 11 0.933/0.636 -> 0.938/0.682 (B-cubed 0.982/0.875 -> 0.982/0.893).
NEW_BATCH_FLOORS = {
    10: ((0.99, 0.56), (0.99, 0.89)),
    11: ((0.93, 0.68), (0.98, 0.89)),
    12: ((0.99, 0.75), (0.99, 0.95)),
    13: ((0.0, 0.0), (0.97, 0.93)),
    # Round 22 (9 mentions, 3 pairs): 0/0, 0/3 (B-cubed 1.000/0.778) before and after; round 23
    # 1/1, 1/3 (B-cubed 1.000/0.852).
    14: ((0.99, 0.33), (0.99, 0.85)),
    # Round 25 (16 mentions, 5 pairs): 2/2, 2/5 (B-cubed 1.000/0.875).
    15: ((0.99, 0.40), (0.99, 0.87)),
    # Round 26 (33 mentions, 189 pairs): 28/33, 28/189 (B-cubed 0.949/0.452); round 26b
    # 132/132, 132/189 (B-cubed 1.000/0.757); round 27 170/170, 170/189 (B-cubed 1.000/0.912).
    16: ((0.99, 0.89), (0.99, 0.91)),
    # Round 27 (6 mentions, 4 pairs): 1/1, 1/4 (B-cubed 1.000/0.667): only the two new Orissa
    # recalls (one day, one sub-type) join; the three September 11 recalls stay apart. Round
    # 27b: 4/4, 4/4 (B-cubed 1.000/1.000), September 11 by its target and nesting dates.
    17: ((0.99, 0.99), (0.99, 0.99)),
}
# Rows each batch was labelled with: a batch losing rows is a broken file, not a figure.
NEW_BATCH_SIZES = {10: 69, 11: 56, 12: 46, 13: 48, 14: 9, 15: 16, 16: 33, 17: 6}


# Round 30: every row was labelled again, blind, by two more labellers, and ``cluster`` became
# the majority of the three (``dedup.agreement``; GUIDE "Round 30"). The floors above were set
# against the first labeller's labels, which the clusterer was tuned on; they keep guarding it
# against those (``labelling="first"``). Against the majority, read once with the test half
# (clusterer unchanged since 47db053): dev 0.879/0.748 (357/406, 357/477; B-cubed 0.973/0.916),
# retired 0.836/0.695 (606/725, 606/872; 0.947/0.842), validation 0.444/0.240 (12/27, 12/50;
# 0.952/0.888), validation-joins 0.426/0.220 (121/284, 121/550; 0.906/0.769), test 0.424/0.452
# (14/33, 14/31; 0.944/0.913), test-joins 0.631/0.444 (166/263, 166/374; 0.886/0.790).
# Then a named train arriving where another deed is told stopped naming the deed
# (``incident._arriving``), chosen on validation (without the test rows: validation-joins
# 85/217 -> 85/146, no right pair lost on any split) and read once with the test half: against
# the majority validation-joins 0.577/0.218 (120/208; B-cubed 0.910/0.769), test-joins
# 0.638/0.439 (164/257, 164/374; 0.885/0.788), retired 0.837/0.695 (606/724), dev and test
# unchanged; against the first labelling validation-joins 0.409/0.131 (85/208), test-joins
# 0.630/0.365 (162/257; B-cubed 0.883/0.749), so its B-cubed recall floor goes 0.75 -> 0.74.
ADJUDICATED_FLOORS = {
    "dev": ((0.87, 0.74), (0.97, 0.91)),
    "retired": ((0.83, 0.69), (0.94, 0.84)),
    "validation": ((0.44, 0.24), (0.95, 0.88)),
    "validation-joins": ((0.57, 0.21), (0.90, 0.76)),
    "test": ((0.42, 0.45), (0.94, 0.91)),
    "test-joins": ((0.63, 0.43), (0.88, 0.78)),
}
FIRST = "first"


@cache
def _clustered(batches: tuple[int, ...] | None) -> dict[str, str]:
    """One clustering of those batches: it does not depend on the labels it is read against."""
    return cluster_gold(read_gold(GOLD, batches))


@cache
def _scores(batches: tuple[int, ...] | None, labelling: str | None = FIRST) -> tuple[int, dict[str, SplitScore]]:
    """Rows read and scores of one clustering of those batches, shared by its splits' floors."""
    mentions = read_gold(GOLD, batches, labelling)
    return len(mentions), score(mentions, _clustered(batches))


@pytest.mark.parametrize(
    ("split", "batches", "floors", "labelling"),
    [(split, FIRST_BATCHES, FLOORS, FIRST) for split in sorted(FLOORS)]
    + [(split, None, EXTENDED_FLOORS, FIRST) for split in sorted(EXTENDED_FLOORS)]
    + [(split, None, ADJUDICATED_FLOORS, None) for split in sorted(ADJUDICATED_FLOORS)],
)
def test_labelled_set_floors(split: str, batches: tuple[int, ...] | None, floors: dict, labelling: str | None) -> None:
    rows, scores = _scores(batches, labelling)
    assert rows >= (250 if batches else 500)
    score = scores[split]
    (pair_p, pair_r), (b3_p, b3_r) = floors[split]
    assert score.pairs.precision >= pair_p and score.pairs.recall >= pair_r, score
    assert score.bcubed.precision >= b3_p and score.bcubed.recall >= b3_r, score


@pytest.mark.parametrize("batch", sorted(NEW_BATCH_FLOORS))
def test_new_dev_batch_floors(batch: int) -> None:
    mentions = read_gold(GOLD, (batch,), FIRST)
    assert len(mentions) >= NEW_BATCH_SIZES[batch] and {m.split for m in mentions} == {"dev"}
    score = evaluate(mentions)["dev"]
    (pair_p, pair_r), (b3_p, b3_r) = NEW_BATCH_FLOORS[batch]
    assert score.pairs.precision >= pair_p and score.pairs.recall >= pair_r, score
    assert score.bcubed.precision >= b3_p and score.bcubed.recall >= b3_r, score


def test_merge_is_remembered_and_lifts_cannot_links() -> None:
    index = MemoryIndex()
    a, b, mosul, _ = hawija_events()
    index.add([a])
    index.add([b])
    index.add([mosul])
    assert index.cluster_of[a.event_id] != index.cluster_of[mosul.event_id]
    index.split([b.event_id])
    index.merge([index.cluster_of[a.event_id], index.cluster_of[mosul.event_id], index.cluster_of[b.event_id]])
    assert len({index.cluster_of[e.event_id] for e in (a, b, mosul)}) == 1
    index.add([mosul])  # a re-coded report does not undo the analyst's merge
    assert len({index.cluster_of[e.event_id] for e in (a, b, mosul)}) == 1
