"""A country's or a region's name whose words a filler word joins ("République
démocratique du Congo", "Republic of the Congo", "Bosnia and Herzegovina") is one name
to matching, and so is a country named as a site's ("une prison du Cameroun"): read
word by word the French name of DR Congo was two names, and the country the gazetteer
gave was dropped as an address's (`address_located`), so a village's toll and the
same toll told of the country never met (pr76). French articles "un"/"une" name no
place ("un village du Sud-Kivu" is South Kivu's). Other phrases keep their names.
Phrases written for the tests."""

from __future__ import annotations

import pytest

from workbench.geo.places import Kind, Place
from workbench.match.place_names import address_located, place_names


@pytest.mark.parametrize(
    ("phrase", "names"),
    [
        ("République démocratique du Congo", ("republique democratique du congo",)),
        ("en République du Congo", ("republique du congo",)),
        ("the Republic of the Congo", ("republic of the congo",)),
        ("Uvira, République démocratique du Congo", ("uvira", "republique democratique du congo")),
        ("Bosnia and Herzegovina", ("bosnia and herzegovina",)),
        ("une prison du Cameroun", ("cameroun",)),
        ("a jail in Chad", ("chad",)),
        ("un village du Sud-Kivu", ("sud kivu",)),
        ("une localité de l'Ituri", ("l'ituri",)),
    ],
)
def test_joined_names_are_one(phrase: str, names: tuple[str, ...]) -> None:
    assert place_names(phrase) == names


@pytest.mark.parametrize(
    ("phrase", "names"),
    [
        ("between Douentza and Gao", ("douentza", "gao")),
        ("Kidal, Anefis", ("kidal", "anefis")),
        ("northern Mali", ("north mali",)),
        ("the main market in Jolo", ("main market", "jolo")),  # a town's site keeps its words
        ("Jolo market", ("jolo market",)),
    ],
)
def test_other_phrases_keep_their_names(phrase: str, names: tuple[str, ...]) -> None:
    assert place_names(phrase) == names


def _country(name: str, code: str) -> Place:
    return Place(
        geonameid=1,
        name=name,
        kind=Kind.COUNTRY,
        country=name,
        country_code=code,
        region=None,
        district=None,
        region_code="",
        district_code="",
        latitude=0.0,
        longitude=0.0,
        population=0,
    )


@pytest.mark.parametrize(
    ("phrase", "country", "code"),
    [
        ("République démocratique du Congo", "Democratic Republic of the Congo", "CD"),
        ("la République du Congo", "Republic of the Congo", "CG"),
        ("une prison du Cameroun", "Cameroon", "CM"),
    ],
)
def test_the_gazetteers_country_is_kept(phrase: str, country: str, code: str) -> None:
    place = _country(country, code)
    assert address_located((place,), place_names(phrase), phrase) == (place,)
