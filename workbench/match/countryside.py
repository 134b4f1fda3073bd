"""A town named for the country around it: "in the countryside of Idlib", "Hama
countryside", "rural Damascus" name the province the town gives its name to (Idlib
governorate), not the town. The gazetteer resolves the name to the town; matching
reads it as that province, where a village of it ("Khan al-Sibl town in Idlib
countryside") lies, as any village of a region does.
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.geo.geonames import fold
from workbench.geo.places import Kind, Place

_AROUND = r"(?:countryside|rural\s+areas?|suburbs|environs)"
_ANY_AROUND = re.compile(r"countryside|rural|suburbs|environs", re.IGNORECASE)


def countryside(
    located: tuple[Place, ...], location: str | None, sentence: str
) -> tuple[Place, ...]:
    """The claim's places, the first read as its province where the sentence names the
    town's countryside ("the countryside of Idlib", "Idlib countryside", "rural
    Idlib") and the town's first-level division bears its name; else as they are.
    "In Idlib" and "Idlib city" stay the town."""
    if not located or located[0].kind is not Kind.TOWN or not location:
        return located
    if not _ANY_AROUND.search(sentence):
        return located  # the cheap test first: most sentences name no countryside
    town = located[0]
    if not town.region or fold(town.region).split()[0] != fold(town.name).split()[0]:
        return located  # the province is named otherwise: nothing says which it is
    name = "|".join(re.escape(n) for n in {location, location.split(",")[0].strip()} if n)
    name = f"(?:{name})"
    around = re.compile(
        rf"\b(?:{_AROUND}\s+of\s+(?:the\s+)?|rural\s+){name}\b|\b{name}(?:'s|’s)?\s+{_AROUND}\b",
        re.IGNORECASE,
    )
    if not around.search(sentence):
        return located
    province = replace(
        town,
        geonameid=-town.geonameid,
        name=town.region,
        kind=Kind.REGION,
        district=None,
        district_code="",
        population=0,
    )
    return (province, *located[1:])
