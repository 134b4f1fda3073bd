"""The `workbench` command line: a thin shell over the extraction and store APIs."""

from __future__ import annotations

import dataclasses
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click
from pydantic import BaseModel
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

from workbench import __version__
from workbench.cli_options import http_url_option, max_size_option
from workbench.display import (
    FIGURE_COLUMNS,
    credibility_line,
    days,
    event_line,
    figure,
    figure_row,
    graded_voice,
    printable,
)
from workbench.errors import WorkbenchError
from workbench.export import FORMATS, Publisher
from workbench.extract import iter_claims
from workbench.ingest import read_source
from workbench.ingest.files import Metadata
from workbench.ingest.limits import size_limit
from workbench.models import Claim, EventDetail
from workbench.service import Exporter, IngestReport, Workbench
from workbench.store import GRADES, RELATIONS, STATUSES, ClaimFilter
from workbench.terminal import LiteralTable as Table
from workbench.terminal import echo, error_line, json_line, styled

F = TypeVar("F", bound=Callable[..., Any])


@click.group(invoke_without_command=True)
@click.version_option(__version__, prog_name="workbench")
@click.option(
    "--db",
    envvar="WORKBENCH_DB",
    default="claims.db",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="The claims database the review opens.",
)
@click.pass_context
def main(ctx: click.Context, db: str) -> None:
    """Workbench: find, check and report the factual claims in conflict reporting.

    Without a command, opens the review TUI on the database (see `review`).
    """
    if ctx.invoked_subcommand is None:
        _review(db)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per claim per line.")
@max_size_option
def extract(paths: tuple[str, ...], as_json: bool, max_size: int | None) -> None:
    """Print the claims found in text, Markdown or HTML files.

    \b
    Example:
        workbench extract seeds/*.txt
        workbench extract article.html --json > claims.jsonl

    A file that cannot be read gets a one-line error on stderr; the other files
    are still processed, and the exit status is 1.
    """
    failed = False
    rows: list[tuple[Claim, int]] = []
    for path in paths:
        try:
            with size_limit(max_size):
                document = read_source(path)
        except WorkbenchError as error:
            echo(f"workbench: {error}", err=True, one_line=True)
            failed = True
            continue
        if as_json:
            _print_json(iter_claims(document))  # printed as found: none is kept
        else:
            rows.extend(_with_lines(document.text, iter_claims(document)))
    if not as_json:
        _print_table(rows)
    sys.exit(1 if failed else 0)


def _with_lines(text: str, claims: Iterable[Claim]) -> Iterator[tuple[Claim, int]]:
    """Each claim (in reading order) with the number of the line it starts on,
    counted on from the claim before: one pass over the text, however many claims."""
    line, counted = 1, 0
    for claim in claims:
        if claim.start < counted:  # not in reading order: count from the top again
            line, counted = 1, 0
        line += text.count("\n", counted, claim.start)
        counted = claim.start
        yield claim, line


def _console() -> Console:
    """A console as wide as the terminal, or wide enough for a file or a pipe."""
    return Console(width=None if sys.stdout.isatty() else 200)


def _print_json(items: Iterable[BaseModel]) -> None:
    """One JSON object a line: the shapes of workbench/models.py."""
    out = sys.stdout
    for item in items:
        out.write(json_line(json.dumps(item.model_dump(mode="json"), ensure_ascii=False)))
        out.write("\n")


def _print_table(rows: list[tuple[Claim, int]]) -> None:
    cells = [
        (
            printable(f"{Path(claim.source).name}:{line}"),
            claim.category.value,
            figure(claim),
            claim.subject or "",
            claim.location or "",
            claim.date or claim.date_text or "",
            claim.attribution or "",
        )
        for claim, line in rows
    ]
    console = _console()
    table = Table(header_style="bold", box=None, pad_edge=False)
    for index, column in enumerate(("where", "category", "figure")):
        width = max((len(row[index]) for row in cells), default=len(column))
        table.add_column(column, no_wrap=True, min_width=width)
    for column in ("subject", "place", "date", "voice"):
        table.add_column(column, overflow="ellipsis", no_wrap=True, max_width=30)
    for row in cells:
        table.add_row(*row)
    console.print(table)
    console.print(f"{len(rows)} claims ('?' marks a hedged one)")


