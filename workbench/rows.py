"""The rows the store gives the layers above it, as declared types.

Each is a row as SQLite returns it, unvalidated: statuses, relations and categories
are plain strings (the values of workbench/vocabulary.py), flags 0 or 1, time stamps
the ISO 8601 UTC strings the store writes (`store.values.now`). The service turns
most of them into the pydantic models of workbench/models/; the reports and the
matcher read some as they are, where validating 100,000 models would cost most of
the time.

A `TypedDict` costs nothing at run time: a row is still the plain dict sqlite-utils
makes, and the store's one cast (`Connection._iter_rows`) declares its shape;
tests/test_rows.py checks each query's columns against its type. `ClaimRow` is a
`NamedTuple`, the one row read as a tuple (an export streams 100,000 of them).

Pure: no database, no pydantic; `workbench.models` re-exports `ClaimRow`.
"""

from __future__ import annotations

from typing import NamedTuple, TypedDict

from workbench.vocabulary import Number

# -- claims (store/claims.py) ---------------------------------------------------


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
    place: str | None  # JSON of workbench/located.py's ClaimPlace; "" none found
    earlier_figure: int  # 0 or 1: a figure its report replaced (extract/earlier_figures.py)
    status: str
    note: str | None
    analyst: str | None
    decided_at: str | None
    stale_reason: str | None
    machine: str | None = None  # JSON: the machine's reading of each corrected field
    dismissed: int = 0  # 1: an analyst dismissed it as no claim
    added_by: str | None = None  # the analyst who added it by hand; None: the extractor
    # JSON of the claim of the source's version before that this one revises (the
    # same words, another figure: `figure_changes`); None: no revision
    figure_changed_from: str | None = None
    # the document of the newer version of its source that replaced this claim's
    # (`claims.SUPERSEDED`: not matched, not counted in events); None: not replaced
    superseded_by: int | None = None
    # when and by whom its verdict's note was last written (`decided_at`, `analyst`:
    # the verdict's own); None: no note
    noted_at: str | None = None
    noted_by: str | None = None
    part: int | None = None  # the analyst's: 1 a part of a toll, 0 a whole one; None: words
    figure_denied: int = 0  # 1: the figure is the one its voice denies (extract/denial.py)


class ClaimDict(TypedDict):
    """The same row as `ClaimRow`, as a dict (`Store.claims`, `Store.claim`,
    `Store.claims_by_id`): the claims table joined with its document's path
    (`source`), its voice's name and grade, and its verdict (`status` "unreviewed"
    and the rest None when there is none). What the service validates into
    `StoredClaim`; tests/test_rows.py keeps its fields and `ClaimRow`'s the same."""

    id: int
    source: str  # the document's path
    document_id: int
    voice_id: int
    voice: str  # the voice's name
    voice_grade: str | None  # its reliability, A-F; None: not graded
    start: int  # character offsets of `text` in the document's text
    end: int
    text: str
    sentence: str
    category: str  # a Category value
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
    hedged: int  # 0 or 1
    denies: int  # 0 or 1
    country: str | None
    section: str  # a BlockKind value
    comment: str | None
    commenter: str | None
    scope: str  # a Scope value
    period: str | None
    origin: str | None
    place: str | None  # JSON of workbench/located.py's ClaimPlace; "" none found
    earlier_figure: int  # 0 or 1: a figure its report replaced (extract/earlier_figures.py)
    status: str  # a Status value
    note: str | None
    analyst: str | None
    decided_at: str | None
    stale_reason: str | None
    machine: str | None  # JSON {field: the machine's value} of the fields corrected
    dismissed: int  # 0 or 1: dismissed by an analyst as no claim
    added_by: str | None  # the analyst who added it by hand; None: the extractor
    figure_changed_from: str | None  # JSON of `models.FigureBefore`
    superseded_by: int | None  # the newer version's document; None: not replaced
    noted_at: str | None  # when its verdict's note was last written; None: no note
    noted_by: str | None  # by whom
    part: int | None  # 1: a part of a toll, 0: a whole one, by the analyst; None: its words
    figure_denied: int  # 0 or 1: the figure is the one its voice denies (extract/denial.py)


