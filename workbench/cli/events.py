"""Events: `events` lists them, `event EVENT_ID` shows one, and `event-merge`,
`event-split`, `event-move` and `event-rename` change them."""

from __future__ import annotations

from collections.abc import Callable

import click

from workbench.cli.common import db_option, json_option, opened
from workbench.cli.terminal import LiteralTable as Table
from workbench.cli.terminal import console, echo, print_json, styled
from workbench.display import FIGURE_COLUMNS, credibility_line, days, event_line, figure, figure_row
from workbench.models import EventDetail
from workbench.service import Workbench


@click.command()
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
        print_json(found)
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
    console().print(table)


@click.command("event")
@click.argument("event_id", type=int)
@db_option
@json_option
def show_event(event_id: int, db: str, as_json: bool) -> None:
    """Show an event: its figures per category by each counting rule, its claims with
    their credibility, and when the reports came.

    \b
    Example:
        workbench event 2
    """
    with opened(db) as workbench:
        found = workbench.event(event_id)
    if as_json:
        print_json([found])
    else:
        _print_event(found)


def _print_event(e: EventDetail) -> None:
    """An event as `workbench event` shows it: figures, claims, then the days reported."""
    shown = console()
    named = f" (named by {e.named_by})" if e.named_by else ""
    shown.print(styled((f"Event {e.id}: {e.name}", "bold"), named))
    shown.print(styled(event_line(e), (" · contested" if e.contested else "", "bold")))
    figures = Table(header_style="bold", box=None, pad_edge=False)
    for column in FIGURE_COLUMNS:
        figures.add_column(column, no_wrap=True)
    for f in e.figures:
        figures.add_row(*figure_row(f))
    shown.print(figures)
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
    shown.print(claims)
    for point in e.timeline:
        shown.print(styled(f"{point.day}  {'█' * point.claims} {', '.join(point.voices)}"))


@click.command("event-rename")
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


@click.command("event-merge")
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


@click.command("event-split")
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


@click.command("event-move")
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
    """EVENT_ID of `event move` as a number; neither a number nor "new" is refused."""
    if not given.isdigit():
        raise click.BadParameter(f"{given!r} is neither an event id nor 'new'")
    return int(given)


def _event_edit(db: str, as_json: bool, edit: Callable[[Workbench], EventDetail]) -> None:
    """Make one change to the events, then print the event it leaves."""
    with opened(db) as workbench:
        changed = edit(workbench)
    if as_json:
        print_json([changed])
    else:
        echo(f"event {changed.id}: {changed.name} ({changed.claims} claims)")


COMMANDS = (events, show_event, event_merge, event_move, event_rename, event_split)
