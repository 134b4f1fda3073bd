"""Dates a story tells from another of its dates ("the same night", "the day
before", "two days later") date a claim from the last day named before them, on
sentences written for the tests; words measuring from a thing they name ("the
day before the vote") date nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text

PUBLISHED = dt.date(2024, 6, 6)  # a Thursday
OPENING = "Gunmen attacked Gossi on Monday, killing four soldiers.\n"  # 3 June 2024


def dated(text: str) -> list[tuple[float | None, str | None, str | None]]:
    doc = document_from_text("story.txt", text).model_copy(update={"published": PUBLISHED})
    return [(c.value, c.date, c.date_text) for c in extract_claims(doc)]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The same night, 12 villagers were killed in Tessit.", "2024-06-03"),
        ("Later that day, five civilians were killed in Gao.", "2024-06-03"),
        ("That evening, two herders were killed near Ansongo.", "2024-06-03"),
        ("The day before, three herders were killed near Gao.", "2024-06-02"),
        ("On the previous night, seven traders were abducted near Menaka.", "2024-06-02"),
        ("The next morning, two more bodies were found.", "2024-06-04"),
        ("Five people died of their wounds the following day.", "2024-06-04"),
        ("Two days later, 30 families fled to Gao.", "2024-06-05"),
        ("A day later, six soldiers were wounded in Tessit.", "2024-06-04"),
    ],
)
def test_a_told_date_counts_from_the_last_day_named(sentence, day):
    opening, claim = dated(f"{OPENING}{sentence}\n")
    assert opening[1] == "2024-06-03"
    assert claim[1] == day
    assert claim[2] is not None and claim[2].lower() in sentence.lower()


def test_told_dates_follow_one_another():
    text = f"{OPENING}The next day, 12 villagers were killed. The same night, 3 more died.\n"
    assert [c[1] for c in dated(text)] == ["2024-06-03", "2024-06-04", "2024-06-04"]


def test_without_a_day_named_before_the_words_are_kept_unresolved():
    [claim] = dated("The same night, 12 villagers were killed in Tessit.\n")
    assert claim[1:] == (None, "The same night")


def test_a_month_is_no_day_to_count_from():
    [_, claim] = dated("In March, 40 pupils were seized. The next day, 3 guards were killed.\n")
    assert claim[1] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Four soldiers were killed the day before the vote.",
        "On the same day as the election, 3 people were killed.",
        "Six civilians were killed two days after the attack on the camp.",
        "Six civilians were killed three days after 20 prisoners escaped.",
        "The army said that night raids killed 12 fighters.",
        "The previous day's attack killed 9 traders.",
    ],
)
def test_words_that_count_from_a_thing_named_date_nothing(sentence):
    claim = dated(f"{OPENING}{sentence}\n")[1]
    assert claim[1:] == (None, None)


def test_a_date_named_in_the_sentence_is_kept_over_the_same_day():
    text = "On 23 February 2022, fighters killed six soldiers on the same day.\n"
    assert dated(text) == [(6, "2022-02-23", "23 February 2022")]


def test_the_date_written_next_to_the_words_is_the_one_kept():
    text = f"{OPENING}Seven hostages were killed the following day, 5 June.\n"
    assert dated(text)[1][1:] == ("2024-06-05", "5 June")


# -- a statement's day is not the day of the event it refers back to ----------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The army said in a statement on Wednesday that six soldiers died in the attack.",
        "Officials told reporters on Wednesday that the ambush killed six soldiers.",
    ],
)
def test_a_statement_about_the_event_told_before_takes_its_day(sentence):
    opening, claim = dated(f"{OPENING}{sentence}\n")
    assert claim[1] == opening[1] == "2024-06-03"


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # a statement that ties back to nothing: its day is the best there is
        ("The army said on Wednesday that six soldiers died in Tessit.", "2024-06-05"),
        # the event's own day wins over the statement's
        (
            "The army said on Wednesday that six soldiers died in the attack on Tuesday.",
            "2024-06-04",
        ),
    ],
)
def test_a_statement_date_otherwise(sentence, day):
    _, claim = dated(f"{OPENING}{sentence}\n")
    assert claim[1] == day


def test_a_statement_of_the_toll_takes_the_event_s_day():
    text = f"{OPENING}The toll is 6: 4 soldiers and 2 civilians, the minister said on Wednesday.\n"
    assert {day for _, day, _ in dated(text)} == {"2024-06-03"}
