"""Issue 14, item 13: a read-only database (file or folder) can be read, and writing
to it is refused in one line; processes creating one new database at once all
succeed."""

import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from tests.reliability_helpers import assert_one_line, run_here
from workbench.store import SCHEMA_VERSION

OPENER = """
import sys
from workbench.store import Store
print("ready", flush=True)
for path in sys.stdin:
    Store(path.strip()).close()
    print("opened", flush=True)
"""


def _answer(opener: subprocess.Popen) -> str:
    """The opener's next line; its stderr when it has ended instead."""
    assert opener.stdout is not None
    line = opener.stdout.readline().strip()
    if not line:
        assert opener.stderr is not None
        pytest.fail(f"an opener ended: {opener.stderr.read()}")
    return line


def test_four_processes_creating_one_database_at_once_all_succeed(tmp_path):
    """Six new databases, each opened by four processes at once: each process starts
    (imports) once, says it is ready, and opens each path the moment it is given one."""
    openers = [
        subprocess.Popen(
            [sys.executable, "-c", OPENER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    try:
        assert [_answer(opener) for opener in openers] == ["ready"] * 4
        for round_ in range(6):
            db = tmp_path / f"new{round_}.db"
            for opener in openers:  # all four are waiting for it
                assert opener.stdin is not None
                opener.stdin.write(f"{db}\n")
                opener.stdin.flush()
            assert [_answer(opener) for opener in openers] == ["opened"] * 4
            with sqlite3.connect(db) as conn:
                assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        for opener in openers:
            opener.kill()
            opener.communicate(timeout=60)


@pytest.mark.parametrize(
    "command",
    [
        ["claims"],
        ["sources"],
        ["links"],
        ["history", "1"],
        ["events"],
        ["export", "--format", "md"],
    ],
)
def test_a_read_only_database_can_be_read(read_only, command):
    result = run_here(*command, "--db", str(read_only))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


def test_writing_to_a_read_only_database_is_one_line(read_only):
    result = run_here("verdict", "1", "confirmed", "--db", str(read_only))
    assert_one_line(result, str(read_only), "read-only", status=77)


def test_a_read_only_copy_of_an_older_database_is_refused_in_one_line(read_only, tmp_path):
    older = tmp_path / "older"
    shutil.copytree(read_only.parent, older)
    with sqlite3.connect(older / "claims.db") as conn:
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm007_origin'")
        conn.execute("PRAGMA user_version = 6")
    (older / "claims.db").chmod(0o444)
    older.chmod(0o555)
    if os.geteuid() == 0:
        pytest.skip("root writes to files without write permission")
    result = run_here("claims", "--db", str(older / "claims.db"))
    assert_one_line(result, "read-only")


class _Unreadable(sqlite3.Connection):
    """A connection whose file cannot be read: every statement but a PRAGMA fails."""

    def execute(self, sql, *args):
        if not sql.startswith("PRAGMA"):
            raise sqlite3.OperationalError("unable to open database file")
        return super().execute(sql, *args)


def test_a_read_only_database_that_cannot_be_opened_says_why(tmp_path, monkeypatch):
    """Found by mypy (conn possibly undefined after the loop): when neither read-only
    mode can read the file, the error names SQLite's cause, not a closed connection."""
    from workbench.store.connection import connect

    path = tmp_path / "claims.db"
    sqlite3.connect(path).close()
    real = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: real(*a, **k, factory=_Unreadable))
    conn = connect(str(path), 1.0, read_only=True)
    with pytest.raises(sqlite3.OperationalError, match="unable to open database file"):
        conn.execute("SELECT COUNT(*) FROM sqlite_master")
    conn.close()
