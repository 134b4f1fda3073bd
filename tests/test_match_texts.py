"""Matching across reports written for the tests, through ingest: places by
containment and distance, families of victims, scope, a revised toll flagging a
confirmed figure, and one statement relayed by two outlets."""

from __future__ import annotations

from pathlib import Path

from tests.match_reports import load
from workbench.models import ClaimFilter
from workbench.service import Metadata, Workbench


def links(bench: Workbench) -> list[tuple[str, str]]:
    return [(link.relation, link.reason or "") for link in bench.links()]


def test_a_village_and_its_region_are_one_incident(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Gunmen killed 12 villagers in Bankass on Tuesday, a local official said.", "2024-06-05"),
        ("Twelve civilians were killed in the Mopti region on Tuesday, the UN said.", "2024-06-06"),
    )
    [(relation, reason)] = links(bench)
    assert relation == "corroborates" and "same region: Mopti Region" in reason


def test_two_villages_of_one_region_far_apart_are_two_incidents(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Gunmen killed 12 villagers in Bankass on Tuesday, a local official said.", "2024-06-05"),
        ("Gunmen killed 12 villagers in Hombori on Tuesday, the mayor said.", "2024-06-05"),
    )
    assert links(bench) == []


def test_twin_towns_are_near(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Gunmen killed 7 traders near Mopti on Friday, a trader said.", "2024-06-08"),
        ("Seven traders were killed in Sévaré on Friday, the police said.", "2024-06-08"),
    )
    [(relation, reason)] = links(bench)
    assert relation == "corroborates" and "near: Mopti and Sévaré" in reason


def test_gendarmes_and_soldiers_are_security_forces(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Jihadists killed 9 gendarmes in Bankass on Sunday, the army said.", "2024-06-10"),
        ("Nine soldiers died in Bankass on Sunday, a security source said.", "2024-06-10"),
    )
    [(relation, reason)] = links(bench)
    assert relation == "corroborates" and "both security forces" in reason


def test_gendarmes_and_civilians_are_not_one_count(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Jihadists killed 9 gendarmes in Bankass on Sunday, the army said.", "2024-06-10"),
        ("Nine civilians died in Bankass on Sunday, a local elected official said.", "2024-06-10"),
    )
    assert links(bench) == []


def test_a_running_total_is_no_incident(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Gunmen killed 40 villagers in Bankass on Tuesday, a local official said.", "2024-06-05"),
        (
            "The violence has killed 40 people in Bankass since January, a local official said.",
            "2024-06-05",
        ),
    )
    assert links(bench) == []


def test_a_later_toll_contradicts_a_confirmed_first_and_flags_it(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Gunmen killed 12 villagers in Bankass on Tuesday, a local official said.", "2024-06-05"),
    )
    (first,) = bench.claims()
    bench.set_verdict(first.id, "confirmed")
    later = tmp_path / "later.txt"
    later.write_text(
        "The toll of the attack on Bankass on June 4 rose to 37, the governor said.\n",
        encoding="utf-8",
    )
    bench.ingest([str(later)], Metadata(published="2024-06-20", outlet="Later"), jobs=1)
    [(relation, reason)] = links(bench)
    assert relation == "contradicts" and "reported 2024-06-05 and 2024-06-20" in reason
    (stale,) = bench.claims(ClaimFilter(stale=True))
    assert stale.id == first.id and "contradicts" in (stale.stale_reason or "")


def test_one_statement_relayed_by_two_outlets_is_one_voice(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Twelve soldiers were killed in Bankass on Tuesday, the army said.", "2024-06-05"),
        ("The army said 12 soldiers were killed in Bankass on Tuesday.", "2024-06-05"),
    )
    assert [r for r, _ in links(bench)] in ([], ["restates"])  # no witness to itself
    (event,) = [e for e in bench.events() if e.claims == 2]
    assert event.voices == 1


def test_a_regions_report_does_not_merge_two_villages_incidents(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (
            "Nine soldiers were killed on Monday in an ambush near Boni, the army said.",
            "2024-06-11",
        ),
        (
            "Five soldiers were killed in an ambush in the Mopti region on Monday, a source said.",
            "2024-06-11",
        ),
        ("Four soldiers were killed on Monday in Bandiagara, the governor said.", "2024-06-11"),
    )
    events = [sorted(c.value for c in bench.event(e.id).event_claims) for e in bench.events()]
    # Boni and Bandiagara lie 170 km apart: two incidents, the region's report in one
    # or, its small toll tied to neither by more than closeness, in none
    assert sorted(events) in ([[4], [5, 9]], [[4, 5], [9]], [[4], [5], [9]])


def test_attackers_killed_are_not_the_attacks_toll(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (
            "At least 20 people were killed in an attack on Bankass on Tuesday, AFP reported.",
            "2024-06-05",
        ),
        ("The army said 8 attackers were killed in Bankass on Tuesday.", "2024-06-05"),
    )
    assert links(bench) == []
