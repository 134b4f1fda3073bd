"""Where two claims agree: their places one, near, or one within the other where the
gazetteer knows both (`match.places`), else how alike their names are, with the weak
ties of a town named in passing, a division beside it or a country holding a place the
gazetteer lacks (`match.weak_places`). Split from relate.py, which asks `place_match` of each
pair a block brings together."""

from __future__ import annotations

from dataclasses import replace

from rapidfuzz import fuzz

from workbench.extract.place_mention import is_border
from workbench.extract.places import country_in
from workbench.geo.places import Kind
from workbench.match.features import Features
from workbench.match.headings import toward
from workbench.match.mentions import division_beside, lies_elsewhere
from workbench.match.placeless import placeless_agreement
from workbench.match.places import (
    SAME_PLACE,
    SIMILARITY,
    Agreement,
    agreement,
    crowded,
    opposed,
    own_places,
    stretch_agreement,
)
from workbench.match.sites import shared_site
from workbench.match.villages import two_villages
from workbench.match.weak_places import inside_country, named_in_passing

PLACE_THRESHOLD = 80  # rapidfuzz ratio of folded names: "diabali" ~ "diabili" is 86


def place_match(a: Features, b: Features) -> Agreement | None:
    """Where both places are in the gazetteer, whether they are one, near or one
    within the other (`match.places`); otherwise how alike their names are."""
    if a.located and b.located:
        if a.located[0] == b.located[0] and opposed(a.heading, b.heading):
            return None  # "north of Kidal" and "south of Kidal" are two places
        if a.span or b.span:  # "the road between N'Guigmi and Bosso" is not Bosso
            stretch, other = (a, b) if a.span else (b, a)
            phrase = stretch.claim.location or ""
            return stretch_agreement(stretch.located, other.located, phrase)
        found = [agreement(x, y) for x in own_places(a.located) for y in own_places(b.located)]
        agreed = [x for x in found if x is not None]
        best = max(agreed, key=lambda x: x.similarity, default=None)
        if best is None:  # "ten km north of Bignona" and Sindian, 17 km that way
            return toward(a, b) or _namesake(a, b)
        if best.level is not Kind.TOWN:
            if two_villages(a, b):
                return None  # "Tourou, Far North" and "Kerawa, Mayo-Sava": two villages
            best = _one_address(a, b) or best
        if best.words != SAME_PLACE:
            return best
        return replace(best, words=_same_place(a, b, 100.0))
    if border_of(a) and border_of(b):  # two borders: one where they name one neighbour
        return _one_border(a, b)
    similarity = _name_similarity(a, b)
    if similarity < PLACE_THRESHOLD:  # the weak ties, the most telling first
        return (
            named_in_passing(a, b)
            or division_beside(a, b)  # "Kawuri village, Borno": in Borno, finer than Nigeria
            or _inside_country(a, b)
            or _inside_country(b, a)
            or placeless_agreement(a, b)  # "kills 10" with no place: in its country
        )
    if two_villages(a, b):
        return None
    division = _division_named(a, b)
    if division is not None:
        return division
    return Agreement(Kind.TOWN, similarity, _same_place(a, b, similarity))


def _inside_country(known: Features, other: Features) -> Agreement | None:
    """A known place and one the gazetteer lacks, agreeing at country level
    (`weak_places.inside_country`), unless the unknown place's sentence says it lies in
    another town ("the Shaab neighbourhood of Mosul" is not in Kirkuk)."""
    found = inside_country(known, other)
    return None if found is None or lies_elsewhere(other, known) else found


def border_of(f: Features) -> tuple[str, str] | None:
    """(its country, the country beyond) where a claim's place names only a border
    from its country's side ("near the Sudan border" in Chad: Chad, Sudan), else None."""
    country, location = f.claim.country, f.claim.location or ""
    if country is None or not is_border(location):
        return None
    beyond = country_in(location)
    if beyond is None or beyond.name == country:
        return None
    return country, beyond.name


