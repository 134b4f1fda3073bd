"""Kinds an analyst trial found on real reports in session 40 (issue 13), each fixed as
a kind on sentences written for these tests, with their negatives."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import claims_in
from workbench.service import Workbench


def told(text: str) -> list[tuple[str, float | None]]:
    """(category, value) of each claim in `text`, in text order."""
    return [(c.category.value, c.value) for c in claims_in(text)]


# -- a question's "how many" is no figure ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A police spokesman confirmed the raid on Kolo but did not say how many people died.",
        "It was not immediately clear how many civilians were killed.",
        "Officials could not say how many villagers were abducted.",
    ],
)
def test_how_many_asks_and_tells_no_figure(text: str) -> None:
    assert told(text) == []


def test_many_without_how_is_still_a_vague_figure() -> None:
    assert told("Many villagers were killed in the raid on Kolo.") == [("killed", None)]


# -- a condemnation is no protest: what it condemns is news -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The refugee agency condemned the raid on the camp that led to the death of at"
        " least 14 people.",
        "The governor denounced the ambush that led to the deaths of 9 soldiers.",
    ],
)
def test_a_condemned_attack_keeps_its_toll(text: str) -> None:
    assert told(text)[0][0] == "killed"


def test_a_protest_over_deaths_still_tells_none() -> None:
    text = "Students protested in the capital over the killing of 3 classmates last week."
    assert ("killed", 3) not in told(text)


# -- what is told is no one telling it ------------------------------------------------


def test_a_figure_of_deaths_is_no_voice() -> None:
    text = "Seven Eggon deaths reported. At another place the soldiers shot dead four youths."
    assert [c.attribution for c in claims_in(text)] == [None, None]


def test_assert_is_a_verb_of_saying_not_as_reported_by() -> None:
    text = "Some sources assert 25 deaths in the raid on the market."
    assert [c.attribution for c in claims_in(text)] == ["Some sources"]


def test_a_protest_to_condemn_an_attack_tells_none_of_its_dead() -> None:
    text = "Party members rallied outside the court to condemn a bombing that left 40 dead."
    assert ("killed", 40) not in told(text)


def test_an_agency_condemning_an_attack_tells_its_dead() -> None:
    text = "The UN condemned the bombing at a shrine that left 40 dead."
    assert ("killed", 40) in told(text)


@pytest.mark.parametrize(
    "text",
    [
        "The attackers killed 12 villagers before retreating into Virunga National Park.",
        "The rebels killed four soldiers and withdrew to Kibati.",
    ],
)
def test_where_attackers_went_after_is_no_place_of_the_killing(text: str) -> None:
    assert [c.location for c in claims_in(text)] == [None]


def test_a_place_told_before_the_retreat_stays() -> None:
    text = "Gunmen killed 12 villagers in Kolo before fleeing into the forest of Mabo."
    assert [c.location for c in claims_in(text)] == ["Kolo"]


# -- who says a passive's news is no victim of it --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A guard who saw the blast said two people were killed.", [("killed", 2)]),
        ("A nurse who treated them said a child was killed.", [("killed", 1)]),
        # negatives: a speaker of the news is the victim where no one else is counted
        ("The soldier who reported the attack was killed.", [("killed", 1)]),
        ("Police said three soldiers were killed.", [("killed", 3)]),
    ],
)
def test_the_speaker_of_a_passive_is_no_victim(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert told(text) == expected


def test_a_label_before_a_colon_is_no_voice() -> None:
    text = "Conflicting report: officials put the number of dead at 150."
    assert "Conflicting" not in [c.attribution for c in claims_in(text)]


# -- displacement by a lasting condition is a running total ----------------------------


def scopes(text: str) -> list[str]:
    """The scope of each claim in `text`, in text order."""
    return [c.scope.value for c in claims_in(text)]


@pytest.mark.parametrize(
    "text",
    [
        "More than 400,000 people have been displaced by gang violence in the country.",
        "The war has displaced more than 2 million people.",
        "Some 80,000 refugees from the north live in the Kala camp.",
        "Fighting has displaced 90,000 people across the country.",
    ],
)
def test_displacement_by_a_condition_or_a_stock_is_cumulative(text: str) -> None:
    assert scopes(text) == ["cumulative"]


@pytest.mark.parametrize(
    "text",
    [
        "The attack displaced 3,000 villagers.",
        "The raid on Kolo, amid rising insecurity, displaced 3,000 villagers.",
    ],
)
def test_displacement_by_one_attack_is_an_incident(text: str) -> None:
    assert scopes(text) == ["incident"]


# -- a French part of a toll is no toll of its own -------------------------------------


@pytest.mark.parametrize(
    ("sentence", "part", "whole"),
    [
        (
            "Le bilan est de 19 morts dont 2 kamikazes, selon le ministère.",
            "2 kamikazes",
            "19 morts",
        ),
        (
            "Le maire a chiffré le bilan à dix morts, dont un infirmier.",
            "un infirmier",
            "dix morts",
        ),
        ("Douze civils ont été tués, parmi eux trois enfants.", "trois enfants", "Douze civils"),
    ],
)
def test_a_french_part_is_a_part(sentence: str, part: str, whole: str) -> None:
    from workbench.match.parts import is_part

    assert is_part(part, sentence, "killed")
    assert not is_part(whole, sentence, "killed")


def test_an_events_figure_leaves_a_french_part_out(tmp_path: Path) -> None:
    bench = Workbench(str(tmp_path / "claims.db"), analyst="tester")
    folder = tmp_path / "fr"
    folder.mkdir()
    text = "Le bilan de l'attaque de Kolo est de 19 morts dont 2 kamikazes, selon le ministère."
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "a.json").write_text('{"outlet": "Radio Kolo", "published": "2021-03-05"}')
    assert bench.ingest([str(folder)], jobs=1).added == 1
    (event,) = bench.events()
    killed = next(f for f in bench.event(event.id).figures if f.category.value == "killed")
    assert (killed.conservative, killed.high) == (19, 19)
