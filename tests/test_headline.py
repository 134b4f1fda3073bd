"""A claim's headline in plain words (workbench/export/headline.py), over many shapes
of claim: figures exact, bounded, ranged and vague; with and without a place or a
date; relation words; approximate and partial dates; hedged, denying and judged
claims; killed, wounded, displaced, kidnapped, money, distance and duration."""

from __future__ import annotations

import pytest

from workbench.export.headline import date_words, headline, number_words, place_words
from workbench.rows import ClaimRow

BASE = ClaimRow(
    id=1,
    source="a.txt",
    document_id=1,
    voice_id=1,
    voice="the army",
    voice_grade=None,
    start=0,
    end=10,
    text="24 soldiers",
    sentence="24 soldiers were killed.",
    category="killed",
    value=24,
    low=24,
    high=24,
    qualifier="exact",
    unit=None,
    subject="soldiers",
    actor=None,
    location=None,
    date=None,
    date_text=None,
    attribution=None,
    hedged=0,
    denies=0,
    country=None,
    section="body",
    comment=None,
    commenter=None,
    scope="incident",
    period=None,
    origin=None,
    place=None,
    earlier_figure=0,
    status="unreviewed",
    note=None,
    analyst=None,
    decided_at=None,
    stale_reason=None,
)


def claim(**fields: object) -> ClaimRow:
    return BASE._replace(**fields)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        # the issue's own example: a hedged figure, a relation word, an approximate date
        (
            {"location": "north of Kidal", "date_text": "around February 5", "hedged": 1},
            "24 killed (soldiers) north of Kidal, around 5 February; hedged",
        ),
        ({}, "24 killed (soldiers)"),  # no place, no date
        ({"subject": None}, "24 killed"),
        ({"location": "Kidal"}, "24 killed (soldiers) in Kidal"),
        (
            {"date": "2013-02-05", "date_text": "February 5"},
            "24 killed (soldiers), 5 February 2013",
        ),
        (
            {"location": "near Gao", "date": "2013-02-05", "date_text": "around February 5"},
            "24 killed (soldiers) near Gao, around 5 February 2013",
        ),
        (
            {"location": "between Douentza and Gao", "date_text": "February 6"},
            "24 killed (soldiers) between Douentza and Gao, 6 February",
        ),
        (
            {"location": "road linking Kidal, Anefis and North Darane"},
            "24 killed (soldiers) on the road linking Kidal, Anefis and North Darane",
        ),
        ({"location": "outside Bamako"}, "24 killed (soldiers) outside Bamako"),
        ({"location": "south-west of Gao"}, "24 killed (soldiers) south-west of Gao"),
        ({"location": "Northern Mali"}, "24 killed (soldiers) in Northern Mali"),
        (
            {"qualifier": "range", "value": None, "low": 20, "high": 30},
            "between 20 and 30 killed (soldiers)",
        ),
        ({"qualifier": "at_least", "high": None}, "at least 24 killed (soldiers)"),
        ({"qualifier": "more_than"}, "more than 24 killed (soldiers)"),
        ({"qualifier": "up_to", "low": None}, "up to 24 killed (soldiers)"),
        ({"qualifier": "nearly"}, "nearly 24 killed (soldiers)"),
        ({"qualifier": "about"}, "about 24 killed (soldiers)"),
        (
            {"qualifier": "vague:dozens", "value": None, "low": 24, "high": 99},
            "dozens killed (soldiers)",
        ),
        (
            {"value": None, "low": None, "high": None, "qualifier": ""},
            "an unknown number killed (soldiers)",
        ),
        ({"category": "wounded", "value": 5}, "5 wounded (soldiers)"),
        (
            {"category": "displaced", "value": 230_000, "subject": "people", "location": "Mali"},
            "230,000 displaced (people) in Mali",
        ),
        (
            {"category": "displaced", "value": 1_500_000, "subject": "people"},
            "1.5 million displaced (people)",
        ),
        ({"category": "killed", "value": 1_234_567, "subject": None}, "1,234,567 killed"),
        ({"category": "kidnapped", "value": 3, "subject": "hostages"}, "3 kidnapped (hostages)"),
        ({"category": "refugees", "value": 1, "subject": None}, "1 refugee"),
        (
            {"category": "troops", "qualifier": "vague:thousands", "value": None, "subject": None},
            "thousands of troops",
        ),
        (
            {"category": "troops", "qualifier": "vague:several", "value": None, "subject": None},
            "several troops",
        ),
        ({"category": "attacks", "value": 2, "subject": "attacks"}, "2 attacks"),
        (
            {
                "category": "money",
                "value": 1_800_000_000,
                "qualifier": "more_than",
                "unit": "USD",
                "subject": "aid",
                "location": "Sahel region",
                "date_text": "the past six years",
            },
            "more than USD 1.8 billion (money: aid) in Sahel region, the past six years",
        ),
        (
            {"category": "distance", "value": 150, "unit": "mi", "subject": None},
            "150 miles (distance)",
        ),
        (
            {"category": "duration", "value": 10, "qualifier": "about", "unit": "month"},
            "about 10 months (duration: soldiers)",
        ),
        (
            {"category": "duration", "value": 1, "unit": "year", "subject": None},
            "1 year (duration)",
        ),
        # what the reader must weigh, after a semicolon
        ({"denies": 1}, "24 killed (soldiers); denies the story"),
        ({"hedged": 1, "denies": 1}, "24 killed (soldiers); hedged, denies the story"),
    ],
)
def test_headline_reads_as_plain_words(fields: dict[str, object], expected: str) -> None:
    assert headline(claim(**fields)) == expected


