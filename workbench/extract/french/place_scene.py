"""A wide area that opens a French sentence, set off by a comma, sets its scene; a
finer place the sentence names after it says where it happened: "Dans la province de
l'Ituri, quinze civils ont été tués dans le territoire de Djugu" is in Djugu, "Au
Nord-Kivu, vingt civils ont été tués à Oicha" in Oicha, "Dans la commune de Karimama,
deux policiers ont été tués près de Monsey" near Monsey. The opening area is kept, no
longer `locative` (`places.find_places`), as a country opening a sentence gives way
already (`countries_last`, and `extract.nearest_place.nearest` for a country).

The later place must be finer: an area of a narrower kind ("le territoire de Djugu"
after "la province de l'Ituri", "le département du Mayo-Tsanaga" after "la région de
l'Extrême-Nord") or a settlement ("à Tourou", "dans le village de Kalau"); not a
country, a part or a side of one, nor a border; and not told after a word that puts it
in another time ("deux semaines après le massacre de Drodro": that place is an earlier
attack's). A town that opens the sentence ("À Oicha, ...") stays its place: what
follows it is most often within it.

A place in a breakdown after a toll ("..., dont six près de Kirkouk") is the place of
the breakdown's figures only, where the toll's clause names its own (`parts_apart`)."""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.extract.french.countries import is_country
from workbench.extract.french.country_parts import is_part, side_of_country
from workbench.extract.places import PlaceMention

# How wide an area's kind is: a region or a province over a prefecture or a department
# (Cameroon's, Benin's, Haiti's), over a territory, a commune or a chiefdom; a
# settlement or a town named alone is finest (1).
_RANKS = (
    (4, r"régions?|provinces?|(?:l[’'])?(?:é|e)tats?|gouvernorats?|wilayas?|oblasts?"),
    (3, r"préfectures?|départements?|comtés?|districts?|zone\s+de\s+gouvernement\s+local"),
    (
        2,
        r"territoires?|cercles?|arrondissements?|communes?|sous-préfectures?|chefferies?|"
        r"secteurs?|groupements?|municipalités?|cantons?|collectivités?|circonscriptions?",
    ),
)
_ARTICLE = r"(?:(?:dans|en|à|au|aux|sur|vers)\s+)?(?:(?:le|la|les|l[’']|un|une)\s*)?"
_RANKED = [
    (rank, re.compile(rf"{_ARTICLE}(?:{words})(?![\w-])", re.IGNORECASE)) for rank, words in _RANKS
]
# "Au Nord-Kivu", "en Ituri", "dans le Haut-Mbomou": a region named with the article
# of a country (a town takes "à" and no article), its name capitalised; as wide as a
# province.
_REGION_NAMED = re.compile(r"(?i:au|aux|en|dans\s+(?:le|la|les|l[’']))\s*(?=[A-ZÀ-Ý])")
# Words between the opening area and a later place that put the later one in another
# time: "deux semaines après le massacre de Drodro", "avant l'attaque de Mamove".
_OTHER_TIME = re.compile(
    r"(?<![\w])(?:après|avant|depuis|précédente?s?|dernière?s?|déjà)(?![\w])", re.IGNORECASE
)


def area_rank(text: str, place: PlaceMention) -> int:
    """How wide the area a mention names is by its kind's word (1: a settlement)."""
    for rank, pattern in _RANKED:
        if pattern.match(text, place.start, place.end):
            return rank
    return 4 if _REGION_NAMED.match(text, place.start, place.end) else 1


def _opening_rank(text: str, start: int, place: PlaceMention) -> int:
    """The rank of an area at `start` set off by a comma ("Dans la province de
    l'Ituri,", "Au Nord-Kivu,"), else 0 (no such opening)."""
    if not place.locative or text[start : place.start].strip() or is_country(place.name):
        return 0
    if not text[place.end : place.end + 3].lstrip().startswith(","):
        return 0
    rank = area_rank(text, place)
    return rank if rank > 1 else 0


def _finer(text: str, opening: PlaceMention, place: PlaceMention, rank: int) -> bool:
    """Whether `place`, after the opening area of `rank`, says more precisely where."""
    return (
        place.locative
        and place.start >= opening.end
        and not place.border
        and not is_country(place.name)
        and not is_part(place.name)
        and not side_of_country(place.name)
        and area_rank(text, place) < rank
        and _OTHER_TIME.search(text, opening.end, place.start) is None
    )


def scene_gives_way(text: str, start: int, found: list[PlaceMention]) -> list[PlaceMention]:
    """The places of the sentence at `start`, in order, each wide area opening it (one
    after another, commas apart: "En Ituri, dans le territoire de Djugu,") no longer
    `locative` where a finer place follows them (module docstring)."""
    places = list(found)
    at = start
    for index, opening in enumerate(found[:-1]):
        if text[at : opening.start].strip(" ,\u00ab\"\u201c'"):
            break  # the opening's areas end where other words begin
        at = opening.end
        rank = _opening_rank(text, opening.start, opening)
        if rank and any(_finer(text, opening, p, rank) for p in found[index + 1 :]):
            places[index] = replace(opening, locative=False)
    return places


