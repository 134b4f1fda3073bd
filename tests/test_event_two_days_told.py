"""One report that dates two counts at one place to two days tells two incidents,
however near the days: a trial's report gave 34 civilians killed on Monday and a
fighter killed two days before in the same village, and the event summed them over
sides into a toll of 35 that no one reported. Reports written for the tests, through
the real service and a real SQLite file."""

from __future__ import annotations

import json
from pathlib import Path

from workbench.service import Workbench


def events_of(tmp_path: Path, text: str) -> list[list[float | None]]:
    """The killed figures of each event of one report, by event."""
    bench = Workbench(str(tmp_path / "claims.db"))
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    meta = {"outlet": "Wire", "published": "2023-11-06"}
    (tmp_path / "r.json").write_text(json.dumps(meta), encoding="utf-8")
    bench.ingest([str(tmp_path / "r.txt")], jobs=1)
    claims = {c.id: c for c in bench.claims()}
    return sorted(
        sorted(claims[i].value for i in e.claim_ids if claims[i].category == "killed")
        for e in bench.events()
    )


def test_two_days_one_report_dates_at_one_place_are_two_events(tmp_path):
    found = events_of(
        tmp_path,
        "Gunmen killed 34 civilians in Tondara village on Monday, November 6.\n\n"
        "On Saturday, November 4, a militia fighter was killed in Tondara village.\n",
    )
    assert found == [[1], [34]]


def test_a_count_of_no_day_of_its_own_stays_with_the_incident(tmp_path):
    found = events_of(
        tmp_path,
        "Gunmen killed 34 civilians in Tondara village on Monday, November 6.\n\n"
        "A militia fighter was also killed in Tondara village, residents said.\n",
    )
    assert found == [[1, 34]]
