"""Sources and voices: `sources` lists the loaded documents, `voices` the voices claims
speak in, `grade` grades a voice's reliability, and `credibility` shows or sets a
claim's credibility; `backup` copies the database safely while it is open."""

from __future__ import annotations

from pathlib import Path

import click

from workbench.cli.common import analyst_option, db_option, json_option, opened
from workbench.cli.terminal import console, echo, listing, print_json
from workbench.display import credibility_line, language_shown
from workbench.ingest.language import unread_warning
from workbench.models import Voice
from workbench.vocabulary import GRADES


@click.command()
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
        print_json(found)
        return
    columns = ("id", "document", "outlet", "published", "lang", "claims", "confirmed")
    table = listing((*columns, "disputed", "false"), max_width=40)
    for s in found:
        table.add_row(
            str(s.id),
            Path(s.path).name,
            s.outlet or "",
            s.published or "",
            language_shown(s.language, s.comment_languages),
            str(s.claims),
            str(s.confirmed),
            str(s.disputed),
            str(s.false_claims),
        )
    console().print(table)
    for s in found:
        warning = unread_warning(Path(s.path).name, s.language)
        if warning:
            echo(f"warning: {warning}", err=True, one_line=True)


@click.command()
@db_option
@click.option(
    "--all",
    "every",
    is_flag=True,
    help="Also list the voices merged into another (they speak no claim of their own);"
    " --json lists every voice.",
)
@json_option
def voices(db: str, every: bool, as_json: bool) -> None:
    """List the voices claims speak in, with their reliability grades.

    A voice merged into another (by `voice merge`, or by Workbench where the two are
    one name spelled otherwise: "U.N." and "UN", "Mayor X Y" and "X Y") is listed
    under the voice it went into ("also"), not on a row of its own; --all lists it too,
    and so does --json (with its merged_into; the voice it went into has it in aliases).
    Voices that may be one source but where that is your call are counted at the end:
    `workbench voice suggest` lists them.

    \b
    Examples:
        workbench voices
        workbench voices --all
    """
    with opened(db) as workbench:
        found = workbench.voices()
        suggested = 0 if as_json else len(workbench.voice_suggestions())
    if as_json:
        print_json(found)
        return
    shown = found if every else [v for v in found if v.merged_into is None]
    table = listing(("id", "voice", "kind", "grade", "claims", "note", "curated"), max_width=50)
    for v in shown:
        cells = (str(v.id), v.name, v.kind, v.grade or "", str(v.claims), v.note or "")
        table.add_row(*cells, curated(v))
    console().print(table)
    if suggested:
        echo(f"{suggested} pairs of voices may be one source: `workbench voice suggest`")


def curated(v: Voice) -> str:
    """ "merged into X", "also Y, Z" (the voices merged into it), "relays W", or
    nothing: what the analyst (or Workbench) said of a voice."""
    said = [f"merged into {v.merged_into}"] if v.merged_into else []
    said += [f"also {', '.join(v.aliases)}"] if v.aliases else []
    return "; ".join(said + ([f"relays {v.relays}"] if v.relays else []))


@click.command()
@click.argument("voice")
@click.argument(
    "grade", type=click.Choice(GRADES, case_sensitive=False), required=False, metavar="[GRADE]"
)
@db_option
@click.option("--note", help="Why this grade.")
@click.option("--clear", is_flag=True, help="Take the voice's grade away instead.")
@analyst_option
@json_option
def grade(
    voice: str,
    grade: str | None,
    db: str,
    note: str | None,
    clear: bool,
    analyst: str | None,
    as_json: bool,
) -> None:
    """Grade a voice's reliability on the Admiralty scale, A (completely reliable)
    to F (reliability cannot be judged). VOICE is its id or name.

    \b
    Example:
        workbench grade "A Chadian source" E --note "opposition daily, unconfirmed stories"
        workbench grade "A Chadian source" --clear

    The grade is logged with who gave it and the grade before (`voice history`).
    """
    _one_of(grade, clear, "GRADE")
    with opened(db, analyst=analyst) as workbench:
        graded = (
            workbench.ungrade(voice, note) if clear else workbench.grade(voice, str(grade), note)
        )
    if as_json:
        print_json([graded])
    else:
        echo(f"voice {graded.id} ({graded.name}): grade {graded.grade or 'none'}")


def _one_of(grade: object, clear: bool, name: str) -> None:
    """Refuse a grade given with --clear, or neither (click's usage error, status 2)."""
    if (grade is None) != clear:
        raise click.UsageError(
            f"give {name} or --clear, not both" if clear else f"give {name} or --clear"
        )


@click.command()
@click.argument("claim_id", type=int)
@click.argument("grade", type=click.IntRange(1, 6), required=False)
@db_option
@click.option("--note", help="Why this grade.")
@click.option("--clear", is_flag=True, help="Take your grade away: the suggestion stands.")
@analyst_option
@json_option
def credibility(
    claim_id: int,
    grade: int | None,
    db: str,
    note: str | None,
    clear: bool,
    analyst: str | None,
    as_json: bool,
) -> None:
    """Show a claim's credibility on the Admiralty scale as its links suggest it, or set
    your own with GRADE: 1 confirmed by other sources, 2 probably true, 3 possibly
    true, 4 doubtful, 5 improbable, 6 truth cannot be judged. Yours always wins.

    \b
    Examples:
        workbench credibility 27
        workbench credibility 27 4 --note "only the opposition daily reports it"
        workbench credibility 27 --clear
    """
    if clear and grade is not None:
        _one_of(grade, clear, "GRADE")
    with opened(db, analyst=analyst) as workbench:
        if clear:
            found = workbench.clear_credibility(claim_id)
        elif grade is None:
            found = workbench.credibility(claim_id)
        else:
            found = workbench.set_credibility(claim_id, grade, note)
    if as_json:
        print_json([found])
    else:
        voice = f"voice graded {found.voice_grade}" if found.voice_grade else "voice not graded"
        echo(f"claim {claim_id}: {credibility_line(found)}; {voice}")


@click.command()
@db_option
@click.argument("target", type=click.Path(dir_okay=False))
def backup(db: str, target: str) -> None:
    """Copy the database into a new file TARGET, safe while the review is open.

    A copy of claims.db made with cp or a file manager while the review TUI runs
    can lack the latest verdicts, notes and corrections (they wait in
    claims.db-wal); this copy holds everything saved.

    \b
    Example:
        workbench backup claims-2026-12-05.db
    """
    with opened(db) as workbench:
        workbench.backup(target)
    echo(f"Copied {db} into {target}")


COMMANDS = (sources, voices, grade, credibility, backup)
