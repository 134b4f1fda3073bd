"""A site named by its locality, then the town or the area the locality lies in: the
locality with that town or area, without the site's words (issue 18; trial 77: «au poste
militaire de Tambigou, dans la préfecture de Kpendjal» gave "poste militaire de Tambigou",
which neither the gazetteer nor the page's country could place; french-x study: «au camp
militaire de Katindo», a camp of Goma, named a sentence after «en ville de Goma»).

«le poste militaire de Tambigou, dans la préfecture de Kpendjal» is "Tambigou, préfecture
de Kpendjal"; «le camp militaire de Katindo à Goma» "Katindo, Goma"; «l'école primaire de
Kisoro, à Bujumbura» "Kisoro, Bujumbura": an address `geo.resolve` reads outermost last,
so the prefecture or the town is placed where the locality is not known. A military or a
police site whose sentence names no town beside it takes the town the sentence before it
in its paragraph names as its place («... à Bangui. Une grenade a été lancée au camp
militaire de Kassaï» is "Kassaï, Bangui"): a camp, a post, a barracks lies in or near the
town the story has just named. A site with nothing named beside it stays as written («le
marché de Kalehe»: Kalehe is the town).
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.extract.french.countries import is_country
from workbench.extract.french.place_words import NAME
from workbench.extract.place_mention import PlaceMention

# A force's site: a post, a camp, a base, a barracks; its kind after it.
_FORCE_SITE = (
    r"poste|camp|base|caserne|garnison|position|commissariat|brigade|cantonnement|"
    r"détachement|check-?point|barrière"
)
_FORCE_KIND = (
    r"militaires?|frontaliers?|frontière|avancée?|de\s+(?:police|gendarmerie|contrôle|"
    r"sécurité|douane|l[’']armée|la\s+police|la\s+gendarmerie)|(?-i:[A-Z]{3,6})"
)
# Other sites a town holds: a school, a market, a hospital, a prison, a place of worship.
_TOWN_SITE = r"école|lycée|collège|marché|hôpital|prison|mosquée|église|paroisse|dispensaire"
_TOWN_KIND = (
    r"primaire|secondaire|publique|privée|central|centrale|général|générale|régional|"
    r"régionale|catholique|protestante|évangélique|militaire|de\s+santé|coranique"
)
_SITE = re.compile(
    r"^(?:(?:dans|à|au|sur|contre|vers|de|du|devant|près\s+d[eu])\s+)?"
    r"(?:(?:le|la|les|l[’']|un|une|du|au|aux)\s*)?"
    rf"(?:(?P<force>(?:{_FORCE_SITE})(?:\s+(?:{_FORCE_KIND}))*)"
    rf"|(?P<town>(?:{_TOWN_SITE})(?:\s+(?:{_TOWN_KIND}))*))"
    rf"\s+(?:de\s+|d[’']\s*)(?P<name>{NAME})$",
    re.IGNORECASE,
)
# The area or the town a site's locality lies in, right after it: «, dans la préfecture
# de Kpendjal», «, en territoire de Rutshuru», « à Goma», «, à Bujumbura».
_AREA = (
    r"(?:sous-)?préfecture|province|région|territoire|commune|département|district|cercle|"
    r"canton|arrondissement|chefferie|groupement|ville|localité"
)
_LIES_IN = re.compile(
    r"\s*,\s*(?:(?:dans|en)\s+)?(?:(?:la|le|l[’'])\s*)?"
    rf"(?P<area>(?i:{_AREA}))\s+(?P<of>(?i:de\s+la\s+|de\s+l[’']\s*|du\s+|des\s+|de\s+|d[’']\s*))"
    rf"(?P<areaname>{NAME})"
    rf"|\s*,?\s+(?i:à)\s+(?P<townname>{NAME})"
)


def _site(place: PlaceMention) -> re.Match[str] | None:
    return _SITE.match(place.name) if " " in place.name else None


def sites_placed(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """`found` (the places of a sentence of `text`, in order) with each site named by its
    locality and followed by the area or the town it lies in read as the locality and
    that area or town ("Tambigou, préfecture de Kpendjal"), the mention of the area or
    the town that follows it dropped; the others as they are."""
    if not any(_site(p) is not None for p in found):
        return found  # most sentences name no site
    placed: list[PlaceMention] = []
    taken_to = -1
    for place in found:
        if place.start < taken_to:
            continue  # the area or the town read with the site before it
        site = _site(place)
        lies = _LIES_IN.match(text, place.end) if site is not None else None
        if site is None or lies is None:
            placed.append(place)
            continue
        if lies["areaname"]:
            of = " ".join(lies["of"].lower().split())
            joined = "" if of.endswith(("'", "’")) else " "
            outer = f"{lies['area'].lower()} {of}{joined}{lies['areaname']}"
        else:
            outer = lies["townname"]
        name = f"{site['name']}, {outer}"
        placed.append(replace(place, end=lies.end(), name=name))
        taken_to = lies.end()
    return placed


def force_site(place: PlaceMention) -> str | None:
    """The locality of a military or police site named with nothing beside it ("camp
    militaire de Katindo" is "Katindo"), None for any other place."""
    site = _site(place)
    return site["name"] if site is not None and site["force"] else None


def site_in_town(found: list[PlaceMention], before: list[PlaceMention]) -> list[PlaceMention]:
    """`found` (a sentence's places) with a military or police site named alone given the
    town the sentence before it names (`before`, its places: the first `locative` one
    that is a town and no site): "Katindo, Goma"; the others as they are."""
    sites = [p for p in found if force_site(p) is not None]
    if not sites:
        return found
    towns = [
        p
        for p in before
        if p.locative and _TOWN.fullmatch(p.name) and _site(p) is None and not is_country(p.name)
    ]
    if not towns:
        return found
    town = towns[0].name
    return [replace(p, name=f"{force_site(p)}, {town}") if p in sites else p for p in found]


# A town named as itself: one to three capitalised words (not "le nord du pays").
_TOWN = re.compile(r"(?-i:[A-ZÀ-Ý])[\w’'-]*(?:[\s-](?-i:[A-ZÀ-Ý])[\w’'-]*){0,2}")
