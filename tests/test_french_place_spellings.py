"""French spellings of places GeoNames holds in English or local letters: a city named
"-ville" after its land ("Gaza-ville"), a strip as "la bande de" ("la bande de Gaza"),
"ou" written for "w" ("Zaouïa": Zawiya) or "u" ("Zouara": Zuwara, also tried where
the name finds a village of another country). Names written for the tests, with
negatives: a name found in the claim's country keeps its place."""

from __future__ import annotations

import pytest

from workbench.extract import extract_claims
from workbench.geo.french_spellings import french_spellings
from workbench.geo.resolve import resolve
from workbench.ingest import document_from_text
from workbench.store.gazetteer import GazetteerFile


@pytest.fixture(scope="module")
def gazetteer() -> GazetteerFile:
    return GazetteerFile()


def test_the_spellings_tried() -> None:
    assert french_spellings("gaza ville") == ["gaza"]
    assert french_spellings("la bande de gaza") == ["gaza strip"]
    assert french_spellings("zaouia") == ["zawia"]
    assert french_spellings("tripoli") == []


@pytest.mark.parametrize(
    ("name", "country", "found"),
    [
        ("Gaza-ville", "Palestine", "Gaza"),
        ("la bande de Gaza", "Palestine", "Gaza Strip"),
        ("Zaouïa", "Libya", "Zawiya"),
        ("Zouara", "Libya", "Zuwārah"),
    ],
)
def test_a_french_spelling_finds_the_place(
    gazetteer: GazetteerFile, name: str, country: str, found: str
) -> None:
    places = gazetteer.find(name, country)
    assert places and places[0].name == found and places[0].country == country


def test_a_name_found_in_the_country_keeps_its_place(gazetteer: GazetteerFile) -> None:
    # Bouaké is spelled so in GeoNames: no "w" for its "ou"
    assert gazetteer.find("Bouaké", "Ivory Coast")[0].name == "Bouaké"
    assert gazetteer.find("Tripoli", "Libya")[0].country == "Libya"


def test_a_french_report_places_its_dead_there(gazetteer: GazetteerFile) -> None:
    text = "Des affrontements à Zaouïa, en Libye, ont fait 12 morts mardi."
    document = document_from_text("r.txt", text).model_copy(update={"language": "fr"})
    claim = extract_claims(document)[0]
    located = resolve(claim.location, claim.country, gazetteer)
    assert located is not None and located.place.name == "Zawiya"
