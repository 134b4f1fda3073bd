"""A page's bytes as they arrive stand apart from the progress bar's share: a trial
read "1%40 bytes". A pilot test on the real app."""

from __future__ import annotations

import pytest
from textual.widgets import Label

from tests.tui.pilots import ready
from workbench.service import Workbench
from workbench.tui.app import make_app
from workbench.tui.messages import LoadProgress


@pytest.mark.usefixtures("app_idle_wait")
async def test_a_pages_bytes_stand_apart_from_the_bars_share(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        app.post_message(LoadProgress(40, 4000, received=True))
        await pilot.pause()
        (label,) = app.screen.query("#loading-bytes").results(Label)
        assert str(label.content) == " 40 of 4,000 bytes"
