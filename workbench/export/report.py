"""What an export holds, as the writers read it: pure data, no database.

The claims, cases, links, verdicts, history and events come as factories of
iterators so that a writer reads each once, one item at a time: 100,000 claims
never sit in memory together. Sources and voices are read on first use, by the
writers that show them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple, TextIO

from workbench.display import figure, revision_line, verdict_line
from workbench.export.citing import Cited, cited, minute
from workbench.export.headline import denial_words, headline
from workbench.export.set_aside import SetAside, nothing_set_aside
from workbench.models import (
    ClaimRow,
    Correction,
    CurrentVerdict,
    EventSummary,
    FigureBefore,
    Mapped,
    SourceSummary,
    Status,
    Summary,
    VerdictChange,
    Voice,
    with_note,
)
from workbench.rows import LinkRow

SCHEMA_VERSION = 2  # 2: events
SHOWN_PER_SIDE = 3  # the strongest opposing and supporting claims a report's case sets out
DEFAULT_TITLE = "Verification report"


@dataclass(frozen=True, slots=True)
class Counterpart:
    """A claim another one is linked to, seen from that other claim."""

    claim: ClaimRow
    reason: str
    score: float
    state: str
    note: str | None = None  # the analyst's note on the link (`link ... --note`)

    @property
    def why(self) -> str:
        """Why the two are linked: the reason and the analyst's note (`with_note`)."""
        return with_note(self.reason, self.note)


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One row of a claim's case history as a report shows it, whatever its kind: a
    verdict set or changed (`verdict_entry`), and any later kind of decision the
    service reads into the history (`Exporter._histories` is the one place to add it).

    `what`: the change in words ("disputed → false"); `at`: an ISO time stamp;
    `corrected`: an analyst's correction of what the machine read, not a verdict."""

    at: str
    analyst: str | None
    what: str
    note: str | None = None
    corrected: bool = False


def verdict_entry(change: VerdictChange) -> HistoryEntry:
    """A verdict's change as a row of the case history."""
    return HistoryEntry(
        at=change.at,
        analyst=change.analyst,
        what=verdict_line(change, "→"),
        note=change.note,
    )


@dataclass(frozen=True, slots=True)
class Case:
    """A claim as a report sets it out: the claim, what opposes and what supports it
    (nothing, for a reviewed claim no other voice contradicts), and its case history,
    oldest first."""

    claim: ClaimRow
    opposing: list[Counterpart]  # the strongest first; a report shows a few
    supporting: list[Counterpart]
    opposing_in_all: int  # how many claims oppose it, shown or not
    supporting_in_all: int
    history: list[HistoryEntry]


@dataclass(frozen=True)
class Publisher:
    """Who signs the ClaimReviews: an organisation when configured, else the analyst."""

    name: str
    kind: str = "Person"  # schema.org type: Person or Organization
    url: str | None = None  # where the report is published; a review is url#claim-ID


@dataclass(frozen=True)
class Report:
    summary: Summary
    read_sources: Callable[[], list[SourceSummary]]
    read_voices: Callable[[], list[Voice]]
    # each document's voices: (name, grade) pairs
    read_voice_grades: Callable[[], dict[int, list[tuple[str, str | None]]]]
    claims: Callable[[], Iterator[ClaimRow]]
    # each with its links counted by relation, rejected ones aside
    counted_claims: Callable[[], Iterator[tuple[ClaimRow, dict[str, int]]]]
    cases: Callable[[], Iterator[Case]]  # the contested claims
    # the reviewed claims no other voice contradicts, each with its note and history
    reviewed: Callable[[], Iterator[Case]]
    links: Callable[[], Iterator[LinkRow]]  # each with the fields of `Link`
    verdicts: Callable[[], Iterator[CurrentVerdict]]
    history: Callable[[], Iterator[VerdictChange]]
    # every analyst's correction of an exported claim, oldest first
    corrections: Callable[[], Iterator[Correction]]
    # each exported claim's latest correction note, by claim id
    read_correction_notes: Callable[[], dict[int, str]]
    publisher: Publisher
    events: Callable[[], Iterator[EventSummary]]  # those holding an exported claim
    # of those, the ones a report sets out: more than one voice, or contested
    reported_events: Callable[[], Iterator[EventSummary]]
    count_events: Callable[[], int]  # how many events hold an exported claim
    event_names: Callable[[], dict[int, tuple[int, str]]]  # claim id -> (event id, name)
    # the claims whose figure a new version of their source revised (`figure_changes`)
    revised: Callable[[], Iterator[ClaimRow]]
    title: str = DEFAULT_TITLE  # the analyst's title for the report (`export --title`)
    # the dismissed spans and rejected links of the exported claims (md and html)
    set_aside: Callable[[], SetAside] = nothing_set_aside

    @cached_property
    def correction_notes(self) -> dict[int, str]:
        """Each corrected claim's latest correction note: read once, by the tables."""
        return self.read_correction_notes()

    @cached_property
    def sources(self) -> list[SourceSummary]:
        """The documents: read once, and only by the writers that show them."""
        return self.read_sources()

    @cached_property
    def voices(self) -> list[Voice]:
        return self.read_voices()

    @cached_property
    def voice_grades(self) -> dict[int, list[tuple[str, str | None]]]:
        return self.read_voice_grades()

    def source_of(self, claim: ClaimRow) -> SourceSummary | None:
        return self.sources_by_id.get(claim.document_id)

    @cached_property
    def sources_by_id(self) -> dict[int, SourceSummary]:
        return {s.id: s for s in self.sources}

    @cached_property
    def citations(self) -> dict[int, Cited]:
        """Each document's citation, by document id: worked out once, not per claim."""
        return {s.id: cited(s) for s in self.sources}

    def cited_of(self, claim: ClaimRow) -> Cited:
        """The citation of the document a claim stands in."""
        return self.citations.get(claim.document_id) or cited(None)


