"""Shared helpers: extract claims from a text written for a test, make a claim by
hand, build a database as an older version of Workbench left it."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlite_utils import Database

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Claim
from workbench.store import migrations


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


def database_before(path: object, migration: str, **claim: object) -> Database:
    """A database made by the migrations before `migration`, holding one document
    (x.txt), one voice and the claim "12 killed near Gao", with the older
    columns `claim` names set; the caller commits what it adds and closes it."""
    old = Database(path)
    migrations.apply(old, stop_before=migration)
    old.execute(
        "INSERT INTO documents (path, name, sha256, format, text, loaded_at)"
        " VALUES ('x.txt', 'x.txt', 'abc', 'txt', 't', 'now')"
    )
    old.execute("INSERT INTO voices (key, name, kind) VALUES ('outlet:x', 'X', 'outlet')")
    row = {
        "document_id": 1,
        "voice_id": 1,
        "start": 0,
        "end": 5,
        "text": "12 killed near Gao",
        "sentence": "s",
        "category": "killed",
        "qualifier": "exact",
        "section": "paragraph",
        **claim,
    }
    columns = ", ".join(f'"{name}"' for name in row)
    marks = ", ".join("?" for _ in row)
    old.execute(f"INSERT INTO claims ({columns}) VALUES ({marks})", list(row.values()))
    old.conn.commit()
    return old


def only_claim(text: str, published: dt.date | None = None) -> Claim:
    """The single claim in `text`; fails the test if there is not exactly one."""
    found = claims_in(text, published)
    assert len(found) == 1, [c.text for c in found]
    return found[0]


@pytest.fixture
def extract():
    return claims_in
