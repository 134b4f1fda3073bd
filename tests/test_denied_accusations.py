"""Denial kinds trial 76 (Bangladesh, English and French) found read wrong, in sentences
written for these tests, with their negatives: a voice rejecting an accusation that
someone killed denies that statement (it is no killing claim of its own); a denial of
reports of deaths does not reach a wounded count told beside it (extract/denial.py)."""

import pytest

from tests.conftest import claims_in
from tests.french_helpers import french_claims
from workbench.models import Category


def _denials(claims) -> list[tuple[Category, float | None, bool, bool]]:
    return [(c.category, c.value, c.denies, c.figure_denied) for c in claims]


K, W = Category.KILLED, Category.WOUNDED


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "We reject the lies of the army that our fighters killed 20 civilians near Goma.",
            [(K, 20, True, True)],
        ),
        (
            "The ministry rejected accusations by Human Rights Watch that soldiers killed 30 "
            "people in the village of Tongo.",
            [(K, 30, True, True)],
        ),
        (
            "The rebels categorically reject the propaganda of the junta that they killed "
            "civilians in Sagaing.",
            [(K, None, True, True)],
        ),
        # negatives: an accusation rejected that names no killing; a denial of a figure
        (
            "The army rejected accusations of excessive force and said 12 soldiers were "
            "killed in Borno.",
            [(K, 12, False, False)],
        ),
        (
            "The governor dismissed reports that 40 people died, saying 7 were killed.",
            [(K, 40, True, True), (K, 7, False, False)],
        ),
    ],
)
def test_a_rejected_accusation_of_killing_is_denied(text, read):
    """Trial 76: "We reject the lies of ... that ARSA killed innocent refugees" read as
    ARSA's own killing claim, which corroborated the tolls it denied."""
    assert _denials(claims_in(text)) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Le M23 rejette les accusations selon lesquelles ses combattants auraient tué 17 "
            "civils à Kishishe.",
            [(K, 17, True, True)],
        ),
        # negative: the accusations rejected, the voice's own toll after
        (
            "L'armée rejette les accusations de l'ONG et affirme que 4 rebelles ont été tués.",
            [(K, 4, False, False)],
        ),
    ],
)
def test_a_rejected_accusation_of_killing_is_denied_in_french(text, read):
    assert _denials(french_claims(text)) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Nobody died in the clashes. 9 people were wounded, a police spokesman said, "
            "dismissing reports of fatalities circulating on social media.",
            [(K, 0, False, False), (W, 9, False, False)],
        ),
        (
            "The interior minister said 6 people were injured and denied reports of any "
            "deaths in Kisumu.",
            [(W, 6, False, False)],
        ),
        # negatives: a denial of casualties (wounded too), of a wounded figure
        (
            "The army denied reports of casualties. 11 people were injured, residents said.",
            [(W, 11, True, False)],
        ),
        (
            "The police rejected reports that 14 people were injured in Lagos.",
            [(W, 14, True, True)],
        ),
    ],
)
def test_a_denial_of_deaths_leaves_the_wounded_told_beside_it(text, read):
    """Trial 76: a police chief's "No one was killed ... 14 people were injured",
    "rejecting reports of deaths", marked the 14 a denial, and police's own 14
    was suggested as contradicting it."""
    assert _denials(claims_in(text)) == read
