"""Officials' standard phrase of none (trial 77): "no lives were lost", "there was no loss
of life", "without loss of life", « aucune perte en vie humaine », « sans perte en vie
humaine » are claims of 0 killed, as the other tolls of none (`zero_tolls`); not a heavy
loss of life, not an aim. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_trial_kinds43 import claims
from workbench.models import Category


@pytest.mark.parametrize(
    "text, language, voice",
    [
        ("The police said no lives were lost in Friday's clash at the depot.", None, "police"),
        ("There was no loss of life, the district chief executive said.", None, "executive"),
        ("Fortunately no life was lost when the lorry overturned near Kumasi.", None, None),
        (
            "Soldiers repelled the raid on the camp without any loss of life, the army said.",
            None,
            "army",
        ),
        ("No human lives were lost, the governor told reporters.", None, "governor"),
        ("Nobody lost their life in the fire at the market, police said.", None, "police"),
        ("Le gouverneur a indiqué qu'il n'y a eu aucune perte en vie humaine.", "fr", "gouverneur"),
        ("On ne déplore aucune perte en vies humaines, selon la mairie de Sokodé.", "fr", "mairie"),
        ("L'incendie n'a fait aucune perte en vies humaines, a déclaré le maire.", "fr", "maire"),
        ("L'assaut a été repoussé sans perte en vie humaine, selon l'armée.", "fr", "armée"),
        (
            "Aucune perte en vie humaine n'a été enregistrée, selon la gendarmerie.",
            "fr",
            "gendarmerie",
        ),
        ("Selon le préfet, il n'y a pas eu de perte en vie humaine.", "fr", "préfet"),
    ],
)
def test_no_loss_of_life_is_a_toll_of_none(text, language, voice):
    zeros = [c for c in claims(text, language) if c.category is Category.KILLED]
    assert [(c.value, c.low, c.high) for c in zeros] == [(0, 0, 0)]
    assert voice is None or voice in (zeros[0].attribution or "")


def test_a_none_beside_the_wounded_keeps_both():
    found = claims("Police said no lives were lost, but three (3) persons were injured.")
    assert sorted((c.category.value, c.value) for c in found) == [("killed", 0), ("wounded", 3)]
    found = claims(
        "Il n'y a eu aucune perte en vie humaine ; quatre policiers ont été blessés.", "fr"
    )
    assert sorted((c.category.value, c.value) for c in found) == [("killed", 0), ("wounded", 4)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The loss of life was heavy in the northern villages.", None),
        ("The army withdrew to avoid loss of life among civilians.", None),
        ("We must ensure no more lives are lost in this conflict.", None),
        ("Negotiators hope to end the standoff without loss of life.", None),
        ("L'armée s'est retirée pour éviter des pertes en vies humaines.", "fr"),
        ("Les combats ont causé de lourdes pertes en vies humaines.", "fr"),
        ("Les gendarmes sont intervenus pour libérer les otages sans perte en vie humaine.", "fr"),
    ],
)
def test_no_zero_from_a_heavy_loss_or_an_aim(text, language):
    assert [c for c in claims(text, language) if c.value == 0] == []
