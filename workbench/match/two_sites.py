"""Two sites of one attack: rockets that hit a petrol station and a hospital, a bomb at a
market and another at a school. Each site's toll is a part of the attack's, not a rival
count of it: "eight killed at the petrol station" and "one nurse killed at the hospital",
told apart in the same article, are no dispute of 8 against 1, and the day's 11 against
the station's 8 is the whole against a part (trial 77k linked them as contradicting).

A claim's sites are the kinds of site its clause names (`claim_sites`): the clause of
its words, up to a comma and a conjunction or a semicolon ("hit a petrol station ...,
killing eight people, and struck the town's hospital": the station's). Two claims whose
reports both name both their sites (`Sited.report_sites`: the sites its claims' sentences
name) and that name one site each,
another, count two sites' dead (`site_relation`: related, "two sites"); one naming both
and the other one of them count the whole and a part (related). Where a report names one
site only, nothing says the other report's site is another place of one attack: its
tolls compare as before. A hospital victims were taken to ("rushed to hospital", "died
in hospital") is no site of the attack.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from functools import lru_cache
from typing import Protocol, TypeVar

# kinds of site, each by its words in English and French
_KINDS = {
    "petrol station": r"(?:petrol|fuel|gas|filling|service)\s+station|station[\s-](?:service|"
    r"essence|d['’]essence)",
    "hospital": r"hospitals?|clinics?|health\s+cent(?:re|er)s?|h[ôo]pita(?:l|ux)|cliniques?|"
    r"centre\s+de\s+sant[ée]",
    "school": r"schools?|kindergartens?|[ée]coles?|lyc[ée]es?",
    "market": r"markets?|marketplace|bazaars?|march[ée]s?",
    "mosque": r"mosques?|mosqu[ée]es?",
    "church": r"church(?:es)?|[ée]glises?",
    "checkpoint": r"checkpoints?|roadblocks?|poste\s+de\s+contr[ôo]le",
    "police station": r"police\s+(?:station|post)s?|commissariats?|poste\s+de\s+police",
    "bus station": r"bus\s+(?:station|stop|terminal|park)s?|gare\s+routi[èe]re",
    "hotel": r"hotels?|h[ôo]tels?",
}
_SITE = re.compile(
    "|".join(f"(?P<k{i}>\\b(?:{words})\\b)" for i, words in enumerate(_KINDS.values())),
    re.IGNORECASE,
)
_NAMES = list(_KINDS)
# a hospital the wounded were taken to, or died in, is where they were treated
_TREATED = re.compile(
    r"\b(?:taken|rushed|admitted|treated|transferred|evacuated|moved|brought|died|dying|"
    r"succumbed|treatment|hospitali[sz]ed|transported|sent|flown)\b[\w\s,'’-]{0,30}"
    r"\b(?:to|in|at|into)\s+(?:a\s+|the\s+|local\s+|nearby\s+|[A-Z][\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r",\s+(?:and|but|while)\s+|;\s+|\s+while\s+|\.\s+", re.IGNORECASE)
SITE_NOTE = "two sites"  # relate's words for two sites' tolls


class Told(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def sentence(self) -> str: ...


@lru_cache(maxsize=1 << 14)
def _sites_in(text: str) -> tuple[tuple[int, str], ...]:
    """The sites a text names, with where: (position, kind), hospitals treated at left out."""
    found = []
    for m in _SITE.finditer(text):
        kind = _NAMES[int((m.lastgroup or "k0")[1:])]
        if kind == "hospital" and _TREATED.search(text[: m.start()]):
            continue
        found.append((m.start(), kind))
    return tuple(found)


def claim_sites(claim: Told) -> frozenset[str]:
    """The kinds of site the clause of a claim's words names (see the module)."""
    sentence = claim.sentence
    at = sentence.find(claim.text)
    if at < 0:
        return frozenset(kind for _, kind in _sites_in(claim.text))
    starts = [m.end() for m in _CLAUSE_END.finditer(sentence, 0, at)]
    start = starts[-1] if starts else 0
    end_found = _CLAUSE_END.search(sentence, at + len(claim.text))
    end = end_found.start() if end_found else len(sentence)
    return frozenset(kind for pos, kind in _sites_in(sentence) if start <= pos < end)


class Sited(Protocol):
    """What `with_sites` reads and writes of a claim (`features.Features`)."""

    @property
    def sites(self) -> frozenset[str]: ...
    @property
    def report_sites(self) -> frozenset[str]: ...
    @property
    def claim(self) -> Told: ...


F = TypeVar("F", bound=Sited)


def with_sites(found: list[F]) -> list[F]:
    """The claims, each given the sites its report's claims' sentences name
    (`report_sites`), where they are two or more."""
    claims = list(found)
    named: dict[object, set[str]] = defaultdict(set)
    for f in claims:
        if f.sites:  # a report whose tolls name no site tells no sites apart
            named[getattr(f.claim, "document_id", None)] |= {
                k for _, k in _sites_in(f.claim.sentence)
            }
    for i, f in enumerate(claims):
        sites = frozenset(named[getattr(f.claim, "document_id", None)])
        if len(sites) > 1:
            claims[i] = replace(f, report_sites=sites)  # type: ignore[type-var]
    return claims


def site_relation(a: Sited, b: Sited) -> str | None:
    """How two tolls' sites relate where both reports tell the attack's sites apart
    (each report names the other's sites too): ": two sites of one attack ('petrol
    station', 'hospital')", ": the whole of two sites and one of them"; None where
    they name one site, or nothing says two."""
    if not (a.sites and b.sites) or a.sites == b.sites:
        return None
    if not (a.sites | b.sites) <= (a.report_sites & b.report_sites):
        return None
    if len(a.sites) == 1 and len(b.sites) == 1:
        names = "', '".join(sorted(a.sites | b.sites))
        return f": {SITE_NOTE} of one attack ('{names}'), one toll each"
    if a.sites < b.sites or b.sites < a.sites:
        return ": the toll of the attack's sites and one site's, a part of it"
    return None
