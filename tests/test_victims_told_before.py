"""People counted before under another fate (taken, held, attacking), told dead in a
later sentence by "the N", by their noun with "the", or by "they" (extract/singular.py
`_them_killed`). Every sentence here was written for these tests; each kind has its
negatives beside it."""

from __future__ import annotations

import pytest

from tests.conftest import killed_in

killed = killed_in


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Gunmen kidnapped six teachers in Kuri. The bodies of the six were found later.", 6),
        ("Gunmen kidnapped six teachers in Kuri. The teachers were found dead days later.", 6),
        ("Gunmen abducted two officers near Kuri. Later the captured officers were killed.", 2),
        ("Two suicide bombers attacked the market. The bombers were reported dead.", 2),
        ("Police arrested three thieves in Kuri. They were taken to hospital where they died.", 3),
        # negatives: another noun, a death the sentence tells of its own, a breakdown in
        # a bracket, and people named again but not dead
        ("Gunmen kidnapped six teachers in Kuri. The traders were found dead later.", 0),
        ("Gunmen kidnapped six teachers in Kuri. The teachers were released on Monday.", 0),
        (
            "A bomb killed four officers and wounded three (two officers and a cook). "
            "The officers were killed as they inspected the car.",
            4,
        ),
    ],
)
def test_people_told_before_told_dead(text, total):
    assert killed(text) == total
