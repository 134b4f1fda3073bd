"""Places a figure must not take from an aside of its sentence, and the middle of a
town read as the town (issue 13, places on unseen English reporting, session 40):
sentences written for these tests, with their negatives."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in
from workbench.models import Category


def killed_place(text: str) -> str | None:
    """The place of the first `killed` claim in `text`."""
    return next(c.location for c in claims_in(text) if c.category is Category.KILLED)


# -- a circumstance opening the sentence sets the scene only where nothing else does --


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "As the siege of Kalemie went on for a third week, rebels killed six"
            " traders at a roadblock in Moba.",
            "Moba",
        ),
        ("While the army held Tessit, insurgents killed four guards at Ansongo.", "Ansongo"),
        (
            "Amid clashes in Kasai, militiamen killed ten villagers in a raid on Tshikapa.",
            "Tshikapa",
        ),
        # negatives: no other place named, so the circumstance's place stands
        ("As fighting raged in Beni, rebels killed three policemen.", "Beni"),
        ("Amid clashes in Kasai, militiamen killed ten villagers.", "Kasai"),
        # a place set at the sentence's head by a preposition is no circumstance
        ("In Ituri, militiamen killed ten villagers in a raid on their homes.", "Ituri"),
    ],
)
def test_a_circumstance_place_gives_way_to_the_main_clause(text: str, place: str) -> None:
    assert killed_place(text) == place


# -- a part of a total counted where it happened is the part's place only --------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Riots in three jails left 52 dead, including 20 in Latacunga.", "Latacunga"),
        ("Storms of violence left 40 dead, among them 12 at the market in Kalemie.", "Kalemie"),
    ],
)
def test_a_part_of_a_total_keeps_its_place_to_itself(text: str, town: str) -> None:
    """The total takes no town of its part (at most the country the part lies in)."""
    assert town not in (killed_place(text) or "")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 12 people in Bama, including three children.",
        "Gunmen killed 12 people in attacks on several sites, including the mosque in Bama.",
    ],
)
def test_a_total_keeps_its_own_place_beside_a_part(text: str) -> None:
    assert killed_place(text) == "Bama"


def test_a_part_keeps_its_own_place() -> None:
    text = "Attacks killed 20 people on Sunday. Of them, 9 were killed in Gwoza."
    places = [c.location for c in claims_in(text) if c.category is Category.KILLED]
    assert places[-1] == "Gwoza"


# -- the middle of a town is the town -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Seven police officers died in an ambush in the centre of Natividad.",
        "Seven police officers died in an ambush in the town center of Natividad.",
        "A car bomb killed seven people in the heart of Natividad.",
    ],
)
def test_the_centre_of_a_town_is_the_town(text: str) -> None:
    assert killed_place(text) == "Natividad"


@pytest.mark.parametrize(
    "text",
    [
        "Seven people died at a health centre of the Red Cross.",
        "Seven people died in the centre of the protest.",
        "Seven people died at the heart of the dispute.",
    ],
)
def test_a_centre_of_no_town_is_no_place(text: str) -> None:
    assert killed_place(text) is None


def test_a_part_named_by_who_they_were_is_where_all_died() -> None:
    assert killed_place("Two bomb attacks left 10 dead, including 9 soldiers in Kismayo.") == (
        "Kismayo"
    )


def test_the_heart_of_a_countrys_capital_is_the_capital() -> None:
    text = "Bombers struck in the heart of Syria's capital Damascus, killing 14 people."
    assert killed_place(text) == "Damascus"
