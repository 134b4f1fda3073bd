"""How large a division a place's name says it is, by its last word (issue 13, en44):
a district lies in a zone, a zone in a region ("Gimbi district, West Wollega Zone,
Oromia Region"), so that a larger division named after a smaller one is its address
(`places._address_of`), not another place. So a building named before its town lies in
the town ("at the Hayat Hotel in Mogadishu", "near the Saheb al-Zaman mosque in Kerman"):
the town is its address.
"""

from __future__ import annotations

import re

_RANKS = {
    # a DR Congo territory lies in a province ("Komanda, Irumu Territory, Ituri Province")
    # an island as small as a district, its division after it: "Ega Adapti Island, in
    # Agatu LGA" (a large one's towns name it as their address: "Parang, Mindanao Island")
    **dict.fromkeys(("district", "county", "lga", "woreda", "tehsil", "island"), 1),
    **dict.fromkeys(("zone", "department", "prefecture", "territory"), 2),
    **dict.fromkeys(("region", "state", "province", "governorate", "oblast"), 3),
}


def division_rank(name: str) -> int:
    """How large a division `name` names by its last word: 1 a district's, 2 a zone's,
    3 a region's; 0 where it says none."""
    words = name.lower().split()
    return _RANKS.get(words[-1], 0) if words else 0


# A building or site that lies in a town: its word ends the name ("Hayat Hotel") or
# follows it ("the Saheb al-Zaman mosque"); then "in" and the town.
_LANDMARKS = (
    r"hotel|mosque|church|cathedral|chapel|temple|shrine|synagogue|hospital|clinic|school|"
    r"college|university|market|marketplace|mall|prison|jail|penitentiary|stadium|airport|"
    r"station|restaurant|cafe|café|bar|nightclub|club|compound|base|barracks|camp|"
    r"headquarters|palace|embassy|office|factory|mine"
)
_LANDMARK_END = re.compile(rf"(?i:{_LANDMARKS})$")
_IN_TOWN = re.compile(rf"\s+(?:(?i:{_LANDMARKS})\s+)?in\s+(?:the\s+)?")


def landmark_in_town(text: str, place: str, end: int, town: tuple[int, int]) -> bool:
    """Whether the place `place` ending at `end` is a building or site whose town is
    named right after it, at `town` (its mention's span, "in" with it or not;
    `_LANDMARKS`): "Hayat Hotel in Mogadishu", "Saheb al-Zaman mosque in Kerman"; not
    "Kuri in Gwoza" (two places of one kind)."""
    between = _IN_TOWN.match(text, end, town[1])
    if between is None or not town[0] <= between.end() < town[1]:
        return False
    said = between.group(0).split()
    return said[0].lower() != "in" or _LANDMARK_END.search(place) is not None
