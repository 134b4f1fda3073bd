"""Shared helpers: extract claims from a text written for a test."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Claim


def claims_in(text: str, published: dt.date | None = None, fmt: str = "txt") -> list[Claim]:
    """The claims extracted from `text`, as if read from a file `test.txt`."""
    doc = document_from_text("test.txt", text, fmt)
    if published is not None:
        doc = doc.model_copy(update={"published": published})
    return extract_claims(doc)


def killed_claim(text: str, words: str, value: int, **fields: object) -> Claim:
    """A claim of `value` killed, made by hand for the first `words` in `text`, whose
    lines are its sentences; `fields` sets the rest (scope, attribution ...)."""
    start = text.index(words)
    line_start = text.rfind("\n", 0, start) + 1
    return Claim.model_validate(
        {
            "source": "toll.txt",
            "start": start,
            "end": start + len(words),
            "text": words,
            "sentence": text[line_start : text.index("\n", start)],
            "category": "killed",
            "value": value,
            "low": value,
            "high": value,
            "qualifier": "exact",
            **fields,
        }
    )


def only_claim(text: str, published: dt.date | None = None) -> Claim:
    """The single claim in `text`; fails the test if there is not exactly one."""
    found = claims_in(text, published)
    assert len(found) == 1, [c.text for c in found]
    return found[0]


@pytest.fixture
def extract():
    return claims_in
