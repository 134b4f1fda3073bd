"""One attack on one site: two small disputed tolls of a crowded place (a region, a
city) that tell a rarer means than a shooting and name one kind of site by the same
words ("two bombs at the central bus station", "a bomb in the central bus station")
are one incident's dispute ("killing one person" against "two people were killed"),
where other small tolls of that city and day are two incidents (ties.one_dispute).
"""

from __future__ import annotations

import re

from workbench.match.features import Features
from workbench.match.means import CAMPAIGNS, RARE, attack_means

# a site a town holds (a square, a camp, a market, a quarter, a building, a road ...)
SITE_NOUNS = (
    r"squares?|camps?|markets?|marketplace|streets?|roads?|highway|avenue|mosques?|"
    r"church(?:es)?|temples?|shrines?|schools?|college|university|hospitals?|clinic|stations?|"
    r"hotels?|bars?|club|nightclub|restaurants?|caf[eé]s?|pizzerias?|eatery|airport|base|"
    r"barracks|checkpoints?|"
    r"neighbou?rhoods?|quarters?|wards?|estates?|slums?|suburbs?|area|bridge|junction|stadium|"
    r"park|prison|jail|court|offices?|buildings?|compound|cent(?:re|er)|mall|terminal|port|"
    r"embassy|ministry|headquarters|post|outpost|crossing|farms?|mine|quarry|gate|"
    r"(?:mini)?bus(?:es)?(?!\s+(?:station|stop|terminal|stand|depot|park))"
)

# two small tolls of one attack on one site may differ this much: one and two killed
SITE_DISPUTE_RATIO = 2
# a company's site: "a McDonald's Corp. restaurant" is "McDonald's restaurant"
_COMPANY = r"(?:\s+(?:corp|corporation|inc|ltd|co|plc|llc|sa|ag)\b\.?)?"
_SITE_PHRASE = re.compile(rf"\b([A-Za-z][\w'-]*){_COMPANY}\s+({SITE_NOUNS})\b", re.IGNORECASE)
_NOT_A_MODIFIER = frozenset(
    "the a an of at in on near by to from into his her their its this that these those "
    "another one two three four five six seven eight nine ten several many some a "
    "local main nearby same other busy crowded".split()
)


def one_site_attacked(a: Features, b: Features) -> bool:
    """Whether two small disputed tolls of a crowded place tell one attack on one site:
    a rarer means than a shooting both tell (a bombing, an ambush ...: means.RARE),
    one kind of site both name (`one_kind_of_site`: "at the central bus station" and
    "in the central bus station", "at the entrance to a Jerusalem market" and "at the
    gate of a market"; not "a recruiting centre" and "the Interior Ministry", nor "a
    Shia mosque" and "a Sunni mosque"), each in its sentence or, where that names no
    site, its report's lead (`_told`), and tolls at most SITE_DISPUTE_RATIO apart
    ("killing one person" and "two people were killed" at the bus station); neither
    counts several incidents or sites (the second of three blasts at a hotel is
    another attack)."""
    if a.several or b.several or max(a.low, b.low) > SITE_DISPUTE_RATIO * min(a.high, b.high):
        return False
    told_a, told_b = _told(a), _told(b)
    if not attack_means(told_a) & attack_means(told_b) & RARE:
        return False
    places = (*a.places, *b.places)
    return one_kind_of_site(site_kinds(told_a, places), site_kinds(told_b, places))


def one_bombing(a: Features, b: Features) -> bool:
    """Whether two small disputed tolls of one city that day tell one attack where at
    most one report names its site: both tell one means rarer than a shooting and
    waged as no campaign (a bombing, an ambush, a stabbing, a mob, a burning: RARE
    less CAMPAIGNS), tolls at most SITE_DISPUTE_RATIO apart, neither counting several
    ("one teen was killed" by three bombs at a Shia gathering in Dhaka, "two were
    killed" by three IEDs at a Shia gathering in Old Dhaka). A city sees many
    shootings, and at war many air strikes and shells, a day; seldom two bombings.
    Where both name a site, `one_site_attacked` decides: two mosques, or a bus and a
    market, bombed in one city are two attacks."""
    if a.several or b.several or max(a.low, b.low) > SITE_DISPUTE_RATIO * min(a.high, b.high):
        return False
    told_a, told_b = _told(a), _told(b)
    if not (attack_means(told_a) & attack_means(told_b) & RARE) - CAMPAIGNS:
        return False
    places = (*a.places, *b.places)
    return not (site_kinds(told_a, places) and site_kinds(told_b, places))


