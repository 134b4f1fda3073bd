"""The event's name box: what typing does to the name it offers."""

from __future__ import annotations

from contextlib import closing

import pytest

from tests.tui.pilots import ready, settle
from workbench.service import Workbench
from workbench.tui.app import make_app

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py


async def test_typing_replaces_a_merged_events_name(seeded_db):
    """Trial 76: the name a merge kept (held as the merging analyst's) took a new name
    typed after it ("...2026-11-24Camp 15 gunfight")."""
    with closing(Workbench(seeded_db, analyst="ana")) as bench:
        at = {e.place: e.id for e in bench.events()}
        first = at["Gossi"]
        merged = bench.merge_events(first, [at["Algeria"]])
    assert merged.named_by == "ana"  # the machine's name, held as the merging analyst's
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(130, 44)) as pilot:
        await ready(app, pilot)
        app.open_event(first)
        await settle(app, pilot)
        await pilot.press("n", *"Border post attack", "enter")
        await settle(app, pilot)
    assert Workbench(seeded_db).event(first).name == "Border post attack"
