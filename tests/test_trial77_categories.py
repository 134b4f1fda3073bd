"""Categories misread in trial 77: the dead a witness buried (« Nous avons enterré onze
soldats », quoted: no hedge), the treated with wounds of two kinds, a rival's "figures
of N" set against a toll, arrests told "so far", and numbers that count no one
(telephone numbers, photos). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_trial_kinds43 import claims


def _read(text: str, language: str | None = None) -> list[tuple[str, int | None]]:
    return [(c.category.value, c.value) for c in claims(text, language)]


@pytest.mark.parametrize(
    "text, value",
    [
        ("« Nous avons enterré onze gendarmes hier », a affirmé un chef de village.", 11),
        ("Les habitants ont inhumé quatorze personnes dans la soirée.", 14),
        ("« On a enterré six policiers ce matin », a affirmé un habitant de Bassar.", 6),
    ],
)
def test_the_dead_a_witness_buried_are_deaths_unhedged(text, value):
    [claim] = [c for c in claims(text, "fr") if c.value == value]
    assert claim.category.value == "killed"
    assert not claim.hedged


def test_a_fighters_quoted_boast_stays_hedged():
    [claim] = claims("« Nous avons tué 15 soldats », affirme le groupe armé.", "fr")
    assert claim.hedged


@pytest.mark.parametrize(
    "text, language, value",
    [
        ("The clinic treated 23 persons with gunshot and machete wounds.", None, 23),
        ("Doctors treated 12 people for knife and gunshot wounds.", None, 12),
        ("L'hôpital a soigné 19 personnes pour des blessures par balle.", "fr", 19),
        ("Le centre a reçu onze patients avec des blessures par arme blanche.", "fr", 11),
    ],
)
def test_the_treated_with_wounds_are_wounded(text, language, value):
    assert _read(text, language) == [("wounded", value)]


@pytest.mark.parametrize(
    "text, category, voice",
    [
        ("Villagers said at least 12 people were killed, contradicting police figures of seven.",
         "killed", "police"),
        ("Witnesses said 30 people were wounded, far above the army's figure of nine.",
         "wounded", "army"),
    ],
)  # fmt: skip
def test_a_rival_figure_of_a_toll_is_that_tolls_kind_and_its_owners(text, category, voice):
    rival = claims(text)[-1]
    assert (rival.category.value, rival.subject, rival.attribution) == (category, None, voice)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Twenty-two (22) suspects have so far been arrested by the task force.", 22),
        ("Nine suspects have already been arrested in connection with the attack.", 9),
    ],
)
def test_arrests_told_so_far_are_arrests(text, value):
    assert _read(text) == [("arrested", value)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The public may call the emergency numbers 112 and 18555 with information.", None),
        ("Residents can reach the toll-free line on 0800 300 or 191.", None),
        ("Call the police on 999 if you see anything suspicious.", None),
        ("The statement came with 17 photos showing seized rifles.", None),
        ("The group released three videos of the assault.", None),
        ("Signalez tout mouvement suspect au numéro vert 8200.", "fr"),
        ("Le communiqué était accompagné de 21 photos montrant des armes saisies.", "fr"),
    ],
)
def test_phone_numbers_and_pictures_count_no_one(text, language):
    assert _read(text, language) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # negatives: people called, the hurt of a toll, a force deployed stay as they were
        ("Police called 20 officers to the scene.", [("troops", 20)]),
        ("The clinic treated 40 patients for malaria.", [("other", 40)]),
        ("Three miners were buried under the rubble.", None),
    ],
)
def test_what_stays_as_it_was(text, expected):
    found = _read(text)
    if expected is not None:
        assert found == expected
    assert ("killed", 3) not in found
