"""Kinds of English language the held-out news sets still missed (issue 13, session
40): each fixed as a kind, on sentences written for these tests, with negatives
(years, ages, calibres, animals, deaths recalled as background)."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in
from workbench.models import Category, Claim


def of(text: str, category: Category) -> list[Claim]:
    """The claims of `category` in `text`, in text order."""
    return [c for c in claims_in(text) if c.category is category]


# -- harm told of a group no number counts: a vague claim -------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Militiamen stormed the market and killed traders before dawn.", Category.KILLED),
        ("The shell struck the clinic, injuring its staff.", Category.WOUNDED),
        ("There are civilians killed in the shelling of Marjan, the mayor said.", Category.KILLED),
        ("Police are pursuing the gang to rescue those abducted.", Category.KIDNAPPED),
        ("The number of villagers abducted in the raid remains unknown.", Category.KIDNAPPED),
        ("Officials confirmed a killing of a group of herders near Tumba.", Category.KILLED),
        ("The clashes led to the evacuation of residents from three hamlets.", Category.DISPLACED),
        ("Gunmen torched huts, forcing families from their homes.", Category.DISPLACED),
        ("Two guards were shot dead and others taken as captives.", Category.KIDNAPPED),
    ],
)
def test_harm_to_an_uncounted_group_is_a_vague_claim(text, category):
    found = of(text, category)
    assert found and all(c.value is None for c in found)


@pytest.mark.parametrize(
    "text",
    [
        # an accusation, a denial, a plea: no fate told
        "Rights groups accused the militia of killing civilians in 2019.",
        "The army denied killing villagers during the operation.",
        "Elders urged both sides to stop killing farmers.",
        # an adjective, a passive's agent, a killing recalled with "the"
        "Doctors at Kasoa treated injured civilians for free.",
        "The old chief was shot and killed by insurgents near Kilo.",
        "The march marked the anniversary of the killing of students in 1976.",
        # animals and things are no group of people
        "The drought killed cattle and goats across the plateau.",
        # a group told before, said again; a harm recalled as a cause
        "Bandits seized three traders and later killed the captives.",
        "The raid was revenge for a massacre of herders in 1998.",
        "A gang that killed farmers last year was disbanded.",
    ],
)
def test_no_vague_harm_without_a_group_that_suffered_it(text):
    vague = [c for c in claims_in(text) if c.value is None and c.low is None]
    assert vague == []


def test_a_counted_fate_keeps_its_figure_over_the_group():
    found = of("Bandits killed four farmers and the villagers fled.", Category.KILLED)
    assert [c.value for c in found] == [4]


def test_the_agent_of_a_passive_is_no_group_killed():
    found = of("A 45-year-old trader was killed by bandits on Tuesday.", Category.KILLED)
    assert [c.value for c in found] == [1]
