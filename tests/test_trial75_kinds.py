"""Kinds from the Kenya trial (session 75), each on sentences written for these tests,
with negatives: a toll's relative clause ("the number of officers who lost their lives
... has risen to six (6)"), the hurt "in stable condition", a quantifier that counts no
one ("denied that police killed any protester"), a health facility's level in its name
("Level Five Hospital") and East Africa's shillings ("KSh 10 million", "Sh4.2 billion",
"milliards de shillings")."""

from __future__ import annotations

import pytest

from workbench.display import figure
from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.vocabulary import CURRENCY_WORDS


def _claims(text: str, language: str | None = None) -> list[tuple[str, int | None, str | None]]:
    document = document_from_text("t.txt", text)
    if language is not None:
        document = document.model_copy(update={"language": language})
    return [(c.category.value, c.low, c.unit) for c in extract_claims(document)]


@pytest.mark.parametrize(
    "text",
    [
        "The number of soldiers who lost their lives in the ambush has risen to 11 (11).",
        "The number of miners who perished in the collapse has risen to 11.",
        "The number of people who have died in the floods and the attack rose to 11.",
    ],
)
def test_a_tolls_relative_clause_says_its_dead(text: str) -> None:
    assert [c[:2] for c in _claims(text)] == [("killed", 11)]


def test_the_number_of_others_is_no_toll() -> None:
    # "who lost their jobs" is no death
    text = "The number of workers who lost their jobs rose to 40."
    assert all(c[0] != "killed" for c in _claims(text))


@pytest.mark.parametrize(
    "text",
    [
        "Three (3) other constables are receiving treatment and are in stable condition.",
        "Three villagers were in stable condition after the raid.",
    ],
)
def test_in_stable_condition_is_hurt(text: str) -> None:
    assert [c[:2] for c in _claims(text)] == [("wounded", 3)]


@pytest.mark.parametrize(
    "text",
    [
        "The regional commander denied that his men killed any civilian in Garissa.",
        "The army denies it killed any protester during the march in Kisumu.",
        "Soldiers killed every man they found in the village.",
    ],
)
def test_a_quantifier_that_counts_no_one(text: str) -> None:
    assert _claims(text) == []


def test_an_article_still_counts_one() -> None:
    assert [c[:2] for c in _claims("Police killed a protester during the march in Kisumu.")] == [
        ("killed", 1)
    ]


def test_a_facilitys_level_is_no_count() -> None:
    text = "Eleven people were injured and taken to Garissa Level Four Hospital."
    assert [c[:2] for c in _claims(text)] == [("wounded", 11)]
    text = "The wounded were flown to a level 5 hospital in Nairobi."
    assert _claims(text) == []


def test_a_level_of_other_things_still_counts() -> None:
    text = "Level 3 of the building collapsed and 4 people were injured."
    assert ("wounded", 4) in [c[:2] for c in _claims(text)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The county offered a reward of KSh 2 million for information.", 2_000_000, "KES"),
        ("The county paid Kshs 300,000 to each family.", 300_000, "KES"),
        ("The ministry set aside Sh1.5 billion for the victims.", 1_500_000_000, "shillings"),
        ("The appeal seeks KES 80 million.", 80_000_000, "KES"),
        ("He was fined 400,000 Kenyan shillings.", 400_000, "KES"),
        ("Kampala paid UGX 90 million in compensation.", 90_000_000, "UGX"),
    ],
)
def test_shillings_are_money(text: str, value: int, unit: str) -> None:
    assert _claims(text) == [("money", value, unit)]


def test_french_shillings_are_money() -> None:
    text = "Le gouvernement a débloqué 1,5 milliard de shillings pour les familles."
    assert _claims(text, "fr") == [("money", 1_500_000_000, "shillings")]


def test_a_shilling_word_shows_on_screen() -> None:
    claim = extract_claims(document_from_text("t.txt", "The budget is Sh1.5 billion."))[0]
    assert claim.unit in CURRENCY_WORDS
    assert figure(claim) == "shillings 1,500,000,000"


def test_sh_in_a_word_is_no_currency() -> None:
    # "Sheikh", "Shabaab": no currency; a bare count keeps its category
    assert [c[0] for c in _claims("Gunmen of Al Shabaab killed 12 people in Mandera.")] == [
        "killed"
    ]


def _one(text: str) -> list[tuple[str, int | None, str | None, bool]]:
    document = document_from_text("t.txt", text)
    return [
        (c.category.value, c.low, c.location, c.earlier_figure) for c in extract_claims(document)
    ]


def test_a_countrys_government_is_whose_not_where() -> None:
    # a wire's paragraph on the group: its claim stays at the page's place
    text = (
        "GARISSA, Kenya (Reuters) - Gunmen killed 9 teachers near Dadaab on Tuesday, police"
        " said.\n\nThe group, which is fighting to overthrow Somalia's federal government,"
        " said it had killed 20 Kenyan teachers."
    )
    assert [c[2] for c in _one(text)] == ["near Dadaab", "near Dadaab"]


def test_a_country_named_as_a_place_stays_one() -> None:
    text = "Gunmen killed 9 teachers in Somalia's Gedo region on Tuesday."
    assert _one(text)[0][2] == "Somalia's Gedo region"


def test_an_earlier_toll_under_a_carried_place_is_earlier() -> None:
    # the standing toll names the county; the paragraph before the first count named a
    # village, carried to it; one noun of victims with and without its qualifiers
    text = (
        "Seven Kenyan police officers were killed on Monday in Wajir county, police said."
        "\n\nThe blast went off near Tarbaj, the commander said.\n\n"
        "Police had earlier said five officers were killed and four others wounded."
    )
    killed = [c for c in _one(text) if c[0] == "killed"]
    assert [(c[1], c[3]) for c in killed] == [(7, False), (5, True)]


def test_another_places_toll_told_before_is_no_revision() -> None:
    text = (
        "Seven officers were killed on Monday in Wajir county, police said.\n\n"
        "In Lamu, police had earlier said five officers were killed in a separate raid."
    )
    assert all(not c[3] for c in _one(text))
