"""The `workbench` command line, a thin shell over the service (workbench/service/):
this module owns the top-level group, its --version and --db, and which commands it
has. The commands live one module per thing the analyst does: loading.py (extract,
ingest), reviewing.py (claims, verdict, history, review), links.py (match, links, link,
unlink), events.py (events, the `event` group), sources.py (sources, voices, grade,
credibility), voices.py (the `voice` group: rename, merge, relay), documents.py (the
`document` group: edit, remove), export.py and gazetteer.py (the `gazetteer` group);
common.py, options.py and terminal.py are what they share; corrections.py (the `claim`
group: edit, dismiss, restore, add; and reextract)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import Any, NoReturn

import click

from workbench import __version__
from workbench.cli import (
    corrections,
    documents,
    events,
    export,
    gazetteer,
    links,
    loading,
    reviewing,
    sources,
    voices,
)
from workbench.cli.common import database_of, refuse_empty


class _OneLineErrors(click.Group):
    """The top-level group: a usage error (an option's value that does not read, a
    command that is not there) is one line on stderr naming the command and the
    problem, with exit status 2, as every other refusal is one line (click's own
    form puts the usage and a hint around it, four lines in all); every other
    refusal opens "workbench: ", as a file's problem does, not click's "Error: "."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        try:
            status = super().main(args, prog_name, complete_var, False, **extra)
        except click.UsageError as error:
            path = error.ctx.command_path if error.ctx else "workbench"
            click.echo(f"{path}: {error.format_message()} (see {path} --help)", err=True)
            sys.exit(error.exit_code)
        except click.ClickException as error:  # a refusal: "workbench: what and why"
            click.echo(f"workbench: {error.format_message()}", err=True)
            sys.exit(error.exit_code)
        except OSError as error:  # "workbench claims > /dev/full": the output cannot be written
            _output_failed(error)
        except click.Abort as error:
            if isinstance(error.__cause__, KeyboardInterrupt):
                click.echo(f"{self._named(args)}: {INTERRUPTED}", err=True)
                sys.exit(130)
            click.echo("Aborted!", err=True)
            sys.exit(1)
        try:
            sys.stdout.flush()  # a full disk says so here, not at the interpreter's exit
        except OSError as error:
            _output_failed(error)
        sys.exit(status if isinstance(status, int) else 0)

    def _named(self, args: Sequence[str] | None) -> str:
        """ "workbench reextract", "workbench event merge": the command a command line
        runs, its options and their values (`--db X`) passed over."""
        words = [*(sys.argv[1:] if args is None else args)]
        named: list[str] = ["workbench"]
        group: click.Group = self
        while words:
            word = words.pop(0)
            if word == "--db":
                words = words[1:]
            elif not word.startswith("-"):
                command = group.commands.get(word)
                if command is None:
                    break
                named.append(word)
                if not isinstance(command, click.Group):
                    break
                group = command
        return " ".join(named)


# ctrl+c in a command but `ingest` (which says what it stored): click said "Aborted!",
# status 1, and nothing of what had become of the work (trial ux51, in `reextract`).
INTERRUPTED = (
    "interrupted (ctrl+c); nothing is saved half-done (the change under way, or a file "
    "being written, is left as it was): run it again to finish"
)


def _output_failed(error: OSError) -> NoReturn:
    """One line for output that could not be written (a full disk under a redirect of
    standard output, a closed pipe), exit status 1; the standard output is pointed at
    the null device first, so that the interpreter's own flush at exit fails no more
    (a trial's `export > full/r.html` ended in a traceback)."""
    where = error.filename or "standard output"
    reason = error.strerror or str(error)
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file behind stdout (a test's capture)
        pass
    if not isinstance(error, BrokenPipeError):  # `| head`: the reader has had enough
        click.echo(f"workbench: {where} cannot be written ({reason})", err=True)
    sys.exit(1)


@click.group(cls=_OneLineErrors, invoke_without_command=True)
@click.version_option(__version__, prog_name="workbench")
@click.option(
    "--db",  # no envvar: WORKBENCH_DB is read where no --db is typed (`database_of`)
    default=None,
    show_default="claims.db",
    type=click.Path(dir_okay=False),
    help="The claims database the review opens; WORKBENCH_DB sets it too.",
)
@click.pass_context
def main(ctx: click.Context, db: str | None) -> None:
    """Workbench: find, check and report the factual claims in conflict reporting.

    Without a command, opens the review TUI on the database (see `review`).
    """
    if ctx.invoked_subcommand is None:
        refuse_empty(db)  # `workbench --db ""`: not ./claims.db
        reviewing.open_review(database_of(db))


def _add_commands(*modules: ModuleType) -> None:
    """Give `main` the commands each module lists in its COMMANDS."""
    for module in modules:
        for command in module.COMMANDS:
            main.add_command(command)


_add_commands(loading, reviewing, links, events, sources, voices, documents, export, gazetteer)
_add_commands(corrections)
