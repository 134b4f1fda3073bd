"""Which country a claim's place phrase lies in, and whether a sentence sets what it
tells at a border: read by the page's context (page_context.py) in both languages."""

from __future__ import annotations

import re
from collections.abc import Callable

from workbench.extract.gazetteer import Country
from workbench.extract.place_mention import is_border
from workbench.extract.places import PlaceMention, coarse, country_in

# A sentence that puts what it tells at a border, naming no place of its own, tells of
# no dateline's city: "N'DJAMENA - A drone attack killed two soldiers at a camp near the
# Sudan border" was placed at N'Djamena, 700 km away ("près de la frontière avec le
# Soudan", "à la frontière tchado-soudanaise"). Read in the folded text.
_AT_A_BORDER = re.compile(
    r"\b(?:near|along|on|at|close\s+to|by|across)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:border|frontier)|\bborder\s+(?:town|village|area|region|post|crossing|camp)"
    r"|\b(?:près\s+de|à|le\s+long\s+de|non\s+loin\s+de)\s+la\s+frontière\b"
)


def at_a_border(folded: str, start: int, end: int) -> bool:
    """Whether `folded[start:end]` (a sentence, lower-cased) puts what it tells at a
    border (`_AT_A_BORDER`)."""
    return _AT_A_BORDER.search(folded, start, end) is not None


# A border named by the country beyond it: "border with Senegal's Casamance", "the
# frontier with Chad", "frontière avec le Soudan" (trial 78: houses burnt in The Gambia
# put in Senegal): the place lies beside that country, not in it.
_BORDER_WITH = re.compile(
    r"(?i:(?:the\s+|la\s+)?(?:border|frontier|frontière)s?\s+(?:with|avec)\b)"
)


def address_country(location: str, home: Callable[[], Country | None]) -> Country | None:
    """The country a place phrase names. An address ("Doka, Birnin-Gwari LGA", "Gao,
    Mali") is read outermost first, and where its outer part names no country the
    document's own comes before its town's namesake abroad (a Doka in Sudan). A border
    says beside which country the place lies, not in which."""
    if is_border(location) or _BORDER_WITH.match(location):
        return None
    *inner, outer = location.split(",")
    if not inner:
        return country_in(location)
    return country_in(outer) or home() or country_in(location)


def sentence_country(
    places: list[PlaceMention], location: str, home: Callable[[], Country | None]
) -> Country | None:
    """The one country the places besides `location` a sentence names as a country or
    a division lie in (`places.coarse`: "in Mali's Ménaka region, an attack on a
    market in Tessit" puts Tessit, which the gazetteer lacks, in Mali; not a town named
    in passing, "talks in Niamey"); None where they name none, or two ("Au Cameroun
    comme au Nigeria": the page's own country stands)."""
    found = {
        country
        for place in places
        if place.name != location
        and not place.border  # "village frontalier de la Sierra Leone": beside it
        and coarse(place.name)
        and (country := address_country(place.name, home)) is not None
    }
    return found.pop() if len(found) == 1 else None


# Where people went, into the country next door: "forced tens of thousands from their
# homes, many into neighbouring Gambia", "streamed across into neighbouring Chad",
# "vers le Tchad voisin" is told by `origin_places`' sentences too rarely to ask.
_INTO_NEIGHBOUR = re.compile(
    r"\b(?i:into|to|towards|vers)\s+(?:(?i:the|la|le|l['’])\s*)?(?i:neighbou?ring)\s+"
    # the others of a list after it: "into neighbouring Gambia and Guinea-Bissau"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:,\s*|,?\s+(?i:and|or|et)\s+))*$"
)


def into_neighbour(text: str, first: int) -> bool:
    """Whether the name at `first` follows "into neighbouring" (`_INTO_NEIGHBOUR`)."""
    return _INTO_NEIGHBOUR.search(text, max(0, first - 80), first) is not None


def destination_country(text: str, place: PlaceMention, home: Country | None) -> bool:
    """Whether a place mention is a country other than the page's `home` named as where
    people went, next door ("many into neighbouring Gambia", trial 78: a Casamance war's
    toll placed in The Gambia): not where what the sentence counts happened."""
    country = country_in(place.name)
    return (
        country is not None
        and country != home
        and coarse(place.name)
        and into_neighbour(text, place.start)
    )


# A country acting as a party, right before what it did: "a claim Ukraine rejected as a
# lie", "Russia denied", "Kenya has condemned" (trial 73b: the 140 placed in Ukraine, not
# at the Zaporizhzhia strike its sentence named). It says who acted, not where.
_ACTS = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:rejected|rejects|denied|denies|dismissed|dismisses|"
    r"condemned|condemns|accused|accuses|blamed|blames|warned|warns|vowed|vows|urged|urges|"
    r"retaliated|responded|insisted|insists)\b"
)


def acting_country(text: str, place: PlaceMention) -> bool:
    """Whether a place mention is a country named with no preposition as the subject of
    what it did ("Ukraine rejected", "Russia denies"): a party, no place."""
    return (
        not place.locative
        and country_in(place.name) is not None
        and coarse(place.name)
        and (_ACTS.match(text, place.end) is not None)
    )
