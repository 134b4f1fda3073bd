"""Kinds found by paraphrasing real reports (session 41), on sentences written for the
tests: a part of a toll told after the verb ("Among those killed were four children")."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.match.parts import is_part


def read(text: str) -> list[tuple[str, float | None, str]]:
    doc = document_from_text("report.txt", text)
    doc = doc.model_copy(update={"published": dt.date(2022, 9, 14)})
    return [(c.category.value, c.value, c.text) for c in extract_claims(doc)]


@pytest.mark.parametrize(
    ("text", "category", "values"),
    [
        ("Among those killed were four children and two women.", "killed", [4, 2]),
        ("Among the injured were three policemen.", "wounded", [3]),
        ("Among the 30 dead were five soldiers.", "killed", [30, 5]),
        ("Amongst the victims was one journalist.", "killed", [1]),
        ("Among those abducted were 12 schoolgirls.", "kidnapped", [12]),
    ],
)
def test_a_part_told_after_among_the_dead_is_a_part_of_that_fate(text, category, values):
    claims = read(text)
    assert [c for c, _, _ in claims] == [category] * len(values)
    assert [v for _, v, _ in claims] == values
    parts = [t for _, v, t in claims if v != 30]
    assert all(is_part(t, text, category) for t in parts)


def test_a_toll_named_among_is_no_part():
    # "among" of a place, not of the dead: a toll of its own
    claims = read("Among the villages attacked was Dala, where 12 people were killed.")
    assert [(c, v) for c, v, _ in claims] == [("killed", 12)]
    assert not is_part(
        claims[0][2], "Among the villages attacked was Dala, where 12 people were killed.", "killed"
    )


def test_a_part_does_not_change_the_toll_category_of_soldiers_elsewhere():
    claims = read("Gunmen killed 7 soldiers. Three policemen were wounded.")
    assert [(c, v) for c, v, _ in claims] == [("killed", 7), ("wounded", 3)]
