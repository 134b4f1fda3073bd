"""Weak agreements of two claims' places, which relate holds to one day and figures
that agree (`ties.one_day_of`): a town one report names only in passing and the other
is placed in (`named_in_passing`), and a place the gazetteer does not know inside a
country or a town it knows (`inside_country`: "Pandanguo Police Camp" in Kenya, "Zion
Square" in Jerusalem). Split from ties.py; read by place_agreement.py.
"""

from __future__ import annotations

import re

from workbench.geo.places import Kind, Place
from workbench.match.features import Features
from workbench.match.figure_agreement import MASS_CASUALTIES, overlap, same_figure
from workbench.match.mentions import in_own_sentence, named_in_other
from workbench.match.place_names import fold_place
from workbench.match.places import CITY_POPULATION, SIMILARITY, Agreement
from workbench.match.site_words import SITE_NOUNS
from workbench.match.villages import named_beside, two_villages

_COUNTRY_SIMILARITY = SIMILARITY[Kind.COUNTRY]
_PASSING_SIMILARITY = SIMILARITY[Kind.DISTRICT]  # a town named in passing: near, not same
# a place phrase that names a settlement of its own: "Khawja-Jir village", "the town of Bokolo"
_SETTLEMENT = re.compile(r"\b(?:village|town|city|settlement|hamlet)\b", re.IGNORECASE)
# a place phrase that names a site a town holds (a square, a camp, a market, a
# quarter, a building, a road ...): "Zion Square", "Pandanguo Police Camp"
_SITE = re.compile(rf"\b(?:{SITE_NOUNS})\b", re.IGNORECASE)
# a site and the town it names as its own: "General Hospital of Iguala", "the central
# market in Jolo" (trial 73d: the Iguala hospital's detainees tied to Apatzingán's)
_SITE_OF = re.compile(
    rf"\b(?i:{SITE_NOUNS})\s+(?:of|in)\s+(?:the\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}})"
)


def named_in_passing(a: Features, b: Features) -> Agreement | None:
    """Two claims whose places do not agree, where one's sentence names the town the
    other is placed in ("at Polo, on their way into Maiduguri" and "in Maiduguri"):
    a weak agreement, which relate holds to one day and figures that agree."""
    found = named_in_other(a, b)
    if found is None:
        return None
    town, placed, naming = found
    words = f"both name '{town}'"
    if not in_own_sentence(placed, naming):
        if _settlement_of_its_own(naming):
            return None  # "the border village of Yenga" lies in no town its lead names
        # trial 79's "both name 'Conakry'" for claims placed at Yenga and in Guinea:
        # the name was the other report's opening's, which a reason must say
        words = f"'{town}' named in the other report's opening"
    return Agreement(Kind.TOWN, _PASSING_SIMILARITY, words, weak=True)


# a place its own sentence calls a settlement: "the border village of Yenga", "le
# village de Yenga", "Yenga village"
_CALLED = r"(?:village|town|city|settlement|hamlet|ville|localit[ée]|bourgade)"


def _settlement_of_its_own(f: Features) -> bool:
    """Whether a claim's sentence calls the claim's place a settlement ("the border
    village of Yenga"): a village is no part of a town its report's opening names
    (trial 79: the Yenga attack's toll tied to Conakry's by a dateline)."""
    where = re.escape(f.claim.location or "")
    if not where:
        return False
    called = re.compile(
        rf"\b{_CALLED}\s+(?:of|de|d['’])\s*(?:the\s+)?{where}\b|\b{where}\s+{_CALLED}\b",
        re.IGNORECASE,
    )
    return called.search(f.claim.sentence) is not None


