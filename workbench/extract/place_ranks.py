"""How large a division a place's name says it is, by its last word (issue 13, en44):
a district lies in a zone, a zone in a region ("Gimbi district, West Wollega Zone,
Oromia Region"), so that a larger division named after a smaller one is its address
(`places._address_of`), not another place."""

from __future__ import annotations

_RANKS = {
    # a DR Congo territory lies in a province ("Komanda, Irumu Territory, Ituri Province")
    **dict.fromkeys(("district", "county", "lga", "woreda", "tehsil"), 1),
    **dict.fromkeys(("zone", "department", "prefecture", "territory"), 2),
    **dict.fromkeys(("region", "state", "province", "governorate", "oblast"), 3),
}


def division_rank(name: str) -> int:
    """How large a division `name` names by its last word: 1 a district's, 2 a zone's,
    3 a region's; 0 where it says none."""
    words = name.lower().split()
    return _RANKS.get(words[-1], 0) if words else 0
