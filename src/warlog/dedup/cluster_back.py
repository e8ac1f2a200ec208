"""A back-reference joins the one earlier cluster it may name, or none.

A later story names a past riot by its years and town ("the 1992-93 riots in <city>",
"what happened in <town> in 2011"), or by its years alone when its sentence gives its
town to another happening; it shares few words with the reports of the time, and its
date is the years, not a day. ``compare.back_link`` links it, weakly (``BACK_SCORE``),
to every record of a compatible kind dated within those years at that place. Those
records may be of one happening or of several (two riots in one town a year apart, a
riot and a bombing of the same months): the back-reference joins their cluster only
when all its back-links, after every other link has been taken, point into one cluster;
with two candidates it cannot tell which it names, so it stays alone. A record already
joined to others by links of its own is no bare back-reference and is left where it is.

The decision reads the component's clusters before any back-reference joins, so it
does not depend on the order back-references are looked at, and the component is a
function of the records (``cluster``): the result stays order-independent.
"""

from __future__ import annotations

from .compare import BACK_SCORE, Profile, back_from

Pair = tuple[str, str]


def back_links(links: dict[Pair, float]) -> list[Pair]:
    """The back-reference links among a component's links."""
    return sorted(link for link, score in links.items() if score == BACK_SCORE)


def back_joins(
    profiles: dict[str, Profile], links: dict[Pair, float], root: dict[str, str], groups: dict[str, set[str]]
) -> list[Pair]:
    """(back-reference, cluster root) for each record alone in its cluster whose back-links
    all point into one other cluster (module docstring), by the back-reference's id."""
    targets: dict[str, set[str]] = {}
    for a, b in back_links(links):
        for ref, other in ((a, b), (b, a)):
            if len(groups[root[ref]]) == 1 and back_from(profiles[ref], profiles[other]):
                targets.setdefault(ref, set()).add(root[other])
    return [(ref, next(iter(roots))) for ref, roots in sorted(targets.items()) if len(roots) == 1]
