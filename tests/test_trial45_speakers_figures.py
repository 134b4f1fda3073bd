"""One person in an English and a French report is one speaker, its titles in either
language left off ("Father X" and "l'abbé X", "Bishop X" and "Mgr X", "General X" and
"le général X"), accents aside; and a vague word of no scale ("certains", "quelques",
"plusieurs") gives an event the fewest it can mean, not one (issue 18, from an eastern
Congo trial). Names and sentences written for the tests, with negatives."""

from __future__ import annotations

import pytest

from workbench.events.statements import vague_figure
from workbench.extract.french.numbers import find_quantities as french_quantities
from workbench.match.speakers import same_speaker, speaker
from workbench.store.voice_identity import identity


@pytest.mark.parametrize(
    ("english", "french"),
    [
        ("Father Aime Kasongo Mbuyi", "l'abbé Aimé Kasongo Mbuyi"),
        ("Father Aime Kasongo Mbuyi", "L'Abbé Aimé Kasongo Mbuyi, curé de la paroisse"),
        ("Fr. Jean-Bosco Ndungo", "le père Jean-Bosco Ndungo"),
        ("Bishop Melchisedech Paluku", "Mgr Melchisédech Paluku"),
        ("Bishop Melchisedech Paluku", "Monseigneur Melchisédech Paluku"),
        ("General Jacques Ilunga", "le général Jacques Ilunga"),
        ("Major General Jacques Ilunga", "Général-Major Jacques Ilunga"),
        ("Captain Serge Mbuyi Mutombo", "le capitaine Serge Mbuyi Mutombo"),
        ("Lieutenant Colonel Serge Mbuyi", "le Lieutenant-Colonel Serge Mbuyi"),
        ("Colonel Serge Mbuyi", "le colonel Serge Mbuyi"),
    ],
)
def test_one_person_titled_in_two_languages_is_one_speaker(english: str, french: str) -> None:
    assert speaker(english) and same_speaker(speaker(english), speaker(french))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Father Aime Kasongo", "l'abbé Pierre Kasongo"),  # two persons of one family
        ("Mgr Melchisedech Paluku", "Mgr Fridolin Ambongo"),
        ("General Jacques Ilunga", "le général Jean Ilunga"),
    ],
)
def test_two_persons_under_one_title_stay_two(first: str, second: str) -> None:
    assert not same_speaker(speaker(first), speaker(second))


def test_a_title_alone_or_a_body_names_no_person() -> None:
    # negatives: a family name alone after a title, a body's name
    assert speaker("l'abbé Kasongo") == ()
    assert speaker("Mgr Paluku") == ()
    assert speaker("Caritas Butembo-Beni") == ()


def test_a_voice_of_one_person_in_two_languages_has_one_identity() -> None:
    # the store merges a new speaker into one of the same identity
    assert identity("Father Aime Kasongo Mbuyi") == identity("l'abbé Aimé Kasongo Mbuyi")
    assert identity("Bishop Melchisedech Paluku") == identity("Mgr Melchisédech Paluku")
    assert identity("l'abbé Aimé Kasongo") != identity("l'abbé Pierre Kasongo")


@pytest.mark.parametrize(
    ("words", "fewest"),
    [("certains", 2), ("certaines", 2), ("quelques", 2), ("plusieurs", 3)],
)
def test_a_vague_word_of_no_scale_is_the_fewest_it_means(words: str, fewest: int) -> None:
    text = f"{words} jeunes ont été enlevés le 12 avril 2025"
    [found] = french_quantities(text, 0, len(text))
    assert vague_figure(found.qualifier, found.low) == fewest


def test_a_vague_word_of_a_scale_is_still_one_unit_of_it() -> None:
    # negatives: the scale's unit, not the fewest it means
    for words, unit in (("des centaines de", 100), ("plusieurs dizaines de", 10)):
        text = f"{words} jeunes ont été enlevés le 12 avril 2025"
        [found] = french_quantities(text, 0, len(text))
        assert vague_figure(found.qualifier, found.low) == unit
