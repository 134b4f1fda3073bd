"""A document that gives no claim is stored, and the ingest says so in one warning
naming it (a trial loaded a system file by mistake and was told only '0 claims
added'); a document with claims, or in a language Workbench does not read (warned
of as such), gets no such warning."""

from __future__ import annotations

from pathlib import Path

from workbench.service import Workbench


def test_a_document_with_no_claim_is_named_in_a_warning(tmp_path: Path) -> None:
    empty = tmp_path / "minutes.txt"
    empty.write_text("The committee met on Tuesday and agreed on the agenda.\n")
    told = tmp_path / "report.txt"
    told.write_text("Gunmen killed 14 villagers near the market on Sunday, police said.\n")
    report = Workbench(str(tmp_path / "claims.db")).ingest([str(empty), str(told)])
    assert report.added == 2
    assert [w for w in report.warnings if "no claim found" in w] == [
        f"{empty}: no claim found in it; it is stored (`workbench document remove` takes it out)"
    ]


def test_a_document_in_a_language_not_read_is_warned_of_once(tmp_path: Path) -> None:
    spanish = tmp_path / "nota.txt"
    spanish.write_text(
        "Hombres armados mataron a catorce aldeanos cerca del mercado el domingo, según"
        " la policía, que no ha detenido a nadie por el ataque.\n"
    )
    report = Workbench(str(tmp_path / "claims.db")).ingest([str(spanish)])
    assert not any("no claim found" in w for w in report.warnings)
    assert len(report.warnings) == 1
