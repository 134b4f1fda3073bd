"""Events: `events` lists them, `event EVENT_ID` shows one, and the commands of the
`event` group change them (`event merge`, `event split`, `event move`, `event rename`),
each also under the name it had before the group (`event-merge`, ...)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from workbench.cli.common import db_option, group_db_option, json_option, opened
from workbench.cli.terminal import LiteralTable as Table
from workbench.cli.terminal import console, echo, listing, print_json, styled
from workbench.display import FIGURE_COLUMNS, credibility_line, days, event_line, figure, figure_row
from workbench.models import EventDetail, counted

if TYPE_CHECKING:  # the service loads with the command that opens a database
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
    table = listing(("id", "event", "days", "claims", "voices", "contested"), max_width=70)
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


class EventGroup(click.Group):
    """`workbench event`: a group whose commands change events which, given an event id
    (or anything but a command's name or --help), is `show_event` exactly as before:
    `workbench event 2 --json`, its usage line and its errors unchanged."""

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        """The group's context for `event COMMAND ...` and `event --help`; for any other
        arguments, `show_event`'s under the same name and parent."""
        help_names = parent.help_option_names if parent else ["--help"]
        first = _after_database(args)
        if first and (first[0] in self.commands or first[0] in help_names):
            return super().make_context(info_name, args, parent, **extra)
        return show_event.make_context(info_name, args, parent, **extra)

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """`show_event`'s usage, help and options, a second usage line for the commands,
        then the commands and the group's epilog."""
        show_event.format_usage(ctx, formatter)
        formatter.write_usage(ctx.command_path, "COMMAND [ARGS]...", prefix="       ")
        show_event.format_help_text(ctx, formatter)
        show_event.format_options(ctx, formatter)
        self.format_commands(ctx, formatter)
        self.format_epilog(ctx, formatter)


event = group_db_option(
    EventGroup(
        "event",
        short_help="Show an event, or change events: merge, split, move, rename.",
        epilog="`workbench event EVENT_ID` shows one event; the commands change events, "
        "each also under its earlier name (`workbench event-merge`, ...).",
    )
)


def _after_database(args: list[str]) -> list[str]:
    """`args` past a --db given to the group first (`event --db X merge 2 7`)."""
    if args[:1] == ["--db"]:
        return args[2:]
    return args[1:] if args and args[0].startswith("--db=") else args


@event.command()
@click.argument("event_id", type=int)
@click.argument("name")
@db_option
@json_option
def rename(event_id: int, name: str, db: str, as_json: bool) -> None:
    """Name an event; the name stays through later matching.

    \b
    Example:
        workbench event rename 2 "Ambush north of Kidal, ~5 Feb 2013"
    """
    _event_edit(db, as_json, lambda w: w.rename_event(event_id, name))


@event.command()
@click.argument("event_id", type=int)
@click.argument("others", type=int, nargs=-1, required=True)
@db_option
@json_option
def merge(event_id: int, others: tuple[int, ...], db: str, as_json: bool) -> None:
    """Merge other events into EVENT_ID: one incident reported as several.

    \b
    Example:
        workbench event merge 2 7 9
    """
    _event_edit(db, as_json, lambda w: w.merge_events(event_id, others))


@event.command()
@click.argument("event_id", type=int)
@click.argument("claim_ids", type=int, nargs=-1, required=True)
@db_option
@json_option
def split(event_id: int, claim_ids: tuple[int, ...], db: str, as_json: bool) -> None:
    """Take claims out of an event into a new one: two incidents grouped as one.

    \b
    Example:
        workbench event split 3 28 29
    """
    _event_edit(db, as_json, lambda w: w.split_event(event_id, claim_ids))


@event.command()
@click.argument("claim_id", type=int)
@click.argument("event_id")
@db_option
@json_option
def move(claim_id: int, event_id: str, db: str, as_json: bool) -> None:
    """Move a claim into another event, or into a new one (EVENT_ID "new").

    \b
    Example:
        workbench event move 31 new
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
        echo(f"event {changed.id}: {changed.name} ({counted(changed.claims, 'claim')})")
    for line in changed.warnings:  # merged as asked; `event split` takes it apart
        split = f"workbench event split {changed.id} CLAIM_IDS takes claims out"
        echo(f"workbench: {line}: merged as asked ({split})", err=True, one_line=True)


def _earlier_name(command: click.Command) -> click.Command:
    """`command` of the `event` group as the top-level `event-NAME` it was before the
    group, the example in its help written that way."""
    name = f"event-{command.name}"
    earlier = copy.copy(command)
    earlier.name = name
    earlier.help = (command.help or "").replace(
        f"workbench event {command.name}", f"workbench {name}"
    )
    return earlier


COMMANDS = (events, event, *(_earlier_name(edit) for edit in (merge, move, rename, split)))
