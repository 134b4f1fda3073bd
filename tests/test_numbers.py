"""Numbers, intervals and qualifiers, read on phrases written for the tests."""

import pytest

from workbench.extract.numbers import find_quantities, parse_number_words


def quantities(text: str):
    return [
        (text[q.start : q.end], q.value, q.low, q.high, q.qualifier, q.unit)
        for q in find_quantities(text, 0, len(text), [])
    ]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("twenty-four", 24),
        ("one hundred and twenty", 120),
        ("a dozen", 12),
        ("two thousand", 2000),
        ("three million", 3_000_000),
        ("ninety-nine", 99),
        ("a hundred", 100),
        ("eleven", 11),
    ],
)
def test_number_words(words, value):
    assert parse_number_words(words) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3,450 people", 3450),
        ("12,000,000 people", 12_000_000),
        ("2.5 million people", 2_500_000),
        ("$4.2-billion", 4_200_000_000),
        ("€30m", 30_000_000),
        ("£1.5bn", 1_500_000_000),
        ("seventy-two soldiers", 72),
        ("1.5 million refugees", 1_500_000),
    ],
)
def test_number_forms(text, value):
    assert quantities(text)[0][1] == value


@pytest.mark.parametrize(
    ("text", "low", "high", "qualifier"),
    [
        ("at least 14 people", 14, None, "at_least"),
        ("no fewer than 9 people", 9, None, "at_least"),
        ("more than 60 people", 60, None, "more_than"),
        ("over 600 people", 600, None, "more_than"),
        ("up to 5,000 troops", None, 5000, "up_to"),
        ("as many as 40 people", None, 40, "up_to"),
        ("nearly 90 people", None, 90, "nearly"),
        ("almost 90 people", None, 90, "nearly"),
        ("about 300 people", 270, 330, "about"),
        ("some 1,200 people", 1080, 1320, "about"),
        ("an estimated 50,000 people", 45000, 55000, "about"),
        ("around 10 people", 9, 11, "about"),
        ("between 30 and 45 people", 30, 45, "range"),
        ("between 7-15 casualties", 7, 15, "range"),
        ("between 0 - 2 fatalities", 0, 2, "range"),
        ("30-45 people", 30, 45, "range"),
        ("two or three people", 2, 3, "range"),
        ("several people", 3, 9, "vague:several"),
        ("dozens of people", 24, 99, "vague:dozens"),
        ("hundreds of people", 200, 999, "vague:hundreds"),
        ("thousands of people", 2000, 9999, "vague:thousands"),
        ("tens of thousands of people", 20000, 99999, "vague:tens-of-thousands"),
        ("17 people", 17, 17, "exact"),
        ("15 or more people", 15, None, "at_least"),
    ],
)
def test_intervals(text, low, high, qualifier):
    found = quantities(text)
    assert found, text
    _, _, got_low, got_high, got_qualifier, _ = found[0]
    assert (got_low, got_high, got_qualifier) == (low, high, qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "in 1998 the war began",
        "Until 1975, the town",
        "the AK-47 rifle",
        "an Airbus A320 landed",
        "a Boeing 777 landed",
        "12.7mm ammunition",
        "7.62-millimetre rounds",
        "(2) the road",
        "the 3rd battalion",
        "a 35-year-old man",
        "aged 41",
        "Fatima Diallo, 33, said",
        "at 10:45 on Monday",
        "@user42 wrote",
        "see https://example.org/2020/12/killed-40",
    ],
)
def test_not_quantities(text):
    assert quantities(text) == []


def test_conversion_in_brackets_is_not_a_second_figure():
    assert [q[0] for q in quantities("some 60 kilometres (37 miles) east")] == [
        "some 60 kilometres"
    ]


def test_time_units_are_durations_only_with_a_frame():
    assert quantities("the siege lasted 40 days")[0][5] == "day"
    assert quantities("for about eight months")[0][4] == "about"
    assert quantities("six weeks ago") == []
    assert quantities("in the past three years") == []
