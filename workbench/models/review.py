"""What analysts say of claims: verdicts and their history, corrections, the grades
they were shown, and how many links of each relation a claim has. Pydantic models, also
the JSON the CLI prints."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel


@dataclass(frozen=True)
class Seen:
    """A grade as the analyst was shown it before grading again: a voice's reliability
    (A-F) or a claim's credibility (1-6); None where it showed none. A grade written
    with it is refused (`errors.GradeChanged`) where another analyst has graded since,
    so that their grade is not replaced unseen, as a verdict is not. An event's name
    the analyst was shown (None: the machine's) is held the same way
    (`errors.NameChanged`)."""

    grade: str | int | None


class VerdictChange(BaseModel):
    """One row of a claim's verdict history."""

    claim_id: int
    old_status: str
    new_status: str
    note: str | None
    analyst: str
    at: str


class Correction(BaseModel):
    """One row of a claim's corrections history: an analyst changed `field` ("value",
    "place", "voice", ..., "dismissed", or "added" for a claim added by hand) from
    `old_value` to `new_value` (None: empty)."""

    claim_id: int
    field: str
    old_value: Any = None
    new_value: Any = None
    note: str | None = None
    analyst: str
    at: str


class LinkDecision(BaseModel):
    """An analyst's decision on one of a claim's links, as the link holds it: who, when,
    which claim at the other end, the relation and the note. `decision` is "added" (the
    analyst made the link), "changed" (the analyst gave it another relation),
    "confirmed" or "rejected". A link keeps its latest decision only, so a claim's
    history shows each link once, as it stands (trial 79: `history` said "no verdicts or
    corrections yet" of a claim whose link the analyst had rejected with a note)."""

    claim_id: int
    other_id: int
    relation: str
    decision: str
    note: str | None = None
    analyst: str
    at: str


class CurrentVerdict(BaseModel):
    """A reviewed claim's verdict as it stands (its history is in VerdictChange rows)."""

    claim_id: int
    status: str
    note: str | None = None
    analyst: str | None = None
    decided_at: str | None = None
    stale_reason: str | None = None
    # when and by whom the note was last written (a note is no new verdict: the
    # verdict keeps its analyst and decided_at)
    noted_at: str | None = None
    noted_by: str | None = None


class LinkCounts(BaseModel):
    """How many links of each relation a claim has; rejected links do not count."""

    corroborates: int = 0
    contradicts: int = 0
    related: int = 0
    restates: int = 0
