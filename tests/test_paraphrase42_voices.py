"""A voice that claims a hedged figure (issue 13, paraphrase robustness): "residents
claim up to 20 died", "locals claim nearly 30 were killed" name their voice as "claim
20" does, so that a toll keeps the lower of two voices' figures. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Category


@pytest.mark.parametrize(
    "text, voice",
    [
        ("Gunmen raided Wukari, though residents claim up to 20 died.", "residents"),
        ("Gunmen raided Wukari; locals claim nearly 30 were killed.", "locals"),
        ("Gunmen raided Wukari. Youths claim as many as 12 died.", "Youths"),
        ("Gunmen raided Wukari. Residents claim 20 died.", "Residents"),
    ],
)
def test_claimed_hedged_figure_has_its_voice(text: str, voice: str) -> None:
    claims = extract_claims(document_from_text("x.txt", text))
    [claim] = [c for c in claims if c.category is Category.KILLED]
    assert claim.attribution == voice


def test_a_claim_noun_is_no_voice() -> None:
    text = "The claims of up to 20 dead in Wukari in 2016 were never confirmed."
    claims = extract_claims(document_from_text("x.txt", text))
    assert all(c.attribution is None for c in claims)
