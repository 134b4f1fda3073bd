"""Whose dead a toll counts in a war between two countries, where its subject names no
nationality: the side its sentence tells ("Thailand says 21 people were killed on its
side", "15 civils et 6 soldats ont été tués côté thaïlandais"), the side of the other
tolls of its sentence ("22 Cambodians died, 13 of them civilians and nine soldiers"),
the country whose government tells it in a report that counts the other country's dead
("Phnom Penh fait état de 13 civils et 9 soldats tués", after the Thai side's toll);
and whose strike it was ("the attack by Thai F-16 aircraft killed six soldiers": no
Thai soldiers). Two tolls of two sides are two groups of dead, never one toll in dispute
(relate `_conflict`; trial 77k linked Thailand's 21 dead to Cambodia's 22 as rival
counts). A toll of both sides together ("43 morts des deux côtés", "on both sides of
the border") is the whole of one side's toll: related, a part (`one_side_of_both`). A
toll of none counted from a later day ("no casualties have been reported since" the
ceasefire) speaks of no earlier toll (`none_since`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import replace
from functools import lru_cache
from typing import Protocol, TypeVar

from workbench.extract.french_demonyms import FRENCH_DEMONYMS
from workbench.extract.gazetteer import (
    COUNTRIES,
    COUNTRY_BY_CAPITAL,
    COUNTRY_BY_DEMONYM,
    COUNTRY_BY_NAME,
)

_ARMED = "armed_group"
REACH = 80  # characters about a claim's words that may tell both sides or a later day

_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
# "on the Thai side", "on Thailand's side", "on the Thai side of the border"
_SIDE_OF = re.compile(
    rf"\bon\s+(?:the\s+)?(?P<name>{_NAME}?)(?:['’]s)?\s+side\b"
    rf"|\bon\s+the\s+side\s+of\s+(?P<of>{_NAME})"
)
# "on its side", "on their own side", "of its soldiers", "its citizens": the teller's own
_OWN_SIDE = re.compile(
    r"\b(?:on\s+(?:its|their)\s+(?:own\s+)?side"
    r"|(?:its|their)\s+(?:own\s+)?(?:soldiers|troops|servicemen|citizens|nationals|"
    r"civilians|people|personnel))\b",
    re.IGNORECASE,
)
# "côté thaïlandais", "du côté cambodgien", "du côté de la Thaïlande" ("de son côté" is
# "for its part", no side)
_FRENCH_SIDE = re.compile(
    r"\bc[ôo]t[ée]\s+(?:de\s+(?:la\s+|l['’]\s*)?(?P<of>[A-ZÉ][\w-]+)|(?P<adj>[a-zéèêëïîôû-]{4,}))"
)
# a toll of both sides together
_BOTH = re.compile(
    r"\b(?:on|from)\s+(?:both|either)\s+sides?\b|\bboth\s+sides['’]?\b|\bthe\s+two\s+sides\b"
    r"|\bdes\s+deux\s+(?:c[ôo]t[ée]s|camps|pays)\b|\bde\s+part\s+et\s+d['’]autre\b",
    re.IGNORECASE,
)
# what a country's forces strike with: "the attack by Thai F-16 aircraft", "Cambodian
# rockets", "a Russian missile strike", "frappes aériennes thaïlandaises"
_WEAPON = (
    r"(?:air\s*strikes?|airstrikes?|strikes?|raids?|rockets?|shelling|artillery|shells?|"
    r"missiles?|drones?|bomb(?:s|ing)?|bombardment|aircraft|jets?|warplanes?|F-\d+s?|"
    r"helicopters?|mortars?|aggression)"
)
_STRUCK_BY = re.compile(
    rf"\b(?P<who>[A-Z][\w'’-]+)\s+(?:(?:[a-z\d][\w-]*|F-\d+s?)\s+){{0,2}}?{_WEAPON}\b"
    rf"|\b{_WEAPON}\s+(?:by|from)\s+(?:the\s+)?(?P<by>{_NAME})"
)
_FRENCH_STRUCK = re.compile(
    r"\b(?:frappes?|raids?|roquettes?|obus|missiles?|drones?|bombardements?|tirs|avions)"
    r"(?:\s+a[ée]riens?|\s+a[ée]riennes?|\s+d['’]artillerie)?\s+(?P<adj>[a-zéèêëïîôû-]{4,})"
)
# the teller names itself the killer: "it killed", "its forces killed 40"
_TELLER_KILLED = re.compile(
    r"\b(?:it|they|its\s+\w+|their\s+\w+)\s+(?:had\s+|have\s+|has\s+)?"
    r"(?:killed|destroyed|eliminated|neutrali[sz]ed)\b",
    re.IGNORECASE,
)
# a later day a none counts from: "no casualties have been reported since"
_SINCE = re.compile(r"\b(?:since|depuis)\b", re.IGNORECASE)
_BRACKET = re.compile(r"\s*\([^)]*\)\s*$")


class Told(Protocol):
    """What these rules read of a claim (`features.MatchInput`)."""

    @property
    def text(self) -> str: ...
    @property
    def sentence(self) -> str: ...
    @property
    def voice(self) -> str: ...


def _fold(word: str) -> str:
    plain = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in plain if not unicodedata.combining(c))


# French names of countries, folded, for their nationalities' stems ("thaïlandais" of
# "Thaïlande", "cambodgiens" of "Cambodge"): extract/french_demonyms.py lists a few
# dozen countries only
_FRENCH_STEMS = {
    _fold(alias)[:6]: c.name
    for c in COUNTRIES
    for alias in c.aliases
    if len(alias) >= 6 and " " not in alias
}


@lru_cache(maxsize=1 << 12)
def country_word(word: str) -> str | None:
    """The country a word names, or whose people or capital it names, in English or
    French, singular or plural ("Thai", "Cambodians", "Phnom Penh", "cambodgiens",
    "thaïlandaises"); None for any other word."""
    low = word.lower().strip("'’ ")
    if low.endswith(("'s", "’s")):
        low = low[:-2]
    for table in (COUNTRY_BY_NAME, COUNTRY_BY_DEMONYM, COUNTRY_BY_CAPITAL):
        if low in table:
            return table[low].name
        if low.endswith("s") and low[:-1] in table:
            return table[low[:-1]].name
    french = FRENCH_DEMONYMS.get(low)
    if french is not None:
        return french.name
    return _FRENCH_STEMS.get(_fold(low)[:6]) if len(low) >= 7 else None


def _countries(text: str) -> frozenset[str]:
    """The countries the capitalised words of a text name (two words, then one)."""
    found = set()
    for name in re.findall(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?", text):
        country = country_word(name) or country_word(name.split()[0])
        if country:
            found.add(country)
    return frozenset(found)


def voice_country(voice: str) -> str | None:
    """The one country a voice's own words name ("Thailand", "Phnom Penh", "les
    autorités thaïlandaises", "Cambodia's defence ministry"); not the country Workbench
    adds in brackets from the claim's place ("rescue workers (Cambodia)"), which may be
    the other side's."""
    words = _BRACKET.sub("", voice)
    found = set(_countries(words))
    found |= {c for w in words.lower().split() if (c := country_word(w)) and w not in ("un",)}
    return next(iter(found)) if len(found) == 1 else None


