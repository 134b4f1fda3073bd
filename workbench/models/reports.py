"""What a run reports: `reextract`'s changes, and what an export holds and put on the
map. Pydantic models, also the JSON the CLI prints."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class ClaimChange(BaseModel):
    """What `reextract` did to one claim: "added" (the extractor finds it now),
    "removed" (no longer found, and no analyst had worked on it), "changed" (found
    again, read otherwise: `fields` holds each field's [old, new] machine reading;
    `corrected` the fields whose correction stands over the new reading), or
    "vanished" (no longer found, kept with its verdicts and corrections)."""

    change: str
    claim_id: int
    source: str
    start: int
    end: int
    text: str
    category: str
    fields: dict[str, list[Any]] = {}
    corrected: list[str] = []


class ReextractReport(BaseModel):
    """What `reextract` found reading every stored document again."""

    documents: int = 0
    unchanged: int = 0
    links: int = 0  # suggested by matching every claim again
    changes: list[ClaimChange] = []
    errors: list[str] = []  # documents the extractor failed on, left as they were

    def count(self, change: str) -> int:
        """How many claims had this change."""
        return sum(1 for c in self.changes if c.change == change)

    def summary(self) -> str:
        """One line: documents read, claims added, removed, changed, vanished."""
        return (
            f"{counted(self.documents, 'document')} read again:"
            f" {counted(self.count('added'), 'claim')} added,"
            f" {self.count('removed')} removed, {self.count('changed')} changed,"
            f" {self.unchanged} unchanged; {self.count('vanished')} no longer found but"
            f" kept (an analyst worked on them); {counted(self.links, 'link')} suggested"
            + (
                f"; {counted(len(self.errors), 'document')} could not be read again"
                if self.errors
                else ""
            )
        )


def counted(count: int, noun: str) -> str:
    """ "1 link", "2 links": a count with its noun (English plural in -s)."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


class Mapped(BaseModel):
    """What a GeoJSON export put on the map: the claims and events given a point, those
    known only to a country (a feature with no point: its "country_only" member), and
    those given none (the gazetteer has no coordinates for their place, or they name
    none), which the export counts in its "unmapped" member."""

    claims: int  # given a point
    events: int
    unmapped_claims: int  # given no feature
    unmapped_events: int
    country_claims: int = 0  # known only to a country: a feature of null geometry
    country_events: int = 0


class Summary(BaseModel):
    """What an export holds and what the database holds, counted."""

    database: str
    exported_at: str
    statuses: list[str]  # the verdicts the export was limited to; empty: all
    contested_only: bool
    # the other limits an export was given (as the queue's filters): None / False: any
    category: str | None = None
    source: str | None = None  # a document's file name or path
    search: str | None = None  # words the claims hold
    stale_only: bool = False
    analysts: list[str]
    documents: int
    voices: int
    claims: int
    exported_claims: int
    by_status: dict[str, int]
    by_category: dict[str, int]
    contested: int
    stale: int
    unreviewed: int
    # claims of a version a newer one replaced: in none of the counts above, nor exported
    superseded: int = 0
    # stale verdicts on those superseded claims: a confirmed toll its source revised
    stale_superseded: int = 0
    # a GeoJSON export's points, known once it is written; not part of any export
    mapped: Mapped | None = Field(default=None, exclude=True)
