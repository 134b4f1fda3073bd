"""Victims an ACLED coder of 2013-2018 names in ways the reader missed (acled-w, acled-g
and acled-nigeria-d..-f study halves): a former member named by the group ("an
ex-Seleka"), "his body-guard" (a second person, not his body), an office holder and
the body he serves after a comma ("The Registrar, Medical Laboratory Science Council of
Nigeria (MLSCN) was killed") and "knived to death". Sentences written for these tests."""

from __future__ import annotations

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text


def _killed(text: str) -> list[float | None]:
    claims = extract_claims(document_from_text("n.txt", text))
    return [c.low for c in claims if c.category == "killed"]


def _all(text: str) -> list[tuple[str, float | None]]:
    claims = extract_claims(document_from_text("n.txt", text))
    return [(str(c.category), c.low) for c in claims]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Anti-Balaka militiamen killed an ex-Seleka near the market of Bossembele.", [1]),
        ("An ex-Seleka was shot dead by Anti-Balaka elements in Boali.", [1]),
        ("Anti-Balaka killed an ex-Seleka & his brother in Bouca.", [2]),
    ],
)
def test_a_former_member_named_by_the_group_is_one_victim(text: str, dead: list[int]) -> None:
    assert _killed(text) == dead


def test_a_group_named_with_ex_before_a_noun_is_no_victim() -> None:
    assert _killed("Anti-Balaka attacked an ex-Seleka base near Bouca.") == []
    assert _killed("An ex-Seleka convoy was ambushed near Bria.") == []


def test_a_relative_alone_stays_one() -> None:
    assert _killed("Residents said his son was killed in the attack.") == [1]
    assert _killed("Armed men stormed the house and his son was killed.") == [1]


@pytest.mark.parametrize(
    "text",
    [
        "The Seleka leader and his body-guard were killed in Kaga-Bandoro.",
    ],
)
def test_his_body_guard_is_a_second_person(text: str) -> None:
    assert sum(v or 0 for v in _killed(text)) == 2


def test_his_body_found_after_a_death_is_the_same_death() -> None:
    assert _killed("A trader was killed and his body was dumped in a well.") == [1]


@pytest.mark.parametrize(
    ("text", "fate"),
    [
        (
            "The acting Registrar, Medical Laboratory Science Council of Nigeria (MLSCN) "
            "was killed by gunmen in Abuja.",
            "killed",
        ),
        ("The Chairman, Medical and Dental Council of Nigeria was murdered in Enugu.", "killed"),
        (
            "The acting Provost, Federal College of Education (FCE) was killed by gunmen "
            "on Tuesday.",
            "killed",
        ),
    ],
)
def test_an_office_holder_and_the_body_he_serves_is_one(text: str, fate: str) -> None:
    assert _all(text) == [(fate, 1)]


def test_a_name_after_a_comma_stays_the_subject() -> None:
    claims = extract_claims(
        document_from_text("n.txt", "The diplomat, Muhammad Salih Al-Madani was wounded.")
    )
    assert [(c.low, c.subject) for c in claims] == [(1, "Muhammad Salih Al-Madani")]


def test_a_plural_after_a_comma_is_no_office() -> None:
    assert _killed("A soldier, Boko Haram and ISWAP fighters were killed.") == []
    assert _all("The Director, Federal Road Safety Corps (FRSC) has been abducted.") == [
        ("kidnapped", 1)
    ]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("An officer of the student union was knived to death during a fight.", 1),
        ("A trader was knived to death in Kano on Sunday.", 1),
        ("Youths knived two men to death at a market in Jos.", 2),
    ],
)
def test_knived_to_death_is_a_death(text: str, dead: int) -> None:
    assert _killed(text) == [dead]


def test_knived_without_death_is_no_death() -> None:
    assert _killed("A student was knived in the arm during a fight in Zaria.") == []


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Two civilians and ex-Seleka members were killed near Bossangoa.", [2]),
        ("Several civilians and ex-combatants were killed in the clashes at Bria.", [3]),
        ("Two soldiers and pro-government militiamen were killed in the ambush.", [2]),
    ],
)
def test_an_uncounted_item_opening_on_a_hyphenated_word_ends_the_list(
    text: str, dead: list[int]
) -> None:
    assert _killed(text) == dead


def test_a_hyphenated_word_past_the_list_is_no_item() -> None:
    assert _killed("Two soldiers were killed and well-armed gunmen fled into the bush.") == [2]
    assert _killed("Two civilians, ex-Seleka fighters said, were killed.") == [2]
