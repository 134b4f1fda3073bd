"""'Lynched to death' as the other harms 'to death' are read (victim_verbs.MORE_TO_DEATH):
"A mob lynched to death a mentally ill man" (acled-w study: no claim). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text


def _killed(text: str) -> list[float | None]:
    claims = extract_claims(document_from_text("n.txt", text))
    return [c.low for c in claims if c.category == "killed"]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("A mob lynched to death a mentally ill man accused of theft in Bukavu.", 1),
        ("Residents lynched to death two suspected kidnappers near Kaduna.", 2),
        ("Three suspected thieves were mobbed to death at a market in Onitsha.", 3),
    ],
)
def test_lynched_to_death_is_a_death(text: str, dead: int) -> None:
    assert _killed(text) == [dead]


def test_lynched_to_death_of_no_one_counted_is_no_claim() -> None:
    assert _killed("Residents threatened to lynch to death anyone caught stealing.") == []
