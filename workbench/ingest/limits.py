"""Which files an ingest may read (issue 14, item 14): regular files only, each up to a
size limit, so that a FIFO never blocks it and `/dev/zero` never fills the memory.

The limit is, first found: `--max-size` (which sets WORKBENCH_MAX_FILE_SIZE for the
command and its worker processes), the WORKBENCH_MAX_FILE_SIZE environment variable,
`max_file_size` in the `[ingest]` table of the config file, else DEFAULT_MAX_SIZE.
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager

from workbench.config import config_file
from workbench.errors import SourceError, WorkbenchError

ENVIRONMENT = "WORKBENCH_MAX_FILE_SIZE"
DEFAULT_MAX_SIZE = 128 * 1024 * 1024  # 128 MiB: far above any article, far below the memory
_UNITS = {"": 1, "b": 1, "k": 1000, "m": 1000**2, "g": 1000**3}
_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([kmg]?)(i?)b?", re.IGNORECASE)
_KINDS = {
    stat.S_IFLNK: "a symbolic link",
    stat.S_IFDIR: "a folder",
    stat.S_IFIFO: "a named pipe (FIFO)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
}


def kind_of(mode: int) -> str:
    """ "a named pipe (FIFO)", "a character device" ...: what a file that is not a
    regular one is, from its `st_mode`."""
    return _KINDS.get(stat.S_IFMT(mode), "not a regular file")


def parse_size(text: str) -> int:
    """Bytes from "50MB", "1.5 GB", "200k", "1 KiB" or "4096"; ValueError otherwise.
    KB, MB, GB are powers of 1000; KiB, MiB, GiB of 1024."""
    found = _SIZE.fullmatch(text.strip())
    if not found or (found.group(3) and not found.group(2)):
        raise ValueError(f"{text!r} is not a size such as 50MB, 200KB or 4096")
    number, unit, binary = found.groups()
    scale = 1024 ** " kmg".index(unit.lower()) if binary else _UNITS[unit.lower()]
    size = int(float(number) * scale)
    if size < 1:
        raise ValueError(f"{text!r} is not a size of at least one byte")
    return size


def max_file_size() -> int:
    """The size limit in bytes: the environment, the config file's
    `[ingest] max_file_size`, else the default.

    Raises WorkbenchError (one line naming the setting) when the one that applies is
    not a size: a mistyped limit is said, not replaced by the default in silence."""
    for given, where in ((os.environ.get(ENVIRONMENT), ENVIRONMENT), (_configured(), None)):
        if given is None or not str(given).strip():
            continue
        try:
            return parse_size(str(given))
        except ValueError as error:
            where = where or f"{config_file()} [ingest] max_file_size"
            raise WorkbenchError(f"{where}: {error}") from None
    return DEFAULT_MAX_SIZE


@contextmanager
def size_limit(size: int | None) -> Iterator[None]:
    """The limit `size` (when given) for the code in the block and the processes it
    starts; the environment as it was afterwards."""
    if size is None:
        yield
        return
    before = os.environ.get(ENVIRONMENT)
    os.environ[ENVIRONMENT] = str(size)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(ENVIRONMENT, None)
        else:
            os.environ[ENVIRONMENT] = before


def refusal(status: os.stat_result, limit: int) -> str | None:
    """Why a file with this (followed) status is not read, or None when it may be."""
    if not stat.S_ISREG(status.st_mode):
        return f"is {kind_of(status.st_mode)}, not a file"
    if status.st_size > limit:
        return over_limit(status.st_size, limit)
    return None


def over_limit(size: int, limit: int) -> str:
    return f"{size:,} bytes, over the size limit of {limit:,} bytes"


def read_regular(path: str, limit: int | None = None) -> bytes:
    """The bytes of the regular file at `path` (a link to one is followed), at most
    `limit`; SourceError, one line, for anything else. A device is never opened (its
    status says what it is); the file is opened without blocking and checked again, so
    that a FIFO put there in the meantime is refused, not waited on."""
    limit = max_file_size() if limit is None else limit
    try:
        _check(path, os.stat(path), limit)
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        raise SourceError(path, "no such file or directory") from None
    except OSError as error:
        raise SourceError(path, f"cannot be read ({error.strerror or error})") from None
    try:
        status = os.fstat(descriptor)
        _check(path, status, limit)
        data = _read_at_most(descriptor, limit + 1, status.st_size + 1)
    except OSError as error:
        raise SourceError(path, f"cannot be read ({error.strerror or error})") from None
    finally:
        os.close(descriptor)
    if len(data) > limit:  # it grew since it was measured
        raise SourceError(path, over_limit(len(data), limit))
    return data


def _check(path: str, status: os.stat_result, limit: int) -> None:
    if stat.S_ISDIR(status.st_mode):
        raise SourceError(path, "is a directory, not a file")
    problem = refusal(status, limit)
    if problem:
        raise SourceError(path, problem)


def _read_at_most(descriptor: int, size: int, expected: int) -> bytes:
    """At most `size` bytes, read first in one piece of the `expected` size (the
    file's size and one byte, to see its end): a file that did not grow is read
    into one string, not into pieces joined into a second copy of it."""
    chunks: list[bytes] = []
    step = expected
    while size > 0:
        chunk = os.read(descriptor, min(size, step))
        if not chunk:
            break
        chunks.append(chunk)
        size -= len(chunk)
        step = 1 << 20  # it grew since it was measured: the rest a megabyte at a time
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _configured() -> object:
    try:
        settings = tomllib.loads(config_file().read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return None
    table = settings.get("ingest")
    return table.get("max_file_size") if isinstance(table, dict) else None
