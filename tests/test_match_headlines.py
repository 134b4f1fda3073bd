"""Two outlets' headlines of one bombing: the fighters a blast struck against the
blast's whole toll, and a first and a later toll of one bombing, one headline
placing it in a town and the other only in the country. Near misses (the
attackers killed, fighters shot, air strikes, another day, tolls far apart) stay
unlinked. Headlines written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.match_reports import load, relations
from workbench.match.means import attack_means
from workbench.service import Workbench

DAY = "2018-06-02"


def _both_counted(bench: Workbench) -> bool:
    """Whether each report gave a killed claim: a near miss is unlinked for its rule."""
    return len({c.document_id for c in bench.claims() if c.category.value == "killed"}) == 2


def test_fighters_a_blast_struck_dispute_its_whole_toll(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Car bomb kills 18 rebels at checkpoint in Syria's Azaz: monitor", DAY),
        ("Blast at checkpoint in northern Syrian town of Azaz kills 27", DAY),
    )
    assert relations(bench, "killed") == ["contradicts"]


def test_fighters_of_an_air_strike_agree_with_its_toll(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Air strike kills 12 rebels near Syria's Jisr al-Shughur", DAY),
        ("Air strike on a base near Jisr al-Shughur kills 12 in Syria", DAY),
    )
    assert relations(bench, "killed") == ["corroborates"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the attackers the troops killed are the other side of the bombing's dead
        (
            "Suicide bombing at a checkpoint in Syria's Azaz kills 27",
            "Troops killed six attackers after the bombing at the checkpoint in Syria's Azaz",
        ),
        # fighters shot dead: a shooting, which fighters wage as well as suffer
        (
            "Gunmen shot dead 12 rebels in Syria's Azaz",
            "Car bomb kills 20 in Syria's Azaz",
        ),
        # the strike's civilian dead are no count of its fighters
        (
            "Air strike kills 12 rebels in Syria's Idlib",
            "Air strike kills 20 civilians in Syria's Idlib",
        ),
    ],
)
def test_fighters_not_struck_by_the_same_blast_stay_apart(
    tmp_path: Path, first: str, second: str
) -> None:
    bench = load(tmp_path, (first, DAY), (second, DAY))
    assert _both_counted(bench) and relations(bench, "killed") == []


def test_a_first_and_a_later_toll_of_one_bombing(tmp_path: Path) -> None:
    """A town's toll and the country's, one day, both of a bombing, within two-fold."""
    bench = load(
        tmp_path,
        ("16 killed by suicide attack targeting Manbij city", DAY),
        ("At least 28 killed in car bomb attack in Syria", DAY),
    )
    assert relations(bench, "killed") == ["contradicts"]


@pytest.mark.parametrize(
    ("first", "second", "second_day"),
    [
        # two days: two bombings
        (
            "16 killed by suicide attack targeting Manbij city",
            "At least 28 killed in car bomb attack in Syria",
            "2018-06-05",
        ),
        # tolls far apart: two bombings of one day
        (
            "12 killed by car bomb in Manbij city",
            "Car bomb kills 50 in Syria",
            DAY,
        ),
        # more than three-fold apart (ties.BLAST_RATIO): "16" and "more than 40" of
        # two car bombs is a first toll and a later one (test_match_lone_blasts)
        (
            "12 killed by suicide attack targeting Manbij city",
            "More than 40 killed in car bomb attack in Syria",
            DAY,
        ),
        # a shooting and a bombing: two incidents
        (
            "Gunmen kill 16 people at Manbij market",
            "Car bomb kills 40 in Syria",
            DAY,
        ),
        # air strikes strike many places of a country a day
        (
            "16 militants killed in air strikes in Pakistan's North Waziristan",
            "Air strikes kill 40 militants in Pakistan",
            DAY,
        ),
    ],
)
def test_tolls_of_two_incidents_of_one_country_stay_apart(
    tmp_path: Path, first: str, second: str, second_day: str
) -> None:
    bench = load(tmp_path, (first, DAY), (second, second_day))
    assert _both_counted(bench) and relations(bench, "killed") == []


@pytest.mark.parametrize(
    ("sentence", "means"),
    [
        ("Blast at a border camp kills 20 rebels", {"bombing"}),
        ("Air strike kills 12 rebels near the town", {"air strike"}),
        ("Gunmen shot dead 12 rebels", {"shooting"}),
    ],
)
def test_the_means_a_headline_tells(sentence: str, means: set[str]) -> None:
    assert attack_means(sentence) == means


def test_an_outlet_s_nationality_does_not_move_the_town(tmp_path: Path) -> None:
    """ "...: Turkish media" placed al-Bab in Turkey, where the gazetteer has no al-Bab,
    and the headline met no other report of the Syrian town."""
    bench = load(
        tmp_path,
        ("Explosion kills 12 in Syrian town of Al-Bab", DAY),
        ("Car bomb in al-Bab kills 19: Turkish media", DAY),
    )
    assert relations(bench, "killed") == ["contradicts"]


def test_a_toll_said_to_have_risen_revises_a_first_count(tmp_path: Path) -> None:
    """A town's first toll and a headline saying the toll rose to three times it and
    more: one bombing's revision, not two incidents of the town."""
    bench = load(
        tmp_path,
        ("Bombings kill 14 in Syria's Qamishli", DAY),
        ("Death toll in Qamishli bombings rises to 44", DAY),
    )
    assert relations(bench, "killed") == ["contradicts"]


def test_tolls_far_apart_with_no_rise_stay_two_incidents(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Bombing kills 14 in Syria's Qamishli", DAY),
        ("Gunmen kill 44 people in Qamishli", DAY),
    )
    assert _both_counted(bench) and relations(bench, "killed") == []


@pytest.mark.parametrize(
    ("phrase", "kept"),
    [
        ("Syria's Azaz", True),  # GeoNames spells it I'zaz: still the town
        ("Syria's Qamishli", True),  # GeoNames' Al-Qamishli District
        ("Syria's Qxzvtown", False),  # a town it lacks: not all of Syria
        ("Qxzvtown, Idlib", False),  # an address resolved to its outer part only
    ],
)
def test_a_possessive_place_keeps_the_gazetteer_s_spelling(phrase: str, kept: bool) -> None:
    from workbench.geo.resolve import resolve
    from workbench.match.place_names import address_located, place_names
    from workbench.store.gazetteer import GazetteerFile

    found = resolve(phrase, "Syria", GazetteerFile())
    assert found is not None
    located = (found.place, *found.others)
    assert bool(address_located(located, place_names(phrase), phrase)) is kept


def test_a_revised_toll_named_by_its_bomb_s_town(tmp_path: Path) -> None:
    """ "Death toll from Azaz car bomb rises to 25" names the town only before the
    bomb, and no report of the town met it."""
    bench = load(
        tmp_path,
        ("Car bomb kills 18 in Syria's Azaz", DAY),
        ("Death toll from Azaz car bomb rises to 25: monitor", DAY),
    )
    assert relations(bench, "killed") == ["contradicts"]
