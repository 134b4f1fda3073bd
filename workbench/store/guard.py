"""SQLite's failures as one line naming the database and the cause.

`guarded(Store)` wraps every public method of the store (those of the classes it
is assembled from included), and every iterator one returns, so that a locked,
read-only, full, damaged or altered database reaches the shells as a
`DatabaseError` (a `WorkbenchError`: one line and a non-zero exit status), never
as a traceback. Nothing else in Workbench catches `sqlite3.Error`.
"""

from __future__ import annotations

import functools
import inspect
import sqlite3
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from workbench.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseError,
    DatabaseFull,
    DatabaseReadOnly,
    DatabaseUnopened,
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
    # a damaged page read as text: "Could not decode to UTF-8 column 'loaded_at' ..."
    (
        "could not decode",
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
        DatabaseUnopened,
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
    """Wrap the public methods and `__init__` of a class whose instances have `path`
    and `timeout`, those it inherits included: each is wrapped once, on `cls`."""
    for name in dir(cls):
        member = inspect.getattr_static(cls, name)
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
