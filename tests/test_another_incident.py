"""A sentence that tells what happened in another place than the story's takes no place
or day from the sentences before it (session 45, the DR Congo trial: "18 killed in a
separate attack on another village" was put in the massacre's village, and its toll
disputed the massacre's); "a separate attack" alone may be in the same town, and keeps
it. Sentences written for these tests, with negatives; the report is dated Wednesday
11 November 2026."""

from __future__ import annotations

import pytest

from tests.test_trial_kinds43 import claims

_LEAD = "Gunmen killed 30 villagers in Kasindi, North Kivu, on Monday, officials said. "


@pytest.mark.parametrize(
    "second",
    [
        "In a separate attack on another village, six farmers were killed.",
        "Five traders died in another part of the province.",
        "Officials said seven people were killed in another village.",
        "Elsewhere, four soldiers were killed.",
    ],
)
def test_another_incident_takes_neither_the_storys_place_nor_its_day(second: str) -> None:
    found = claims(_LEAD + second)
    assert found[0].location == "Kasindi" and found[0].date == "2026-11-09"
    assert found[-1].location != "Kasindi" and found[-1].date != "2026-11-09"


@pytest.mark.parametrize(
    "second",
    [
        "Six more bodies were found after the attack, residents said.",
        "In a separate attack, a member of the town's council was shot dead.",
        "Elsewhere in the town, a member of the council was shot dead.",  # the same town
    ],
)
def test_the_same_town_keeps_the_storys_place(second: str) -> None:
    assert claims(_LEAD + second)[-1].location == "Kasindi"


@pytest.mark.parametrize(
    "second, kept",
    [
        ("Dans une autre localité, six agriculteurs ont été tués.", False),
        ("Ailleurs, quatre soldats ont été tués.", False),
        ("Par ailleurs, six autres corps ont été retrouvés.", True),  # "besides"
    ],
)
def test_in_french_too(second: str, kept: bool) -> None:
    lead = "Des hommes armés ont tué 30 villageois à Kasindi, dans le Nord-Kivu, lundi. "
    found = claims(lead + second, "fr")
    assert found[0].location == "Kasindi"
    assert (found[-1].location == "Kasindi") is kept
