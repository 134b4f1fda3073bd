"""The screen never waits on the database (issue 15): every service call runs in the
reading or the writing thread and comes back as a message.

A second connection in the test holds the write lock (`BEGIN IMMEDIATE`). In WAL mode
that holds up no read (reading the events included: the service regroups them after
writes, never on a read) and every write, a verdict here. The busy timeout is longer
than the longest pause the event loop is allowed: a call on the loop waiting for the
lock would show as a stalled loop."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace

import pytest
from textual.widgets import DataTable, Static

from tests.tui.pilots import settle
from workbench.service import Workbench
from workbench.tui.app import make_app
from workbench.tui.messages import Page, QueueRead
from workbench.tui.screens.detail import DetailScreen
from workbench.tui.screens.events import EventsScreen
from workbench.tui.screens.queue import QueueScreen
from workbench.tui.writes import WritePolicy

BUSY_TIMEOUT_S = 10.0  # how long one try of a write waits for the lock
LONGEST_STALL_S = 5.0  # the loop is never held longer (one try would hold it 10 s; a busy
# machine stretches drawing a screen to a second or two)
WAIT = WritePolicy(attempts=100_000, pause=0.01)  # writes wait until the lock is released


@pytest.fixture
def seeded(seeded_db: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("WORKBENCH_BUSY_TIMEOUT", str(BUSY_TIMEOUT_S))
    return seeded_db


@contextmanager
def write_lock(db: str) -> Iterator[None]:
    """Another connection holds the database's write lock until the block ends."""
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@contextmanager
def loop_watched() -> Iterator[list[float]]:
    """The longest the event loop went without running a 10 ms timer, so far."""
    longest = [0.0]

    async def beat() -> None:
        while True:
            before = time.monotonic()
            await asyncio.sleep(0.01)
            longest[0] = max(longest[0], time.monotonic() - before - 0.01)

    task = asyncio.get_running_loop().create_task(beat())
    try:
        yield longest
    finally:
        task.cancel()


async def until(pilot, condition: Callable[[], object]) -> None:
    """Let the app run until `condition` holds (a bound, not a timing target)."""
    for _ in range(2000):
        if condition():
            return
        await pilot.pause(0.01)
    raise AssertionError("the condition never held")


def shown_status(queue: QueueScreen, claim_id: int) -> str:
    return str(queue.query_one("#queue", DataTable).get_cell(str(claim_id), "st"))


async def test_the_screen_answers_keys_while_another_connection_holds_the_write_lock(seeded):
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None, writes=WAIT)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        queue = app.screen
        assert isinstance(queue, QueueScreen)
        ids = [c.id for c in queue.rows]
        first = ids[0]
        with write_lock(seeded), loop_watched() as stalled:
            await pilot.press("c")  # the verdict waits for the lock in the writing thread
            assert shown_status(queue, first) == "…"
            assert queue.current_id() == ids[1]  # on to the next claim at once
            await pilot.press("j", "j", "k")
            assert queue.current_id() == ids[2]

            await pilot.press("enter")  # the claim is read meanwhile (a read waits on nothing)
            detail = app.screen
            assert isinstance(detail, DetailScreen) and detail.claim_id == ids[2]
            await until(pilot, lambda: detail.claim is not None)
            await pilot.press("d")
            headline = str(detail.query_one("#headline", Static).render())
            assert "saving disputed…" in headline

            await pilot.press("escape", "v")  # reading the events waits on nothing either
            events = app.screen
            assert isinstance(events, EventsScreen)
            await until(pilot, lambda: events.events)
            assert events.sub_title == f"{len(events.events)} events"
            await pilot.press("escape", "j")
            assert app.screen is queue and queue.current_id() == ids[3]
            assert stalled[0] < LONGEST_STALL_S, f"the event loop stalled {stalled[0]:.2f} s"
            assert Workbench(seeded).claim(first).status == "unreviewed"

        await settle(app, pilot)
        await until(pilot, lambda: shown_status(queue, first) == "✓")
        await until(pilot, lambda: shown_status(queue, ids[2]) == "?")  # given on its detail
        assert app.saving == {}
    bench = Workbench(seeded)
    assert [bench.claim(i).status for i in (first, ids[2])] == ["confirmed", "disputed"]


async def test_an_answer_to_an_older_request_is_dropped(seeded):
    """An answer that comes after the screen asked again (a slow read of every claim,
    then a search) never replaces what was asked last."""
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        queue = app.screen
        assert isinstance(queue, QueueScreen)
        every = queue.rows
        await pilot.press("slash", *"Kidal", "enter")
        await settle(app, pilot)
        kidal = [c.id for c in queue.rows]
        assert kidal and len(kidal) < len(every)
        where = replace(queue.where, search=None)
        late = QueueRead(1, Page(where, every, dict(queue.counts)), len(every), {}, [], [])
        queue.post_message(late)  # the first request made, answered again
        await settle(app, pilot)
        assert [c.id for c in queue.rows] == kidal and queue.where.search == "Kidal"