# -- the claims database ----------------------------------------------------


def db_option(func: F) -> F:
    """--db: the claims database (WORKBENCH_DB, else ./claims.db). Given before the
    command (`workbench --db X claims`), it holds for the command too."""
    return click.option(
        "--db",
        envvar="WORKBENCH_DB",
        default=None,
        show_default="claims.db",
        type=click.Path(dir_okay=False),
        callback=_database_given_before,
        help="The claims database; WORKBENCH_DB sets it too.",
    )(func)


def _database_given_before(ctx: click.Context, _param: click.Parameter, value: str | None) -> str:
    given_before = ctx.parent.params.get("db") if ctx.parent else None
    return value or given_before or "claims.db"


def json_option(func: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="One JSON object a line.")(func)


@contextmanager
def opened(db: str, create: bool = False) -> Iterator[Workbench]:
    """The workbench on `db`; a WorkbenchError becomes one line on stderr and exit 1.
    Only a command that loads sources (`create`) makes a database that is not there:
    a mistyped path is no empty database."""
    if not create and not Path(db).exists():
        raise error_line(WorkbenchError(f"{db}: no database there (`workbench ingest` makes one)"))
    try:
        workbench = Workbench(db)
    except WorkbenchError as error:
        raise error_line(error) from None
    try:
        yield workbench
    except WorkbenchError as error:
        raise error_line(error) from None
    finally:
        workbench.close()


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--outlet", help="The outlet that published these files.")
@click.option("--title", help="The title (for a single file).")
@click.option("--url", help="Where the text was published.")
@click.option("--published", help="Publication date, e.g. 2013-01-25 or '25 January 2013'.")
@click.option("--jobs", type=click.IntRange(min=1), help="Extraction processes [all cores].")
@max_size_option
@json_option
def ingest(
    paths: tuple[str, ...],
    db: str,
    outlet: str | None,
    title: str | None,
    url: str | None,
    published: str | None,
    jobs: int | None,
    max_size: int | None,
    as_json: bool,
) -> None:
    """Load files and folders (text, Markdown, HTML) into the claims database.

    \b
    Example:
        workbench ingest seeds/
        workbench ingest report.html --outlet "Example Times" --published 2024-03-02

    A NAME.json beside a file (outlet, title, url, published) sets its
    metadata; flags win over it. The same content is stored once. Only regular
    files are read (not a FIFO or a device), up to --max-size; each file refused and
    each folder that cannot be read is one line on stderr and counts as failed.
    """
    metadata = Metadata(outlet=outlet, title=title, url=url, published=published)
    with opened(db, create=True) as workbench, size_limit(max_size):
        report = _ingest_with_progress(workbench, list(paths), metadata, jobs)
    for line in report.warnings:
        echo(f"warning: {line}", err=True, one_line=True)
    for line in report.errors:
        echo(f"workbench: {line}", err=True, one_line=True)
    if as_json:
        click.echo(json_line(json.dumps(dataclasses.asdict(report), ensure_ascii=False)))
    else:
        click.echo(f"ingest: {report.summary()}")
    sys.exit(130 if report.interrupted else 1 if report.failed else 0)


