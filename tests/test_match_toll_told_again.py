"""One mass killing's toll told by one number in two reports of a country, the second
out two days after the day the first dates, whoever the two say the dead were
(`figure_agreement.one_toll_again`): "more than 40 people" killed on Friday, and
"more than 40 villagers" shot in the country, in Sunday's report; a figure and its
floor ("26 prisoners", "at least 26 prisoners"). Issue 16's dates told two days
apart: the first report dates the day, the later one only comes out after it.
Near misses stay apart: a report three days on, another number, a toll under
twenty, a ceiling. Reports written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.match_reports import load, relations

_CHIN = (
    "More than 40 people were killed on Friday when soldiers opened fire on displaced "
    "families in Chin State, a rights group said.",
    "2022-03-12",
)
_OLANCHO = (
    "Twenty-six prisoners were killed on Saturday in a riot at a jail in Olancho, officials said.",
    "2019-11-03",
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            _CHIN,
            (
                "Troops shot dead more than 40 villagers in Myanmar and burned their "
                "bodies, witnesses said.",
                "2022-03-13",
            ),
        ),
        (
            _OLANCHO,
            (
                "At least 26 prisoners died in the uprising in Honduras, the prison "
                "authority said.",
                "2019-11-04",
            ),
        ),
        (
            (
                "Gunmen killed 57 people on Tuesday in an attack on a market in Zamfara State, "
                "police said.",
                "2021-06-09",
            ),
            (
                "Bandits killed at least 57 traders in north-western Nigeria, residents said.",
                "2021-06-10",
            ),
        ),
        (
            (
                "Au moins 32 civils ont été tués dimanche dans l'attaque d'un village de "
                "l'Extrême-Nord, selon le gouverneur.",
                "2021-01-11",
            ),
            (
                "Des jihadistes ont tué 32 personnes au Cameroun, selon des sources locales.",
                "2021-01-12",
            ),
        ),
    ],
)
def test_one_toll_told_again_two_days_on(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str]
) -> None:
    bench = load(tmp_path, first, second)
    assert relations(bench, "killed") == ["corroborates"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # out three days after the day the first dates: no news of that day
        (
            _CHIN,
            ("Troops shot dead more than 40 people in Myanmar, witnesses said.", "2022-03-14"),
        ),
        # another number
        (
            _CHIN,
            ("Troops shot dead at least 45 people in Myanmar, witnesses said.", "2022-03-13"),
        ),
        # a toll under twenty: a country at war sees such a toll twice in days
        (
            (
                "At least 12 people were killed on Friday when soldiers opened fire on "
                "displaced families in Chin State, a rights group said.",
                "2022-03-12",
            ),
            ("Troops shot dead 12 people in Myanmar, witnesses said.", "2022-03-13"),
        ),
        # a ceiling is no count of the toll
        (
            (
                "Up to 30 people were killed on Friday when soldiers opened fire on "
                "displaced families in Chin State, a rights group said.",
                "2022-03-12",
            ),
            ("Troops shot dead 30 people in Myanmar, witnesses said.", "2022-03-13"),
        ),
    ],
)
def test_other_tolls_stay_apart(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str]
) -> None:
    bench = load(tmp_path, first, second)
    assert relations(bench, "killed") == []
