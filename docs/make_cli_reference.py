"""Write docs/cli.md from the commands' own --help: `python docs/make_cli_reference.py`.

tests/test_docs.py fails when docs/cli.md differs from what this writes.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import click
from click.testing import CliRunner

from workbench.cli import main

HEADER = """# Command reference

Generated from `--help` by `python docs/make_cli_reference.py`; do not edit by hand.
Every command that touches the database takes `--db PATH` (or `WORKBENCH_DB`,
else `./claims.db`), given after the command, before it (`workbench --db X claims`)
or to its group (`workbench document --db X edit 3`); `--json` prints one JSON object
a line (docs/formats.md).

Exit statuses: 0 done; 1 refused (a file, a path, an id), told in one line on
stderr; 2 a wrong option or value, one line too; 130 a command interrupted
(ctrl+c), one line too (an ingest says what it stored). A database that cannot
do what was asked exits with BSD's `sysexits.h` codes: 75 another process held
the write lock (try again), 77 read-only, 74 the disk is full or failing, 65 the
file is damaged or no Workbench database (docs/reliability.md). A review TUI that
stops on an error nothing expected exits 70, with one line naming the error and
the file in the temporary folder that keeps its traceback.
"""


def reference() -> str:
    """docs/cli.md: the header, then each command's --help, a group's commands after it."""
    parts = [HEADER]
    for words in command_words(main):
        result = CliRunner(env={"COLUMNS": "100"}).invoke(
            main, [*words, "--help"], prog_name="workbench"
        )
        title = " ".join(words)
        parts.append(f"\n## workbench {title}\n\n```\n{result.output.rstrip()}\n```\n")
    return "".join(parts)


def command_words(group: click.Group, before: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """What follows `workbench` to name each command, in order of name, a group's
    commands (`event merge`) right after the group itself."""
    context = click.Context(group)
    for name in sorted(group.list_commands(context)):
        yield (*before, name)
        command = group.get_command(context, name)
        if isinstance(command, click.Group):
            yield from command_words(command, (*before, name))


if __name__ == "__main__":
    (Path(__file__).parent / "cli.md").write_text(reference(), encoding="utf-8")
