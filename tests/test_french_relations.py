"""French place phrases resolved with the relation they state, in the English words
an English phrase gives ("aux abords de Djibo" is "near", "à 20 km au sud de Gao"
"south of"), so a French claim's place reads and matches as an English one's."""

from __future__ import annotations

import pytest

from workbench.geo.french_relations import french_relation
from workbench.geo.places import Kind
from workbench.geo.resolve import resolve
from workbench.store.gazetteer import GazetteerFile


@pytest.fixture(scope="module")
def gazetteer() -> GazetteerFile:
    """The shipped gazetteer in the file this run's test processes share (conftest)."""
    return GazetteerFile()


@pytest.mark.parametrize(
    ("phrase", "country", "name", "relation", "others"),
    [
        ("au nord de Kidal", "Mali", "Kidal", "north of", []),
        ("à une trentaine de kilomètres au nord de Dori", "Burkina Faso", "Dori", "north of", []),
        ("à environ 20 km au sud de Gao", "Mali", "Gao", "south of", []),
        ("à 60 km à l'ouest de Mopti", "Mali", "Mopti", "west of", []),
        ("au sud-ouest de Niamey", "Niger", "Niamey", "south-west of", []),
        ("le nord du Mali", "Mali", "Mali", "northern", []),
        ("dans le centre du Mali", "Mali", "Mali", "central", []),
        ("à 15 km de Bankass", "Mali", "Bankass", "near", []),
        ("à quelques kilomètres de Gao", "Mali", "Gao", "near", []),
        ("aux abords de Djibo", "Burkina Faso", "Djibo", "near", []),
        ("aux abords du marché de Djibo", "Burkina Faso", "Djibo", "near", []),
        ("non loin de Ménaka", "Mali", "Ménaka", "near", []),
        ("non loin du marché de Gao", "Mali", "Gao", "near", []),
        ("autour de Kaya", "Burkina Faso", "Kaya", "near", []),
        ("aux alentours de Kaya", "Burkina Faso", "Kaya", "near", []),
        ("à la périphérie de Goma", "DR Congo", "Goma", "near", []),
        ("à l'entrée de Gao", "Mali", "Gao", "near", []),
        ("à hauteur de Boni", "Mali", "Boni", "near", []),
        ("dans la banlieue de Niamey", "Niger", "Niamey", "near", []),
        ("entre Douentza et Gao", "Mali", "Douentza", "between", ["Gao"]),
        ("l'axe Boni-Hombori", "Mali", "Boni", "between", ["Hombori"]),
        ("la route reliant Djibo à Namsiguia", "Burkina Faso", "Djibo", "between", ["Namsiguia"]),
        ("au cœur de Bamako", "Mali", "Bamako", "in", []),
        ("les villages de Boni et Hombori", "Mali", "Boni", "in", ["Hombori"]),
    ],
)
def test_a_french_relation_reads_as_the_english_one(
    gazetteer: GazetteerFile,
    phrase: str,
    country: str,
    name: str,
    relation: str,
    others: list[str],
) -> None:
    found = resolve(phrase, country, gazetteer)
    assert found is not None
    assert (found.place.name, found.relation) == (name, relation)
    assert [o.name for o in found.others] == others


@pytest.mark.parametrize(
    ("phrase", "country", "name", "kind"),
    [
        ("la région de Mopti", "Mali", "Mopti Region", Kind.REGION),
        ("les régions de Mopti et de Ségou", "Mali", "Mopti Region", Kind.REGION),
        ("le cercle de Bandiagara", "Mali", "Bandiagara Cercle", Kind.DISTRICT),
        ("la ville de Mopti", "Mali", "Mopti", Kind.TOWN),
    ],
)
def test_a_french_area_word_says_what_kind_of_place_a_name_is(
    gazetteer: GazetteerFile, phrase: str, country: str, name: str, kind: Kind
) -> None:
    found = resolve(phrase, country, gazetteer)
    assert found is not None
    assert (found.place.name, found.place.kind, found.relation) == (name, kind, "in")


def test_a_road_name_is_cut_at_its_hyphen_only_where_the_whole_is_no_place(
    gazetteer: GazetteerFile,
) -> None:
    road = resolve("l'axe Dori-Gorom-Gorom", "Burkina Faso", gazetteer)
    assert road is not None
    assert [road.place.name, *(o.name for o in road.others)] == ["Dori", "Gorom-Gorom"]
    between = resolve("entre Dori et Gorom-Gorom", "Burkina Faso", gazetteer)
    assert between is not None
    assert [o.name for o in between.others] == ["Gorom-Gorom"]


def test_english_phrases_are_not_read_as_french() -> None:
    assert french_relation("north of Kidal") is None
    assert french_relation("the Mopti region") is None
    assert french_relation("near Gao") is None
