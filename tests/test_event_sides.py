"""An event's deaths by side (UCDP's codebook splits them: deaths_a, deaths_b,
deaths_civilians, deaths_unknown): a trial's event pooled 21 soldiers and the 48
militants the army said it killed in one "killed" figure, whose high became 48.
Reports written for the tests, ingested into a real database."""

from __future__ import annotations

from pathlib import Path

from workbench.ingest.files import Metadata
from workbench.service import Workbench

ARMY = (
    "Borno ambush\n\nInsurgents killed 21 soldiers near Damboa on Tuesday, the army said,"
    " adding that troops killed 48 militants near Damboa on Tuesday.\n"
)
WIRE = (
    "Damboa attack\n\nA military source told AFP that 17 soldiers were killed near Damboa"
    " on Tuesday.\n"
)
PEOPLE = "Damboa toll\n\nAt least 30 people were killed near Damboa on Tuesday, residents said.\n"


def event_figures(tmp_path: Path, *texts: str) -> list[tuple[str, str | None, float | None]]:
    paths = []
    for n, text in enumerate(texts):
        path = tmp_path / f"r{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    bench = Workbench(str(tmp_path / "claims.db"))
    bench.ingest(paths, Metadata(published="2026-11-25"), jobs=1)
    [event] = bench.events()
    return [(f.category.value, f.side, f.high) for f in bench.event(event.id).figures]


def test_two_sides_killed_are_figured_apart_after_the_whole(tmp_path):
    figures = event_figures(tmp_path, ARMY, WIRE)
    assert figures == [
        ("killed", None, 21),
        ("killed", "military", 21),
        ("killed", "armed_group", 48),
    ]


def test_one_side_and_people_of_no_side_keep_one_figure(tmp_path):
    figures = event_figures(tmp_path, WIRE, PEOPLE)
    assert [(category, side) for category, side, _ in figures] == [("killed", None)]
