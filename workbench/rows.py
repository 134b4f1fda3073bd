"""The rows the store gives the layers above it, as declared types.

`ClaimRow` is a stored claim as the database row holds it, read as a tuple (an
export streams 100,000 of them). Pure: no database, no pydantic; `workbench.models`
re-exports it.
"""

from __future__ import annotations

from typing import NamedTuple

from workbench.vocabulary import Number


class ClaimRow(NamedTuple):
    """A stored claim as the database row holds it, unvalidated: the category,
    section and scope are plain strings, `hedged` and `denies` 0 or 1. The reports
    read claims this way, as validating 100,000 models would take most of an
    export's time; everything else reads `StoredClaim`. The fields are those of
    `StoredClaim`, in the order the store selects them (`Store.iter_claim_rows`,
    `Store.claim_rows_by_id`)."""

    id: int
    source: str
    document_id: int
    voice_id: int
    voice: str
    voice_grade: str | None
    start: int
    end: int
    text: str
    sentence: str
    category: str
    value: Number | None
    low: Number | None
    high: Number | None
    qualifier: str
    unit: str | None
    subject: str | None
    actor: str | None
    location: str | None
    date: str | None
    date_text: str | None
    attribution: str | None
    hedged: int
    denies: int
    country: str | None
    section: str
    comment: str | None
    commenter: str | None
    scope: str
    period: str | None
    origin: str | None
    status: str
    note: str | None
    analyst: str | None
    decided_at: str | None
    stale_reason: str | None
