"""Matching kinds from the study halves read in session 55: a day a sentence names
only as the day its figure was told ("..., police said Tuesday") is a statement's
day, and the incident may be of the day before (`match.time_spans._told_on`); and
their negatives. Texts written for these tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.match_reports import load
from tests.test_match_texts import links
from workbench.match.time_spans import time_span


@dataclass(frozen=True)
class _Claim:
    date: str | None
    date_text: str | None
    published: str | None
    sentence: str


@pytest.mark.parametrize(
    ("date", "words", "sentence"),
    [
        (
            "2023-03-14",
            "Tuesday",
            "A bomb killed 31 people at a stadium, the county police said Tuesday.",
        ),
        # trial 55: "selon un communiqué publié mardi" dated a French toll to the
        # communiqué's day, and it became an event of its own
        (
            "2026-03-03",
            "mardi",
            "Quinze assaillants ont été neutralisés, selon un communiqué publié mardi.",
        ),
    ],
)
def test_a_statements_day_reaches_the_day_before(date: str, words: str, sentence: str) -> None:
    span = time_span(_Claim(date, words, date, sentence))
    assert (span.end - span.start, span.stamped, span.explicit) == (1, False, True)


@pytest.mark.parametrize(
    ("date", "words", "sentence"),
    [
        (
            "2023-03-14",
            "Tuesday",
            "A bomb killed 31 people at a stadium on Tuesday, the county police said.",
        ),
        ("2023-03-14", "Tuesday", "Police said Tuesday that a bomb killed 31 people on Tuesday."),
        ("2026-03-03", "mardi", "Quinze assaillants ont été neutralisés mardi, selon l'armée."),
    ],
)
def test_an_events_day_stays_one_day(date: str, words: str, sentence: str) -> None:
    span = time_span(_Claim(date, words, date, sentence))
    assert (span.end - span.start, span.stamped) == (0, False)


def test_a_toll_told_the_next_day_meets_the_nights_toll(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("A suicide bomber killed 31 people at a stadium in Leeds on Monday night.", "2023-03-14"),
        ("The bomb killed 31 people at the stadium, Leeds police said Tuesday.", "2023-03-14"),
    )
    [(relation, reason)] = links(bench)
    assert relation == "corroborates" and "31" in reason


def test_two_statements_days_apart_stay_apart(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("A missile killed at least 10 civilians in Leeds, officials said Monday.", "2023-03-13"),
        ("A missile killed at least 11 civilians in Leeds, officials said Friday.", "2023-03-10"),
    )
    assert links(bench) == []


def test_two_days_each_the_events_own_stay_apart(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("A suicide bomber killed 31 people at a stadium in Leeds on Saturday.", "2023-03-14"),
        ("A bomb killed 31 people at a stadium in Leeds on Monday, police said.", "2023-03-14"),
    )
    assert links(bench) == []


def test_a_place_the_gazetteer_lacks_named_in_a_known_town_by_the_other(
    tmp_path: Path,
) -> None:
    """'at Harbour Point Mall' in a report of no country, and 'at Brisbane's crowded
    Harbour Point Mall': the second says where the first is (`mentions._one_country`)."""
    bench = load(
        tmp_path,
        ("Six people were stabbed to death at Harbour Point Mall on Saturday.", "2024-04-14"),
        (
            "A man stabbed six people to death at Brisbane's crowded Harbour Point Mall.",
            "2024-04-14",
        ),
    )
    [(relation, reason)] = links(bench)
    assert relation == "corroborates" and "Harbour Point Mall" in reason


def test_two_places_the_gazetteer_lacks_stay_apart(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Six people were stabbed to death at Harbour Point Mall on Saturday.", "2024-04-14"),
        ("A man stabbed six people to death at Brisbane's crowded Riverside Plaza.", "2024-04-14"),
    )
    assert links(bench) == []


def test_a_french_communique_meets_the_english_report_of_the_day_before(
    tmp_path: Path,
) -> None:
    bench = load(
        tmp_path,
        ("Troops killed 15 insurgents near Damboa on Monday, the army said.", "2026-03-04"),
        (
            "L'armée a tué 15 insurgés près de Damboa, selon un communiqué publié mardi.",
            "2026-03-04",
        ),
    )
    assert [relation for relation, _ in links(bench)] == ["corroborates"]
