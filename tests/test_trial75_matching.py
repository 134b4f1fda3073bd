"""Trials 75 and 75b (Kenya, Chad): links that joined two incidents of one country, an
army's toll three outlets told that never linked, and running totals in an incident's
event. Reports written for these tests (other places, numbers and words than the
trials'), loaded through the real service into a real SQLite file, with negatives."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.match_helpers import match_input
from tests.match_reports import load, relations
from workbench.extract.home_country import dominant_country
from workbench.match.features import Features, features
from workbench.match.means import several_incidents, with_report_means
from workbench.match.several import counts_several
from workbench.service import Workbench

# --- a protest's dead and an armed attack's, tied only by their country and day ---

_ATTACK_EN = (
    "Gunmen attacked a minibus near Kolbio village in Kenya on Tuesday, and five people "
    "were killed, the Red Cross said."
)
_ATTACK_FR = (
    "Des assaillants ont attaqué un minibus près du village de Kolbio, au Kenya, mardi : "
    "cinq personnes ont été tuées, selon la Croix-Rouge."
)


@pytest.mark.parametrize(
    "attack, protest",
    [
        (
            _ATTACK_EN,
            "Kenya's police oversight body said on Tuesday it was investigating five deaths "
            "during the protests over fuel prices.",
        ),
        (
            _ATTACK_EN,
            "Police in Kenya shot dead five protesters on Tuesday, a rights group said.",
        ),
        (
            _ATTACK_FR,
            "Au Kenya, cinq personnes ont été tuées mardi lors des manifestations contre la "
            "hausse des prix, selon une ONG.",
        ),
    ],
)
def test_a_protests_dead_and_an_attacks_are_two_incidents(
    tmp_path: Path, attack: str, protest: str
) -> None:
    bench = load(tmp_path, (attack, "2026-03-11"), (protest, "2026-03-11"))
    assert relations(bench, "killed") == []


def test_the_same_attack_told_by_a_watchdog_still_links(tmp_path: Path) -> None:
    other = (
        "Kenya's police oversight body said on Tuesday it was investigating five deaths in "
        "the attack on a minibus."
    )
    bench = load(tmp_path, (_ATTACK_EN, "2026-03-11"), (other, "2026-03-11"))
    assert relations(bench, "killed") == ["corroborates"]


# --- a report's "six people" are its six passengers, not another report's policemen ---


@pytest.mark.parametrize(
    "bus",
    [
        "Six passengers were killed on Wednesday when gunmen ambushed a bus in Garissa. "
        '"Six people were killed and two were injured," a police officer said.',
        "Six killed as gunmen ambush bus in Garissa\n\nSix passengers were killed on "
        "Wednesday when gunmen ambushed a bus in Garissa, officials said.",
        "Six passagers ont été tués mercredi dans l'attaque d'un bus à Garissa. « Six "
        "personnes ont été tuées », a déclaré un policier.",
    ],
)
def test_a_reports_people_are_the_family_it_names_for_that_figure(tmp_path: Path, bus: str) -> None:
    police = "Six police officers were killed on Wednesday in Garissa, the police said."
    bench = load(tmp_path, (bus, "2026-03-12"), (police, "2026-03-12"))
    assert "corroborates" not in relations(bench, "killed")


def test_people_with_no_family_in_their_report_still_fit_any(tmp_path: Path) -> None:
    bus = "Six people were killed on Wednesday in Garissa, a police officer said."
    police = "Six police officers were killed on Wednesday in Garissa, the police said."
    bench = load(tmp_path, (bus, "2026-03-12"), (police, "2026-03-12"))
    assert relations(bench, "killed") == ["corroborates"]


# --- one army's exact toll of its enemy, told again by other outlets days on ---


@pytest.mark.parametrize(
    "first, later",
    [
        (
            "Cameroon's army said it killed 38 separatist fighters near Bamenda on Thursday.",
            "According to the army, 38 separatists were neutralised in the operation, a "
            "statement read on state radio said.",
        ),
        (
            "L'armée camerounaise a annoncé avoir neutralisé 38 combattants séparatistes "
            "jeudi près de Bamenda.",
            "The army said 38 separatist fighters had been killed in the operation.",
        ),
    ],
)
def test_an_exact_toll_told_again_two_days_on_links(tmp_path: Path, first: str, later: str) -> None:
    bench = load(tmp_path, (first, "2026-03-06"), (later, "2026-03-07"))
    assert relations(bench, "killed") == ["corroborates"]


@pytest.mark.parametrize(
    "later",
    [
        "At least 38 people were killed in the operation, the army said.",  # people
        "According to the army, at least 38 separatists were killed.",  # a bound
    ],
)
def test_people_in_general_or_a_bound_two_days_on_tie_nothing(tmp_path: Path, later: str) -> None:
    first = "Cameroon's army said it killed 38 separatist fighters near Bamenda on Thursday."
    bench = load(tmp_path, (first, "2026-03-06"), (later, "2026-03-08"))
    assert relations(bench, "killed") == []


@pytest.mark.parametrize(
    "text, country",
    [
        (
            "Une colonne de rebelles venus de Libye a attaqué jeudi la localité de Wour, dans "
            "le Tibesti, au nord du Tchad.",
            "Chad",
        ),
        (
            "Des hommes armés arrivés de Somalie ont tué trois bergers au Kenya.",
            "Kenya",
        ),
        ("Des rebelles ont attaqué la ville de Koufra, en Libye.", "Libya"),  # unchanged
    ],
)
def test_where_fighters_came_from_is_not_where_it_happened(text: str, country: str) -> None:
    found = dominant_country(text)
    assert found is not None and found.name == country


# --- a running total its sentence tells beside an incident's toll ---


@pytest.mark.parametrize(
    "text",
    [
        "At least 12 people were killed there on Sunday, in the latest of a string of "
        "clashes between herders and farmers that have left more than 900 dead in northern "
        "Cameroon since 2021.",
        "Fighting in Cameroon's Far North killed 12 people on Sunday, bringing the toll "
        "since 2021 to more than 900, officials said.",
    ],
)
def test_a_running_total_stays_out_of_the_incidents_event(tmp_path: Path, text: str) -> None:
    bench = load(tmp_path, (text, "2026-03-09"))
    claims = {c.id: c for c in bench.claims()}
    events = [sorted(claims[i].scope for i in e.claim_ids) for e in bench.events()]
    assert ["cumulative", "incident"] not in events
    assert ["incident"] in events


# --- a statement telling several incidents lends its means to none of its undated tolls ---


_DAY = "2026-03-05"  # the statement's


def _statement(second_day: str) -> list[Features]:
    """A minister's statement (one document): Monday's bomb, another dated toll, and an
    undated toll of the week's unrest."""
    said = [
        ("2026-03-02", "On Monday a roadside bomb killed four soldiers near Wajir."),
        (second_day, "Gunmen shot dead six traders in Moyale."),
        (None, "Three people lost their lives in the unrest, he said."),
    ]
    return [
        features(
            match_input(
                i, 4, document_id=1, voice_id=1, date=day, sentence=s, published="2026-03-05"
            )
        )
        for i, (day, s) in enumerate(said, 1)
    ]


