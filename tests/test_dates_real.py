"""Dates as news text gives them: relative words seen from the publication day, and
which of a sentence's dates dates a claim (`pick_date`). Sentences written for the
tests."""

import calendar
import datetime as dt

import pytest

from workbench.extract.date_context import states
from workbench.extract.dates import find_dates, pick_date
from workbench.extract.sentences import split_clauses

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


# -- which of a sentence's dates dates a claim: pick_date -----------------------

PUBLISHED = dt.date(2022, 9, 17)  # a Saturday


def pick(sentence: str, claim: str, before: str = "") -> str | None:
    """The words of the date `pick_date` gives the claim `claim` (its first
    occurrence) in `sentence`, which follows `before` in the text; the clause is
    the one `split_clauses` gives, as in the pipeline."""
    text = before + sentence
    start = text.index(claim, len(before))
    end = start + len(claim)
    first, last = len(before), len(text)
    clause = next(c for c in split_clauses(text, first, last) if c[0] <= start < c[1])
    found = find_dates(text, PUBLISHED)  # the whole text's: the sentence's are picked
    date = pick_date(found, text, clause[0], clause[1], start, end, first, last)
    return date.text if date else None


@pytest.mark.parametrize(
    ("sentence", "claim", "date"),
    [
        # a date in a relative clause the claim is not in does not date it
        ("Rebels killed 9 herders near Menaka, which was shelled in 2017.", "9 herders", None),
        ("The village, which rebels burned in 2016, lost 14 residents on Sunday.", "14", "Sunday"),
        ("The convoy, whose escort was ambushed in 2020, carried 60 tonnes.", "60 tonnes", None),
        (
            "Residents said 200 families returned to the camp where raiders abducted 25 women "
            "in May.",
            "200 families",
            None,
        ),
        (
            "The camp where raiders abducted 25 women in May reopened on Sunday to 200 families.",
            "200 families",
            "Sunday",
        ),
        # ... but it dates the claims inside it
        (
            "Residents said 200 families returned to the camp where raiders abducted 25 women "
            "in May.",
            "25 women",
            "in May",
        ),
        (
            "The camp where raiders abducted 25 women in May reopened on Sunday to 200 families.",
            "25 women",
            "in May",
        ),
        (
            "The militia, which has displaced 4,000 people since 2019, burned 30 huts on Friday.",
            "4,000 people",
            "since 2019",
        ),
        (
            "The militia, which has displaced 4,000 people since 2019, burned 30 huts on Friday.",
            "30 huts",
            "Friday",
        ),
        # a clause on the claim's own noun that says what befell it is the claim's
        (
            "The remains of 8 miners, who were abducted on Tuesday, were found on Friday.",
            "8",
            "Tuesday",
        ),
        (
            "Two engineers (who were seized in April) were freed on Monday.",
            "Two engineers",
            "in April",
        ),
        ("The toll rose to 31, the number of people who died on Thursday.", "31", "Thursday"),
        # ... not one that tells of something else
        ("Soldiers shot 5 smugglers, who had crossed the border in June.", "5 smugglers", None),
        # a clause that only says when the event before the claim happened dates it
        ("The raid, which took place on Thursday, left 6 guards dead.", "6 guards", "Thursday"),
        # ... not when it follows the claim and speaks of another event
        (
            "Six people died in reprisals for the massacre at Gao, which occurred in 2012.",
            "Six people",
            None,
        ),
        # "who" after "unclear" asks a question: no relative clause
        ("It is not known who abducted the 7 pupils on Wednesday.", "7 pupils", "Wednesday"),
        # negatives: the claim's own clause keeps its date
        (
            "In 2018, gunmen killed 22 villagers in Kidal, which had been attacked in 2012.",
            "22 villagers",
            "In 2018",
        ),
        (
            "Soldiers killed 30 fighters in March near Gao, where the army has had a base "
            "since 2013.",
            "30 fighters",
            "in March",
        ),
        # a comma inside a date does not end the relative clause
        (
            "The town, which was attacked on March 3, 2019, lost 12 soldiers on Monday.",
            "12 soldiers",
            "Monday",
        ),
    ],
)
def test_a_relative_clause_dates_only_what_is_in_it(sentence, claim, date):
    assert pick(sentence, claim) == date