def test_the_verdict_is_added_where_asked_and_only_for_a_reviewed_claim() -> None:
    disputed = claim(hedged=1, status="disputed", location="Gao")
    assert headline(disputed, verdict=True) == "24 killed (soldiers) in Gao; hedged, disputed"
    assert headline(disputed) == "24 killed (soldiers) in Gao; hedged"
    assert headline(claim(status="false"), verdict=True) == "24 killed (soldiers); false"
    assert headline(claim(), verdict=True) == "24 killed (soldiers)"


def test_no_headline_has_the_old_placeholders() -> None:
    """The old line read "24 ? killed ... at north of ... on around ...": no stray
    question mark, no "at" before a relation word, no "on" before a date's words."""
    line = headline(claim(location="north of Kidal", date_text="around February 5", hedged=1))
    assert " ? " not in line and "at north" not in line and "on around" not in line


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        ("2013-02-05", None, "5 February 2013"),
        ("2013-02", "February", "February 2013"),
        ("2013", "2013", "2013"),
        ("2013-02", "early February", "early February 2013"),
        ("2013-07", "late July", "late July 2013"),
        ("2013-02-05", "about February 5", "around 5 February 2013"),
        ("2013-02-04/2013-02-06", "February 4 to 6", "4 to 6 February 2013"),
        ("2013-02-03/2013-02-07", "around February 5", "around 5 February 2013"),
        ("2013-02", "around February", "around February 2013"),
        ("2013-02-28/2013-03-02", None, "28 February 2013 to 2 March 2013"),
        ("2013-02/2013-03", None, "February to March 2013"),
        ("2012/2013", None, "2012 to 2013"),
        (None, "around February 5", "around 5 February"),
        (None, "January 30th", "30 January"),
        (None, "this weekend", "this weekend"),
        (None, "Tuesday", "Tuesday"),
        (None, None, ""),
        ("not iso", None, "not iso"),
    ],
)
def test_dates_in_words(date: str | None, text: str | None, expected: str) -> None:
    assert date_words(date, text) == expected


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        (None, ""),
        ("  ", ""),
        ("Kidal", "in Kidal"),
        ("near  Gao", "near Gao"),
        ("between Douentza and Gao", "between Douentza and Gao"),
        ("east of Gao", "east of Gao"),
        ("Nearby villages", "in Nearby villages"),
        ("highway to Gao", "on the highway to Gao"),
        # a French phrase keeps its own words; a name with an article is a name
        ("près de Bol", "près de Bol"),
        ("au nord de Kidal", "au nord de Kidal"),
        ("un village de l'État de Zamfara", "un village de l'État de Zamfara"),
        ("La Paz", "in La Paz"),
        ("Aubervilliers", "in Aubervilliers"),
    ],
)
def test_places_with_their_relation_words(location: str | None, expected: str) -> None:
    assert place_words(location) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (24, "24"),
        (230_000, "230,000"),
        (2_000_000, "2 million"),
        (1_800_000_000, "1.8 billion"),
        (1_234_567, "1,234,567"),
        (2.5, "2.5"),
    ],
)
def test_numbers_are_never_rounded(value: float, expected: str) -> None:
    assert number_words(value) == expected