# a writer; GeoJSON's tells what it put on the map
Writer = Callable[[Report, TextIO], Mapped | None]


class Parts(NamedTuple):
    """A writer in three parts, in their order in the output. The middle one, the
    costliest, can be written by a second process while the first writes the others;
    the service splices it in."""

    start: Writer
    middle: Writer
    end: Writer

    def write(self, report: Report, out: TextIO) -> None:
        """The whole output, one part after the other."""
        for part in self:
            part(report, out)


def sections(*writers: Writer, after: str = "") -> Writer:
    """These sections in order, when the database holds any claim; then `after`."""

    def write(report: Report, out: TextIO) -> None:
        if report.summary.claims:
            for section in writers:
                section(report, out)
        out.write(after)

    return write


def scope(summary: Summary) -> str:
    """ "verdicts confirmed, false; contested claims only (12 claims)", or "" for all."""
    limits = [f"verdicts {', '.join(summary.statuses)}"] if summary.statuses else []
    limits += ["contested claims only"] if summary.contested_only else []
    limits += [f"category {summary.category}"] if summary.category else []
    limits += [f"source {summary.source}"] if summary.source else []
    limits += [f"claims holding “{summary.search}”"] if summary.search else []
    limits += ["stale verdicts only"] if summary.stale_only else []
    return f"{'; '.join(limits)} ({summary.exported_claims} claims)" if limits else ""


def history_worth_showing(case: Case) -> list[HistoryEntry]:
    """A case's history when it holds more than one row or a correction, oldest first;
    nothing for a verdict set once, which the verdict's own line already gives (a
    trial's correction and its note, "died in Maroua hospital of wounds", were in no
    report)."""
    if len(case.history) > 1 or any(entry.corrected for entry in case.history):
        return case.history
    return []


def claim_headline(claim: ClaimRow) -> str:
    """ "Claim 27: 24 killed (soldiers) north of Kidal, around 5 February; hedged"."""
    return f"Claim {claim.id}: {headline(claim)}"


def figure_before(claim: ClaimRow) -> FigureBefore | None:
    """The claim of the version before that `claim` revises, or None."""
    stored = claim.figure_changed_from
    return FigureBefore.model_validate_json(stored) if stored else None


def revision(claim: ClaimRow) -> str:
    """ "revised from ≥14: the version before (document 1) said “At least 14 ...”
    (claim 12)", or "" for a claim no new version revised."""
    before = figure_before(claim)
    return revision_line(before) if before else ""


def headline_revised(claim: ClaimRow, why: str | None = None) -> str:
    """The claim's headline, and "; revised, was ≥14 (claim 12)" when a new version of
    its source revised its figure: as the reports' claims tables give it (a claim a
    newer version superseded is not exported: `superseded_line`); `why`: the note of
    the analyst's latest correction of it, if any (`Report.correction_notes`)."""
    before = figure_before(claim)
    was = f"; revised, was {figure(before)} (claim {before.claim_id})" if before else ""
    return headline(claim) + was + corrected(claim, why) + _unreviewed_note(claim)


def corrected(claim: ClaimRow, why: str | None = None) -> str:
    """ "; corrected (the machine read category arrested, place Béni)": what an
    analyst corrected of the machine's reading, so that a report's reader sees the
    figure is the analyst's (a trial's reports showed corrected claims unmarked), and
    why where the correction's note says ('; corrected (the machine read place none:
    "died in Maroua hospital")': a re-trial found the note in the JSON only); "" for
    a claim as the machine read it."""
    if not claim.machine:
        return ""
    read = json.loads(claim.machine)
    said = ", ".join(
        f"{field} {'none' if value is None else value}" for field, value in read.items()
    )
    because = f': "{why}"' if why else ""
    return f"; corrected (the machine read {said}{because})"


def _unreviewed_note(claim: ClaimRow) -> str:
    """ "; note: “…”" for a claim left unreviewed with a note (a reviewed claim's
    note is in its case), else ""."""
    if claim.status != Status.UNREVIEWED or not claim.note:
        return ""
    return f"; note: “{claim.note}”"


def voice_line(claim: ClaimRow) -> str:
    grade = f", grade {claim.voice_grade}" if claim.voice_grade else ", not graded"
    return f"{claim.voice}{grade}"


