"""A riot in a prison is no protest: the dead of a riot of inmates ("killed during a
riot at a penitentiary", "lors d'une émeute à la prison centrale") and the same
dead told as an armed attack by inmates or militants ("attacked a rival wing,
killing 31 inmates") are one incident, not a protest's dead against an attack's
(match/incident_kinds.py). Street riots and protesters stay protests, and their dead
stay apart from an attack's. Reports written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.match_reports import load, relations
from workbench.match.incident_kinds import ATTACK, PROTEST, told_kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("At least 18 inmates were killed during a riot at the central jail.", None),
        ("Huit détenus ont été tués lors d'une émeute à la prison de Bangui.", None),
        ("Eleven prisoners died in a prison riot in Manaus.", None),
        ("Police killed 12 people during riots in Mombasa.", PROTEST),
        ("Quatre morts lors des émeutes à Conakry.", PROTEST),
        ("Police shot dead five protesters outside the prison in Lagos.", PROTEST),
        ("Gunmen attacked a jail, killing 10 guards.", ATTACK),
    ],
)
def test_told_kind(text: str, kind: str | None) -> None:
    assert told_kind(text) == kind


@pytest.mark.parametrize(
    ("first", "second", "day"),
    [
        (
            "Inmates armed with guns attacked a rival wing, killing 31 inmates at a jail in "
            "Guayaquil on Tuesday, officials said.",
            "At least 31 inmates were killed during a riot at a penitentiary in Ecuador, the "
            "prison service said.",
            "2021-09-29",
        ),
        (
            "Militants who seized a guard's rifle killed 21 prisoners at the penal colony in "
            "Khorog on Thursday.",
            "At least 21 prisoners died during a riot at a prison in Tajikistan, the ministry "
            "said.",
            "2018-11-09",
        ),
        (
            "Des détenus armés ont attaqué un quartier rival, tuant 24 détenus à la prison "
            "centrale de Yaoundé vendredi.",
            "Au moins 24 détenus ont été tués lors d'une émeute à la prison centrale, au Cameroun.",
            "2020-05-02",
        ),
    ],
)
def test_one_prison_riot_told_twice(tmp_path: Path, first: str, second: str, day: str) -> None:
    bench = load(tmp_path, (first, day), (second, day))
    assert relations(bench, "killed") == ["corroborates"]


def test_street_riot_and_attack_stay_apart(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (
            "Gunmen attacked a market, killing 31 people in Guayaquil on Tuesday, officials said.",
            "2021-09-29",
        ),
        ("At least 31 people were killed during riots in Ecuador, police said.", "2021-09-29"),
    )
    assert relations(bench, "killed") == []
