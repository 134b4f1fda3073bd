"""Trial 79's command-line findings, run through the real CLI on real SQLite files:
`export -o` replaced an existing file unasked."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from workbench.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def db(seeded_db: str) -> str:
    return seeded_db


# -- export -o over a file that exists


@pytest.mark.parametrize(
    ("fmt", "name"), [("md", "keep.md"), ("csv", "table.csv"), ("json", "data.json")]
)
def test_export_refuses_a_file_that_exists(db, tmp_path, fmt, name):
    target = tmp_path / name
    target.write_text("the analyst's own notes\n", encoding="utf-8")
    result = run("export", "--db", db, "--format", fmt, "-o", str(target))
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"workbench: {target} exists: nothing written (--force replaces it, or name another file)"
    ]
    assert target.read_text(encoding="utf-8") == "the analyst's own notes\n"


def test_a_warc_export_refuses_a_file_that_exists(db, tmp_path):
    target = tmp_path / "captures.warc.gz"
    target.write_bytes(b"kept")
    result = run("export", "--db", db, "--format", "warc", "-o", str(target))
    assert result.exit_code == 1 and "exists: nothing written" in result.stderr
    assert target.read_bytes() == b"kept"


def test_force_replaces_the_file_and_says_so(db, tmp_path):
    target = tmp_path / "report.md"
    target.write_text("yesterday\n", encoding="utf-8")
    result = run("export", "--db", db, "-o", str(target), "--force")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"Wrote {target}, replacing the file there: ")
    assert target.read_text(encoding="utf-8").startswith("# Verification report")


def test_a_new_file_and_stdout_are_written_as_before(db, tmp_path):
    target = tmp_path / "new.md"
    result = run("export", "--db", db, "-o", str(target))
    assert result.exit_code == 0 and target.read_text(encoding="utf-8").startswith("# ")
    result = run("export", "--db", db, "-o", "-")
    assert result.exit_code == 0 and result.stdout.startswith("# ")


def test_a_folder_is_refused_with_its_own_reason(db, tmp_path):
    result = run("export", "--db", db, "-o", str(tmp_path))
    assert result.exit_code == 1 and "folder" in result.stderr
    assert "exists: nothing written" not in result.stderr
