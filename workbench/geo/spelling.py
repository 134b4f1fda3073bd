"""A division named in another transliteration than GeoNames' own.

Reports write a province as its people or the wires spell it ("Sagaing Region",
"Oromia Region", "Saada governorate"); GeoNames' first-level divisions carry one
name each (`admin1CodesASCII.txt`: "Sagain", "Oromiya", "Şa‘dah"), and a second-level
division of a near name may stand in the way ("Oromia Zone" lies in Amhara). Where
the text says what kind of division it names and the claim's country is known, the
name is compared with that country's divisions of that kind alone (a few dozen):
the same once transliteration variants are merged (`geonames.loose`, spaces
dropped), else the one most alike at `SAME_SPELLING` or more, clearly before the
next.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from workbench.geo.geonames import fold, loose
from workbench.geo.places import Place

# rapidfuzz's ratio (0-100) from which two names of one country's divisions are one
# spelled two ways: "sagaing"/"sagain" 92, "oromia"/"oromiya" 92, while the divisions
# of one country that differ share far less ("kano"/"kogi" 50, "borno"/"bauchi" 18)
SAME_SPELLING = 85
# rapidfuzz's ratio from which a name is taken for a town's own name spelled otherwise
LIKE_SPELLING = 75
# How far the best must stand before the next: two provinces alike are no evidence
_MARGIN = 10
_SHORTEST = 4  # letters: shorter names are too alike by chance ("Ogun"/"Osun")


# A division's own kind in its GeoNames name: "Kherson Oblast", "Mopti Region"
_KIND_WORDS = frozenset(
    "oblast region province state governorate prefecture department district county "
    "zone division raion".split()
)


def _key(name: str) -> str:
    words = loose(fold(name)).split()
    while len(words) > 1 and words[-1] in _KIND_WORDS:
        words.pop()
    return "".join(words)


def spelled_like(name: str, own: str) -> bool:
    """Whether `name` is a spelling of `own` (a place's own name), or of its words
    (rapidfuzz's token_set_ratio, once transliteration variants are merged):
    `LIKE_SPELLING` alike ("a’zaz" and "i‘zāz" 80, "Chilpancingo" and "Chilpancingo
    de los Bravos" 100, "rann" and "laon" 50)."""
    return fuzz.token_set_ratio(loose(fold(name)), loose(fold(own))) >= LIKE_SPELLING


def spelled_alike(name: str, divisions: list[Place]) -> list[Place]:
    """The one of `divisions` (one country's, of one kind) that `name` spells another
    way, as a list of one, or [] where none is, or two are alike."""
    key = _key(name)
    if len(key) < _SHORTEST:
        return []
    same = [d for d in divisions if _key(d.name) == key]
    if same:
        return same[:1]
    scored = sorted(((fuzz.ratio(key, _key(d.name)), d) for d in divisions), key=lambda s: -s[0])
    if not scored or scored[0][0] < SAME_SPELLING:
        return []
    if len(scored) > 1 and scored[1][0] > scored[0][0] - _MARGIN:
        return []
    return [scored[0][1]]
