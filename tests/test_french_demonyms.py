"""French nationalities (session 45, the Cameroon trial): "vingt-quatre soldats
tchadiens" names Chad as "24 Chadian soldiers" does, and one country's soldiers are no
other's in matching, in either language. Sentences written for these tests, with their
negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.match_helpers import placed_claim, related
from workbench.extract import extract_claims
from workbench.extract.french_demonyms import FRENCH_DEMONYMS, forms
from workbench.ingest import document_from_text
from workbench.match import MatchInput, Relation
from workbench.models import Claim
from workbench.store.gazetteer import GazetteerFile


def french(text: str) -> list[Claim]:
    doc = document_from_text("r.txt", text)
    return extract_claims(
        doc.model_copy(update={"published": dt.date(2025, 3, 8), "language": "fr"})
    )


@pytest.mark.parametrize(
    "masculine, four",
    [
        ("tchadien", ("tchadien", "tchadienne", "tchadiens", "tchadiennes")),
        ("sénégalais", ("sénégalais", "sénégalaise", "sénégalaises")),
        ("guinéen", ("guinéen", "guinéenne", "guinéens", "guinéennes")),
        ("belge", ("belge", "belges")),
        ("turc", ("turc", "turque", "turcs", "turques")),
        ("burkinabè", ("burkinabè",)),
    ],
)
def test_a_nationality_agrees_in_gender_and_number(masculine: str, four: tuple[str, ...]) -> None:
    assert forms(masculine) == four


def test_each_form_names_its_country_nigerien_is_not_nigerian() -> None:
    assert FRENCH_DEMONYMS["tchadiennes"].name == "Chad"
    assert FRENCH_DEMONYMS["Tchadiens"].name == "Chad"  # "des Tchadiens": people
    assert FRENCH_DEMONYMS["nigériane"].name == "Nigeria"
    assert FRENCH_DEMONYMS["nigérienne"].name == "Niger"
    assert "tchad" not in FRENCH_DEMONYMS and "armée" not in FRENCH_DEMONYMS


def test_a_french_nationality_names_the_claims_country_for_want_of_a_place() -> None:
    (claim,) = french("Douze soldats camerounais ont été tués lors d'une embuscade, selon l'armée.")
    assert claim.country == "Cameroon"
    # a place the report names wins over who the victims were
    (claim,) = french(
        "Douze soldats tchadiens ont été tués à Kolofata, au Cameroun, selon l'armée."
    )
    assert claim.country == "Cameroon"
    # no nationality, no country
    (claim,) = french("Douze soldats ont été tués lors d'une embuscade, selon l'armée.")
    assert claim.country is None


def test_one_countrys_soldiers_are_not_anothers_in_either_language(places: GazetteerFile) -> None:
    def soldiers(claim_id: int, subject: str, language: str) -> MatchInput:
        text = f"24 {subject}"
        return placed_claim(
            places,
            claim_id,
            "Bankass",
            24,
            subject=subject,
            unit="military",
            text=text,
            sentence=f"{text} were killed in Bankass.",
            language=language,
        )

    chad = soldiers(1, "soldats tchadiens", "fr")
    [(relation, reason)] = related(chad, soldiers(2, "Chadian soldiers", "en"))
    assert relation is Relation.CORROBORATES and "'Chadian soldiers'" in reason
    assert related(chad, soldiers(3, "soldats nigérians", "fr")) == []
    assert related(chad, soldiers(4, "Nigerian soldiers", "en")) == []
