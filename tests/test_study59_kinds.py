"""Extraction kinds found in the study halves read in session 59, each named at its
test. Sentences written for these tests, with their negatives."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in
from workbench.extract.home_country import dominant_country


def _places(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.location, c.country) for c in claims_in(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country that strikes from afar is who acted, not where (pairs-news-j study:
        # a strike on Doha put in Israel, shelling over the Line of Control in Pakistan)
        (
            "Turkey launched drone strikes on a convoy near Qamishli. Syria said nine "
            "people were killed in Hasakah.",
            "Syria",
        ),
        (
            "The Ethiopian army resorted to heavy artillery shelling on the hills; a "
            "farmer said shells hit homes in Eritrea.",
            "Eritrea",
        ),
        ("Heavy shelling by Russian forces hit the Ukrainian town overnight.", "Ukraine"),
        # where it is the only country the page names, it still stands
        ("Israel carried out an airstrike on a house; six people were killed.", "Israel"),
        # an army that acts at home without arms from afar is still an actor of it
        ("Nigerian troops killed 12 militants in a raid.", "Nigeria"),
        # a country blamed is no place (pairs-news-j study: "accused India of ...")
        ("Officials in Pakistan accused Afghanistan of harbouring the bombers.", "Pakistan"),
        # a nationality that opens a landmark's name names no country
        ("A gunman opened fire in the Chinese Quarter, killing three.", None),
        ("A gunman opened fire in a Chinese village, killing three.", "China"),
        # a war by its possessive with a word between: "since Russia's full-scale invasion"
        (
            "The strike on Zaporizhzhia was the deadliest in Ukraine since Russia's "
            "full-scale invasion.",
            "Ukraine",
        ),
    ],
)
def test_a_country_that_strikes_or_is_blamed_is_no_home(text: str, expected: str | None) -> None:
    home = dominant_country(text)
    assert (home.name if home else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country blamed is not the toll's place
        (
            "Kenya has accused Somalia of sheltering the gunmen who killed 14 people.",
            [(None, None)],
        ),
        ("Gunmen killed 14 people in Somalia, officials said.", [("Somalia", "Somalia")]),
        # a trailing apostrophe is the possessive of a name in -s, not part of the name
        (
            "A car rammed a crowd in Paris’ Latin Quarter, killing three.",
            [("Paris", "France")],
        ),
        (
            "Gunmen killed three people in Kaduna's Kauru district.",
            [("Kaduna's Kauru district", "Nigeria")],
        ),
    ],
)
def test_the_place_of_a_toll_is_not_the_country_blamed(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _places(text) == expected
