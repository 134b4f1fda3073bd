"""An English article's own date is a timestamp line's, not an incident's date told in
a short opening sentence (extract/dates.py, `find_published`). Texts written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract.dates import find_published


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Published 3 March 2021\n\nGunmen killed four people.", dt.date(2021, 3, 3)),
        ("updated 4:47 PM EST, Fri January 25, 2013\n\nA blast hit.", dt.date(2013, 1, 25)),
        ("By Jane Doe | March 3, 2021\n\nGunmen killed four people.", dt.date(2021, 3, 3)),
        ("March 3, 2021\n\nGunmen killed four people.", dt.date(2021, 3, 3)),
    ],
)
def test_a_timestamp_line_dates_the_article(text, published):
    assert find_published(text) == published


@pytest.mark.parametrize(
    "text",
    [
        "Raid kills 12\n\nOn October 3, 2021, gang members attacked Kalmbo, killing 12 people.",
        "On 5 May 2019 gunmen stormed the village of Dirra and burned the market.\n",
    ],
)
def test_an_incident_date_in_a_short_sentence_is_no_publication_date(text):
    assert find_published(text) is None
