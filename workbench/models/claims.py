"""The claim and what is said of it: documents and their blocks, claims as read and
as stored, links, voices, verdicts and corrections, and the summaries of sources and of
a database. Pydantic models, also the JSON the CLI prints."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field, field_validator

from workbench.located import ClaimPlace, stored_place
from workbench.vocabulary import Number, Status


class Category(StrEnum):
    """What a claim counts."""

    KILLED = "killed"
    WOUNDED = "wounded"
    MISSING = "missing"
    KIDNAPPED = "kidnapped"
    DISPLACED = "displaced"
    REFUGEES = "refugees"
    TROOPS = "troops"
    ATTACKS = "attacks"
    ARRESTED = "arrested"
    MONEY = "money"
    DISTANCE = "distance"
    DURATION = "duration"
    OTHER = "other"


class Scope(StrEnum):
    """Whether a claim's figure counts one incident or a running total over a period."""

    INCIDENT = "incident"  # "gunmen killed 12 villagers on Tuesday"
    CUMULATIVE = "cumulative"  # "the insurgency has killed thousands since 2009"


class BlockKind(StrEnum):
    """The role of a stretch of body text in its document."""

    TITLE = "title"
    BULLET = "bullet"
    PARAGRAPH = "paragraph"
    COMMENT = "comment"


@dataclass(frozen=True, slots=True)
class Block:
    """A stretch of body text: `text[start:end]` of its document, furniture excluded.

    A slotted dataclass, not a model: a long file has one for each paragraph, and a
    model's instance dictionary and set of fields made the blocks weigh more than
    the text (600 bytes each against 70)."""

    start: int
    end: int
    kind: BlockKind = BlockKind.PARAGRAPH
    comment: str | None = None  # "2" or "1.1" for the comments under a blog post
    commenter: str | None = None  # who wrote that comment, where the text says
    # ISO 639-1 code of a comment written in another language than its document
    # (ingest/language.py); None: the document's
    language: str | None = None


class SourceDocument(BaseModel):
    """One loaded text with its metadata and the spans that are body text."""

    path: str
    text: str
    sha256: str
    format: str  # txt, md or html
    blocks: list[Block]
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    warnings: list[str] = []
    # ISO 639-1 code of the text's language ("en", "fr"), detected at ingest
    # (ingest/language.py) or set by the analyst; None is read as English
    language: str | None = None

    @property
    def comment_languages(self) -> list[str]:
        """The languages, other than the document's, its comments are written in
        (a blog post's readers who switch language), sorted."""
        return sorted({b.language for b in self.blocks if b.language is not None})


class Claim(BaseModel):
    """One checkable quantity as a source states it.

    `low` and `high` are the asserted interval (None is open); `value` is the
    number as stated, None for ranges and vague quantities. `text` is always
    `document.text[start:end]`.
    """

    source: str
    start: int
    end: int
    text: str
    sentence: str
    category: Category
    value: Number | None
    low: Number | None
    high: Number | None
    qualifier: str
    unit: str | None = None
    subject: str | None = None
    actor: str | None = None
    location: str | None = None
    date: str | None = None  # ISO 8601: a day, a month, a year, or start/end
    date_text: str | None = None  # the date words as the text has them
    attribution: str | None = None
    hedged: bool = False
    denies: bool = False  # the text around it calls a story false ("the ambush story is false")
    country: str | None = None  # the country of the place, else the one the article is about
    section: BlockKind = BlockKind.PARAGRAPH
    comment: str | None = None
    commenter: str | None = None
    # One incident, or a running total ("since 2009", "so far this year"); for a
    # total, `period` holds the words that bound it as the text has them, None
    # when the text gives none ("to date"). See extract/scope.py.
    scope: Scope = Scope.INCIDENT
    period: str | None = None
    # Whom the voice relays, where the text says so: "according to a monitoring
    # group citing JNIM" has attribution "a monitoring group", origin "JNIM".
    # None when the voice speaks for itself. See extract/relay.py.
    origin: str | None = None
    # The gazetteer's place for `location` (workbench/located.py), None when the
    # gazetteer knows none of its names or it was not looked up.
    place: ClaimPlace | None = None

    @field_validator("place", mode="before")
    @classmethod
    def _stored_place(cls, value: Any) -> Any:
        return stored_place(value)


class FigureBefore(BaseModel):
    """The claim of a source's version before that a claim of a later version revises:
    the same words with another figure (`ingest/versions.py`; a toll revised in
    silence is itself a finding). Its id, its document (that version) and its words
    and figure; `value` None for a range (`low`, `high`) or a vague quantity."""

    claim_id: int
    document_id: int
    text: str
    value: Number | None = None
    low: Number | None = None
    high: Number | None = None
    qualifier: str = ""  # as `Claim.qualifier`: "at_least", "range", "vague:dozens" ...
    unit: str | None = None
    hedged: bool = False


