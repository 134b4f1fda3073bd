"""Weak ties between two reports, on texts written for the tests: a town one report
names in passing, a single death at country level, and counts over several places;
each with its negative."""

from __future__ import annotations

from pathlib import Path

from tests.test_match_country import load, relations
from workbench.match.place_names import place_names, sentence_names

# Diani in passing: the place is "south of Mombasa" ("in the resort town of Diani, south
# of Mombasa," now places the figures at Diani itself, the bearing Diani's)
DIANI = "A grenade thrown into a bar popular with Diani tourists, south of Mombasa, wounded {}."
NIGHTCLUB = "At least ten people were injured in a grenade attack at a nightclub in Diani, Kenya."


def test_sentence_names_are_its_capitalised_runs_and_their_words() -> None:
    names = sentence_names("Bombers tried to enter Maiduguri at Polo and Giwa Barrack areas.")
    assert {"maiduguri", "polo", "giwa barack", "giwa", "barack"} <= names
    assert "areas" not in names


def test_a_town_one_report_names_in_passing_ties_the_two(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("", DIANI.format("ten people"), "2019-01-03"),
        ("", NIGHTCLUB, "2019-01-03"),
    )
    [(relation, reason)] = relations(bench)
    assert relation == "corroborates" and "both name 'Diani, Kenya'" in reason


def test_a_town_named_in_passing_needs_figures_that_agree(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("", DIANI.format("three people"), "2019-01-03"),
        ("", NIGHTCLUB.replace("At least ten", "Thirty"), "2019-01-03"),
    )
    assert relations(bench) == []


def test_one_death_at_country_level_needs_both_to_say_whom(tmp_path: Path) -> None:
    soldier = "A Turkish soldier was killed in Syria, the ministry said."
    bench = load(
        tmp_path,
        ("", soldier, "2019-10-05"),
        ("", "One Turkish soldier was killed in a clash in northern Syria.", "2019-10-05"),
    )
    assert [relation for relation, _ in relations(bench)] == ["corroborates"]
    # "one killed" and "a passenger" the same day in one country say nothing more
    other = load(
        tmp_path / "other",
        ("", "A bomb killed one person in Syria on Sunday.", "2019-10-05"),
        ("", "A bus passenger was killed at Zarqoun village on Sunday, in Syria.", "2019-10-05"),
    )
    assert relations(other) == []


def test_a_count_over_two_places_and_one_of_them_are_related(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (
            "",
            "Gunmen attacked posts in Kenya and Somalia on Monday, killing five police officers.",
            "2019-04-03",
        ),
        ("", "Militants killed three police officers in Kenya on Monday.", "2019-04-03"),
    )
    [(relation, reason)] = relations(bench)
    assert relation == "related" and "several incidents" in reason
    # one place only: five against three is no part of a whole, and shares only the country
    alone = load(
        tmp_path / "alone",
        (
            "",
            "Gunmen attacked posts in Kenya on Monday, killing five police officers.",
            "2019-04-03",
        ),
        ("", "Militants killed three police officers in Kenya on Monday.", "2019-04-03"),
    )
    assert relations(alone) == []


def test_separate_incidents_in_quotes_are_several(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (
            "",
            'Two workers were killed in two separate "bomb attack" incidents in Garissa.',
            "2019-08-29",
        ),
        ("", "A worker was stabbed to death in Garissa.", "2019-08-29"),
    )
    assert [relation for relation, _ in relations(bench)] == ["related"]


def test_a_hyphen_in_a_place_name_is_a_space() -> None:
    """A trial's Pont-Sondé massacre came out as separate events: "Pont-Sondé",
    "Pont Sondé" and "Al-Fashir" against "Al Fashir" were different names."""
    assert place_names("in Pont-Sondé") == place_names("à Pont Sondé") == ("pont sonde",)
    assert place_names("Al-Fashir") == place_names("Al Fashir")
    assert "pont sonde" in sentence_names("Gangs attacked Pont-Sondé at dawn.")
    assert place_names("north-east of Gao") == ("gao",)  # a direction's hyphen stays filler
