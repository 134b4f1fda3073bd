"""How the sources screen's rows read: its tables' columns, which voices are worth a
row, and a document's fetch, language and a voice's curation in words."""

from __future__ import annotations

from workbench.display import language_shown
from workbench.models import SourceSummary, Voice
from workbench.vocabulary import READ_LANGUAGES

DOCUMENT_COLUMNS = (
    "id",
    "document",
    "version",
    "outlet",
    "published",
    "lang",
    "claims",
    "confirmed",
    "disputed",
    "false",
    "fetched",
    "address",
)
VOICE_COLUMNS = ("id", "voice", "kind", "grade", "claims", "note", "curated")
OUTLET = 20  # an outlet's characters shown at 80-120 columns (`roomy`)


def worth_a_row(voices: list[Voice]) -> list[Voice]:
    """The voices worth a row: those speaking a claim, or graded, noted, merged or
    relaying by the analyst's hand, or named by another as merged into or relayed. A
    voice left with nothing (its claims corrected to another voice, its document
    removed) is not listed: a trial's list kept "author of COMMUNIQUÉ…" at 0 claims.
    `workbench voices` lists every one."""
    named = {v.merged_into for v in voices} | {v.relays for v in voices}
    return [
        v
        for v in voices
        if v.claims or v.grade or v.note or v.merged_into or v.relays or v.name in named
    ]


def fetched(source: SourceSummary) -> str:
    """When the document was fetched or read, to the minute (UTC), and how: "web",
    "file", "stdin"; "" for one loaded before Workbench kept its bytes."""
    if source.fetched_at is None:
        return ""
    return f"{source.fetched_at[:16].replace('T', ' ')} {source.captured_from or ''}".strip()


def curated(v: Voice) -> str:
    """ "merged into X", "relays Y", both, or nothing: what the analyst said of a voice."""
    said = [f"merged into {v.merged_into}"] if v.merged_into else []
    return "; ".join(said + ([f"relays {v.relays}"] if v.relays else []))


def language_cell(code: str | None, comments: str | None) -> str:
    """The language column: "es not read" for a language the extractor does not read
    (its claims are none: a trial saw "es" and 0 claims, and no word why)."""
    shown = language_shown(code, comments)
    return f"{shown} not read" if code is not None and code not in READ_LANGUAGES else shown
