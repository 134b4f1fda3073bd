"""Issue 14, item 12: a database error reaches the user as one line naming the
database and the cause, with a non-zero exit status, never as a traceback. Each
case is made for real: a second process holding the lock, a file size limit for a
full disk, a damaged page, a dropped table."""

import resource
import shutil
import signal
import sqlite3
import subprocess

import pytest

from tests.reliability_helpers import Holder, assert_one_line, run_cli, run_here
from workbench.errors import WorkbenchError

QUICK = {"WORKBENCH_BUSY_TIMEOUT": "0.5"}


@pytest.fixture
def db(seeded_db):
    return seeded_db


def _claim(db: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT MIN(id) FROM claims").fetchone()[0]


@pytest.mark.parametrize(
    "command",
    [
        ["verdict", "{claim}", "confirmed"],
        ["link", "{claim}", "{other}", "--relation", "related"],
    ],
)
def test_a_lock_held_past_the_timeout_is_one_line(db, command):
    claim = _claim(db)
    args = [part.format(claim=claim, other=claim + 1) for part in command]
    with Holder(db):
        result = run_here(*args, "--db", db, env=QUICK)
    assert_one_line(result, db, "lock", status=75)


def test_the_busy_timeout_is_the_configured_one(db):
    from workbench.config import busy_timeout

    assert busy_timeout({"WORKBENCH_BUSY_TIMEOUT": "2.5"}) == 2.5
    assert busy_timeout({}) == 30.0
    for wrong in ("soon", "-1", "nan", "1e9"):
        with pytest.raises(WorkbenchError, match="not a number of seconds"):
            busy_timeout({"WORKBENCH_BUSY_TIMEOUT": wrong})


def test_a_mistyped_busy_timeout_is_one_line(db):
    result = run_here("claims", "--db", db, env={"WORKBENCH_BUSY_TIMEOUT": "abc"})
    assert result.returncode == 1 and "WORKBENCH_BUSY_TIMEOUT='abc'" in result.stderr
    assert "Traceback" not in result.stderr


def _limit_file_size(size: int):
    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past it fails with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return limit


def test_a_full_disk_is_one_line_and_loses_nothing_stored(db, tmp_path):
    more = tmp_path / "more"
    more.mkdir()
    for i in range(40):  # a first batch of 25 documents: megabytes to write, 8 kB allowed
        (more / f"doc{i}.txt").write_text(
            f"Report {i}\n\n" + f"Gunmen killed {i + 3} soldiers near Gao on Monday. " * 30
        )
    before = _counts(db)
    size = sum(p.stat().st_size for p in tmp_path.glob("claims.db*"))
    result = run_cli(
        "ingest", str(more), "--db", db, "--jobs", "1", preexec_fn=_limit_file_size(size + 8192)
    )
    assert_one_line(result, db, "full", status=74)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert _counts(db)[1] >= before[1]


def _counts(db: str) -> tuple[int, int]:
    with sqlite3.connect(db) as conn:
        return (
            conn.execute("SELECT COUNT(*) FROM verdict_history").fetchone()[0],
            conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0],
        )


def test_a_damaged_file_is_one_line(db, tmp_path):
    damaged = tmp_path / "damaged.db"
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(db, damaged)
    with damaged.open("r+b") as raw:
        page = 4096
        raw.seek(page * 3)
        raw.write(b"\xff" * page * 4)  # pages of the tables, not the header
    result = run_here("claims", "--db", str(damaged))
    assert_one_line(result, str(damaged), "damaged", status=65)


def test_text_damaged_past_decoding_is_one_line(db, tmp_path):
    """A damaged page read as text (SQLite's "Could not decode to UTF-8 column") is
    the damage it is, not a bare database error (trial 73d: `sources` said "database
    error (Could not decode ...)", exit 1)."""
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE documents SET loaded_at = CAST(x'ff16fe' AS TEXT)")
    result = run_here("sources", "--db", db)
    assert_one_line(result, db, "damaged", status=65)


def test_a_dropped_table_is_one_line(db):
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TABLE verdict_history")
    result = run_here("verdict", str(_claim(db)), "confirmed", "--db", db)
    assert_one_line(result, db, "verdict_history", status=65)


@pytest.mark.parametrize("command", [["verdict", "{big}", "confirmed"], ["history", "{big}"]])
def test_an_id_past_what_sqlite_holds_is_one_line(db, command):
    args = [part.format(big=2**64) for part in command]
    result = run_here(*args, "--db", db)
    assert_one_line(result, str(2**64))


@pytest.mark.parametrize("query", ['"', "", "   ", '""', "*", "-"])
def test_any_search_works(db, query):
    result = run_here("claims", "--search", query, "--db", db)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


@pytest.fixture
def small_disk(tmp_path):
    """A 3 MB tmpfs, where the machine allows mounting one (root in a container)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(disk)], capture_output=True
    )
    if mounted.returncode:
        pytest.skip("no tmpfs can be mounted here")
    yield disk
    subprocess.run(["umount", str(disk)], check=True)


def test_a_really_full_disk_is_one_line(small_disk, db):
    copy = small_disk / "claims.db"
    shutil.copy(db, copy)
    filler = small_disk / "filler"
    with filler.open("wb", buffering=0) as out:  # unbuffered: closing writes nothing more
        try:
            while True:
                out.write(b"\0" * 65536)
        except OSError:
            pass  # the disk is full
    # in a process of its own: in this one, the connection the refused write opened
    # would stay open until garbage-collected, keeping the disk from being unmounted
    result = run_cli(
        "verdict", str(_claim(db)), "confirmed", "--note", "x" * 100_000, "--db", str(copy)
    )
    assert_one_line(result, str(copy), "full", status=74)
