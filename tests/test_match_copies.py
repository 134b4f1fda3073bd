"""A report that says one figure many times restates its first statement of it: each
copy is linked to the first, not to every other copy (a trial's 2 MB line of one
sentence made 1.2 million links and took eight minutes), and is compared with
nothing else."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main
from workbench.service import Workbench


def ingest(tmp_path: Path, name: str, text: str) -> str:
    db = str(tmp_path / "claims.db")
    (tmp_path / name).write_text(text, encoding="utf-8")
    args = ["ingest", str(tmp_path / name), "--db", db, "--jobs", "1", "--published", "2026-03-12"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return db


def workbench_claims(db: str) -> list:
    with closing(Workbench(db)) as workbench:
        return workbench.claims()


def test_copies_of_one_figure_in_one_report_each_restate_the_first(tmp_path):
    text = "".join(
        f"In its bulletin number {n}, the army said three soldiers were killed in Bol.\n\n"
        for n in range(40)
    )
    db = ingest(tmp_path, "bulletins.txt", text)
    with closing(Workbench(db)) as workbench:
        claims = workbench.claims()
        links = workbench.links()
    assert len(claims) == 40
    first = min(c.id for c in claims)
    assert len(links) == 39
    assert {link.relation for link in links} == {"restates"}
    assert all(first in (link.a_id, link.b_id) for link in links)


def test_a_copy_still_meets_another_reports_claim_through_the_first(tmp_path):
    copies = "".join(
        f"In its bulletin number {n}, the army said 24 soldiers were killed in Bol, Chad.\n\n"
        for n in range(5)
    )
    db = ingest(tmp_path, "bulletins.txt", copies)
    wire = "Gunmen killed 24 soldiers in Bol, Chad, residents of the town said.\n"
    db = ingest(tmp_path, "wire.txt", wire)
    with closing(Workbench(db)) as workbench:
        links = workbench.links()
    across = [link for link in links if link.relation != "restates"]
    assert [link.relation for link in across] == ["corroborates"]
    assert across[0].a_id == min(c.id for c in workbench_claims(db))  # the first statement