def _told(f: Features) -> str:
    """Where a claim's attack is told: its sentence where that names a site, else its
    sentence and its report's lead ("Two people were killed and thirty-four wounded
    in the attack" after "A bomb exploded in the central bus station")."""
    if site_kinds(f.claim.sentence) or not f.claim.lead.text:
        return f.claim.sentence
    return f"{f.claim.sentence} {f.claim.lead.text}"


def one_kind_of_site(first: dict[str, frozenset[str]], second: dict[str, frozenset[str]]) -> bool:
    """Whether two sentences' sites (`site_kinds`) name one kind of site: a site noun
    both name by one word before it ("central bus station" twice), or that one of
    them names with no word of its own ("a market", "a crowded bus") where the other
    names it plainly too or by a common word ("a military base" and "a base"). Two
    words that differ ("a Shia mosque", "a Sunni mosque") are two kinds of site, and
    a site a proper name says ("the Shorja market") is no plain one ("a market"):
    a city has many markets."""
    for noun in first.keys() & second.keys():
        words, others = first[noun], second[noun]
        if {w.lower() for w in words} & {w.lower() for w in others} - {""}:
            return True
        if ("" in words and _common(others)) or ("" in others and _common(words)):
            return True
    return False


def _common(words: frozenset[str]) -> bool:
    """Whether no word of a site's is a proper name (written with a capital)."""
    return not any(word[:1].isupper() for word in words)


def site_kinds(sentence: str, places: tuple[str, ...] = ()) -> dict[str, frozenset[str]]:
    """The site nouns a sentence names, folded to the singular, each with the words
    before it that say which: "" where none does (an article, a number, a pronoun, a
    word such as "crowded", or the name of the city the claims are placed in, folded
    in `places`: "a Jerusalem market"); a proper name as written ("the Shorja
    market" -> "Shorja"); any other word in lower case. "at the central bus station"
    -> {"station": {"bus"}}; "a market" -> {"market": {""}}."""
    found: dict[str, set[str]] = {}
    for match in _SITE_PHRASE.finditer(sentence):
        word, noun = match.group(1), _singular(match.group(2).lower())
        plain = word.lower() in _NOT_A_MODIFIER or word.isdigit() or word.lower() in places
        kept = word if word[:1].isupper() else word.lower()
        found.setdefault(noun, set()).add("" if plain else kept)
    return {noun: frozenset(words) for noun, words in found.items()}


def _singular(noun: str) -> str:
    """A site noun in the singular: "buses" "bus", "churches" "church", "markets" "market";
    a place to eat one kind ("a cafe", "a pizzeria" and "a restaurant": a study pair's
    Kramatorsk strike told both ways)."""
    if noun in _EATERIES:
        return "restaurant"
    if noun.endswith(("buses", "ches")):
        return noun[:-2]
    return noun if noun.endswith("bus") else noun.rstrip("s")


_EATERIES = frozenset("cafe cafes café cafés pizzeria pizzerias eatery".split())


def site_phrases(sentence: str) -> frozenset[str]:
    """The sites a sentence names by a site noun and the word before it, folded: "at
    the central bus station" -> {"bus station"}; "a Shia mosque" -> {"shia mosque"};
    "a McDonald's Corp. restaurant" -> {"mcdonald's restaurant"}, the company's
    suffix passed over;
    articles, numbers and pronouns before the noun name no kind of site."""
    found = set()
    for match in _SITE_PHRASE.finditer(sentence):
        word, noun = match.group(1).lower(), match.group(2).lower()
        if word not in _NOT_A_MODIFIER and not word.isdigit():
            found.add(f"{word} {noun.rstrip('s')}")
    return frozenset(found)
