"""Versions of one source where the analyst works (issue 19): three versions of one
report looked like three separate sources on the sources screen, and nothing said
that the claims of the first two are superseded (no longer matched or counted). A
real database of three versions (with another source read between them), the real
app; `claims --json` gives `superseded_by`. These fail on the code before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from textual.widgets import DataTable, Static

from tests.tui.pilots import ready, settle
from workbench.cli import main
from workbench.service import Workbench
from workbench.tui.app import make_app
from workbench.tui.format import SUPERSEDED_MARK
from workbench.tui.screens.detail import DetailScreen
from workbench.tui.screens.sources import SourcesScreen

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py

REPORT = (
    "Gao attack\n\n"
    "At least {toll} civilians were killed in the attack on the market in Gao, officials said.\n"
)
OTHER = "Gunmen killed 12 villagers near Kidal on Thursday, a local official said.\n"


def ingest(db: str, path: Path) -> None:
    result = CliRunner().invoke(main, ["ingest", str(path), "--db", db, "--jobs", "1"])
    assert result.exit_code == 0, result.output


def three_versions(tmp_path: Path) -> tuple[str, Path]:
    """Documents 1, 3 and 4: the report read three times; 2: another source."""
    db = str(tmp_path / "claims.db")
    report, other = tmp_path / "report.txt", tmp_path / "other.txt"
    other.write_text(OTHER)
    for toll in (14, 19, 23):
        report.write_text(REPORT.format(toll=toll))
        ingest(db, report)
        if toll == 14:
            ingest(db, other)
    return db, report


async def test_the_sources_screen_says_which_version_replaced_which(tmp_path):
    db, report = three_versions(tmp_path)
    app = make_app(Workbench(db, analyst="ana"), seeds=None)
    async with app.run_test(size=(160, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, SourcesScreen)
        table = screen.query_one("#documents", DataTable)
        columns = [str(column.label) for column in table.columns.values()]

        def cell(key: str, column: str) -> str:
            return str(table.get_row(key)[columns.index(column)])

        version = {key: cell(key, "version") for key in ("1", "2", "3", "4")}
        address = cell("1", "address")
        fetched = cell("4", "fetched")
    assert version == {
        "1": "v1 of 3, replaced by 3",
        "2": "",
        "3": "v2 of 3, replaced by 4",
        "4": "v3 of 3, the latest",
    }
    assert address == str(report)
    assert fetched.endswith(" file") and fetched[:2] == "20"


async def test_a_superseded_claim_is_marked_and_its_detail_says_by_what(tmp_path):
    db, _ = three_versions(tmp_path)
    app = make_app(Workbench(db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        table = queue.query_one("#queue", DataTable)
        figures = {c.document_id: str(table.get_cell(str(c.id), "figure")) for c in queue.rows}
        assert figures[1] == f"≥14 {SUPERSEDED_MARK}"
        assert figures[3].endswith(SUPERSEDED_MARK)
        assert not figures[4].endswith(SUPERSEDED_MARK)
        assert not figures[2].endswith(SUPERSEDED_MARK)
        [first] = [c for c in queue.rows if c.document_id == 1]
        table.move_cursor(row=queue.rows.index(first))
        await pilot.press("enter")
        await settle(app, pilot)
        detail = app.screen
        assert isinstance(detail, DetailScreen)
        fields = str(detail.query_one("#fields", Static).render())
    assert "superseded" in fields and "document 3 is a newer version of its source" in fields


def test_claims_json_gives_superseded_by(tmp_path):
    db, _ = three_versions(tmp_path)
    result = CliRunner().invoke(main, ["claims", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    claims = lines[0] if len(lines) == 1 and isinstance(lines[0], list) else lines
    by_document = {claim["document_id"]: claim["superseded_by"] for claim in claims}
    assert by_document == {1: 3, 2: None, 3: 4, 4: None}


async def test_the_header_counts_the_current_versions_claims_and_lists_the_rest(tmp_path):
    """The header counted a revised toll three times (every version's claim); it
    counts as the exports do (`service.reading.counted`), and the line under the
    queue says how many superseded claims it lists beside them, marked, uncounted."""
    db, _ = three_versions(tmp_path)
    app = make_app(Workbench(db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        queue = await ready(app, pilot)
        listed = {c.id: c.superseded_by for c in queue.rows}
        header = queue.sub_title
        status = str(queue.query_one("#queue-status", Static).render())
    old = sum(newer is not None for newer in listed.values())
    assert old == 2 and len(listed) == 4  # the superseded claims stay reachable
    assert header == "2 claims · 0 contested · 2 unreviewed"
    assert status.startswith(f" 4 shown · {old} superseded {SUPERSEDED_MARK}, not counted · ")
