"""Which sub-types different readers give one happening.

Its own module because both the cross-article comparison (``compare``) and the
within-story links (``told``) ask it, and ``compare`` builds on ``told``.
"""

from __future__ import annotations

# Sub-types one happening is commonly coded as by different readers of different reports.
COMPATIBLE_SUB_TYPES: tuple[frozenset[str], ...] = (
    # Police firing on a rioting mob is read as a riot or as a clash with the police.
    frozenset({"Violent demonstration", "Mob violence", "Armed clash"}),
    frozenset({"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}),
    frozenset({"Armed clash", "Government regains territory", "Non-state actor overtakes territory"}),
    frozenset({"Mob violence", "Attack", "Looting/property destruction"}),
)


def compatible_types(a: str | None, b: str | None) -> bool:
    """Same sub-type, or two sub-types one happening is often coded as."""
    if a is None or b is None:
        return a == b
    if a == b:
        return True
    return any(a in group and b in group for group in COMPATIBLE_SUB_TYPES)
