"""Kinds from the study half of pairs-news-b (issue 16, session 51): a country's
acronym in brackets after its name is no second place; the dead "included" after a
phrase of where they died are parts of the toll; a death both reports name by what
the victim was ties their other tolls. Reports written for the tests."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in
from tests.match_reports import load, relations
from workbench.models import Category


def test_a_countrys_acronym_after_its_border_is_no_place():
    (claim,) = claims_in(
        "Rebels killed 14 people near Uganda's border with the Democratic Republic of the "
        "Congo (DRC), officials said."
    )
    assert "DRC" not in (claim.location or "") and "Congo" not in (claim.location or "")


def test_a_countrys_acronym_in_brackets_is_the_same_place():
    (claim,) = claims_in("Rebels killed 9 people in the Central African Republic (CAR).")
    assert claim.location == "Central African Republic"


def test_those_killed_in_the_raid_included_are_parts_of_the_dead():
    claims = claims_in(
        "Those killed in the night raid on the village of Kabare included 8 children and "
        "three women, the governor said."
    )
    assert [(c.category, c.value) for c in claims] == [
        (Category.KILLED, 8),
        (Category.KILLED, 3),
    ]


def test_one_victim_both_reports_name_ties_their_other_tolls(tmp_path):
    """One worker killed and three wounded, told by two outlets of one day: the death
    alone is many incidents' toll, but both name the same kind of victim."""
    bench = load(
        tmp_path,
        (
            "Rebels in the province killed a road engineer and seriously injured three "
            "others in an attack on a construction camp in Papua province, police said Friday.",
            "2023-10-20",
        ),
        (
            "Rebels have killed a road engineer and injured three others in an attack on "
            "a construction camp in Indonesia's Papua.",
            "2023-10-20",
        ),
    )
    assert relations(bench, "wounded") == ["corroborates"]


def test_a_lone_death_of_anyone_ties_nothing(tmp_path):
    """ "a man" twice names no one: the wounded of two reports stay apart."""
    bench = load(
        tmp_path,
        ("Gunmen killed a man and wounded three others in Papua province on Friday.", "2023-10-20"),
        (
            "A man was shot dead and three people were hurt in an attack in Indonesia's Papua.",
            "2023-10-20",
        ),
    )
    assert "corroborates" not in relations(bench, "wounded")


def test_countries_in_a_list_and_in_history_do_not_make_the_home(tmp_path):
    """A Chadian story naming the Lake Chad countries in a list, and Nigeria's
    insurgency of 2009, is about Chad: its unplaced toll agrees with the one placed in
    Chad by another outlet."""
    bench = load(
        tmp_path,
        (
            "Jihadists have killed 61 troops in an attack on Monday on an island base, the worst "
            "blow yet to Chad's army. The raid is part of a campaign in the area where "
            "the borders of Cameroon, Chad, Niger and Nigeria meet. The group launched "
            "its insurgency in Nigeria in 2009.",
            "2020-03-26",
        ),
        (
            "Jihadists killed 61 Chadian soldiers on Monday in an attack on a base in "
            "Chad, the president said.",
            "2020-03-25",
        ),
    )
    assert relations(bench, "killed") == ["corroborates"]


def test_parts_of_the_dead_told_with_included_are_parts_in_matching(tmp_path):
    """ "Those killed (in the raid on X) included 12 children": a part of the toll, which
    no other report's whole toll of 20 contradicts."""
    from workbench.match.parts import is_part

    for text in (
        "Those killed included 6 women",
        "Those killed in the night raid on the town of Kabare included 8 children",
    ):
        assert is_part(text, text + ".", "killed")
    bench = load(
        tmp_path,
        (
            "Rebels killed 20 people in Kabare on Friday. Those killed in the night raid "
            "on the town of Kabare included 8 children, the governor said.",
            "2023-12-23",
        ),
        ("Twenty people were killed in Kabare on Friday, the government said.", "2023-12-23"),
    )
    assert "contradicts" not in relations(bench, "killed")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 31 villagers in attacks on four hamlets, the police spokesman "
        "disclosed this in Jos on Tuesday.",
        "Gunmen killed 31 villagers in attacks on four hamlets, the spokesman said in Jos.",
    ],
)
def test_where_a_statement_was_made_is_no_scene(text):
    (claim,) = [c for c in claims_in(text) if c.category is Category.KILLED]
    assert claim.location != "Jos"


def test_a_scene_told_before_the_saying_stays():
    (claim,) = claims_in("Gunmen killed 31 villagers in Jos, the spokesman said.")
    assert claim.location == "Jos"


def test_a_units_number_is_no_count_inside_a_long_noun_phrase():
    """ "nine personnel of the 212 Battalion of the Central Reserve Police Force were
    killed" is nine dead (it had been one: the force, its number 212 a break)."""
    (claim, *_) = claims_in(
        "At least nine personnel of the 212 Battalion of the Central Reserve Police Force "
        "(CRPF) were killed and two injured in an IED blast."
    )
    assert (claim.category, claim.low) == (Category.KILLED, 9)


def test_a_country_named_by_its_institution_is_no_place_of_the_story():
    """ "listed as a terrorist organization by the US State Department": the United
    States acts; the Colombian attack's place is not the United States."""
    claims = claims_in(
        "A guerrilla group attacked an army base, killing at least seven Colombian soldiers. "
        "The attack was blamed on the ELN, a group listed as a terrorist organization by "
        "the US State Department."
    )
    assert all("United States" not in (c.location or "") for c in claims)


def test_a_village_of_a_district_and_the_districts_name_alone_meet(tmp_path):
    """ "Banisa, Mandera district" and "in Mandera": the county as often as its town."""
    bench = load(
        tmp_path,
        (
            "Three policemen were killed and three others injured when al Shabaab fighters "
            "ambushed them in Banisa, Mandera district, on Friday.",
            "2021-05-21",
        ),
        ("At least three policemen were killed by al-Shabaab militants in Mandera.", "2021-05-21"),
    )
    assert "corroborates" in relations(bench, "killed")
