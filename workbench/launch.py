"""The `workbench` command's entry point: the command line (workbench/cli/), with an
interrupt during its start-up (ctrl+c while the commands are imported) ended quietly
with the shell's status for it, 130, instead of a traceback. Once the command runs,
click and the commands deal with an interrupt themselves."""

from __future__ import annotations

import sys


def main() -> None:
    """Run the command line; exit 130 on ctrl+c before it has started."""
    try:
        from workbench.cli import main as command_line
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        sys.exit(130)
    command_line()
