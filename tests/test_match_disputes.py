"""Disputed tolls between reports tied by more than their country (issue 16), on
texts written for the tests: another toll both reports give alike, one family of
victims counted close, a town one report names in passing; each with its negatives
(tolls far apart, people in general sharing only a country, a lone death)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from tests.match_helpers import placed_claim, related
from tests.test_match_country import load, relations
from workbench.match import Relation
from workbench.store.gazetteer import GazetteerFile

DAY = "2019-08-03"
AMBUSH = "Militants attacked two vehicles in Kenya, killing three people and wounding five."


def test_an_agreeing_killed_toll_makes_the_wounded_a_dispute(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (
            "",
            "Militants attacked two vehicles in Kenya, killing three people and wounding five.",
            DAY,
        ),
        ("", "Three people were killed and four injured in Kenya when a bus was ambushed.", DAY),
    )
    found = {relation for relation, _ in relations(bench)}
    assert found == {"corroborates", "contradicts"}
    [reason] = [reason for relation, reason in relations(bench) if relation == "contradicts"]
    assert "5 vs 4 wounded" in reason
    assert "both give the killed alike: 'killing three people' ~ 'Three people were killed'" in (
        reason
    )


def test_a_killed_toll_of_another_family_ties_no_wounded(tmp_path: Path) -> None:
    # three civilians and three soldiers killed are two incidents' tolls, however alike
    bench = load(
        tmp_path,
        ("", "A bus hit a mine in Kenya, killing three civilians and wounding five people.", DAY),
        (
            "",
            "Three soldiers were killed and four people were injured in Kenya in an ambush.",
            DAY,
        ),
    )
    assert [relation for relation, _ in relations(bench) if relation == "contradicts"] == []


def test_killed_tolls_apart_leave_the_wounded_unlinked(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (
            "",
            "Militants attacked two vehicles in Kenya, killing three people and wounding five.",
            DAY,
        ),
        ("", "Seven people were killed and four injured in Kenya when a bus was ambushed.", DAY),
    )
    assert relations(bench) == []


def test_a_lone_death_alike_is_no_agreeing_toll(tmp_path: Path) -> None:
    # one killed is many incidents' toll a day: it ties nothing
    bench = load(
        tmp_path,
        ("", "Gunmen attacked a market in Kenya, killing one person and wounding five.", DAY),
        ("", "One person was killed and two were injured in Kenya in an ambush.", DAY),
    )
    assert [relation for relation, _ in relations(bench)] == []


def test_an_agreeing_toll_outweighs_a_wounded_toll_far_apart(tmp_path: Path) -> None:
    # undated, 18 against 2 wounded would be two incidents; the killed say it is one
    bench = load(
        tmp_path,
        ("", "A bomb blast killed three people and injured 18 at a restaurant in Indonesia.", DAY),
        ("", "Three were killed and two were injured in this blast in Makassar, Indonesia.", DAY),
    )
    contradicts = [reason for relation, reason in relations(bench) if relation == "contradicts"]
    assert len(contradicts) == 1 and "18 vs 2 wounded" in contradicts[0]


def test_one_family_counted_close_the_same_day_is_a_dispute(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("", "The ministry said 15 rebels were killed in clashes in Syria.", DAY),
        ("", "Mines killed 21 Turkey-backed rebels in Syria, a monitor said.", DAY),
    )
    [(relation, reason)] = relations(bench)
    assert relation == "contradicts" and "15 vs 21 killed" in reason


def test_people_in_general_close_in_one_country_are_two_incidents(tmp_path: Path) -> None:
    # a dispute over small tolls needs more than a country and a day
    bench = load(
        tmp_path,
        ("", "Two bombers killed 4 persons in Pakistan, officials said.", DAY),
        ("", "A car bomb killed five people near Jhanda Square, in Pakistan.", DAY),
    )
    assert relations(bench) == []


def test_mass_killings_close_in_one_country_the_same_day_are_a_dispute(tmp_path: Path) -> None:
    # two tolls of ten or more, within half again of each other, one country and day
    bench = load(
        tmp_path,
        ("", "Two bombers killed 14 persons in Pakistan, officials said.", DAY),
        ("", "A car bomb killed seventeen people near Jhanda Square, in Pakistan.", DAY),
    )
    [(relation, reason)] = relations(bench)
    assert relation == "contradicts" and "14 vs 17 killed" in reason


def test_mass_killings_far_apart_in_one_country_are_two_incidents(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("", "Two bombers killed 14 persons in Pakistan, officials said.", DAY),
        ("", "A car bomb killed 40 people near Jhanda Square, in Pakistan.", DAY),
    )
    assert relations(bench) == []


def test_one_family_far_apart_is_two_incidents(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("", "The ministry said 15 rebels were killed in clashes in Syria.", DAY),
        ("", "Mines killed 40 Turkey-backed rebels in Syria, a monitor said.", DAY),
    )
    assert relations(bench) == []


MOSQUE = "Two bombers struck a mosque on the outskirts of Maiduguri, killing 22 worshippers."
VILLAGE = (
    "{} people were killed at a mosque in Kolori-Bulama, a village 6 kilometres from Maiduguri."
)


def test_a_town_named_in_passing_and_a_close_toll_are_a_dispute(tmp_path: Path) -> None:
    # whichever report is loaded first
    for order, articles in enumerate([[MOSQUE, VILLAGE.format(27)], [VILLAGE.format(27), MOSQUE]]):
        bench = load(tmp_path / str(order), *[("", text, DAY) for text in articles])
        [(relation, reason)] = relations(bench)
        assert relation == "contradicts" and "both name" in reason


def test_a_town_named_in_passing_and_a_toll_far_apart_are_two_incidents(tmp_path: Path) -> None:
    bench = load(tmp_path, ("", MOSQUE, DAY), ("", VILLAGE.format(60), DAY))
    assert relations(bench) == []


def test_a_town_named_in_passing_is_found_whichever_report_comes_first(tmp_path: Path) -> None:
    # the report naming the town in passing loaded after the one placed in it: the new
    # claim must look for the stored one, which never looks itself (and "about 20"
    # states no figure of the other's, so no block of figures brings the two together)
    for order, articles in enumerate(
        [[MOSQUE, VILLAGE.format("About 20")], [VILLAGE.format("About 20"), MOSQUE]]
    ):
        bench = load(tmp_path / str(order), *[("", text, DAY) for text in articles])
        [(relation, reason)] = relations(bench)
        assert relation == "corroborates" and "both name" in reason


def test_only_tolls_are_disputed_by_close_counts() -> None:
    # "at least four gunmen" and "three gunmen" (category other) in one country, one
    # day: counts that are no toll, so nothing says they are one incident's
    places = GazetteerFile()
    fields = dict(country="Syria", subject="rebels", date=None, published=DAY)
    first = placed_claim(places, 1, "Syria", 15, **fields)
    second = placed_claim(places, 2, "Syria", 21, **{**fields, "subject": "Turkey-backed rebels"})
    assert [relation for relation, _ in related(first, second)] == [Relation.CONTRADICTS]
    first, second = (replace(c, category="other") for c in (first, second))
    assert related(first, second) == []
