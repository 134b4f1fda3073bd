"""Which of the places a French sentence names say where it happened (`places.py`
finds them): a place set off by a comma after another says where the first lies ("à
Oïcha, la capitale du territoire de Beni"), as does a place in brackets ("à Samarra (110
km au nord de Bagdad)"), a landmark by its distance ("à Boyo, à 400 km de Bangui") or an
area right after it ("à Boni dans le cercle de Douentza"); "plus précisément" narrows to
the place after it; a border, and a country or a part of one, give way to a place more
precise. Each such place is kept, no longer `locative`."""

from __future__ import annotations

import re

from workbench.extract.french.countries import is_country
from workbench.extract.french.country_parts import is_part, side_of_country
from workbench.extract.french.place_roles import landmark_after
from workbench.extract.french.place_scene import area_rank
from workbench.extract.french.place_words import DIRECTION, DISTANCE, NEAR
from workbench.extract.gazetteer import COUNTRY_OF_PLACE
from workbench.extract.places import PlaceMention

_FRONTIER = re.compile(r"(?<![\w])frontières?(?![\w])", re.IGNORECASE)
# An administrative area right after a place, with no comma, says where that place
# lies: "à Kpemboli dans le canton de Pogno", "à Boni dans le cercle de Douentza".
_WITHIN_AREA = re.compile(
    r"(?i:dans)\s+(?i:le|la|l[’'])\s*(?i:sous-)?(?i:canton|commune|département|préfecture|"
    r"cercle|région|province|territoire|district|arrondissement|chefferie|groupement|secteur|"
    r"état|wilaya|collectivité|zone\s+de\s+gouvernement\s+local|gouvernorat|oblast|comté|"
    r"municipalité)(?![\w])"
)
# What sets a place off as saying where the one before it lies: a comma and at
# most a few words ("à Oïcha, la capitale du territoire de Beni,").
_APPOSITION = re.compile(
    r"\s*[»”\"]?\s*(?:\([^)]{0,30}\)\s*)?,\s*(?:(?:également|aussi|elle-même|lui-même|"
    r"notamment|principalement|"
    # what the place is, with no article, then where it lies: "sur Maaysra, village chiite
    # de la montagne au nord de Beyrouth", "à Kaga, chef-lieu du canton de ..."
    r"(?:une?\s+)?(?:ville|localité|village|bourgade|cité|agglomération|hameau|quartier|"
    r"chef-lieu|commune)(?:\s+[a-zà-ÿ’'-]+){0,8}?|"
    # what the place is, then where it lies: "près de Mann, ville située à 600 km de Bangui"
    r"(?:(?:une?|la|le|l[’'])\s*)?(?:petite?\s+|grande?\s+)?(?:ville|localité|village|commune|"
    r"bourgade|cité|agglomération|site|camp|quartier|hameau)\s+(?:[\w’'-]+\s+){0,3}?situé(?:e|s|es)?|"
    r"situé(?:e|s|es)?)\s+)?"
    # a side of the area after it: "à Mai Tsebri, dans le sud de la région du Tigré"
    rf"(?:(?:dans|à)\s+(?:le|la|l[’'])\s*(?:{DIRECTION})\s+(?:(?:de|du|des|d[’'])\s*)?)?$",
    re.IGNORECASE,
)


# A parenthesis opened right after a place, the next place inside it: "à Samarra (110 km
# au nord de Bagdad)", "à Bunia (Ituri)" say where the first lies.
_IN_BRACKETS = re.compile(r"\s*\(\s*[^()]{0,30}")


# What narrows the place before it to the one after it: "à Malanville, plus précisément
# à Guéné" is at Guéné, in Malanville.
_NARROWING = re.compile(
    r"\s*,?\s*(?:(?:plus\s+)?(?:précisément|exactement)|pour\s+être\s+(?:plus\s+)?précis)"
    r"\s*,?\s*$",
    re.IGNORECASE,
)


_NEAR_NAME = re.compile(rf"(?i:{NEAR})(?P<name>.+)$")  # "près du Burkina Faso": its place
_FAR_FIRST = re.compile(rf"(?i:{DISTANCE})")  # a distance from a place, then the place
# A side of a place, from it: "à l'est de Port-au-Prince", "au nord de Beni" (a landmark
# the place before it lies by, as a distance is; not "dans le nord de", a part of it).
_SIDE_FROM = re.compile(rf"(?i:au|à\s+l[’'])\s*(?i:{DIRECTION})\s+(?i:de|du|des|d[’'])")
_APPOSED = re.compile(r"\s*,\s*")
# A settlement named after a town or a commune lies in it: the finer of the two
_SETTLEMENT_IN = re.compile(
    r"(?i:dans|à|au)\s+(?i:le|la|l[’']|un|une)?\s*(?i:petite?\s+)?"
    r"(?i:village|localité|hameau|quartier|campement)(?![\w])"
)


