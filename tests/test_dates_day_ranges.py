"""Two days before their month told in words: "the night of 10 to 11 November" is a
night over two days, "between 5 and 20 October" a span (trial 63's OCHA update was dated
11 November alone, its camp attack's night lost). Phrases written for the tests, read
against 12 November 2026, with negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract.dates import find_dates

REF = dt.date(2026, 11, 12)


def _spans(text: str) -> list[tuple[str, str]]:
    return [(str(m.first), str(m.last)) for m in find_dates(text, REF)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("On the night of 10 to 11 November, armed men attacked.", ("2026-11-10", "2026-11-11")),
        ("Fighting raged from 8 through 10 November.", ("2026-11-08", "2026-11-10")),
        ("Polls were held on 3 and 4 November.", ("2026-11-03", "2026-11-04")),
        ("Relief came between 5 and 20 October.", ("2026-10-05", "2026-10-20")),
    ],
)
def test_two_days_before_their_month_in_words_are_a_span(text: str, span: tuple[str, str]) -> None:
    assert _spans(text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 12 and wounded 3 on 10 November.",  # counts, not days
        "The toll rose from 9 to 40 on 11 November.",  # 40 is no day of November
    ],
)
def test_a_count_before_a_date_is_no_first_day(text: str) -> None:
    assert [first == last for first, last in _spans(text)] == [True]
