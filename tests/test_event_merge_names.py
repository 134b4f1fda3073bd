"""A merged event's machine name keeps the place it showed, in the words a name
gives a place (trial 76 read "killed Mali" and "killed on the Mali")."""

from __future__ import annotations

from workbench.events.merging import kept_place
from workbench.events.name_words import place_words


def test_a_place_takes_the_words_a_name_gives_it():
    assert place_words("Gossi") == "in Gossi"
    assert place_words("north of Kidal") == "north of Kidal"
    assert place_words("near Bamako") == "near Bamako"
    assert place_words("road linking Kidal") == "on the road linking Kidal"


def test_a_bare_place_put_back_for_one_said_as_it_lies():
    name = "killed, attacks north of Kidal, Wednesday"
    assert kept_place(name, "north of Kidal", "Mali") == "killed, attacks in Mali, Wednesday"


def test_a_road_put_back_for_a_town_and_a_town_for_a_road():
    assert kept_place("killed in Gao, May 2", "Gao", "road linking Kidal") == (
        "killed on the road linking Kidal, May 2"
    )
    assert kept_place("killed on the road linking Kidal, May 2", "road linking Kidal", "Gao") == (
        "killed in Gao, May 2"
    )


def test_near_a_town_is_not_in_near_it():
    assert kept_place("killed in Tessalit, May 2", "Tessalit", "near Bamako") == (
        "killed near Bamako, May 2"
    )


def test_a_name_without_its_place_has_nothing_put_back():
    assert kept_place("killed in Gao, May 2", "Menaka", "Gossi") is None
    assert kept_place("killed in Gao", "", "Gossi") is None
