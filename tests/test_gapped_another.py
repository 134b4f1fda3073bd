"""One more victim told by "another" after a passive toll, where its place is told
without a name ("and another in a separate location") or the toll names its agent
before its place ("killed by bandits in Tudun Wada and another in Kofar Mata"; the
acled-nigeria-d study half lost the one more both ways), and a neighbourhood as a toll's
place. Sentences written for these tests, with their negatives."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in, load_benchmark
from workbench.models import Category

toll = load_benchmark("incident_toll").toll


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three traders were killed in Gwagwalada and another in a nearby village.", 4),
        ("Two guards were shot dead by bandits in Tudun Wada and another in Kofar Mata.", 3),
        ("Four people were killed in the Sabon Gari neighbourhood and another in Fagge.", 5),
    ],
)
def test_another_elsewhere_is_one_more(text, expected):
    assert toll(claims_in(text), Category.KILLED, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wound's place on the body, not another person
        ("Three traders were wounded in Gwagwalada and another in the leg.", 3),
        # another person with a fate of their own
        ("Two guards were killed in Tudun Wada and another was wounded.", 2),
    ],
)
def test_another_that_is_no_gapped_victim(text, expected):
    claims = claims_in(text)
    category = Category.WOUNDED if "wounded in" in text else Category.KILLED
    assert toll(claims, category, text) == expected
