"""How the TUI writes: one thread, one write at a time in the order asked, each tried
again while another process holds the database's write lock, none into a database
file that vanished; and how a failure reads, in one line."""

from __future__ import annotations

import functools
import sqlite3
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, ParamSpec, Protocol, TypeVar

from textual.message import Message

from workbench.errors import DatabaseBusy, WorkbenchError
from workbench.tui.dbfile import DbFile

T = TypeVar("T")
P = ParamSpec("P")

#: What a read or a write may raise that the analyst can act on: one line, no traceback.
DATABASE_ERRORS = (sqlite3.Error, WorkbenchError, OSError)


@dataclass(frozen=True)
class WritePolicy:
    """How long a write waits for another process's lock: `attempts` tries, each
    waiting the store's busy timeout, with `pause` seconds between them."""

    attempts: int = 3
    pause: float = 1.0


class WriteWaiting(Message):
    """Posted from the writing thread: the lock was held, the write is tried again."""

    def __init__(self, attempt: int, attempts: int) -> None:
        super().__init__()
        self.attempt = attempt
        self.attempts = attempts


class _Poster(Protocol):
    def post_message(self, message: Message) -> bool: ...


def is_locked(error: BaseException) -> bool:
    """True if `error` is SQLite giving up on another connection's lock (as the
    store reports it, `DatabaseBusy`, or raw)."""
    if isinstance(error, DatabaseBusy):
        return True
    text = str(error).lower()
    return isinstance(error, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


def problem(error: BaseException, path: str) -> str:
    """`error` as the one line the analyst reads: the database and the cause."""
    if isinstance(error, WorkbenchError):
        return str(error).splitlines()[0] if str(error) else type(error).__name__
    if is_locked(error):
        return f"{path}: another process holds the database's write lock; not saved"
    if isinstance(error, OSError):
        return f"{path}: {error.strerror or error}"
    cause = str(error).splitlines()[0] if str(error) else ""
    return f"{path}: {type(error).__name__}: {cause}".rstrip(": ")


class Writer:
    """The TUI's writes, one after another in one thread (so that an undo never
    overtakes the verdict it undoes, and the thread keeps one connection)."""

    def __init__(self, file: DbFile, policy: WritePolicy, poster: _Poster) -> None:
        self.file = file
        self.policy = policy
        self.poster = poster
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="workbench-write")

    def submit(self, job: Callable[[], T]) -> Future[T]:
        """Run `job` in the writing thread after the jobs before it; not at all if the
        database file vanished (even a read there would create an empty file)."""
        return self._thread.submit(self._checked, job)

    def _checked(self, job: Callable[[], T]) -> T:
        self.file.check()
        return job()

    def retrying(self, write: Callable[[], T]) -> T:
        """Call `write` (one transaction) in the writing thread: refused if the database
        file vanished, tried again while another process holds the lock."""
        attempts = max(1, self.policy.attempts)
        for attempt in range(1, attempts + 1):
            self.file.check()
            try:
                return write()
            except (sqlite3.OperationalError, DatabaseBusy) as error:
                if not is_locked(error) or attempt == attempts:
                    raise
                self.poster.post_message(WriteWaiting(attempt, attempts))
                time.sleep(self.policy.pause)
        raise AssertionError("unreachable")  # pragma: no cover

    def close(self) -> None:
        """Drop the writes not yet started; the one running finishes."""
        self._thread.shutdown(wait=False, cancel_futures=True)


def guarded(method: Callable[P, T]) -> Callable[P, T | None]:
    """A screen method that reads the database: a database error becomes one line on
    screen instead of ending the app (a handler that raises ends it in Textual)."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T | None:
        try:
            return method(*args, **kwargs)
        except DATABASE_ERRORS as error:
            screen: Any = args[0]
            path = screen.app.workbench.store.path
            screen.app.notify(problem(error, path), severity="error", markup=False, timeout=10)
            return None

    return wrapper
