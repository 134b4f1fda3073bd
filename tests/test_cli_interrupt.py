"""Trial ux51: ctrl+c in `reextract`, `match --all` or `export` printed click's
"Aborted!" and exited 1, saying nothing of what had become of the work (`ingest`
alone said). Every command now says, in one line naming it, that nothing is saved
half-done and to run it again, and exits 130. The interrupt is raised inside the
real command on a real database in tmp_path, through click's CliRunner."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from workbench.cli import INTERRUPTED, main
from workbench.service import reports
from workbench.service.reextract import Reextracting

REPORTS = {
    "a.txt": "Gunmen killed 12 villagers in Kaya on 3 May 2024, a local official said.\n",
    "b.txt": "Police said 3 people died in Dori on 3 May 2024.\n",
}


def run(*args: str):
    return CliRunner().invoke(main, list(args), env={"WORKBENCH_DB": None})


@pytest.fixture
def db(tmp_path: Path) -> str:
    for name, text in REPORTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    path = str(tmp_path / "claims.db")
    result = run("ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", path)
    assert result.exit_code == 0, result.output
    return path


def test_an_interrupted_reextract_says_so_and_a_second_run_finishes(db, monkeypatch):
    verdict = run("verdict", "1", "confirmed", "--db", db, "--note", "checked")
    assert verdict.exit_code == 0, verdict.output
    read_again = Reextracting._read_again
    calls: list[int] = []

    def interrupted_at_the_second(self: Any, document_id: int, report: Any) -> None:
        calls.append(document_id)
        if len(calls) == 2:
            raise KeyboardInterrupt
        read_again(self, document_id, report)

    monkeypatch.setattr(Reextracting, "_read_again", interrupted_at_the_second)
    result = run("reextract", "--db", db)
    assert result.exit_code == 130
    said = [line for line in result.stderr.splitlines() if line.strip()]
    assert said == [f"workbench reextract: {INTERRUPTED}"]
    monkeypatch.setattr(Reextracting, "_read_again", read_again)
    again = run("reextract", "--db", db)
    assert again.exit_code == 0, again.output
    history = run("history", "1", "--db", db)
    assert "unreviewed -> confirmed" in history.stdout and "(checked)" in history.stdout


def test_an_interrupted_export_leaves_the_report_there_as_it_was(db, tmp_path, monkeypatch):
    report = tmp_path / "week6.md"
    report.write_text("the analyst's last report\n", encoding="utf-8")

    def interrupted(_report: Any, out: Any) -> None:
        out.write("# half a report\n")
        raise KeyboardInterrupt

    monkeypatch.setitem(reports.WRITERS, "md", interrupted)
    result = run("--db", db, "export", "-o", str(report), "--force")
    assert result.exit_code == 130
    assert result.stderr.strip().splitlines() == [f"workbench export: {INTERRUPTED}"]
    assert report.read_text(encoding="utf-8") == "the analyst's last report\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("week6")) == ["week6.md"]


def test_a_command_of_a_group_is_named_in_full(db, monkeypatch):
    from workbench.service import Workbench

    def interrupted(*_args: Any, **_kwargs: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Workbench, "source", interrupted)
    result = run("document", "--db", db, "show", "1")
    assert result.exit_code == 130
    assert result.stderr.strip().splitlines() == [f"workbench document show: {INTERRUPTED}"]
