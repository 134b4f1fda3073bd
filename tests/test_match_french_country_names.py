"""A village's toll in a French report and the same toll told of the country by its
French name ("République démocratique du Congo") in the next day's report are one
incident at country level: the country's name read word by word was two names, and
the gazetteer's country was dropped (match.place_names `_whole_names`), so the two
never met (pr76); nor did "un village du Sud-Kivu", read as an address of "un" and
"sud kivu". Near misses stay apart: another number, a small toll four days on, the
other Congo, another country's prison. Reports written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.match_reports import load, relations

_SOUTH_KIVU = (
    "Au moins 23 civils ont été tués samedi dans l'attaque d'un village du Sud-Kivu, "
    "selon des sources locales.",
    "2021-03-14",
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            _SOUTH_KIVU,
            (
                "Des miliciens ont tué 23 personnes en République démocratique du Congo, "
                "selon la société civile.",
                "2021-03-15",
            ),
        ),
        (
            (
                "Au moins 35 civils ont été tués samedi dans l'attaque d'un village du Nord-Kivu.",
                "2020-08-09",
            ),
            (
                "Des rebelles ont tué 35 personnes en République démocratique du Congo, "
                "selon la société civile.",
                "2020-08-10",
            ),
        ),
        (
            (
                "Au moins 27 personnes ont été tuées vendredi dans une attaque contre une "
                "localité de l'Ituri.",
                "2022-02-05",
            ),
            (
                "Des assaillants ont tué 27 civils en République démocratique du Congo, "
                "selon l'ONU.",
                "2022-02-06",
            ),
        ),
    ],
)
def test_a_village_and_its_country_by_its_french_name(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str]
) -> None:
    bench = load(tmp_path, first, second)
    assert relations(bench, "killed") == ["corroborates"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # another number
        (
            _SOUTH_KIVU,
            (
                "Des miliciens ont tué 31 personnes en République démocratique du Congo.",
                "2021-03-15",
            ),
        ),
        # a small toll four days on
        (
            (
                "Au moins 12 civils ont été tués samedi dans l'attaque d'un village du Sud-Kivu.",
                "2021-03-14",
            ),
            (
                "Des miliciens ont tué 12 personnes en République démocratique du Congo.",
                "2021-03-18",
            ),
        ),
        # the other Congo
        (_SOUTH_KIVU, ("Des miliciens ont tué 23 personnes en République du Congo.", "2021-03-15")),
        # another country's prison
        (
            (
                "Au moins 26 détenus ont été tués samedi lors d'une mutinerie dans une prison "
                "du Cameroun.",
                "2021-05-09",
            ),
            ("Des gardiens ont tué 26 détenus dans une prison du Tchad.", "2021-05-10"),
        ),
    ],
)
def test_other_tolls_stay_apart(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str]
) -> None:
    bench = load(tmp_path, first, second)
    assert relations(bench, "killed") == []
