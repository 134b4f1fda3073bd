"""Trial 56: writing a command's output to standard output on a full disk
(`workbench export --format html > full/r.html`, `workbench claims > /dev/full`)
ended in a Python traceback. It is one line naming the standard output and the
reason, exit status 1. Real processes writing to the real /dev/full."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

FULL = Path("/dev/full")
pytestmark = pytest.mark.skipif(not FULL.exists(), reason="no /dev/full here")


@pytest.fixture
def db(tmp_path: Path) -> str:
    report = tmp_path / "a.txt"
    report.write_text("Gunmen killed 12 villagers in Kaya on 3 May 2024.\n", encoding="utf-8")
    path = str(tmp_path / "claims.db")
    _run(["--db", path, "ingest", str(report)], subprocess.DEVNULL)
    return path


def _run(args: list[str], stdout: object) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "workbench", *args]
    return subprocess.run(command, stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=120)


@pytest.mark.parametrize("args", [["claims"], ["export", "--format", "csv"], ["links"]])
def test_output_to_a_full_disk_is_one_line(db: str, args: list[str]) -> None:
    with FULL.open("w") as full:
        result = _run(["--db", db, *args], full)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "workbench: standard output cannot be written (No space left on device)"
    ]