def hedge(claim: ClaimRow) -> str:
    words = []
    if claim.hedged:
        words.append("hedged")
    if claim.denies or claim.figure_denied:
        words.append(denial_words(claim))
    return ", ".join(words) or "stated plainly"


def decided(c: ClaimRow, inert: Callable[[object], str]) -> str:
    """ " by ana, 2026-12-01 10:36 UTC: “note”": who set the verdict (or wrote a note on
    a claim left unreviewed), when and why; "" when no analyst has. `inert`: the
    writer's escaping, applied to every piece."""
    if c.status == Status.UNREVIEWED and not c.note:
        return ""
    note = f": “{inert(c.note)}”" if c.note else ""
    if c.note and c.noted_at and c.noted_at != c.decided_at:  # a note written later
        by = f"{inert(c.noted_by)}, " if c.noted_by and c.noted_by != c.analyst else ""
        note += f" (noted {by}{inert(minute(c.noted_at))})"
    return f" by {inert(c.analyst)}, {inert(minute(c.decided_at))}{note}"


def history_line(h: HistoryEntry, inert: Callable[[object], str]) -> str:
    """ "2026-12-01 10:36 UTC, ana: disputed → false (“note”)": one row of a case's
    history, every piece through the writer's escaping."""
    note = f" (“{inert(h.note)}”)" if h.note else ""
    return f"{inert(minute(h.at))}, {inert(h.analyst)}: {inert(h.what)}{note}"


def voices_with_grades(report: Report, document_id: int) -> str:
    """ "AFP (B), Malian army (not graded)": a document's voices and their grades."""
    return ", ".join(
        f"{name} ({grade or 'not graded'})"
        for name, grade in report.voice_grades.get(document_id, [])
    )


def more_than_shown(shown: int, in_all: int) -> str:
    """ "and 7 more, all in the JSON export": the counterparts a case leaves out, or ""."""
    return f"and {in_all - shown} more, all in the JSON export" if in_all > shown else ""


EVENTS_INTRO = (
    "Each event gathers the claims that speak of one incident. Its figures count each "
    "independent voice once: a voice restating itself, relaying another or reprinted "
    "elsewhere is one voice. The columns are the counting rules:"
)


def single_voice_note(left: int) -> str:
    if not left:
        return ""
    events = "1 more event rests" if left == 1 else f"{left} more events rest"
    return f"{events} on a single voice; the JSON and CSV exports list every event."


def left_out_line(e: EventSummary) -> str:
    """ "2 claims judged false left out of these figures.", "1 first count its own
    report replaced left out of these figures.", both, or "" when none was."""
    whole = [f for f in e.figures if f.side is None]  # side rows: the same claims again
    lines = []
    if left_out := sum(f.left_out for f in whole):
        claims = "1 claim" if left_out == 1 else f"{left_out} claims"
        lines.append(f"{claims} judged false left out of these figures.")
    if earlier := sum(f.earlier for f in whole):
        counts = "1 first count" if earlier == 1 else f"{earlier} first counts"
        lines.append(f"{counts} their own reports replaced left out of these figures.")
    if denied := sum(f.denied for f in whole):
        figures = "1 figure" if denied == 1 else f"{denied} figures"
        lines.append(f"{figures} a voice denies left out of these figures.")
    return " ".join(lines)


def superseded_line(summary: Summary) -> str:
    """ "3 claims of versions a newer version of their source replaced are superseded:
    neither counted nor set out here; 'workbench claims' and the review queue list
    them, marked superseded.", with how many of them hold a stale verdict (a
    confirmed toll its source revised: a Haiti trial's report said "0 stale verdicts"
    over one); or "" when there are none."""
    left = summary.superseded
    if not left:
        return ""
    claims = "1 claim of a version" if left == 1 else f"{left} claims of versions"
    return (
        f"{claims} a newer version of their source replaced "
        f"{'is' if left == 1 else 'are'} superseded: neither counted nor set out here; "
        "'workbench claims' and the review queue list them, marked superseded."
    ) + _stale_left(summary.stale_superseded)


def _stale_left(stale: int) -> str:
    if not stale:
        return ""
    verdicts = (
        "1 of them has a stale verdict" if stale == 1 else f"{stale} of them have stale verdicts"
    )
    return f" {verdicts} to review: 'workbench claims --stale'."


def exported_line(summary: Summary) -> str:
    """ "Exported 2026-12-01 10:36 UTC · analysts: ana, ben": when, to the minute, and
    who decided anything; never where the database lies."""
    analysts = ", ".join(summary.analysts) or "none yet"
    return f"Exported {minute(summary.exported_at)} · analysts: {analysts}"


REVISED_INTRO = (
    "A new version of each of these claims' sources gives another figure in the same "
    "words as the version before: a toll revised in silence is itself a finding. Both "
    "versions are kept; the command 'workbench document diff ID' shows what else changed. "
    "Each "
    "source's latest version is listed; the claims of those it replaced are superseded "
    "and not exported."
)

REVIEWED_INTRO = (
    "Every other claim an analyst has judged or written a note on, with the verdict, "
    "the analyst's note and the case history; the contested ones are set out above."
)