def _ingest_with_progress(
    workbench: Workbench, paths: list[str], metadata: Metadata, jobs: int | None
) -> IngestReport:
    if not sys.stderr.isatty():
        return workbench.ingest(paths, metadata, jobs)
    columns = ("{task.description}", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("loading", total=None)
        return workbench.ingest(
            paths,
            metadata,
            jobs,
            progress=lambda done, total: bar.update(task, completed=done, total=total),
        )


@main.command()
@db_option
@json_option
def sources(db: str, as_json: bool) -> None:
    """List the loaded documents with outlet, date and claim counts.

    \b
    Example:
        workbench sources --json | jq .outlet
    """
    with opened(db) as workbench:
        found = workbench.sources()
    if as_json:
        _print_json(found)
        return
    table = Table(header_style="bold", box=None, pad_edge=False)
    for column in (
        "id",
        "document",
        "outlet",
        "published",
        "claims",
        "confirmed",
        "disputed",
        "false",
    ):
        table.add_column(column, no_wrap=True, overflow="ellipsis", max_width=40)
    for s in found:
        table.add_row(
            str(s.id),
            Path(s.path).name,
            s.outlet or "",
            s.published or "",
            str(s.claims),
            str(s.confirmed),
            str(s.disputed),
            str(s.false_claims),
        )
    _console().print(table)


@main.command()
@db_option
@json_option
def voices(db: str, as_json: bool) -> None:
    """List the voices claims speak in, with their reliability grades.

    \b
    Example:
        workbench voices
    """
    with opened(db) as workbench:
        found = workbench.voices()
    if as_json:
        _print_json(found)
        return
    table = Table(header_style="bold", box=None, pad_edge=False)
    for column in ("id", "voice", "kind", "grade", "claims", "note"):
        table.add_column(column, no_wrap=True, overflow="ellipsis", max_width=50)
    for v in found:
        table.add_row(str(v.id), v.name, v.kind, v.grade or "", str(v.claims), v.note or "")
    _console().print(table)


@main.command()
@db_option
@click.option("--status", type=click.Choice(STATUSES), help="Only claims with this verdict.")
@click.option("--category", help="Only this category (killed, troops, ...).")
@click.option("--source", help="Only claims from this document (its path or file name).")
@click.option("--search", help="Full-text search over claim, sentence, place and voice.")
@click.option("--stale", is_flag=True, help="Only verdicts a newer source calls into question.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many claims.")
@json_option
def claims(
    db: str,
    status: str | None,
    category: str | None,
    source: str | None,
    search: str | None,
    stale: bool,
    limit: int | None,
    as_json: bool,
) -> None:
    """List stored claims with their verdicts.

    \b
    Example:
        workbench claims --category killed --status unreviewed
        workbench claims --search "Kidal" --json
    """
    where = ClaimFilter(
        status=status, category=category, source=source, search=search, stale=stale, limit=limit
    )
    with opened(db) as workbench:
        found = workbench.claims(where)
    if as_json:
        _print_json(found)
        return
    table = Table(header_style="bold", box=None, pad_edge=False)
    for column in ("id", "status", "category", "figure", "subject", "place", "voice", "source"):
        table.add_column(column, no_wrap=True, overflow="ellipsis", max_width=32)
    for c in found:
        table.add_row(
            str(c.id),
            c.status,
            c.category.value,
            figure(c),
            c.subject or "",
            c.location or "",
            graded_voice(c),
            Path(c.source).name,
        )
    console = _console()
    console.print(table)
    console.print(f"{len(found)} claims")


@main.command()
@click.argument("claim_id", type=int)
@click.argument("status", type=click.Choice(STATUSES))
@db_option
@click.option("--note", help="Why: what you checked, what you found.")
@click.option("--analyst", help="Who decides [WORKBENCH_ANALYST, the config file, the login name].")
@json_option
def verdict(
    claim_id: int, status: str, db: str, note: str | None, analyst: str | None, as_json: bool
) -> None:
    """Set a claim's verdict; the change is added to its history.

    \b
    Example:
        workbench verdict 12 disputed --note "contradicted by the embedded journalist"
    """
    with opened(db) as workbench:
        change = workbench.set_verdict(claim_id, status, note, analyst)
    if as_json:
        _print_json([change])
    else:
        echo(f"claim {claim_id}: {change.old_status} -> {change.new_status} ({change.analyst})")


@main.command()
@click.argument("claim_id", type=int)
@db_option
@json_option
def history(claim_id: int, db: str, as_json: bool) -> None:
    """Show every verdict a claim has had, oldest first.

    \b
    Example:
        workbench history 12
    """
    with opened(db) as workbench:
        changes = workbench.history(claim_id)
    if as_json:
        _print_json(changes)
        return
    for c in changes:
        echo(
            f"{c.at}  {c.analyst}: {c.old_status} -> {c.new_status}"
            + (f"  ({c.note})" if c.note else "")
        )
    if not changes:
        click.echo(f"claim {claim_id} has no verdicts yet")


@main.command()
@click.argument("voice")
@click.argument("grade", type=click.Choice(GRADES, case_sensitive=False))
@db_option
@click.option("--note", help="Why this grade.")
@json_option
def grade(voice: str, grade: str, db: str, note: str | None, as_json: bool) -> None:
    """Grade a voice's reliability on the Admiralty scale, A (completely reliable)
    to F (reliability cannot be judged). VOICE is its id or name.

    \b
    Example:
        workbench grade "A Chadian source" E --note "opposition daily, unconfirmed stories"
    """
    with opened(db) as workbench:
        graded = workbench.grade(voice, grade, note)
    if as_json:
        _print_json([graded])
    else:
        echo(f"voice {graded.id} ({graded.name}): grade {graded.grade}")


# -- links between claims -----------------------------------------------------


@main.command("match")
@db_option
@click.option(
    "--all", "everything", is_flag=True, help="Recompute every suggestion, not only new claims'."
)
@json_option
def match_command(db: str, everything: bool, as_json: bool) -> None:
    """Relate claims across sources: restates, corroborates, contradicts, related.

    Matching runs by itself after every ingest over the new claims. Run here, it
    compares every claim and adds what is missing; --all first drops the machine's
    earlier suggestions. Links an analyst set, confirmed or rejected are kept.

    \b
    Example:
        workbench match --all
    """
    with opened(db) as workbench:
        report = workbench.match(None, replace=everything)
    if as_json:
        click.echo(json.dumps(dataclasses.asdict(report)))
    else:
        click.echo(f"match: {report.summary()}")


@main.command()
@db_option
@click.option("--claim", "claim_id", type=int, help="Only links of this claim.")
@click.option("--relation", type=click.Choice(RELATIONS), help="Only this relation.")
@json_option
def links(db: str, claim_id: int | None, relation: str | None, as_json: bool) -> None:
    """List links between claims, with the reason for each.

    \b
    Example:
        workbench links --relation contradicts
        workbench links --claim 27 --json
    """
    with opened(db) as workbench:
        found = workbench.links(claim_id, relation)
    if as_json:
        _print_json(found)
        return
    table = Table(header_style="bold", box=None, pad_edge=False)
    for column in ("a", "b", "relation", "state", "figures", "reason"):
        table.add_column(column, no_wrap=column != "reason", overflow="fold")
    for link in found:
        figures = f"{figure(link.a)} / {figure(link.b)}"
        table.add_row(
            str(link.a.id), str(link.b.id), link.relation, link.state, figures, link.reason
        )
    _console().print(table)
    _console().print(f"{len(found)} links")


@main.command()
@click.argument("a", type=int)
@click.argument("b", type=int)
@db_option
@click.option(
    "--relation", type=click.Choice(RELATIONS), help="Add the link, or change its relation."
)
@click.option("--confirm", "decision", flag_value="confirmed", help="Confirm a suggested link.")
@click.option(
    "--reject", "decision", flag_value="rejected", help="Reject it: never suggested again."
)
@click.option("--note", help="Why.")
@json_option
def link(
    a: int,
    b: int,
    db: str,
    relation: str | None,
    decision: str | None,
    note: str | None,
    as_json: bool,
) -> None:
    """Add, change, confirm or reject the link between claims A and B.

    \b
    Example:
        workbench link 27 32 --confirm --note "same ambush"
        workbench link 12 40 --relation corroborates
        workbench link 6 8 --reject
    """
    if relation is None and decision is None:
        raise click.UsageError("give --relation, --confirm or --reject")
    with opened(db) as workbench:
        view = workbench.set_link(a, b, relation, decision or "confirmed", note)
    if as_json:
        _print_json([view])
    else:
        echo(f"link {view.a.id}-{view.b.id}: {view.relation}, {view.state} by {view.analyst}")


@main.command()
@click.argument("a", type=int)
@click.argument("b", type=int)
@db_option
def unlink(a: int, b: int, db: str) -> None:
    """Remove the link between claims A and B (a suggestion is kept as rejected,
    so matching does not offer it again).

    \b
    Example:
        workbench unlink 6 8
    """
    with opened(db) as workbench:
        outcome = workbench.remove_link(a, b)
    echo(f"link {min(a, b)}-{max(a, b)}: {outcome}")


# -- reports and exports --------------------------------------------------------


def _statuses(_ctx: click.Context, _param: click.Parameter, given: tuple[str, ...]) -> list[str]:
    """--status given again, or with commas: "--status confirmed,disputed"."""
    chosen = [s.strip() for value in given for s in value.split(",") if s.strip()]
    for status in chosen:
        if status not in STATUSES:
            raise click.BadParameter(f"{status!r} is not one of {', '.join(STATUSES)}")
    return chosen


@main.command()
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="md",
    show_default=True,
    help="md and html: a report to read; json and csv: data; claimreview: schema.org JSON-LD.",
)
@click.option(
    "--status",
    "statuses",
    multiple=True,
    callback=_statuses,
    metavar="S",
    help="Only claims with this verdict; repeat it or use commas for several.",
)
@click.option("--contested", is_flag=True, help="Only claims another voice contradicts.")
@click.option(
    "-o",
    "--output",
    type=click.Path(),
    metavar="FILE",
    help="Write to this file (a regular file or a new path), not stdout.",
)
@click.option("--author", help="Who signs the ClaimReviews (an organisation); default: config.")
@http_url_option
@click.option(
    "--jobs",
    type=click.IntRange(min=1, max=2),
    help="Processes writing an md, html or json file; 2 writes a large one in about two "
    "thirds of the time [2 from 20,000 claims on two cores or more].",
)
def export(
    db: str,
    fmt: str,
    statuses: list[str],
    contested: bool,
    output: str | None,
    author: str | None,
    url: str | None,
    jobs: int | None,
) -> None:
    """Export a verification report, or the data for other tools.

    \b
    Example:
        workbench export --format html -o report.html
        workbench export --format claimreview --status confirmed,false --author "Desk"
        workbench export --format csv --contested > contested.csv
    """
    with opened(db) as workbench:
        publisher = Exporter(workbench).publisher()
        if author or url:
            publisher = Publisher(
                author or publisher.name,
                "Organization" if author else publisher.kind,
                url or publisher.url,
            )
        if output is not None:
            summary = workbench.export_to(fmt, output, statuses, contested, publisher, jobs)
            echo(
                f"Wrote {output}: {summary.exported_claims} of {summary.claims} claims"
                f" ({summary.contested} contested)",
                err=True,
            )
            return
        out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
        try:
            workbench.export(fmt, out, statuses, contested, publisher)
            out.flush()
        except BrokenPipeError:  # `workbench export | head`: the reader has had enough
            sys.stderr.close()
        finally:
            out.detach()


