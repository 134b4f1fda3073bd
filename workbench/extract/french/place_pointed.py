"""French areas pointed back to ("dans cette province", "cette localité"): found in a
sentence by `places.find_places`, a settlement so named given the name of the town the
sentences before it named (`pointed_to`, asked by the French reader)."""

from __future__ import annotations

import re

from workbench.extract.french.place_words import AREA, AREA_ADJECTIVE, UPPER
from workbench.extract.places import PlaceMention

# An area the story named before, pointed back to: "dans cette province", "fui cette
# région". The sentence's own words for where, kept not `locative`: the claim's place
# only where its clause names no other, never carried to the sentences after it.
# Read in the lower-cased text (the same offsets): a case-blind pattern costs more.
_POINTED = re.compile(
    rf"(?<![\w])(?P<name>(?:cette|cet|ce)\s+(?:{AREA})){AREA_ADJECTIVE}(?![\w’'-])"
)
# An administrative area named by its kind alone after a preposition, its name told
# before: "dans la province", "fui la région", "dans la commune" (not "la province du
# Lac", "la zone de conflit": named, or another area). Read as "cette province"; "dans
# le pays", "à travers le pays": the country of the place told before (`pointed_back`).
_DEFINITE_KINDS = (
    r"province|région|commune|localité|préfecture|sous-préfecture|département|territoire|"
    r"cercle|district|ville|village|chefferie|secteur|wilaya|oblast|gouvernorat"
)
_DEFINITE = re.compile(
    r"(?<![\w])(?:dans|sur|vers|fui|quitté|frappé|touché|à\s+travers|tout)\s+"
    rf"(?P<name>(?:la|le|l[’'])\s*(?:{_DEFINITE_KINDS}|pays)){AREA_ADJECTIVE}(?![\w’'-])"
    # nor "la localité éthiopienne de X": an adjective, then the name
    r"(?!\s*(?:[\w’'-]+\s+)?(?:de\s|du\s|des\s|d[’']))"
)
# The kinds of `_DEFINITE` wider than a town: never a town told before's.
WIDE_KINDS = frozenset(
    "province région préfecture département territoire cercle district wilaya oblast "
    "gouvernorat".split()
)
COUNTRY_KIND = "pays"  # "dans le pays": the story's country
POINTING = ("cette ", "cet ", "ce ")  # an area pointed back to by a demonstrative
_CAPITAL_AFTER = re.compile(rf"\s*[{UPPER}]")  # "la province Orientale": a name
POINTED_HINTS = ("cette ", "cet ", "ce ", "la ", "le ", "l'", "l’")
# A settlement pointed back to names the town before it ("cette localité": Bolo); not a
# region or a province, whose extent is not the town's.
_POINTED_NAME = re.compile(
    r"(?i:cette|cet|ce|la|le|l[’'])\s*(?i:localité|village|ville|commune|bourgade|hameau|cité|agglomération)$"
)
# A settlement or an island named by its kind, then its name: what "cette localité" names.
_KIND_OF = re.compile(
    r"(?:la|le|l[’'])\s*(?:île|presqu[’']île|colline|quartier|village|localité|ville|commune|"
    r"hameau|cité)\s+(?:de\s+|du\s+|d[’'])(?P<name>[A-ZÀ-Ý][^,;:]*)$"
)
# An area pointed back to, its kind's word: "cette région" (`pointed_kind`).
_POINTED_AREA = re.compile(
    r"(?i:(?:cette|cet|ce)\s+(?P<kind>[^\W\d_][\w-]*)"
    rf"|(?:la|le|l[’'])\s*(?P<definite>{_DEFINITE_KINDS}|pays))$"
)
_POINTED_START = re.compile(r"ce(?:tte|t)?\s")  # a literal first: found fast, then matched
_NAMED_AFTER = re.compile(rf"\s+(?:de|du|des|d[’'])\s*[{UPPER}]")  # "ce village de Kidal"
# An area's word in an idiom that names no place: "à ce stade" (so far), "sur cette
# base" (on that ground), "à ce poste" (in that office); read before the match's end.
_IDIOM = re.compile(r"(?<![\w])(?:à|a)\s+ce\s+(?:stade|poste)$|(?<![\w])sur\s+cette\s+base$")
_IDIOM_REACH = 12  # characters before "ce": "à " or "sur "


def pointed_areas(text: str, folded: str, start: int, end: int) -> list[PlaceMention]:
    """The areas `text[start:end]` points back to ("dans cette province"), not
    `locative`; `folded` is `text` lower-cased."""
    found = []
    for literal in _POINTED_START.finditer(folded, start, end):
        match = _POINTED.match(folded, literal.start(), end)
        if match is None or _NAMED_AFTER.match(text, match.end(), end):
            continue  # "ce village de Kidal" names Kidal
        if _IDIOM.search(folded, max(0, literal.start() - _IDIOM_REACH), match.end("name")):
            continue  # "à ce stade": so far
        name = " ".join(text[match.start("name") : match.end("name")].split())
        found.append(PlaceMention(match.start("name"), match.end("name"), name, False))
    for match in _DEFINITE.finditer(folded, start, end):
        if _CAPITAL_AFTER.match(text, match.end("name")):
            continue
        name = " ".join(text[match.start("name") : match.end("name")].split())
        found.append(PlaceMention(match.start("name"), match.end("name"), name, False))
    return found


def pointed(place: PlaceMention) -> bool:
    """Whether `place` is an area pointed back to ("cette localité"), `pointed_areas`'s."""
    return not place.locative and _POINTED_NAME.match(place.name) is not None


def pointed_to(found: list[PlaceMention], earlier: str | None) -> list[PlaceMention]:
    """The places, each settlement pointed back to ("dans cette localité") named as the
    town the sentences before named (`earlier`), where they named one by its name."""
    kind_of = _KIND_OF.match(earlier) if earlier is not None else None
    earlier = kind_of["name"] if kind_of is not None else earlier  # "l'île de Darak": Darak
    if earlier is None or not earlier[:1].isupper():
        return found
    return [PlaceMention(p.start, p.end, earlier, False) if pointed(p) else p for p in found]


def pointed_kind(place: PlaceMention) -> str | None:
    """The kind of area `place` points back to, lower-cased ("cette région": "région"),
    where it is one and no settlement (`pointed` names those); else None."""
    if place.locative or pointed(place):
        return None
    match = _POINTED_AREA.match(place.name)
    return (match["kind"] or match["definite"]).lower() if match is not None else None