class MatchInputRow(TypedDict):
    """What the matcher reads of a claim (`Store.match_inputs`): the claims table with
    its voice's name and its document's dates; `MatchInput.from_row` takes it."""

    id: int
    document_id: int
    voice_id: int
    voice: str
    category: str  # a Category value
    low: Number | None
    high: Number | None
    value: Number | None
    qualifier: str
    subject: str | None
    unit: str | None
    location: str | None
    country: str | None
    date: str | None  # ISO 8601, as `Claim.date`
    published: str | None  # the document's publication date, ISO 8601
    loaded_at: str  # when the document was stored
    sentence: str
    text: str
    denies: int  # 0 or 1
    section: str  # a BlockKind value
    date_text: str | None
    scope: str  # a Scope value: "incident" or "cumulative"
    place: str | None  # JSON of workbench/located.py's ClaimPlace; "" none found
    status: str  # the analyst's verdict, a Status value ("unreviewed" when none)
    language: str | None  # the document's, ISO 639-1; None: not known
    earlier_figure: int  # 0 or 1: a figure its report replaced (extract/earlier_figures.py)
    part: int | None  # the analyst's: 1 a part of a toll, 0 a whole one; None: its words
    figure_denied: int  # 0 or 1: the figure is the one its voice denies (extract/denial.py)


# -- documents and voices (store/documents.py, store/voices.py) -----------------


class DocumentRow(TypedDict):
    """A stored document with its claims counted (`Store.documents`): the documents
    table, and per verdict how many of its claims have it. The fields of
    `SourceSummary`."""

    id: int
    path: str
    sha256: str  # of the file's bytes
    format: str  # txt, md or html
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None  # ISO 8601 date
    loaded_at: str
    language: str | None  # ISO 639-1 code; None: stored before languages were
    comment_languages: str | None  # its comments' other languages, space-separated
    page_starts: str | None  # a PDF's pages: where each starts in the text, space-separated
    fetched_at: str | None  # when it was fetched or read (ISO, UTC); None: no capture
    capture_sha256: str | None  # the SHA-256 of the bytes kept (store/captures.py)
    captured_from: str | None  # "web", "file", "stdin" (`Capture.way_in`); None: no capture
    claims: int
    voices: int  # distinct voices among its claims
    confirmed: int
    disputed: int
    false_claims: int  # claims whose verdict is "false"
    unverifiable: int
    # A version of a source read more than once (`versions`): the document of the
    # version before and of the one after (None: none), its number (1 the first) and
    # how many versions its address has; all None for a source read once.
    previous_version: int | None
    next_version: int | None
    version: int | None
    version_count: int | None


class VoiceRow(TypedDict):
    """A row of the voices table (`Store.find_voice`)."""

    id: int
    name: str
    kind: str  # outlet, speaker or commenter
    grade: str | None  # reliability, A-F (a Reliability value); None: not graded
    note: str | None


class CountedVoiceRow(VoiceRow):
    """A voice with how many claims it speaks (`Store.voices`): the fields of `Voice`."""

    claims: int


# -- verdicts and grades (store/verdicts.py) ------------------------------------


class HistoryRow(TypedDict):
    """A row of the verdict_history table (`Store.history`, `Store.histories`,
    `Store.iter_history`, and the row `Store.set_verdict` appends): the fields of
    `VerdictChange`."""

    claim_id: int
    old_status: str  # a Status value; "unreviewed" before the first verdict
    new_status: str
    note: str | None  # None: the verdict kept the note the claim had
    analyst: str
    at: str


class VerdictRow(TypedDict):
    """A reviewed claim's verdict as it stands, a row of the verdicts table
    (`Store.iter_verdicts`): the fields of `CurrentVerdict`."""

    claim_id: int
    status: str  # a Status value, never "unreviewed"
    note: str | None
    analyst: str
    decided_at: str
    stale_reason: str | None  # why a new source calls it into question; None: it stands
    noted_at: str | None  # when its note was last written; None: no note
    noted_by: str | None  # by whom


