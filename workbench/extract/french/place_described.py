"""A French place told by description, not by its name, given its name where the name is
certain (issue 18; french-x study: «La capitale de la RD Congo a connu ... 17 civils tués»
gave "La capitale de la RD Congo" where the report is of Kinshasa; trial 77: «le chef-lieu
de la région des Savanes»).

- a country's capital, its country named or told by its adjective: «la capitale de la
  RD Congo», «la capitale du Togo», «la capitale togolaise», «la capitale centrafricaine»
  are Kinshasa, Lomé, Lomé, Bangui (the gazetteer's capital, written as French writes it);
  a capital the country's own reporting does not agree on is left as written (Burundi's,
  Côte d'Ivoire's, Benin's: Gitega or Bujumbura, Yamoussoukro or Abidjan, Porto-Novo or
  Cotonou);
- a country's economic capital, where there is one: «la capitale économique du Cameroun»,
  «la capitale économique ivoirienne» are Douala, Abidjan;
- a region's or a province's seat, named: «le chef-lieu de la région des Savanes» is
  Dapaong, «le chef-lieu du Nord-Kivu» Goma (`_SEATS`, the regions of the francophone
  countries whose reporting the workbench reads most; a region it does not list is left as
  written).

A relation before the description stays: «près de la capitale tchadienne» is «près de
N'Djamena». «La capitale» with no country («dans la capitale») is left as written: which
country's is for the page to say (`country_parts.UNNAMED_CAPITAL`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from workbench.extract.casefold import fold
from workbench.extract.french.place_facilities import sites_placed
from workbench.extract.french_demonyms import FRENCH_DEMONYMS
from workbench.extract.gazetteer import COUNTRY_BY_NAME, Country
from workbench.extract.place_mention import PlaceMention

# The capitals as French writes them, where the gazetteer's English spelling differs.
_FRENCH_CAPITALS = {
    "Togo": "Lomé",
    "Cameroon": "Yaoundé",
    "Chad": "N'Djamena",
    "Lebanon": "Beyrouth",
    "Sudan": "Khartoum",
    "Somalia": "Mogadiscio",
    "Algeria": "Alger",
    "Syria": "Damas",
    "Iraq": "Bagdad",
    "Ethiopia": "Addis-Abeba",
    "Ukraine": "Kiev",
    "Mauritania": "Nouakchott",
    "Guinea": "Conakry",
    "Egypt": "Le Caire",
    "Libya": "Tripoli",
    "Yemen": "Sanaa",
}
# Countries whose capital reporting does not agree on: the description stays as written.
_DOUBTFUL = frozenset(
    ("Burundi", "Ivory Coast", "Benin", "Tanzania", "Palestine", "Israel", "Western Sahara")
)
# A country's economic capital, told so: «la capitale économique du Cameroun».
_ECONOMIC = {
    "Cameroon": "Douala",
    "Ivory Coast": "Abidjan",
    "Benin": "Cotonou",
    "Burundi": "Bujumbura",
    "Tanzania": "Dar es Salaam",
    "Morocco": "Casablanca",
    "Nigeria": "Lagos",
}
# A region's or a province's seat, by the region's name (accents folded, lower case).
_SEATS_TABLE = """
Togo: Savanes=Dapaong, Kara=Kara, Centrale=Sokodé, Plateaux=Atakpamé, Maritime=Tsévié
Cameroon: Extrême-Nord=Maroua, Nord=Garoua, Adamaoua=Ngaoundéré, Est=Bertoua,
 Nord-Ouest=Bamenda, Sud-Ouest=Buea, Littoral=Douala, Centre=Yaoundé, Ouest=Bafoussam,
 Sud=Ebolowa