# -- events and credibility -------------------------------------------------------


@main.command()
@db_option
@json_option
def events(db: str, as_json: bool) -> None:
    """List the events: claims grouped by the incident they speak of, with place,
    days, categories, independent voices, and whether their figures are contested.

    \b
    Example:
        workbench events --json | jq 'select(.contested)'
    """
    with opened(db) as workbench:
        found = workbench.events()
    if as_json:
        _print_json(found)
        return
    table = Table(header_style="bold", box=None, pad_edge=False)
    for column in ("id", "event", "days", "claims", "voices", "contested"):
        table.add_column(column, no_wrap=True, overflow="ellipsis", max_width=70)
    for e in found:
        table.add_row(
            str(e.id),
            e.name,
            days(e),
            str(e.claims),
            str(e.voices),
            "contested" if e.contested else "",
        )
    _console().print(table)


@main.command()
@click.argument("event_id", type=int)
@db_option
@json_option
def event(event_id: int, db: str, as_json: bool) -> None:
    """Show an event: its figures per category by each counting rule, its claims with
    their credibility, and when the reports came.

    \b
    Example:
        workbench event 2
    """
    with opened(db) as workbench:
        found = workbench.event(event_id)
    if as_json:
        _print_json([found])
    else:
        _print_event(found)


def _print_event(e: EventDetail) -> None:
    console = _console()
    named = f" (named by {e.named_by})" if e.named_by else ""
    console.print(styled((f"Event {e.id}: {e.name}", "bold"), named))
    console.print(styled(event_line(e), (" · contested" if e.contested else "", "bold")))
    figures = Table(header_style="bold", box=None, pad_edge=False)
    for column in FIGURE_COLUMNS:
        figures.add_column(column, no_wrap=True)
    for f in e.figures:
        figures.add_row(*figure_row(f))
    console.print(figures)
    claims = Table(header_style="bold", box=None, pad_edge=False)
    for column in ("id", "category", "figure", "voice", "grade", "credibility"):
        claims.add_column(column, overflow="fold", max_width=60)
    credibility = {c.claim_id: c for c in e.credibility}
    for c in e.event_claims:
        claims.add_row(
            str(c.id),
            c.category.value,
            figure(c),
            c.voice,
            c.voice_grade or "-",
            credibility_line(credibility[c.id]),
        )
    console.print(claims)
    for point in e.timeline:
        console.print(styled(f"{point.day}  {'█' * point.claims} {', '.join(point.voices)}"))