def test_a_report_of_several_days_lends_no_means() -> None:
    claims = _statement("2026-03-04")  # Monday and Wednesday: two incidents
    assert several_incidents(claims) == {1}
    assert with_report_means(claims)[2].report_means == frozenset()


def test_a_report_of_one_day_lends_its_means() -> None:
    claims = _statement("2026-03-02")
    assert several_incidents(claims) == set()
    assert with_report_means(claims)[2].report_means == {"bombing"}


# --- a French count over several days or places is a whole, its parts related ---


@pytest.mark.parametrize(
    "text, sentence, several",
    [
        (
            "au moins quinze soldats et civils",
            "Au total, au moins quinze soldats et civils ont été tués en quatre jours dans "
            "les provinces du Lac et du Kanem.",
            True,
        ),
        (
            "neuf personnes",
            "Au moins neuf personnes ont été tuées à Bangui, à Bouar et à Bambari.",
            True,
        ),
        (
            "onze morts",
            "Onze morts dans deux attaques distinctes dans le Mayo-Tsanaga.",
            True,
        ),
        (
            "huit personnes",
            "Huit personnes ont été tuées dans les régions de Mopti, Ségou et Kayes.",
            True,
        ),
        ("cinq civils", "Cinq civils ont été tués il y a trois jours à Bunia.", False),
        ("six soldats", "Six soldats ont été tués mardi à Kidira, selon Moussa et Ali.", False),
    ],
)
def test_a_french_count_over_several_days_or_places(
    text: str, sentence: str, several: bool
) -> None:
    assert counts_several(text, sentence, None) is several


# --- one voice's figure placed only in its country, on no day of its own ---


def _events(bench: Workbench) -> list[list[int]]:
    return sorted(sorted(e.claim_ids) for e in bench.events())


def test_a_voices_figure_somewhere_in_the_country_joins_no_other_incident(
    tmp_path: Path,
) -> None:
    bench = load(
        tmp_path,
        (
            "Four police officers were killed in Kenya on Monday when a bomb hit their truck, "
            "police said.",
            "2026-03-03",
        ),
        ("Police said four people died in Kenya during the week's protests.", "2026-03-06"),
    )
    assert _events(bench) == [[1], [2]]


def test_a_voices_figure_told_again_at_one_town_is_one_event(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Police said four people were killed in Garissa town.", "2026-03-06"),
        ("Four people were killed in Garissa town, police said.", "2026-03-06"),
    )
    assert _events(bench) == [[1, 2]]
