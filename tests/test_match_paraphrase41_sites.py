"""Paraphrased sites: two small disputed tolls of one city that day tell one attack
where both tell a bombing at one kind of site, one report naming it plainly ("a
market", "a crowded bus") and the other saying which ("a Kabul market")."""

from __future__ import annotations

from pathlib import Path

from tests.match_reports import load, relations
from workbench.match.site_words import one_kind_of_site, site_kinds
from workbench.service import Workbench


def test_the_kinds_of_site_a_sentence_names() -> None:
    assert site_kinds("at the gate of a market") == {"gate": {""}, "market": {""}}
    assert site_kinds("on two crowded buses") == {"bus": {""}}
    assert site_kinds("at the central bus station") == {"station": {"bus"}}
    assert site_kinds("at the Shorja market") == {"market": {"Shorja"}}
    assert site_kinds("a Kabul market", ("kabul",)) == {"market": {""}}


def test_a_site_named_plainly_and_by_which_is_one_kind() -> None:
    assert one_kind_of_site(site_kinds("a Kabul market", ("kabul",)), site_kinds("at a market"))
    assert one_kind_of_site(site_kinds("a military base"), site_kinds("the base"))
    assert not one_kind_of_site(site_kinds("the Shorja market"), site_kinds("a market"))
    assert one_kind_of_site(site_kinds("the bus station"), site_kinds("the bus station"))
    assert not one_kind_of_site(site_kinds("a Shia mosque"), site_kinds("a Sunni mosque"))
    assert not one_kind_of_site(site_kinds("a market"), site_kinds("a crowded bus"))


def test_a_market_bombing_told_two_ways_is_one_dispute(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (
            "Six people were killed when a suicide bomber blew himself up at the entrance "
            "to a Kabul market on 4 May 2011.",
            "2011-05-05",
        ),
        (
            "Four people died when a bomber blew himself up at the gate of a market in "
            "Kabul on 4 May 2011.",
            "2011-05-05",
        ),
    )
    assert killed(bench) == ["contradicts"]


def test_a_bus_bombing_told_two_ways_is_one_dispute(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("A bomb on a bus in Kabul killed eight people on 4 May 2011.", "2011-05-05"),
        (
            "Seven passengers died when a bomb exploded on a crowded bus in Kabul on 4 May 2011.",
            "2011-05-05",
        ),
    )
    assert killed(bench) == ["contradicts"]


def test_bombings_of_two_mosques_of_one_city_stay_apart(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (
            "A suicide bomber killed six worshippers at a Shia mosque in Kabul on 4 May 2011.",
            "2011-05-05",
        ),
        ("A bomb killed four worshippers at a Sunni mosque in Kabul on 4 May 2011.", "2011-05-05"),
    )
    assert killed(bench) == []


def test_a_named_market_and_a_market_of_one_city_stay_apart(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (
            "A car bomb exploded at a market in Kabul, killing seven people on 4 May 2011.",
            "2011-05-05",
        ),
        (
            "A car bomb tore through the Mandawi market in Kabul, killing nine civilians on "
            "4 May 2011.",
            "2011-05-05",
        ),
    )
    assert killed(bench) == []


def test_a_bus_and_a_market_bombed_in_one_city_stay_apart(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("A bomb on a bus in Kabul killed eight people on 4 May 2011.", "2011-05-05"),
        ("A bomb at a market in Kabul killed six people on 4 May 2011.", "2011-05-05"),
    )
    assert killed(bench) == []


def test_an_axe_and_a_knife_are_one_stabbing(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("A man with an axe wounded three Israelis in Haifa on 2 March 2004.", "2004-03-03"),
        (
            "Three people were lightly hurt in a knife attack in Haifa on 2 March 2004.",
            "2004-03-03",
        ),
    )
    assert wounded(bench) == ["corroborates"]


def test_a_stabbing_and_a_bombing_of_one_city_stay_apart(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("A man with an axe wounded three Israelis in Haifa on 2 March 2004.", "2004-03-03"),
        ("Three people were hurt when a bomb exploded in Haifa on 2 March 2004.", "2004-03-03"),
    )
    assert wounded(bench) == []


def wounded(bench: Workbench) -> list[str]:
    return relations(bench, "wounded")


def killed(bench: Workbench) -> list[str]:
    return relations(bench, "killed")
