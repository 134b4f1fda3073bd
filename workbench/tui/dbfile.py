"""The database file the app opened, so that a write never goes into a file that was
deleted or replaced meanwhile (an open SQLite connection keeps writing to the old
inode, and the analyst's work would vanish with it)."""

from __future__ import annotations

import os
from dataclasses import dataclass

from workbench.errors import WorkbenchError


class DatabaseGone(WorkbenchError):
    """The database file at the path is not the one the app opened."""


@dataclass(frozen=True)
class DbFile:
    """A database path and the identity (device, inode) of the file found there at open."""

    path: str
    device: int
    inode: int

    @classmethod
    def opened(cls, path: str) -> DbFile:
        """The file at `path` now: call when the database is opened."""
        found = os.stat(path)
        return cls(path, found.st_dev, found.st_ino)

    def check(self) -> None:
        """Raise DatabaseGone, with one line to show, if the path no longer holds the
        file opened (deleted, moved away or replaced by another file)."""
        try:
            found = os.stat(self.path)
        except FileNotFoundError:
            raise DatabaseGone(
                f"{self.path}: the database file was deleted or moved while open; "
                "not saved (restart Workbench on the file you mean)"
            ) from None
        if (found.st_dev, found.st_ino) != (self.device, self.inode):
            raise DatabaseGone(
                f"{self.path}: the database file was replaced by another file while open; "
                "not saved (restart Workbench to work on the new one)"
            )
