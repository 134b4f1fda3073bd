"""A headline's toll that "reaches" or "hits" a figure ("Manbij car bomb death toll
reaches 52"), and an incident's toll told beside the running total it raises without
a comma ("The strike which killed 37 people raises the number of civilians killed
since the start of the campaign to about 800"): the incident's figure is one
incident's, its victims end before the verb. Sentences written for the tests, with
their negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Category


def _killed(text: str) -> list[tuple[int, str, str | None]]:
    doc = document_from_text("t.txt", text).model_copy(update={"published": dt.date(2017, 5, 9)})
    return [
        (int(c.low), str(c.scope.value), c.subject)
        for c in extract_claims(doc)
        if c.category is Category.KILLED and c.low is not None
    ]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Manbij car bomb death toll reaches 52", 52),
        ("Death toll in Manbij bombing hits 52: monitor", 52),
        ("Manbij blast toll reaches 52", 52),
        ("The death toll reached 52 on Tuesday, officials said.", 52),
    ],
)
def test_a_toll_that_reaches_a_figure(text: str, figure: int) -> None:
    assert [k[0] for k in _killed(text)] == [figure]


@pytest.mark.parametrize(
    "text",
    [
        "The storm hits 12 towns in the north",
        "Rebels reached 12 villages on Tuesday",
    ],
)
def test_reaching_or_hitting_places_is_no_toll(text: str) -> None:
    assert _killed(text) == []


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "The strike which killed 37 people raises the number of civilians killed since "
            "the start of the campaign to about 800",
            "people",
        ),
        (
            "The massacre which killed 37 villagers brings the number of dead since the start "
            "of the war to 2,000",
            "villagers",
        ),
    ],
)
def test_an_incident_beside_the_total_it_raises(text: str, subject: str) -> None:
    found = _killed(text)
    assert found[0] == (37, "incident", subject)


def test_a_total_since_a_start_stays_cumulative() -> None:
    text = "Air strikes have killed 800 civilians since the start of the war"
    assert _killed(text) == [(800, "cumulative", "civilians")]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a monitor's headline: the figure raised to, told before the number it is
        ("Shelling raises to 14 the number of civilians who were killed in Ariha", 14),
        ("More losses raise to about 14, the number of civilian casualties who were killed", 14),
        ("Raids bring to at least 14 the number of civilian martyrs who died in Ariha", 14),
        ("Shelling raises to 14 the number of people who died in Ariha", 14),
    ],
)
def test_a_figure_raised_to_told_before_its_number(text: str, figure: int) -> None:
    found = _killed(text)
    assert len(found) == 1 and found[0][0] in (figure, figure - 1, figure - 2)


@pytest.mark.parametrize(
    "text",
    [
        "Shelling raises to 14 the number of houses destroyed in Ariha",
        "Shelling raises to 14 the number of people who were injured in Ariha",
    ],
)
def test_a_figure_raised_to_of_no_dead(text: str) -> None:
    assert _killed(text) == []
