"""The claim and where it stands: documents and their blocks, claims as read and as
stored, links, voices and the summaries of sources. Pydantic models, also the JSON the
CLI prints. What analysts say of claims is in `review.py`, what a run reports in
`reports.py`."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, field_validator

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
        (a blog post's readers who switch language), or paragraphs of it (a digest of
        English and French reports: `ingest.paragraph_languages`), sorted."""
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
    # The figure is the one its voice denies, not one it states: "rejects reports that
    # 14 people were abducted", "démentent le bilan de 42 morts" (`denies` is True too).
    # It disputes claims of that figure, says nothing of others, and stays out of an
    # event's figures. False where the voice calls a story false and gives its own
    # count ("the story is false. He says only 3 died"). See extract/denial.py.
    figure_denied: bool = False
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
    # The report gives the figure as one it then replaces: its first count ("had
    # previously said 70 ... the toll now stands at 93"). Kept, but left out of an
    # event's figures where the standing one is there. See extract/earlier_figures.py.
    earlier_figure: bool = False
    # Whether the claim counts a part of a toll told elsewhere: True a part ("including
    # five children"; "In one house, six were killed" after the report's toll of 70:
    # extract/later_parts.py), left out of an event's figures, related to a toll it fits
    # in, never contradicting it; False a whole toll (the analyst's word); None: its
    # words decide (match/parts.py, `counts_part`). The analyst's word replaces the
    # extractor's (`claim edit --part`).
    part: bool | None = None

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
    # When and by whom the verdict's note was last written: a note is no new verdict
    # (`analyst` and `decided_at` stay the verdict's). None: no note.
    noted_at: str | None = None
    noted_by: str | None = None

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

    @property
    def why(self) -> str:
        """The reason, with the analyst's note after it where they wrote one
        (`with_note`)."""
        return with_note(self.reason, self.note)


def with_note(reason: str, note: str | None) -> str:
    """A link's reason and the analyst's note on it, as the shells and reports show
    them (trial 73c: a note given with `link --relation` showed only in `links --json`;
    the table and the report said "set by an analyst")."""
    return f"{reason}; analyst's note: {note}" if note else reason


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
    # the names of the voices made one with it (by the analyst, or by the machine where
    # they are one name spelled otherwise: "U.N." and "UN"; `store/voice_names.py`)
    aliases: list[str] = []


class VoiceSuggestion(BaseModel):
    """Two voices that may be one source, for the analyst to merge or not
    (`workbench voice suggest`): `reason` says why they may be."""

    voice: Voice
    other: Voice
    reason: str
