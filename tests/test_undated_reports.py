"""Reports that give no day at all (no date in the text, no publication date: two
articles pasted in as text files) are matched where they name one town for one
category, the link saying "time unknown"; one report's undated headline meets its
body by place. Anything coarser than a town, a crowded city, or one report dated
stays unlinked. Real SQLite files in a temporary folder, texts written for the tests."""

from __future__ import annotations

from pathlib import Path

from workbench.ingest.files import Metadata
from workbench.service import Workbench

POLICE = (
    "Gunmen kill 12 villagers in Borno\n\n"
    "MAIDUGURI, Nigeria - Gunmen killed 12 villagers in Gwoza, Borno State, on Monday, "
    "police said.\n"
)
LEADER = (
    "Fifteen people were killed when gunmen attacked a village in Gwoza on Monday, "
    "a local leader said.\n"
)


def loaded(tmp_path: Path, texts: dict[str, str], published: dict[str, str]) -> Workbench:
    """The texts written to files and ingested one by one, each with its publication
    day where `published` gives one (by file name)."""
    bench = Workbench(str(tmp_path / "claims.db"))
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        day = published.get(name)
        bench.ingest([str(tmp_path / name)], metadata=Metadata(published=day), jobs=1)
    return bench


def _links(bench: Workbench) -> list[tuple[float, float, str, str]]:
    claims = {c.id: c for c in bench.claims()}
    return sorted(
        (claims[link.a_id].value or 0, claims[link.b_id].value or 0, link.relation, link.reason)
        for link in bench.links()
    )


def test_two_undated_reports_of_one_town_are_linked_with_time_unknown(tmp_path: Path) -> None:
    bench = loaded(tmp_path, {"police.txt": POLICE, "leader.txt": LEADER}, {})
    disputes = [link for link in _links(bench) if link[2] == "contradicts"]
    assert disputes and all("time unknown" in reason for *_, reason in disputes)
    assert {(a, b) for a, b, *_ in disputes} <= {(12, 15), (15, 12)}
    # and the headline is its body's restatement: one event of the three claims
    [event] = bench.events()
    assert len(event.claim_ids) == 3


def test_undated_reports_of_two_towns_are_not_linked(tmp_path: Path) -> None:
    other = LEADER.replace("Gwoza", "Konduga")
    bench = loaded(tmp_path, {"police.txt": POLICE, "leader.txt": other}, {})
    assert [link for link in _links(bench) if link[2] == "contradicts"] == []


def test_undated_reports_of_one_region_only_are_not_linked(tmp_path: Path) -> None:
    first = "Gunmen killed 12 villagers in Borno State, police said.\n"
    second = "Fifteen people were killed when gunmen attacked villages in Borno State.\n"
    bench = loaded(tmp_path, {"police.txt": first, "leader.txt": second}, {})
    assert _links(bench) == []


def test_a_dated_report_and_an_undated_one_stay_apart(tmp_path: Path) -> None:
    # one report's day is known, the other's not: nothing says they are of one week
    texts = {"police.txt": POLICE, "leader.txt": LEADER}
    bench = loaded(tmp_path, texts, {"police.txt": "2026-11-24"})
    assert [link for link in _links(bench) if link[2] == "contradicts"] == []
