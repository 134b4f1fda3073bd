"""One table of currencies (`currencies.CURRENCIES`) and one reader of a sign
(`currencies.currency_sign`), shared by the English reader, the French one's units and
`claim add`: a sign gives its unit, a lone "N" or "P" is marked lone, a text ending in no
sign gives none; every unit either reader gives is an ISO 4217 code or a word the
analyst may type. Negatives: letters that end a word are no sign."""

from __future__ import annotations

import re

import pytest

from workbench.extract.currencies import (
    CURRENCIES,
    CURRENCY_AFTER,
    CURRENCY_NAMES,
    currency_sign,
    currency_unit,
)
from workbench.extract.french import money
from workbench.vocabulary import CURRENCY_WORDS


@pytest.mark.parametrize(
    ("before", "text", "unit", "lone"),
    [
        ("the fund paid Rs. ", "Rs. ", "rupees", False),
        ("a bounty of ₦", "₦", "NGN", False),
        ("traders lost KShs.", "KShs.", "KES", False),
        ("relief worth THB ", "THB ", "THB", False),
        ("a reward of N", "N", "NGN", True),
        ("a ransom of P", "P", "PHP", True),
    ],
)
def test_a_sign_gives_its_unit(before: str, text: str, unit: str, lone: bool) -> None:
    sign = currency_sign(before)
    assert sign is not None
    assert (sign.text, sign.unit, sign.lone) == (text, unit, lone)


@pytest.mark.parametrize("before", ["along the road to ", "the GDP", "in section N1 ", "Rs"])
def test_no_sign_no_unit(before: str) -> None:
    assert currency_sign(before + "x") is None


def test_every_name_is_read_after_a_figure() -> None:
    """A currency a nationality names ("Kenyan shillings") is one the reader reads."""
    for name in CURRENCY_NAMES.split("|"):
        word = name.rstrip("?")
        assert CURRENCY_AFTER.match(" " + word) or CURRENCY_AFTER.match(f" {word}s"), word
    assert {g for g, _, _ in CURRENCIES} == set(CURRENCY_AFTER.groupindex)


def test_every_unit_is_a_code_or_a_word() -> None:
    """English and French groups name their unit the same way (`currency_unit`)."""
    groups = set(CURRENCY_AFTER.groupindex) | set(money._AFTER.groupindex)
    for group in groups | set(money._BEFORE.groupindex):
        unit = currency_unit(group)
        assert re.fullmatch("[A-Z]{3}", unit) or unit in CURRENCY_WORDS, unit