def marked_sides(claim: Told) -> frozenset[str]:
    """The side a claim's sentence tells its dead on, by the marker nearest its words:
    "on the Thai side", "on Thailand's side", "côté thaïlandais", "du côté de la
    Thaïlande"; "on its side", "of its soldiers": its voice's country, else the country
    the sentence names before the marker ("Thailand says 21 people were killed on its
    side"). Empty where none is told."""
    sentence = claim.sentence
    at = max(sentence.find(claim.text), 0)
    found: list[tuple[int, str]] = []
    for m in _SIDE_OF.finditer(sentence):
        name = m.group("name") or m.group("of") or ""
        country = country_word(name) or (country_word(name.split()[0]) if name else None)
        if country:
            found.append((m.start(), country))
    for m in _FRENCH_SIDE.finditer(sentence):
        country = country_word(m.group("of") or m.group("adj") or "")
        if country:
            found.append((m.start(), country))
    for m in _OWN_SIDE.finditer(sentence):
        before = _countries(sentence[: m.start()])
        own = voice_country(claim.voice) or (next(iter(before)) if len(before) == 1 else None)
        if own:
            found.append((m.start(), own))
    if not found:
        return frozenset()
    return frozenset({min(found, key=lambda f: abs(f[0] - at))[1]})


def struck_by(claim: Told) -> frozenset[str]:
    """The countries whose strike its sentence tells killed the claim's people before
    its words ("the attack by Thai F-16 aircraft killed six soldiers", "Cambodian rockets
    tore through a petrol station, killing eight", "frappes aériennes thaïlandaises"):
    people a country's own strike killed are the other side's."""
    sentence = claim.sentence
    at = sentence.find(claim.text)
    before = sentence[: at if at >= 0 else 0]
    found = set()
    for m in _STRUCK_BY.finditer(before):
        country = country_word(m.group("who") or m.group("by") or "")
        if country:
            found.add(country)
    for m in _FRENCH_STRUCK.finditer(before):
        country = country_word(m.group("adj"))
        if country:
            found.add(country)
    return frozenset(found)


