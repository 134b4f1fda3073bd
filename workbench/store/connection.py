"""Opening the database and the transactions every read and write runs in.

`Connection` is the base every part of `Store` builds on. It owns the file: one
SQLite connection per thread (WAL mode, a busy timeout, foreign keys on), the
schema brought up to date on opening, one write transaction at a time
(`_write`), and a read transaction many reads share (`reading`, one picture of
the database for an export). SQL about the tables themselves lives in the
modules named after them.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TypeVar, cast

from sqlite_utils import Database

from workbench.config import busy_timeout
from workbench.errors import DatabaseError, DatabaseReadOnly, DatabaseUnopened, WorkbenchError
from workbench.store.guard import VANISHED
from workbench.store.migrations import pending, upgrade

Row = TypeVar("Row", bound=Mapping[str, object])
# how long a write waits for another process's lock before `Connection.lock_wait` is told
WAIT_SAID_AFTER_S = 2.0

_STATE = (
    "SELECT COUNT(*), MAX(id) FROM documents",
    "SELECT COUNT(*), MAX(id) FROM claims",
    "SELECT COUNT(*), MAX(updated_at), TOTAL(length(state) * id) FROM links",
    "SELECT COUNT(*), MAX(id) FROM verdict_history",
    "SELECT COUNT(stale_at), MAX(stale_at) FROM verdicts",
    "SELECT COUNT(*), TOTAL(unicode(grade) * id), TOTAL(length(note)) FROM voices",
    "SELECT COUNT(*), MAX(updated_at), TOTAL(length(summary)) FROM events",
    "SELECT COUNT(*), TOTAL(event_id * claim_id) FROM event_claims",
    "SELECT COUNT(*), MAX(graded_at) FROM claim_credibility",
    "SELECT COUNT(*), MAX(id) FROM curation_log",  # voices renamed, documents edited
    "SELECT COUNT(*), MAX(id) FROM claim_corrections",
    "SELECT MAX(value) FROM meta WHERE key = 'claims_rederived'",
)


class Connection:
    """One open claims database: its connections, schema and transactions."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        _refuse_no_file(self.path)
        self.timeout = busy_timeout()
        self._write_lock = threading.RLock()
        self._local = threading.local()
        self._opened: list[Database] = []
        self.read_only = not writable(self.path)
        self._identity: tuple[int, int] | None = None  # the file opened, once made
        # called (in a thread of its own) once a write has waited WAIT_SAID_AFTER_S for
        # another process's lock: the CLI says it waits, instead of hanging unsaid
        self.lock_wait: Callable[[], None] | None = None
        self._open_schema()
        self._identity = file_identity(self.path)

    def _open_schema(self) -> None:
        """Migrate, then switch to write-ahead logging. SQLite answers "locked" at once,
        without waiting, where waiting could deadlock (processes creating one database
        at the same moment): that is tried again, until the busy timeout."""
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                self._migrate()
                if not self.read_only:
                    self.db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    @property
    def db(self) -> Database:
        """This thread's connection. Threads never share one: a COMMIT fails while
        another thread has a statement open on the same connection."""
        db: Database | None = getattr(self._local, "db", None)
        if db is None:
            db = Database(connect(self.path, self.timeout, self.read_only))
            self._local.db = db
            with self._write_lock:
                self._opened.append(db)
        return db

    def close(self) -> None:
        """Close every thread's connection; the next read opens a new one."""
        with self._write_lock:
            for db in self._opened:
                db.close()
            self._opened.clear()
        self._local = threading.local()

    # -- rows -------------------------------------------------------------

    def _iter_rows(
        self, shape: type[Row], sql: str, params: Sequence[object] = ()
    ) -> Iterator[Row]:
        """A query's rows as dicts of `shape`, one of the TypedDicts of workbench/rows.py,
        read as they are consumed. The one place a row's type is declared, not checked:
        sqlite-utils types every row `dict[str, Any]`, and it is the query's columns that
        make it `shape` (tests/test_rows.py compares the two). `shape` is for the type
        checker and the reader; nothing reads it at run time."""
        return cast("Iterator[Row]", self.db.query(sql, params))

    def _rows(self, shape: type[Row], sql: str, params: Sequence[object] = ()) -> list[Row]:
        """The same, all read at once."""
        return list(self._iter_rows(shape, sql, params))

    def _require_document(self, document_id: int) -> None:
        """Raise WorkbenchError unless a document of this id is stored."""
        if not self.db.execute("SELECT 1 FROM documents WHERE id = ?", [document_id]).fetchone():
            raise WorkbenchError(f"no document with id {document_id}")

    # -- schema -----------------------------------------------------------

    def _migrate(self) -> None:
        """Bring the schema to this version, under the write lock: processes creating
        or upgrading one database at once do it once, one after the other."""
        if pending(self.db, self.path):
            if self.read_only:
                raise DatabaseReadOnly(
                    self.path,
                    "read-only, and made by an older Workbench: it must be upgraded"
                    " before it is read, which needs write access to the file and its folder",
                )
            with self._write():
                if pending(self.db, self.path):
                    upgrade(self.db, self.path)

    def backup(self, target: Path) -> None:
        """Copy the whole database into the new file `target` with SQLite's online
        backup (https://sqlite.org/backup.html): what the write-ahead log holds is in
        the copy, which a copy of the file alone lacks while another connection (the
        TUI) keeps the log open, and the copy is consistent while others write.
        Raises WorkbenchError where `target` exists (the database itself included, or
        a link to anything), lies in no folder, or cannot be written; a partial copy
        is removed."""
        if target.exists() or target.is_symlink():  # a dangling link too: never replaced
            raise WorkbenchError(f"{target}: already exists; name a new file")
        if not target.parent.is_dir():
            raise WorkbenchError(f"{target}: no folder {target.parent} to write it in")
        try:
            with closing(sqlite3.connect(target)) as copy:
                self.db.conn.backup(copy)
        except (sqlite3.Error, OSError) as error:
            target.unlink(missing_ok=True)
            raise WorkbenchError(f"{target}: cannot be written ({error})") from None

    def schema_version(self) -> int:
        """The schema version the database is at (PRAGMA user_version)."""
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    # -- transactions -----------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once (BEGIN IMMEDIATE) so that a read
        followed by a write never fails on another process's lock."""
        with self._write_lock:
            conn = self.db.conn
            ours = not conn.in_transaction  # else BEGIN fails: the transaction is not ours
            try:  # BEGIN inside: an interrupt just after it still ends the transaction
                with self._waiting_said():
                    conn.execute("BEGIN IMMEDIATE")  # waits for another process's lock
                yield conn
                if self._identity and file_identity(self.path) != self._identity:
                    raise DatabaseError(self.path, VANISHED)
                conn.execute("COMMIT")
            except BaseException:
                if ours and conn.in_transaction:  # SQLite ends some on its own (a full disk)
                    conn.execute("ROLLBACK")
                raise

    @contextmanager
    def _waiting_said(self) -> Iterator[None]:
        """Tell `lock_wait`, if set, once what runs inside has waited WAIT_SAID_AFTER_S."""
        if self.lock_wait is None:
            yield
            return
        timer = threading.Timer(WAIT_SAID_AFTER_S, self.lock_wait)
        timer.daemon = True
        timer.start()
        try:
            yield
        finally:
            timer.cancel()

    @contextmanager
    def reading(self) -> Iterator[None]:
        """One read transaction on this thread's connection: all read inside it sees
        the database as it stood at the first read, whatever other processes commit
        meanwhile (an export is one picture). Nothing is written inside it."""
        conn = self.db.conn
        ours = not conn.in_transaction  # else BEGIN fails: the transaction is not ours
        try:  # BEGIN inside: an interrupt just after it still ends the transaction
            conn.execute("BEGIN")
            self._local.reading = True
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()  # the snapshot
            yield
        finally:
            if ours:
                self._local.reading = False
                if conn.in_transaction:
                    conn.execute("COMMIT")

    def is_reading(self) -> bool:
        """Inside `reading` on this thread: writing would fail, so nothing is written."""
        return bool(getattr(self._local, "reading", False))

    def state(self) -> str:
        """What the database holds, in a line that changes whenever an analyst or an
        ingest changes anything an export reads: two readers who get the same line
        read the same database."""
        return ":".join(str(self.db.execute(sql).fetchone()) for sql in _STATE)


