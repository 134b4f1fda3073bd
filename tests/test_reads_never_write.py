"""Issue 15, item 3: reading never writes, and every export is one snapshot.

Events are regrouped by the service after each write that changes claims or links,
never by a read; so `events`, `event` and an export leave the database as they found
it, answer while another process holds the write lock, and a report agrees with
itself however others write meanwhile. Real databases, and real processes holding the
lock and writing meanwhile; the commands run in the test's process."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from contextlib import closing

import pytest

from tests.reliability_helpers import Holder, looping, run_here
from workbench.service import Workbench

READS = [
    ["events"],
    ["events", "--json"],
    ["event", "1"],
    ["export", "--format", "md"],
    ["export", "--format", "json"],
    ["export", "--format", "csv"],
    ["claims"],
    ["sources"],
    ["links"],
]

VERDICT_LOOP = """
import sys
from workbench.service import Workbench
bench = Workbench(sys.argv[1], analyst="other")
ids = [c.id for c in bench.claims()]
print("started", flush=True)
statuses = ["false", "confirmed", "disputed", "unverifiable", "unreviewed"]
for i in range(1_000_000):
    bench.set_verdict(ids[i % len(ids)], statuses[i % len(statuses)])
"""


@pytest.fixture
def db(seeded_db) -> str:
    with closing(Workbench(seeded_db)) as bench:
        assert bench.events_current()
    return seeded_db


def test_reads_leave_the_database_unchanged(db):
    watcher = sqlite3.connect(db)
    before = watcher.execute("PRAGMA data_version").fetchone()[0]
    for command in READS:
        result = run_here(*command, "--db", db)
        assert result.returncode == 0, (command, result.stderr)
    with closing(Workbench(db)) as bench:
        bench.events()
        bench.event(1)
        bench.event_names()
    # data_version changes when another connection has committed anything
    assert watcher.execute("PRAGMA data_version").fetchone()[0] == before
    watcher.close()


def test_reads_answer_while_another_process_holds_the_write_lock(db):
    with Holder(db):
        for command in READS:
            result = run_here(*command, "--db", db, env={"WORKBENCH_BUSY_TIMEOUT": "0.5"})
            assert result.returncode == 0, (command, result.stderr)


def test_a_link_decision_regroups_the_events_at_once(db):
    with closing(Workbench(db)) as bench:
        names = bench.event_names()
        a, b = next((x, y) for x in names for y in names if names[x][0] < names[y][0])
        bench.set_link(a, b, "corroborates")
        assert bench.events_current()
        names = bench.event_names()
        assert names[a][0] == names[b][0]


@pytest.fixture
def judged_meanwhile(db):
    """The database while another process sets verdict after verdict."""
    with looping(VERDICT_LOOP, db):
        yield db


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_export_while_verdicts_are_set_agrees_with_itself(judged_meanwhile, tmp_path, jobs):
    out = tmp_path / "export.json"
    with closing(Workbench(judged_meanwhile)) as bench:
        for _ in range(6):
            bench.export_to("json", str(out), jobs=jobs)
            document = json.loads(out.read_text(encoding="utf-8"))
            listed = Counter(c["status"] for c in document["claims"])
            counted = {k: v for k, v in document["summary"]["by_status"].items() if v}
            assert counted == dict(listed)


def test_an_export_report_while_verdicts_are_set_agrees_with_itself(judged_meanwhile, tmp_path):
    out = tmp_path / "report.csv"
    with closing(Workbench(judged_meanwhile)) as bench:
        for _ in range(6):
            summary = bench.export_to("csv", str(out))
            rows = out.read_text(encoding="utf-8-sig").splitlines()[1:]
            assert summary.exported_claims == len(rows)
