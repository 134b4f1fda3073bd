"""The verification report as one self-contained HTML file: inline CSS, no scripts,
prints well. Every piece of source text is escaped; only http(s) addresses link."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from html import escape
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

_STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; max-width: 70rem; margin: 2rem auto;
       padding: 0 1rem; color: #1b1b1b; }
h1, h2, h3 { line-height: 1.2; } h2 { border-bottom: 1px solid #ccc; padding-bottom: .2rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.5rem; font-size: 13px; }
th, td { border: 1px solid #ccc; padding: .25rem .4rem; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
blockquote { margin: .5rem 0; padding: .3rem .8rem; border-left: 4px solid #999;
             background: #f7f7f7; }
.case { border: 1px solid #ddd; border-radius: 4px; padding: .2rem 1rem 1rem;
        margin: 1rem 0; break-inside: avoid; }
.status { font-weight: bold; text-transform: uppercase; font-size: 12px; padding: 0 .3rem;
          border-radius: 3px; background: #eee; }
.confirmed { background: #d7f0d7; } .disputed { background: #fbe6c2; }
.false { background: #f6cdcd; } .unverifiable { background: #e0e0f4; }
.why { color: #555; font-size: 13px; }
code { font-size: 12px; }
.notes { font-size: 12px; color: #555; } sup a { text-decoration: none; }
@media print { body { margin: 0; max-width: none; font-size: 11pt; } a { color: inherit; }
               thead { display: table-header-group; } tr { break-inside: avoid; } }
"""


