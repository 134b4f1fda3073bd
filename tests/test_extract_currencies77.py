"""Sums told in currencies the reader did not know, or by abbreviations with a stop
(trial 77's cedi reward; "Kshs." read as troops): each read as money with its unit, and
never as people. Negatives: the same words where they count people or name a place."""

from __future__ import annotations

import pytest

from workbench.extract import extract_claims
from workbench.extract.currencies import CURRENCY_BEFORE, CURRENCY_CODES
from workbench.ingest import document_from_text
from workbench.ingest.readers import in_language
from workbench.models import Category


def _claims(text: str) -> list[tuple[int | float | None, str, str | None]]:
    doc = document_from_text("note.txt", text)
    return [(c.value, c.category.value, c.unit) for c in extract_claims(doc)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The county paid Kshs. 250,000 to each bereaved family.", 250_000, "KES"),
        ("Traders in the market lost Shs. 4 million in the fire.", 4_000_000, "shillings"),
        ("A bounty of GH¢ 100,000 was placed on the suspects.", 100_000, "GHS"),
        ("The chiefs pledged 20,000 Ghana cedis for the arrests.", 20_000, "GHS"),
        ("Beijing sent 8 million yuan in relief to the province.", 8_000_000, "CNY"),
        ("Tokyo pledged 2 billion Japanese yen to the appeal.", 2_000_000_000, "JPY"),
        ("The ministry paid 300 million Yemeni rials in salaries.", 300_000_000, "riyals"),
        ("Depositors lost 15 billion Lebanese lira when the bank closed.", 15e9, "lira"),
        ("The court fined him 10,000 Egyptian pounds.", 10_000, "pounds"),
        ("The mine's owners set aside 40 million rand for the families.", 40_000_000, "ZAR"),
        ("The cabinet approved 3 million baht for each of the families.", 3_000_000, "THB"),
        ("Each evacuee is to receive ฿2,000 a month.", 2_000, "THB"),
        ("Phnom Penh released 900 million riel for the evacuation centres.", 900_000_000, "KHR"),
        ("The province allotted KHR 80 million to the camps.", 80_000_000, "KHR"),
    ],
)
def test_a_sum_in_these_currencies_is_money(text: str, value: float, unit: str) -> None:
    claims = _claims(text)
    assert (value, Category.MONEY.value, unit) in claims
    assert all(category != Category.KILLED.value for _, category, _ in claims)
    assert all(category != Category.TROOPS.value for _, category, _ in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nationality before people, not a currency
        ("Three Ghanaian soldiers were killed near the border.", (3, "killed")),
        # a sum in pounds stays sterling
        ("He was fined 500 pounds by the magistrate.", (500, "money")),
        # a stop after a currency's abbreviation ends no sentence, a stop elsewhere does
        ("Police gave Kshs. 50,000 to the widow. Four people were killed.", (4, "killed")),
    ],
)
def test_negatives_stay(text: str, expected: tuple[int, str]) -> None:
    assert expected in [(value, category) for value, category, _ in _claims(text)]


def test_every_sign_before_a_sum_has_a_unit() -> None:
    """Each sign `CURRENCY_BEFORE` finds maps to a stored unit ("Kshs." once had none)."""
    letters = {"N", "P"}  # Nigerian and Philippine papers' lone letters: their own groups
    missing = [e for e in CURRENCY_BEFORE.endings if e not in letters]
    assert [e for e in missing if e.lower() not in CURRENCY_CODES] == []


def _french(text: str) -> list[tuple[int | float | None, str, str | None]]:
    """The claims of `text` read as French, as `--language fr` reads it."""
    doc = in_language(document_from_text("article.txt", text), "fr")
    return [(c.value, c.category.value, c.unit) for c in extract_claims(doc)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Selon le préfet, une prime de 20 000 cédis a été promise.", 20_000, "GHS"),
        ("Selon Bangkok, chaque famille touchera 400 000 bahts.", 400_000, "THB"),
        ("Selon le ministère, 600 millions de riels ont été débloqués.", 600_000_000, "KHR"),
        ("Selon la mairie, les pertes atteignent 5 milliards de gourdes.", 5e9, "HTG"),
        ("Selon le gouverneur, 80 millions de francs guinéens ont été versés.", 8e7, "GNF"),
        ("Selon la banque, 700 milliards de livres libanaises ont fui le pays.", 7e11, "lira"),
        ("Selon le Trésor, 3 millions de livres égyptiennes ont été saisies.", 3e6, "pounds"),
    ],
)
def test_french_sums_in_these_currencies(text: str, value: float, unit: str) -> None:
    claims = _french(text)
    assert (value, Category.MONEY.value, unit) in claims
    assert all(category != Category.KILLED.value for _, category, _ in claims)


def test_french_pounds_sterling_stay_sterling() -> None:
    text = "Selon la police, une amende de 2 000 livres sterling a été infligée."
    assert (2_000, Category.MONEY.value, "GBP") in _french(text)
