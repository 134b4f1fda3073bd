"""Voices. A body's name holding a list ("the Ministry of Health, Population and Social
Welfare") is one voice, not its list's last items (DRC trial, session 50: a rights
centre "for the Promotion of Peace, Democracy and Human Rights" was the voice
"Democracy and Human Rights"); "he" is no person named dead before him. Sentences
written for the tests."""

from __future__ import annotations

import pytest

from workbench.extract import extract_claims
from workbench.extract.name_lists import is_listed_name
from workbench.ingest import document_from_text


def voices(text: str) -> list[str | None]:
    return [c.attribution for c in extract_claims(document_from_text("note.txt", text))]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "The Ministry of Health, Population and Social Welfare said 12 people were "
            "killed in Kaya.",
            "Ministry of Health, Population and Social Welfare",
        ),
        (
            "The Office for Refugees, Migrants, Returnees and Displaced Persons said 300 "
            "families were displaced.",
            "Office for Refugees, Migrants, Returnees and Displaced Persons",
        ),
        (
            "The Centre for the Defence of Peace, Justice and Human Rights (CDPJ), a "
            "local group that tracks the violence, confirmed the raid in a statement, "
            "saying nine villagers were killed.",
            "Centre for the Defence of Peace, Justice and Human Rights",
        ),
    ],
)
def test_a_bodys_name_holding_a_list_is_one_voice(text, voice):
    assert voices(text)[0] == voice


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        # a list of places before the voice, no name's
        ("In Kano, Abuja and Lagos, police said 12 people were killed.", "police"),
        # a circumstance that ends in a place, then two people
        (
            "Speaking in the city of Goma, Mayor Jean Bosco and Pastor Paul Kasereka said "
            "12 people were killed.",
            "Mayor Jean Bosco and Pastor Paul Kasereka",
        ),
    ],
)
def test_a_list_after_a_comma_that_ends_no_name_stays_apart(text, voice):
    assert voices(text)[0] == voice


def test_what_a_listed_name_is():
    assert is_listed_name("Ministry of Health, Population and Social Welfare")
    assert not is_listed_name("Ministry of Health")
    assert not is_listed_name("In Kano, Abuja and Lagos")


def test_he_is_not_the_person_named_dead_before_him():
    """Mogadishu trial, session 50: "a woman, Madobe Nunow, was beheaded ..., he said"
    credited the officer's words to the woman killed."""
    text = (
        "At least 12 of the dead were police officers, Ali Nur said. And a woman, Hawa "
        'Ahmed, was beheaded while her "three children were shot dead," he said.'
    )
    assert voices(text) == ["Ali Nur", "Ali Nur", "Ali Nur"]


def test_a_person_of_four_names_before_his_title_is_the_voice_and_no_place():
    """A Mogadishu report's "Abdikadir Abdirahman Haji Aden, the founder of an ambulance
    service in Mogadishu, told AFP" was the voice "founder of an ambulance service", and
    its last name the Yemeni city Aden, the place of every toll after it (pairs-news
    study half, session 50)."""
    text = (
        "Mohamed Abdirahman Haji Aden, the founder of an ambulance service in Mogadishu, "
        "told AFP that at least 76 people died in the blast. Officials said 90 were hurt."
    )
    doc = document_from_text("note.txt", text)
    found = [(c.attribution, c.location) for c in extract_claims(doc)]
    assert found == [("Mohamed Abdirahman Haji Aden", "Mogadishu"), ("Officials", "Mogadishu")]
