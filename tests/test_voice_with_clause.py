"""An absolute "with" clause whose subject speaks ("..., with some sources suggesting the
toll may exceed 30"): its subject is the voice of the figure in it, and only of that
one; a "with" clause of no speaker names none. A Cameroon trial's "some sources"
figure was given the outlet's voice."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in


def voices(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.value, c.attribution) for c in claims_in(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 20 people died in the landslide, with some sources suggesting"
            " that the toll may exceed 30.",
            [(20, None), (30, "some sources")],
        ),
        (
            "Gunmen killed 12 villagers in the raid, with local officials saying"
            " 15 more were wounded.",
            [(12, None), (15, "local officials")],
        ),
        (
            "The blast left 9 dead, with witnesses putting the toll at 14.",
            [(9, None), (14, "witnesses")],
        ),
    ],
)
def test_the_with_clause_subject_speaks_for_its_own_figure(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police killed 4 robbers, with the bodies taken to the morgue.",
        "Troops killed 9 rebels, with the death toll suggesting a rout.",
        "Fighting killed 30 people, with many fleeing across the river.",
    ],
)
def test_a_with_clause_of_no_speaker_names_no_voice(text):
    assert [voice for _, voice in voices(text)] == [None]
