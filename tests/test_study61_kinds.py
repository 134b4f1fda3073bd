"""Kinds from the fresh study sets of session 61 (french-o), on French sentences
written for the tests, with negatives: stabbed ("poignardé") is a wound and stabbed to
death a killing, "atteint par balle" a wound, one person named by an article before a
death told intransitively ("Le propriétaire ... est mort sur le coup") or opening or
closing a list ("Quatre élèves et le conducteur ont été blessés"), words between the
verb and its count ("a tué par erreur environ 40 miliciens", "samedi 12 août") and a
toll that "s'établit à" its figure; and (unseen-k) a first count told before the
standing one in one sentence."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in
from tests.french_helpers import french_claims


def _read(text: str) -> list[tuple[str, float | None]]:
    return [(c.category.value, c.value) for c in french_claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dimanche, un automobiliste a été poignardé dans le quartier de Kawéni.",
            [("wounded", 1)],
        ),
        ("Trois jeunes ont été poignardés lors d'une rixe à Kaweni.", [("wounded", 3)]),
        ("Un policier a été poignardé à mort devant le commissariat.", [("killed", 1)]),
        ("Un passant a été atteint par balle.", [("wounded", 1)]),
        ("Deux gendarmes ont été atteints d'une balle à la jambe.", [("wounded", 2)]),
    ],
)
def test_stabbed_and_shot_are_wounds_unless_to_death(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert _read(text) == expected


def test_a_stabbing_done_counts_no_victim_by_its_verb() -> None:
    assert _read("Il a poignardé le dossier de trois coups de stylo.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Le propriétaire des zébus est mort sur le coup.",
        "Le chauffeur a succombé à ses blessures à l'hôpital.",
        "Le gardien était décédé avant l'arrivée des secours.",
    ],
)
def test_one_person_named_by_an_article_dies(text: str) -> None:
    assert _read(text) == [("killed", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Le conducteur est mort de peur, a-t-il plaisanté.",
        "Le projet est mort-né.",
    ],
)
def test_no_death_told_so(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quatre élèves et le conducteur ont été blessés.", [("wounded", 4), ("wounded", 1)]),
        ("Le chauffeur et deux soldats ont été tués.", [("killed", 1), ("killed", 2)]),
        ("Une frappe a tué par erreur environ 40 miliciens.", [("killed", 40)]),
        ("Les assaillants ont tué samedi 12 août sept civils.", [("killed", 7)]),
        ("Le bilan des morts s'établit à 21 personnes, selon la police.", [("killed", 21)]),
    ],
)
def test_a_list_ending_or_opening_on_one_person_and_words_between_verb_and_count(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert _read(text) == expected


def test_no_count_in_lists_of_other_fates_or_measures() -> None:
    assert _read("Le maire et deux adjoints ont été reçus à la préfecture.") == []
    assert _read("La température s'établit à 21 degrés.") == []


@pytest.mark.parametrize(
    "text",
    [
        "It was initially reported that 93 people had been killed in the bombing, and by"
        " October it was revealed that a total of 115 people had been killed.",
        "Initially, 93 people were reported killed; the toll later rose to 115.",
    ],
)
def test_a_first_count_told_before_the_standing_one_is_earlier(text: str) -> None:
    """unseen-k study: the 93 and the 115 were both read as standing tolls."""
    assert [(c.value, c.earlier_figure) for c in claims_in(text)] == [(93, True), (115, False)]


def test_a_clause_joined_by_and_is_no_first_count() -> None:
    text = "Police said 12 people were killed, and 30 others were wounded."
    assert not any(c.earlier_figure for c in claims_in(text))


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("More than 110,000 people have been displaced from southern Lebanon.", "displaced"),
        ("Some 5,000 people fled from northern Mozambique to Malawi.", "refugees"),
        ("Some 5,000 people fled from northern Mozambique to Pemba.", "displaced"),
        ("More than 110,000 people have fled Lebanon into Syria.", "refugees"),
    ],
)
def test_flight_from_a_part_of_a_country_crosses_no_border(text: str, category: str) -> None:
    """unseen-k study: "displaced from southern Lebanon" was read as refugees."""
    assert [c.category.value for c in claims_in(text)] == [category]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eight children and two adults remain in hospital.",
            [("wounded", 8), ("wounded", 2)],
        ),
        ("Three people are still in hospital, police said.", [("wounded", 3)]),
        ("Two adults were injured.", [("wounded", 2)]),
    ],
)
def test_people_still_in_hospital_are_wounded(text: str, expected: list[tuple[str, int]]) -> None:
    """pairs-news-k study: "Eight children and two adults remain in hospitals" gave no
    wounded claim."""
    assert [(c.category.value, c.value) for c in claims_in(text)] == expected


def test_people_in_a_hospital_that_is_attacked_are_not_wounded_by_it() -> None:
    assert claims_in("Patients in hospital were evacuated.") == []
    assert [c.category.value for c in claims_in("Five soldiers remain in the area.")] == ["troops"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un policier a été mortellement poignardé.", [("killed", 1)]),
        (
            "Quatre élèves et leur enseignant ont été enlevés.",
            [("kidnapped", 4), ("kidnapped", 1)],
        ),
    ],
)
def test_re_trial_french_near_cases(text: str, expected: list[tuple[str, int]]) -> None:
    """Re-trial 61: "mortellement poignardé" read as a wound; a list closed by "leur
    enseignant" gave no claim."""
    assert _read(text) == expected


def test_their_teacher_alone_received_is_no_count() -> None:
    assert _read("Leur enseignant a été reçu par le maire.") == []
