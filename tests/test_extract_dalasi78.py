"""The Gambia's dalasi (trial 78: "a reward of D50,000 (fifty thousand dalasis)" read as
50,000 troops, "50 000 dalasis" unread): by its word, English and French, and its code."""

from __future__ import annotations

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.service.fields import parse_field


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police offered a reward of 75,000 dalasis for information on the killers.", 75_000),
        ("The council paid 2 million Gambian dalasis to the flood victims.", 2_000_000),
        ("The government pledged GMD 3 million to the families in Brikama.", 3_000_000),
        ("La police a promis une récompense de 40 000 dalasis aux témoins.", 40_000),
    ],
)
def test_a_sum_in_dalasis_is_money_in_gmd(text, value):
    claims = extract_claims(document_from_text("a.txt", text))
    assert [(c.category.value, c.value, c.unit) for c in claims] == [("money", value, "GMD")]


@pytest.mark.parametrize("typed", ["dalasis", "dalasi", "GMD"])
def test_an_analyst_gives_the_dalasi_by_its_name_or_code(typed):
    assert parse_field("currency", typed) == "GMD"
