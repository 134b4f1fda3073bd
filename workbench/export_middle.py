"""The second process of an export written in two (`Workbench.export_to`): the job
it is given and how the first process starts and waits for it. The second writes the
middle part of the export, read from the database, into a scratch file while the
first process writes the rest.

The first runs `python -m workbench.export_second JOB`, JOB being a `MiddleJob` as
JSON: a fresh interpreter, as a forked one would share the first's SQLite connection,
which SQLite forbids, and multiprocessing's spawn would run the caller's own script
again when it lacks a `__main__` guard. This module imports nothing of the service,
which imports it; `export_second`, which the service never imports, runs the job.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import asdict, dataclass, field
from types import TracebackType

from workbench.errors import WorkbenchError
from workbench.export import Publisher
from workbench.vocabulary import ClaimFilter

MODULE = "workbench.export_second"
CHANGED = 3  # the second's exit status when the database is not the one the first reads


@dataclass(frozen=True)
class MiddleJob:
    """What the second process needs: which claims, in which format, written where."""

    database: str
    fmt: str
    statuses: list[str]
    contested: bool
    publisher: Publisher
    path: str
    state: str = ""  # `Store.state()` as the first reads it; the second must read the same
    title: str = ""  # the report's title; "" for the default
    narrow: ClaimFilter = field(default_factory=ClaimFilter)  # category, source, search, stale


class SecondProcess:
    """A running second process; leaving its `with` block unfinished stops it."""

    def __init__(self, job: MiddleJob) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", MODULE, json.dumps(asdict(job))],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )

    def finish(self) -> bool:
        """Wait for the middle part: True when written, False when the second process
        found the database changed since the first began to read it (and wrote nothing);
        a failure comes back as the second's last line."""
        _, errors = self.process.communicate()
        if self.process.returncode == CHANGED:
            return False
        if self.process.returncode:
            lines = errors.strip().splitlines() or [f"exit status {self.process.returncode}"]
            raise WorkbenchError(f"the second process writing the export failed: {lines[-1]}")
        return True

    def __enter__(self) -> SecondProcess:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self.process.returncode is None:  # not finished: the first process failed
            self.process.kill()
            self.process.communicate()
