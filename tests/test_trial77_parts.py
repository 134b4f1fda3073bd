"""A first toll's two figures are both earlier, and parts told beside a toll are parts
(trial 77, `told_parts`); a total « portant à N le nombre d'assaillants » is read.
Sentences written for these tests."""

from __future__ import annotations

from tests.test_trial_kinds43 import claims


def _marks(text: str, language: str | None = None) -> list[tuple[str, int | None, bool, bool]]:
    return [
        (c.category.value, c.value, c.earlier_figure, bool(c.part)) for c in claims(text, language)
    ]


def test_a_first_tolls_wounded_is_earlier_with_its_dead():
    text = (
        "The army said on Monday that three soldiers had been killed and five wounded, "
        "and on Tuesday raised the toll to seven dead and ten wounded."
    )
    assert _marks(text) == [
        ("killed", 3, True, False),
        ("wounded", 5, True, False),
        ("killed", 7, False, False),
        ("wounded", 10, False, False),
    ]


def test_a_french_first_toll_told_after_its_revision_is_earlier_whole():
    text = (
        "Selon le ministère, huit gendarmes ont perdu la vie et onze autres ont été "
        "blessés. Le premier bilan, publié lundi, faisait état de cinq morts et de six blessés."
    )
    assert _marks(text, "fr")[2:] == [("killed", 5, True, False), ("wounded", 6, True, False)]


def test_a_breakdown_after_dont_or_including_is_a_part():
    found = _marks(
        "« Nous avons reçu seize blessés, dont six femmes et quatre enfants », dit-il.", "fr"
    )
    assert found == [
        ("wounded", 16, False, False),
        ("wounded", 6, False, True),
        ("wounded", 4, False, True),
    ]
    found = _marks("Eleven people were killed, including three women, police said.")
    assert found[-1][1:] == (3, False, True)


def test_a_count_brought_to_a_total_is_a_part_of_it():
    text = (
        "Les ratissages ont permis de neutraliser cinq autres terroristes, portant à "
        "dix-sept le nombre d'assaillants mis hors d'état de nuire."
    )
    assert _marks(text, "fr") == [("killed", 5, False, True), ("killed", 17, False, False)]
    text = (
        "« Trois patients sont décédés après leur admission, ce qui porte à onze le "
        "nombre de morts », a indiqué le médecin."
    )
    assert _marks(text, "fr") == [("killed", 3, False, True), ("killed", 11, False, False)]


def test_the_wounded_who_died_and_another_list_are_tolls():
    # negatives: the wounded who died are more dead; a list past a part's clause is no part
    text = (
        "Soldiers shot into a crowd, killing 11. Six were injured. Two of the injured later died."
    )
    assert _marks(text)[-1] == ("killed", 2, False, False)
    text = (
        "At least 14 soldiers were killed (including two officers) and at least 6 "
        "gunmen were killed."
    )
    assert ("killed", 6, False, False) in _marks(text)
    assert _marks("Twelve people were wounded in the blast. Two of the wounded later died.") == [
        ("wounded", 12, False, False),
        ("killed", 2, False, False),
    ]
    assert _marks("Five soldiers were killed and eight wounded on Monday.") == [
        ("killed", 5, False, False),
        ("wounded", 8, False, False),
    ]
