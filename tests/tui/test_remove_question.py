"""The TUI's question before a document is removed says what happens (trial 58, F14):
what was decided about its claims is kept in the archive and given back if the same
file is loaded again, as the CLI's `document remove` says and as ingest does (the
dialog said "not applied if it is loaded again"). A pilot test on the real app and
a real database; the file loaded again through a second Workbench."""

from __future__ import annotations

import pytest
from textual.widgets import Label

from tests.tui.pilots import ready, settle
from workbench.service import Workbench
from workbench.tui.app import make_app
from workbench.tui.screens.confirm import ConfirmModal
from workbench.tui.screens.sources import SourcesScreen

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py


async def test_the_remove_question_says_decisions_come_back_and_they_do(seeded_db):
    bench = Workbench(seeded_db, analyst="ana")
    document = bench.sources()[0]
    claim = bench.document(document.id)[1][0]
    bench.set_verdict(claim.id, "disputed", "two counts")
    app = make_app(bench, seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        assert isinstance(app.screen, SourcesScreen)
        await pilot.press("tab", "x")  # the documents' table, then remove
        await settle(app, pilot)
        assert isinstance(app.screen, ConfirmModal)
        question = str(app.screen.query_one("#question", Label).render())
        assert "given back if the same file is loaded again" in " ".join(question.split())
        assert "not applied" not in question
        await pilot.press("y")
        await settle(app, pilot)
    again = Workbench(seeded_db, analyst="ana")
    assert document.id not in [s.id for s in again.sources()]
    again.ingest([document.path])
    (back,) = [s for s in again.sources() if s.path == document.path]
    verdicts = {c.text: (c.status, c.note) for c in again.document(back.id)[1]}
    assert verdicts[claim.text] == ("disputed", "two counts")
