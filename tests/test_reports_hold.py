"""What reports "hold" is said in their voice ("Some reports hold there were more than
40 deaths": acled-nigeria-d's study half had no voice, and the two reports' figures were
summed as one toll); and a toll's "more than 40" is another count of the same dead, not
"more" dead. Sentences written for these tests, with negatives: "held" hostages, and
"two more" dead."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in, load_benchmark
from workbench.models import Category

toll = load_benchmark("incident_toll").toll


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("Bandits killed 12 people. Other reports hold that 19 died.", "Other reports"),
        ("Troops killed 8 rebels. Local sources held there were 15 deaths.", "Local sources"),
        ("The ministry holds that 30 protesters were wounded.", "ministry"),
    ],
)
def test_what_reports_hold_is_in_their_voice(text, voice):
    *_, last = claims_in(text)
    assert last.attribution == voice


def test_holding_captives_is_no_voice():
    (held,) = claims_in("The gang held 14 hostages in a forest for a week.")
    assert held.category is Category.KIDNAPPED
    assert held.attribution is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another report's bound: the lower count kept, as ACLED codes
        ("Gunmen killed 21 villagers. Some reports hold that more than 35 died.", 21),
        ("Gunmen killed 21 villagers. Residents said more than 35 died.", 21),
        # more dead, told as such: added
        ("Gunmen killed 21 villagers. Two more died in hospital.", 23),
    ],
)
def test_more_than_is_a_bound_not_more_dead(text, expected):
    assert toll(claims_in(text), Category.KILLED, text) == expected
