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


@pytest.mark.parametrize(
    ("text", "date", "period"),
    [
        (
            "The raids this week bring to more than 300 the number of civilians killed in "
            "Yobe State since the start of the year, the monitor said.",
            "2022-01-01/2022-09-14",
            "since the start of the year",
        ),
        (
            "More than 300 civilians have been killed so far this year.",
            "2022-01-01/2022-09-14",
            "so far this year",
        ),
        (
            "More than 300 civilians have been killed since March.",
            "2022-03-01/2022-09-14",
            "since March",
        ),
        (
            "The conflict has killed 40,000 people since 2011.",
            "2011-01-01/2022-09-14",
            "since 2011",
        ),
    ],
)
def test_a_running_total_is_dated_by_its_period(text, date, period):
    doc = document_from_text("report.txt", text)
    doc = doc.model_copy(update={"published": dt.date(2022, 9, 14)})
    (claim,) = extract_claims(doc)
    assert (claim.scope, claim.period, claim.date) == ("cumulative", period, date)


def test_a_period_of_no_date_keeps_no_date():
    doc = document_from_text("report.txt", "More than 20,000 have died in two years of war.")
    (claim,) = extract_claims(doc.model_copy(update={"published": dt.date(2022, 9, 14)}))
    assert (claim.scope, claim.date) == ("cumulative", None)


def test_an_undated_headline_takes_the_day_its_story_tells_its_number_at():
    text = (
        "Gunmen kill 12 in attack on Nigerian market town\n\n"
        "Gunmen killed 12 people in an attack on the town of Bama on Thursday, the army "
        "said.\n"
    )
    doc = document_from_text("report.txt", text)
    claims = extract_claims(doc.model_copy(update={"published": dt.date(2022, 9, 16)}))
    assert [(c.section.value, c.value, c.date) for c in claims] == [
        ("title", 12, "2022-09-15"),
        ("paragraph", 12, "2022-09-15"),
    ]


def test_a_headline_placed_by_its_dateline_takes_its_storys_place():
    text = (
        "Gunmen kill 20 in attack on Nigerian village, army says\n\n"
        "DAMBOA, Nigeria (Wire) - Gunmen killed at least 20 civilians in an attack on the "
        "village of Sabon Gari on Monday, the army said.\n"
    )
    doc = document_from_text("report.txt", text)
    claims = extract_claims(doc.model_copy(update={"published": dt.date(2022, 9, 14)}))
    assert [c.location for c in claims] == ["Sabon Gari", "Sabon Gari"]


def test_a_headline_naming_its_own_place_keeps_it():
    text = "Boko Haram kills 37 in Cameroon\n\nBoko Haram killed 37 people in Darak on Monday.\n"
    doc = document_from_text("report.txt", text)
    claims = extract_claims(doc.model_copy(update={"published": dt.date(2022, 9, 14)}))
    assert [c.location for c in claims] == ["Cameroon", "Darak"]


def test_a_french_running_total_is_dated_by_its_period():
    doc = document_from_text("rapport.txt", "Plus de 300 civils ont été tués depuis le 3 mars.")
    doc = doc.model_copy(update={"published": dt.date(2022, 9, 14), "language": "fr"})
    (claim,) = extract_claims(doc)
    assert (claim.scope, claim.date) == ("cumulative", "2022-03-03/2022-09-14")
