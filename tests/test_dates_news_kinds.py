"""A lead dated only by its dateline ("MAPUTO, Aug 30 (NNN) —") takes the event's day
the next sentence tells, in its paragraph or the next ("... attacked on Tuesday"): the dateline
says when the story was filed. Sentences written for these tests; negatives
included."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import claims_in
from workbench.extract.dates import find_dates
from workbench.extract.page_days import dateline_dated, day_told_next, formula_line, note_day

FILED = dt.date(2021, 6, 18)  # a Friday


def first_date(text: str) -> str | None:
    """The date of the first claim of `text`, published on `FILED`."""
    return claims_in(text, FILED)[0].date


def test_a_lead_dated_by_its_dateline_takes_the_day_told_next():
    text = (
        "BEIRA, June 18 (XNA) — Seven miners have been killed by gunmen in Manica, a radio "
        "station says. The miners were ambushed near a river on Wednesday, it says."
    )
    assert first_date(text) == "2021-06-16"


@pytest.mark.parametrize(
    "after",
    [
        "Police said on Wednesday that the area was calm.",  # a statement's day
        "Another attack killed 20 people last month.",  # no single day
        "Villagers have fled since Monday.",  # a period
    ],
)
def test_the_dateline_stays_where_the_next_sentence_tells_no_event_day(after):
    text = f"BEIRA, June 18 (XNA) — Seven miners have been killed by gunmen in Manica. {after}"
    assert first_date(text) == "2021-06-18"


def test_a_day_of_the_lead_s_own_wins_over_the_next_sentence():
    text = (
        "BEIRA, June 18 (XNA) — Seven miners were killed by gunmen in Manica on Thursday. "
        "A trader was robbed on Tuesday."
    )
    assert first_date(text) == "2021-06-17"


def test_a_wire_s_one_sentence_lead_takes_the_day_of_its_second_paragraph():
    text = (
        "BEIRA, June 18 (XNA) — Seven miners have been killed by gunmen in Manica.\n\n"
        "The miners were ambushed near a river on Wednesday.\n\nThe army sent troops."
    )
    assert first_date(text) == "2021-06-16"


def test_only_the_next_sentence_dates_the_lead():
    text = (
        "BEIRA, June 18 (XNA) — Seven miners have been killed by gunmen in Manica. "
        "The area is remote. A trader was robbed there on Wednesday."
    )
    assert first_date(text) == "2021-06-18"


def test_the_helpers_read_the_dateline_and_the_day():
    lead = "BEIRA, June 18 (XNA) — Seven miners have been killed."
    (filed,) = find_dates(lead, FILED)
    assert dateline_dated(filed, lead, 0, len(lead))
    plain = "On June 18 seven miners were killed."
    (day,) = find_dates(plain, FILED)
    assert not dateline_dated(day, plain, 0, len(plain))
    after = "The army said on Thursday that the ambush came on Wednesday."
    told = day_told_next(find_dates(after, FILED), after, 0, len(after))
    assert told is not None and told.text == "Wednesday"


# -- a coded note's formula line takes the note's day ---------------------------------


@pytest.mark.parametrize(
    "formula",
    ["3 fatalities.", "Fatalities coded as 3.", "Three fatalities reported.", "[3 fatalities]"],
)
def test_a_formula_line_takes_the_day_the_note_named(formula):
    text = f"On 4 March 2019, armed men shot a trader in Gidan Kara (Zamfara). {formula}"
    dates = [c.date for c in claims_in(text, FILED)]
    assert dates and set(dates) == {"2019-03-04"}


def test_a_formula_line_of_a_note_without_a_day_stays_undated():
    text = "Armed men shot a trader in Gidan Kara (Zamfara). 3 fatalities."
    assert [c.date for c in claims_in(text, FILED)] == [None]


@pytest.mark.parametrize(
    ("text", "formula"),
    [
        ("3 fatalities.", True),
        ("Fatalities coded as 2 (a second source reported 4 fatalities).", True),
        ("Police said the attackers fled before 3 fatalities were counted.", False),
        (
            "The fatalities were all farmers who had returned to the village after months "
            "away, according to a local leader who spoke by phone on the weekend.",
            False,
        ),
    ],
)
def test_a_formula_line_is_short_and_opens_with_its_fatalities(text, formula):
    assert formula_line(text, 0, len(text)) is formula


# -- a coded note's undated lines take the day it opens with -----------------------


def test_an_undated_line_of_a_coded_note_takes_the_note_s_day():
    text = (
        "On 7 February 2020, in Itaboraí, police raided a market. A gunfight broke out and "
        "2 suspects were shot dead. Officers seized a rifle."
    )
    assert [c.date for c in claims_in(text, FILED)] == ["2020-02-07"]


def test_a_line_with_its_own_date_keeps_it_in_a_note():
    text = "On 7 February 2020, police raided Itaboraí. In 2018, 9 people were killed there."
    assert [c.date for c in claims_in(text, FILED)] == ["2018"]


@pytest.mark.parametrize(
    "text",
    [
        # an opening that is a month, not a day
        "In February 2020, police raided Itaboraí. A gunfight broke out and 2 suspects died.",
    ],
)
def test_only_a_note_s_opening_day_dates_its_undated_lines(text):
    assert claims_in(text, FILED)[-1].date is None


def test_a_story_that_names_its_raids_day_before_the_toll_dates_it():
    """Not a note's opening, but the scene the toll follows (`DatedPage.scene_day`)."""
    text = "Police raided Itaboraí on 7 February 2020. A gunfight broke out and 2 suspects died."
    assert claims_in(text, FILED)[-1].date == "2020-02-07"


def test_note_day_reads_the_opening():
    opening = "Around 14 March 2021 (as reported), in Lerma, a man was killed."
    found = find_dates(opening, FILED)
    day = note_day(found, opening, 0, len(opening))
    assert day is not None and day.text == "14 March 2021"
    other = "Police said on 14 March 2021 that a man was killed."
    assert note_day(find_dates(other, FILED), other, 0, len(other)) is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # trial 72b: ISPR's release, its tolls told after the operation's sentence
        (
            "On 16 June 2021, security forces conducted an operation in Mir Ali, North "
            "Waziristan District.\n\nDuring the operation, troops engaged the hideout and 12 "
            "militants were killed.",
            "2021-06-16",
        ),
        # the negative: a statement's day before is no operation's
        (
            "The army said on Wednesday it was investigating.\n\nTwelve militants were killed.",
            None,
        ),
    ],
)
def test_an_armys_operation_sets_the_scene_of_the_tolls_after_it(text, date):
    assert first_date(text) == date