def _town(text: str, place: PlaceMention) -> bool:
    """Whether `place` names a town ("à Mbau"): no area, no country, no part of one."""
    return (
        area_rank(text, place) == 1
        and place.name[:1].isupper()
        and not is_country(place.name)
        and not is_part(place.name)
        and not side_of_country(place.name)
    )


def border_last(place: PlaceMention) -> PlaceMention:
    """A border is a claim's place only where the sentence names no other ("à Boni,
    près de la frontière avec le Mali" is Boni), as in English: not locative."""
    if place.locative and _FRONTIER.search(place.name):
        return PlaceMention(place.start, place.end, place.name, False)
    return place


def narrowed(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """The places in order, each one set off by a comma right after another (an
    apposition: "à Oïcha, la capitale du territoire de Beni") no longer locative,
    unless it repeats the other's preposition (a list: "à Gao, à Kidal")."""
    narrowed: list[PlaceMention] = []
    apposed: set[int] = set()  # the places that only say where the one before them lies
    for place in found:
        before = narrowed[-1] if narrowed else None
        if (
            before is not None
            and len(narrowed) - 1 in apposed
            and before.end <= place.start
            and not text[before.end : place.start].strip()
        ):  # "à Joun, dans la montagne du Chouf au sud de Beyrouth": the apposition goes on
            place = PlaceMention(place.start, place.end, place.name, False)
            apposed.add(len(narrowed))
        elif (
            before is not None
            and (
                _FAR_FIRST.match(before.name)
                or (_SIDE_FROM.match(text, before.start) and _town(text, place))
            )
            # a town named, or an area ("dans l'arrondissement de Ndu"), not "le nord de
            # la province"
            and (place.name[:1].isupper() or _WITHIN_AREA.match(text, place.start))
            and _APPOSED.fullmatch(text, before.end, place.start)
        ):  # "À 20 km de Bolo, dans le village de Kaga, ...": Kaga, 20 km from Bolo; so too
            # "au nord de Beni, à Mbau"
            narrowed[-1] = PlaceMention(before.start, before.end, before.name, False)
        elif (
            before is not None
            and before.end <= place.start
            and _NARROWING.match(text, before.end, place.start)
        ):  # "à Malanville, plus précisément à Guéné": Guéné, in Malanville; so too the
            # places chained before it ("dans la chefferie de X sur l'axe Y, précisément à Z")
            at = len(narrowed) - 1
            while at >= 0:
                was = narrowed[at]
                narrowed[at] = PlaceMention(was.start, was.end, was.name, False)
                if at == 0 or text[narrowed[at - 1].end : was.start].strip(" ,"):
                    break
                at -= 1
        elif (
            before is not None
            and before.locative
            and _FEATURE.match(text, before.start, before.end)
            and (led := _LED.match(text, place.start, place.end)) is not None
            and (led.group("near") or place.name[:1].isupper())  # a town, not an area
            and text[before.end : place.start].strip() == ","
            and not _FRONTIER.search(place.name)
            and not is_country(place.name)
        ):  # "sur le fleuve Congo, près de Mbandaka": near Mbandaka, on the river
            narrowed[-1] = PlaceMention(before.start, before.end, before.name, False)
        elif before is not None and _point_on_road(text, before, place):
            # "sur l'axe Gao-Ansongo au niveau du village de Tin-Hama": at Tin-Hama
            narrowed[-1] = PlaceMention(before.start, before.end, before.name, False)
            place = PlaceMention(place.start, place.end, place.name, True)
        elif before is not None and _finer_apposed(text, before, place):
            # "dans la préfecture du Mbomou, près de Rafaï": near Rafaï, in the prefecture
            narrowed[-1] = PlaceMention(before.start, before.end, before.name, False)
        elif before is not None and _says_where(text, before, place):
            if _SETTLEMENT_IN.match(text, place.start):  # "à Karamima, dans le village
                # Kofonou": the village lies in the commune named before it
                narrowed[-1] = PlaceMention(before.start, before.end, before.name, False)
            else:
                place = PlaceMention(place.start, place.end, place.name, False)
                apposed.add(len(narrowed))
        narrowed.append(place)
    return narrowed


# A river, a lake, a range, a valley: a feature a town set off after it places better.
_FEATURE = re.compile(
    r"(?i:(?:sur|dans|à|au|aux|près\s+d[eu']?|de)\s+)?(?i:le|la|les|l[’']|du|des)?\s*"
    r"(?i:fleuves?|rivières?|lacs?|monts|montagnes?|vallées?|plaines?|rives?|berges?)(?![\w])"
)
# A place led by a preposition, or by a word of nearness ("près de", "en banlieue de").
_LED = re.compile(rf"(?P<near>(?i:{NEAR}))|(?i:à|au|aux|dans|en|sur|vers)\s")
# Several areas: "dans les régions de Rutshuru et de Nyiragongo", "des provinces de".
_SEVERAL = re.compile(r"(?i:(?:dans|sur|à|en)\s+)?(?i:les|des|aux|deux|trois|plusieurs)\s")


def _finer_apposed(text: str, before: PlaceMention, place: PlaceMention) -> bool:
    """Whether `place`, set off by a comma after the area `before`, names a finer place
    within it, which says where it happened: "dans la province du Nord-Kivu, près
    d'Oicha", "dans le département de l'Artibonite, à Pont-Sondé", "dans le département
    du Mayo-Tsanaga, dans le village de Tourou" (not a distance, "dans la commune de
    Karimama, à 20 km de Malanville", nor a side of a town after a commune, "dans la
    commune de Croix-des-Bouquets, à l'est de Port-au-Prince", nor a border, a country
    or a part of one; nor
    after several areas, which a place near them locates: "dans les territoires de
    Rutshuru et de Nyiragongo, près de Goma"; nor after an area that only says where
    the place before it lies: "dans le village de Maidabino, dans la zone de
    gouvernement local de Danmusa, à Katsina" is in Maidabino)."""
    wide = area_rank(text, before)
    led = _LED.match(text, place.start, place.end)
    # the subject of the clause after the area: "Dans le comté d'Akobo, la ville de Deng
    # Jok a été attaquée" (its verb after it, a bracket between)
    led = led or _SUBJECT_STRUCK.match(text, place.end)
    return (
        before.locative  # not an area that says where the place before it lies
        and led is not None  # not an apposition: "au PK5, l'enclave musulmane de Bangui"
        # near a town, a commune or a territory lies: "dans la commune de Cité Soleil, en
        # banlieue de Port-au-Prince" is in Cité Soleil
        and (wide > 2 or not led.group("near"))
        and wide > 1
        and not _SEVERAL.match(text, before.start, before.end)
        and area_rank(text, place) < wide
        and text[before.end : place.start].strip() == ","
        and not _FAR_FIRST.match(place.name)
        and not (wide < 3 and _SIDE_FROM.match(text, place.start))
        and not _FRONTIER.search(place.name)
        and not is_country(place.name)
        and not is_part(place.name)
        and not side_of_country(place.name)
    )


# A road, at the start of a place's phrase: "sur l'axe Gao-Ansongo", "la route de Dori".
_ROAD = re.compile(
    r"(?i:(?:sur|de|à)\s+)?(?i:l[’']|la|le)?\s*(?i:axe|route|piste|autoroute|tronçon|"
    r"nationale|voie\s+express)(?![\w])"
)
# A point told on it: "au niveau du village X", "à la hauteur de X", "plus précisément".
_POINT = re.compile(r"(?i:au\s+niveau\s+d|à\s+la\s+hauteur\s+d|(?:plus\s+)?précisément\s)")
_POINT_REACH = 80


def _point_on_road(text: str, before: PlaceMention, place: PlaceMention) -> bool:
    """Whether `place` names a point on the road `before` (`_ROAD`), told after it within
    the clause by "au niveau de", "à la hauteur de" or "plus précisément" ("sur l'axe
    Toumodi-Yamoussoukro, 5 km avant Toumodi, plus précisément au niveau du village
    Kahankro": at Kahankro, french-v study) by its name: where it happened."""
    between = text[before.end : place.start]
    if len(between) > _POINT_REACH or any(c in between for c in ".;:!?"):
        return False
    if not _ROAD.match(text, before.start, before.end):
        return False
    if _POINT.search(text, before.end, min(place.end, place.start + 25)) is None:
        return False
    return _NAMED.search(place.name) is not None  # not "au niveau du poste de contrôle"


_NAMED = re.compile(r"[A-ZÀ-Ý]")


# A place the subject of a verb that strikes it: "la ville de X a été attaquée".
_SUBJECT_STRUCK = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:a|ont|avait|avaient)\s+(?:de\s+nouveau\s+|aussi\s+)?été\s+"
    r"(?:attaqué|touché|visé|frappé|ciblé|bombardé|pilonné|pris)e?s?(?![\w])"
    r"|\s*(?:\([^()]{0,30}\)\s*)?(?:est|sont|était|étaient)\s+tombée?s?(?![\w])"
)
# A region named right after a place with "au" or "en", as French names a region.
_REGION_AFTER = re.compile(r"(?:au|en)\s+(?=[A-ZÀ-Ý])")


