"""Victim words the families lacked: officials of a force ("police officials",
"security officials") are security forces, as "police agents" are, while
"government officials" stay civilians; India's Maoist insurgents ("Maoists",
"Naxals", "Naxalites") and the Taliban are an armed group. Reports written for the
tests, with near misses."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.match_reports import load, relations
from workbench.match.victims import victim_family

DAY = "2016-05-04"


@pytest.mark.parametrize(
    ("subject", "family"),
    [
        ("police officials", "military"),
        ("security officials", "military"),
        ("police staff", "military"),
        ("government officials", "civilian"),
        ("Maoists", "armed_group"),
        ("Naxals", "armed_group"),
        ("Naxalites", "armed_group"),
        ("Taliban", "armed_group"),
    ],
)
def test_families(subject: str, family: str) -> None:
    assert victim_family(None, subject) == family


def test_policemen_and_police_officials_are_one_count(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Two policemen were killed when militants attacked a check post in Bannu.", DAY),
        ("Militants attacked a police checkpoint in Bannu, killing 2 police officials.", DAY),
    )
    assert relations(bench, "killed") == ["corroborates"]


def test_policemen_and_government_officials_stay_apart(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Two policemen were killed when militants attacked a check post in Bannu.", DAY),
        ("Militants attacked an office in Bannu, killing 2 government officials.", DAY),
    )
    assert relations(bench, "killed") == []


def test_maoists_and_naxals_are_one_count(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Security forces killed 3 Maoists in an encounter in Dantewada.", DAY),
        ("Three Naxals were gunned down by the police in Dantewada.", DAY),
    )
    assert relations(bench, "killed") == ["corroborates"]


def test_naxals_and_villagers_stay_apart(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Security forces killed 3 Naxals in an encounter in Dantewada.", DAY),
        ("Three villagers were shot dead in Dantewada.", DAY),
    )
    assert relations(bench, "killed") == []
