"""Trial ux51: a claim whose place the gazetteer does not hold (Apakolu, a village of
Ituri; the shipped gazetteer has no DRC villages) showed "place  not in the gazetteer"
in its detail, naming no place. The line now gives the text's words first. A pilot
test on the real app and a real database."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from tests.tui.pilots import ready, settle
from workbench.service import Workbench
from workbench.tui.app import make_app
from workbench.tui.screens.detail import DetailScreen

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py


async def test_a_place_the_gazetteer_lacks_is_named_in_the_detail(tmp_path: Path) -> None:
    report = tmp_path / "apakolu.txt"
    report.write_text(
        "Suspected ADF rebels killed 22 civilians in Apakolu on 25 January 2026, "
        "a local rights group said.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "claims.db")
    Workbench(db, analyst="ana").ingest([str(report)], jobs=1)
    (claim,) = Workbench(db).claims()
    assert claim.location == "Apakolu" and claim.place is None
    app = make_app(Workbench(db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        detail = app.screen
        assert isinstance(detail, DetailScreen)
        fields = str(detail.query_one("#fields", Static).render())
    place = next(line for line in fields.splitlines() if line.strip().startswith("place"))
    assert place.split() == ["place", "Apakolu:", "not", "in", "the", "gazetteer"]
