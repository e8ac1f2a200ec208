"""Later reports that refer back to a happening (stop 20, issue 6): a story a week on
names the abduction by its town and day, from another dateline; it is a mention of the
first report's event, not a second abduction.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import date

from warlog.article import Article

FIRST = (
    "GUSAU, Nigeria (Reuters) - Gunmen on Thursday seized about 60 worshippers from a mosque in Kanoma, "
    "a village in Zamfara state, residents said.\n"
    "The attackers fired into the air and led the captives into a forest, one resident said."
)
ELSEWHERE = (
    "SOKOTO, Nigeria (AFP) - Armed men on Thursday abducted 15 farmers from their fields near Gidan Madi "
    "in Sokoto state, a local official said."
)
WEEK_LATER = (
    "ABUJA, Nigeria (AP) - Security forces said on Friday they had freed 41 of the captives.\n"
    "The Kanoma abduction on March 7 was the third mass kidnapping in the region this year."
)


def test_a_later_report_naming_the_abduction_by_its_town_and_day_joins_it(pipeline) -> None:
    from warlog.dedup.cluster import MemoryIndex

    index = MemoryIndex()
    stories = (
        ("rtr", FIRST, "Reuters", date(2024, 3, 8)),
        ("afp", ELSEWHERE, "AFP", date(2024, 3, 8)),
        ("ap", WEEK_LATER, "AP", date(2024, 3, 15)),
    )
    for aid, text, source, day in stories:
        index.add(pipeline.code_article(Article(id=aid, text=text, date=day, source=source)))
    joined = {frozenset(index.events[e].article_id for e in c.member_ids) for c in index.clusters.values()}
    # Placed at the capital's dateline, dated by its own words: only the name ties it to
    # the first report. The abduction elsewhere on the same day stays apart.
    assert joined == {frozenset({"rtr", "ap"}), frozenset({"afp"})}
