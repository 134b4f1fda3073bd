"""Places taken by a name alone, where the claim's country is not known: which of a
name's places it can name with no country to go by (a country, a city, the one place
of that name, a town by its own name), and a division the text names with its kind.
`resolve.py` asks these; the rules and their figures are docs/gazetteer.md's.
"""

from __future__ import annotations

from workbench.geo.geonames import fold, spelled_out
from workbench.geo.places import Kind, Place
from workbench.geo.spelling import spelled_like

# Where a claim's country is not known, a name is taken only for a country or a town
# of this many people: "Santa", "Al" or "Buenavista" alone are villages anywhere.
CITY_POPULATION = 100_000
# A city known abroad by names of other languages ("Bombay", "Kiev") from this many people
WORLD_CITY = 1_000_000
# The towns the shipped gazetteer holds for every country (GeoNames' cities15000).
TOWN_POPULATION = 15_000


def one_country_division(candidates: list[Place], kind: Kind) -> list[Place]:
    """The divisions of `kind` among a name's places where they all lie in one country,
    else none: with no country known, a name the text calls a region ("Kherson Oblast",
    "Borno State") is that region where the world has one region of the name, not the
    city of the name. Only first-level divisions: a district's name is shared too often
    ("Doba District" of Ethiopia is no Doba of Chad)."""
    divisions = [c for c in candidates if c.kind is kind]
    return divisions if len({d.country_code for d in divisions}) == 1 else []


def by_name_alone(name: str, candidates: list[Place]) -> list[Place]:
    """The places a name names with no country to go by (`_named_alone`), each by its
    own name (`_own_name`): all the candidates count as namesakes, whatever name they
    answer to. A name the text shortens is taken as written out ("l'Arcahaie" is
    Arcahaie, "St-Marc" Saint-Marc: `geonames.spelled_out`)."""
    name = spelled_out(fold(name)) or name
    return [place for place in _named_alone(name, candidates) if _own_name(name, place)]


def _named_alone(name: str, candidates: list[Place]) -> list[Place]:
    """The places a name may name with no country to go by (`by_name_alone`): a
    country, a town of CITY_POPULATION people or more (those of exactly that name
    first: "Kandi" is Benin's city, not Sri Lanka's Kandy), or the one place in the
    world of exactly that name (four letters or more), or the one town of
    TOWN_POPULATION people or more of any spelling where all its namesakes the
    gazetteer holds for every country (divisions, towns that large) are in its
    country: "A’zaz" is I‘zāz, "Doda" the town beside Doda district, "Yola" the city
    in Nigeria, not a village of Niger; "Buenavista" is a town in the Philippines and
    districts in Colombia and Mexico, so none. The villages are only those of a few
    countries: a village that shares a name is no evidence of a place, nor of another
    country."""
    exact = [c for c in candidates if fold(c.name) == fold(name)]
    wanted = [c for c in candidates if c.kind is Kind.COUNTRY or _city(c)]
    wanted = [c for c in wanted if c in exact] or wanted  # "Kandi" is no Kandy
    if wanted or len(fold(name)) < 4:
        return wanted
    if len(exact) == 1:
        return exact
    worldwide = [c for c in candidates if c.kind is not Kind.TOWN or _town(c)]
    towns = [c for c in worldwide if c.kind is Kind.TOWN]
    one_country = len({c.country_code for c in worldwide}) == 1
    return towns if len(towns) == 1 and one_country else []


def _own_name(name: str, place: Place) -> bool:
    """Whether `name` names `place` with no country to go by: a country by any of its
    names, a city of WORLD_CITY people by its exonyms too ("Bombay"), any other town
    only by a spelling of its own name (`spelling.spelled_like`: "A’zaz" for I‘zāz),
    not by a name it has in another language that a place elsewhere bears ("Rann"
    is Laon in Flemish, "Iskandariyah" Alexandria in Arabic, both towns of Iraq)."""
    if place.kind is Kind.COUNTRY or place.population >= WORLD_CITY:
        return True
    return spelled_like(name, place.name)


def _town(place: Place) -> bool:
    """A town of the world's towns (TOWN_POPULATION or more), not a village."""
    return place.kind is Kind.TOWN and place.population >= TOWN_POPULATION


def _city(place: Place) -> bool:
    """A town large enough that its name alone names it (CITY_POPULATION or more)."""
    return place.kind is Kind.TOWN and place.population >= CITY_POPULATION
