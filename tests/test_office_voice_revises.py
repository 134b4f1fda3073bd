"""A voice named by its office alone ("le gouverneur", "the governor") is the person
another voice of the event names with that office, so that its first-day "no one was
killed" and its later toll are one voice revising itself: the event's conservative
figure is the later toll, as for any voice (trial 75b: the governor's "aucun mort"
made a massacre's conservative 0 while eight voices gave 9 to 17). Claims written for
the tests, with negatives (two office-holders named; a bare office with no holder)."""

from __future__ import annotations

import pytest

from workbench.events import category_figures
from workbench.match import MatchInput
from workbench.match.speakers import holds_office, office_only


def told(claim_id: int, voice: str, value: int, published: str) -> MatchInput:
    """A killed claim of `voice` (a voice id of its own name) in a document of its own."""
    return MatchInput(
        id=claim_id,
        document_id=claim_id,
        voice_id=abs(hash(voice)) % 10_000,
        voice=voice,
        category="killed",
        low=value,
        high=value,
        value=value,
        qualifier="exact",
        subject="people",
        unit=None,
        location="Kouroungoussou",
        country="Chad",
        date="2026-04-12",
        published=published,
        sentence=chr(ord("a") + claim_id) * 30,
        text=f"text {claim_id}",
        denies=False,
        section="body",
    )


@pytest.mark.parametrize(
    "office, holder",
    [
        ("le gouverneur", "Le gouverneur du Mayo-Kebbi Est, le général Ali Mahamat Sougui"),
        ("the governor", "The governor of Lake Chad province, Brahim Ahmat Djibrine"),
        ("le préfet", "le préfet du département, M. Idriss Moussa Abakar"),
        ("the mayor", "Mayor Kalthouma Adoum Nour"),
    ],
)
def test_an_offices_first_none_and_its_later_toll_are_one_voice(office: str, holder: str) -> None:
    claims = [
        told(1, office, 0, "2026-04-12"),  # "no one was killed", the first day
        told(2, holder, 11, "2026-04-13"),  # the same office-holder's toll the next day
        told(3, "local residents", 16, "2026-04-13"),
    ]
    figures = category_figures(claims, {})
    assert figures.conservative == 11 and figures.low == 11
    assert figures.minimum == 0  # what the reports stated keeps the first word


def test_two_holders_of_the_office_say_no_one_person() -> None:
    claims = [
        told(1, "the governor", 0, "2026-04-12"),
        told(2, "The governor of Lake Chad province, Brahim Ahmat Djibrine", 11, "2026-04-13"),
        told(3, "Governor Ali Mahamat Sougui", 14, "2026-04-13"),
    ]
    assert category_figures(claims, {}).conservative == 0


def test_an_office_with_no_holder_named_stays_a_voice_of_its_own() -> None:
    claims = [told(1, "le gouverneur", 0, "2026-04-12"), told(2, "des habitants", 11, "2026-04-13")]
    figures = category_figures(claims, {})
    assert figures.conservative == 0


@pytest.mark.parametrize(
    "voice, office",
    [
        ("le gouverneur", "gouverneur"),
        ("The Governor", "governor"),
        ("l'administrateur", "administrateur"),
        ("the governor of Borno", None),
        ("Governor Babagana Zulum", None),
        ("le général", None),  # a rank names no one office-holder
        ("police", None),
    ],
)
def test_an_office_named_alone(voice: str, office: str | None) -> None:
    assert office_only(voice) == office


def test_a_holder_names_a_person() -> None:
    assert holds_office("Le gouverneur du Logone, le général Ali Sougui", "gouverneur")
    assert not holds_office("le gouverneur du Logone", "gouverneur")  # no one named
