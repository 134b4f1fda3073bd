"""A lede's wide place made finer by the scene a sentence after it tells (session 52,
from french-e's and acled-nigeria-e's study halves): in English a country's side ("in
northwestern Nigeria ... The attack took place in Kadisau"; a division stays), the
attackers named again storming it, a town named with its State; in French a part of
the country left unnamed ("dans le nord-ouest du pays ... Les assaillants sont entrés
dans la ville de Mann"), the toll's word with where ("Le bilan des bombardements à X"),
and the area an unnamed settlement is of. Sentences written for the tests, with
negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import claims_in
from workbench.extract import extract_claims
from workbench.ingest import document_from_text


def _first_place(text: str) -> str | None:
    return claims_in(text)[0].location


def _first_french_place(text: str) -> str | None:
    doc = document_from_text("fr.txt", text + "\n").model_copy(
        update={"language": "fr", "published": dt.date(2022, 6, 6)}
    )
    return extract_claims(doc)[0].location


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Bandits killed 11 farmers in northwestern Nigeria on Friday. "
            "The attack took place in Dankar, near the border.",
            "Dankar",
        ),
        (
            "Gunmen killed nine people in north-western Nigeria on Sunday. "
            "The attackers stormed the village of Tungar Kwana at dawn.",
            "Tungar Kwana",
        ),
        (
            "Militants killed seven traders in northeastern Nigeria. "
            "The attack took place in Gajiram, in Borno State.",
            "Gajiram, Borno State",
        ),
    ],
)
def test_a_wide_lede_place_gives_way_to_the_scene(text: str, place: str) -> None:
    assert _first_place(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the next sentence's toll is its own: another incident, its place its own
        (
            "Gunmen killed 14 people in Borno State on Sunday. The attack on Kukawa killed three.",
            "Borno State",
        ),
        # a division the lede names stays its place (reports of one incident agree on it)
        (
            "Bandits killed 11 farmers in Katsina State on Friday. "
            "The attack took place in Dankar, near the border.",
            "Katsina State",
        ),
        # no tie back to the event: the lede's place stays
        (
            "Gunmen killed 14 people in Borno State on Sunday. "
            "Residents of Kukawa fled to Maiduguri.",
            "Borno State",
        ),
    ],
)
def test_the_lede_place_stays_without_its_scene(text: str, place: str) -> None:
    assert _first_place(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In Rutshuru territory, in eastern DR Congo, 1,000 people fled.", "Rutshuru territory"),
        ("In Ituri province, in eastern DRC, 14 villagers were killed.", "Ituri province"),
        ("In Jigawa State, in northern Nigeria, 14 villagers were killed.", "Jigawa State"),
        # no finer place before: the country's side stays
        ("Rebels killed 12 people in northern Nigeria.", "northern Nigeria"),
    ],
)
def test_a_wider_place_set_off_after_a_finer_one(text: str, place: str) -> None:
    assert _first_place(text) == place
