"""The question `x` asks before removing a document counts its claims and those with a
verdict in good English: it asked "its 12 claims? 1 have a verdict". The real app on a
real database (tmp_path), through its pilot."""

from __future__ import annotations

import pytest
from textual.widgets import Label

from tests.tui.pilots import settle
from tests.tui.test_review_curation import open_documents
from workbench.service import Workbench
from workbench.tui.app import make_app
from workbench.tui.screens.confirm import ConfirmModal

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py


async def asked(seeded_db: str, verdicts: int) -> str:
    bench = Workbench(seeded_db, analyst="ana")
    document = bench.sources()[0]
    for claim in bench.document(document.id)[1][:verdicts]:
        bench.set_verdict(claim.id, "disputed")
    app = make_app(bench, seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_documents(app, pilot)
        await pilot.press("x")
        await settle(app, pilot)
        assert isinstance(app.screen, ConfirmModal)
        question = str(app.screen.query_one("#question", Label).render())
        await pilot.press("n")
        await settle(app, pilot)
    return " ".join(question.split())


async def test_one_verdict_is_one_that_has_it(seeded_db: str) -> None:
    question = await asked(seeded_db, 1)
    assert "claims? 1 has a verdict." in question


async def test_no_verdict_is_none(seeded_db: str) -> None:
    assert "claims? none has a verdict." in await asked(seeded_db, 0)


async def test_two_verdicts_have_it(seeded_db: str) -> None:
    assert "claims? 2 have a verdict." in await asked(seeded_db, 2)
