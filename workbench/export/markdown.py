"""The verification report as Markdown that renders cleanly on common forges.

Every piece of source text goes through `text()`: one line, Markdown and HTML
control characters escaped, so a quote can neither break a table nor inject markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TextIO

from workbench.display import FIGURE_COLUMNS, event_line, figure, figure_row, printable
from workbench.export.report import (
    EVENTS_INTRO,
    Case,
    Counterpart,
    Parts,
    Report,
    change,
    changes_worth_showing,
    decided,
    described,
    hedge,
    more_than_shown,
    scope,
    sections,
    single_voice_note,
    span,
    voice_line,
    voices_with_grades,
)
from workbench.models import FIGURE_RULES, ClaimRow

_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_SPECIAL = re.compile(r"[&<>\\`*_\[\]#|~$]")
_WORD = r"[^&<>\\`*_\[\]#|~$\s\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]+"
_PLAIN = re.compile(f"{_WORD}(?: {_WORD})*")  # no markup, no space but single, no control
_CLAIM_COLUMNS = ("id", "verdict", "figure", "subject", "place", "date", "voice", "source", "quote")


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


def _heading(report: Report, out: TextIO) -> None:
    s = report.summary
    out.write("# Verification report\n\n")
    out.write(f"Database {text(s.database)} · exported {s.exported_at}")
    out.write(f" · analysts: {text(', '.join(s.analysts)) or 'none yet'}\n\n")
    if limits := scope(s):
        out.write(f"Exported: {limits}.\n\n")


def _summary(report: Report, out: TextIO) -> None:
    s = report.summary
    out.write("## Summary\n\n")
    out.write(
        f"{s.claims} claims from {s.documents} documents and {s.voices} voices; "
        f"{s.contested} contested, {s.stale} stale verdicts, {s.unreviewed} unreviewed.\n\n"
    )
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
    if note := single_voice_note(report.count_events() - shown):
        out.write(f"{note}\n\n")


def _cases(report: Report, out: TextIO) -> None:
    out.write("## Contested claims\n\n")
    written = 0
    for case in report.cases():
        _case(case, out)
        written += 1
    if not written:
        out.write("No claim in this export is contradicted by another voice.\n\n")


def _case(case: Case, out: TextIO) -> None:
    c = case.claim
    out.write(f"### Claim {c.id}: {text(described(c))}, {c.status}\n\n")
    out.write(f"> {text(c.sentence)}\n\n")
    out.write(f"- Voice: {text(voice_line(c))} ({hedge(c)})\n")
    out.write(f"- Source: {text(span(c))}\n")
    out.write(f"- Verdict: **{c.status}**{decided(c, text)}\n")
    if c.stale_reason:
        out.write(f"- Stale: {text(c.stale_reason)}\n")
    if changes := changes_worth_showing(case):
        out.write(f"- History: {'; '.join(change(h, text) for h in changes)}\n")
    out.write("\n")
    _counterparts(out, "Contradicted by", case.opposing, case.opposing_in_all)
    _counterparts(out, "Supported by", case.supporting, case.supporting_in_all)


def _counterparts(out: TextIO, title: str, others: list[Counterpart], in_all: int) -> None:
    if not others:
        return
    out.write(f"**{title}**\n\n")
    for o in others:
        c = o.claim
        line = (
            f"Claim {c.id}: {described(c)}, {voice_line(c)}, {span(c)}, verdict {c.status}. "
            f"“{c.sentence}” Why linked ({o.state}, score {o.score:.2f}): {o.reason}"
        )
        out.write(f"- {text(line)}\n")  # the words around the source text are inert too
    if more := more_than_shown(len(others), in_all):
        out.write(f"- {more}\n")
    out.write("\n")


def _claims(report: Report, out: TextIO) -> None:
    out.write("## Claims\n\n")
    rows = (_claim_row(claim) for claim in report.claims())
    _table(out, _CLAIM_COLUMNS, rows)


def _claim_row(c: ClaimRow) -> tuple[str, ...]:
    return (
        str(c.id),
        c.status,
        text(f"{figure(c)} {c.category}"),
        text(c.subject),
        text(c.location),
        text(c.date or c.date_text),
        text(voice_line(c)),
        text(span(c)),
        text(c.sentence),
    )


def _sources(report: Report, out: TextIO) -> None:
    out.write("## Sources\n\n")
    columns: tuple[str, ...] = ("document", "outlet", "published", "voices (grade)", "claims")
    columns += ("confirmed", "disputed", "false")
    rows = (
        (
            text(s.title or s.path),
            text(s.outlet),
            text(s.published),
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


PARTS = Parts(_start, sections(_cases), sections(_claims, _sources))