Democratic Republic of the Congo: Nord-Kivu=Goma, Sud-Kivu=Bukavu, Ituri=Bunia,
 Tanganyika=Kalemie, Maniema=Kindu, Tshopo=Kisangani, Haut-Uele=Isiro, Bas-Uele=Buta,
 Kasaï=Tshikapa, Kasaï-Central=Kananga, Kasaï-Oriental=Mbuji-Mayi, Haut-Katanga=Lubumbashi,
 Lualaba=Kolwezi, Kongo-Central=Matadi, Équateur=Mbandaka, Kwilu=Bandundu, Mai-Ndombe=Inongo
Central African Republic: Ouaka=Bambari, Haute-Kotto=Bria, Vakaga=Birao, Mbomou=Bangassou,
 Haut-Mbomou=Obo, Nana-Grébizi=Kaga-Bandoro, Bamingui-Bangoran=Ndélé, Ouham=Bossangoa,
 Ouham-Pendé=Bozoum, Nana-Mambéré=Bouar, Mambéré-Kadéï=Berbérati, Lobaye=Mbaïki,
 Basse-Kotto=Mobaye, Kémo=Sibut
Chad: Lac=Bol, Ouaddaï=Abéché, Logone Occidental=Moundou, Moyen-Chari=Sarh, Sila=Goz Beïda,
 Salamat=Am Timan, Borkou=Faya-Largeau, Tibesti=Bardaï, Kanem=Mao, Ennedi Est=Amdjarass
