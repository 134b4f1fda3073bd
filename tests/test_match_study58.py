"""Matching kinds from the trial read in session 58, and their negatives: the people
of one country counted beside another's in French ("4 policiers afghans") keep their
nationality, so that they are no count of the other's. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.match_reports import load
from tests.test_match_texts import links

ENGLISH = "Four French soldiers were killed in Nijrab district on Saturday, officials said."


def test_french_police_of_one_country_are_no_count_of_anothers_soldiers(tmp_path: Path) -> None:
    french = (
        "Quatre soldats français ont été tués samedi dans le district de Nijrab, selon une"
        " source afghane. Les talibans ont revendiqué l'attaque, tuant « 12 français » et"
        " « 4 policiers afghans », a indiqué leur porte-parole."
    )
    bench = load(tmp_path, (french, "2012-06-10"))
    pairs = [reason for _, reason in links(bench)]
    assert not any("policiers" in reason and "both security forces" in reason for reason in pairs)


def test_french_soldiers_of_the_same_country_still_corroborate(tmp_path: Path) -> None:
    french = (
        "Quatre soldats français ont été tués samedi dans le district de Nijrab, a indiqué"
        " un responsable local."
    )
    bench = load(tmp_path, (ENGLISH, "2012-06-10"), (french, "2012-06-10"))
    assert [relation for relation, _ in links(bench)] == ["corroborates"]