class GradeRow(TypedDict):
    """An analyst's credibility grade of a claim, a row of the claim_credibility table
    (`Store.credibility_grades`)."""

    claim_id: int
    grade: int  # 1 confirmed by other sources ... 6 cannot be judged
    note: str | None
    analyst: str
    graded_at: str


# -- links (store/links.py) -----------------------------------------------------


class LinkRow(TypedDict):
    """A row of the links table (`Store.links`, `Store.links_between`,
    `Store.set_link`, `Store.iter_links`): the fields of `Link`. `a_id` < `b_id`."""

    id: int
    a_id: int
    b_id: int
    relation: str  # a Relation value
    score: float  # the matcher's confidence, 0 to 1; an analyst's own link 1.0
    reason: str  # why, in words
    state: str  # a LinkState value
    origin: str  # machine or analyst
    note: str | None
    analyst: str | None  # who decided it; None: a machine suggestion no one touched
    updated_at: str


class RankedLinkRow(TypedDict):
    """One of a claim's strongest links of a relation, seen from that claim
    (`Store.strongest_links`): what a report's case shows as a counterpart."""

    claim: int  # the claim it is seen from
    other: int  # the claim at the other end
    relation: str  # a Relation value
    score: float  # 0 to 1, as `LinkRow.score`
    reason: str
    state: str  # a LinkState value
    note: str | None  # the analyst's note on the link, if any
    in_all: int  # how many links of this relation the claim has, rejected ones aside


# -- counts (store/counts.py) ---------------------------------------------------


class ClaimCounts(TypedDict):
    """The claims the database holds, counted (`Store.summary_counts`): the shells'
    summary line."""

    claims: int
    contested: int  # claims a contradicts link touches, rejected links aside
    unreviewed: int
    # claims of a version a newer one replaced (dismissed ones aside): left out of the
    # other three when the caller asked for current claims only
    superseded: int


class Tally(TypedDict):
    """What a report's summary counts across the tables (`Store.tally`)."""

    by_status: dict[str, int]  # claims by Status value, every status present
    by_category: dict[str, int]  # claims by Category value, most first
    analysts: list[str]  # everyone who gave a verdict or decided a link, sorted
    stale: int  # verdicts a new source calls into question
    stale_superseded: int  # of those, verdicts on claims a newer version replaced
    documents: int
    voices: int


# -- curation and the archive (store/curation.py, store/archive.py) -------------


class CurationLogRow(TypedDict):
    """A row of the curation_log table (`Store.curation_log`): one change an analyst
    made to a voice or a document: the fields of `CurationChange`."""

    id: int
    subject: str  # voice or document
    target: str  # the voice's key, the document's sha256
    action: str  # rename, merge, unmerge, relay; edit FIELD, remove
    old: str | None  # the value before (JSON for a removed document's metadata)
    new: str | None
    analyst: str
    at: str


class ArchivedClaimRow(TypedDict):
    """A claim of a removed document as archived (`Store.archived_claims`): the fields
    of `ArchivedClaim`."""

    claim_id: int
    document_sha256: str
    document_path: str
    start: int
    end: int
    text: str
    category: str
    voice: str
    status: str | None  # its verdict when removed; None: never reviewed
    note: str | None
    analyst: str | None
    decided_at: str | None
    links: str  # JSON: the links an analyst decided or made, as they stood
    removed_by: str
    removed_at: str
    credibility: str | None  # JSON: its grade (grade, note, analyst, graded_at); None: none


# -- corrections (store/corrections.py) -------------------------------------------


class CorrectionRow(TypedDict):
    """One row of a claim's corrections history (`Store.correct`, `Store.corrections`,
    `Store.iter_corrections`): the field an analyst changed ("value", "place", ...,
    "dismissed", "added") and its old and new value as JSON text."""

    claim_id: int
    field: str
    old_value: str | None  # JSON
    new_value: str | None  # JSON
    note: str | None
    analyst: str
    at: str


class StoredTextRow(TypedDict):
    """A stored document as `reextract` reads it again (`Store.stored_text`): its
    metadata and its text as it was read."""

    id: int
    path: str
    sha256: str
    format: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None  # ISO 8601 date
    text: str
    language: str | None  # ISO 639-1 code; None: stored before languages were
