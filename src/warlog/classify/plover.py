"""ACLED sub-type -> PLOVER event and mode.

Reviewed by hand against the CAMEO-to-PLOVER table (PLOVER draft 0.8, 2021) and
the modes used in the NGEC PLOVER-labelled stories; ``basis`` names the CAMEO
code or PLOVER mode each row rests on. PLOVER is CC BY-SA 4.0 (Open Event
Data Alliance). Where ACLED is broader than one PLOVER mode the mode is None
rather than a guess.
"""

from __future__ import annotations

from typing import NamedTuple

from ..record import Plover


class PloverMapping(NamedTuple):
    event: str | None
    mode: str | None
    basis: str


PLOVER_MAP: dict[str, PloverMapping] = {
    "Armed clash": PloverMapping("ASSAULT", "firearms", "CAMEO 193 fight with small arms and light weapons"),
    "Government regains territory": PloverMapping("COERCE", "seize", "CAMEO 192 occupy territory"),
    "Non-state actor overtakes territory": PloverMapping("COERCE", "seize", "CAMEO 192 occupy territory"),
    "Chemical weapon": PloverMapping("ASSAULT", "unconventional", "CAMEO 2041 use chemical, biological or radiological weapons"),
    "Air/drone strike": PloverMapping("ASSAULT", "aerial", "PLOVER mode aerial (CAMEO 195 employ aerial weapons)"),
    "Suicide bomb": PloverMapping("ASSAULT", "suicide-attack", "CAMEO 1831 carry out suicide bombing"),
    "Shelling/artillery/missile attack": PloverMapping("ASSAULT", "heavy-weapons", "CAMEO 194 fight with artillery and tanks"),
    "Remote explosive/landmine/IED": PloverMapping("ASSAULT", "explosives", "CAMEO 1833 carry out roadside bombing"),
    "Grenade": PloverMapping("ASSAULT", "explosives", "PLOVER: any explosive not incorporated in a heavy weapon"),
    "Sexual violence": PloverMapping("ASSAULT", "sexual", "CAMEO 1821 sexually assault"),
    "Attack": PloverMapping("ASSAULT", None, "CAMEO 18 unconventional violence; weapon varies"),
    "Abduction/forced disappearance": PloverMapping("ASSAULT", "abduct", "CAMEO 181 abduct, hijack"),
    "Peaceful protest": PloverMapping("PROTEST", "demo", "CAMEO 141 demonstrate or rally"),
    "Protest with intervention": PloverMapping("PROTEST", "demo", "CAMEO 141; the intervention is a separate COERCE"),
    "Excessive force against protesters": PloverMapping("ASSAULT", "crowd-control", "PLOVER mode crowd-control (CAMEO 175 violent repression)"),
    "Violent demonstration": PloverMapping("PROTEST", "riot", "CAMEO 145 protest violently, riot"),
    "Mob violence": PloverMapping("ASSAULT", "primitive", "PLOVER: primitive weapons (fire, edged weapons, rocks)"),
    "Agreement": PloverMapping("AGREE", None, "PLOVER AGREE; ceasefires, peace deals and surrenders vary in mode"),
    "Arrests": PloverMapping("COERCE", "arrest", "CAMEO 173 arrest, detain or charge"),
    "Change to group/activity": PloverMapping("MOBILIZE", None, "CAMEO 15 demonstrate military or police power"),
    "Disrupted weapons use": PloverMapping("COERCE", "seize", "CAMEO 1711 confiscate property"),
    "Headquarters or base established": PloverMapping("MOBILIZE", "troops", "CAMEO 154 mobilize or increase armed forces"),
    "Looting/property destruction": PloverMapping("COERCE", "seize", "CAMEO 171 seize or damage property"),
    "Non-violent transfer of territory": PloverMapping("RETREAT", "withdraw", "PLOVER RETREAT mode withdraw"),
    "Other": PloverMapping(None, None, "no single PLOVER event"),
}


def plover_for(sub_event_type: str | None) -> Plover:
    """The PLOVER event and mode for an ACLED sub-type (empty for None or "Other")."""
    if sub_event_type is None:
        return Plover()
    mapping = PLOVER_MAP[sub_event_type]
    return Plover(event=mapping.event, mode=mapping.mode)
