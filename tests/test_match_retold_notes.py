"""One voice's undated notes out a day apart: one incident coded on each of its days
where they tell a mass toll word for word ("ONLF claim to have killed 43 soldiers"
twice), two days' statements otherwise. Notes written for the tests, with negatives."""

from __future__ import annotations

from pathlib import Path

from workbench.service import Metadata, Workbench

VOICE = "Sahel Monitor"


def _links(tmp_path: Path, first: str, second: str, days: tuple[str, str]) -> list[str]:
    bench = Workbench(str(tmp_path / "claims.db"), analyst="ana")
    for index, (text, published) in enumerate(zip((first, second), days, strict=True)):
        path = tmp_path / f"note{index}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        bench.ingest([str(path)], Metadata(published=published, outlet=VOICE), jobs=1)
    return [link.relation for link in bench.links()]


NOTE = "Gunmen kill 14 villagers in Kadigal over two nights of raids on the market."
DAYS = ("2024-05-06", "2024-05-07")


def test_a_mass_toll_retold_a_day_later_is_one_statement(tmp_path: Path) -> None:
    longer = NOTE + " Nine died the first night, five the second."
    assert _links(tmp_path, NOTE, longer, DAYS) == ["restates"]


def test_a_small_toll_retold_a_day_later_is_two_days_news(tmp_path: Path) -> None:
    small = "Gunmen kill 2 villagers in Kadigal during a raid on the market."
    assert _links(tmp_path, small, small, DAYS) == []


def test_a_mass_toll_in_other_words_a_day_later_stays_apart(tmp_path: Path) -> None:
    other = "Fourteen people were killed when gunmen stormed a wedding in Kadigal."
    assert _links(tmp_path, NOTE, other, DAYS) == []


def test_notes_two_days_apart_stay_apart(tmp_path: Path) -> None:
    assert _links(tmp_path, NOTE, NOTE, ("2024-05-06", "2024-05-08")) == []


def test_two_tolls_told_alike_a_day_apart_stay_two_days_notes(tmp_path: Path) -> None:
    other = NOTE.replace("14", "19")
    assert _links(tmp_path, NOTE, other, DAYS) == []
