"""A site named before the place it lies in ("a jail in Chad", "the main hospital in
Bunia", "une prison du Cameroun", "l'hôpital général de Beni") resolves to that place,
with the relation its words state: read name by name the phrase named nothing the
gazetteer knew, and a claim kept as "une prison du Cameroun" had no place at all
(pr76). A site named after its place ("Bunia market") reads as it did; a phrase with
no site, or a site with no place, finds what it found before. Phrases written for
the tests."""

from __future__ import annotations

import pytest

from workbench.geo.resolve import resolve
from workbench.geo.site_openings import site_place
from workbench.store.gazetteer import GazetteerFile


@pytest.fixture(scope="module")
def gazetteer() -> GazetteerFile:
    return GazetteerFile()


@pytest.mark.parametrize(
    ("phrase", "name", "relation"),
    [
        ("a jail in Chad", "Chad", "in"),
        ("the main hospital in Bunia", "Bunia", "in"),
        ("a crowded bus station near Goma", "Goma", "near"),
        ("two schools of Cameroon", "Cameroon", "in"),
        ("une prison du Cameroun", "Cameroon", "in"),
        ("dans une école de Bunia", "Bunia", "in"),
        ("l'hôpital général de Beni", "Beni", "in"),
        ("la grande mosquée de Kano", "Kano", "in"),
        ("près de l'église catholique de Goma", "Goma", "near"),
    ],
)
def test_a_site_before_its_place_resolves_to_the_place(
    gazetteer: GazetteerFile, phrase: str, name: str, relation: str
) -> None:
    found = resolve(phrase, None, gazetteer)
    assert found is not None
    assert (found.place.name, found.relation) == (name, relation)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Bunia market", "Bunia"),  # a site after its place, as before
        ("Goma", "Goma"),
        ("le marché de Goma", "Goma"),
    ],
)
def test_other_phrases_resolve_as_before(gazetteer: GazetteerFile, phrase: str, name: str) -> None:
    found = resolve(phrase, None, gazetteer)
    assert found is not None and found.place.name == name


@pytest.mark.parametrize("phrase", ["a jail", "une prison", "the prison of Nowhereville"])
def test_a_site_of_no_known_place_is_no_place(gazetteer: GazetteerFile, phrase: str) -> None:
    assert resolve(phrase, None, gazetteer) is None


def test_site_place_leaves_other_phrases_whole() -> None:
    assert site_place("a jail in Chad") == "Chad"
    assert site_place("une prison du Cameroun") == "Cameroun"
    assert site_place("Bunia market") == "Bunia market"
    assert site_place("the village of Gossi") == "the village of Gossi"
    assert site_place("north of Goma") == "north of Goma"