# A breakdown of a toll, after it: "15 personnes ont été tuées en Irak, dont six près de
# Kirkouk" (to the sentence's end or its next clause).
_BREAKDOWN = re.compile(r",\s*dont\s+[^;:.!?–—]*")
# A clause of its own after a toll, set off so, with its own place: "Dans le sud du
# Liban, 37 personnes ont été tuées, et, dans l'est du pays, au moins 25 ont péri"; so
# too a clause on the place before it: "trois tués en Ituri, où deux autres civils sont
# morts jeudi dans le territoire d'Irumu" (the two in Irumu, and in Ituri where it names
# none); and another strike told after the first, with its own place.
_OWN_CLAUSE = re.compile(
    r"(?:,\s*et\s*,|;\s|,\s*(?:tandis|alors)\s+qu(?:e\s|[’'])|,\s*où\s"
    # another strike or attack told after the first: "une frappe sur Maaysara a fait trois
    # morts et une autre sur Aïn Qana a tué trois personnes"
    r"|,?\s+et\s+(?:une?|l[’'])\s*autre\s"
    # a figure added to the first: "148 villageois massacrés, auxquels s'ajoutent 50
    # personnes tuées dans la circonscription voisine de Barkin Ladi"
    r"|,\s*(?:auxquel(?:le)?s|à\s+qui)\s+s[’']ajout)[^;:.!?–—]*"
)


def parts_apart(text: str, start: int, end: int, found: list[PlaceMention]) -> list[PlaceMention]:
    """The places of the sentence `text[start:end]`, each in a breakdown after a toll
    whose own clause names a place ("15 personnes ont été tuées en Irak, dont six près
    de Kirkouk"), or in a clause of its own set off after it (", et, dans l'est du
    pays, au moins 25 ont péri", "; ", ", tandis qu'à Ndélé"), the place of that part's
    figures only (`background`, read by
    `extract.nearest_place.nearest`): the fifteen are in Iraq, the six near Kirkouk. Where the
    toll's clause names none, the breakdown's place stays the sentence's, unless it is
    a wide area, a part of a wider toll (`_wide_part`)."""
    words = text[start:end]
    if "dont" not in words and "," not in words and ";" not in words:
        return found
    places = list(found)
    parts = [*_BREAKDOWN.finditer(text, start, end), *_OWN_CLAUSE.finditer(text, start, end)]
    for breakdown in parts:
        at, stop = breakdown.span()
        first = text.find(",", at + 1, stop)  # "dont quatre enfants, ont été tués ...": an aside
        inside = [p for p in found if at <= p.start < (first if first > 0 else stop)]
        if not any(p.locative and p.end <= at for p in found) and not any(
            _wide_part(text, p) for p in inside
        ):
            continue
        places = [replace(p, background=(at, stop)) if at <= p.start < stop else p for p in places]
    return places


# "dont 257 pour la seule province de Bagdad": a part named as one area of several.
_ONE_OF = re.compile(r"(?i:(?:dans|en|à|au|aux|pour|sur)\s+)?(?i:le|la|les|l[’'])\s*seule?s?\s")
_WIDE_PART = 3  # a department, a prefecture or wider: a toll's part, not its scene


def _wide_part(text: str, place: PlaceMention) -> bool:
    """Whether a breakdown's `place` is an area as wide as a department or one told
    as alone ("la seule province de"): the breakdown's, even where the toll's clause
    names no place ("717 tués, dont 257 dans la région de Mopti")."""
    if _ONE_OF.match(text, place.start, place.end):
        return True
    return place.locative and area_rank(text, place) >= _WIDE_PART


# Whose place it is, right after the people counted: "Neuf habitants de Fotokol", "neuf
# soldats de la garnison de Mora" (a figure, then a noun that is no area: not "3 villages
# du territoire de Djugu", which are where).
_PEOPLE_BEFORE = re.compile(
    r"(?<![\w])(?:\d[\d  .,]*|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|"
    r"treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|mille|"
    r"[a-zé]+aines?\s+d[e’']|plusieurs)"
    # the people's noun, or none where the place's phrase holds it ("habitants de")
    r"(?:\s+(?!(?:villages?|localités?|quartiers?|communes?|villes?|sites?|camps?|"
    r"hameaux|provinces?|régions?|territoires?|zones?|secteurs?)\s)[a-zàâçéèêëîïôûù-]{3,})?\s+$",
    re.IGNORECASE,
)
_OF = re.compile(r"(?i:de|du|des|d[’'])(?![\w])|(?i:habitants|populations?|résidents|villageois)")


def people_of(text: str, start: int, found: list[PlaceMention]) -> list[PlaceMention]:
    """The places of the sentence at `start`, each that says whose the people counted
    right before it are ("Neuf habitants de Fotokol ont été tués à Kousseri") the
    claim's place only where the sentence names another after it, where it happened
    (`setting`, read by `extract.nearest_place.nearest`): the nine were killed at Kousseri.
    A border or an area that says where a place lies is no such other."""
    if len(found) < 2:
        return found
    places = list(found)
    for index, place in enumerate(found):
        if not place.locative or place.setting is not None or not _OF.match(text, place.start):
            continue
        after = [p for p in found[index + 1 :] if p.locative and not p.border]
        if after and _PEOPLE_BEFORE.search(text, max(start, place.start - 40), place.start):
            places[index] = replace(place, setting=(place.start, place.end))
    return places
