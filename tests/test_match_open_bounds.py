"""Open bounds tied only by a country and a day, the clause that holds a toll's
sites, a place named with "and", a round guess that is no report's sum, a ceiling's
size, and a company's site named past its suffix: on sentences written for the
tests, with their negatives (two incidents of one country and day stay unlinked)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_match_texts import links, load
from workbench.match.several import counts_several
from workbench.match.site_words import site_phrases


def test_two_floors_far_apart_in_one_country_are_two_incidents(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("At least one person was killed in Kisumu, Kenya, on Friday, police said.", "2019-08-12"),
        ("At least two people were killed in Kenya on Friday, a rights group said.", "2019-08-12"),
    )
    assert links(bench) == []


def test_a_floor_far_below_a_toll_in_one_country_is_no_tie(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Gunmen killed 59 people in Gwoza, Nigeria, on Friday, the army said.", "2019-07-05"),
        (
            "No fewer than 15 passengers were killed in Nigeria on Friday, police said.",
            "2019-07-05",
        ),
    )
    assert links(bench) == []


def test_close_floors_in_one_country_still_agree(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("At least 10 people were killed in Kenya on Friday, the police said.", "2019-08-12"),
        ("At least 11 people were killed in Kenya on Friday, the Red Cross said.", "2019-08-12"),
    )
    [(relation, _)] = links(bench)
    assert relation == "corroborates"


def test_a_first_floor_meets_the_later_total_it_reaches(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (
            "Gunmen killed at least five people in Lamu County, Kenya, on Sunday, police said.",
            "2019-08-12",
        ),
        ("Fourteen people died in all in the attack in Kenya, a rights group said.", "2019-08-12"),
    )
    [(relation, _)] = links(bench)
    assert relation == "corroborates"


@pytest.mark.parametrize(
    ("sentence", "toll", "several"),
    [
        (
            "The air strike killed 120 villagers in Kobe, and troops also burned three "
            "villages nearby.",
            "killed 120 villagers",
            False,
        ),
        (
            "Gunmen killed 19 people in Kobe; they had raided two villages the week before.",
            "killed 19 people",
            False,
        ),
        (
            "Gunmen killed 19 people as they raided three villages near Kobe.",
            "killed 19 people",
            True,
        ),
        ("Nine people were killed in Kobe in two separate attacks.", "Nine people", True),
        (
            "Gunmen killed 19 people in Kobe, as they raided three villages.",
            "killed 19 people",
            True,
        ),
    ],
)
def test_only_the_tolls_clause_tells_where_it_was_counted(
    sentence: str, toll: str, several: bool
) -> None:
    assert counts_several(toll, sentence, "Kobe") is several


def test_a_place_named_with_and_is_no_list_of_places() -> None:
    sentence = (
        "At least 40 soldiers were killed when militants hit a convoy in Jammu and "
        "Kashmir's Pulwama district."
    )
    toll = "At least 40 soldiers"
    place = "Jammu and Kashmir's Pulwama district"
    assert not counts_several(toll, sentence, place, ("Pulwama", "Jammu and Kashmir"))
    listed = "At least 40 soldiers were killed in Kobe, Mansa and Gao on Friday."
    assert counts_several(toll, listed, "Kobe", ("Kobe",))


def test_the_convoy_toll_and_the_districts_toll_corroborate(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Militants killed 40 soldiers in Goripora area on Thursday, India.", "2019-02-14"),
        (
            "At least 40 soldiers were killed on Thursday when militants hit a convoy in "
            "Jammu and Kashmir's Pulwama district, India, according to several media reports.",
            "2019-02-14",
        ),
    )
    assert [relation for relation, _ in links(bench)] in ([], ["corroborates"])
    assert all("several incidents" not in reason for _, reason in links(bench))


def test_a_round_guess_is_no_sum_of_one_toll_told_twice(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (
            "At least 50 villagers killed in air strike on Kobe. At least 50 villagers were "
            "killed when a jet bombed Kobe, Mali, on Tuesday. Some early reports put the toll "
            "at about 100.",
            "2019-04-11",
        ),
        (
            "The air strike on Kobe, Mali, on Tuesday killed 60 villagers, a survivor said.",
            "2019-04-12",
        ),
    )
    relations = {relation for relation, _ in links(bench)}
    assert "corroborates" in relations and "related" not in relations


def test_a_high_ceiling_is_no_small_toll(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("An air strike killed as many as 100 people in Borno State, Nigeria.", "2019-04-12"),
        (
            "The number of people killed in the air strike on a village in Borno State has "
            "risen to 171.",
            "2019-04-14",
        ),
    )
    [(relation, _)] = links(bench)
    assert relation == "contradicts"


def test_a_low_ceiling_and_a_small_toll_days_apart_stay_apart(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Gunmen killed up to 5 people in Borno State, Nigeria.", "2019-04-12"),
        ("Gunmen killed 8 people in Borno State, Nigeria.", "2019-04-14"),
    )
    assert links(bench) == []


def test_a_companys_site_is_named_past_its_suffix() -> None:
    first = "A car bomb exploded outside a Java Corp. restaurant in Haifa, killing one."
    second = "A car bomb exploded outside a Java restaurant in Haifa, killing two."
    assert site_phrases(first) == site_phrases(second) == {"java restaurant"}


@pytest.mark.parametrize(
    ("other", "linked"),
    [
        (
            "Seven people were hurt as a car bomb hit a Java restaurant in Haifa, Israel.",
            True,
        ),
        (
            "Seven people were hurt as a car bomb hit a Java hotel in Haifa, Israel.",
            False,
        ),
    ],
)
def test_one_companys_site_bombed_is_one_dispute(tmp_path: Path, other: str, linked: bool) -> None:
    bench = load(
        tmp_path,
        (
            "A car bomb exploded outside a Java Corp. restaurant in Haifa, Israel, wounding five.",
            "2019-10-20",
        ),
        (other, "2019-10-20"),
    )
    assert [relation for relation, _ in links(bench)] == (["contradicts"] if linked else [])
