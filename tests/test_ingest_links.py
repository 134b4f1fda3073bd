"""A folder given to `ingest` does not follow a link to a file outside it (trial 58:
`bad/link.txt -> /etc/passwd` was stored as a document); the link is named in the
folder's one warning line. A link to a file inside the folder is read, and a file
named on the command line is read, a link or not. Real files, real symbolic links
and a real database in tmp_path, through the CLI."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from click.testing import CliRunner, Result

from workbench.cli import main
from workbench.ingest.files import collect
from workbench.service import Workbench

RAID = "Gunmen killed 12 villagers in Kano on Monday, police said.\n"
SECRET = "root:x:0:0:root:/root:/bin/bash\n"
KINDS = ".htm .html .markdown .md .pdf .text .txt"


def _ingest(db: Path, *paths: Path) -> Result:
    return CliRunner().invoke(main, ["ingest", *map(str, paths), "--db", str(db), "--jobs", "1"])


def _stored(db: Path) -> list[str]:
    with closing(Workbench(str(db))) as bench:
        return sorted(Path(s.path).name for s in bench.sources())


def _folders(tmp_path: Path) -> tuple[Path, Path]:
    """`reports/` with a report, a link to a file outside it (`secret.txt`, beside
    it) and a link to its own `deeper/ambush.txt`."""
    folder = tmp_path / "reports"
    (folder / "deeper").mkdir(parents=True)
    (folder / "raid.txt").write_text(RAID, encoding="utf-8")
    (folder / "deeper" / "ambush.txt").write_text(
        "Soldiers killed 4 gunmen near Jos on Tuesday, the army said.\n", encoding="utf-8"
    )
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    (folder / "link.txt").symlink_to(secret)
    (folder / "inner.md").symlink_to(folder / "deeper" / "ambush.txt")
    return folder, secret


def test_a_link_out_of_the_folder_is_not_followed_and_is_named(tmp_path: Path) -> None:
    folder, _ = _folders(tmp_path)
    db = tmp_path / "claims.db"
    result = _ingest(db, folder)
    assert result.exit_code == 0, result.output
    warned = [line for line in result.stderr.splitlines() if "link" in line]
    assert warned == [
        f"warning: {folder}: 1 link to a file outside the folder not followed (link.txt)"
    ]
    assert "link.txt" not in _stored(db) and "secret.txt" not in _stored(db)
    assert "raid.txt" in _stored(db) and "ambush.txt" in _stored(db)


def test_collect_names_the_link_and_reads_the_rest(tmp_path: Path) -> None:
    folder, _ = _folders(tmp_path)
    found = collect([str(folder)])
    assert found.outside == {str(folder): [str(folder / "link.txt")]}
    assert str(folder / "link.txt") not in found.files
    assert str(folder / "inner.md") in found.files  # a link inside the folder: read
    assert found.errors == [] and found.passed == {str(folder): []}


def test_the_link_shares_the_line_of_files_passed_over(tmp_path: Path) -> None:
    """A folder that also holds a file of no format read: one line says both; one whose
    only file is the link says it has none to read, and names the link."""
    folder, secret = _folders(tmp_path)
    (folder / "scan.docx").write_bytes(b"PK\x03\x04")
    lonely = tmp_path / "lonely"
    lonely.mkdir()
    (lonely / "passwd.txt").symlink_to(secret)
    result = _ingest(tmp_path / "claims.db", folder, lonely)
    assert result.exit_code == 0, result.output
    warned = [line for line in result.stderr.splitlines() if "link" in line]
    assert warned == [
        f"warning: {folder}: 1 file not read, of no format Workbench reads (scan.docx);"
        f" it reads {KINDS}; 1 link to a file outside the folder not followed (link.txt)",
        f"warning: {lonely}: no file to read in this folder (Workbench reads {KINDS});"
        " 1 link to a file outside the folder not followed (passwd.txt)",
    ]


def test_a_link_named_on_the_command_line_is_read(tmp_path: Path) -> None:
    # negative: the analyst named the link; its file is read wherever it is
    folder, _ = _folders(tmp_path)
    db = tmp_path / "claims.db"
    result = _ingest(db, folder / "link.txt")
    assert result.exit_code == 0, result.output
    assert "not followed" not in result.stderr
    assert _stored(db) == ["link.txt"]  # stored under the name given


def test_a_folder_given_through_a_link_reads_its_own_files(tmp_path: Path) -> None:
    # negative: the folder named is itself a link; files inside its target are inside
    folder, _ = _folders(tmp_path)
    alias = tmp_path / "alias"
    alias.symlink_to(folder, target_is_directory=True)
    found = collect([str(alias)])
    assert sorted(Path(f).name for f in found.files) == ["ambush.txt", "inner.md", "raid.txt"]
    assert found.outside == {str(alias): [str(alias / "link.txt")]}
