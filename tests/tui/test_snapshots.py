"""SVG snapshots of the key screens at a fixed size (pytest-textual-snapshot).

Regenerate after a deliberate change of layout: pytest tests/tui --snapshot-update
"""

from pathlib import Path

import pytest

from workbench.service import Workbench
from workbench.tui.app import make_app

ROOT = Path(__file__).parent.parent.parent
SIZE = (110, 32)
NARROW = (80, 24)  # the smallest terminal everything must be readable at (issue 17)


@pytest.fixture
def app(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)  # relative source paths: the same snapshot on any checkout
    db = str(tmp_path / "claims.db")
    Workbench(db).ingest(["seeds"], jobs=1)
    return make_app(Workbench(db, analyst="ana"), seeds=None)


async def opened(pilot):
    """Wait for what opening asks of the database: the queue's rows (read in a thread,
    shown by a worker) and the check for documents left unmatched. A screenshot taken
    before would show an empty queue on a slow or busy machine, and waiting for the
    workers alone may come before the reading thread has answered: the rows are
    waited for themselves (ten seconds at most)."""
    for _ in range(200):
        await pilot.app.workers.wait_for_complete()
        if getattr(pilot.app.screen, "rows", None):
            break
        await pilot.pause(0.05)
    await settled_rows(pilot)


async def settled_rows(pilot, checks: int = 4) -> None:
    """Wait until the queue's rows and its table's width stop changing (a further
    page may be read after the first one, and the table measures its columns on an
    idle moment after the rows came: a busy machine took the picture before)."""
    seen: tuple[int, int] = (-1, -1)
    same = 0
    for _ in range(100):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause(0.05)
        screen = pilot.app.screen
        tables = screen.query("#queue")
        width = tables.first().virtual_size.width if tables else 0
        now = (len(getattr(screen, "rows", [])), width)
        same = same + 1 if now == seen and width > 0 else 0
        seen = now
        if same >= checks:
            break
    await pilot.pause()


def test_queue(snap_compare, app):
    assert snap_compare(app, terminal_size=SIZE, run_before=opened)


async def open_the_ambush(pilot):
    """The detail of the Chadian daily's "killed twenty-four soldiers"."""
    await opened(pilot)
    queue = pilot.app.screen
    ambush = next(c for c in queue.rows if c.text == "killed twenty-four soldiers")
    queue.move_to(ambush.id)
    await pilot.press("enter")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_detail_of_the_disputed_chadian_claim(snap_compare, app):
    assert snap_compare(app, terminal_size=SIZE, run_before=open_the_ambush)


def test_queue_at_80x24(snap_compare, app):
    assert snap_compare(app, terminal_size=NARROW, run_before=opened)


def test_detail_at_80x24(snap_compare, app):
    assert snap_compare(app, terminal_size=NARROW, run_before=open_the_ambush)


def test_help(snap_compare, app):
    assert snap_compare(app, terminal_size=SIZE, run_before=opened, press=["f1"])


def test_the_chadian_ambush_event(snap_compare, app):
    async def open_the_ambush_event(pilot):
        await pilot.app.workers.wait_for_complete()
        await pilot.press("v")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=open_the_ambush_event)
