"""The `voice` group: the analyst's corrections of who speaks. `voice rename` names a
voice, `voice merge` makes several voices one ("the army", "FAMa", "the Malian armed
forces"), `voice unmerge` takes a merge back, `voice relay` says a voice passes on
another's word (an outlet citing the army) so that the events count the two as one
independent voice, and `voice history` lists every such change. Each stays through
re-ingest and `match --all`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

import click

from workbench.cli.common import analyst_option, db_option, group_db_option, json_option, opened
from workbench.cli.terminal import console, echo, listing, print_json
from workbench.models import CurationChange, Voice, counted

if TYPE_CHECKING:  # the service loads with the command that opens a database
    from workbench.service import Workbench


@click.group()
@group_db_option
def voice() -> None:
    """Correct voices: rename, merge, unmerge, relay, suggest; and their history.

    A VOICE is given by its id or its name, as `workbench voices` lists them.
    """


@voice.command()
@click.argument("voice_given", metavar="VOICE")
@click.argument("name")
@db_option
@analyst_option
@json_option
def rename(voice_given: str, name: str, db: str, analyst: str | None, as_json: bool) -> None:
    """Give a voice the name you want it shown under.

    \b
    Example:
        workbench voice rename "Mali's military" "the Malian armed forces"
    """
    _voice_edit(db, analyst, as_json, lambda w: w.rename_voice(voice_given, name))


@voice.command()
@click.argument("into", metavar="VOICE")
@click.argument("others", nargs=-1, required=True)
@db_option
@analyst_option
@json_option
def merge(into: str, others: tuple[str, ...], db: str, analyst: str | None, as_json: bool) -> None:
    """Make the OTHERS one voice with VOICE: their claims, and those of any later
    ingest, speak in VOICE's name and count as one independent voice. A VOICE that
    names no voice yet is a new one of that name (the OTHERS' kind; stderr says so).
    A reliability grade goes with the merge to a VOICE that has none; voices graded
    differently are refused until you give them one grade.

    \b
    Examples:
        workbench voice merge FAMa "the army"
        workbench voice merge "the Malian armed forces" FAMa "the army"
    """

    def merge(workbench: Workbench) -> Voice:
        fresh = not workbench.names_a_voice(into)
        merged = workbench.merge_voices(into, others, new=True)
        if fresh:  # a slip of the keys would be one more voice: said
            echo(f"{into!r} named no voice: voice {merged.id} is new", err=True)
        return merged

    _voice_edit(db, analyst, as_json, merge)


@voice.command()
@db_option
@json_option
def suggest(db: str, as_json: bool) -> None:
    """List pairs of voices that may be one source, each with why, for you to merge
    (`voice merge`) or leave. Nothing is merged until you say.

    \b
    Offered: an office and its organisation ("UN human rights office" and "UN"), a
    title and the person it names ("UN rights chief" and "UN rights chief Volker
    Turk"), one family name ("Major Boukar" and "Medjeweh Boukar"), a name spelled nearly alike,
    one institution in English and in French ("Defence Ministry" and "ministère de la
    Défense"), or with and without its country or by its spokesperson ("army
    (Nigeria)", "l'armée nigériane", "army spokesman Colonel X"; the army, police,
    gendarmerie, government, authorities, UN; never two countries' armies), or one
    armed group under its names in either language ("Al-Shabaab" and "les islamistes
    shebab", "RSF" and "Forces de soutien rapide"). One name spelled otherwise ("U.N."
    and "UN", "United Nations"; a person with and without a title) is one voice
    already: Workbench merged it, and `voice history` says so (`voice unmerge` takes
    it back).

    \b
    Example:
        workbench voice suggest
        workbench voice merge "UN human rights office" "U.N. human rights office"
    """
    with opened(db) as workbench:
        found = workbench.voice_suggestions()
    if as_json:
        print_json(found)
        return
    if not found:
        echo("no voices to suggest merging")
        return
    table = listing(("voice", "claims", "other voice", "claims", "why"), max_width=60)
    for s in found:
        table.add_row(
            f"{s.voice.id}: {s.voice.name}",
            str(s.voice.claims),
            f"{s.other.id}: {s.other.name}",
            str(s.other.claims),
            s.reason,
        )
    console().print(table)
    echo("merge a pair with: workbench voice merge VOICE OTHER (by id or name)")


@voice.command()
@click.argument("voice_given", metavar="VOICE")
@db_option
@analyst_option
@json_option
def unmerge(voice_given: str, db: str, analyst: str | None, as_json: bool) -> None:
    """Take back a merge: VOICE speaks its own claims again.

    \b
    Example:
        workbench voice unmerge FAMa
    """
    _voice_edit(db, analyst, as_json, lambda w: w.unmerge_voice(voice_given))


@voice.command()
@click.argument("voice_given", metavar="VOICE")
@click.argument("source", required=False)
@click.option("--none", "nobody", is_flag=True, help="VOICE relays nobody (takes a relay back).")
@db_option
@analyst_option
@json_option
def relay(
    voice_given: str,
    source: str | None,
    nobody: bool,
    db: str,
    analyst: str | None,
    as_json: bool,
) -> None:
    """Say that VOICE passes on SOURCE's word (an outlet citing the army): the two
    count as one independent voice in the events' figures and credibility.

    \b
    Examples:
        workbench voice relay CNN "Mali's military"
        workbench voice relay CNN --none
    """
    if (source is None) == (not nobody):
        raise click.UsageError("give the SOURCE VOICE relays, or --none")
    _voice_edit(db, analyst, as_json, lambda w: w.relay_voice(voice_given, source))


@voice.command()
@click.argument("voice_given", metavar="[VOICE]", required=False)
@db_option
@json_option
def history(voice_given: str | None, db: str, as_json: bool) -> None:
    """List the changes made to voices (or to VOICE): who, when, old and new.

    \b
    Example:
        workbench voice history FAMa
    """
    with opened(db) as workbench:
        found = workbench.voice_history(voice_given)
    show_changes(found, as_json)


def show_changes(
    found: list[CurationChange], as_json: bool, names: Mapping[str, str] | None = None
) -> None:
    """The curation log's rows, as JSON lines or as a table; `names` shows a target by
    a name (a document's file for its sha256) where it has one."""
    if as_json:
        print_json(found)
        return
    named = names or {}
    table = listing(("at", "analyst", "action", "of", "old", "new"), max_width=40)
    for c in found:
        target = named.get(c.target, c.target)
        table.add_row(c.at[:16], c.analyst, c.action, target, c.old or "", c.new or "")
    console().print(table)


def _voice_edit(
    db: str, analyst: str | None, as_json: bool, edit: Callable[[Workbench], Voice]
) -> None:
    """Make one change to the voices, then print the voice it leaves."""
    with opened(db, analyst=analyst) as workbench:
        changed = edit(workbench)
    if as_json:
        print_json([changed])
        return
    line = f"voice {changed.id}: {changed.name} ({counted(changed.claims, 'claim')})"
    if changed.relays:
        line += f"; relays {changed.relays}"
    if changed.merged_into:
        line += f"; merged into {changed.merged_into}"
    echo(line)


COMMANDS = (voice,)
