"""Claims of English news sentences written for the tests, as a report published on
14 September 2022 (shared by the fresh-news kinds' tests)."""

from __future__ import annotations

import datetime as dt

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Category, Claim

REF = dt.date(2022, 9, 14)


def news_claims(text: str, published: dt.date = REF) -> list[Claim]:
    """The claims of `text`, published on `published`."""
    doc = document_from_text("t.txt", text).model_copy(update={"published": published})
    return extract_claims(doc)


def one_claim(text: str, category: Category = Category.KILLED) -> Claim:
    """The one claim of `category` in `text` (the test fails where there are more)."""
    found = [c for c in news_claims(text) if c.category is category]
    assert len(found) == 1, found
    return found[0]