@pytest.mark.parametrize(
    ("sentence", "claim", "date"),
    [
        # the day of the statement gives way to the day of the event
        (
            "The ministry said on Thursday that 17 police officers were killed on Tuesday.",
            "17 police officers",
            "Tuesday",
        ),
        ("Officials on Friday put the toll from Wednesday's blast at 45.", "45", "Wednesday's"),
        (
            "In a statement on Saturday, the rebels said they killed 11 soldiers on Thursday.",
            "11 soldiers",
            "Thursday",
        ),
        (
            "Police told reporters on Sunday that 6 bodies were found on Friday.",
            "6 bodies",
            "Friday",
        ),
        ("A report released on Monday said 2,000 civilians died in 2021.", "2,000", "in 2021"),
        ("On Tuesday, the governor said 40 houses were burned on Sunday.", "40 houses", "Sunday"),
        (
            "Monday's statement said 9 soldiers were killed last Friday.",
            "9 soldiers",
            "last Friday",
        ),
        (
            "The army said late on Friday that 3 pilots died overnight Tuesday to Wednesday.",
            "3",
            ("Tuesday to Wednesday"),
        ),
        # ... also from another clause of the sentence
        (
            "Gunmen raided the market on Sunday, and 12 traders were killed, the mayor said on "
            "Tuesday.",
            "12 traders",
            "Sunday",
        ),
        # negatives: the statement's date is the best there is
        ("Twenty workers were kidnapped, the company said on Friday.", "Twenty workers", "Friday"),
        ("Seven soldiers died in the ambush, the army said Tuesday.", "Seven soldiers", "Tuesday"),
        # ... and a period is no event's date: it does not displace it
        (
            "The army said on Wednesday that 300 soldiers have been killed since March.",
            "300 soldiers",
            "Wednesday",
        ),
        # not statements: the event's own date, a possessive, "reported killed"
        ("Twelve soldiers were killed on Monday, officials said.", "Twelve soldiers", "Monday"),
        ("The army said Monday's attack killed 12 soldiers.", "12 soldiers", "Monday's"),
        ("12 soldiers were reported killed on Monday in Gao.", "12 soldiers", "Monday"),
        # a year in the claim's own clause beside a statement date
        ("The UN said on Friday that 900 people were displaced in 2021.", "900 people", "in 2021"),
    ],
)
def test_the_day_of_a_statement_is_not_the_day_of_the_event(sentence, claim, date):
    assert pick(sentence, claim) == date


def test_pick_date_reads_only_its_sentence_and_none_without_dates():
    before = "Talks failed on Friday. "
    assert pick("Gunmen killed 9 herders.", "9 herders", before) is None
    assert pick("Gunmen killed 9 herders on Sunday.", "9 herders", before) == "Sunday"
    text = "Gunmen killed 9 herders."
    assert pick_date([], text, 0, len(text), 14, 23, 0, len(text)) is None


def test_the_nearest_date_in_the_clause_wins_as_before():
    sentence = "On Monday 4 soldiers died; on Tuesday 7 civilians were killed."
    assert pick(sentence, "4 soldiers") == "Monday"
    assert pick(sentence, "7 civilians") == "Tuesday"


@pytest.mark.parametrize(
    ("sentence", "date", "said"),
    [
        ("The army said on Wednesday that 12 were killed.", "Wednesday", True),
        ("The army said Wednesday that 12 were killed.", "Wednesday", True),
        ("Police told AFP by telephone on Monday that 3 died.", "Monday", True),
        ("Officials on Thursday announced 30 arrests.", "Thursday", True),
        ("It was the United States in 2019 that sent 800 troops.", "in 2019", False),
        ("In March, gunmen said to be rebels killed 12.", "In March", False),
        ("Twelve were killed on Monday, officials said.", "Monday", False),
    ],
)
def test_statement_dates(sentence, date, said):
    start = sentence.index(date)
    assert states(sentence, 0, len(sentence), start, start + len(date)) is said
