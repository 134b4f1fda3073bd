"""What an ingest did: `IngestReport`, the documents added, skipped and failed, the
claims and links added, the warnings, the new versions (`VersionNote`) and whether it
was interrupted, with the lines the shells show of it (`summary`, `all_warnings`).
`Loading.ingest` (loading.py) and the web's loading (fetching.py) fill it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from workbench.models import counted


@dataclass
class IngestReport:
    """What an ingest did, for the one-line summary."""

    added: int = 0
    skipped: int = 0
    failed: int = 0
    claims: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    interrupted: bool = False
    # interrupted while matching: every document read was stored, and is matched later
    unmatched: bool = False
    document_ids: list[int] = field(default_factory=list)
    links: int = 0
    resumed: int = 0  # documents an earlier, interrupted ingest stored and did not match
    versions: list[VersionNote] = field(default_factory=list)
    # claims of documents removed and loaded again that got their verdicts back
    restored: int = 0
    # the documents skipped as stored already (their ids, where known): metadata
    # given for them (--outlet, --title ...) was not applied to them
    already_loaded: list[int] = field(default_factory=list)
    # the documents stored that gave no claim (their paths): said in one warning
    no_claims: list[str] = field(default_factory=list)
    # the documents stored with claims and no publication date (their paths)
    undated: list[str] = field(default_factory=list)

    def fail(self, line: str) -> None:
        """One source failed: counted, with its one line (`SourceError`'s message)."""
        self.failed += 1
        self.errors.append(line)

    def absorb(self, other: IngestReport) -> None:
        """Add what another ingest of the same command did to this report."""
        for name in ("added", "skipped", "failed", "claims", "links", "resumed", "restored"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors += other.errors
        self.warnings += other.warnings
        self.document_ids += other.document_ids
        self.versions += other.versions
        self.already_loaded += other.already_loaded
        self.no_claims += other.no_claims
        self.undated += other.undated
        self.interrupted = self.interrupted or other.interrupted
        self.unmatched = self.unmatched or other.unmatched

    def all_warnings(self) -> list[str]:
        """The lines a shell shows as warnings: each document's (a language not read,
        a decoding guessed), then one for the documents that gave no claim and one for
        those with no publication date."""
        return [*self.warnings, *filter(None, [self.no_claim_warning(), self.undated_warning()])]

    def undated_warning(self) -> str | None:
        """One line for the documents stored with claims and no publication date: the
        days they name ("on Tuesday") cannot be placed, and their reports of one
        incident may not meet (a trial's 14 undated reports of 4 incidents made 34
        events, 16 once dated, with no word at ingest)."""
        if not self.undated:
            return None
        one = len(self.undated) == 1
        it, its = ("it", "its") if one else ("them", "their")
        which = (
            self.undated[0] if one else f"{len(self.undated)} documents ({listed(self.undated)})"
        )
        return (
            f"{which}: no publication date, so a weekday or a relative day named in {it}"
            f" (such as 'on Tuesday' or 'yesterday') cannot be placed and {its} reports of one"
            " incident may not"
            " meet; give --published or a NAME.json, or `workbench document edit ID"
            " --published DATE`"
        )

    def no_claim_warning(self) -> str | None:
        """One line for the documents stored that gave no claim, naming the first few
        (a file loaded by mistake is seen; a folder of a thousand is one line)."""
        if not self.no_claims:
            return None
        if len(self.no_claims) == 1:
            return (
                f"{self.no_claims[0]}: no claim found in it; it is stored"
                " (`workbench document remove` takes it out)"
            )
        return (
            f"{len(self.no_claims)} documents gave no claim ({listed(self.no_claims)});"
            " they are stored (`workbench document remove` takes one out)"
        )

    def summary(self) -> str:
        """The ingest in one line: documents added, skipped, failed; claims and links
        added; the documents an interruption left unmatched; the new versions."""
        line = (
            f"{counted(self.added, 'document')} added, {self.skipped} skipped as already"
            f" loaded, {self.failed} failed; {counted(self.claims, 'claim')} added"
        )
        if self.unmatched:  # all stored: what is left is the matching
            line += "; matching interrupted (the next ingest, or opening the review, matches them)"
        elif self.interrupted:
            line += " before the interruption (load the same files again to add the rest)"
        elif self.added or self.resumed:
            line += f"; {counted(self.links, 'link')} suggested"
        if self.resumed:
            stored = counted(self.resumed, "document")
            were = "was" if self.resumed == 1 else "were"
            line += (
                f" ({stored} stored but not matched, by an interrupted ingest or one"
                f" running beside this, {were} matched too)"
            )
        if self.versions:
            changed = sum(len(v.figure_changes) for v in self.versions)
            line += f"; {counted(len(self.versions), 'new version')} of sources already loaded"
            line += f" ({counted(changed, 'claim')} with a changed figure)" if changed else ""
        if self.restored:
            line += (
                f"; {counted(self.restored, 'verdict')} of removed copies given back"
                " (workbench document archive lists what they had)"
            )
        return line


@dataclass
class VersionNote:
    """A document stored as a new version of one loaded before from the same address:
    both ids, the address, how many lines the diff adds and removes (`workbench
    document diff ID` shows it), and each claim whose figure changed, in words."""

    document_id: int
    previous_id: int | None
    source: str
    lines_added: int
    lines_removed: int
    figure_changes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The note as lines for the terminal: the version, then each figure changed."""
        head = (
            f"{self.source}: document {self.document_id} is a new version of document"
            f" {self.previous_id} (+{self.lines_added} -{self.lines_removed} lines;"
            f" workbench document diff {self.document_id})"
        )
        return [head, *(f"  {change}" for change in self.figure_changes)]


def listed(paths: list[str]) -> str:
    """ "a.txt, b.txt, c.txt and 9 more": the first few files' names."""
    named = ", ".join(Path(p).name for p in paths[:3])
    more = len(paths) - 3
    return named + (f" and {more} more" if more > 0 else "")
