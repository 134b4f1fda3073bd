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


def test_files_of_no_format_read_beside_readable_ones_are_one_warning(tmp_path: Path) -> None:
    """A file without extension in a folder of reports is named, not passed over in
    silence; a report's NAME.json sidecar and hidden files are not."""
    folder = tmp_path / "reports"
    (folder / "deeper").mkdir(parents=True)
    (folder / "raid.txt").write_text("Gunmen killed 12 villagers in Kano on Monday.\n")
    (folder / "raid.json").write_text('{"outlet": "Daily Wire"}')
    (folder / ".notes").write_text("mine")
    (folder / "NOTES").write_text("Gunmen killed 3 herders near Jos.\n")
    (folder / "deeper" / "scan.docx").write_bytes(b"PK\x03\x04")
    result = CliRunner().invoke(
        main, ["ingest", str(folder), "--db", str(tmp_path / "claims.db"), "--jobs", "1"]
    )
    assert result.exit_code == 0, result.output
    warned = [line for line in result.stderr.splitlines() if "not read" in line]
    assert warned == [
        f"warning: {folder}: 2 files not read, of no format Workbench reads (NOTES,"
        " scan.docx); it reads .htm .html .markdown .md .pdf .text .txt"
    ]
    assert "1 document added" in result.stdout


def test_a_file_named_alone_is_read_whatever_its_name(tmp_path: Path) -> None:
    """The folder walk's formats do not apply to a file the analyst names."""
    named = tmp_path / "NOTES"
    named.write_text("Gunmen killed 3 herders near Jos on Monday.\n")
    result = CliRunner().invoke(
        main, ["ingest", str(named), "--db", str(tmp_path / "claims.db"), "--jobs", "1"]
    )
    assert result.exit_code == 0, result.output
    assert "not read" not in result.stderr
    assert "1 document added" in result.stdout
