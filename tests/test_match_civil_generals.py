"""A civil office whose title ends in "general" ("consul general", "attorney general",
"director general") is held by a civilian, not by an army general: read by its last
word, "the Indian consul general" clashed with "an Indian diplomat" as soldiers against
civilians, and one assassination told twice stayed two (victim words, issue 16). An
army's general, a brigadier general and a police inspector general stay security
forces. Reports written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.match_reports import load, relations
from workbench.match.victims import head_noun, victim_family

DAY = "1981-04-02"


@pytest.mark.parametrize(
    ("subject", "family"),
    [
        ("Turkish consul general", None),
        ("attorney general", None),
        ("the director general of the port authority", None),
        ("Spanish general", "military"),
        ("brigadier general", "military"),
        ("Deputy Inspector General", "military"),
        ("US executive", "civilian"),
        ("bank managers", "civilian"),
    ],
)
def test_title_family(subject: str, family: str | None) -> None:
    assert victim_family(None, subject) == family


def test_head_noun_keeps_the_title() -> None:
    assert head_noun("Turkish consul general") == "consul general"
    assert head_noun("Spanish general") == "general"
    assert head_noun("soldiers") == "soldiers"


@pytest.mark.parametrize(
    ("first", "second", "category"),
    [
        (
            "The Turkish consul general was shot dead in Sydney, Australia.",
            "AUSTRALIA. Two gunmen on a motorcycle assassinated a Turkish diplomat in Sydney.",
            "killed",
        ),
        (
            "The Indian consul general was wounded by a grenade in Jalalabad, Afghanistan.",
            "AFGHANISTAN. Attackers threw a grenade that wounded an Indian diplomat in Jalalabad.",
            "wounded",
        ),
        (
            "The Greek consul general was stabbed to death in Istanbul, Turkey.",
            "TURKEY. An attacker killed a Greek diplomat outside the consulate in Istanbul.",
            "killed",
        ),
    ],
)
def test_consul_general_is_the_diplomat(
    tmp_path: Path, first: str, second: str, category: str
) -> None:
    bench = load(tmp_path, (first, DAY), (second, DAY))
    assert relations(bench, category) == ["corroborates"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # an army's general and a diplomat: two people
        (
            "A Turkish general was shot dead in Sydney, Australia.",
            "AUSTRALIA. Gunmen assassinated a Turkish diplomat in Sydney.",
        ),
        # two countries' diplomats
        (
            "The Turkish consul general was shot dead in Sydney, Australia.",
            "AUSTRALIA. Gunmen assassinated a Greek diplomat in Sydney.",
        ),
    ],
)
def test_other_victims_stay_apart(tmp_path: Path, first: str, second: str) -> None:
    bench = load(tmp_path, (first, DAY), (second, DAY))
    assert relations(bench, "killed") == []
