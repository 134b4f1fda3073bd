"""One village's massacre told by several reports (a trial's Pont-Sondé tolls, 115, more
than 60, more than 50 and at least 70, came out as separate events): reports written
for the tests about an invented village the gazetteer does not know, through ingest.
A mass killing's tolls placed in the village and in its region the same day are one
incident's; so are its undated tolls out days apart, in the village alone. Each with
its negatives: small tolls, a town instead of a region, a city, tolls far apart,
weeks that do not meet."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.match_helpers import placed_claim
from tests.test_match_texts import links, load
from workbench.match import LINKS_PER_CLAIM, match, match_all_pairs
from workbench.store.gazetteer import GazetteerFile


def test_the_village_massacres_four_tolls_are_one_event(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Gunmen killed more than 50 people in Bois-Carré, Haiti, on Thursday.", "2024-10-04"),
        ("More than 60 people were killed in an attack on Bois-Carré in Haiti.", "2024-10-05"),
        ("At least 70 people died in Thursday's attack in Haiti's Artibonite.", "2024-10-06"),
        ("At least 115 people were killed in the Bois Carré massacre in Haiti.", "2024-10-08"),
    )
    assert len(links(bench)) >= 3
    [event] = bench.events()
    assert len(event.claim_ids) == 4


def test_a_village_and_its_region_hold_one_massacre_on_one_day(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Gunmen killed more than 50 people in Bois-Carré, Haiti, on Thursday.", "2024-10-04"),
        ("At least 70 people were killed on Thursday in Haiti's Artibonite.", "2024-10-05"),
    )
    [(relation, reason)] = links(bench)
    assert relation == "corroborates"
    assert "same country: Haiti ('Bois-Carré, Haiti' may lie in Artibonite)" in reason


def test_small_tolls_of_a_village_and_its_region_are_two_incidents(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Gunmen killed more than 3 people in Bois-Carré, Haiti, on Thursday.", "2024-10-04"),
        ("At least 5 people were killed on Thursday in Haiti's Artibonite.", "2024-10-05"),
    )
    assert links(bench) == []


def test_a_village_and_a_town_it_is_not_are_two_massacres(tmp_path: Path) -> None:
    # a village is no part of another town: Saint-Marc is a town of the gazetteer
    bench = load(
        tmp_path,
        ("Gunmen killed more than 50 people in Bois-Carré, Haiti, on Thursday.", "2024-10-04"),
        ("At least 70 people were killed on Thursday in Saint-Marc, Haiti.", "2024-10-05"),
    )
    assert links(bench) == []


def test_a_village_and_its_region_on_two_days_are_two_massacres(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Gunmen killed more than 50 people in Bois-Carré, Haiti, on Monday.", "2024-10-01"),
        ("At least 70 people were killed on Thursday in Haiti's Artibonite.", "2024-10-04"),
    )
    assert links(bench) == []


def test_a_villages_undated_tolls_days_apart_are_one_massacre(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Gangs killed more than 60 people in the Haitian village of Bois-Carré.", "2024-10-04"),
        ("At least 115 people died in the Bois-Carré massacre in Haiti.", "2024-10-08"),
    )
    [(relation, reason)] = links(bench)
    assert relation == "corroborates" and "reported 2024-10-04 and 2024-10-08" in reason


def test_a_villages_revised_toll_days_later_contradicts(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Gangs killed 70 people in the Haitian village of Bois-Carré.", "2024-10-04"),
        ("Gangs killed 115 people in the Haitian village of Bois-Carré.", "2024-10-08"),
    )
    [(relation, _)] = links(bench)
    assert relation == "contradicts"


def test_small_undated_tolls_days_apart_are_two_days_news(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Gangs killed six people in the Haitian village of Bois-Carré.", "2024-10-04"),
        ("Six people were killed by a gang in Bois-Carré, Haiti.", "2024-10-08"),
    )
    assert links(bench) == []


def test_a_citys_undated_mass_tolls_days_apart_are_two_incidents(tmp_path: Path) -> None:
    # a city of 100,000 people or more sees two such killings in a week
    bench = load(
        tmp_path,
        ("Gangs killed more than 60 people in Port-au-Prince, Haiti.", "2024-10-04"),
        ("At least 115 people died in a massacre in Port-au-Prince, Haiti.", "2024-10-08"),
    )
    assert links(bench) == []


def test_undated_tolls_whose_weeks_do_not_meet_are_two_massacres(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Gangs killed more than 60 people in the Haitian village of Bois-Carré.", "2024-10-04"),
        ("At least 115 people died in the Bois-Carré massacre in Haiti.", "2024-10-14"),
    )
    assert links(bench) == []


def test_undated_tolls_more_than_threefold_apart_are_two_massacres(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Gangs killed 20 people in the Haitian village of Bois-Carré.", "2024-10-04"),
        ("Gangs killed 115 people in the Haitian village of Bois-Carré.", "2024-10-08"),
    )
    assert links(bench) == []


def test_massacres_meet_in_blocks_as_comparing_every_pair_finds(
    places: GazetteerFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a region's and unknown villages' tolls, small and mass, dated and undated, one
    # report each; "Ouest" is a region whose name is only a direction word
    for relation in LINKS_PER_CLAIM:
        monkeypatch.setitem(LINKS_PER_CLAIM, relation, 10**6)
    rng = random.Random(16)
    where = ["Artibonite", "Ouest", "Bois-Carré", "Bois Carre", "Morne-Tibou", "Saint-Marc"]
    claims = []
    for i in range(1, 121):
        day = rng.randint(1, 20)
        claims.append(
            placed_claim(
                places,
                i,
                rng.choice(where),
                low=rng.choice([3, 12, 50, 60, 70, 115]),
                country="Haiti",
                voice_id=rng.randint(1, 15),
                date=f"2024-10-{day:02d}" if rng.random() < 0.5 else None,
                published=f"2024-10-{day + rng.randint(0, 6):02d}",
            )
        )
    blocked = {(v.a, v.b, v.relation) for v in match(claims, claims)}
    every_pair = {(v.a, v.b, v.relation) for v in match_all_pairs(claims)}
    assert blocked == every_pair and len(blocked) > 50


def test_a_region_named_by_direction_words_is_compared(tmp_path: Path) -> None:
    # "Far North" is Cameroon's region, its name only direction words
    bench = load(
        tmp_path,
        ("Jihadists killed 15 villagers in Cameroon's Far North region on Sunday.", "2019-03-04"),
        (
            "Fifteen civilians were killed on Sunday in the Far North region of Cameroon.",
            "2019-03-05",
        ),
    )
    [(relation, _)] = links(bench)
    assert relation == "corroborates"
