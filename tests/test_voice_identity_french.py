"""One body named in French and in English is one voice (trial 59: a headline's "(ONU)"
and its own lede's "selon un bilan des Nations Unies" were two independent voices, and
the claim "confirmed by other sources"). Names written for the test, with negatives."""

from __future__ import annotations

import pytest

from workbench.store.voice_identity import identity


@pytest.mark.parametrize(
    "names",
    [
        ("l'ONU", "les Nations unies", "l'Organisation des Nations unies", "the UN"),
        ("l'OMS", "Organisation mondiale de la santé", "the World Health Organization"),
        ("le CICR", "Comité international de la Croix-Rouge", "ICRC"),
        ("le HCR", "UNHCR"),
        ("l'Union africaine", "African Union", "l'UA"),
    ],
)
def test_one_body_in_two_languages_is_one_identity(names: tuple[str, ...]) -> None:
    assert len({identity(name) for name in names}) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("l'ONU", "l'OMS"),  # two bodies
        ("la mission de l'ONU", "l'ONU"),  # an office is the analyst's to merge
        ("Ouagadougou", "Ouaga"),
    ],
)
def test_other_bodies_stay_apart(a: str, b: str) -> None:
    assert identity(a) != identity(b)
