"""A thread's day lines date the posts under them (trial 73b: a governor's Telegram
channel, its posts under "24.11.2026" and "25.11.2026", read undated), where the page has
two or more such lines; one date line alone (an article's) dates nothing. And a
disclaimer the sentence after a toll makes ("The military said it could not yet confirm
that") hedges it. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

from tests.conftest import claims_in
from workbench.extract.dates import find_dates
from workbench.extract.day_headers import day_headers, header_day
from workbench.models import Category

THREAD = (
    "Kherson Regional Administration (Telegram)\n\n"
    "12.10.2026\n\n"
    "🔴 08:10\nShelling of Bilozerka: 2 people killed, 5 injured.\n\n"
    "13.10.2026\n\n"
    "⚡️ 07:45\nOvernight, drones hit a bus. 3 people were wounded. 🕯\n"
)


def test_each_post_takes_its_days_line():
    claims = claims_in(THREAD, published=dt.date(2026, 10, 13))
    dates = {(c.category, c.value): c.date for c in claims}
    assert dates[(Category.KILLED, 2)] == "2026-10-12"
    assert dates[(Category.WOUNDED, 5)] == "2026-10-12"
    assert dates[(Category.WOUNDED, 3)] != "2026-10-12"


def test_one_date_line_alone_dates_nothing():
    text = "Drone strike on Bilozerka\n\n12.10.2026\n\nTwo people were killed in the strike.\n"
    (claim,) = claims_in(text, published=dt.date(2026, 10, 14))
    assert claim.date != "2026-10-12"


def test_a_line_with_more_than_a_date_heads_nothing():
    text = "12.10.2026 Two killed\n\nfirst post\n\n13.10.2026 more\n"
    assert day_headers(text, dt.date(2026, 10, 14), find_dates) == []


def test_header_day_is_the_last_line_before():
    headers = day_headers(THREAD, dt.date(2026, 10, 13), find_dates)
    assert [h.text for h in headers] == ["12.10.2026", "13.10.2026"]
    assert header_day(headers, 0) is None
    assert header_day(headers, THREAD.index("Overnight")).text == "13.10.2026"


def test_a_disclaimer_the_sentence_after_hedges_the_toll():
    (claim,) = claims_in(
        "A local official said the commander was among the 8 dead. The army said it could "
        "not yet confirm that."
    )
    assert claim.hedged


def test_no_disclaimer_no_hedge():
    (claim,) = claims_in(
        "A local official said the commander was among the 8 dead. The army said it was "
        "pursuing the attackers."
    )
    assert not claim.hedged
