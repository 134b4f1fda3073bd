"""A French breakdown whose figures are bounded ("dont environ 10 femmes et trois
nourrissons", "dont au moins 4 enfants") is a part of the toll told before, each item
of its list: a Haiti trial's "trois nourrissons" after "environ 10 femmes" was read as
a whole toll and made the massacre's conservative figure 3."""

from __future__ import annotations

import pytest

from workbench.match.parts import is_part

TOLL = "Un bilan faisait état de 70 morts, dont environ 10 femmes et trois nourrissons, à Jérémie."


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("environ 10 femmes", TOLL),
        ("trois nourrissons", TOLL),
        ("4 enfants", "L'attaque a fait 30 morts, dont plus de 4 enfants, selon la mairie."),
        ("2 policiers", "Douze morts, dont près de 5 soldats et 2 policiers, ont été comptés."),
    ],
)
def test_a_bounded_breakdown_is_a_part(text: str, sentence: str) -> None:
    assert is_part(text, sentence, "killed")


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("70 morts", TOLL),
        ("environ 10 femmes", "Environ 10 femmes et trois enfants ont été tués à Gonaïves."),
        ("12 blessés", "L'attaque a fait 30 morts, dont environ 4 enfants, et 12 blessés."),
    ],
)
def test_a_toll_is_no_part(text: str, sentence: str) -> None:
    assert not is_part(text, sentence, "killed")
