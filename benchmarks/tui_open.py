"""Time from start to a ready claims queue, and per keypress, at 1k, 10k and 100k claims.

Usage: python benchmarks/tui_open.py [--sizes 1000 10000 100000]

Builds a database of each size (copies of generated articles, matched), starts the
real app headless (App.run_test) and times until the queue has its first page,
then times keypresses two ways: 100 `down` keys posted at once, waiting until the
cursor has moved 100 rows (the app's own time a key, as when a key is held); and
the CPU time a `pilot.press("down")` costs, beside a bare Textual DataTable timed
the same way (the pilot waits for idleness in 20 ms sleeps, so its wall-clock time
would measure the pilot, not the app).
Targets: under 1 s to a ready queue at 100,000 claims; under 20 ms a keypress.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from database import database_of
from textual import events
from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.widgets import DataTable

from workbench.service import Workbench
from workbench.tui.app import make_app
from workbench.tui.screens.queue import QueueScreen


async def measure(db: str) -> tuple[float, float, float, int]:
    start = time.perf_counter()
    app = make_app(Workbench(db, analyst="bench"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        while not (isinstance(app.screen, QueueScreen) and app.screen.rows):
            await pilot.pause()
        ready = time.perf_counter() - start
        shown = app.screen.total
        burst = await burst_per_key(app, pilot)
        per_press = await cpu_per_key(pilot)
    app.workbench.close()
    return ready, burst, per_press, shown


async def burst_per_key(app: App[None], pilot: Pilot[None], keys: int = 100) -> float:
    table = app.screen.query_one(DataTable)
    start_row = table.cursor_row
    start = time.perf_counter()
    for _ in range(keys):
        app.post_message(events.Key("down", None))
    while table.cursor_row < start_row + keys:
        await asyncio.sleep(0.001)
    await pilot.pause()
    return (time.perf_counter() - start) / keys


async def cpu_per_key(pilot: Pilot[None], presses: int = 100) -> float:
    moving = time.process_time()
    for _ in range(presses):
        await pilot.press("down")
    return (time.process_time() - moving) / presses


class BareTable(App[None]):
    def compose(self) -> ComposeResult:
        yield DataTable(cursor_type="row")

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("a", "b", "c")
        for index in range(300):
            table.add_row(str(index), "x" * 20, "y" * 30)
        table.focus()


async def baseline() -> float:
    app = BareTable()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        return await cpu_per_key(pilot)


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            db = database_of(size, tmp)
            ready, burst, per_press, shown = asyncio.run(measure(db))
            print(
                f"{shown:>7} claims: queue ready in {ready * 1000:.0f} ms;"
                f" a key {burst * 1000:.1f} ms"
                f" (100 in a burst), {per_press * 1000:.1f} ms CPU a pilot press"
                " (targets: < 1000 ms, < 20 ms)"
            )
    bare = asyncio.run(baseline())
    print(f"a bare Textual DataTable: {bare * 1000:.1f} ms CPU a pilot press")


if __name__ == "__main__":
    main()