def _says_where(text: str, before: PlaceMention, place: PlaceMention) -> bool:
    """Whether `place`, right after `before`, says where `before` lies: set off by a
    comma with another preposition ("à Oïcha, la capitale du territoire de Beni"), or
    a country or a known region right after it ("à El-Fasher au Soudan", "à Beni au
    Nord-Kivu"). After a country or a part of
    one, a place narrows ("au Mali, dans la région de Mopti", "dans le nord-ouest du
    pays, près de Mann")."""
    if is_country(before.name) or before.end > place.start:
        return False
    if is_part(before.name):  # "dans le nord-ouest du pays, près de Mann"
        return False
    if side_of_country(before.name):  # "dans l'est du Tchad, près de Morbaye": Morbaye; but
        # "dans le nord de la Côte d'Ivoire, près du Burkina Faso" says where the side lies
        near = _NEAR_NAME.match(place.name)
        return near is not None and is_country(near["name"])
    if is_country(place.name) and not text[before.end : place.start].strip():
        return True
    if not text[before.end : place.start].strip() and _REGION_AFTER.match(text, place.start):
        # "à Beni au Nord-Kivu", "à Oicha en Ituri": a region the gazetteer knows, named
        # with "au" or "en" as French names a region (not "à Bangui au PK5")
        return place.name in COUNTRY_OF_PLACE
    if landmark_after(text, before.end, place.start, place.end):  # "à Boyo, à 400 km de Bangui"
        return True
    if _IN_BRACKETS.fullmatch(text, before.end, place.start):  # "À Samarra (110 km au nord
        return True  # de Bagdad)", "à Beni (Nord-Kivu)": where Samarra, Beni lie
    if not text[before.end : place.start].strip() and _WITHIN_AREA.match(text, place.start):
        return True  # "à Kpemboli dans le canton de Pogno": where Kpemboli lies
    if not text[before.end : place.start].strip() and side_of_country(place.name):
        return True  # "à Kafolo dans le nord de la Côte d'Ivoire": where Kafolo lies
    apposition = _APPOSITION.match(text, before.end, place.start)
    if apposition is None:
        return False
    if side_of_country(place.name):  # "dans la province du Nord-Kivu, dans l'est de la RDC"
        return True
    # "située à" says where, whatever its preposition ("à Ngakobo, située à 30 km de
    # Bambari"); else a repeated preposition lists places ("à Gao, à Kidal")
    # an administrative area narrows whatever its preposition ("dans le village de
    # Maidabino, dans la zone de gouvernement local de Danmusa")
    area = _WITHIN_AREA.match(text, place.start) and not _WITHIN_AREA.match(text, before.start)
    return (
        "situé" in apposition.group().lower()
        or bool(area)
        or _first_word(text, before) != _first_word(text, place)
    )


