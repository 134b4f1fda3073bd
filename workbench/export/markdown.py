"""The verification report as Markdown that renders cleanly on common forges.

Every piece of source text goes through `text()`: one line, Markdown and HTML
control characters escaped, so a quote can neither break a table nor inject markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TextIO

from workbench.display import FIGURE_COLUMNS, event_line, figure_row, printable
from workbench.export.citing import Cited, Footnotes, trace
from workbench.export.report import (
    EVENTS_INTRO,
    REVIEWED_INTRO,
    REVISED_INTRO,
    Case,
    Counterpart,
    Parts,
    Report,
    claim_headline,
    decided,
    exported_line,
    headline_revised,
    hedge,
    history_line,
    history_worth_showing,
    left_out_line,
    more_than_shown,
    revision,
    scope,
    sections,
    single_voice_note,
    superseded_line,
    voice_line,
    voices_with_grades,
)
from workbench.export.set_aside import SET_ASIDE_INTRO, dismissal_line, rejected_line
from workbench.models import FIGURE_RULES, ClaimRow

_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# "&" is markup only where it opens an entity ("&amp;", "&#38;"): elsewhere ("Pont-Sondé &
# Zamzam") it is left as typed, where it was written "&amp;" in the report's own words
_SPECIAL = re.compile(r"&(?=#?\w+;)|[<>\\`*_\[\]#|~$]")
_WORD = r"[^&<>\\`*_\[\]#|~$\s\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]+"
_PLAIN = re.compile(f"{_WORD}(?: {_WORD})*")  # no markup, no space but single, no control
_CLAIM_COLUMNS = ("id", "verdict", "claim", "voice", "source", "quote")
_NOT_IN_AUTOLINK = re.compile(r"[<>\s\\`]")


def text(value: object) -> str:
    """Source text made inert: one line, entities for < > &, backslashes elsewhere,
    control characters (ESC ...) written as escapes (display.printable), so that the
    report printed on a terminal cannot drive it."""
    plain = str(value or "")
    if _PLAIN.fullmatch(plain):  # most text: words and single spaces only, as it is
        return plain
    if not _single_spaced(plain):
        plain = " ".join(plain.split())
    return _SPECIAL.sub(_inert, printable(plain))


def _single_spaced(plain: str) -> bool:
    """No whitespace but single spaces between words: printable() rules out every
    other kind of space, tabs and line breaks."""
    return plain.isprintable() and "  " not in plain and plain[:1] != " " and plain[-1:] != " "


def _inert(match: re.Match[str]) -> str:
    char = match.group()
    return _ENTITIES.get(char) or "\\" + char


def _start(report: Report, out: TextIO) -> None:
    _heading(report, out)
    if not report.summary.claims:
        out.write(
            "Nothing to report yet: the database holds no claims. Load articles with "
            "`workbench ingest PATH`, review them, and export again.\n"
        )
        return
    _summary(report, out)
    _events(report, out)
    _revised(report, out)


def _heading(report: Report, out: TextIO) -> None:
    s = report.summary
    out.write(f"# {text(report.title)}\n\n{text(exported_line(s))}\n\n")
    if limits := scope(s):
        out.write(f"Exported: {limits}.\n\n")


def _summary(report: Report, out: TextIO) -> None:
    s = report.summary
    out.write("## Summary\n\n")
    out.write(
        f"{s.claims} claims from {s.documents} documents and {s.voices} voices; "
        f"{s.contested} contested, {s.stale} stale verdicts, {s.unreviewed} unreviewed.\n\n"
    )
    if left := superseded_line(s):
        out.write(f"{text(left)}\n\n")
    _table(out, ("verdict", "claims"), ((k, str(v)) for k, v in s.by_status.items()))
    _table(out, ("category", "claims"), ((k, str(v)) for k, v in s.by_category.items()))


def _events(report: Report, out: TextIO) -> None:
    out.write(f"## Events\n\n{EVENTS_INTRO}\n\n")
    out.write("".join(f"- {text(rule)}\n" for rule in FIGURE_RULES.values()) + "\n")
    shown = 0
    for e in report.reported_events():
        shown += 1
        out.write(f"### Event {e.id}: {text(e.name)}\n\n{text(event_line(e, with_ids=True))}")
        out.write(" · **contested**\n\n" if e.contested else "\n\n")
        _table(out, FIGURE_COLUMNS, (tuple(map(text, figure_row(f))) for f in e.figures))
        if left_out := left_out_line(e):
            out.write(f"{left_out}\n\n")
    if note := single_voice_note(report.count_events() - shown):
        out.write(f"{note}\n\n")


def _revised(report: Report, out: TextIO) -> None:
    """The claims a new version of their source revised, when there are any."""
    with Footnotes("revised-", _definition) as notes:
        items = [
            f"- {text(claim_headline(c))} — {c.status}; {text(revision(c))}. "
            f"Source: {_cited(report, c, notes)}\n"
            for c in report.revised()
        ]
        if items:
            out.write(f"## Revised figures\n\n{REVISED_INTRO}\n\n{''.join(items)}\n")
            notes.set_down(out, after="\n")


def _definition(label: str, _number: int, note: str) -> str:
    return f"[^{label}]: {note}\n"


def _cases(report: Report, out: TextIO) -> None:
    out.write("## Contested claims\n\n")
    if not _case_list(report, report.cases(), "case-", out):
        out.write("No claim in this export is contradicted by another voice.\n\n")


def _reviewed(report: Report, out: TextIO) -> None:
    out.write(f"## Reviewed claims\n\n{REVIEWED_INTRO}\n\n")
    if not _case_list(report, report.reviewed(), "reviewed-", out):
        out.write("No other claim in this export has been judged yet.\n\n")


def _case_list(report: Report, cases: Iterable[Case], prefix: str, out: TextIO) -> int:
    """Write each case with its footnotes (labelled `prefix` and a number); how many."""
    written = 0
    with Footnotes(prefix, _definition) as notes:
        for case in cases:
            _case(report, case, out, notes)
            written += 1
    return written


def _case(report: Report, case: Case, out: TextIO, notes: Footnotes) -> None:
    c = case.claim
    out.write(f"### {text(claim_headline(c))} — {c.status}\n\n")
    out.write(f"> {text(c.sentence)}\n\n")
    out.write(f"- Voice: {text(voice_line(c))} ({hedge(c)})\n")
    out.write(f"- Source: {_cited(report, c, notes)}\n")
    out.write(f"- Verdict: **{c.status}**{decided(c, text)}\n")
    if c.stale_reason:
        out.write(f"- Stale: {text(c.stale_reason)}\n")
    if revised := revision(c):
        out.write(f"- Revised: {text(revised)}\n")
    if history := history_worth_showing(case):
        out.write(f"- History: {'; '.join(history_line(h, text) for h in history)}\n")
    out.write("\n")
    _counterparts(report, out, notes, "Contradicted by", case.opposing, case.opposing_in_all)
    _counterparts(report, out, notes, "Supported by", case.supporting, case.supporting_in_all)
    notes.set_down(out, after="\n")


def _cited(report: Report, c: ClaimRow, notes: Footnotes, with_url: bool = True) -> str:
    """ "Le Monde, “Title”, 7 February 2013, <https://…>[^case-3]": the claim's source
    cited, its file and span a footnote."""
    source = report.cited_of(c)
    label, _ = notes.add(text(trace(c, source)))
    return f"{_citation(source, with_url)}[^{label}]"


@lru_cache(maxsize=4096)  # a citation per document, the same claim after claim
def _citation(source: Cited, with_url: bool = True) -> str:
    """The citation inert, with its address as an autolink: once per document."""
    url = f", {_autolink(source.url)}" if source.url and with_url else ""
    return text(source.words) + url


def _autolink(url: str) -> str:
    """An http(s) address as a Markdown autolink, which takes it as it is; one with
    characters an autolink cannot hold stays inert text."""
    return f"<{url}>" if not _NOT_IN_AUTOLINK.search(url) else text(url)


def _counterparts(
    report: Report,
    out: TextIO,
    notes: Footnotes,
    title: str,
    others: list[Counterpart],
    in_all: int,
) -> None:
    if not others:
        return
    out.write(f"**{title}**\n\n")
    for o in others:
        c = o.claim
        said = f"{claim_headline(c)} — {c.status}. {voice_line(c)};"
        why = f"“{c.sentence}” Why linked ({o.state}, score {o.score:.2f}): {o.why}"
        out.write(f"- {text(said)} {_cited(report, c, notes)}. {text(why)}\n")
    if more := more_than_shown(len(others), in_all):
        out.write(f"- {more}\n")
    out.write("\n")


def _set_aside(report: Report, out: TextIO) -> None:
    """The spans dismissed and the links rejected, when there are any: a short
    section, each on a line with the analyst's note."""
    found = report.set_aside()
    if not found.dismissed and not found.rejected:
        return
    out.write(f"## Set aside by the analyst\n\n{SET_ASIDE_INTRO}\n\n")
    if found.dismissed:
        out.write("**Dismissed as no claim**\n\n")
        for d in found.dismissed:
            out.write(f"- {text(dismissal_line(d, report.cited_of(d.claim).file))}\n")
        out.write("\n")
    if found.rejected:
        out.write("**Links rejected**\n\n")
        out.write("".join(f"- {text(rejected_line(r))}\n" for r in found.rejected) + "\n")


