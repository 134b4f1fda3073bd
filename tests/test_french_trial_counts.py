"""French count kinds a trial found on reports in no set (issue 18), on sentences
written for the tests: some people, counted by "certains"/"certaines" (2..9, as
"plusieurs" from two), a vague count of those a fate befell."""

from __future__ import annotations

import datetime as dt

from workbench.extract import extract_claims
from workbench.ingest import document_from_text


def figures(text: str) -> list[tuple[str, int | None, int | None, str]]:
    doc = document_from_text("fr.txt", text).model_copy(
        update={"language": "fr", "published": dt.date(2024, 6, 12)}
    )
    return [(c.category.value, c.low, c.high, c.qualifier) for c in extract_claims(doc)]


def test_some_people_a_fate_befell() -> None:
    assert figures("Au village de Kibua, certains élèves ont été enlevés par les assaillants.") == [
        ("kidnapped", 2, 9, "vague:certains")
    ]
    assert figures("Certaines femmes ont été tuées dans leurs champs près de Tora.") == [
        ("killed", 2, 9, "vague:certaines")
    ]


def test_some_without_a_fate_counts_nothing() -> None:
    # negatives: an opinion, some of those counted before, a voice
    assert figures("Certains observateurs estiment que la situation reste calme.") == []
    assert figures("Douze civils ont été enlevés; certains d'entre eux ont été libérés.") == [
        ("kidnapped", 12, 12, "exact")
    ]
    assert figures("Certains médias parlent de 20 morts à Tora.") == [("killed", 20, 20, "exact")]
