"""A claim's place phrase resolved to gazetteer entries, with the relation the text states.

The extractor finds where a claim happened as the text words it ("north of
Kidal", "between Douentza and Gao", "Zabul's Arghandab district", "the Mopti
region", "central Mali"); it only finds places where the sentence uses a name
as one (after "in", "near", "the village of", a dateline ...), so no bare word
becomes a place here. This module reads such a phrase:

- the relation: "in" (the default), "near" ("near", "outside", "outskirts of",
  "close to", "around"), a direction ("north of", "northern"), or "between"
  (also "the road linking A, B and C");
- the names: a possessive names the outer place first ("Zabul's Arghandab
  district": Arghandab within Zabul), "between A and B" names two, a division
  word says what kind of place a name is ("Kukawa district", "Borno State",
  "the town of Bokolo");
- each name resolved in the claim's country (a namesake abroad is another
  place; with no country known, only a country, a city of 100,000 people or
  the one place in the world of exactly that name is taken), inside the outer
  place where the phrase names one, of the kind the phrase says where it says one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from workbench.geo.french_relations import french_relation
from workbench.geo.gazetteer import PlaceLookup
from workbench.geo.geonames import fold
from workbench.geo.name_alone import by_name_alone, one_country_division
from workbench.geo.places import Kind, Place, contains
from workbench.geo.site_openings import site_opening
from workbench.geo.spelling import spelled_alike

_KIND_WORDS = {
    **dict.fromkeys(
        # DR Congo's territories, Ethiopia's woredas, South Asia's tehsils and upazilas
        # are second-level divisions ("Beni territory": trial 57 found none)
        (
            "district",
            "cercle",
            "county",
            "lga",
            "department",
            "prefecture",
            "raion",
            "zone",
            "territory",
            "woreda",
            "tehsil",
            "upazila",
        ),
        Kind.DISTRICT,
    ),
    **dict.fromkeys(
        ("region", "province", "state", "governorate", "wilaya", "oblast"),
        Kind.REGION,
    ),
    **dict.fromkeys(("city", "town", "village", "locality", "settlement", "camp"), Kind.TOWN),
}
# Words after a name that make it a site of the place: "Kuri market", "Dadaab refugee
# camp", "Pandanguo Police Camp", "the Mandera police station".
_AREA_WORDS = frozenset(
    "area areas outskirts suburb suburbs neighborhood neighbourhood market refugee refugees "
    "idp idps police military army station post base prison hospital school mosque church "
    "checkpoint junction bridge community communities".split()
)
# Words before a site's word that name which of the place's sites: "Bamenda Regional
# Hospital", "the Maiduguri Teaching Hospital", "Kano Central Mosque" (re-trial 62)
_SITE_WORDS = frozenset(
    "regional general teaching central main referral provincial municipal specialist "
    "university federal grand".split()
)
_DIVISIONS = (Kind.DISTRICT, Kind.REGION)
# Words that make a name a part of a place: "Old Dhaka" is in Dhaka where the gazetteer
# does not know it by that name.
_PART_WORDS = frozenset("old greater inner".split())
_DIRECTION = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
_RELATION = re.compile(
    rf"^(?:(?P<of>{_DIRECTION})\s+of"
    r"|(?P<near>near|outside|close\s+to|around|just\s+outside|(?:(?:on|in)\s+the\s+)?outskirts\s+of)"
    rf"|(?P<side>{_DIRECTION}(?:ern)?|central|centre\s+of|center\s+of)|(?P<between>between)"
    r"|(?P<road>(?:the\s+)?(?:road|route|highway|axis)\s+(?:linking|between|from))"
    r"|(?P<in>in|at|on|inside|downtown|rural|suburban))(?:\s+|(?<=['’]))",
    re.IGNORECASE,
)
# A road named by its ends: "the Kirkuk-Daquq road", "Boni-Hombori axis"
_ROAD_ENDS = re.compile(r"^(?:the\s+)?(\S+-\S+)\s+(?:road|route|highway|axis)$", re.IGNORECASE)
# A direction or "central" before a name: it may be part of the name ("South Sulawesi").
_SIDE = re.compile(rf"^(?:{_DIRECTION}(?:ern)?|central)\s+\S", re.IGNORECASE)
_LEADING = re.compile(
    r"^(?:the\s+)?(?:(?:village|town|city|district|region|province|state|locality|commune|"
    r"republic|federal\s+republic|islamic\s+republic)\s+of\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s\s+")
_OF_FR = re.compile(r"^(?:de|du|des)\s+|^d['’]")
_AND = re.compile(r"\s*(?:,|\band\b|\bto\b|\bet\b|\sà\s)\s*")
# "the Syria-Turkey border", "Iraq – Jordan – Syria border area", "the Kenya and
# Somalia border crossing": the places on either side of a border
_BORDER = re.compile(
    r"^(?P<sides>.+?)\s+(?:border|frontier)(?:\s+(?:crossing|area|region|point|post))?$",
    re.IGNORECASE,
)
_DASH = re.compile(r"\s*[–—/]\s*")
# "Mafa, Tarmuwa, Yobe": a place, then the divisions it lies in, commas between and
# no "and": an address, not a list
_ADDRESS = re.compile(r"^(?!.*\b(?:and|et)\b)[^,]+(?:,[^,]+)+$", re.IGNORECASE)
# "Greshk District of Helmand Province", "the Laleli district of Istanbul": a division
# or a part of a town named with its kind, inside the place named after "of"
_KIND_OF = re.compile(
    r"^(?P<inner>.+?\s(?:district|county|province|region|state|governorate|municipality|lga"
    r"|local\s+government(?:\s+area)?"
    r"|neighbou?rhood|area|village|town|suburb|quarter|sub-?district|tehsil|upazila|zone))"
    r"\s+of\s+(?P<outer>.+)$",
    re.IGNORECASE,
)
# Nigeria's second-level divisions: "Ifo Local Government Area" is the district Ifo
_LGA = re.compile(r"\s+local\s+government(?:\s+area)?$", re.IGNORECASE)
_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")
# a French article before a name the gazetteer knows without it ("le Nord-Gondar",
# "la Ouaka"); tried only where the name with it is none ("Les Cayes", "La Paz")
_FRENCH_ARTICLE = re.compile(r"^(?:le|la|les)\s+(?=\S)|^l['’](?=\S)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Located:
    """Where a claim happened: the gazetteer's place, the relation the text states
    ("in", "near", "north of", "northern", "between"), and the other places the
    phrase names (the second of "between A and B", the outer of "A's B")."""

    place: Place
    relation: str
    others: tuple[Place, ...] = ()


def resolve(phrase: str | None, country: str | None, gazetteer: PlaceLookup) -> Located | None:
    """The place a phrase names, or None when the gazetteer knows none of its names.

    `country` is the claim's country (the extractor's: the place's, else the one
    the article speaks of), a name or ISO code: only places in it are taken.
    Names the gazetteer does not know are left out; the phrase resolves to what
    it knows ("Baghdad's Mansour district" to Baghdad when Mansour is unknown)."""
    if not phrase or not phrase.strip():
        return None
    relation, rest, kind = _relation(phrase.strip())
    if relation != "in" and _SIDE.match(phrase):  # "south Sulawesi" may be South Sulawesi
        whole = _resolve_name(phrase.strip(), country, gazetteer, None)
        if whole is not None:
            return Located(whole, "in")
    border = _BORDER.match(rest)
    if border is not None:
        places = _claims_country_first(_sides(border.group("sides"), country, gazetteer), country)
        relation = "between" if relation == "in" and len(places) > 1 else relation
    elif relation == "between":
        places = _listed(rest, country, gazetteer, kind)
    elif _ADDRESS.match(rest):  # "Mafa, Tarmuwa, Yobe": the outermost last
        # each part less its own relation: "Dweil'a, on the outskirts of Damascus", and
        # of its own kind: "le village de Kalemba, en territoire de Beni" (the district)
        parts = [_part(n.strip(), country, gazetteer) for n in reversed(rest.split(","))]
        named = [(name, own or kind) for _, part, own in parts for name in _outer_first(part)]
        places = _nested(named, country, gazetteer)
    else:
        inside = _KIND_OF.match(rest) is not None  # "Boke District of West Harerge Zone"
        places = _nested([(n, kind) for n in _outer_first(rest)], country, gazetteer, inside)
        if not places and _AND.search(rest):  # "les régions de Mopti et de Ségou"
            places = _listed(rest, country, gazetteer, kind)
    return Located(places[0], relation, tuple(places[1:])) if places else None


def _part(part: str, country: str | None, gazetteer: PlaceLookup) -> tuple[str, str, Kind | None]:
    """An address's part read as `_relation` reads a phrase, a name that begins with
    a direction kept whole where the gazetteer knows it so: "near Sekela Mado,
    South Gondar zone" is in South Gondar Zone (trial 68: "south of Gondar zone",
    which took Gondar town, 100 km from the ambush), "North Wollo zone" the zone."""
    if _named_side(part, country, gazetteer):
        return "in", part, None
    return _relation(part)


def _named_side(phrase: str, country: str | None, gazetteer: PlaceLookup) -> bool:
    """Whether a phrase that begins with a direction or "central" is a place's name
    the gazetteer knows whole ("South Sulawesi", "North Gondar Zone"), not a side of
    the place after it."""
    return bool(_SIDE.match(phrase)) and (
        _resolve_name(phrase, country, gazetteer, None) is not None
    )


def _outer_first(rest: str) -> list[str]:
    """A phrase's names, the outermost first: "Zabul's Arghandab district" is Zabul
    then Arghandab, and so is "the Arghandab district of Zabul province" (a name with
    its kind word, "of", the place it lies in)."""
    of = _KIND_OF.match(rest)
    if of is not None and len(_LEADING.sub("", of.group("inner")).split()) > 1:
        return [*_outer_first(of.group("outer")), of.group("inner")]
    return [n for n in _POSSESSIVE.split(rest) if n]


def _nested(
    names: list[tuple[str, Kind | None]],
    country: str | None,
    gazetteer: PlaceLookup,
    inside: bool = False,
) -> list[Place]:
    """The places of names (each with the kind of place its words name, if any) each
    inside the one before ("Zabul's Arghandab": Zabul, then the Arghandab in it),
    innermost first; a name with no place inside the
    known one before it is left out ("Yobe's Mafa" is Yobe where the gazetteer's
    only Mafa is in Borno). With `inside` (a division "of" a place), an outer place
    not found, and no country known, nothing is found: the inner name alone would be
    taken wherever in the world it stands ("Boke District of West Harerge Zone" is
    no Boké of Guinea)."""
    places: list[Place] = []
    for index, (name, kind) in enumerate(names):
        found = _resolve_name(name, country, gazetteer, places[-1] if places else None, kind)
        if inside and found is None and not country and not places and index < len(names) - 1:
            return []
        places += [found] if found is not None else []
    return places[::-1]


def _listed(
    rest: str, country: str | None, gazetteer: PlaceLookup, kind: Kind | None
) -> list[Place]:
    """The places a list names, in order: "Douentza and Gao", "Boni-Hombori" (a road's
    ends), "Mopti et de Ségou"."""
    names = [_OF_FR.sub("", n) for n in _AND.split(rest) if n]
    names = [n for n in names if n and n.lower() not in ("to", "and", "et")]
    names = [part for n in names for part in _axis(n, country, gazetteer)]
    found = (_resolve_name(name, country, gazetteer, None, kind) for name in names)
    return [place for place in found if place is not None]


def _sides(sides: str, country: str | None, gazetteer: PlaceLookup) -> list[Place]:
    """The countries and divisions on either side of a border ("Syria-Turkey",
    "Kenya – Somalia", "Borno and Yobe"), each in the claim's country where it is
    known: a town is no side of a border. A name is cut at a hyphen where the
    gazetteer knows its first part, in the claim's country or anywhere
    ("Guinea-Bissau" stays whole)."""
    names = [n for n in _AND.split(_DASH.sub(" and ", sides)) if n]
    parts = [part for n in names for part in _border_axis(n, country, gazetteer)]
    found = (_resolve_name(part, country, gazetteer, None) for part in parts)
    return [p for p in found if p is not None and p.kind.depth <= Kind.DISTRICT.depth]


def _border_axis(name: str, country: str | None, gazetteer: PlaceLookup) -> list[str]:
    parts = _axis(name, country, gazetteer)
    return parts if len(parts) > 1 or not country else _axis(name, None, gazetteer)


def _claims_country_first(places: list[Place], country: str | None) -> list[Place]:
    """A border's sides (countries and divisions: a town is no side of a border) with
    the claim's country first, where it is one of them (an incident at the
    Syria-Turkey border reported from Syria is in Syria)."""
    if not country:
        return places
    wanted = country.lower()
    mine = [p for p in places if wanted in (p.country.lower(), p.country_code.lower())]
    return mine + [p for p in places if p not in mine]


def _relation(phrase: str) -> tuple[str, str, Kind | None]:
    """The relation a phrase states, the rest of it, and the kind of place a French
    area word names ("la région de Mopti"): French first (french_relations.py)."""
    french = french_relation(phrase)
    if french is not None:
        return french
    site = site_opening(phrase)  # "a prison in Cameroon": in Cameroon
    if site is not None:
        return (*site, None)
    ends = _ROAD_ENDS.match(phrase)
    if ends is not None:  # "Kirkuk-Daquq road": between its ends
        return "between", ends.group(1), None
    match = _RELATION.match(phrase)
    if match is None:
        return "in", phrase, None
    rest = phrase[match.end() :]
    if match.group("of"):
        return f"{match.group('of').lower()} of", rest, None
    if match.group("near"):
        return "near", rest, None
    if match.group("side"):
        return match.group("side").lower(), rest, None
    if match.group("between") or match.group("road"):
        return "between", rest, None
    return "in", rest, None


def _axis(name: str, country: str | None, gazetteer: PlaceLookup) -> list[str]:
    """A name of a road's ends cut at its hyphens: "Boni-Hombori" is two towns,
    "Dori-Gorom-Gorom" Dori and Gorom-Gorom; a name the gazetteer knows whole ("Fada
    N'Gourma", "Tin-Akoff") is one."""
    if "-" not in name or _resolve_name(name, country, gazetteer, None) is not None:
        return [name]
    for at in (i for i, c in enumerate(name) if c == "-"):
        if _resolve_name(name[:at], country, gazetteer, None) is not None:
            return [name[:at], *_axis(name[at + 1 :], country, gazetteer)]
    return [name]


def _resolve_name(
    name: str,
    country: str | None,
    gazetteer: PlaceLookup,
    outer: Place | None,
    kind: Kind | None = None,
) -> Place | None:
    words = _LEADING.sub("", _LGA.sub(" district", name.strip(" ,."))).split()
    whole = " ".join(words)
    while len(words) > 1 and words[-1].lower() in (*_KIND_WORDS, *_AREA_WORDS):
        last = words.pop().lower()
        kind = _KIND_WORDS.get(last, kind)
        while last in _AREA_WORDS and len(words) > 1 and words[-1].lower() in _SITE_WORDS:
            words.pop()
    if not words:
        return None
    code = gazetteer.country_code(country) if country else None
    if country and code is None:
        return None  # a country the gazetteer does not know: every place it has is abroad
    candidates = gazetteer.find(" ".join(words), country)
    if kind in _DIVISIONS and whole != " ".join(words):  # GeoNames' "Kherson Oblast"
        named = [c for c in gazetteer.find(whole, country) if c.kind in _DIVISIONS]
        candidates = named + [c for c in candidates if c not in named]
    if outer is not None:  # "Yobe's Mafa" is no Mafa outside Yobe: then Yobe alone
        code = outer.country_code
        candidates = [c for c in candidates if contains(outer, c)]
    if code:  # a namesake abroad is another place: "Mansour" in Baghdad is not Mauritania's
        candidates = [c for c in candidates if c.country_code == code]
    elif kind is Kind.REGION and (divisions := one_country_division(candidates, kind)):
        candidates = divisions  # "Kherson Oblast", "Borno State": the one such division
    else:  # no country to go by: only what a name alone says
        candidates = by_name_alone(" ".join(words), candidates)
    namesakes = candidates
    if kind is not None:  # a division word takes a division of either level before a town:
        # Kenya's counties are GeoNames' first-level divisions ("Garissa County")
        exact = [c for c in candidates if c.kind is kind]
        if not exact and code and kind in _DIVISIONS:  # "Sagaing Region" is GeoNames' Sagain
            exact = spelled_alike(" ".join(words), gazetteer.divisions(code, kind))
        divisions = [c for c in candidates if kind in _DIVISIONS and c.kind in _DIVISIONS]
        candidates = exact or divisions or candidates
    if not candidates and len(words) > 1 and words[0].lower() in _PART_WORDS:
        return _resolve_name(" ".join(words[1:]), country, gazetteer, outer)
    if not candidates and _APOSTROPHE.search(name):  # "N'Guigmi": GeoNames has "Nguigmi"
        return _resolve_name(_APOSTROPHE.sub("", name), country, gazetteer, outer, kind)
    if not candidates and _FRENCH_ARTICLE.match(name):  # "le Nord-Gondar"; "Les Cayes" is whole
        return _resolve_name(_FRENCH_ARTICLE.sub("", name), country, gazetteer, outer, kind)
    return _seated(candidates[0], namesakes) if candidates else None


def _seated(place: Place, namesakes: list[Place]) -> Place:
    """`place`, with the coordinates of the town of its name in it where it is a
    division without its own: GeoNames' second-level divisions have none, and a
    department is named after its seat ("Bosso", the department of Diffa and its
    town), which is where a map shows it. A town of the name is taken in the same
    country and region, in the district where GeoNames gives the town one."""
    if place.located or place.kind not in _DIVISIONS:
        return place
    for town in namesakes:
        if (
            town.kind is Kind.TOWN
            and town.located
            and fold(town.name) == fold(place.name)
            and (town.country_code, town.region_code) == (place.country_code, place.region_code)
            and town.district_code in ("", place.district_code)
        ):
            return replace(place, latitude=town.latitude, longitude=town.longitude)
    return place
