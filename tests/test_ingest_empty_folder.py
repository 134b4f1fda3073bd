"""A folder given to `ingest` that holds no file Workbench reads is one warning line
naming it and the kinds read: a trial's folder of Word files loaded nothing, said
"0 failed" and exited 0, with no word of why. Real files and a real database in
tmp_path, through the CLI."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main

SEEDS = Path(__file__).parent.parent / "seeds"


def test_a_folder_of_nothing_readable_is_one_warning(tmp_path: Path) -> None:
    folder = tmp_path / "word"
    folder.mkdir()
    (folder / "report.docx").write_bytes(b"PK\x03\x04 not read")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(
        main, ["ingest", str(folder), str(empty), "--db", str(tmp_path / "claims.db")]
    )
    assert result.exit_code == 0, result.output
    warned = [line for line in result.stderr.splitlines() if "no file to read" in line]
    assert warned == [
        f"warning: {folder}: no file to read in this folder"
        " (Workbench reads .htm .html .markdown .md .pdf .text .txt)",
        f"warning: {empty}: no file to read in this folder"
        " (Workbench reads .htm .html .markdown .md .pdf .text .txt)",
    ]
    assert "0 documents added" in result.stdout


def test_a_folder_with_files_to_read_is_not_warned_of(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["ingest", str(SEEDS), "--db", str(tmp_path / "claims.db"), "--jobs", "1"]
    )
    assert result.exit_code == 0, result.output
    assert "no file to read" not in result.stderr
