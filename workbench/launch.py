"""The `workbench` command's entry point: the command line (workbench/cli/), with an
interrupt during its start-up (ctrl+c while the commands are imported) ended quietly
with the shell's status for it, 130, instead of a traceback. Once the command runs,
click and the commands deal with an interrupt themselves. A database file damaged
past reading (a page SQLite calls malformed, met in the middle of a command) is one
line naming the file, exit status 1, not a traceback."""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Sequence


def main() -> None:
    """Run the command line; exit 130 on ctrl+c before it has started."""
    try:
        from workbench.cli import main as command_line
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        sys.exit(130)
    try:
        command_line()
    except sqlite3.DatabaseError as error:
        where = database_named(sys.argv[1:])
        sys.stderr.write(
            f"workbench: {where}: cannot be read ({error}); the file may be damaged: "
            f"sqlite3 '{where}' 'PRAGMA integrity_check' tells, a copy restores it\n"
        )
        sys.exit(1)


def database_named(args: Sequence[str]) -> str:
    """The database a command line names (--db PATH or --db=PATH, before or after its
    command), else WORKBENCH_DB, else claims.db."""
    for index, arg in enumerate(args):
        if arg == "--db" and index + 1 < len(args):
            return args[index + 1]
        if arg.startswith("--db="):
            return arg.removeprefix("--db=")
    return os.environ.get("WORKBENCH_DB", "claims.db")
