"""Tolls a report tells one by one and then sums are parts of the sum (issue 16, the
ux51 trial's Ituri reports): extract/summed_parts.py. Reports written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import claims_in
from workbench.extract import extract_claims
from workbench.ingest import document_from_text


def _parts(text: str, language: str = "en") -> list[tuple[float | None, bool | None]]:
    doc = document_from_text("r.txt", text + "\n").model_copy(
        update={"language": language, "published": dt.date(2024, 5, 10)}
    )
    return [(c.value, c.part) for c in extract_claims(doc)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Nine villagers were shot dead in their homes, while 4 others were killed on the road. "
            "This toll of 14 dead may rise.",
            "en",
        ),
        (
            "Neuf villageois ont été abattus chez eux, tandis que 4 autres ont été tués sur "
            "la route. Ce bilan de 14 morts pourrait s'alourdir.",
            "fr",
        ),
        ("Gunmen killed 8 farmers in Dogo. Troops killed 3 gunmen. In all, 11 people died.", "en"),
    ],
)
def test_shares_a_later_sum_adds_up_are_its_parts(text, language):
    found = _parts(text, language)
    assert [part for _, part in found[:-1]] == [True, True]
    assert found[-1][1] is not True


def test_a_months_total_after_two_days_tolls_takes_none_as_parts():
    text = (
        "Five were killed in Gao on Monday and 7 in Kidal on Tuesday. In total, 30 people "
        "were killed in the region last month."
    )
    assert all(part is not True for _, part in _parts(text))


def test_one_share_alone_before_a_later_total_is_its_part():
    """A later total holds the count told before it (ng78, `later_totals.py`: "In all,
    11 people died" counts the eight farmers too); it was read as a toll of its own, so
    a sum of the report's tolls gave 19."""
    claims = claims_in("Gunmen killed 8 farmers in Dogo. In all, 11 people died in the raid.")
    assert [c.part for c in claims] == [True, None]


def test_shares_larger_than_the_sum_are_no_parts():
    text = "Gunmen killed 8 farmers in Dogo. Troops killed 9 gunmen. In all, 11 people died."
    assert all(part is not True for _, part in _parts(text))


def test_shares_told_after_a_toll_that_add_up_to_it_are_its_parts():
    text = (
        "Gunmen attacked 15 communities in Bokkos and Barkin-Ladi, killing 96 persons. "
        "In Bokkos, more than 79 persons were killed. In Barkin-Ladi, 17 persons were killed."
    )
    found = [(c.value, c.part) for c in claims_in(text) if c.value in (96, 79, 17)]
    assert found == [(96, None), (79, True), (17, True)]


def test_tolls_of_other_places_after_a_toll_are_no_parts_though_they_add_up():
    text = "Gunmen killed 20 people in Gao. Later, 12 were killed in Kidal and 8 in Ansongo."
    assert all(c.part is not True for c in claims_in(text))


def test_a_range_of_a_toll_is_summed_by_no_shares():
    """ "3-6 fighters were killed ... the commander ... 2-3 civilians": a range is no sum
    two shares make exactly."""
    text = (
        "Three to six fighters were killed in Kamran. The killed commander was known. "
        "Two to three civilians and 1 soldier were also killed."
    )
    assert all(c.part is not True for c in claims_in(text) if c.value != 1)