def _claims(report: Report, out: TextIO) -> None:
    out.write("## Claims\n\n")
    with Footnotes("table-", _definition) as notes:  # "claim-42" read as claim 42
        rows = (_claim_row(report, claim, notes) for claim in report.claims())
        _table(out, _CLAIM_COLUMNS, rows)
        notes.set_down(out, after="\n")


def _claim_row(report: Report, c: ClaimRow, notes: Footnotes) -> tuple[str, ...]:
    return (
        str(c.id),
        c.status,
        text(headline_revised(c, report.correction_notes.get(c.id))),
        text(voice_line(c)),
        _cited(report, c, notes, with_url=False),
        text(c.sentence),
    )


def _sources(report: Report, out: TextIO) -> None:
    out.write("## Sources\n\n")
    columns: tuple[str, ...] = ("source", "file", "voices (grade)", "claims")
    columns += ("confirmed", "disputed", "false")
    rows = (
        (
            _citation(report.citations[s.id]),
            text(report.citations[s.id].file),
            text(voices_with_grades(report, s.id)),
            str(s.claims),
            str(s.confirmed),
            str(s.disputed),
            str(s.false_claims),
        )
        for s in report.sources
    )
    _table(out, columns, rows)


def _table(out: TextIO, columns: tuple[str, ...], rows: Iterable[tuple[str, ...]]) -> None:
    out.write("| " + " | ".join(columns) + " |\n")
    out.write("|" + "---|" * len(columns) + "\n")
    for row in rows:
        out.write("| " + " | ".join(row) + " |\n")
    out.write("\n")


PARTS = Parts(_start, sections(_cases, _reviewed), sections(_set_aside, _claims, _sources))
