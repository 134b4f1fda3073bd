"""What ties two disputed tolls of one day to one attack where their places agree only
weakly: one report places its count in a town, the other only in the country ("Air
strikes on a market in Saada kill 12" and "Air strike on Yemen market kills 20"),
as headlines and database rows do.

Two tolls of a country's day that disagree are two incidents as often as one; more
than the country must tie them (ties._disputed). These are such ties, each of a
kind, not of one report's words:

- the coarser report's sentence names the other's town, under any spelling a
  transliteration gives ("Air strikes on Syria's Khan Sheikhoun kill 14 people"
  placed in Syria, against "8 civilians" in Khan Shaykhun): `names_other_town`;
- both count the dead of one foreign side ("Two Turkish soldiers killed in Idlib",
  "Three Turkish soldiers killed in Syria"): a country at war seldom sees a foreign
  army's dead twice a day (`foreign_side`);
- both tell one attack told alike (`one_attack`): a rarer means than a shooting both
  tell (a bombing, an air strike, shelling, an ambush: means.RARE) and one more tie,
  one kind of site both name ("at a market", "on a market"), the town named in
  passing, one foreign side, or a car bomb or suicide attack in both
  (`means.lone_blast`). Such tolls may lie STRIKE_RATIO apart (a first count and a
  later one, "12" and "20"), where tolls tied by less must lie closer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from workbench.extract.gazetteer import COUNTRY_BY_DEMONYM
from workbench.geo.places import Kind
from workbench.match.features import Features
from workbench.match.means import lone_blast
from workbench.match.place_names import fold_place
from workbench.match.site_words import one_kind_of_site, site_kinds

# two tolls of one attack told alike may lie this far apart: a first count and a later
# one ("Car bomb kills 7" and "... kills 13"); two attacks' tolls lie anywhere
STRIKE_RATIO = 2
# rapidfuzz ratio of two folded names that are one name transliterated twice
# ("khan shaikhun" and "khan sheikhoun"): as place_agreement.PLACE_THRESHOLD
NAMED_ALIKE = 80


def country_of(f: Features) -> str | None:
    """The country a claim is in: its report's, else its place's (a report that names
    no country whose town the gazetteer knows: "8 civilians killed in Khan Shaykhun")."""
    if f.claim.country:
        return f.claim.country
    return f.located[0].country if f.located else None


def _coarse(f: Features) -> bool:
    """Whether a claim is placed no finer than a country or a region ("in Syria",
    "northern Syria", "Idlib province"), or nowhere."""
    if not f.located:
        return f.coarse or not f.places
    return f.located[0].kind.depth <= Kind.REGION.depth


def _town(f: Features) -> str | None:
    """The folded name of the place finer than a region a claim is placed in (a town,
    a district: "Qamishli" the gazetteer knows as its district's name), None where it
    is placed no finer than a region."""
    if _coarse(f) or not f.places:
        return None
    return f.places[0]


def names_other_town(a: Features, b: Features) -> bool:
    """Whether one claim is placed in a town and the other, placed only in a country
    or a region of it, names that town in its sentence, under any spelling
    (NAMED_ALIKE): "Air strikes on Syria's Khan Sheikhoun kill 14 people", which the
    extractor placed in Syria, and "8 civilians" killed in Khan Shaykhun. The town's
    report may name no country ("6 killed in Qamishli"): the other's sentence says
    where the town lies; a town of another country is a namesake."""
    for placed, other in ((a, b), (b, a)):
        town = _town(placed)
        if town is None or not _coarse(other) or country_of(other) is None:
            continue
        if country_of(placed) not in (None, country_of(other)):
            continue  # a town of another country: a namesake
        if any(_alike(town, mention) for mention in other.mentions):
            return True
    return False


def _alike(town: str, mention: str) -> bool:
    """Whether a sentence's name ("siria's khan sheikhoun") names a town: the name, or
    its last part after a possessive, spelled alike."""
    for name in {mention, mention.rsplit("'s ", 1)[-1], mention.rsplit("’s ", 1)[-1]}:
        if fuzz.ratio(fold_place(name), town) >= NAMED_ALIKE:
            return True
    return False


def foreign_side(a: Features, b: Features) -> bool:
    """Whether both claims count the people of one country other than the one they
    happened in ("Turkish soldiers" in Syria twice): a foreign side's dead, which a
    country sees seldom twice a day. A country's own people ("two Israelis" in
    Haifa) tie nothing more than its place does."""
    shared = a.sides & b.sides
    here = {country_of(a), country_of(b)}
    return bool(shared - here)


def one_attack(a: Features, b: Features, passing: bool) -> bool:
    """Whether two tolls of one day, their places agreeing weakly, tell one attack
    alike: a rarer means than a shooting both tell (`report_means`) and one more tie,
    one kind of site both sentences name, or, where they do not name two sites
    ("a market" and "the Mandawi market", "a restaurant" and "a hotel": two
    attacks), the town one names in passing (`passing`), one foreign side, or a
    lone blast (a car bomb, a suicide attack) both tell."""
    if not a.report_means & b.report_means:
        return False
    places = (*a.places, *b.places, *_words(a), *_words(b))
    first, second = site_kinds(a.claim.sentence, places), site_kinds(b.claim.sentence, places)
    if one_kind_of_site(first, second):
        return True
    if first and second:
        return False  # two sites named ("a Java restaurant", "a Java hotel"): two attacks
    if passing or foreign_side(a, b):
        return True
    return lone_blast(a.claim.sentence) and lone_blast(b.claim.sentence)


def _words(f: Features) -> tuple[str, ...]:
    """The lower-case words of a claim's place phrase, of its country's name and of
    its people's, as a sentence writes them before a site ("a Yemen market", "the
    Saada market", "an Afghan checkpoint"): the place, not which site of it."""
    country = country_of(f) or ""
    phrase = f"{f.claim.location or ''} {country}"
    words = (w for w in _WORD.findall(phrase.lower()) if w not in _NOT_NAMES)
    return (*words, *_demonyms(country))


@lru_cache(maxsize=256)
def _demonyms(country: str) -> tuple[str, ...]:
    """The words for a country's people ("afghan" for Afghanistan)."""
    return tuple(word for word, c in COUNTRY_BY_DEMONYM.items() if c.name == country)


_WORD = re.compile(r"[\w'’-]+")
_NOT_NAMES = frozenset("the of in near at on".split())


def within_strike(a: Features, b: Features) -> bool:
    """Whether two tolls lie within STRIKE_RATIO of each other (the larger's floor at
    most twice the smaller's ceiling)."""
    return min(a.high, b.high) * STRIKE_RATIO >= max(a.low, b.low)
