"""SQLite's failures as one line naming the database and the cause.

`guarded(Store)` wraps every public method of the store, and every iterator one
returns, so that a locked, read-only, full, damaged or altered database reaches
the shells as a `DatabaseError` (a `WorkbenchError`: one line and a non-zero exit
status), never as a traceback. Nothing else in Workbench catches `sqlite3.Error`.
"""

from __future__ import annotations

import functools
import inspect
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from workbench.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseError,
    DatabaseFull,
    DatabaseReadOnly,
    SourceError,
    WorkbenchError,
)

LARGEST_ID = 2**63 - 1  # SQLite's largest integer
_CAUSES: tuple[tuple[str, type[DatabaseError], str], ...] = (
    (
        "is locked",
        DatabaseBusy,
        "another process has held the write lock for more than {timeout:g} s"
        " ({message}); nothing was changed: try again when it is done",
    ),
    (
        "readonly database",
        DatabaseReadOnly,
        "the database is read-only ({message}): the file or its folder cannot be"
        " written; reading works, nothing can be saved",
    ),
    (
        "database or disk is full",
        DatabaseFull,
        "the disk is full ({message}): nothing of this change was saved; free some"
        " space and run it again",
    ),
    (
        "disk i/o error",
        DatabaseFull,
        "writing to the disk failed ({message}: full or failing): nothing of this change was saved",
    ),
    (
        "malformed",
        DatabaseDamaged,
        "the database file is damaged ({message}); restore it from a backup",
    ),
    ("file is not a database", DatabaseDamaged, "not a Workbench database ({message})"),
    (
        "no such table",
        DatabaseDamaged,
        "the database is damaged or was altered: it lacks what Workbench keeps in it ({message})",
    ),
    (
        "no such column",
        DatabaseDamaged,
        "the database is damaged or was altered: it lacks what Workbench keeps in it ({message})",
    ),
    (
        "unable to open",
        DatabaseReadOnly,
        "cannot open the database file ({message}): its folder is missing or cannot be written",
    ),
)

VANISHED = (
    "the database file was deleted or replaced while Workbench had it open: this change"
    " was not saved; open the database again"
)
T = TypeVar("T")


def translate(
    database: str, error: Exception, args: tuple[Any, ...] = (), timeout: float = 30.0
) -> DatabaseError:
    """The `DatabaseError` that tells an analyst what `error` means for `database`."""
    if isinstance(error, OverflowError):
        number = next((n for n in _ints(args) if abs(n) > LARGEST_ID), None)
        what = "a number" if number is None else str(number)
        return DatabaseError(database, f"{what} is past the largest id SQLite holds (2^63 - 1)")
    message = str(error) or type(error).__name__
    for words, kind, cause in _CAUSES:
        if words in message.lower():
            return kind(database, cause.format(message=message, timeout=timeout))
    return DatabaseError(database, f"database error ({message})")


def _ints(args: tuple[Any, ...]) -> Iterator[int]:
    for arg in args:
        if isinstance(arg, int):
            yield arg
        elif isinstance(arg, list | tuple | set):
            yield from (n for n in arg if isinstance(n, int))


def guarded(cls: type[T]) -> type[T]:
    """Wrap the public methods of a class whose instances have `path` and `timeout`."""
    for name, member in list(vars(cls).items()):
        if inspect.isfunction(member) and (name == "__init__" or not name.startswith("_")):
            setattr(cls, name, _guard(member))
    return cls


def _guard(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def call(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            result = method(self, *args, **kwargs)
        except WorkbenchError:
            raise
        except (sqlite3.Error, OverflowError) as error:
            raise _translated(self, error, args) from None
        if isinstance(result, Iterator):
            return _guard_iterator(self, result)
        return result

    return call


def _guard_iterator(store: Any, rows: Iterator[T]) -> Iterator[T]:
    try:
        yield from rows
    except sqlite3.Error as error:
        raise _translated(store, error, ()) from None


def _translated(store: Any, error: Exception, args: tuple[Any, ...]) -> DatabaseError:
    return translate(
        getattr(store, "path", "the database"), error, args, getattr(store, "timeout", 30.0)
    )


def writable(path: str) -> bool:
    """Whether Workbench may write to the database at `path`: a new file can be made
    in its folder, or the file and its folder (for the WAL files) are writable."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not target.exists():
        return True  # its creation tells whether it can be made
    return os.access(target, os.W_OK) and os.access(folder, os.W_OK)


def connect(path: str, timeout: float, read_only: bool = False) -> sqlite3.Connection:
    """A connection to `path`, in autocommit mode (transactions are explicit). A
    read-only database is opened for reading (`mode=ro`), or as an unchanging file
    (`immutable=1`) when SQLite cannot make its shared-memory file beside it."""
    if not read_only:
        return _prepared(
            sqlite3.connect(path, timeout=timeout, isolation_level=None, check_same_thread=False),
            timeout,
        )
    uri = Path(path).resolve().as_uri()
    for mode in ("?mode=ro", "?mode=ro&immutable=1"):
        conn = sqlite3.connect(
            f"{uri}{mode}", timeout=timeout, isolation_level=None, uri=True, check_same_thread=False
        )
        try:
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            conn.close()
            continue
        return _prepared(conn, timeout)
    return _prepared(conn, timeout)  # let its first statement say why


def _prepared(conn: sqlite3.Connection, timeout: float) -> sqlite3.Connection:
    conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def storable_figure(number: float | None, path: str) -> float | None:
    """A figure as SQLite can hold it: an integer past its 64 bits as a real number
    (its first 15 digits kept); one past even that refuses its document."""
    if not isinstance(number, int) or -LARGEST_ID <= number <= LARGEST_ID:
        return number
    try:
        return float(number)
    except OverflowError:
        digits = len(str(abs(number))) if number.bit_length() < 14_000 else "thousands of"
        raise SourceError(path, f"a figure of {digits} digits is too large to store") from None


def file_identity(path: str) -> tuple[int, int] | None:
    """The file at `path` (device and inode), None when there is none: a write checks
    it is still the file it opened, as one deleted or replaced meanwhile would take
    the write with it."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino
