"""Writes from the TUI against a real second process holding the write lock, and
against a database file deleted or replaced while the app is open (issue 14, item 4).

The store's busy timeout is lowered for these tests, so that a write gives up on the
held lock quickly; the app must then say so in one line, show the claim as not saved
and keep running."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from textual import events
from textual.widgets import DataTable, Input

from tests.tui.pilots import ready, settle
from workbench.service import Workbench
from workbench.tui.app import WorkbenchApp, make_app
from workbench.tui.screens.detail import DetailScreen
from workbench.tui.screens.modals import NoteModal
from workbench.tui.screens.queue import QueueScreen
from workbench.tui.writes import WritePolicy

SEEDS = Path(__file__).parent.parent.parent / "seeds"
GIVE_UP = WritePolicy(attempts=2, pause=0)  # fails fast while the lock is held
WAIT = WritePolicy(attempts=100_000, pause=0.01)  # waits until the lock is released

HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


@pytest.fixture
def seeded(seeded_db: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("WORKBENCH_BUSY_TIMEOUT", "0.1")
    return seeded_db


@contextmanager
def write_lock(db: str) -> Iterator[None]:
    """Another process holds the database's write lock until the block ends."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, db], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdin is not None
    try:
        assert holder.stdout.readline().strip() == "locked"
        yield
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)


async def until(pilot, condition: Callable[[], bool]) -> None:
    """Let the app run until `condition` holds (a bound, not a timing target)."""
    for _ in range(2000):
        if condition():
            return
        await pilot.pause(0.01)
    raise AssertionError("the condition never held")


def errors(app: WorkbenchApp) -> list[str]:
    return [n.message for n in app._notifications if n.severity == "error"]


def shown_status(queue: QueueScreen, claim_id: int) -> str:
    return str(queue.query_one("#queue", DataTable).get_cell(str(claim_id), "st"))


async def test_a_verdict_under_a_held_lock_fails_in_one_line_and_shows_the_claim_unsaved(seeded):
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None, writes=GIVE_UP)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        first = queue.current_id()
        assert first is not None
        with write_lock(seeded):
            await pilot.press("c")
            await settle(app, pilot)
            [line] = errors(app)
            assert "write lock" in line and "nothing was changed" in line and "\n" not in line
            assert shown_status(queue, first) == "·"  # unreviewed, as the database says
            assert app.is_running and app.undo_stack == []
        queue.move_to(first)
        await pilot.press("c")  # the lock released: the same key saves
        await settle(app, pilot)
        assert shown_status(queue, first) == "✓"
    assert [h.new_status for h in Workbench(seeded).history(first)] == ["confirmed"]


async def test_the_screen_answers_while_a_verdict_waits_and_the_verdict_is_saved_after(seeded):
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None, writes=WAIT)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        first = queue.current_id()
        assert first is not None
        with write_lock(seeded):
            await pilot.press("c")
            assert shown_status(queue, first) == "…"  # saving, not yet confirmed
            assert "saving 1 change" in str(queue.query_one("#queue-status").render())
            moved_to = queue.current_id()
            await pilot.press("k")  # the keys still answer while the write waits
            assert queue.current_id() != moved_to
            await until(pilot, lambda: any("still saving" in n.message for n in app._notifications))
            assert Workbench(seeded).claim(first).status == "unreviewed"
        await settle(app, pilot)
        assert shown_status(queue, first) == "✓" and errors(app) == []
    assert Workbench(seeded).claim(first).status == "confirmed"


async def test_a_note_not_saved_is_kept_and_offered_again(seeded):
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None, writes=GIVE_UP)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        first = queue.current_id()
        with write_lock(seeded):
            await pilot.press("n", *"UN figure from January", "enter")
            await settle(app, pilot)
            [line] = errors(app)
            assert "note is kept" in line
        await pilot.press("n")
        assert isinstance(app.screen, NoteModal)
        assert app.screen.query_one("#note", Input).value == "UN figure from January"
        await pilot.press("enter")
        await settle(app, pilot)
        assert queue.current_id() == first
    assert Workbench(seeded).claim(first).note == "UN figure from January"


async def test_an_undo_not_saved_stays_to_be_undone(seeded):
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None, writes=GIVE_UP)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        first = queue.current_id()
        await pilot.press("c")
        await settle(app, pilot)
        with write_lock(seeded):
            await pilot.press("u")
            await settle(app, pilot)
            assert len(errors(app)) == 1 and len(app.undo_stack) == 1
            assert shown_status(queue, first) == "✓"
        await pilot.press("u")
        await settle(app, pilot)
        assert shown_status(queue, first) == "·" and app.undo_stack == []
    assert Workbench(seeded).claim(first).status == "unreviewed"


async def test_a_link_decision_under_a_held_lock_fails_in_one_line(seeded):
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None, writes=GIVE_UP)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        ambush = next(c for c in queue.rows if c.text == "killed twenty-four soldiers")
        queue.move_to(ambush.id)
        await pilot.press("enter")
        detail = app.screen
        assert isinstance(detail, DetailScreen)
        with write_lock(seeded):
            await pilot.press("a")
            await settle(app, pilot)
            assert len(errors(app)) == 1 and app.is_running
            assert [link.state for link in detail.links] == ["suggested"]
    assert [link.state for link in Workbench(seeded).links(ambush.id)] == ["suggested"]


async def test_a_deleted_database_file_is_not_written_to(seeded):
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        first = queue.current_id()
        assert first is not None
        os.remove(seeded)
        await pilot.press("c")
        await settle(app, pilot)
        [line] = errors(app)
        assert "deleted" in line and "not saved" in line
        assert shown_status(queue, first) == "·" and app.undo_stack == []
        app.post_message(events.AppFocus())  # back from another terminal: said again
        await pilot.pause()
        assert len(errors(app)) == 2 and "deleted" in errors(app)[1]
    assert not Path(seeded).exists()


async def test_a_replaced_database_file_is_not_written_to(seeded, tmp_path):
    other = tmp_path / "other.db"
    bench = Workbench(str(other))
    bench.ingest([str(SEEDS)], jobs=1)
    bench.close()  # checkpointed: the whole database in the one file
    before = other.read_bytes()
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        first = queue.current_id()
        assert first is not None
        os.replace(other, seeded)
        await pilot.press("c")
        await settle(app, pilot)
        [line] = errors(app)
        assert "replaced" in line and "not saved" in line
        assert shown_status(queue, first) == "·"
        assert Path(seeded).read_bytes() == before


async def test_an_undo_asked_while_the_verdict_waits_undoes_that_verdict(seeded):
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None, writes=WAIT)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        first = queue.current_id()
        with write_lock(seeded):
            await pilot.press("c", "u")
            assert shown_status(queue, first) == "…"
        await settle(app, pilot)
        assert shown_status(queue, first) == "·" and app.undo_stack == []
    assert [h.new_status for h in Workbench(seeded).history(first)] == ["confirmed", "unreviewed"]


async def test_quitting_while_a_change_is_saving_asks_first(seeded):
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None, writes=WAIT)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        first = queue.current_id()
        with write_lock(seeded):
            await pilot.press("c", "q")
            await pilot.pause()
            assert app.is_running
            assert any("still saving: q again" in n.message for n in app._notifications)
        await settle(app, pilot)
    assert Workbench(seeded).claim(first).status == "confirmed"


async def test_a_q_pressed_long_ago_does_not_let_ctrl_q_quit_at_once(seeded, monkeypatch):
    """A trial's ctrl+q quit at once while a source loaded: a q asked earlier still
    stood. A second q counts within QUIT_AGAIN_S only (here none: each asks anew)."""
    monkeypatch.setattr("workbench.tui.app.QUIT_AGAIN_S", -1.0)
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None, writes=WAIT)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        with write_lock(seeded):
            await pilot.press("c", "q", "ctrl+q")
            await pilot.pause()
            assert app.is_running
            said = [n for n in app._notifications if "q again" in n.message]
            assert len(said) == 2
        await settle(app, pilot)


async def test_events_are_read_under_a_held_lock(seeded):
    """Reading events never writes (issue 15: the service regroups them after each
    write that changes claims or links), so another process's lock does not stop it."""
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None, writes=GIVE_UP)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        with write_lock(seeded):
            await pilot.press("v")
            await settle(app, pilot)
            assert errors(app) == [] and app.is_running
            assert app.screen.events


async def test_a_search_of_no_words_finds_nothing_and_the_app_stays(seeded):
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        await pilot.press("slash", '"', "enter")
        await pilot.pause()
        assert app.is_running and errors(app) == [] and queue.total == 0


async def test_the_default_policy_says_within_seconds_that_a_save_waits(
    seeded_db: str, monkeypatch: pytest.MonkeyPatch
):
    """A trial held the lock for 45 s and saw only "saving 2 changes…": the first
    notice came after the whole busy timeout (30 s). Tries of TRY_S now, a notice
    between them; the save still goes through once the lock is let go."""
    monkeypatch.setenv("WORKBENCH_BUSY_TIMEOUT", "20")
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)  # the default policy
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        first = queue.current_id()
        assert first is not None
        with write_lock(seeded_db):
            await pilot.press("c")
            started = time.monotonic()
            await until(pilot, lambda: any("still saving" in n.message for n in app._notifications))
            assert time.monotonic() - started < 10  # not the 20 s of one whole timeout
        await until(pilot, lambda: shown_status(queue, first) == "✓")
        assert errors(app) == []
    assert Workbench(seeded_db).claim(first).status == "confirmed"
