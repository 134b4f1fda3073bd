"""What the commands that open the claims database share: the --db, --analyst and
--json options, and `opened`, the service's Workbench on the database with its
refusals as one line."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from workbench.cli.terminal import error_line
from workbench.errors import WorkbenchError
from workbench.vocabulary import ClaimFilter

if TYPE_CHECKING:  # the service loads with the first command that opens a database
    from workbench.service import Workbench

F = TypeVar("F", bound=Callable[..., Any])


def db_option(func: F) -> F:
    """--db: the claims database (WORKBENCH_DB, else ./claims.db). Given before the
    command (`workbench --db X claims`), it holds for the command too."""
    return click.option(
        "--db",  # no envvar here: WORKBENCH_DB would win over a --db typed before
        default=None,
        show_default="claims.db",
        type=click.Path(dir_okay=False),
        callback=_database_given_before,
        help="The claims database; WORKBENCH_DB sets it too.",
    )(func)


_GROUP_DB = "workbench.group_db"  # the key of a group's --db in the contexts' shared meta


def _database_given_before(ctx: click.Context, _param: click.Parameter, value: str | None) -> str:
    """The command's own --db, else the one given to its group (`workbench document
    --db X edit 3`), else the one given to `workbench` before it (which holds for a
    command of a group, `workbench --db X event merge ...`, too), else WORKBENCH_DB:
    a --db typed anywhere on the line wins over the environment (a trial's
    `workbench --db A claims` read WORKBENCH_DB's database instead)."""
    given_before = ctx.find_root().params.get("db") if ctx.parent else None
    for typed in (value, ctx.meta.get(_GROUP_DB), given_before):
        refuse_empty(typed)
    return database_of(value or ctx.meta.get(_GROUP_DB) or given_before)


def refuse_empty(typed: str | None) -> None:
    """One line for a --db typed empty (`--db ""`, an unset shell variable), where
    ./claims.db would otherwise be opened silently; nothing for None (none typed)."""
    if typed is not None and not typed.strip():
        raise click.ClickException("--db: an empty path; name the database file")


def database_of(typed: str | None) -> str:
    """The database a --db typed names, else WORKBENCH_DB's, else ./claims.db.
    WORKBENCH_DB is read only where no --db was typed, and a folder or an empty value
    there is one line naming the variable (a trial's WORKBENCH_DB named a folder: every
    command, given a --db of its own, said "Invalid value for '--db': ... is a
    directory"; an unset shell variable's "" had opened ./claims.db silently)."""
    if typed:
        return typed
    from_env = os.environ.get("WORKBENCH_DB")
    if from_env is not None and not from_env.strip():  # an unset shell variable's ""
        raise click.ClickException(
            "WORKBENCH_DB: is set but empty; name the database file or unset it"
        )
    if from_env and Path(from_env).is_dir():
        raise click.ClickException(
            f"WORKBENCH_DB: {from_env}: is a folder, not a database file; "
            "name the file (claims.db in it?) or give --db"
        )
    return from_env or "claims.db"


def group_db_option(
    func: F,
    help_text: str = "The claims database its commands open (each command takes --db too).",
) -> F:
    """--db on a group (`claim`, `document`, `event`, `voice`, `gazetteer`): the
    database its command opens, unless the command is given its own --db;
    `help_text` says which commands open one where not all do."""
    return click.option(
        "--db",
        type=click.Path(dir_okay=False),
        expose_value=False,
        is_eager=True,
        callback=_keep_group_database,
        help=help_text,
    )(func)


def _keep_group_database(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    """Keep a group's --db where its command's `db_option` finds it."""
    if value:
        ctx.meta[_GROUP_DB] = value


def analyst_option(func: F) -> F:
    """--analyst: who decides, recorded with each verdict, note, link and credibility."""
    return click.option(
        "--analyst", help="Who decides [WORKBENCH_ANALYST, the config file, the login name]."
    )(func)


def json_option(func: F) -> F:
    """--json: one JSON object a line, the shapes of workbench/models/."""
    return click.option("--json", "as_json", is_flag=True, help="One JSON object a line.")(func)


def _empty_file(db: str) -> bool:
    """Whether `db` is a file of no bytes: SQLite would take it as a database to make."""
    path = Path(db)
    return path.is_file() and path.stat().st_size == 0


@contextmanager
def opened(db: str, create: bool = False, analyst: str | None = None) -> Iterator[Workbench]:
    """The workbench on `db`, deciding as `analyst` (else the default one); a
    WorkbenchError becomes one line on stderr and exit 1. Only a command that loads
    sources (`create`) makes a database that is not there: a mistyped path is no
    empty database."""
    from workbench.service import Workbench  # not for --help: extraction's patterns load with it

    if not create and not Path(db).exists():
        raise error_line(WorkbenchError(f"{db}: no database there (`workbench ingest` makes one)"))
    if not create and _empty_file(db):  # a trial's read command made one of an empty file
        raise error_line(
            WorkbenchError(f"{db}: an empty file, no database (`workbench ingest` makes one)")
        )
    try:
        workbench = Workbench(db, analyst)
    except WorkbenchError as error:
        raise error_line(error) from None
    workbench.store.lock_wait = partial(_waiting, db, workbench.store.timeout)
    try:
        yield workbench
    except WorkbenchError as error:
        raise error_line(error) from None
    finally:
        workbench.close()


def _waiting(db: str, timeout: float) -> None:
    """A write has waited a while for another process's lock: say so, once, on stderr
    (`verdict` hung up to 30 s, unsaid, while another process held the lock)."""
    click.echo(
        f"workbench: {db}: another process is writing to it; waiting for it to finish"
        f" (at most {timeout:g} s)",
        err=True,
    )


def document_filter(
    workbench: Workbench, where: ClaimFilter, source: str, by_path: bool = False
) -> ClaimFilter:
    """`where` narrowed to a --source: a document's id (as `sources` lists them), path
    or file name, or its title where one document has it; one that names no stored
    document is a usage error (one line, exit 2), never an empty listing. `by_path`: an
    id is given as its document's path (an export's summary names the document by it)."""
    documents = workbench.sources()
    if source.isdigit():
        found = next((d for d in documents if d.id == int(source)), None)
        if found is not None and by_path:
            return replace(where, source=found.path)
        if found is not None:
            return replace(where, source=None, document_id=found.id)
    if any(source in (d.path, Path(d.path).name) for d in documents):
        return replace(where, source=source)
    titled = [d for d in documents if (d.title or "").casefold() == source.casefold()]
    if len(titled) == 1:  # a pasted source's title (its file name is made up)
        return replace(where, source=None, document_id=titled[0].id)
    raise click.BadParameter(
        f"no document {source!r}; `workbench sources` lists them", param_hint="'--source'"
    )
