"""An undated report's toll linked to two days' tolls at one place joins the one its
figure agrees with, and the two days stay two events (session 45, from the Sudan
trial: two reports' tolls of two days became one event through a third report's
links). Real SQLite files in a temporary folder, the real CLI; reports written for
these tests."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main

MONDAY = (
    "Published: 2025-03-04\n\nGunmen killed 12 villagers in Egbekaw, in Manyu division, on "
    "Monday, residents said.\n"
)
TUESDAY = (
    "Published: 2025-03-05\n\nSeparatist fighters killed five villagers in Egbekaw, in Manyu "
    "division, on Tuesday, a local official said.\n"
)
UNDATED = (
    "Published: 2025-03-06\n\nGunmen killed 12 villagers in Egbekaw, in Manyu division, the "
    "governor said.\n"
)


def _events(tmp_path: Path, **texts: str) -> list[list[int]]:
    """The figures of each event's claims, sorted, events in order of their figures."""
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    db = str(tmp_path / "claims.db")
    files = [str(tmp_path / f"{name}.txt") for name in texts]
    run = CliRunner().invoke
    assert run(main, ["--db", db, "ingest", *files]).exit_code == 0
    claims = run(main, ["--db", db, "claims", "--json"]).stdout.splitlines()
    value = {c["id"]: c["value"] for c in map(json.loads, claims)}
    events = run(main, ["--db", db, "events", "--json"]).stdout.splitlines()
    return sorted(sorted(value[i] for i in e["claim_ids"]) for e in map(json.loads, events))


def test_an_undated_toll_joins_the_day_it_agrees_with_and_two_days_stay_two(
    tmp_path: Path,
) -> None:
    assert _events(tmp_path, monday=MONDAY, tuesday=TUESDAY, undated=UNDATED) == [[5], [12, 12]]


def test_without_the_undated_report_the_two_days_are_two_events(tmp_path: Path) -> None:
    assert _events(tmp_path, monday=MONDAY, tuesday=TUESDAY) == [[5], [12]]
