"""The TUI's two threads for the database, so that the event loop never waits on it:
one reads, one writes (one write at a time in the order asked, each tried again while
another process holds the database's write lock); neither touches a database file
that vanished. And how a failure reads, in one line."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Hashable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Protocol, TypeVar

from textual.message import Message

from workbench.errors import DatabaseBusy, WorkbenchError
from workbench.tui.dbfile import DbFile
from workbench.tui.messages import WriteWaiting

T = TypeVar("T")

#: What a read or a write may raise that the analyst can act on: one line, no traceback.
DATABASE_ERRORS = (WorkbenchError, OSError)


@dataclass(frozen=True)
class WritePolicy:
    """How long a write waits for another process's lock: `attempts` tries, each
    waiting the store's busy timeout, with `pause` seconds between them."""

    attempts: int = 3
    pause: float = 1.0

    @classmethod
    def in_tries(cls, total: float) -> WritePolicy:
        """About `total` seconds of waiting in tries of TRY_S each (the store waiting
        at most that long a try), so that the analyst hears within seconds that a
        save waits, not after a whole busy timeout (a trial saw nothing for 45 s)."""
        return cls(attempts=max(1, math.ceil(total / TRY_S)), pause=0.0)


TRY_S = 2.0  # how long one try of a TUI write waits for another process's lock


class _Poster(Protocol):
    def post_message(self, message: Message) -> bool: ...


def problem(error: BaseException, path: str) -> str:
    """`error` as the one line the analyst reads: the database and the cause."""
    if isinstance(error, WorkbenchError):
        return str(error).splitlines()[0] if str(error) else type(error).__name__
    if isinstance(error, OSError):
        return f"{path}: {error.strerror or error}"
    cause = str(error).splitlines()[0] if str(error) else ""
    return f"{path}: {type(error).__name__}: {cause}".rstrip(": ")


class SerialThread:
    """Jobs run one after another in a thread of their own, which keeps one
    connection to the database (the store gives each thread its own)."""

    def __init__(self, file: DbFile, name: str) -> None:
        self.file = file
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)

    def submit(self, job: Callable[[], T]) -> Future[T]:
        """Run `job` in the thread after the jobs before it; not at all if the
        database file vanished (even a read there would create an empty file). Once
        the thread is closed (q pressed, the app not yet gone) the job is dropped: its
        future comes back cancelled, as a job dropped for a newer one does (a trial
        typed its next shell command into a closing review, and the `c` of `clear`
        stopped it on "cannot schedule new futures after shutdown")."""
        try:
            return self._thread.submit(self._checked, job)
        except RuntimeError:  # shut down: the executor takes no job
            dropped: Future[T] = Future()
            dropped.cancel()
            return dropped

    def _checked(self, job: Callable[[], T]) -> T:
        self.file.check()
        return job()

    def close(self) -> None:
        """Drop the jobs not yet started; the one running finishes."""
        self._thread.shutdown(wait=False, cancel_futures=True)


class Reader(SerialThread):
    """The TUI's reads that write nothing. One thread, whose connection is opened by
    the first read, at start: the store opens a thread's connection under its write
    lock, so a thread opening one while a write waits on another process's lock
    would wait with it. In WAL mode that lock never holds a read up."""

    def __init__(self, file: DbFile) -> None:
        super().__init__(file, "workbench-read")
        self._queued: dict[Hashable, Future[object]] = {}

    def ask(self, key: Hashable, job: Callable[[], T]) -> Future[T]:
        """`submit`, dropping the job of the same `key` not started yet: its answer
        would be older than this one's (a search typed a letter at a time). Called
        on the event loop only."""
        earlier = self._queued.pop(key, None)
        if earlier is not None:
            earlier.cancel()
        self._queued = {k: f for k, f in self._queued.items() if not f.done()}
        future = self.submit(job)
        self._queued[key] = future  # type: ignore[assignment]
        return future


class Writer(SerialThread):
    """The TUI's writes, one after another in one thread (so that an undo never
    overtakes the verdict it undoes), and its reads that may write."""

    def __init__(self, file: DbFile, policy: WritePolicy, poster: _Poster) -> None:
        super().__init__(file, "workbench-write")
        self.policy = policy
        self.poster = poster

    def retrying(self, write: Callable[[], T]) -> T:
        """Call `write` (one transaction) in the writing thread: refused if the database
        file vanished, tried again while another process holds the lock."""
        attempts = max(1, self.policy.attempts)
        for attempt in range(1, attempts + 1):
            self.file.check()
            try:
                return write()
            except DatabaseBusy:  # the store's guard reports SQLite's lock errors so
                if attempt == attempts:
                    raise
                self.poster.post_message(WriteWaiting(attempt, attempts))
                time.sleep(self.policy.pause)
        raise AssertionError("unreachable")  # pragma: no cover
