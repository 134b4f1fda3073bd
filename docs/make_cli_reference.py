"""Write docs/cli.md from the commands' own --help: `python docs/make_cli_reference.py`.

tests/test_docs.py fails when docs/cli.md differs from what this writes.
"""

from __future__ import annotations

from pathlib import Path

import click
from click.testing import CliRunner

from workbench.cli import main

HEADER = """# Command reference

Generated from `--help` by `python docs/make_cli_reference.py`; do not edit by hand.
Every command that touches the database takes `--db PATH` (or `WORKBENCH_DB`,
else `./claims.db`); `--json` prints one JSON object a line (docs/formats.md).

Exit statuses: 0 done; 1 refused (a file, a path, an id), told in one line on
stderr; 2 a wrong option; 130 an interrupted ingest. A database that cannot do
what was asked exits with BSD's `sysexits.h` codes: 75 another process held the
write lock (try again), 77 read-only, 74 the disk is full or failing, 65 the file
is damaged or no Workbench database (docs/reliability.md).
"""


def reference() -> str:
    parts = [HEADER]
    context = click.Context(main)
    for name in sorted(main.list_commands(context)):
        result = CliRunner(env={"COLUMNS": "100"}).invoke(
            main, [name, "--help"], prog_name="workbench"
        )
        parts.append(f"\n## workbench {name}\n\n```\n{result.output.rstrip()}\n```\n")
    return "".join(parts)


if __name__ == "__main__":
    (Path(__file__).parent / "cli.md").write_text(reference(), encoding="utf-8")
