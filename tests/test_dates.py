"""Date expressions resolved against a publication date."""

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.extract.dates import find_dates, find_published, iso_interval
from workbench.ingest import document_from_text

REF = dt.date(2021, 3, 18)  # a Thursday


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("on Tuesday", "2021-03-16"),
        ("on Thursday", "2021-03-18"),
        ("yesterday", "2021-03-17"),
        ("last month", "2021-02"),
        ("last year", "2020"),
        ("this year", "2021"),
        ("March 3", "2021-03-03"),
        ("3 March 2019", "2019-03-03"),
        ("December 30", "2020-12-30"),
        ("around March 10", "2021-03-08/2021-03-12"),
        ("in June, 2019", "2019-06"),
        ("since 2014", "2014"),
        ("two weeks ago", "2021-03-04"),
        ("last week", "2021-03-08/2021-03-14"),
    ],
)
def test_resolved(text, iso):
    mentions = find_dates(text, REF)
    assert mentions and mentions[0].iso == iso


def test_without_a_reference_only_absolute_dates_resolve():
    assert find_dates("on Tuesday", None)[0].iso is None
    assert find_dates("4 May 2016", None)[0].iso == "2016-05-04"


def test_may_the_verb_is_not_a_month():
    assert find_dates("May have been killed", REF) == []


def test_published_from_a_timestamp_line():
    text = "Headline\nPosted 9:15 AM GMT, Mon April 12, 2021\nBody text on Saturday."
    assert find_published(text) == dt.date(2021, 4, 12)


def test_iso_interval_shortens():
    assert iso_interval(dt.date(2020, 2, 1), dt.date(2020, 2, 29)) == "2020-02"
    assert iso_interval(dt.date(2020, 1, 1), dt.date(2020, 12, 31)) == "2020"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # a police statement's day, day first as most of the world writes it
        ("On 14/03/2021 at about 1505hrs", "2021-03-14"),
        ("on 7.2.2021", "2021-02-07"),
        # month first where only that makes a date
        ("on 03/14/2021", "2021-03-14"),
        # both make a date: the one on or nearest before the report's day
        ("on 03/02/2021", "2021-03-02"),
    ],
)
def test_a_day_written_in_numbers(text, iso):
    mentions = find_dates(text, REF)
    assert [m.iso for m in mentions] == [iso]


@pytest.mark.parametrize("text", ["a score of 3/4", "page 12/2021a", "on 45/13/2021"])
def test_numbers_that_make_no_day(text):
    assert [m.iso for m in find_dates(text, REF) if m.iso] == []


def test_a_time_of_day_after_the_lead_day_counts_nothing():
    """A lead that tells an attack's day and hour sets the scene for the toll after it
    (Zamfara trial, session 50: "On 19/12/2018 at about 1505hrs, ..." gave no day)."""
    for lead in ("On 14/03/2021 at about 1505hrs", "On March 14, 2021 at about 3pm"):
        doc = document_from_text(
            "statement.txt", f"{lead}, gunmen attacked Gusau. Five people were killed."
        )
        (claim,) = extract_claims(doc.model_copy(update={"published": REF}))
        assert claim.date == "2021-03-14"


def test_an_earlier_event_recalled_keeps_the_storys_day_for_the_counts_after_it():
    """Mogadishu trial, session 50: "two weeks ago" dated every later count."""
    text = (
        "An attack on a hotel in Kismayo ended on Sunday after 21 people were killed. "
        "Twin bombings in Kismayo two weeks ago killed more than 90 people. "
        '"So far 21 people died," a police officer said.'
    )
    doc = document_from_text("siege.txt", text)
    claims = extract_claims(doc.model_copy(update={"published": dt.date(2021, 3, 21)}))
    assert [c.date for c in claims] == ["2021-03-21", "2021-03-07", "2021-03-21"]
