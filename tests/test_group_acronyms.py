"""The Islamic State's "IS" read as the group, not as the verb "is" (acled-nigeria-e's
study half: "Boko Haram IS executed 11 captives" was 11 kidnapped, and "IS beheaded two
men" read two troops): the claims name the group "IS" and keep the text as written.
Sentences written for these tests, with negatives: "is" the verb, in small letters or
in a line of capitals."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in
from workbench.models import Category


def _read(text: str) -> list[tuple[Category, int | float | None]]:
    return [(c.category, c.value) for c in claims_in(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IS executed 14 captives near Raqqa on Friday.", [(Category.KILLED, 14)]),
        ("On Tuesday, IS beheaded three shepherds in the desert.", [(Category.KILLED, 3)]),
        ("Militants of Boko Haram IS executed nine prisoners.", [(Category.KILLED, 9)]),
        ("Troops killed six IS fighters near Tal Afar.", [(Category.KILLED, 6)]),
    ],
)
def test_the_acronym_is_the_group(text, expected):
    assert _read(text) == expected


def test_the_group_is_the_voice_and_the_actor_and_the_words_stay_as_written():
    text = "IS said its gunmen killed 21 policemen in Hajin. IS executed two nurses."
    said, executed = claims_in(text)
    assert said.attribution == "IS"
    assert executed.actor == "IS"
    assert executed.value == 2 and executed.category is Category.KILLED
    for claim in (said, executed):
        assert text[claim.start : claim.end] == claim.text
        assert "IS" in claim.sentence and "IZ" not in claim.sentence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb in small letters: the passive stays a passive
        (
            "A man is executed by the militia; 4 others were wounded.",
            [(Category.KILLED, 1), (Category.WOUNDED, 4)],
        ),
        # a line of capitals: "IS" is the verb
        ("A POLICEMAN IS SHOT DEAD IN KANO", [(Category.KILLED, 1)]),
    ],
)
def test_the_verb_stays_a_verb(text, expected):
    assert _read(text) == expected


def test_a_text_that_writes_the_stand_in_is_read_as_written():
    text = "IS fighters killed 3 guards in the IZ district."
    claims = claims_in(text)
    assert [(c.category, c.value) for c in claims] == [(Category.KILLED, 3)]
    assert all(text[c.start : c.end] == c.text for c in claims)
