"""French documents made for the extraction tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from workbench.extract import extract_claims, iter_claims
from workbench.extract.french.victims import read_sentence
from workbench.ingest import document_from_text, read_source
from workbench.models import Claim


def french_claims(text: str, published: dt.date = dt.date(2024, 5, 2)) -> list[Claim]:
    """The claims of a French document (language set, published on `published`)."""
    doc = document_from_text("fr.txt", text).model_copy(
        update={"language": "fr", "published": published}
    )
    return extract_claims(doc)


def claim_place(text: str, figure: str) -> str | None:
    """The place of the first claim of a French document whose words hold `figure`."""
    doc = document_from_text("fr.txt", text + "\n").model_copy(
        update={"language": "fr", "published": dt.date(2021, 3, 20)}
    )
    for claim in extract_claims(doc):
        if figure.lower() in doc.text[claim.start : claim.end].lower():
            return claim.location
    raise AssertionError(f"no claim holds {figure!r}")


def readings(text: str) -> list[tuple[str, object, object]]:
    """(category, low, high) of each French reading of the sentence `text`."""
    return [
        (r.category.value, r.quantity.low, r.quantity.high)
        for r in read_sentence(text, 0, len(text))
    ]


def page_claims(tmp_path: Path, text: str) -> list[Claim]:
    """The claims of `text` read as a page, as `workbench extract` reads a file."""
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return list(iter_claims(read_source(path)))
