"""Correcting the machine: the `claim` group (`claim edit` changes a claim's fields,
`claim dismiss` and `claim restore` take a span that is no claim out and back,
`claim add` adds one by hand from a document's text), and `reextract`, which reads
every stored document again with the current rules, corrections kept."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

from workbench.cli.common import analyst_option, db_option, group_db_option, json_option, opened
from workbench.cli.terminal import console, echo, listing, print_json
from workbench.display import correction_line, field_value, figure, moves_line
from workbench.errors import WorkbenchError
from workbench.models import Correction, ReextractReport
from workbench.vocabulary import QUALIFIERS

if TYPE_CHECKING:
    from workbench.service import Workbench

F = TypeVar("F", bound=Callable[..., Any])

# Each field's option: (name, help). The values are checked by the service.
_FIELDS: tuple[tuple[str, str], ...] = (
    ("value", "The figure as stated (24, 1,200); bounds follow unless given."),
    ("low", "The lowest figure the claim allows; empty: open."),
    ("high", "The highest figure the claim allows; empty: open."),
    ("qualifier", f"How the figure is bounded: {', '.join(QUALIFIERS)}, vague:WORD."),
    ("category", "What it counts: killed, wounded, displaced, troops, ..."),
    ("subject", "Who or what is counted (soldiers, civilians); empty clears it."),
    (
        "side",
        "Whose people it counts: security forces, armed group or civilians (an event's"
        " figures by side); unstated or empty: its subject's words decide. A corrected"
        " subject sets it from its new words.",
    ),
    (
        "currency",
        "A money claim's currency: an ISO 4217 code (USD, EUR, XOF), a sign ($, €, £),"
        " a currency's name (baht, cedis, francs CFA) or a word several countries use"
        " (rupees, pesos, shillings); empty clears it.",
    ),
    ("actor", "Who did it (JNIM, the army); empty clears it."),
    (
        "place",
        "Where, as the text names it (near Kidal); looked up again. A country named"
        " after it puts the claim in that country ('Karimama, Benin').",
    ),
    ("date", "When: 2024-02-05, 2024-02, or first/last; empty clears it."),
    (
        "voice",
        "Who says it: a voice's id or name (one merged into another names the one it"
        " went into), or a new one's name.",
    ),
    ("scope", "incident (one event) or cumulative (a running total)."),
    ("hedged", "yes: the text hedges it (reportedly); no: it does not."),
    (
        "part",
        "yes: it counts a part of a toll (including five children), left out of the"
        " event's figures; no: a whole toll, though its words read as a part.",
    ),
    (
        "denied",
        "yes: the figure is the one its voice denies (rejects reports that 14 were"
        " abducted): it disputes claims of that figure and is left out of the event's"
        " figures; no: the voice's own figure. The voice of a denied figure is who"
        " denies it (the ministry), not whose figure it was.",
    ),
    (
        "earlier",
        "yes: a first count its own report replaces with a later one (the toll rose to"
        " ...), left out of the event's figures where the later one is in; no: a"
        " standing figure, though its words read as an earlier one.",
    ),
)


def field_options(func: F) -> F:
    """--value, --low, ... --hedged: each field a correction may set."""
    for name, help_text in reversed(_FIELDS):
        names = (f"--{name}", "--hedge") if name == "hedged" else (f"--{name}",)
        func = click.option(*names, name, metavar="TEXT", help=help_text)(func)
    return func


def note_option(func: F) -> F:
    """--note: why, kept with the correction."""
    return click.option("--note", help="Why: what you checked, what you found.")(func)


@click.group()
@group_db_option
def claim() -> None:
    """Correct what the machine read: edit a claim, dismiss or restore one, add one.

    Every correction is kept in the claim's history (`workbench history ID`) with
    who made it, when, the old and the new value; the machine's reading stays
    beside it, and re-reading the documents (`workbench reextract`) keeps it.
    """


@claim.command()
@click.argument("claim_id", type=int)
@db_option
@field_options
@note_option
@analyst_option
@json_option
def edit(
    claim_id: int, db: str, note: str | None, analyst: str | None, as_json: bool, **fields: Any
) -> None:
    """Correct a claim's fields; the others stay as they are.

    \b
    Example:
        workbench claim edit 12 --value 30 --note "the ministry's later toll"
        workbench claim edit 12 --voice "JNIM" --date 2024-02-05
        workbench claim edit 12 --qualifier range --low 20 --high 30
    """
    given = {name: value for name, value in fields.items() if value is not None}
    if not given:
        raise click.UsageError("give a field to correct (--value, --place, ...; see --help)")
    with opened(db, analyst=analyst) as workbench:
        new_voice = workbench.names_new_voice(given.get("voice", ""))
        changes = workbench.correct_claim(claim_id, given, note)
        placeless = workbench.claim(claim_id).place is None
        moved = moves_line(workbench.last_moves) if changes else None
    _said(changes, as_json, f"claim {claim_id}: nothing changed (every value is as given)")
    if moved:  # other claims may follow a corrected place or figure out of their event
        echo(f"claim {claim_id}: {moved}", err=True)
    if new_voice and changes:  # a slip would count as one more independent voice
        echo(
            f"claim {claim_id}: {given['voice'].strip()!r} is a new voice"
            " (`workbench voice merge` joins it to another)",
            err=True,
        )
    if given.get("place", "").strip() and changes and placeless:  # a slip, or a village
        echo(
            f"claim {claim_id}: the gazetteer has no place {given['place'].strip()!r} in the"
            " claim's country: kept as typed, with no coordinates"
            " (`workbench gazetteer find` looks names up; name the country after the"
            " place to move the claim there: 'Zemio, Central African Republic')",
            err=True,
        )


@claim.command()
@click.argument("claim_id", type=int)
@db_option
@note_option
@analyst_option
@json_option
def dismiss(claim_id: int, db: str, note: str | None, analyst: str | None, as_json: bool) -> None:
    """Dismiss a span that is not a claim: it leaves the queue, matching, events and
    reports; its history stays, and `claim restore` brings it back.

    \b
    Example:
        workbench claim dismiss 12 --note "a distance, not a toll"
    """
    with opened(db, analyst=analyst) as workbench:
        change = workbench.dismiss_claim(claim_id, note)
    _said([change], as_json, "")


@claim.command()
@click.argument("claim_id", type=int)
@db_option
@note_option
@analyst_option
@json_option
def restore(claim_id: int, db: str, note: str | None, analyst: str | None, as_json: bool) -> None:
    """Bring back a claim that was dismissed.

    \b
    Example:
        workbench claim restore 12
    """
    with opened(db, analyst=analyst) as workbench:
        change = workbench.restore_claim(claim_id, note)
    _said([change], as_json, "")


@claim.command()
@click.argument("document")
@db_option
@click.option("--start", type=click.IntRange(min=0), help="The span's first character.")
@click.option("--end", type=click.IntRange(min=1), help="The character after the span.")
@click.option("--text", "span", help="The span's words: found in the text if no offsets.")
@click.option(
    "--duplicate",
    is_flag=True,
    help="Add it even where a claim of the same category reads part of the span.",
)
@field_options
@note_option
@analyst_option
@json_option
def add(
    document: str,
    db: str,
    start: int | None,
    end: int | None,
    span: str | None,
    duplicate: bool,
    note: str | None,
    analyst: str | None,
    as_json: bool,
    **fields: Any,
) -> None:
    """Add a claim the machine missed, from a span of a stored document's text (its id
    or file name, as `workbench sources` lists them). Give the span by --start and
    --end, or by --text when those words occur once; a category is needed, and a
    figure unless the span states one ("about 40", "800 million riel", "une
    dizaine": read as the extractor reads figures, a sum's currency with it). A span
    a claim of the same category already reads is refused (the event would count it
    twice) unless --duplicate.

    \b
    Example:
        workbench claim add 3 --text "two dozen" --category killed --value 24
        workbench claim add report.txt --start 120 --end 122 --category wounded
    """
    given = {name: value for name, value in fields.items() if value is not None}
    with opened(db, analyst=analyst) as workbench:
        document_id = _document(workbench, document)
        first, last = _span(workbench, document_id, start, end, span)
        added = workbench.add_claim(document_id, first, last, given, note, duplicate=duplicate)
    if as_json:
        print_json([added])
    else:
        echo(f"claim {added.id} added: {added.category.value} {figure(added)} ({added.text!r})")


@click.command()
@db_option
@json_option
def reextract(db: str, as_json: bool) -> None:
    """Read every stored document again with the current extractor rules. Claims are
    paired old to new by document, span and category: a paired claim keeps its id,
    verdicts, notes, links, event and corrections; a claim no longer found is removed,
    unless an analyst worked on it (then kept, and listed). Says what changed.

    \b
    Example:
        workbench reextract
        workbench reextract --json > changes.jsonl
    """
    with opened(db) as workbench:
        report = _reextract_with_progress(workbench)
    for line in report.errors:
        echo(f"workbench: {line}", err=True, one_line=True)
    if as_json:
        print_json(report.changes)
    else:
        _show_changes(report)
    if report.errors:
        raise SystemExit(1)


def _reextract_with_progress(workbench: Workbench) -> ReextractReport:
    """The re-reading, with a progress bar on stderr when that is a terminal."""
    if not sys.stderr.isatty():
        return workbench.reextract()
    columns = ("{task.description}", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("reading again", total=None)
        return workbench.reextract(
            progress=lambda done, total: bar.update(task, completed=done, total=total)
        )


def _said(changes: list[Correction], as_json: bool, nothing: str) -> None:
    if as_json:
        print_json(changes)
        return
    for c in changes:
        echo(f"claim {c.claim_id}: {correction_line(c)} ({c.analyst})")
    if not changes:
        echo(nothing)


def _document(workbench: Workbench, given: str) -> int:
    """A stored document's id from its id, path or file name."""
    for source in workbench.sources():
        if given in (str(source.id), source.path) or source.path.endswith(f"/{given}"):
            return source.id
    raise WorkbenchError(f"no document {given!r}; `workbench sources` lists them")


def _span(
    workbench: Workbench, document_id: int, start: int | None, end: int | None, span: str | None
) -> tuple[int, int]:
    """The span's offsets: as given (checked against --text if that is given too), or
    where --text occurs, once, in the document."""
    if start is not None and end is not None:
        if span is not None and workbench.document(document_id)[0][start:end] != span:
            raise WorkbenchError(
                f"characters {start}-{end} of document {document_id} are not {span!r}"
            )
        return start, end
    if span is None or start is not None or end is not None:
        raise click.UsageError("give the span: --start and --end, or --text")
    text, _ = workbench.document(document_id)
    found = text.count(span)
    if found != 1:
        where = "does not occur" if not found else f"occurs {found} times"
        raise WorkbenchError(f"{span!r} {where} in document {document_id}; give --start and --end")
    first = text.index(span)
    return first, first + len(span)


def _show_changes(report: ReextractReport) -> None:
    table = listing(("change", "claim", "category", "text", "what changed"), max_width=48)
    for c in report.changes:
        what = "; ".join(
            f"{name} {field_value(old)} -> {field_value(new)}"
            + (" (corrected: kept)" if name in c.corrected else "")
            for name, (old, new) in c.fields.items()
        )
        table.add_row(c.change, str(c.claim_id), c.category, c.text, what)
    shown = console()
    if report.changes:
        shown.print(table)
    shown.print(report.summary())


COMMANDS = (claim, reextract)