def _one_border(a: Features, b: Features) -> Agreement | None:
    """Two places that name the same border from the same country, in any words or
    language ("near the Sudan border" and "près de la frontière avec le Soudan", both
    in Chad: a trial's two reports of one strike on a camp stayed two events): they
    agree as a region does, a border being long."""
    border = border_of(a)
    if border is None or border != border_of(b):
        return None
    words = f"same border: {border[0]}-{border[1]}"
    return Agreement(Kind.REGION, SIMILARITY[Kind.REGION], words, crowded=True)


def _one_address(a: Features, b: Features) -> Agreement | None:
    """Where both places are addresses the gazetteer knows only by their outer part
    ("Bois-Carré, Haiti" resolves to Haiti) and their inner names agree, one place:
    the names say more than the country or region they share."""
    if len(a.places) < 2 or len(b.places) < 2:
        return None
    similarity = _names_alike(a.places[0], b.places[0])
    if similarity < PLACE_THRESHOLD:
        return None
    return Agreement(Kind.TOWN, similarity, _same_place(a, b, similarity))


def one_small_place(where: Agreement) -> bool:
    """Whether two places agree as one place finer than a city (a village, a town of
    fewer than CITY_POPULATION, or a place the gazetteer lacks named alike in both),
    not merely within a region, a city or a country, nor by a name in passing."""
    return where.level is Kind.TOWN and not (where.crowded or where.weak)


def _namesake(a: Features, b: Features) -> Agreement | None:
    """Where one claim's country is unknown, the gazetteer took its place by the name
    alone (the largest town of the name in the world: "Hangu district" in a report
    that names no country is China's Hangu): against another report's namesake in a
    known country ("Khyber Pakhtunkhwa's Hangu" in Pakistan) that guess says nothing,
    and the names decide, as for places the gazetteer does not know."""
    if a.claim.country is not None and b.claim.country is not None:
        return None
    similarity = _name_similarity(a, b)
    if similarity < PLACE_THRESHOLD:
        return None
    return Agreement(Kind.TOWN, similarity, _same_place(a, b, similarity))


def site_within(a: Features, b: Features, where: Agreement) -> Agreement:
    """Where two claims agree only at a crowded place (a region, a city) and both name
    one site inside it (`sites.shared_site`: "French Hill" in Jerusalem), they agree
    at that site: one place, not crowded."""
    if not where.crowded:
        return where
    site = shared_site(a, b)
    if site is None:
        return where
    return replace(where, crowded=False, words=f"{where.words}; both name '{site}'")


def _division_named(a: Features, b: Features) -> Agreement | None:
    """Where one claim's place is a division the gazetteer knows (a region, a
    district) and the other's a place it does not know whose name holds the
    division's ("Assam" and "near Assam Assembly", "Kano" and "Kano State
    Hospital"), they agree at the division's level, not as one place: the site lies
    somewhere in it, as any of its towns would."""
    for known, other in ((a, b), (b, a)):
        if not known.located or other.located:
            continue
        place = known.located[0]
        if place.kind.division:
            words = f"same {place.kind.value}: {place.name}"
            return Agreement(place.kind, SIMILARITY[place.kind], words, crowded=crowded(place))
    return None


def _same_place(a: Features, b: Features, similarity: float) -> str:
    la, lb = a.claim.location or "", b.claim.location or ""
    if la.lower() == lb.lower() or (similarity >= 99 and not (a.located and b.located)):
        return f"same place '{la}'"
    return f"same place '{la}' ~ '{lb}'"


def _name_similarity(a: Features, b: Features) -> float:
    if not a.places or not b.places:
        return 0.0
    if a.coarse != b.coarse:
        return 0.0  # "Mali" against "north of Kidal": one is somewhere in the other
    if a.places == b.places:
        return 100.0
    return max(_names_alike(x, y) for x in a.places for y in b.places)


def _names_alike(x: str, y: str) -> float:
    """How alike two folded place names are (rapidfuzz ratio), 100 where the words of
    one are all words of the other: a site or quarter named by its town ("Islamic
    Cairo" and "Cairo", "Hilton Hotel" and "Hilton")."""
    words_x, words_y = set(x.split()), set(y.split())
    if words_x <= words_y or words_y <= words_x:
        return 100.0
    return fuzz.ratio(x, y)
