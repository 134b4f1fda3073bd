"""Claims just loaded that the queue's search or filters hide are said to be hidden:
a trial added a source with a search on, and its claims were nowhere, with no word
of why. A pilot test on the real app and a real database."""

from __future__ import annotations

import pytest

from tests.tui.pilots import ready, settle
from workbench.service import Workbench
from workbench.tui.app import make_app
from workbench.tui.screens.queue_reads import HIDDEN_NEW

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py


async def test_new_claims_a_search_hides_are_said_to_be_hidden(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        outside = next(c.id for c in Workbench(seeded_db).claims() if "Kidal" not in c.text)
        queue.show(to_claim=outside)  # as a load does: nothing hides it yet
        await settle(app, pilot)
        assert HIDDEN_NEW not in [n.message for n in app._notifications]
        await pilot.press("slash", *"Kidal", "enter")
        await settle(app, pilot)
        queue.show(to_claim=outside)
        await settle(app, pilot)
        assert HIDDEN_NEW in [n.message for n in app._notifications]
