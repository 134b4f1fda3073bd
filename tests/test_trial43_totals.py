"""Running totals in session 43's analyst trial (issues 13 and 16): one UN total
relayed by four outlets in one week made four events, and a total's second fate lost
the place its own sentence named. Reports written for these tests, ingested into a
real database."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_trial_kinds43 import claims
from workbench.ingest.files import Metadata
from workbench.models import Category
from workbench.service import Workbench

_TOTALS = {
    "wire.txt": (
        "The United Nations says more than 2,500 people have been killed in gang "
        "violence in Haiti since January.",
        "2025-09-22",
    ),
    "daily.txt": (
        "Selon l'ONU, plus de 2 500 personnes ont été tuées en Haïti depuis le début de l'année.",
        "2025-09-23",
    ),
    "ocha.txt": (
        "More than 2,600 people have been killed in Haiti since January 2025, OCHA said.",
        "2025-09-25",
    ),
    "older.txt": (
        "More than 1,100 people have been killed in Haiti since January, the UN said.",
        "2025-05-02",
    ),
}


def _events(tmp_path: Path) -> list[set[str]]:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, (text, day) in _TOTALS.items():
        (folder / name).write_text(text, encoding="utf-8")
        (folder / name).with_suffix(".json").write_text(json.dumps({"published": day}))
    bench = Workbench(str(tmp_path / "claims.db"), analyst="tester")
    bench.ingest([str(folder)], Metadata(), jobs=1)
    found = []
    for event in bench.events():
        detail = bench.event(event.id)
        found.append({Path(c.source).name for c in detail.event_claims})
    return found


def test_one_running_total_told_in_one_week_is_one_event(tmp_path: Path) -> None:
    events = _events(tmp_path)
    week = next(e for e in events if "wire.txt" in e)
    assert week == {"wire.txt", "daily.txt", "ocha.txt"}
    # the same period's total four months earlier is that day's, another event
    assert {"older.txt"} in events


def test_a_totals_second_fate_keeps_the_place_its_sentence_names() -> None:
    found = claims(
        "The insurgency in Cabo Delgado, which began in 2017, has killed more than "
        "6,000 people, according to ACLED, and displaced about 1.3 million."
    )
    displaced = next(c for c in found if c.category is Category.DISPLACED)
    assert (displaced.scope, displaced.location) == ("cumulative", "Cabo Delgado")