@main.command("event-rename")
@click.argument("event_id", type=int)
@click.argument("name")
@db_option
@json_option
def event_rename(event_id: int, name: str, db: str, as_json: bool) -> None:
    """Name an event; the name stays through later matching.

    \b
    Example:
        workbench event-rename 2 "Ambush north of Kidal, ~5 Feb 2013"
    """
    _event_edit(db, as_json, lambda w: w.rename_event(event_id, name))


@main.command("event-merge")
@click.argument("event_id", type=int)
@click.argument("others", type=int, nargs=-1, required=True)
@db_option
@json_option
def event_merge(event_id: int, others: tuple[int, ...], db: str, as_json: bool) -> None:
    """Merge other events into EVENT_ID: one incident reported as several.

    \b
    Example:
        workbench event-merge 2 7 9
    """
    _event_edit(db, as_json, lambda w: w.merge_events(event_id, others))


@main.command("event-split")
@click.argument("event_id", type=int)
@click.argument("claim_ids", type=int, nargs=-1, required=True)
@db_option
@json_option
def event_split(event_id: int, claim_ids: tuple[int, ...], db: str, as_json: bool) -> None:
    """Take claims out of an event into a new one: two incidents grouped as one.

    \b
    Example:
        workbench event-split 3 28 29
    """
    _event_edit(db, as_json, lambda w: w.split_event(event_id, claim_ids))


