"""A document that gives no claim is stored, and the ingest says so in one warning
naming it (a trial loaded a system file by mistake and was told only '0 claims
added'); many such documents are one line naming the first few; a document with
claims, or in a language Workbench does not read (warned of as such), is not named."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main
from workbench.service import Workbench


def test_a_document_with_no_claim_is_named_in_a_warning(tmp_path: Path) -> None:
    empty = tmp_path / "minutes.txt"
    empty.write_text("The committee met on Tuesday and agreed on the agenda.\n")
    told = tmp_path / "report.txt"
    told.write_text("Gunmen killed 14 villagers near the market on Sunday, police said.\n")
    report = Workbench(str(tmp_path / "claims.db")).ingest([str(empty), str(told)])
    assert report.added == 2
    assert report.no_claim_warning() == (
        f"{empty}: no claim found in it; it is stored (`workbench document remove` takes it out)"
    )


def test_many_documents_with_no_claim_are_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    for n in range(6):
        (folder / f"minutes{n}.txt").write_text(f"Meeting number {n} agreed on the agenda.\n")
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "c.db"), "ingest", str(folder)])
    assert result.exit_code == 0
    [line] = [w for w in result.stderr.splitlines() if "gave no claim" in w]
    assert line.startswith("warning: 6 documents gave no claim (minutes")
    assert "and 3 more); they are stored" in line


def test_a_document_in_a_language_not_read_is_warned_of_once(tmp_path: Path) -> None:
    spanish = tmp_path / "nota.txt"
    spanish.write_text(
        "Hombres armados mataron a catorce aldeanos cerca del mercado el domingo, según"
        " la policía, que no ha detenido a nadie por el ataque.\n"
    )
    report = Workbench(str(tmp_path / "claims.db")).ingest([str(spanish)])
    assert report.no_claim_warning() is None
    assert len(report.warnings) == 1
