"""Ctrl-C in the first seconds of `ingest`, before any document is read: while the
service is imported (numpy, the gazetteer: a second or more) or the files are listed
and hashed. A trial's Ctrl-C there printed click's "Aborted!" alone, exit status 1,
where later it prints the counts; now it is the one summary line, exit status 130,
no traceback. Each run is a real `workbench ingest` process on a real database in
tmp_path; the interrupt is raised where a terminal's Ctrl-C would land."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SEEDS = Path(__file__).parent.parent / "seeds"

# `python -c` preludes: a KeyboardInterrupt where Ctrl-C lands, then the command line
WHILE_IMPORTING = """
import sys
class Interrupt:
    def find_spec(self, name, path=None, target=None):
        if name == "workbench.service":
            raise KeyboardInterrupt
sys.meta_path.insert(0, Interrupt())
"""
WHILE_LISTING = """
import workbench.service.loading as loading
def listing(paths):
    raise KeyboardInterrupt
loading.collect = listing
"""
RUN = """
from workbench.launch import main
sys.argv = ["workbench", *sys.argv[1:]]
main()
"""


def ingest(prelude: str, *args: str) -> subprocess.CompletedProcess[str]:
    code = "import sys\n" + prelude + RUN
    return subprocess.run(
        [sys.executable, "-c", code, "ingest", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_ctrl_c_while_the_service_is_imported_is_one_line_and_status_130(
    tmp_path: Path,
) -> None:
    done = ingest(WHILE_IMPORTING, str(SEEDS), "--db", str(tmp_path / "claims.db"))
    assert done.returncode == 130, done.stderr
    assert done.stdout == "ingest: interrupted before any file was read; nothing added\n"
    assert "Aborted" not in done.stderr and "Traceback" not in done.stderr


def test_ctrl_c_while_the_files_are_listed_prints_the_counts(tmp_path: Path) -> None:
    db = str(tmp_path / "claims.db")
    done = ingest(WHILE_LISTING, str(SEEDS), "--db", db, "--jobs", "1")
    assert done.returncode == 130, done.stderr
    [line] = done.stdout.splitlines()
    assert line == (
        "ingest: 0 documents added, 0 skipped as already loaded, 0 failed; 0 claims added"
        " before the interruption (load the same files again to add the rest)"
    )
    assert "Aborted" not in done.stderr and "Traceback" not in done.stderr


def test_ctrl_c_early_with_json_is_json(tmp_path: Path) -> None:
    done = ingest(WHILE_IMPORTING, str(SEEDS), "--db", str(tmp_path / "claims.db"), "--json")
    assert done.returncode == 130, done.stderr
    assert '"interrupted": true' in done.stdout


WHILE_MATCHING = """
from workbench.service import Workbench
def matching(self, fresh=()):
    raise KeyboardInterrupt
Workbench.resume_matching = matching
"""


def test_ctrl_c_while_matching_says_the_documents_are_stored(tmp_path: Path) -> None:
    """Every document stored, the matching stopped: the line said "before the
    interruption (load the same files again to add the rest)", with nothing left to
    add; it says the matching is what was interrupted, and what matches them later."""
    db = str(tmp_path / "claims.db")
    done = ingest(WHILE_MATCHING, str(SEEDS), "--db", db, "--jobs", "1")
    assert done.returncode == 130, done.stderr
    assert done.stdout.splitlines() == [
        "ingest: 5 documents added, 0 skipped as already loaded, 0 failed; 37 claims added;"
        " matching interrupted (the next ingest, or opening the review, matches them)"
    ]
    assert "Traceback" not in done.stderr
    again = ingest("", str(SEEDS), "--db", db, "--jobs", "1")
    assert again.returncode == 0, again.stderr
    assert "5 documents stored but not matched" in again.stdout
