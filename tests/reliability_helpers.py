"""Helpers for the reliability tests: real databases, real processes, no mocks.

A `Holder` is a second process holding the write lock (`BEGIN IMMEDIATE`) on a
database, optionally running statements inside it, until told to commit. The command
line runs in a process of its own (`run_cli`) where a test needs one: to kill it, to
limit its resources, or to run it as another user; else in the test's process
(`run_here`), answered the same way.
"""

from __future__ import annotations

import os
import subprocess
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main

ROOT = Path(__file__).parent.parent
SEEDS = str(ROOT / "seeds")
HOLD = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
conn.execute("BEGIN IMMEDIATE")
for statement in sys.argv[2:]:
    conn.execute(statement)
print("held", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
print("committed", flush=True)
"""


class Holder:
    """A second process holding `BEGIN IMMEDIATE` on `db` until `release()`."""

    def __init__(self, db: str | Path, *statements: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(db), *statements],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "held"

    def release(self) -> None:
        """Commit what it did and end."""
        if self.process.poll() is None:
            self.process.communicate("go\n", timeout=60)

    def __enter__(self) -> Holder:
        return self

    def __exit__(self, *_: object) -> None:
        self.release()


def run_cli(*args: str, env: dict[str, str] | None = None, **popen: object):
    """`python -m workbench ARGS` in a process of its own (of this checkout: conftest's
    `children`), with `env` added to the environment."""
    environment = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "workbench", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
        **popen,  # type: ignore[arg-type]
    )


def run_here(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`workbench ARGS` run in this process by click's CliRunner (`env` set for the
    command only), answered as `run_cli` answers: its exit status, stdout and stderr.
    An exception the command line lets through is shown as a process of its own shows
    it: its traceback on stderr, exit status 1."""
    result = CliRunner().invoke(main, list(args), env=env)
    stderr = result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        stderr += "".join(traceback.format_exception(result.exception))
    return subprocess.CompletedProcess(args, result.exit_code, result.stdout, stderr)


def assert_one_line(result, *words: str, status: int | None = None) -> str:
    """A failure told in one line on stderr, naming what it should, without a
    traceback; with `status`, that exit status."""
    assert result.returncode != 0, result.stdout
    if status is not None:
        assert result.returncode == status, (result.returncode, result.stderr)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert "Traceback" not in result.stderr, result.stderr
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


@contextmanager
def looping(code: str, *args: str) -> Iterator[None]:
    """`python -c code args...` running in another process for the block: it prints
    "started" once ready, and is killed when the block ends."""
    loop = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert loop.stdout is not None and loop.stdout.readline().strip() == "started"
        yield
    finally:
        loop.kill()
        loop.wait()
