"""The missing found again (extract/found_again.py): a count of the missing its own
clause tells found alive, rescued or freed is no count of the missing; found dead, a
count of the killed. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text

_DAY = dt.date(2026, 11, 24)


def _read(text: str) -> list[tuple[str, float | None]]:
    doc = document_from_text("r.txt", text)
    french = any(w in text for w in (" été ", " sont ", " selon "))
    doc = doc.model_copy(update={"language": "fr" if french else "en", "published": _DAY})
    claims = extract_claims(doc)
    return [(str(c.category), c.low) for c in claims]


@pytest.mark.parametrize(
    "text",
    [
        "The two passengers missing after Sunday's blast have been found alive, the army said.",
        "The 12 missing miners were rescued on Friday, the company said.",
        "Three of the missing students have since been found safe, police said.",
        "The four fishermen reported missing on Monday have all returned home.",
        "Les deux passagers portés disparus ont été retrouvés vivants, selon l'armée.",
        "Les cinq humanitaires disparus ont finalement été libérés, a annoncé l'ONG.",
    ],
)
def test_the_missing_found_alive_are_no_count_of_the_missing(text: str) -> None:
    assert not [c for c in _read(text) if c[0] == "missing"], _read(text)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("The two missing fishermen were found dead on Tuesday, police said.", 2),
        ("An aid worker went missing and was later found dead in Lui.", 1),
        ("Les trois pêcheurs disparus ont été retrouvés morts, selon la gendarmerie.", 3),
    ],
)
def test_the_missing_found_dead_are_killed(text: str, dead: int) -> None:
    assert ("killed", dead) in _read(text), _read(text)
    assert not [c for c in _read(text) if c[0] == "missing"]


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        ("Two passengers are still missing, the army said.", 2),
        ("Two passengers are still missing after three were found alive.", 2),
        # the car was found, not the family
        ("His wife and two children have been missing since the diplomat's car was found.", 2),
        ("Five people were missing after their boat was found capsized off Dakar.", 5),
        ("Deux passagers sont toujours portés disparus, selon l'armée.", 2),
    ],
)
def test_the_missing_stay_missing_where_something_else_was_found(text: str, missing: int) -> None:
    assert ("missing", missing) in _read(text), _read(text)
