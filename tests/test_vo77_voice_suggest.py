"""One speaker under several names (trial 77: a prefect as four voices, a government as
five, a police as three, and `voice suggest` offered none of them): one identity for a
person with and without his office and rank, suggestions for a body in two languages,
with its national name, and as the author of its own press release; one independent
voice for an unnamed official in a lede and the person the report names. Names
written for the test, with negatives."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from workbench.events.figures import independent_voices
from workbench.match.bodies import body
from workbench.store.statement_authors import statement_author
from workbench.store.voice_identity import identity
from workbench.store.voice_names import Named, suggestions


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("le gouverneur de l'Atakora, le colonel Issifou Dramane", "Issifou Dramane"),
        ("le maire de Bassar, M. Koffi Agbeko", "Koffi Agbeko"),
        ("le préfet du Zou, le général Fidèle Hounsa", "Fidèle Hounsa"),
    ],
)
def test_a_person_with_office_and_rank_is_one_identity(a: str, b: str) -> None:
    assert identity(a) == identity(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("le préfet de l'Oti, le colonel Dramane", "Issifou Dramane"),  # a family name alone
        ("le préfet du Zou, le colonel Ali Sabi", "le préfet du Zou, le colonel Ali Kora"),
        ("le ministère de la Sécurité", "le ministre de la Sécurité, le général Sabi Yark"),
    ],
)
def test_other_people_and_bodies_stay_apart(a: str, b: str) -> None:
    assert identity(a) != identity(b)


def _pairs(*voices: Named) -> set[frozenset[str]]:
    return {frozenset((s.a.name, s.b.name)) for s in suggestions(voices)}


def test_a_police_service_and_the_police_of_its_country_are_suggested() -> None:
    found = _pairs(
        Named(1, "Kenya Police Service", "speaker", frozenset({"kenya"})),
        Named(2, "police (Kenya)", "speaker", frozenset({"kenya"})),
        Named(3, "police (Uganda)", "speaker", frozenset({"uganda"})),
    )
    assert frozenset(("Kenya Police Service", "police (Kenya)")) in found
    assert frozenset(("Kenya Police Service", "police (Uganda)")) not in found


def test_a_government_with_its_channel_in_brackets_is_its_country_s() -> None:
    found = _pairs(
        Named(1, "Gouvernement béninois (ORTB)", "outlet", frozenset({"benin"})),
        Named(2, "government (Benin)", "speaker", frozenset({"benin"})),
        Named(3, "government (Niger)", "speaker", frozenset({"niger"})),
    )
    assert frozenset(("Gouvernement béninois (ORTB)", "government (Benin)")) in found
    assert frozenset(("Gouvernement béninois (ORTB)", "government (Niger)")) not in found


def test_a_ministry_of_the_armed_forces_is_a_defence_ministry() -> None:
    assert body("le ministère des Armées") == body("Ministry of Defence")
    assert body("le ministère des Armées") != body("le ministère de la Santé")


def test_a_press_release_s_author_is_suggested_with_the_body_quoted_by_others() -> None:
    lead = "NIGERIA POLICE FORCE\nPRESS RELEASE\n\nATTACK ON JOS MARKET\n\nAbuja, 2 May"
    author = statement_author("ATTACK ON JOS MARKET", lead)
    assert author == "NIGERIA POLICE FORCE"
    found = _pairs(
        Named(1, "author of ATTACK ON JOS MARKET", "outlet", frozenset({"nigeria"}), author=author),
        Named(2, "police (Nigeria)", "speaker", frozenset({"nigeria"})),
        Named(3, "police (Ghana)", "speaker", frozenset({"ghana"})),
        Named(4, "army (Nigeria)", "speaker", frozenset({"nigeria"})),
    )
    assert frozenset(("author of ATTACK ON JOS MARKET", "police (Nigeria)")) in found
    assert frozenset(("author of ATTACK ON JOS MARKET", "police (Ghana)")) not in found
    assert frozenset(("author of ATTACK ON JOS MARKET", "army (Nigeria)")) not in found


@pytest.mark.parametrize(
    ("title", "lead", "author"),
    [
        (
            "Communiqué du gouvernement relatif aux inondations",
            "Le gouvernement informe",
            "gouvernement",
        ),
        (
            "Statement by the Ministry of Health on the outbreak",
            "The ministry",
            "Ministry of Health",
        ),
        # a headline naming a body as its news' subject: no statement of that body's
        ("ISWAP claims attack on army base, says 20 soldiers killed", "ISWAP said", None),
        ("Police arrest 14 after clashes", "POLICE ARREST 14\n\nAccra, 3 May", None),
    ],
)
def test_a_statement_s_author_from_its_title(title: str, lead: str, author: str | None) -> None:
    assert statement_author(title, lead) == author


@dataclass(frozen=True)
class _Claim:
    id: int
    voice_id: int
    voice: str
    document_id: int
    category: str
    value: int
    low: int
    high: int | None
    sentence: str
    text: str = "x"
    qualifier: str = "exact"
    part: bool | None = None
    section: str = "paragraph"
    subject: str | None = None
    unit: str | None = None
    country: str | None = "Benin"


def test_an_unnamed_official_in_a_lede_is_the_person_named_below() -> None:
    lede = _Claim(1, 10, "a local official (Benin, AP)", 1, "killed", 8, 8, None, "s1")
    named = _Claim(2, 11, "Salifou Gado", 1, "killed", 8, 8, 8, "s2")
    other = _Claim(3, 12, "a health worker (Benin, AP)", 1, "killed", 11, 11, 11, "s3")
    origins = independent_voices([lede, named, other])
    assert origins[1] == origins[2]
    assert origins[3] != origins[1]


@pytest.mark.parametrize(
    "lede_voice",
    ["two security sources (Benin, AP)", "residents (Benin, AP)", "a witness (Benin, AP)"],
)
def test_others_in_a_lede_stay_independent(lede_voice: str) -> None:
    lede = _Claim(1, 10, lede_voice, 1, "killed", 8, 8, None, "s1")
    named = _Claim(2, 11, "Salifou Gado", 1, "killed", 8, 8, 8, "s2")
    origins = independent_voices([lede, named])
    assert origins[1] != origins[2]


def test_an_unnamed_official_with_another_figure_stays_independent() -> None:
    lede = _Claim(1, 10, "a local official (Benin, AP)", 1, "killed", 8, 8, None, "s1")
    named = _Claim(2, 11, "Salifou Gado", 1, "killed", 6, 6, 6, "s2")
    elsewhere = _Claim(3, 12, "Salifou Gado", 2, "killed", 8, 8, 8, "s3")  # another report
    origins = independent_voices([lede, named, elsewhere])
    assert origins[1] != origins[2]
