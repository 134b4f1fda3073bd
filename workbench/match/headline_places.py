"""Where a headline's figure is matched: the place its story tells the same number at,
where the headline names only the country.

A headline names its country more often than its village: "Myanmar air strike hits
village school, rights group says 14 killed" over a story of "at least 14 civilians
killed in Thayet Kan village". Extraction keeps the headline's own words (the French
gold places a headline at the country it names), but matched at the country the
headline's 14 was tied to an attack on a police post in another state that week, a toll
of 12 (re-trial 70b), and pairs-news-u's "15 killed" headline at Pakistan was tied to no
report of its university attack. Matched at its story's place, the headline is the
story's figure.
"""

from __future__ import annotations

from dataclasses import replace

from workbench.geo.places import Kind
from workbench.match.features import MatchInput
from workbench.models import BlockKind

_Key = tuple[int, str, float | None]  # a report, a category, a lower bound


def headlines_placed(claims: list[MatchInput]) -> list[MatchInput]:
    """`claims`, in their order, each headline's claim placed only at a country given
    the place (phrase, country, gazetteer places) of the first claim of its report's
    body that tells the same number (category and lower bound) at a finer place in that
    country; every other claim as it is."""
    told: dict[_Key, MatchInput] = {}
    for claim in claims:
        if claim.section != BlockKind.TITLE.value and _finer(claim):
            told.setdefault(_key(claim), claim)
    return [_placed(claim, told) for claim in claims]


def _placed(claim: MatchInput, told: dict[_Key, MatchInput]) -> MatchInput:
    if claim.section != BlockKind.TITLE.value or not _at_country(claim):
        return claim
    story = told.get(_key(claim))
    if story is None or story.country != claim.country:
        return claim
    return replace(
        claim,
        location=story.location,
        located=story.located,
        place_relation=story.place_relation,
    )


def _key(claim: MatchInput) -> _Key:
    return claim.document_id, claim.category, claim.low


def _at_country(claim: MatchInput) -> bool:
    """Whether the gazetteer places a claim at its country and no finer."""
    return bool(claim.located) and claim.located[0].kind is Kind.COUNTRY


def _finer(claim: MatchInput) -> bool:
    """Whether a claim has a place finer than a country: a gazetteer place below it, or
    a phrase the gazetteer does not know ("Thayet Kan village")."""
    if claim.location is None or claim.country is None:
        return False
    return not claim.located or claim.located[0].kind is not Kind.COUNTRY
