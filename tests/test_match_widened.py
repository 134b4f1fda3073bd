"""Gates widened so that matching finds one incident told in other words (issue 16),
on claims and texts written for the tests, each with its negative: a bound that
reaches a figure, a mass killing's undated tolls a day apart, fighters on a state's
side, victims named by words the lexicon does not know, "a man" as anyone, and a
death alone of one family in a region."""

from __future__ import annotations

from pathlib import Path

from tests.match_helpers import placed_claim, related
from tests.test_match_country import load, relations
from workbench.match import Relation
from workbench.match.features import generic
from workbench.match.victim_words import singular
from workbench.match.victims import victim_family
from workbench.store.gazetteer import GazetteerFile


def test_a_bound_just_below_a_figure_reaches_it_at_an_unknown_place(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("— Kenya", "Militants killed 15 people at Zanguberi Police Camp on Sunday.", "2019-03-04"),
        ("", "More than 12 people were killed in Garissa on Sunday.", "2019-03-04"),
    )
    [(relation, reason)] = relations(bench)
    assert relation == "corroborates" and "same country: Kenya" in reason
    # a bound far below the figure says little of it: two places, two incidents
    far = load(
        tmp_path / "far",
        ("— Kenya", "Militants killed 15 people at Zanguberi Police Camp on Sunday.", "2019-03-04"),
        ("", "At least 4 people were killed in Garissa on Sunday.", "2019-03-04"),
    )
    assert relations(far) == []


def test_a_mass_killing_told_undated_a_day_apart_is_one(places: GazetteerFile) -> None:
    def undated(claim_id: int, location: str, low: int, published: str, **more: object):
        return placed_claim(places, claim_id, location, low, date=None, published=published, **more)

    first = undated(1, "Mali", 40, "2024-06-06", subject="people")
    [(relation, reason)] = related(first, undated(2, "Bankass", 40, "2024-06-07"))
    assert relation is Relation.CORROBORATES and "same country: Mali" in reason
    # two days apart, or tolls that disagree, or a running total: no tie to one day
    assert related(first, undated(3, "Bankass", 40, "2024-06-08")) == []
    assert related(first, undated(4, "Bankass", 25, "2024-06-07")) == []
    total = undated(5, "Mali", 40, "2024-06-06", subject="people", scope="cumulative")
    assert related(total, undated(6, "Bankass", 40, "2024-06-07", scope="cumulative")) == []


def test_fighters_on_a_state_side_are_security_forces() -> None:
    assert victim_family("armed_group", "regime fighters") == "military"
    assert victim_family(None, "22 pro-government fighters") == "military"
    # fighters of no state, or backed by one from outside, stay an armed group
    assert victim_family(None, "Turkish-backed fighters") == "armed_group"
    assert victim_family(None, "rebel fighters") == "armed_group"


def test_victims_named_by_trade_age_office_or_rank_join_their_family() -> None:
    for word in ("truckers", "shepherd", "spectators", "teenagers", "councillor"):
        assert victim_family(None, word) == "civilian", word
    for word in ("paratroopers", "sergeant", "servicemen"):
        assert victim_family(None, word) == "military", word
    assert victim_family(None, "bandits") == "armed_group"
    # whose side a hostage, a detainee or a bodyguard is on the text must say
    for word in ("hostages", "detainees", "bodyguards", "vigilantes"):
        assert victim_family(None, word) is None, word
    assert [singular(w) for w in ("herdsmen", "militias", "witnesses", "truckers")] == [
        "herdsman",
        "militia",
        "witness",
        "trucker",
    ]


def test_two_words_of_one_family_corroborate_where_two_families_do_not(
    places: GazetteerFile,
) -> None:
    truckers = placed_claim(places, 1, "Bankass", 3, subject="truckers")
    [(relation, _)] = related(truckers, placed_claim(places, 2, "Bankass", 3, subject="drivers"))
    assert relation is Relation.CORROBORATES
    assert related(truckers, placed_claim(places, 3, "Bankass", 3, subject="soldiers")) == []


def test_a_man_is_anyone() -> None:
    assert generic("man") and generic("71-year-old man") and generic("woman")
    assert not generic("gunman") and not generic("policeman")
    # men and women said alone count anyone ("nineteen men, five women and a child");
    # "armed men" and "young women" say more
    assert generic("men") and generic("women") and generic("hommes")
    assert not generic("armed men") and not generic("gunmen") and not generic("young women")


def test_a_death_alone_of_one_family_in_a_region_ties_nothing(places: GazetteerFile) -> None:
    def one(claim_id: int, location: str, subject: str):
        return placed_claim(places, claim_id, location, 1, subject=subject)

    # one villager and one farmer killed in a region that day: any day's news there
    assert related(one(1, "the Mopti region", "villager"), one(2, "Mopti Region", "farmer")) == []
    # in one city, one policeman and one police officer: the same death
    [(relation, _)] = related(one(3, "Bamako", "policeman"), one(4, "Bamako", "police officer"))
    assert relation is Relation.CORROBORATES
