"""A command that waits for another process's write lock says so on stderr, once,
after a short while: `verdict` hung up to the busy timeout (30 s) with no word while
another process held the lock, and a newcomer took it for frozen. A real database in
tmp_path; the other process is a second SQLite connection holding the write lock."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.store import connection

WAITING = "another process is writing to it; waiting for it to finish"


@pytest.fixture
def said_soon(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(connection, "WAIT_SAID_AFTER_S", 0.2)


@pytest.mark.usefixtures("said_soon")
def test_a_write_waiting_for_the_lock_says_so_once(seeded_db: str) -> None:
    other = sqlite3.connect(seeded_db, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    released = threading.Timer(1.5, lambda: other.execute("COMMIT"))
    released.start()
    try:
        result = CliRunner().invoke(main, ["verdict", "1", "confirmed", "--db", seeded_db])
    finally:
        released.join()
        other.close()
    assert result.exit_code == 0, result.output
    assert "unreviewed -> confirmed" in result.stdout
    assert result.stderr.count(WAITING) == 1
    assert f"{seeded_db}: {WAITING} (at most" in result.stderr


@pytest.mark.usefixtures("said_soon")
def test_a_write_that_need_not_wait_says_nothing(seeded_db: str) -> None:
    result = CliRunner().invoke(main, ["verdict", "1", "disputed", "--db", seeded_db])
    assert result.exit_code == 0, result.output
    assert WAITING not in result.stderr
