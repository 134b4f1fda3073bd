"""Places news pages give that are not where a thing happened: a headline's idiom in
title case ("At Least 12 Die"), and where a source spoke from ("told reporters in
Abuja", "speaking by phone from Makurdi", "from his hospital bed in Maiduguri"); and
a list of names sharing a plural place word ("in Kanam and Wase local government
areas"), read as its first name, not cut to its last. Sentences written for these
tests; negatives included."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in
from workbench.extract.not_places import not_a_place
from workbench.extract.spoke_from import SPOKE_FROM


def places_of(text: str) -> list[str | None]:
    """The location of each claim of `text`, in order."""
    return [c.location for c in claims_in(text)]


@pytest.mark.parametrize("name", ["Least", "Total", "Average", "Gunpoint", "Dawn"])
def test_a_headline_idiom_is_no_place(name):
    assert not_a_place(name)


@pytest.mark.parametrize("name", ["Leeds", "Totana", "Dawa"])
def test_names_like_the_idioms_stay_places(name):
    assert not not_a_place(name)


def test_at_least_in_a_title_case_headline_places_nothing():
    text = "At Least 21 Killed In Truck Blast In Galkayo\n\nA truck bomb killed 21 people."
    assert "Least" not in places_of(text)


SPOKEN_FROM = [
    ("Speaking by phone from Makurdi, a chief said 14 herders were killed.", "Makurdi"),
    ("The commissioner told reporters in Abuja that 9 people died.", "Abuja"),
    ("From his hospital bed in Maiduguri, a farmer said 11 people were shot dead.", "Maiduguri"),
    ("A nurse told The Associated Press by phone from Yola that 6 people were killed.", "Yola"),
    ("At a news conference in Lagos, the police said 8 robbers were killed.", "Lagos"),
]


@pytest.mark.parametrize(("text", "where"), SPOKEN_FROM)
def test_where_a_source_spoke_from_is_not_the_scene(text, where):
    assert [m.group("where") for m in SPOKE_FROM.finditer(text)] == [where]
    assert where not in places_of(text)


def test_the_scene_named_before_is_kept_over_where_the_source_spoke():
    text = (
        "Gunmen killed 14 villagers in Gwer West on Sunday. Speaking to newsmen on phone "
        "in Makurdi, a local leader said 14 people were killed."
    )
    assert places_of(text) == ["Gwer West", "Gwer West"]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("The governor said gunmen killed 5 people in Kano on Monday.", "Kano"),
        ("Police spokesman Musa said 3 people died at Jos.", "Jos"),
        ("Residents told reporters that 7 bodies lay in Bama.", "Bama"),
    ],
)
def test_a_scene_after_a_verb_of_saying_stays_the_scene(text, where):
    assert not list(SPOKE_FROM.finditer(text))
    assert places_of(text) == [where]


LISTS = [
    ("Bandits killed 9 herders in the adjoining Dogo and Tudun local government areas.", "Dogo"),
    ("Troops killed 7 militants in Orakzai, Kohat and Karak districts.", "Orakzai"),
    ("Floods killed 4 in the neighbouring Zaki and Gamawa LGAs.", "Zaki"),
]


@pytest.mark.parametrize(("text", "first"), LISTS)
def test_a_list_sharing_a_plural_place_word_gives_its_first_name(text, first):
    assert places_of(text) == [first]


def test_a_later_sentence_carries_the_list_not_its_last_name():
    text = (
        "Gunmen raided villages in the adjoining Dogo and Tudun local government areas. "
        "Doctors said 16 people were hospitalised."
    )
    assert places_of(text) == ["Dogo"]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Gunmen killed 3 people in Tudun local government area.", "Tudun local government area"),
        ("Gunmen killed 3 people in Hangu district on Monday.", "Hangu district"),
        # a plural place word after one name is no list: "the Tudun districts" names none
        ("Officials of the Tudun districts said 3 people died.", None),
        # a singular place word after a list names its own place
        ("Officials from Sokoto and Wase district offices said 3 died in Ilela.", "Ilela"),
    ],
)
def test_one_name_with_its_place_word_is_unchanged(text, where):
    assert places_of(text) == [where]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("9 Killed In Ruvuma Terror Attack\n\nGunmen killed 9 people.", "Ruvuma"),
        ("11 Dead In Fresh Kaura Bandit Raids\n\nBandits killed 11 people.", "Kaura"),
        ("6 Die In Gombe Suicide Bombing\n\nA bomber killed 6 people.", "Gombe"),
    ],
)
def test_a_headline_s_event_words_after_a_place_are_cut(text, where):
    assert places_of(text) == [where, where]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # an event word that ends no headline run, or with nothing before it
        ("Gunmen killed 9 in Attack village on Monday.", None),
        ("Gunmen killed 4 in Raid Town on Monday.", "Raid Town"),
    ],
)
def test_a_name_that_is_only_event_words_is_left_whole(text, where):
    assert places_of(text) == [where]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("A blast killed 8 in the northern Somalian town of Bulo Burte.", "Bulo Burte"),
        ("Rebels killed 5 in the Congolese city of Butembo.", "Butembo"),
        # a place's own name before the kind stays the place: not "of Mali"
        ("Gunmen killed 9 in the Gao region of Mali.", "Gao region"),
    ],
)
def test_a_proper_adjective_before_a_place_kind_is_read_through(text, where):
    assert places_of(text) == [where]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Rebels killed 6 in Chad's eastern province of Ouaddai.", "Chad's Ouaddai"),
        ("A drone killed 4 in Yemen's city of Marib on Monday.", "Yemen's Marib"),
        ("Gunmen killed 9 in Kenya's county of Lamu.", "Kenya's Lamu"),
    ],
)
def test_a_place_named_as_a_kind_of_its_owner_s_is_the_place(text, where):
    assert places_of(text) == [where]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # an owner's place named before its kind stays as it was
        ("Gunmen killed 9 in Kenya's Lamu county.", "Kenya's Lamu county"),
        # a lower-case word after "of" names no place: read as before
        ("Gunmen killed 9 in Kenya's state of emergency zone.", "Kenya state"),
        # a group after "of" is no place
        ("Gunmen killed 9 in Nigeria's stronghold of Boko Haram.", "Nigeria"),
    ],
)
def test_an_owner_without_a_kind_of_place_after_it_is_unchanged(text, where):
    assert places_of(text) == [where]
