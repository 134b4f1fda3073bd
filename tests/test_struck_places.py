"""A place named as what was done to it (place_events.STRUCK_PLACE): "Kadugli was
shelled", "El Fasher came under attack", a headline's "Kadugli shelled by RSF"; and
"The village of X" opening its sentence. Sentences written for these tests, with
their negatives."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in


def _places(text: str) -> list[str | None]:
    return [c.location for c in claims_in(text)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Dilling was shelled on Monday, killing five civilians.", "Dilling"),
        ("Babanusa was heavily bombed overnight; 9 people died.", "Babanusa"),
        ("Tawila came under heavy attack on Sunday and 14 people were killed.", "Tawila"),
        ("Kadugli shelled by RSF, 14 killed", "Kadugli"),
        ("The village of Mbau was raided at dawn, killing 11 farmers.", "Mbau"),
        ("The town of Gao was overrun on Monday, killing five soldiers.", "Gao"),
    ],
)
def test_a_place_struck_is_the_tolls_place(text: str, place: str) -> None:
    assert _places(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Troops were attacked near the border, and 5 were killed.",  # no place at all
        "Musa was hit by a stray bullet; 3 people died.",  # a person hit
    ],
)
def test_people_struck_are_no_place(text: str) -> None:
    places = _places(text)
    assert "Troops" not in places and "Musa" not in places


def test_a_sentence_opening_with_the_village_of_names_it() -> None:
    text = "The village of Kiwanja lost 12 residents in the raid."
    assert _places(text) == ["Kiwanja"]
