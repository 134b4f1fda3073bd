"""Trial ux51: `workbench extract` wrote a file's warnings (not UTF-8, a language it
does not read, no date) as "workbench: ...", the form of its errors, beside exit
status 0, where `ingest` writes the same lines as "warning: ...". They now read as
`ingest` writes them; a file refused still reads "workbench: ...". Files written for
the test, through the CLI."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main


def test_extract_says_warning_as_ingest_does_and_workbench_for_a_refusal(
    tmp_path: Path,
) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"Caf\xe9 owners said 12 soldiers were killed in Gao on 3 May 2024.\n")
    gone = tmp_path / "gone.txt"
    result = CliRunner().invoke(main, ["extract", str(latin), str(gone)])
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.exit_code == 1
    assert sorted(lines) == [
        f"warning: {latin}: not UTF-8 (byte 0xe9 at offset 3); decoded as cp1252",
        f"workbench: {gone}: no such file or directory",
    ]
    ingested = CliRunner().invoke(
        main, ["ingest", str(latin), "--db", str(tmp_path / "c.db"), "--jobs", "1"]
    )
    assert f"warning: {latin}: not UTF-8 (byte 0xe9 at offset 3); decoded as cp1252" in (
        ingested.stderr.splitlines()
    )
