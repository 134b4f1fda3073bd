"""A wire story's dateline dates and names it (a trial: "N'DJAMENA, Nov 24, 2026
(AFP) -" gave the document neither date nor outlet, so its "Tuesday" was not
resolved and its claims stayed undated). Datelines written for the tests, in
English and French, with negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import claims_in
from workbench.ingest.files import Metadata, apply
from workbench.ingest.metadata import dateline_without_year
from workbench.ingest.readers import document_from_text


@pytest.mark.parametrize(
    ("opening", "date", "outlet"),
    [
        ("BAGA SOLA, Chad, Feb. 9, 2027 (Reuters) - Gunmen killed", dt.date(2027, 2, 9), "Reuters"),
        ("MONGO, 14 janv. 2027 (AFP) - Six civils ont été tués", dt.date(2027, 1, 14), "AFP"),
        ("DIFFA (Niger), 2 avril 2027 (AFP) - Deux soldats tués", dt.date(2027, 4, 2), "AFP"),
        ("ABECHE, April 30, 2027 — Three traders were shot dead", dt.date(2027, 4, 30), None),
        # the place as a name is written, not in capitals (a trial's French stories)
        ("Mongo, 14 janvier 2027 — Six civils ont été tués", dt.date(2027, 1, 14), None),
        ("Baga Sola, 9 février 2027 - Deux soldats tués", dt.date(2027, 2, 9), None),
        ("Am Timan (Tchad), 2 avril 2027 (AFP) - Deux soldats tués", dt.date(2027, 4, 2), "AFP"),
        # the outlet before the dateline (a trial's Tchadinfos story stayed undated)
        ("Tchadinfos — Mongo, 10 mars 2027 — Quatre soldats", dt.date(2027, 3, 10), "Tchadinfos"),
        ("Alwihda Info - Abéché, 3 March 2027 - Four died", dt.date(2027, 3, 3), "Alwihda Info"),
    ],
)
def test_a_dateline_gives_the_date_and_the_outlet(opening, date, outlet):
    document = document_from_text("wire.txt", f"Attack in the east\n\n{opening} on Monday.\n")
    assert (document.published, document.outlet) == (date, outlet)


@pytest.mark.parametrize(
    "text",
    [
        "ABECHE, Tuesday (AFP) - Three traders were shot dead.",  # no year: no date
        "Police in Abeche said on April 30, 2027, that three traders from the market were"
        " shot dead by unknown gunmen - a rumour, they added, spread for a week.",  # in a sentence
        "Dans la nuit, 3 mai 2027 - trois commerçants ont été tués.",  # a sentence's opening
    ],
)
def test_no_date_without_a_dateline_that_has_a_year(text):
    assert document_from_text("wire.txt", text).published is None


@pytest.mark.parametrize(
    ("opening", "words", "date"),
    [
        ("GUSAU, Nigeria, Nov 16 (Reuters) - Bandits killed", "Nov 16", dt.date(2026, 11, 16)),
        ("KINSHASA, 3 March (Reuters) - Rebels killed", "3 March", dt.date(2026, 3, 3)),
        # a day not yet come this year is last year's
        ("MOGADISHU, Dec 24 (Reuters) - A car bomb killed", "Dec 24", dt.date(2025, 12, 24)),
    ],
)
def test_a_wires_dateline_without_a_year_is_the_latest_such_day(opening, words, date):
    """Two trials' Reuters stories ("Nov 24 (Reuters) -") were stored undated, and their
    weekdays unread: the day is the latest such up to today, said in a warning."""
    text = f"{opening} 12 people on Sunday.\n"
    assert dateline_without_year(text, dt.date(2026, 12, 6)) == (words, date)


def test_a_document_dated_by_a_yearless_dateline_says_so():
    text = "GUSAU, Nigeria, Nov 16 (Reuters) - Bandits killed 12."
    document = apply(document_from_text("wire.txt", text), Metadata())
    today = dt.date.today()
    assert document.published is not None and document.published <= today
    assert (document.published.month, document.published.day) == (11, 16)
    assert any("gives no year ('Nov 16')" in warning for warning in document.warnings)


def test_a_sidecars_date_stands_before_a_yearless_dateline():
    text = "GUSAU, Nigeria, Nov 16 (Reuters) - Bandits killed 12."
    document = apply(document_from_text("wire.txt", text), Metadata(published="2026-11-17"))
    assert document.published == dt.date(2026, 11, 17)
    assert not any("gives no year" in warning for warning in document.warnings)


@pytest.mark.parametrize(
    "text",
    [
        "ABECHE, Tuesday (AFP) - Three traders were shot dead.",  # a weekday, no month
        "GUSAU, Nigeria, Nov 16, 2024 (Reuters) - Bandits killed 12.",  # a year: read as such
    ],
)
def test_no_yearless_reading_without_month_and_day_or_with_a_year(text):
    assert dateline_without_year(text, dt.date(2026, 12, 6)) is None


@pytest.mark.parametrize("agency", ["NNA", "QNA", "WAM", "SUNA", "BERNAMA"])
def test_a_news_agency_opening_a_wire_is_no_place(agency: str) -> None:
    text = f"{agency} - At least 14 people were killed in a drone strike, officials said.\n"
    assert [c.location for c in claims_in(text)] == [None]
    # a city in capitals opening a wire is still its place
    assert [c.location for c in claims_in(text.replace(agency, "GAO"))] == ["Gao"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # trial 72b: the date after the outlet
        (
            "Bus attack\n\nQUETTA, Pakistan (AP) - Nov. 19, 2026 - Gunmen shot dead 12.",
            (2026, 11, 19),
        ),
        # trials 71 and 72b: a blog's byline line that ends with the date
        (
            "Bajaur\n\nBlog de terrain — Solidarités Pakistan, 22 novembre 2026\n\n23 morts.",
            (2026, 11, 22),
        ),
        (
            "Carnet\n\nPublié par l'équipe de Solidarités, le 22 novembre 2026\n\n36 tués.",
            (2026, 11, 22),
        ),
    ],
)
def test_a_date_after_the_outlet_or_ending_a_byline_dates_the_document(text, date):
    assert document_from_text("blog.txt", text).published == dt.date(*date)


@pytest.mark.parametrize(
    "text",
    [
        # a sentence that ends with a date is no byline
        "Title\n\nGunmen killed 5 people in the town, officials said on 3 March 2026\n",
        "Title\n\nGunmen killed five people in Bama and two in Gwoza - 3 March 2026 was calm.",
    ],
)
def test_no_byline_date_from_a_sentence(text):
    assert document_from_text("page.txt", text).published is None
