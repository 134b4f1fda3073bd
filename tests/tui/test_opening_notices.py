"""What the app says as it opens a database it cannot write, or an empty one with no
sample articles beside it (a trial: a read-only database was only reported at the
first save; the empty database's line named only `workbench ingest`, not `i`)."""

from __future__ import annotations

import gc
from contextlib import closing
from pathlib import Path

from tests.tui.pilots import ready, settle
from workbench.service import Workbench
from workbench.tui.app import WorkbenchApp, make_app


def warnings(app: WorkbenchApp) -> list[str]:
    return [n.message for n in app._notifications if n.severity == "warning"]


async def test_a_read_only_database_is_said_so_as_it_opens(read_only: Path) -> None:
    bench = Workbench(str(read_only), analyst="ana")
    app = make_app(bench, seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        queue = await ready(app, pilot)
        [line] = warnings(app)
        assert f"{read_only} is read-only" in line and "no verdict" in line
        assert queue.rows  # and it is read
        assert queue.sub_title.endswith("· read-only")  # stays when the notice fades
        await pilot.press("c")
        await settle(app, pilot)
    with closing(Workbench(str(read_only))) as check:
        assert check.claim(queue.rows[0].id).status == "unreviewed"
    bench.close()  # the read-only mount is taken away after the test
    gc.collect()


async def test_an_empty_database_says_how_to_add_an_article_here(tmp_path: Path) -> None:
    app = make_app(Workbench(str(tmp_path / "new.db"), analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        queue = await ready(app, pilot)
        assert "read-only" not in queue.sub_title
        [line] = warnings(app)
        assert "is empty" in line and "press i" in line
