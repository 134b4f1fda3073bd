"""Kinds found by trial 69 (Colombia's Catatumbo) and its re-reading of trial 68's
Amhara texts, each on sentences written for the test, with negatives."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.test_trial_kinds43 import claims
from workbench.events.statements import figure_of
from workbench.extract.not_places import is_group
from workbench.service import Workbench


@pytest.mark.parametrize("name", ["Amba Wesha", "Amba Giorgis", "Amba Mariam", "Fano Kebele"])
def test_a_group_word_opening_a_longer_proper_name_is_no_group(name: str) -> None:
    assert not is_group(name)


@pytest.mark.parametrize(
    "name",
    [
        "Amba",
        "Amba Boys",
        "Boko Haram Fighters",
        "Fano Militia",
        "Taliban Attack",
        "ISWAP Commander",
    ],
)
def test_a_group_and_its_people_or_deeds_stay_the_group(name: str) -> None:
    assert is_group(name)


def test_a_town_whose_name_opens_with_a_group_word_is_the_claims_place() -> None:
    found = claims(
        "A drone strike on the market in the town of Amba Giorgis, about 40 km north of "
        "Gondar, killed 18 civilians on Monday, a health official said."
    )
    [claim] = [c for c in found if c.category.value == "killed"]
    assert (claim.value, claim.location) == (18, "Amba Giorgis")


def test_a_correction_of_an_unchanged_sentence_is_carried_to_a_new_version(
    tmp_path: Path,
) -> None:
    report = tmp_path / "toll.txt"
    lead = "TIBU, Colombia, March 12, 2026 - The toll of the attack in Tibu has risen to "
    said = "The number of people displaced now stands at 5,600, it said.\n"
    report.write_text(f"{lead}19 dead, the Ombudsman's Office said.\n\n{said}", "utf-8")
    with closing(Workbench(str(tmp_path / "claims.db"), analyst="ana")) as bench:
        bench.ingest([str(report)], jobs=1)
        [stands] = [c for c in bench.claims() if c.value == 5600]
        bench.correct_claim(stands.id, {"voice": "Defensoria del Pueblo"})
        # the new version names another speaker first: "it" now reads another voice
        report.write_text(f"{lead}21 dead, the governor said.\n\n{said}", "utf-8")
        bench.ingest([str(report)], jobs=1)
        [again] = [c for c in bench.claims() if c.value == 5600 and c.id != stands.id]
        assert again.voice == "Defensoria del Pueblo"
        # a revised sentence keeps the new version's reading: the 21, not the 19
        revised = [c for c in bench.claims() if c.value == 21]
        assert revised and revised[0].voice != "Defensoria del Pueblo"


@pytest.mark.parametrize(
    ("low", "high", "figure"), [(4, 7, 5), (10, 20, 15), (3, 4, 3), (1.5, 2.5, 2.0)]
)
def test_a_ranges_middle_of_whole_numbers_is_whole(low: float, high: float, figure: float) -> None:
    claim = SimpleNamespace(qualifier="range", value=None, low=low, high=high)
    found = figure_of(claim)  # type: ignore[arg-type]
    assert found == figure and type(found) is type(figure)
