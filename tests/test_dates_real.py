"""Dates as news text gives them: relative words seen from the publication day, and
which of a sentence's dates dates a claim (`pick_date`). Sentences written for the
tests."""

import calendar
import datetime as dt

import pytest

from workbench.extract.dates import find_dates

WEEK = [dt.date(2022, 5, 2) + dt.timedelta(days=i) for i in range(7)]  # Monday .. Sunday


def resolved(text: str, published: dt.date) -> list[tuple[str, str | None]]:
    """Each date in `text` as (words, ISO date)."""
    return [(d.text, d.iso) for d in find_dates(text, published)]


def only_day(text: str, published: dt.date) -> dt.date:
    (mention,) = find_dates(text, published)
    assert mention.first is not None and mention.first == mention.last
    return mention.first


# -- rule 1: relative words resolve from the publication day ------------------


@pytest.mark.parametrize("published", WEEK)
@pytest.mark.parametrize("day", list(calendar.day_name))
def test_weekday_words_from_every_publication_day(published, day):
    named = list(calendar.day_name).index(day)
    plain = only_day(f"Troops arrived on {day}.", published)
    last = only_day(f"Troops arrived last {day}.", published)
    past = only_day(f"Troops arrived this past {day}.", published)
    following = only_day(f"Troops leave next {day}.", published)
    this = only_day(f"Troops leave this {day}.", published)
    week_before = only_day(f"Troops arrived on {day} last week.", published)
    for date in (plain, last, past, following, this, week_before):
        assert date.weekday() == named
    assert 0 <= (published - plain).days <= 6  # the day itself counts
    assert 1 <= (published - last).days <= 7  # never the day itself
    assert past == last
    assert 1 <= (following - published).days <= 7
    assert this.isocalendar()[:2] == published.isocalendar()[:2]
    assert (published.isocalendar().week - week_before.isocalendar().week) % 52 == 1


def test_last_weekday_on_that_weekday_is_a_week_back():
    wednesday = dt.date(2019, 7, 17)
    assert only_day("Gunmen struck last Wednesday.", wednesday) == dt.date(2019, 7, 10)
    assert only_day("Gunmen struck on Wednesday.", wednesday) == wednesday
    assert only_day("Gunmen struck Last Wednesday.", wednesday) == dt.date(2019, 7, 10)


def test_last_weekday_the_day_after_is_the_day_before():
    sunday = dt.date(2019, 7, 21)
    assert only_day("Gunmen struck last Saturday.", sunday) == dt.date(2019, 7, 20)


def test_a_weekday_with_a_part_of_the_day_is_that_day():
    thursday = dt.date(2020, 1, 9)
    assert resolved("Shelling began Wednesday night.", thursday) == [("Wednesday", "2020-01-08")]
    assert resolved("It ended late Thursday.", thursday) == [("late Thursday", "2020-01-09")]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("fighting overnight Saturday to Sunday", "2020-01-04/2020-01-05"),
        ("fighting from Saturday night into Sunday", "2020-01-04/2020-01-05"),
        ("protests on Monday and Tuesday", "2020-01-06/2020-01-07"),
        ("strikes from Wednesday to Sunday", "2020-01-01/2020-01-05"),
        ("shelling Sunday-Tuesday", "2020-01-05/2020-01-07"),
    ],
)
def test_a_span_of_weekdays_is_one_interval_read_forwards(text, iso):
    assert [m.iso for m in find_dates(text, dt.date(2020, 1, 7))] == [iso]  # a Tuesday


def test_overnight_into_the_publication_day_does_not_wrap_a_week():
    monday = dt.date(2023, 6, 12)
    assert [m.iso for m in find_dates("overnight Sunday to Monday", monday)] == [
        "2023-06-11/2023-06-12"
    ]
    sunday = dt.date(2023, 6, 11)
    assert [m.iso for m in find_dates("clashes Saturday night into Sunday", sunday)] == [
        "2023-06-10/2023-06-11"
    ]


@pytest.mark.parametrize(
    ("text", "published", "iso"),
    [
        # "last weekend" on a weekday is the one just over
        ("raids last weekend", dt.date(2021, 8, 3), "2021-07-31/2021-08-01"),
        # ... and on a weekend day the one before
        ("raids last weekend", dt.date(2021, 8, 7), "2021-07-31/2021-08-01"),
        ("raids last weekend", dt.date(2021, 8, 8), "2021-07-31/2021-08-01"),
        ("raids this past weekend", dt.date(2021, 8, 2), "2021-07-31/2021-08-01"),
        ("talks next weekend", dt.date(2021, 8, 3), "2021-08-07/2021-08-08"),
        ("talks next week", dt.date(2021, 8, 3), "2021-08-09/2021-08-15"),
        ("talks next month", dt.date(2021, 12, 3), "2022-01"),
        ("a vote next year", dt.date(2021, 8, 3), "2022"),
        ("killed the day before yesterday", dt.date(2021, 3, 1), "2021-02-27"),
        ("a vote tomorrow", dt.date(2021, 12, 31), "2022-01-01"),
        ("shelled overnight", dt.date(2021, 3, 1), "2021-02-28/2021-03-01"),
        ("seized a fortnight ago", dt.date(2021, 3, 1), "2021-02-15"),
        ("over the past two weeks", dt.date(2021, 3, 15), "2021-03-01/2021-03-15"),
        ("in the last week", dt.date(2021, 3, 15), "2021-03-08/2021-03-15"),
    ],
)
def test_relative_words(text, published, iso):
    assert [m.iso for m in find_dates(text, published)] == [iso]


@pytest.mark.parametrize(
    ("text", "published", "iso"),
    [
        ("attacked last March", dt.date(2021, 8, 3), "2021-03"),
        ("attacked last March", dt.date(2021, 3, 20), "2020-03"),  # in March: a year back
        ("attacked last August", dt.date(2021, 3, 20), "2020-08"),
        ("elections next June", dt.date(2021, 8, 3), "2022-06"),
        ("attacked in June last year", dt.date(2021, 8, 3), "2020-06"),
        ("attacked on 4 June last year", dt.date(2021, 8, 3), "2020-06-04"),
        ("attacked on June 4 this year", dt.date(2021, 8, 3), "2021-06-04"),
    ],
)
def test_months_named_relative_to_the_article(text, published, iso):
    assert [m.iso for m in find_dates(text, published)] == [iso]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("In 2016, militants seized the town.", "2016"),
        ("Since April, the road has been closed.", "2021-04"),
        ("Until 2015 the base was French.", "2015"),
        ("Early July saw heavy rain.", "2021-07"),
    ],
)
def test_a_capitalised_preposition_opening_a_sentence(text, iso):
    assert [m.iso for m in find_dates(text, dt.date(2021, 8, 3))] == [iso]


def test_what_is_not_relative_to_the_article():
    published = dt.date(2021, 8, 3)
    # the last week of a month, the next week of a story: not from the article's day
    assert find_dates("in the last week of May", published) == []
    assert find_dates("over the next week the toll rose", published) == []
    # an absolute date after "last" is the absolute date
    assert resolved("on Friday, July 30", published) == [("Friday, July 30", "2021-07-30")]
    assert [m.iso for m in find_dates("last Friday, July 23", published)] == ["2021-07-23"]
    # without the article's date nothing relative resolves
    assert [m.iso for m in find_dates("last Tuesday", None)] == [None]