@main.command("event-move")
@click.argument("claim_id", type=int)
@click.argument("event_id")
@db_option
@json_option
def event_move(claim_id: int, event_id: str, db: str, as_json: bool) -> None:
    """Move a claim into another event, or into a new one (EVENT_ID "new").

    \b
    Example:
        workbench event-move 31 new
    """
    target = None if event_id == "new" else _event_id(event_id)
    _event_edit(db, as_json, lambda w: w.move_claim(claim_id, target))


def _event_id(given: str) -> int:
    if not given.isdigit():
        raise click.BadParameter(f"{given!r} is neither an event id nor 'new'")
    return int(given)


def _event_edit(db: str, as_json: bool, edit: Callable[[Workbench], EventDetail]) -> None:
    with opened(db) as workbench:
        changed = edit(workbench)
    if as_json:
        _print_json([changed])
    else:
        echo(f"event {changed.id}: {changed.name} ({changed.claims} claims)")


@main.command()
@click.argument("claim_id", type=int)
@click.argument("grade", type=click.IntRange(1, 6), required=False)
@db_option
@click.option("--note", help="Why this grade.")
@json_option
def credibility(claim_id: int, grade: int | None, db: str, note: str | None, as_json: bool) -> None:
    """Show a claim's credibility on the Admiralty scale as its links suggest it, or set
    your own with GRADE: 1 confirmed by other sources, 2 probably true, 3 possibly
    true, 4 doubtful, 5 improbable, 6 truth cannot be judged. Yours always wins.

    \b
    Examples:
        workbench credibility 27
        workbench credibility 27 4 --note "only the opposition daily reports it"
    """
    with opened(db) as workbench:
        if grade is None:
            found = workbench.credibility(claim_id)
        else:
            found = workbench.set_credibility(claim_id, grade, note)
    if as_json:
        _print_json([found])
    else:
        voice = f"voice graded {found.voice_grade}" if found.voice_grade else "voice not graded"
        echo(f"claim {claim_id}: {credibility_line(found)}; {voice}")


# -- the review TUI --------------------------------------------------------------


@main.command()
@db_option
def review(db: str) -> None:
    """Open the review TUI: the claims queue, details, links and sources.

    On an empty database it loads ./seeds if that folder is there.

    \b
    Example:
        workbench review --db claims.db
    """
    _review(db)


def _review(db: str) -> None:
    from workbench.tui.app import make_app

    try:
        app = make_app(db)
    except WorkbenchError as error:
        raise error_line(error) from None
    app.run()
    app.workbench.close()