def inside_country(known: Features, other: Features) -> Agreement | None:
    """A claim placed only in a country ("in Kenya", "central India") and one placed
    somewhere the gazetteer does not know ("Pandanguo Police Camp") whose report is
    about that country agree at country level: the place may lie anywhere in it. So
    may a place the gazetteer knows ("Jerusalem") and one it does not ("Zion
    Square"), where both state the same figure: two places named are two incidents
    unless the figure says otherwise (`same_figure`; a division only where the unknown
    place's report names it near: `mentions`), and never where the unknown
    place calls itself a settlement ("Khawja-Jir village", "the town of X"): a
    village is no part of another town (a square, a camp or a quarter may be)."""
    if not known.located:
        return None
    name = known.located[0].country
    if other.located or other.coarse or not other.places or other.claim.country != name:
        return None
    if two_villages(known, other):
        return None  # "Kerawa, Mayo-Sava department" and "Tourou": two villages
    place = known.located[0]
    if place.kind.division and other.claim.lead.spread:
        return None  # a roundup's village lies in one of the regions it names: which?
    massacre = _massacre_in_division(place, known, other)
    if place.kind is not Kind.COUNTRY and not (same_figure(known, other) or massacre):
        return None
    if place.kind.division and not massacre and not _mentioned(place.name, other.mentions):
        # "23 civilians died in Kurmin Bawa village" and Plateau's 23: its report names
        # no Plateau near it, so the village lies anywhere (trial 72: a Kaduna toll)
        return None
    if place.kind.depth >= Kind.COMMUNE.depth and not _may_lie_in(other.claim.location, place):
        return None  # "Huruta", "Khawja-Jir village": a settlement of its own, not in a town
    words = f"same country: {name}"
    if place.kind.division:  # say where it may lie
        words += f" ('{other.claim.location}' may lie in {place.name})"
    return Agreement(Kind.COUNTRY, _COUNTRY_SIMILARITY, words)


def _mentioned(name: str, mentions: frozenset[str]) -> bool:
    """Whether a report names a division among its places (`mentions`, folded), spelled
    with or without its spaces and hyphens, its side aside: "Deir ez-Zor" is named by a
    report's "eastern Deir Ezzor" (trial 73c: SOHR's and AFP's tolls of one strike
    stopped meeting once the French "Deir ez-Zor" was read whole)."""
    key = _compact(fold_place(name))
    return any(_compact(_SIDE.sub("", m)) == key for m in mentions)


_SIDE = re.compile(r"^(?:(?:north|south|east|west|central)\w*\s+)+")


def _compact(folded: str) -> str:
    """A folded name without its spaces, a letter doubled across them single
    ("deir ez zor" and "deir ezor" both "deirezor")."""
    return re.sub(r"(.)\1+", r"\1", folded.replace(" ", ""))


def _massacre_in_division(place: Place, a: Features, b: Features) -> bool:
    """Whether a division the gazetteer knows (a region, a district: not a town) and a
    place it does not know (a village) hold one mass killing's tolls: both
    MASS_CASUALTIES or more and agreeing ("more than 50 people" in Morne-Tibou,
    "at least 70 people" in the Artibonite, the same day). The village may lie
    anywhere in the division; two killings that large there agreeing on one day are
    one incident's (one_day_of still asks for the one day)."""
    if not place.kind.division:
        return False
    if a.cumulative or b.cumulative or min(a.low, b.low) < MASS_CASUALTIES:
        return False
    return overlap(a, b)


def _may_lie_in(phrase: str | None, town: Place) -> bool:
    """Whether a place the gazetteer does not know may lie inside a known town: a site
    a town holds ("Zion Square", "a police camp"; not one that names another town as
    its own, "General Hospital of Iguala" against Apatzingán), or a bare name in a city of
    CITY_POPULATION people or more, whose quarters reports name alone ("Polo" in
    Maiduguri); never a settlement ("Khawja-Jir village"), nor a place named by what
    it lies near ("near Kolofata": `villages.named_beside`) beside a city of that
    size. A bare name beside a smaller town ("Huruta" and Kombolcha) is another
    village."""
    words = phrase or ""
    if _SETTLEMENT.search(words):
        return False
    owner = _SITE_OF.search(words)  # "General Hospital of Iguala" lies in Iguala
    if owner is not None and fold_place(owner.group(1)) != fold_place(town.name):
        return False
    if _SITE.search(words):
        return True
    return town.population >= CITY_POPULATION and not named_beside(words)
