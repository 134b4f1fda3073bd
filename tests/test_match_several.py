"""A toll over several villages, sites or days against one of its parts is `related`
(the same incident or series, counting different things), on sentences written for
the tests: the words before a toll or after it, a list of places, a span of days;
and their negatives (a frame of days, a group's name, one stretch of road, the
same count told with a coarser place)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_match_texts import links, load
from workbench.match.several import counts_campaign, counts_several


@pytest.mark.parametrize(
    ("sentence", "toll"),
    [
        ("Gunmen raided three villages before dawn, killing 19 people.", "killing 19 people"),
        ("At least 12 people died in four communities of the district.", "At least 12 people"),
        (
            "At least 31 civilians died in Aleppo, Hama and Idlib on Friday.",
            "At least 31 civilians",
        ),
        ("Raiders attacked Kobe and Mansa, killing a total of 30.", "killing a total of 30"),
        ("About 27 people were killed in clashes over 28-30 January.", "About 27 people"),
        ("Five people were killed between 14/12 - 17/12 in the area.", "Five people"),
        ("At least 7 people were killed during the three days of rioting.", "At least 7 people"),
        ("Twenty people were killed over the past four days.", "Twenty people"),
    ],
)
def test_a_toll_over_several_places_or_days(sentence: str, toll: str) -> None:
    assert counts_several(toll, sentence, None)


@pytest.mark.parametrize(
    ("sentence", "toll"),
    [
        ("He escaped for the second time in twelve days when a bomb killed 17.", "killed 17"),
        ("Gunmen killed 12 villagers in Kobe two days ago.", "killed 12 villagers"),
        ("Hamas and Islamic Jihad claimed the bombing that killed 9.", "killed 9"),
        ("A bomb killed 6 on the road between Kobe and Mansa.", "killed 6"),
        ("Nine people were killed when two blasts hit the market.", "Nine people"),
        ("Gunmen killed 8 people in Kobe on 12 March.", "killed 8 people"),
    ],
)
def test_one_incident_is_no_several(sentence: str, toll: str) -> None:
    assert not counts_several(toll, sentence, None)


def test_a_days_toll_is_a_part_of_the_riots_total(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("At least 9 people were killed in Kisumu, Kenya, over 9-13 August.", "2019-08-14"),
        ("Police shot dead four protesters in Kisumu, Kenya, on 11 August.", "2019-08-12"),
    )
    [(relation, reason)] = links(bench)
    assert relation == "related" and "counts several incidents" in reason


def test_a_villages_toll_is_a_part_of_the_raids_total(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (
            "Gunmen raided three villages in Kenya's Lamu County on Sunday, killing 19.",
            "2019-07-09",
        ),
        ("Gunmen killed 7 villagers in Lamu County, Kenya, on Sunday.", "2019-07-09"),
    )
    [(relation, _)] = links(bench)
    assert relation == "related"


def test_the_same_count_with_a_coarser_place_is_the_whole_again(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (
            "Gunmen raided three villages in Kenya's Lamu County on Sunday, killing 19.",
            "2019-07-09",
        ),
        ("Gunmen killed 19 villagers in Lamu County, Kenya, on Sunday.", "2019-07-09"),
    )
    [(relation, _)] = links(bench)
    assert relation == "corroborates"


def test_one_days_toll_against_a_single_days_toll_is_no_part(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("At least 9 people were killed in Kisumu, Kenya, on 11 August.", "2019-08-12"),
        ("Police shot dead four protesters in Kisumu, Kenya, on 11 August.", "2019-08-12"),
    )
    assert [relation for relation, _ in links(bench)] != ["related"]


def test_one_bombing_of_one_site_in_a_city_is_one_dispute(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (
            "Two bombs exploded at the central bus station in Haifa, Israel, killing one person.",
            "2019-11-07",
        ),
        ("A bomb at the central bus station in Haifa, Israel, killed two people.", "2019-11-07"),
    )
    [(relation, _)] = links(bench)
    assert relation == "contradicts"


@pytest.mark.parametrize(
    "other",
    [
        "A bomb at the central market in Haifa, Israel, killed two people.",  # another site
        "Gunmen at the central bus station in Haifa, Israel, shot dead two people.",  # a shooting
        "A bomb at the central bus station in Haifa, Israel, killed three people.",  # threefold
    ],
)
def test_small_tolls_of_two_sites_or_a_shooting_are_two_incidents(
    tmp_path: Path, other: str
) -> None:
    bench = load(
        tmp_path,
        (
            "Two bombs exploded at the central bus station in Haifa, Israel, killing one person.",
            "2019-11-07",
        ),
        (other, "2019-11-07"),
    )
    assert links(bench) == []


def test_a_reports_means_told_in_another_sentence_ties_its_toll(tmp_path: Path) -> None:
    # a coded note says how in its first toll's sentence and counts the wounded next
    bench = load(
        tmp_path,
        (
            "A bomb killed three people at a cafe in Haifa, Israel. Four were wounded.",
            "2019-11-07",
        ),
        ("Four people were wounded by a suicide bomber in Haifa, Israel.", "2019-11-07"),
    )
    assert ("corroborates", "wounded") in [
        (r, why.split(": ")[0].split()[-1]) for r, why in links(bench)
    ]


@pytest.mark.parametrize(
    "first",
    [
        # a report telling two rarer means may tell two incidents
        "A bomb killed three people at a cafe in Haifa and an ambush killed a soldier. "
        "Four were wounded.",
        # a shooting ties nothing
        "Gunmen killed three people at a cafe in Haifa, Israel. Four were wounded.",
    ],
)
def test_a_report_of_two_means_or_a_shooting_gives_no_means(tmp_path: Path, first: str) -> None:
    bench = load(
        tmp_path,
        (first, "2019-11-07"),
        ("Four people were wounded by a suicide bomber in Haifa, Israel.", "2019-11-07"),
    )
    assert all("wounded" not in why.split(": ")[0] for _, why in links(bench))


def test_the_rest_of_a_tolls_sentence_names_its_sites() -> None:
    sentence = (
        "At least 11 people were killed and a school was burnt down by the gunmen, "
        "who stormed two communities of the district before dawn."
    )
    assert counts_several("At least 11 people were killed", sentence, None)
    alone = "At least 11 people were killed and a school was burnt down by the gunmen."
    assert not counts_several("At least 11 people were killed", alone, None)


def test_a_village_its_sentence_places_in_a_region_is_a_part_of_its_toll(
    tmp_path: Path,
) -> None:
    # "Kawuri village, Borno": a village the gazetteer lacks, in the region it names
    bench = load(
        tmp_path,
        ("Gunmen killed 30 people in attacks on three villages in Borno, Nigeria, on Sunday.", DAY),
        ("Gunmen killed 12 people in Kawuri village, Borno, Nigeria, on Sunday.", DAY),
    )
    [(relation, reason)] = links(bench)
    assert relation == "related" and "same region: Borno ('Kawuri village' in it)" in reason


def test_a_village_beside_another_region_is_no_part(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Gunmen killed 30 people in attacks on three villages in Borno, Nigeria, on Sunday.", DAY),
        ("Gunmen killed 12 people in Kawuri village, Yobe, Nigeria, on Sunday.", DAY),
    )
    assert links(bench) == []


DAY = "2019-05-06"


@pytest.mark.parametrize(
    ("sentence", "toll", "several"),
    [
        (
            "At least 18 dead in bomb attacks striking a wedding, a funeral and a hospital",
            "At least 18 dead",
            True,
        ),
        (
            "Suicide attacks at various locations in Kobe killed 30 people.",
            "killed 30 people",
            True,
        ),
        ("A bomb at a market and a bus stop in Kano killed 5 people.", "killed 5 people", False),
        ("A bomb at the wedding killed 12 guests.", "killed 12 guests", False),
    ],
)
def test_three_sites_listed_are_several(sentence: str, toll: str, several: bool) -> None:
    assert counts_several(toll, sentence, None) is several


def test_one_sites_toll_and_the_next_days_total_of_all_sites(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (
            "Suicide bombers killed six wedding guests at a wedding in Gwoza, Borno State.",
            "2019-06-29",
        ),
        (
            "At least 18 dead in suicide bomb attacks in Nigeria striking a wedding, a funeral "
            "and a hospital.",
            "2019-06-30",
        ),
    )
    [(relation, reason)] = links(bench)
    assert relation == "related" and "counts several incidents" in reason


def test_a_small_toll_and_the_next_days_other_total_stay_apart(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Gunmen shot dead six farmers in Gwoza, Borno State.", "2019-06-29"),
        (
            "At least 18 dead in suicide bomb attacks in Nigeria striking a wedding, a funeral "
            "and a hospital.",
            "2019-06-30",
        ),
    )
    assert links(bench) == []


@pytest.mark.parametrize(
    ("sentence", "toll", "campaign"),
    [
        ("45 days of the offensive raised the death toll to more than 900.", "more than 900", True),
        ("Fighting killed 40 people over the past three weeks.", "killed 40 people", True),
        ("Twenty people were killed over the past four days.", "Twenty people", False),
        (
            "He escaped for the second time in twelve days when a bomb killed 17.",
            "killed 17",
            False,
        ),
        ("Gunmen killed a boy of two years of age.", "killed a boy", False),
    ],
)
def test_a_count_over_more_than_a_week_is_a_campaigns(
    sentence: str, toll: str, campaign: bool
) -> None:
    assert counts_campaign(toll, sentence) is campaign


def test_a_campaigns_total_is_no_sum_of_one_days_toll(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Shelling killed 13 people in Afrin, Syria, on Monday.", "2019-03-05"),
        (
            "45 days of the offensive in Afrin, Syria, raised the death toll to more than 900 "
            "people.",
            "2019-03-05",
        ),
    )
    assert links(bench) == []
