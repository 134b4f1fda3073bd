"""One massacre told by several reports that place it by its town, its town and
department, the town with another spelling, or its department alone: one event, named
by the town most of them give (a trial's Haitian massacre came out as three events,
named after the one report that gave only the department). Texts written for the test."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main

REPORTS = {
    "wire": (
        "2023-04-14",
        "Armed men killed at least 40 people in the town of Kéréla in "
        "Ouham-Pendé prefecture on Thursday, the UN said.",
    ),
    "daily": (
        "2023-04-14",
        "At least 40 people were killed in an attack by the 3R group "
        "in Kérela, Central African Republic, on Thursday, the UN mission said.",
    ),
    "radio": (
        "2023-04-15",
        "The 3R group killed 52 people in Kérela on Thursday, according to local officials.",
    ),
    "weekly": (
        "2023-04-17",
        "The death toll from last week's massacre in Kéréla, in the "
        "country's northwest, has risen to 52, officials said.",
    ),
    "monitor": (
        "2023-04-16",
        "The attack in Ouham-Pendé prefecture on Thursday left 49 "
        "dead, according to a human rights group.",
    ),
}


def test_one_massacre_placed_at_several_granularities_is_one_event(tmp_path: Path) -> None:
    for name, (published, text) in REPORTS.items():
        (tmp_path / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
        (tmp_path / f"{name}.json").write_text(json.dumps({"outlet": name, "published": published}))
    db = str(tmp_path / "claims.db")
    runner = CliRunner()
    files = [str(tmp_path / f"{name}.txt") for name in REPORTS]
    assert runner.invoke(main, ["--db", db, "ingest", *files]).exit_code == 0
    result = runner.invoke(main, ["--db", db, "events", "--json"])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(events) == 1, [e["name"] for e in events]
    assert events[0]["name"].startswith(("killed in Kéréla,", "killed in Kérela,"))
