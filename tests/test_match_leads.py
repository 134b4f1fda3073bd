"""A report's lead tells what happened before its counts do ("GREECE. A bomb exploded
in a cafe in central Athens. A waiter was killed."): the means of the attack its lead
tells ties a small toll of a city to another report's of that attack, as the means a
claim's own sentence tells does. Air strikes and shelling, campaigns a city sees every
day, tie nothing from a lead. Reports written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.match_reports import load, relations
from workbench.match.means import lead_means

DAY = "1991-05-14"


@pytest.mark.parametrize(
    ("lead", "means"),
    [
        ("GREECE. A bomb exploded in a cafe in central Athens. A waiter was killed.", {"bombing"}),
        ("PERU. Gunmen ambushed a bus near Lima. Two passengers died.", {"ambush"}),
        ("Air strikes hit the city on Monday. A man died later in hospital.", set()),
        ("A bomb exploded and gunmen ambushed the convoy. Two died.", set()),  # two families
        ("Gunmen opened fire in a cafe in Athens. A waiter was killed.", set()),  # commonest
    ],
)
def test_the_means_a_lead_tells(lead: str, means: set[str]) -> None:
    assert lead_means(lead) == means


def test_a_lead_s_bombing_ties_one_death_in_a_city(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("A bomb exploded at a cafe in Athens, killing one person.", DAY),
        (
            "GREECE. A bomb exploded in a cafe in central Athens. A waiter was killed and "
            "two customers were injured.",
            DAY,
        ),
    )
    assert relations(bench, "killed") == ["corroborates"]


@pytest.mark.parametrize(
    "second",
    [
        # a shooting in the lead: the commonest means ties nothing
        "GREECE. Gunmen opened fire in a cafe in central Athens. A waiter was killed and "
        "two customers were injured.",
        # a lead of a day's air strikes: a campaign, not one attack
        "GREECE. Air strikes hit central Athens. A waiter was killed and two customers "
        "were injured.",
    ],
)
def test_a_lead_that_tells_no_one_attack_ties_nothing(tmp_path: Path, second: str) -> None:
    bench = load(
        tmp_path, ("A bomb exploded at a cafe in Athens, killing one person.", DAY), (second, DAY)
    )
    killed = {c.document_id for c in bench.claims() if c.category.value == "killed"}
    assert len(killed) == 2 and relations(bench, "killed") == []