Benin: Alibori=Kandi, Atacora=Natitingou, Borgou=Parakou, Donga=Djougou
"""


def _seats(table: str) -> dict[str, tuple[str, Country]]:
    found: dict[str, tuple[str, Country]] = {}
    for line in table.replace("\n ", " ").strip().splitlines():
        country, rows = line.split(": ", 1)
        for row in rows.split(", "):
            region, seat = row.split("=")
            found[fold(region)] = (seat, COUNTRY_BY_NAME[country.lower()])
    return found


_SEATS = _seats(_SEATS_TABLE)
_OF = r"(?:de\s+la\s+|de\s+l[’']\s*|du\s+|des\s+|de\s+|d[’']\s*)"
_RELATION = r"(?P<rel>(?:(?:dans|à|vers|sur|près\s+de|non\s+loin\s+de|aux\s+abords\s+de)\s+)?)"
_CAPITAL = re.compile(
    rf"^{_RELATION}(?i:la\s+)?(?i:capitale)(?P<economic>\s+(?i:économique))?"
    rf"(?:\s+(?P<adjective>[a-zà-ÿ-]+)|\s+{_OF}(?P<country>.+))$"
)
_SEAT = re.compile(
    rf"^{_RELATION}(?i:le\s+)?(?i:chef-lieu)\s+{_OF}"
    r"(?:(?i:la\s+|le\s+|l[’']\s*)?(?i:région|province|préfecture|département)\s+"
    rf"{_OF}|(?i:la\s+|le\s+|l[’']\s*))?(?P<region>.+)$"
)


@lru_cache(maxsize=1024)  # a page names its few places again and again
def described_name(name: str) -> str:
    """The name a place phrase told by description stands for («la capitale
    togolaise» is "Lomé", «près de la capitale du Tchad» "près de N'Djamena», «le
    chef-lieu de la région des Savanes» "Dapaong"), its relation words kept; any other
    phrase, and a description whose name is not certain, as it is."""
    if "capitale" in name.lower():
        capital = _CAPITAL.match(name)
        if capital is not None:
            found = _capital_of(capital)
            return capital["rel"] + found if found else name
    elif "chef-lieu" in name.lower():
        seat = _SEAT.match(name)
        if seat is not None:
            found_seat = _SEATS.get(fold(seat["region"].strip()))
            return seat["rel"] + found_seat[0] if found_seat else name
    return name


def _capital_of(match: re.Match[str]) -> str | None:
    """The capital a `_CAPITAL` match names, None where it is not certain."""
    told = match["adjective"] or match["country"]
    country = FRENCH_DEMONYMS.get(told) if match["adjective"] else _country(told)
    if country is None:
        return None
    if match["economic"]:
        return _ECONOMIC.get(country.name)
    if country.name in _DOUBTFUL:
        return None
    return _FRENCH_CAPITALS.get(country.name, country.capital)


def _country(name: str) -> Country | None:
    """The country a name names, its article left off ("la RD Congo", "l'Irak")."""
    bare = _ARTICLE.sub("", name.strip(" .")).lower().replace("’", "'")
    return COUNTRY_BY_NAME.get(_ALIASES.get(bare, bare))


_ARTICLE = re.compile(r"^(?:la\s+|le\s+|les\s+|l[’']\s*)", re.IGNORECASE)
# French names of a country the gazetteer's table does not hold
_ALIASES = {"rd congo": "drc", "r.d. congo": "drc", "rd du congo": "drc"}


def described_places(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """`found` (places of a sentence of `text`) with a site and the area or the town
    it lies in read as one (`place_facilities.sites_placed`: "Tambigou, préfecture de
    Kpendjal") and each place told by description named (`described_name`), its
    offsets and whether it is `locative` kept; a capital
    read short of its country ("la capitale" of «la capitale économique du Cameroun»)
    read with it. A description named that is its sentence's only place is `locative`:
    a town, carried to the tolls after it as a town named is."""
    found = sites_placed(text, found)
    if not any("capitale" in p.name.lower() or "chef-lieu" in p.name.lower() for p in found):
        return found  # most sentences describe none
    named = []
    for place in found:
        whole = place
        if place.name.lower().endswith(("capitale", "capitale économique")):
            rest = _OF_COUNTRY.match(text, place.end)
            if rest is not None and _country(rest["country"]) is not None:
                whole = replace(place, end=rest.end(), name=place.name + rest.group().rstrip())
        name = described_name(whole.name)
        if name == whole.name:
            named.append(place)
            continue
        named.append(replace(whole, name=name, locative=whole.locative or len(found) == 1))
    return named


# What follows a capital read short: «(la capitale) économique du Cameroun»
_OF_COUNTRY = re.compile(
    rf"(?:\s+(?i:économique))?\s+{_OF}(?P<country>(?:(?-i:[A-ZÀ-Ý])[\w’'.-]*\s?){{1,4}})"
)


# An area told with its country's adjective: «la province thaïlandaise de Sisaket», «la
# ville nigériane de Maiduguri», «le village camerounais de Kerawa», «la capitale
# tchadienne» (not «la frontière thaïlandaise»: a border says beside which country).
_AREA_OF_COUNTRY = re.compile(
    r"(?<![\w])(?i:province|région|ville|localité|village|capitale|préfecture|commune|"
    r"district|territoire|état|zone|département|gouvernorat|bourgade|cité|base|camp|"
    r"position|poste|côte|île|sol)s?\s+(?P<adjective>[a-zà-ÿ-]+)"
    r"(?=\s+(?:de|du|des|d[’'])|\s*$|\s*,)"
)


def adjective_country(location: str) -> Country | None:
    """The country a place phrase names by its adjective after an area's word («la
    province thaïlandaise de Sisaket»: Thailand), None where it names none (trial 77k:
    the Thai province was put in Cambodia, the country the page spoke of most)."""
    if " " not in location:
        return None
    for match in _AREA_OF_COUNTRY.finditer(location):
        country = FRENCH_DEMONYMS.get(match["adjective"])
        if country is not None:
            return country
    return None


def told_country(text: str, places: list[PlaceMention], location: str) -> Country | None:
    """The country a claim's place is told in by its adjective, in its name («la province
    thaïlandaise de Sisaket») or in the words of `text` that name it among its sentence's
    `places` («la ville nigériane de Banki» is "Banki"); None where none is."""
    told = adjective_country(location)
    if told is not None:
        return told
    place = next((p for p in places if p.name == location), None)
    return adjective_country(text[place.start : place.end]) if place else None