class StoredClaim(Claim):
    """A claim as the database holds it: with its id, voice and current verdict."""

    id: int
    document_id: int
    voice_id: int
    voice: str
    voice_grade: str | None = None
    status: str = Status.UNREVIEWED.value
    note: str | None = None
    analyst: str | None = None
    decided_at: str | None = None
    stale_reason: str | None = None  # a new source contradicts the verdict: review again
    # The machine's reading of each field an analyst corrected ({"value": 24, ...}; the
    # fields above hold the corrected values), whether an analyst dismissed it as no
    # claim, and who added it by hand (None: the extractor found it).
    machine: dict[str, Any] | None = None
    dismissed: bool = False
    added_by: str | None = None
    # The claim of the version before that this one revises: a new version of its
    # source gives another figure in the same words. None: no revision.
    figure_changed_from: FigureBefore | None = None
    # The document of the newer version of its source that replaced this claim's: the
    # claim is superseded (kept and reviewable, neither matched nor counted in an
    # event). None: its document is the latest version, or read once.
    superseded_by: int | None = None

    @field_validator("machine", "figure_changed_from", mode="before")
    @classmethod
    def _stored_json(cls, value: Any) -> Any:
        return json.loads(value) if isinstance(value, str) else value


class Link(BaseModel):
    """A link as the database holds it: the two claims by id."""

    id: int
    a_id: int
    b_id: int
    relation: str
    score: float
    reason: str
    state: str
    origin: str
    note: str | None = None
    analyst: str | None = None
    updated_at: str


class LinkView(Link):
    """Two claims and how they relate, as matching suggested or an analyst decided:
    the link with both claims whole."""

    a: StoredClaim
    b: StoredClaim


class SourceSummary(BaseModel):
    """A stored document with its claim counts by verdict."""

    id: int
    path: str
    sha256: str
    format: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    loaded_at: str
    language: str | None = None  # ISO 639-1 code ("en", "fr"); None: not known
    comment_languages: str | None = None  # its comments' other languages, space-separated
    page_starts: str | None = None  # a PDF's pages: their offsets in the text, space-separated
    # when it was fetched or read (ISO, UTC), the SHA-256 of the bytes kept, and how
    # they came: "web", "file", "stdin"; None: loaded before its bytes were kept
    fetched_at: str | None = None
    capture_sha256: str | None = None
    captured_from: str | None = None
    claims: int
    voices: int
    confirmed: int
    disputed: int
    false_claims: int
    unverifiable: int
    # A version of a source read more than once: the documents of the versions before
    # and after it, its number (1 the first) and how many its address has; None for a
    # source read once (docs/sources.md, "Versions").
    previous_version: int | None = None
    next_version: int | None = None
    version: int | None = None
    version_count: int | None = None

    @property
    def version_said(self) -> str:
        """ "v2 of 3, replaced by 20", "v3 of 3, the latest", or "" for a source read
        once: where this document stands among the versions of its address."""
        if self.version is None:
            return ""
        standing = (
            f"replaced by {self.next_version}" if self.next_version is not None else "the latest"
        )
        return f"v{self.version} of {self.version_count}, {standing}"


class Voice(BaseModel):
    """Who asserts claims, with the analyst's reliability grade (Admiralty A-F)."""

    id: int
    name: str
    kind: str
    grade: str | None
    note: str | None
    claims: int = 0
    merged_into: str | None = None  # the voice the analyst made it one with
    relays: str | None = None  # the voice whose word the analyst says it passes on


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
            f"{self.documents} document{'' if self.documents == 1 else 's'} read again:"
            f" {self.count('added')} claims added,"
            f" {self.count('removed')} removed, {self.count('changed')} changed,"
            f" {self.unchanged} unchanged; {self.count('vanished')} no longer found but"
            f" kept (an analyst worked on them); {self.links} links suggested"
            + (f"; {len(self.errors)} documents could not be read again" if self.errors else "")
        )


class LinkCounts(BaseModel):
    """How many links of each relation a claim has; rejected links do not count."""

    corroborates: int = 0
    contradicts: int = 0
    related: int = 0
    restates: int = 0


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
    # a GeoJSON export's points, known once it is written; not part of any export
    mapped: Mapped | None = Field(default=None, exclude=True)


class CurrentVerdict(BaseModel):
    """A reviewed claim's verdict as it stands (its history is in VerdictChange rows)."""

    claim_id: int
    status: str
    note: str | None = None
    analyst: str | None = None
    decided_at: str | None = None
    stale_reason: str | None = None