def both_sides(claim: Told) -> bool:
    """Whether a claim counts both sides' dead together ("au moins 43 morts des deux
    côtés", "at least 43 people on both sides of the border"): REACH characters about
    its words say so."""
    at = max(claim.sentence.find(claim.text), 0)
    reach = claim.sentence[max(at - REACH, 0) : at + len(claim.text) + REACH]
    return bool(_BOTH.search(reach))


def later_none(claim: Told, value: float | None) -> bool:
    """Whether a toll of none is counted from a later day its sentence names after it
    ("no casualties have been reported since", "aucune victime depuis la trêve"): it
    speaks of the days after, not of the tolls before."""
    if value != 0:
        return False
    at = max(claim.sentence.find(claim.text), 0)
    return bool(_SINCE.search(claim.sentence, at))


class Sided(Protocol):
    """What `with_war_sides` reads and writes of a claim (`features.Features`)."""

    @property
    def sides(self) -> frozenset[str]: ...
    @property
    def victim(self) -> str | None: ...
    @property
    def claim(self) -> Told: ...


F = TypeVar("F", bound=Sided)


def with_war_sides(found: list[F]) -> list[F]:
    """The claims, a claim of no side given the side of its sentence or its voice:

    - where the other claims of its sentence that name a side name one country
      ("22 Cambodians died, 13 of them civilians and nine soldiers"), that one;
    - where its report counts the dead of one country, and its voice is another
      country's (its name, its capital, its nationality: "Phnom Penh fait état de 13
      civils", after "15 civils ... côté thaïlandais"), its voice's, unless its sentence
      tells the voice as the killer ("it killed 40").

    An armed group's fighters take no side so (a country's count of the enemy it
    fought)."""
    claims = list(found)
    by_sentence: dict[tuple[object, str], set[str]] = defaultdict(set)
    by_report: dict[object, set[str]] = defaultdict(set)
    for f in claims:
        if f.sides and "UN" not in f.sides:
            by_sentence[(_report(f), f.claim.sentence)] |= f.sides
            by_report[_report(f)] |= f.sides
    for i, f in enumerate(claims):
        if f.sides or f.victim == _ARMED:
            continue
        told = by_sentence.get((_report(f), f.claim.sentence), set())
        if len(told) == 1:
            claims[i] = replace(f, sides=frozenset(told))  # type: ignore[type-var]
            continue
        own = voice_country(f.claim.voice)
        others = by_report.get(_report(f), set())
        if own and others and own not in others and not _TELLER_KILLED.search(f.claim.sentence):
            claims[i] = replace(f, sides=frozenset({own}))  # type: ignore[type-var]
    return claims


def _report(f: Sided) -> object:
    return getattr(f.claim, "document_id", None)


class Both(Protocol):
    """What `one_side_of_both` reads of a claim (`features.Features`)."""

    @property
    def both(self) -> bool: ...
    @property
    def sides(self) -> frozenset[str]: ...
    @property
    def low(self) -> float: ...
    @property
    def high(self) -> float: ...


def one_side_of_both(a: Both, b: Both) -> str | None:
    """Where one claim counts both sides' dead together ("43 morts des deux côtés") and
    the other one country's ("15 civils ... côté thaïlandais", "21 people on its side"),
    no more than it: the part's words for relate (a related link), else None."""
    if a.both == b.both:
        return None
    whole, part = (a, b) if a.both else (b, a)
    one_country = len(part.sides) == 1 and "UN" not in part.sides
    if not one_country or part.low > whole.high:
        return None
    which = "second" if whole is a else "first"
    return f": the {which} counts one side's dead ({next(iter(part.sides))}) of both sides' toll"
