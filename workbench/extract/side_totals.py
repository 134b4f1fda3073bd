"""A side's toll since the fighting began on a given day is a running total (trial 77k,
kx77): "12 Cambodians had been killed since the fighting began on Thursday", "at least
40 Sudanese have died since clashes broke out on 3 May", "Nine Kenyan soldiers have been
killed since the hostilities erupted on Monday". A nation counts its own dead over a war,
as the French reader reads «douze Cambodgiens ont été tués depuis le début des combats
jeudi»: scope `cumulative`, the period as written, dated from that day to the report's.

"Since fighting began on Tuesday" of people named by no nation ("Five people have been
killed since fighting began on Tuesday") stays an incident: one clash of a few days
reported as its toll (scope.py, docs/extraction.md's table). Applied to the claims
(`pipeline.iter_claims`), after the reader has dated them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator

from workbench.extract.cues import CASUALTY_CATEGORIES
from workbench.extract.gazetteer import COUNTRY_BY_DEMONYM
from workbench.extract.places import coarse
from workbench.models import Claim, Scope

_SINCE_BEGAN = re.compile(
    r"\bsince\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:fighting|clashes|hostilities|war|conflict|"
    r"border\s+war|combat|shelling|bombardment)\s+(?:first\s+)?(?:began|started|broke\s+out|"
    r"erupted|flared(?:\s+up)?)\s+(?:on\s+)?(?:(?:last\s+)?(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\b",
)
_CLAUSE_END = re.compile(r"[;]|,\s*(?:but|while|whereas)\b")


def with_side_totals(claims: Iterable[Claim], published: dt.date | None) -> Iterator[Claim]:
    """The claims, each toll of a nation's people since the fighting began on a day
    ("12 Cambodians had been killed since the fighting began on Thursday") read as a
    running total: scope cumulative, its period the words, dated from the day to
    `published` (the report's day, where known)."""
    for claim in claims:
        yield _as_total(claim, published) if _side_since(claim) else claim


def _side_since(claim: Claim) -> re.Match[str] | None:
    """The "since ... began on <day>" after the claim's words in its clause, where the
    claim is an incident toll of a nation's people; else None."""
    if (
        claim.category not in CASUALTY_CATEGORIES
        or claim.scope is not Scope.INCIDENT
        or not claim.subject
        or not _national(claim.subject)
    ):
        return None
    at = claim.sentence.find(claim.text)
    if at < 0:
        return None
    after = at + len(claim.text)
    stop = _CLAUSE_END.search(claim.sentence, after)
    return _SINCE_BEGAN.search(claim.sentence, after, stop.start() if stop else len(claim.sentence))


def _national(subject: str) -> bool:
    """Whether a subject names people by a nation: "Cambodians", "Thai civilians",
    "Sudanese"."""
    words = subject.lower().split()
    head = words[-1]
    return (
        head in COUNTRY_BY_DEMONYM
        or (head.endswith("s") and head[:-1] in COUNTRY_BY_DEMONYM)
        or (len(words) > 1 and words[0] in COUNTRY_BY_DEMONYM)
    )


def _as_total(claim: Claim, published: dt.date | None) -> Claim:
    """`claim` as a running total over the period its sentence names, placed in its
    country where its place was carried from a town another sentence named (as
    `reader_places._inherited` places the totals the reader reads)."""
    match = _side_since(claim)
    assert match is not None
    date = claim.date
    if date and "/" not in date and published is not None and date <= published.isoformat():
        date = f"{date}/{published.isoformat()}"
    location = claim.location
    if location and location not in claim.sentence and not coarse(location) and claim.country:
        location = claim.country  # a village told before is one strike's, not the war's
    return claim.model_copy(
        update={
            "scope": Scope.CUMULATIVE,
            "period": match.group(0),
            "date": date,
            "location": location,
        }
    )
