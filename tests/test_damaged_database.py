"""A database file damaged past reading (pages SQLite calls malformed, met in the
middle of a command) gives one line naming the file, exit status 1, never a
traceback, and the file is left as it was (a trial overwrote a page of a copy and got
KeyError and sqlite3.DatabaseError tracebacks). Real processes on a real file."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent / "seeds"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "workbench", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)


def test_a_damaged_file_is_one_line_and_left_as_it_was(tmp_path: Path) -> None:
    good = tmp_path / "good.db"
    assert _run("--db", str(good), "ingest", *map(str, sorted(SEED.glob("*.txt")))).returncode == 0
    damaged = tmp_path / "damaged.db"
    shutil.copy(good, damaged)
    data = bytearray(damaged.read_bytes())
    data[4096 * 3 : len(data) - 4096] = b"\xff" * (len(data) - 4096 * 4)  # the header stays
    damaged.write_bytes(bytes(data))
    for command in (["export", "--format", "md"], ["links"], ["event", "1"]):
        result = _run("--db", str(damaged), *command)
        assert result.returncode != 0, command
        assert "Traceback" not in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert str(damaged) in result.stderr
    assert damaged.read_bytes() == bytes(data)
