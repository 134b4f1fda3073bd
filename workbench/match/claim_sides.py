"""Whose people a claim counts, for the matcher's `Features.sides`: the countries its
subject names or whose people it names ("Chadian soldiers", "troops from Chad",
"soldats tchadiens", "three Israelis"), the UN, a side the sentence marks ("on its
side"), the country that keeps troops ("France has 2,150 soldiers"), or a force named
beside the number ("a Chadian contingent"), not the force that struck ("the strike by
Russian forces"). Split from features.py.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

from workbench.extract.french_demonyms import FRENCH_DEMONYMS
from workbench.extract.gazetteer import COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, Country
from workbench.match.members import Counting, claim_family
from workbench.match.war_sides import Told, country_word, marked_sides
from workbench.models import Category


class Counted(Counting, Told, Protocol):
    """What a claim's sides are read from (`features.MatchInput`): its category, and
    what its family (`members.Counting`) and its marked sides (`war_sides.Told`) are
    read from."""

    @property
    def category(self) -> str: ...


_SIDE_WORDS = re.compile(r"\b(?:united\s+nations|u\.?n\.?|un)\b", re.IGNORECASE)
_FORCE = (
    r"(?:contingent|forces|troops|soldiers|army|battalion|peacekeepers|police|gendarmes|"
    r"military|personnel|fighters)"
)
_DEMONYM_FORCE = re.compile(r"\b([A-Z][a-z]+)\s+" + _FORCE + r"\b")
# a force named as the one that struck, not as the one counted: "the strike by Russian
# forces", "Russian troops shelled the market", "Russian forces have launched"
_BY_FORCE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
_FORCE_STRUCK = re.compile(
    r"\s*(?:(?:have|has|had)\s+)?(?:killed|shelled|struck|launched|attacked|fired|hit|"
    r"bombed|targeted|opened|shot|stormed|raided)\b",
    re.IGNORECASE,
)
_OWNER = re.compile(
    r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:has|have|had|deployed|sent|keeps|maintains|"
    r"stationed|contributed|pledged)\b"
)
_FROM = re.compile(r"\bfrom\s+(.+)$")


@lru_cache(maxsize=1 << 16)
def countries_in(text: str) -> frozenset[str]:
    """The countries a text's capitalised words name or whose people they name, in
    the singular or the plural ("Kenyan police", "three Israelis": Israel)."""
    found = set()
    for word in re.findall(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?", text):
        country = _country_of(word.lower())
        if country is None and " " in word:
            first = word.split()[0].lower()
            country = _country_of(first)
        if country is not None:
            found.add(country.name)
    return frozenset(found)


def _country_of(word: str) -> Country | None:
    """The country a lower-case word names, or whose people it names, a plural read
    as its singular ("israelis", "pakistanis"); None for any other word."""
    country = COUNTRY_BY_DEMONYM.get(word) or COUNTRY_BY_NAME.get(word)
    if country is None and word.endswith("s"):
        country = COUNTRY_BY_DEMONYM.get(word[:-1])
    return country


def claim_sides(claim: Counted) -> frozenset[str]:
    """Whose people are counted: "Chadian soldiers", "troops from Chad", "France has
    2,150 soldiers", "soldats tchadiens", or a force named beside the number ("a Chadian
    contingent")."""
    subject = claim.subject or ""
    sides = set(countries_in(subject))
    # French after its noun: "soldats tchadiens", "casques bleus sénégalais"
    sides |= {FRENCH_DEMONYMS[w].name for w in subject.split() if w in FRENCH_DEMONYMS}
    if not sides:  # "douze Cambodgiens", "civils thaïlandais": French the table lacks
        sides |= {c for w in subject.split() if len(w) > 6 and (c := country_word(w))}
    origin = _FROM.search(subject)
    if origin:
        sides |= countries_in(origin.group(1))
    if _SIDE_WORDS.search(subject):
        sides.add("UN")
    if sides or (sides := set(marked_sides(claim))):  # "on its side", "côté thaïlandais"
        return frozenset(sides)
    at = claim.sentence.find(claim.text)
    before = claim.sentence[:at] if at >= 0 else ""
    if claim.category == Category.TROOPS.value:
        sides |= {c for m in _OWNER.finditer(before) for c in countries_in(m.group(1))}
    if not sides and claim_family(claim) != "civilian":
        sides |= {
            c
            for m in _DEMONYM_FORCE.finditer(claim.sentence)
            if not _striking(claim.sentence, m)
            for c in countries_in(m.group(1))
        }
    return frozenset(sides)


def _striking(sentence: str, force: re.Match[str]) -> bool:
    """Whether a force the sentence names is the one that struck ("killed in the
    missile strike by Russian forces", "Russian troops shelled"), so no side of the
    people counted: a study pair's toll of Sumy took Russia's side and was kept from a
    count of "Ukrainians" killed there."""
    before = sentence[: force.start()]
    return bool(_BY_FORCE.search(before) or _FORCE_STRUCK.match(sentence, force.end()))