def countries_last(found: list[PlaceMention], headed: int) -> list[PlaceMention]:
    """The places, a country no longer locative where the sentence names a part of
    it ("en Centrafrique ... dans le nord-ouest du pays") or, as a headline's
    prefix at `headed` ("Tchad : ... à la frontière soudanaise"), a place more
    precise; a part of the country, or a side of one ("l'est de l'Ukraine"), no longer
    locative where the sentence names a place ("Dans le Nord-Ouest, 7 séparatistes
    tués à Bamenda" is Bamenda)."""
    # a side of a country named is a part of it too: "dans le nord-ouest du Bénin, ...
    # dans le Parc national de la Pendjari" is in the park
    parts = [p.locative and (is_part(p.name) or side_of_country(p.name)) for p in found]
    precise = any(p.locative and not is_country(p.name) for p in found)
    # a place named in the sentence, neither a country nor a part of one: a part gives way
    named = any(
        p.locative and not part and not is_country(p.name) and not _FRONTIER.search(p.name)
        for p, part in zip(found, parts, strict=True)
    )
    return [
        PlaceMention(p.start, p.end, p.name, False)
        if (p.locative and is_country(p.name) and (any(parts) or (precise and p.start == headed)))
        or (part and named)
        else p
        for p, part in zip(found, parts, strict=True)
    ]


def _first_word(text: str, place: PlaceMention) -> str:
    """The first word of a mention as written, lower-cased: its preposition."""
    words = text[place.start : place.end].split(maxsplit=1)
    return words[0].lower() if words else ""
