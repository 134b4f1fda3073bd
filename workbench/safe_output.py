"""Where an export may be written: a regular file or a new path, never a device node,
a FIFO, a symbolic link or a folder (issue 14, item 8), nor a database or its journal
(an export over the open claims.db had replaced every verdict and note without a
question).

The export is written into a private folder made beside the target (`mkdtemp`: a
fresh name, mode 0700, so nothing planted beside the target is written through) and
moved over the target with one `os.replace` at the end: a reader sees the old file or
the new one, never half of one, and a failed export leaves the old one whole.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from workbench.errors import WorkbenchError
from workbench.ingest.limits import kind_of


def check_target(path: str) -> int | None:
    """The permission bits of the regular file at `path`, or None for a new path whose
    folder exists; WorkbenchError (one line) for anything else."""
    if not Path(path).name:
        raise WorkbenchError(f"{path!r}: give a file name")
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        folder = Path(path).parent
        if not folder.is_dir():
            raise WorkbenchError(f"{path}: the folder {folder} does not exist") from None
        if a_database(path):  # "claims.db-wal" not there yet: SQLite would read it
            raise WorkbenchError(_DATABASE.format(path=path)) from None
        return None
    except OSError as error:
        raise WorkbenchError(f"{path}: cannot be written ({error.strerror or error})") from None
    if stat.S_ISREG(mode):
        if a_database(path):
            raise WorkbenchError(_DATABASE.format(path=path))
        return stat.S_IMODE(mode)
    raise WorkbenchError(
        f"{path}: is {kind_of(mode)}; an export writes only to a regular file or a new path"
    )


_DATABASE = (
    "{path}: is a database (a claims.db's verdicts and notes, or its journal); "
    "an export never replaces one: name another file"
)
_SQLITE_HEADER = b"SQLite format 3\x00"  # the first 16 bytes of every SQLite database
_JOURNALS = ("-wal", "-shm", "-journal")  # files SQLite keeps beside a database


def a_database(path: str) -> bool:
    """Whether the regular file at `path` is an SQLite database (the open claims.db,
    another one) or a journal SQLite keeps beside one ("claims.db-wal"): what an
    export written over it would destroy."""
    for suffix in _JOURNALS:
        if path.endswith(suffix):
            return a_database(path[: -len(suffix)])
    try:
        with open(path, "rb") as file:
            return file.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except OSError:
        return False


@contextmanager
def staged(path: str) -> Iterator[str]:
    """A path to write the export to; when the block ends without an error, what was
    written there replaces `path` atomically. A WorkbenchError raised in the block that
    names the staged path is raised again naming `path`."""
    check_target(path)
    target = Path(path)
    try:
        scratch = tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent)
    except OSError as error:
        raise WorkbenchError(f"{path}: cannot be written ({error.strerror or error})") from None
    written = os.path.join(scratch, target.name)
    try:
        yield written
        _replace(written, path)
    except WorkbenchError as error:
        raise WorkbenchError(str(error).replace(written, path)) from None
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _replace(written: str, path: str) -> None:
    """Move the written file over `path`, checked again just before (the old file's
    permissions kept)."""
    mode = check_target(path)
    try:
        if mode is not None:
            os.chmod(written, mode)
        os.replace(written, path)
    except OSError as error:
        raise WorkbenchError(f"{path}: cannot be written ({error.strerror or error})") from None


def keep_copy(path: str) -> str:
    """Copy the regular file at `path` to `path` + ".bak" (replacing an earlier copy)
    the way an export is written (`staged`: a private folder beside it, one rename),
    and return the copy's path; WorkbenchError (one line) where the ".bak" is a folder,
    a link or a database (`check_target`) or cannot be written. For an export that
    replaces a file: nothing there is lost."""
    kept = f"{path}.bak"
    with staged(kept) as written:
        try:
            shutil.copy2(path, written)
        except OSError as error:
            raise WorkbenchError(f"{kept}: cannot be written ({error.strerror or error})") from None
    return kept