# what escape() changes, and control characters (ESC ...); most text has none
_MARKUP = re.compile("[&<>\"'\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def esc(value: object) -> str:
    """Text for HTML: markup escaped, control characters written as `\\x1b`."""
    plain = str(value or "")
    return escape(printable(plain), quote=True) if _MARKUP.search(plain) else plain


def link(url: str | None, label: str) -> str:
    """An anchor for web addresses only: a javascript: or data: URL stays plain text."""
    if url and url.lower().startswith(("http://", "https://")):
        return f'<a href="{esc(url)}">{esc(label)}</a>'
    return esc(label)


def _start(report: Report, out: TextIO) -> None:
    s = report.summary
    out.write(
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{esc(report.title)}</title>\n"
        f"<style>{_STYLE}</style>\n</head>\n<body>\n<h1>{esc(report.title)}</h1>\n"
        f"<p>{esc(exported_line(s))}</p>\n"
    )
    if not s.claims:
        out.write(
            "<p>Nothing to report yet: the database holds no claims. Load articles with "
            "<code>workbench ingest PATH</code>, review them, and export again.</p>\n"
        )
    else:
        _summary(report, out)
        _events(report, out)
        _revised(report, out)


def _summary(report: Report, out: TextIO) -> None:
    s = report.summary
    if limits := scope(s):
        out.write(f"<p>Exported: {esc(limits)}.</p>\n")
    out.write(
        f"<h2>Summary</h2>\n<p>{s.claims} claims from {s.documents} documents and "
        f"{s.voices} voices; {s.contested} contested, {s.stale} stale verdicts, "
        f"{s.unreviewed} unreviewed.</p>\n"
    )
    if left := superseded_line(s):
        out.write(f"<p>{esc(left)}</p>\n")
    _table(out, ("verdict", "claims"), [(esc(k), str(v)) for k, v in s.by_status.items()])
    _table(out, ("category", "claims"), [(esc(k), str(v)) for k, v in s.by_category.items()])


def _events(report: Report, out: TextIO) -> None:
    rules = "".join(f"<li>{esc(rule)}</li>" for rule in FIGURE_RULES.values())
    out.write(f"<h2>Events</h2>\n<p>{esc(EVENTS_INTRO)}</p>\n<ul>{rules}</ul>\n")
    shown = 0
    for e in report.reported_events():
        shown += 1
        contested = " · <strong>contested</strong>" if e.contested else ""
        out.write(
            f'<section class="case" id="event-{e.id}">\n<h3>Event {e.id}: {esc(e.name)}</h3>\n'
            f"<p>{esc(event_line(e, with_ids=True))}{contested}</p>\n"
        )
        _table(out, FIGURE_COLUMNS, [tuple(map(esc, figure_row(f))) for f in e.figures])
        if left_out := left_out_line(e):
            out.write(f'<p class="why">{esc(left_out)}</p>\n')
        out.write("</section>\n")
    if note := single_voice_note(report.count_events() - shown):
        out.write(f"<p>{esc(note)}</p>\n")


def _revised(report: Report, out: TextIO) -> None:
    """The claims a new version of their source revised, when there are any."""
    with Footnotes("revised-", _definition) as notes:
        items = [
            f'<li id="revised-claim-{c.id}">{esc(claim_headline(c))} {_status(c.status)}; '
            f"{esc(revision(c))}. Source: {_cited(report, c, notes)}</li>\n"
            for c in report.revised()
        ]
        if items:
            out.write(f"<h2>Revised figures</h2>\n<p>{esc(REVISED_INTRO)}</p>\n")
            out.write(f"<ul>\n{''.join(items)}</ul>\n")
            notes.set_down(out, *_NOTES)


def _definition(label: str, number: int, note: str) -> str:
    return f'<li id="{label}" value="{number}">{note} <a href="#to-{label}">↩</a></li>\n'


_NOTES = ('<ol class="notes">\n', "</ol>\n")


def _cases(report: Report, out: TextIO) -> None:
    out.write("<h2>Contested claims</h2>\n")
    if not _case_list(report, report.cases(), "case-", out):
        out.write("<p>No claim in this export is contradicted by another voice.</p>\n")


def _reviewed(report: Report, out: TextIO) -> None:
    out.write(f"<h2>Reviewed claims</h2>\n<p>{esc(REVIEWED_INTRO)}</p>\n")
    if not _case_list(report, report.reviewed(), "reviewed-", out):
        out.write("<p>No other claim in this export has been judged yet.</p>\n")


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
    out.write(
        f'<section class="case" id="claim-{c.id}">\n'
        f"<h3>{esc(claim_headline(c))} {_status(c.status)}</h3>\n"
        f"{_quote(report, c)}\n<ul>\n"
        f"<li>Voice: {esc(voice_line(c))} ({esc(hedge(c))})</li>\n"
        f"<li>Source: {_cited(report, c, notes)}</li>\n"
        f"<li>Verdict: {_status(c.status)}{decided(c, esc)}</li>\n"
    )
    if c.stale_reason:
        out.write(f"<li>Stale: {esc(c.stale_reason)}</li>\n")
    if revised := revision(c):
        out.write(f"<li>Revised: {esc(revised)}</li>\n")
    if history := history_worth_showing(case):
        items = "".join(f"<li>{history_line(h, esc)}</li>" for h in history)
        out.write(f"<li>History:<ol>{items}</ol></li>\n")
    out.write("</ul>\n")
    _counterparts(report, out, notes, "Contradicted by", case.opposing, case.opposing_in_all)
    _counterparts(report, out, notes, "Supported by", case.supporting, case.supporting_in_all)
    notes.set_down(out, *_NOTES)
    out.write("</section>\n")


def _cited(report: Report, c: ClaimRow, notes: Footnotes, with_url: bool = True) -> str:
    """The claim's source cited by outlet, title, date (and linked address), its file
    and span a footnote."""
    source = report.cited_of(c)
    label, number = notes.add(esc(trace(c, source)))
    mark = f'<sup><a href="#{label}" id="to-{label}">{number}</a></sup>'
    return _citation(source, with_url) + mark


@lru_cache(maxsize=4096)  # a citation per document, the same claim after claim
def _citation(source: Cited, with_url: bool = True) -> str:
    """The citation escaped, with its address linked: once per document."""
    url = f", {link(source.url, source.url)}" if source.url and with_url else ""
    return esc(source.words) + url


def _quote(report: Report, c: ClaimRow) -> str:
    """The claim's sentence quoted in its source's words, marked with their language
    where it is not the report's (a screen reader or a translator then reads it so)."""
    return f"<blockquote{_lang(report, c)}>{esc(c.sentence)}</blockquote>"


def _lang(report: Report, c: ClaimRow) -> str:
    """` lang="fr"` for a claim of a source in another language than English."""
    source = report.source_of(c)
    language = source.language if source is not None else None
    return f' lang="{esc(language)}"' if language and language != "en" else ""


def _status(status: str) -> str:
    return f'<span class="status {esc(status)}">{esc(status)}</span>'


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
    out.write(f"<p><strong>{title}</strong></p>\n<ul>\n")
    for o in others:
        c = o.claim
        out.write(
            f"<li>{esc(claim_headline(c))} {_status(c.status)} · {esc(voice_line(c))}; "
            f"{_cited(report, c, notes)}"
            f"{_quote(report, c)}"
            f'<span class="why">Why linked ({esc(o.state)}, score {o.score:.2f}): '
            f"{esc(o.why)}</span></li>\n"
        )
    if more := more_than_shown(len(others), in_all):
        out.write(f"<li>{esc(more)}</li>\n")
    out.write("</ul>\n")


def _set_aside(report: Report, out: TextIO) -> None:
    """The spans dismissed and the links rejected, when there are any (as Markdown's)."""
    found = report.set_aside()
    if not found.dismissed and not found.rejected:
        return
    out.write(f"<h2>Set aside by the analyst</h2>\n<p>{esc(SET_ASIDE_INTRO)}</p>\n")
    lines = [
        (
            "Dismissed as no claim",
            [dismissal_line(d, report.cited_of(d.claim).file) for d in found.dismissed],
        ),
        ("Links rejected", [rejected_line(r) for r in found.rejected]),
    ]
    for title, items in lines:
        if items:
            out.write(f"<h3>{title}</h3>\n<ul>\n")
            out.write("".join(f"<li>{esc(item)}</li>\n" for item in items) + "</ul>\n")


def _claims(report: Report, out: TextIO) -> None:
    out.write("<h2>Claims</h2>\n")
    columns = ("id", "verdict", "claim", "voice", "source", "quote")
    with Footnotes("table-", _definition) as notes:  # "claim-42" read as claim 42
        _table(out, columns, (_claim_cells(report, claim, notes) for claim in report.claims()))
        notes.set_down(out, *_NOTES)


def _claim_cells(report: Report, c: ClaimRow, notes: Footnotes) -> tuple[str, ...]:
    return (
        str(c.id),
        _status(c.status),
        esc(headline_revised(c, report.correction_notes.get(c.id))),
        esc(voice_line(c)),
        _cited(report, c, notes, with_url=False),
        f"<span{_lang(report, c)}>{esc(c.sentence)}</span>",
    )


def _sources(report: Report, out: TextIO) -> None:
    out.write("<h2>Sources</h2>\n")
    columns: tuple[str, ...] = ("source", "file", "voices (grade)", "claims")
    columns += ("confirmed", "disputed", "false")
    rows = (
        (
            _citation(report.citations[s.id]),
            f"<code>{esc(report.citations[s.id].file)}</code>",
            esc(voices_with_grades(report, s.id)),
            str(s.claims),
            str(s.confirmed),
            str(s.disputed),
            str(s.false_claims),
        )
        for s in report.sources
    )
    _table(out, columns, rows)


def _table(out: TextIO, columns: tuple[str, ...], rows: Iterable[tuple[str, ...]]) -> None:
    """A table of cells already escaped (or built of escaped parts)."""
    out.write("<table>\n<thead><tr>")
    out.write("".join(f"<th>{esc(c)}</th>" for c in columns))
    out.write("</tr></thead>\n<tbody>\n")
    for row in rows:
        out.write("<tr><td>" + "</td><td>".join(row) + "</td></tr>\n")
    out.write("</tbody>\n</table>\n")


PARTS = Parts(
    _start,
    sections(_cases, _reviewed),
    sections(_set_aside, _claims, _sources, after="</body>\n</html>\n"),
)
