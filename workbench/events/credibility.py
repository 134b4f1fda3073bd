"""Credibility suggestions: the Admiralty code's grade (1 confirmed by other sources
... 6 cannot be judged) a claim's links suggest, kept apart from its voice's
reliability grade (A-F). Pure code over stored claims (docs/events.md).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from workbench.events.figures import (
    by_origin,
    independent_voices,
    latest_word,
    stated_number,
)
from workbench.events.overtaken import overtaken
from workbench.events.statements import Counted, asserted_interval, statements
from workbench.match.victims import victim_family
from workbench.models import Credibility, Number, StoredClaim

_RELIABLE = frozenset({"A", "B"})
_ARMED = "armed_group"


def same_statements(claims: Sequence[Counted]) -> dict[int, list[int]]:
    """Each claim's id -> the ids of the claims that tell its figure in its voice (one
    independent voice, `independent_voices`; one category; one interval), itself
    among them: the ministry's "5 killed" relayed in three reports is one statement,
    whose credibility is one (`suggest_credibility` over all their links)."""
    origins = independent_voices(claims)
    tellers: dict[tuple[object, ...], list[int]] = {}
    for c in claims:
        tellers.setdefault((origins[c.id], c.category, c.low, c.high), []).append(c.id)
    return {c.id: tellers[(origins[c.id], c.category, c.low, c.high)] for c in claims}


def suggest_credibility(
    claim: StoredClaim,
    supporting: Sequence[StoredClaim],
    opposing: Sequence[StoredClaim],
    days: Mapping[int, str | None] | None = None,
    kin: Sequence[StoredClaim] = (),
) -> Credibility:
    """The Admiralty credibility the links suggest: confirmed by independent voices
    (1, where one's figure entails this one's, `_pins`; 2 where they only fit it, as
    open-ended figures do), contradicted by them, or alone (then hedging and the
    voice's grade decide). `days`: each linked claim's report day (ISO); a voice that
    spoke on several days counts by its latest word (`figures.latest_word`), so the
    figure it revised neither backs nor doubts the claim, nor does a first count its
    own report replaced (`earlier_figure`) or a later report's revision overtook
    (`overtaken`: "the toll has risen to 14"); a claim that is one says so and is at
    best doubtful (4): the army's first 7 is no "confirmed" toll. A claim its
    own voice revised in a later report (among `kin`, its event's claims of its
    category, matching linking no voice to itself; `days` holding their days and the
    claim's) is at best doubtful (4), and says which figure replaced it: a trial's
    army "at least 20" was "confirmed" (every higher toll fits it) where the army
    itself said 35 a day later."""
    days = days or {}
    moved_on = overtaken([claim, *kin], lambda c: days.get(c.id))
    supporting = [c for c in supporting if not (c.earlier_figure or c.id in moved_on)]
    opposing = [c for c in opposing if not (c.earlier_figure or c.id in moved_on)]
    told = _told_as(claim, kin)
    found = _credibility(claim, supporting, opposing, days, told)
    notes = ["its own report replaced it with a later figure"] if claim.earlier_figure else []
    if claim.id in moved_on and not claim.earlier_figure:
        # a first count a revision overtook: doubtful as a toll now, not improbable
        notes.append("a later report says the toll rose from it")
        found = found.model_copy(update={"grade": 4})
    # its event's claims only: a voice's toll of another incident is no revision of it
    # (trial 62: the police's 23 at Bois-Neuf was "doubtful" as they "said later '35
    # deaths'", Lapierre's, through a link of one country)
    revised = _revised_later(claim, kin, days)
    if revised is not None:
        said = revised.text if len(revised.text) <= 60 else revised.text[:59] + "…"
        notes.append(f"its voice said later '{said}' ({days[revised.id]})")
        found = found.model_copy(update={"grade": max(found.grade, 4)})
    if not notes:
        return found
    return found.model_copy(update={"reason": "; ".join([found.reason, *notes])})


def _revised_later(
    claim: StoredClaim, linked: Sequence[StoredClaim], days: Mapping[int, str | None]
) -> StoredClaim | None:
    """The claim of the same voice, in a later report, that gives another figure for
    what the claim counts: the voice's latest word; None where none does."""
    day = days.get(claim.id)
    if day is None:
        return None
    origins = independent_voices([claim, *linked])
    own_later = [
        c
        for c in linked
        if origins[c.id] == origins[claim.id]
        and (days.get(c.id) or "") > day
        and _one_side(c, claim)
    ]
    if any(stated_number(c) == stated_number(claim) for c in own_later):
        return None  # the voice tells its figure again: "17 morts", then "17 soldiers"
    later = [c for c in own_later if stated_number(c) != stated_number(claim)]
    return max(later, key=lambda c: days.get(c.id) or "", default=None)


def _one_side(a: StoredClaim, b: StoredClaim) -> bool:
    """Whether two claims may count one side's dead: not two families both name
    ("17 soldiers" and "96 assailants"), nor an armed group's and anyone else's (an
    army's "17 morts" is not revised by its "96 terrorists neutralised")."""
    first, second = victim_family(a.unit, a.subject), victim_family(b.unit, b.subject)
    if first is not None and second is not None and first != second:
        return False
    return (first == _ARMED) == (second == _ARMED)


def _credibility(
    claim: StoredClaim,
    supporting: Sequence[StoredClaim],
    opposing: Sequence[StoredClaim],
    days: Mapping[int, str | None],
    told: tuple[Number, Number],
) -> Credibility:
    """`suggest_credibility` before first counts are set aside; `told`: the interval
    the claim's statement asserts (`_told_as`)."""
    origins = independent_voices([claim, *supporting, *opposing])
    mine = origins[claim.id]
    supporting, opposing = _latest_words(origins, supporting, opposing, days)
    backers = len({origins[c.id] for c in supporting} - {mine})
    doubters = len({origins[c.id] for c in opposing} - {mine})
    pinning = len(_pinning(origins, supporting, told) - {mine})
    if backers and not doubters and pinning:
        return Credibility(
            grade=1, reason=f"{_voices(pinning, 'reports', 'report')} the same, independently"
        )
    if backers and not doubters:
        agree = _voices(backers, "agrees", "agree")
        return Credibility(
            grade=2, reason=f"{agree}, independently, but none gives a figure that settles it"
        )
    if backers and doubters:
        grade = 2 if backers > doubters else 3 if backers == doubters else 4
        agree, disagree = (
            _voices(backers, "agrees", "agree"),
            _voices(doubters, "disagrees", "disagree"),
        )
        return Credibility(grade=grade, reason=f"{agree}, {disagree}")
    if doubters > 1 and not _doubters_agree(opposing, origins, mine):
        return Credibility(
            grade=6,
            reason=_voices(doubters, "contradicts", "contradict")
            + " it and one another: the toll is contested, no figure stands against it",
        )
    if doubters:
        return Credibility(
            grade=5 if doubters > 1 else 4,
            reason=_voices(doubters, "contradicts", "contradict") + " it",
        )
    if not claim.location:
        return Credibility(grade=6, reason="alone, and it names no place to compare it with")
    if claim.hedged:
        return Credibility(grade=3, reason="alone, and hedged by its own source")
    if claim.voice_grade in _RELIABLE:
        return Credibility(grade=2, reason=f"alone, from a voice graded {claim.voice_grade}")
    return Credibility(grade=3, reason="alone: no other voice reports it")


def _doubters_agree(opposing: Sequence[StoredClaim], origins: Mapping[int, int], mine: int) -> bool:
    """Whether two independent voices among those contradicting a claim give figures
    that fit each other: then the claim stands against a figure others share, and is
    improbable (5). Where each gives its own (a trial's 8, 9 and "at least 12" soldiers
    killed, from the army, local sources and a security source), every figure was
    "improbable"; none is judged so from the others (6)."""
    theirs = [(origins[c.id], asserted_interval(c)) for c in opposing if origins[c.id] != mine]
    return any(
        a_origin != b_origin and a[0] <= b[1] and b[0] <= a[1]
        for i, (a_origin, a) in enumerate(theirs)
        for b_origin, b in theirs[i + 1 :]
    )


def _latest_words(
    origins: Mapping[int, int],
    supporting: Sequence[StoredClaim],
    opposing: Sequence[StoredClaim],
    days: Mapping[int, str | None],
) -> tuple[list[StoredClaim], list[StoredClaim]]:
    """The backing and the doubting claims, each voice's from its latest report only
    (claims of no known day kept): the police's 10 on Monday revised to 15 on Tuesday
    is no doubt of another voice's 15."""
    kept = {
        c.id
        for own in by_origin([*supporting, *opposing], origins).values()
        for c in latest_word(own, lambda c: days.get(c.id))
    }
    return [c for c in supporting if c.id in kept], [c for c in opposing if c.id in kept]


def _told_as(claim: StoredClaim, kin: Sequence[StoredClaim]) -> tuple[Number, Number]:
    """The interval a claim's statement asserts: its own, or its list's total where it
    is a list's part ("nineteen men, five women and a child" asserts 25; the list's
    other parts among `kin`, its event's claims of its category: `statements`)."""
    siblings = [c for c in kin if c.document_id == claim.document_id and c.id != claim.id]
    for statement in statements([claim, *siblings]):
        if claim.id in statement.ids:
            return statement.low, statement.high
    return asserted_interval(claim)


def _pinning(
    origins: Mapping[int, int], supporting: Sequence[StoredClaim], told: tuple[Number, Number]
) -> set[int]:
    """The origins whose backing confirms the claim's figure, not only fits it: a
    statement of theirs (a claim, or a list as its total: `statements`) asserts an
    interval within `told`, the claim's. "At least 115 killed" confirms "more than
    60" (it entails it); "more than 60" only fits "at least 115", as "about 50" fits
    "50" without confirming it: Admiralty grade 1 is "confirmed by other independent
    sources", grade 2 "probably true: consistent with other information" (NATO
    AJP-2.1, the credibility scale)."""
    mine_low, mine_high = told
    return {
        origin
        for origin, own in by_origin(supporting, origins).items()
        if any(mine_low <= s.low and s.high <= mine_high for s in statements(own))
    }


def _voices(count: int, one: str, many: str) -> str:
    """ "1 other voice contradicts", "2 other voices contradict"."""
    return f"1 other voice {one}" if count == 1 else f"{count} other voices {many}"
