"""Reviewing: `claims` lists the stored claims, `verdict` judges one, `history` shows
its verdicts and corrections, and `review` (or `workbench` alone) opens the review TUI."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from workbench.cli.common import (
    analyst_option,
    db_option,
    document_filter,
    json_option,
    opened,
)
from workbench.cli.options import statuses_option
from workbench.cli.terminal import console, echo, error_line, listing, print_json
from workbench.display import change_line, figure_and_before, graded_voice, verdict_line
from workbench.errors import WorkbenchError
from workbench.models import Category, Correction, LinkDecision, VerdictChange, counted
from workbench.vocabulary import STATUSES, ClaimFilter, values

if TYPE_CHECKING:
    from workbench.tui.app import WorkbenchApp


@click.command()
@db_option
@statuses_option
@click.option(
    "--category", type=click.Choice(values(Category)), help="Only this category (killed, ...)."
)
@click.option("--source", help="Only claims from this document (its id, path or file name).")
@click.option("--search", help="Full-text search over claim, sentence, place and voice.")
@click.option("--stale", is_flag=True, help="Only verdicts a newer source calls into question.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many claims.")
@click.option(
    "--dismissed", is_flag=True, help="The claims dismissed as no claim (`claim restore`)."
)
@json_option
def claims(
    db: str,
    statuses: list[str],
    category: str | None,
    source: str | None,
    search: str | None,
    stale: bool,
    limit: int | None,
    dismissed: bool,
    as_json: bool,
) -> None:
    """List stored claims with their verdicts.

    \b
    Example:
        workbench claims --category killed --status unreviewed
        workbench claims --status confirmed,disputed
        workbench claims --search "Kidal" --json
    """
    where = ClaimFilter(
        statuses=tuple(statuses),
        category=category,
        source=source,
        search=search,
        stale=stale,
        limit=limit,
        dismissed=dismissed,
    )
    with opened(db) as workbench:
        if source is not None:
            where = document_filter(workbench, where, source)
        found = workbench.claims(where)
    if as_json:
        print_json(found)
        return
    from workbench.match.parts import toll_part  # matching's rules load only when listed

    columns = ("id", "status", "category", "figure", "subject", "place", "voice", "source")
    table = listing(columns, max_width=32)
    for c in found:
        table.add_row(
            str(c.id),
            c.status,
            c.category.value,
            figure_and_before(c) + (" (part)" if toll_part(c) else ""),  # "7 (part)"
            c.subject or "",
            c.location or "",
            graded_voice(c),
            Path(c.source).name,
        )
    shown = console()
    shown.print(table)
    shown.print(counted(len(found), "claim"))


@click.command()
@click.argument("claim_id", type=int)
@click.argument("status", type=click.Choice(STATUSES), metavar="STATUS")
@db_option
@click.option("--note", help="Why: what you checked, what you found.")
@analyst_option
@json_option
def verdict(
    claim_id: int, status: str, db: str, note: str | None, analyst: str | None, as_json: bool
) -> None:
    """Set a claim's verdict; the change is added to its history. STATUS is one of
    unreviewed, confirmed, disputed, false, unverifiable.

    \b
    Example:
        workbench verdict 12 disputed --note "contradicted by the embedded journalist"
    """
    with opened(db) as workbench:
        had = workbench.claim(claim_id).note if note is not None else None
        change = workbench.set_verdict(claim_id, status, note, analyst)
    if had and had != note:  # a trial's TUI note replaced unsaid: said, on stderr
        echo(
            f"claim {claim_id}: its note {had!r} is replaced (`workbench history {claim_id}`"
            " keeps it)",
            err=True,
            one_line=True,
        )
    if as_json:
        print_json([change])
    else:
        moved = verdict_line(change)  # as `history` logs it
        if moved.startswith("note"):  # the verdict kept, a note written or cleared
            written = "note cleared" if moved == "note cleared" else "note written"
            moved = f"{change.new_status} as it was, {written}"
        echo(f"claim {claim_id}: {moved} ({change.analyst})")


@click.command()
@click.argument("claim_id", type=int)
@db_option
@json_option
def history(claim_id: int, db: str, as_json: bool) -> None:
    """Show every verdict a claim has had, every correction of it and the analyst's
    decision on each of its links (added, confirmed, rejected: as the link stands),
    oldest first, then its credibility grade where an analyst gave one (the text only:
    `--json` lists the verdicts, corrections and link decisions; `credibility ID
    --json` gives the grade).

    \b
    Example:
        workbench history 12
    """
    with opened(db) as workbench:
        changes = workbench.history(claim_id)
        corrections = workbench.corrections(claim_id)
        decisions = workbench.link_decisions(claim_id)
        grade = workbench.credibility_grade(claim_id)
    every: list[VerdictChange | Correction | LinkDecision] = sorted(
        [*changes, *corrections, *decisions], key=lambda c: c.at
    )
    if as_json:
        print_json(every)
        return
    for c in every:
        noted = f"  ({c.note})" if c.note else ""
        echo(f"{c.at}  {c.analyst}: {change_line(c, named=False)}{noted}")
    if grade is not None:
        graded = f"{grade['graded_at']}  {grade['analyst']}: credibility graded {grade['grade']}"
        echo(graded + (f"  ({grade['note']})" if grade["note"] else ""))
    if not every and grade is None:
        click.echo(f"claim {claim_id} has no verdicts, corrections or link decisions yet")


@click.command()
@db_option
@analyst_option
def review(db: str, analyst: str | None) -> None:
    """Open the review TUI: the claims queue, details, links and sources.

    On an empty database it loads ./seeds if that folder is there. It needs a
    terminal: with its input or output a file or a pipe it says so and stops.

    \b
    Example:
        workbench review --db claims.db --analyst ana
    """
    open_review(db, analyst)


def open_review(db: str, analyst: str | None = None) -> None:
    """Run the review TUI on `db`, deciding as `analyst`, until the analyst quits it; a
    database it cannot open is one line on stderr, and so is a crash, with a status
    that is not 0."""
    from workbench.service import Workbench
    from workbench.tui.app import make_app  # Textual loads only for the TUI
    from workbench.tui.crash import CRASH_STATUS, crash_report

    problem = no_terminal()
    if problem is not None:
        raise click.ClickException(problem)
    try:
        workbench = Workbench(db, analyst)
    except WorkbenchError as error:
        raise error_line(error) from None
    try:
        crash = _run(make_app(workbench))
    except Exception as error:  # in making the app, before Textual handles its errors
        crash = crash_report(error)
    finally:
        workbench.close()
    if crash is not None:
        crashed = error_line(crash)
        crashed.exit_code = CRASH_STATUS
        raise crashed


def no_terminal() -> str | None:
    """Why the review cannot run here, or None: its input or output is no terminal (a
    trial's `workbench > out.txt` and a script's `workbench` with no terminal wrote the
    screen's escape codes to the file, waited for keys that never came, and made
    claims.db with the seeds in it). Textual's own web driver (TEXTUAL_DRIVER) needs
    none. Checked before the database is opened, so nothing is made."""
    if os.environ.get("TEXTUAL_DRIVER"):
        return None
    streams = (("input", sys.stdin), ("output", sys.stdout))
    missing = [name for name, stream in streams if stream is None or not stream.isatty()]
    if not missing:
        return None
    return (
        f"the review needs a terminal, and its {' and '.join(missing)} "
        f"{'is' if len(missing) == 1 else 'are'} not one (a file or a pipe): run it in a "
        "terminal; `workbench claims`, `workbench verdict` and `workbench export` work "
        "without one"
    )


def _run(app: WorkbenchApp) -> str | None:
    """Run `app`; the line saying why it crashed, or None if the analyst quit it."""
    from workbench.tui.crash import crash_report

    try:
        app.run()
    except Exception as error:  # outside Textual's own handling: the terminal, its driver
        return app.crash or crash_report(error)
    if app.crash is None and app.return_code:
        return f"the review ended with status {app.return_code}"
    return app.crash


COMMANDS = (claims, verdict, history, review)
