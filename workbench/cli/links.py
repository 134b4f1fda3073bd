"""Links between claims: `match` suggests them, `links` lists them, `link` adds,
changes, confirms or rejects one, and `unlink` removes one."""

from __future__ import annotations

import dataclasses
import json

import click

from workbench.cli.common import analyst_option, db_option, json_option, opened
from workbench.cli.terminal import LiteralTable as Table
from workbench.cli.terminal import console, echo, print_json
from workbench.display import figure
from workbench.models import LinkState, counted
from workbench.vocabulary import LINK_STATES, RELATIONS


@click.command("match")
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


@click.command()
@db_option
@click.option("--claim", "claim_id", type=int, help="Only links of this claim.")
@click.option("--relation", type=click.Choice(RELATIONS), help="Only this relation.")
@click.option(
    "--state",
    type=click.Choice([*LINK_STATES, "any"]),
    help="Only links in this state; 'any' lists rejected ones too [every state but rejected].",
)
@json_option
def links(
    db: str, claim_id: int | None, relation: str | None, state: str | None, as_json: bool
) -> None:
    """List links between claims, with the reason for each (the matcher's, kept when
    an analyst confirms or rejects the link) and the analyst's note after it.

    \b
    Example:
        workbench links --relation contradicts
        workbench links --claim 27 --json
        workbench links --state rejected
    """
    states = None if state is None else LINK_STATES if state == "any" else [state]
    with opened(db) as workbench:
        found = workbench.links(claim_id, relation, states)
    if as_json:
        print_json(found)
        return
    table = Table(header_style="bold", box=None, pad_edge=False)
    for column in ("a", "b", "relation", "state", "figures", "reason"):
        table.add_column(column, no_wrap=column != "reason", overflow="fold")
    for link in found:
        figures = f"{figure(link.a)} / {figure(link.b)}"
        table.add_row(str(link.a.id), str(link.b.id), link.relation, link.state, figures, link.why)
    console().print(table)
    console().print(counted(len(found), "link"))


@click.command()
@click.argument("a", type=int)
@click.argument("b", type=int)
@db_option
@click.option(
    "--relation", type=click.Choice(RELATIONS), help="Add the link, or change its relation."
)
@click.option(
    "--confirm", "decision", flag_value=LinkState.CONFIRMED.value, help="Confirm a suggested link."
)
@click.option(
    "--reject",
    "decision",
    flag_value=LinkState.REJECTED.value,
    help="Reject it: never suggested again.",
)
@click.option("--note", help="Why.")
@analyst_option
@json_option
def link(
    a: int,
    b: int,
    db: str,
    relation: str | None,
    decision: str | None,
    note: str | None,
    analyst: str | None,
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
    with opened(db, analyst=analyst) as workbench:
        view = workbench.set_link(a, b, relation, decision or LinkState.CONFIRMED, note)
    if as_json:
        print_json([view])
    else:
        echo(f"link {view.a.id}-{view.b.id}: {view.relation}, {view.state} by {view.analyst}")


@click.command()
@click.argument("a", type=int)
@click.argument("b", type=int)
@db_option
@analyst_option
def unlink(a: int, b: int, db: str, analyst: str | None) -> None:
    """Remove the link between claims A and B: it is kept as rejected, with its
    reason, so matching does not offer it again; `links --state rejected` lists it
    and `link A B --confirm` takes it back.

    \b
    Example:
        workbench unlink 6 8
    """
    with opened(db, analyst=analyst) as workbench:
        outcome = workbench.remove_link(a, b)
    echo(f"link {min(a, b)}-{max(a, b)}: {outcome}")


COMMANDS = (match_command, links, link, unlink)
