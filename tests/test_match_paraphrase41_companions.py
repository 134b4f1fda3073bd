"""Paraphrased headlines of one attack: a death both name by whose people it counts
("One Turkish soldier killed", "A Turkish soldier killed") ties their disputed
wounded tolls to one incident, where one death of no side named ties nothing."""

from __future__ import annotations

from pathlib import Path

from workbench.service import Metadata, Workbench


def load(tmp_path: Path, *reports: tuple[str, str]) -> Workbench:
    """A database holding each (text, published date) as a report of its own outlet."""
    bench = Workbench(str(tmp_path / "claims.db"), analyst="ana")
    for index, (text, published) in enumerate(reports):
        path = tmp_path / f"r{index}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        metadata = Metadata(published=published, outlet=f"Outlet {index}")
        assert bench.ingest([str(path)], metadata, jobs=1).added == 1
    return bench


def wounded(bench: Workbench) -> list[str]:
    """The relations of the links between wounded counts, restatements left out."""
    return [
        link.relation
        for link in bench.links()
        if link.relation != "restates" and str(link.a.category.value) == "wounded"
    ]


def test_one_death_of_one_side_ties_a_wounded_dispute(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("One Turkish soldier killed, five wounded in attack in northern Syria", "2019-05-12"),
        ("A Turkish soldier killed and 8 others wounded in northern Syria", "2019-05-12"),
    )
    assert wounded(bench) == ["contradicts"]


def test_one_death_of_no_side_ties_nothing(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("One person killed, five wounded in attack in northern Syria", "2019-05-12"),
        ("A man killed and 8 others wounded in northern Syria", "2019-05-12"),
    )
    assert wounded(bench) == []


def test_deaths_of_two_sides_tie_nothing(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("One Turkish soldier killed, five wounded in attack in northern Syria", "2019-05-12"),
        ("A Russian soldier killed and 8 others wounded in northern Syria", "2019-05-12"),
    )
    assert wounded(bench) == []
