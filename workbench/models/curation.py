"""What an analyst changed outside verdicts: the curation log of voices and
documents, and the archive of a removed document's claims."""

from __future__ import annotations

from pydantic import BaseModel

from workbench.models.review import Correction, VerdictChange


class ArchivedGrade(BaseModel):
    """The credibility grade (1-6, the Admiralty scale's) an analyst had given a claim
    of a removed document."""

    grade: int
    note: str | None = None
    analyst: str
    graded_at: str


class CurationChange(BaseModel):
    """One change an analyst made to a voice or a document (the curation log): a voice
    renamed, merged, unmerged or marked as relaying another; a document's field edited,
    or the document removed."""

    id: int
    subject: str  # voice or document
    target: str  # the voice's key, the document's sha256
    action: str  # rename, merge, unmerge, relay; "edit FIELD", remove
    old: str | None
    new: str | None
    analyst: str
    at: str


class ArchivedClaim(BaseModel):
    """A claim of a removed document, with what the analyst had decided about it."""

    claim_id: int
    document_sha256: str
    document_path: str
    start: int
    end: int
    text: str
    category: str
    voice: str
    status: str | None
    note: str | None
    analyst: str | None
    decided_at: str | None
    links: str  # JSON: the links an analyst decided or made
    removed_by: str
    removed_at: str
    credibility: ArchivedGrade | None = None  # None: never graded, or removed before m019
    history: list[VerdictChange] = []
    corrections: list[Correction] = []  # the analyst's corrections, oldest first