def writable(path: str) -> bool:
    """Whether Workbench may write to the database at `path`: a new file can be made
    in its folder, or the file and its folder (for the WAL files) are writable."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not target.exists():
        return True  # its creation tells whether it can be made
    return os.access(target, os.W_OK) and os.access(folder, os.W_OK)


def _refuse_no_file(path: str) -> None:
    """Raise DatabaseUnopened where the path is there and is no regular file: a device
    (`--db /dev/null` read as a full disk), a pipe or a socket holds no database."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # not there (made on first use) or unreadable: SQLite says which
    if not stat.S_ISREG(mode):
        raise DatabaseUnopened(path, "not a regular file (a device, a pipe): a database is a file")


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
    conn = _read_only(f"{uri}?mode=ro", timeout)
    try:
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        conn.close()
        conn = _read_only(f"{uri}?mode=ro&immutable=1", timeout)
    return _prepared(conn, timeout)  # if this one fails too, its first statement says why


def _read_only(uri: str, timeout: float) -> sqlite3.Connection:
    return sqlite3.connect(
        uri, timeout=timeout, isolation_level=None, uri=True, check_same_thread=False
    )


def _prepared(conn: sqlite3.Connection, timeout: float) -> sqlite3.Connection:
    # wb_fold(text): lower case without accents, for searches that find "Fièvre" by
    # "Fievre" where the full-text index (which folds them) does not reach
    conn.create_function("wb_fold", 1, fold_accents, deterministic=True)
    conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def fold_accents(text: str | None) -> str | None:
    """`text` in lower case without its accents ("Fièvre" -> "fievre"), as the
    full-text index folds them; None as it is."""
    if text is None:
        return None
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def file_identity(path: str) -> tuple[int, int] | None:
    """The file at `path` (device and inode), None when there is none: a write checks
    it is still the file it opened, as one deleted or replaced meanwhile would take
    the write with it."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def chunks(ids: Sequence[int], size: int = 500) -> Iterator[tuple[list[int], str]]:
    """Ids in groups small enough for SQLite's bound-parameter limit, with their "?, ?"."""
    for start in range(0, len(ids), size):
        chunk = list(ids[start : start + size])
        yield chunk, ", ".join("?" for _ in chunk)
