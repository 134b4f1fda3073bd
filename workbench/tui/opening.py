"""Opening a database in the review app: the sample articles loaded into an empty
one, or what an interrupted ingest left unmatched matched, in a thread of its own,
each outcome said as a message (`messages.py`)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import CancelledError
from pathlib import Path
from typing import Any

from textual import work

from workbench.errors import DatabaseReadOnly
from workbench.models import counted
from workbench.service import Workbench
from workbench.tui.messages import Loaded, LoadProgress, Notice
from workbench.tui.writes import DATABASE_ERRORS, Reader, Writer, problem

EMPTY_SAID_FOR_S = 15.0  # how long "the database is empty" stays, unless a load adds


class Opening:
    """What the app does as it opens its database (mixed into WorkbenchApp)."""

    workbench: Workbench
    db_path: str
    seeds: Path | None
    reader: Reader
    writer: Writer
    told_empty: bool  # "the database is empty" is on screen, until a load adds
    post_message: Callable[..., Any]  # the app's (textual's MessagePump)

    @work(thread=True, exclusive=True, group="load")
    def open_database(self) -> None:
        """In a thread: load the sample articles into an empty database; else match
        what an interrupted ingest stored and left unmatched (killed, or stopped with
        Ctrl-C), and say so. Asked in the reading thread, whether the database is empty
        opens that thread's connection before anything here writes (see `Reader`)."""
        try:
            empty = self.reader.submit(self.workbench.is_empty).result()
        except CancelledError:
            return  # the app closed first
        except DATABASE_ERRORS as error:
            self.post_message(Notice(problem(error, self.db_path), severity="error"))
            return
        if self.workbench.read_only:
            line = (
                f"{self.db_path} is read-only (the file or its folder cannot be written):"
                " claims can be read, but no verdict, note or correction can be saved"
            )
            self.post_message(Notice(line, severity="warning", timeout=EMPTY_SAID_FOR_S))
        elif not empty:
            self._resume_matching()
        elif self.seeds is not None and self.seeds.is_dir():
            self.post_message(
                Notice(f"The database is empty: loading the sample articles in {self.seeds}")
            )
            self._load([str(self.seeds)])
        else:
            line = (
                f"{self.db_path} is empty (a new database if you did not mean one: check "
                "--db): press i to add an article (a file, a folder, an address or pasted"
                " text), or run `workbench ingest PATH`"
            )
            self.told_empty = True
            self.post_message(Notice(line, severity="warning", timeout=EMPTY_SAID_FOR_S))

    def _load(self, paths: list[str]) -> None:
        """Ingest (and match), in the thread of `open_database`, with a progress bar."""
        self.post_message(LoadProgress(0, 0))
        try:
            self.writer.file.check()

            def progress(done: int, total: int) -> None:
                self.post_message(LoadProgress(done, total))

            report = self.workbench.ingest(paths, jobs=1, progress=progress)
            done = "Loaded" if report.added or report.skipped else "Not loaded"
            summary, added = f"{done}: {report.summary()}", report.added
        except DATABASE_ERRORS as error:
            summary, added = f"Not loaded: {problem(error, self.db_path)}", 0
        self.post_message(Loaded(summary, added=added))

    def _resume_matching(self) -> None:
        """Match what an interrupted ingest left unmatched; nothing said when nothing was."""
        try:
            resumed = self.workbench.resume_matching()
        except DatabaseReadOnly:
            return  # a database opened to read only is matched by whoever can write it
        except DATABASE_ERRORS as error:
            line = f"Not matched: {problem(error, self.db_path)}"
            self.post_message(Notice(line, severity="error"))
            return
        if resumed:
            self.post_message(
                Loaded(
                    f"Matched {counted(len(resumed), 'document')} an interrupted ingest left"
                    f" unmatched: {counted(resumed.links, 'link')} suggested"
                )
            )
