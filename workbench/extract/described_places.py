"""Places told by description, around a name or instead of one: a country described by
its region ("the West African country", "the East African nation's capital": no place
of its own) and a country's place described before its name ("Ukraine's eastern city of
Kharkiv", "South Sudan's troubled Jonglei state": the place is the name). Split from
places.py."""

from __future__ import annotations

import re

from workbench.extract.place_mention import PlaceMention
from workbench.extract.place_names import refused_name, strip_name
from workbench.extract.place_patterns import OWNED_KIND_OF, OWNED_NAMED_KIND

# A continent's or a region's adjective before "state" or "region" describes a country
# or a part of the world, and names none: "the crisis East African state", "an Arab state"
CONTINENTAL = frozenset("African Asian European American Arab Arabian Caribbean Gulf".split())
# A word for a country after such an adjective: "the West African country", "the East
# African nation's capital", "the Horn of Africa nation".
_COUNTRY_NOUN = re.compile(r"\s+(?:nation|country|state|republic|kingdom)(?:[’']s)?(?![\w-])")
_POSSESSIVE = re.compile(r"['’]s")


def described_country(text: str, place: PlaceMention, end: int) -> bool:
    """Whether `place` is a region's adjective (or "Horn of Africa") before a word for
    a country, up to `end`: it describes the country the story names elsewhere, no
    place of its own."""
    words = place.name.split()
    if not words:
        return False  # a mention whose name is only marks
    if len(words) > 1 and words[-2] in CONTINENTAL and _COUNTRY_NOUN.fullmatch(f" {words[-1]}"):
        return True  # "in the East African state", read with its word for a country
    described = words[-1] in CONTINENTAL or place.name.endswith("of Africa")
    return described and _COUNTRY_NOUN.match(text, place.end, end) is not None


def owned_kind(text: str, pos: int, end: int) -> tuple[str, int] | None:
    """The place a country's name at `pos` owns as a kind described before its name
    ("'s eastern city of Kharkiv", "'s troubled Jonglei state"): (its name, where it
    ends), or None."""
    possessive = _POSSESSIVE.match(text, pos, end)
    return owned_after(text, possessive.end(), end) if possessive else None


def owned_after(text: str, at: int, end: int) -> tuple[str, int] | None:
    """The place named after an owner's possessive ending at `at`, as a kind of the
    owner's ("southern province of Lahj", "northeastern Borno state", up to `end`):
    (its name, where it ends), or None."""
    owned = OWNED_KIND_OF.match(text, at, end) or OWNED_NAMED_KIND.match(text, at, end)
    if owned is None:
        return None
    name = strip_name(owned.group("name"))
    if not name or refused_name(name, text, owned.start("name"), owned.end("name"), end):
        return None
    return name, owned.end("name")
