"""`u` says which change it took back, takes back a voice's merge, name and relay as
it takes back a grade, and drops a change on a claim removed since (a trial: after a
merge, `u` undid an earlier grade and said only "the link decision, grade or
correction"; after a document's removal, `u` said "no claim with id 23" at every
press). Pilot tests on the real app and a real database."""

from __future__ import annotations

import pytest

from tests.tui.pilots import ready, settle
from tests.tui.test_review_curation import open_sources
from workbench.service import Workbench
from workbench.tui.app import WorkbenchApp, make_app

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py


def said(app: WorkbenchApp) -> list[str]:
    return [n.message for n in app._notifications]


async def test_u_takes_back_a_merge_not_the_grade_before_it(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        sources = await open_sources(app, pilot)
        first, second = sources.voices[0], sources.voices[1]
        await pilot.press("g", "c")  # grade the voice under the cursor C
        await settle(app, pilot)
        await pilot.press("m", *str(second.id), "enter")
        await settle(app, pilot)
        merged = {v.id: v.merged_into for v in Workbench(seeded_db).voices()}
        assert merged[first.id] == second.name
        await pilot.press("u")
        await settle(app, pilot)
        assert f"Undone: merging {first.name}" in said(app)
    after = {v.id: v for v in Workbench(seeded_db).voices()}
    assert after[first.id].merged_into is None
    assert after[first.id].grade == "C"  # the grade before the merge stays


async def test_u_takes_back_a_rename_and_names_it(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        sources = await open_sources(app, pilot)
        voice = sources.voices[0]
        await pilot.press("n", *" (wire)", "enter")
        await settle(app, pilot)
        await pilot.press("u")
        await settle(app, pilot)
        assert f"Undone: renaming {voice.name}" in said(app)
    assert {v.id: v.name for v in Workbench(seeded_db).voices()}[voice.id] == voice.name


async def test_a_verdict_on_a_claim_removed_since_is_dropped_from_the_undo(seeded_db: str) -> None:
    bench = Workbench(seeded_db, analyst="ana")
    document = bench.sources()[0]
    claim = bench.document(document.id)[1][0].id
    app = make_app(bench, seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        queue.move_to(claim)
        await pilot.press("c")
        await settle(app, pilot)
        Workbench(seeded_db, analyst="ana").remove_document(document.id)
        await pilot.press("u")
        await settle(app, pilot)
        assert any(
            f"claim {claim} was removed with its document: nothing to take back" in m
            for m in said(app)
        ), said(app)
        assert app.undo_stack == []
