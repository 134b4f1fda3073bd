"""A figure a new version of its source revised (issue 19), where the analyst works:
the queue marks it `Δ` after the figure, the detail says what the version before
said and where. A real database of two versions of one report, the real app."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from textual.widgets import DataTable, Static

from tests.tui.pilots import ready, settle
from workbench.cli import main
from workbench.service import Workbench
from workbench.tui.app import make_app
from workbench.tui.format import REVISED_MARK
from workbench.tui.screens.detail import DetailScreen

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py

BEFORE = (
    "Gao attack\n\n"
    "At least 14 civilians were killed in the attack on the market in Gao, officials said.\n\n"
    "The army said 3 soldiers were wounded in the fighting.\n"
)


def two_versions(tmp_path: Path) -> str:
    db = str(tmp_path / "claims.db")
    report = tmp_path / "report.txt"
    for text in (BEFORE, BEFORE.replace("At least 14", "At least 23")):
        report.write_text(text)
        result = CliRunner().invoke(main, ["ingest", str(report), "--db", db, "--jobs", "1"])
        assert result.exit_code == 0, result.output
    return db


async def test_the_queue_marks_a_revised_figure_and_the_detail_says_from_what(tmp_path):
    db = two_versions(tmp_path)
    app = make_app(Workbench(db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        table = queue.query_one("#queue", DataTable)
        figures = {c.id: str(table.get_cell(str(c.id), "figure")) for c in queue.rows}
        [revised] = [c for c in queue.rows if c.value == 23]
        before = revised.figure_changed_from
        assert before is not None
        assert figures[revised.id] == f"≥23 {REVISED_MARK}"
        others = [shown for claim_id, shown in figures.items() if claim_id != revised.id]
        assert others and not any(REVISED_MARK in shown for shown in others)
        table.move_cursor(row=queue.rows.index(revised))
        await pilot.press("enter")
        await settle(app, pilot)
        detail = app.screen
        assert isinstance(detail, DetailScreen)
        fields = str(detail.query_one("#fields", Static).render())
        assert f"revised from ≥14: the version before (document {before.document_id})" in fields
        assert f"“{before.text}” (claim {before.claim_id})" in fields
