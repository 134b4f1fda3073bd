"""French kinds sorted from the study halves' misses in session 40 (issue 18), on
sentences written for the tests (invented villages where a name does not matter),
with their negatives: a lead's town the gazetteer knows, a scene told in the story's
next paragraph, a running total over "plusieurs mois" or of a war named its subject."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_french_place_kinds import claim_places
from workbench.extract import extract_claims
from workbench.ingest import document_from_text

_QUIET = (
    " Le kamikaze portait une ceinture. La police enquête. Les secours sont arrivés vite."
    " Le toit s'est effondré. Les familles attendent. Les médecins travaillent."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lead's town is the scene of a toll told far below it, a town the gazetteer
        # places in a country as much as one it does not know
        (
            "Une explosion a frappé la mosquée de Maroua mardi matin."
            + _QUIET
            + " Plus de 30 personnes ont été blessées dans l'attentat.",
            [("wounded", 30, "la mosquée de Maroua")],
        ),
        # ... not a place named by its country: the country
        (
            "Une explosion a frappé une mosquée du nord du Cameroun mardi matin."
            + _QUIET
            + " Plus de 30 personnes ont été blessées dans l'attentat.",
            [("wounded", 30, "Cameroon")],
        ),
        # a story that opens on its toll tells where in its next paragraph
        (
            "Cinquante-deux civils ont été tués vendredi.\nParmi eux figurent des enfants.\n"
            "La frappe a touché le village de Koulbi.",
            [("killed", 52, "Koulbi")],
        ),
        # ... not where that sentence tells a toll of its own
        (
            "Cinquante-deux civils ont été tués vendredi.\nParmi eux figurent des enfants.\n"
            "La frappe a touché le village de Koulbi, tuant trois bergers.",
            [("killed", 52, None), ("killed", 3, "Koulbi")],
        ),
        # ... nor further than three sentences on
        (
            "Cinquante-deux civils ont été tués vendredi.\nParmi eux figurent des enfants.\n"
            "Les secours sont arrivés.\nLes familles pleurent.\n"
            "La frappe a touché le village de Koulbi.",
            [("killed", 52, None)],
        ),
    ],
)
def test_a_place_told_elsewhere_in_the_story(text, expected):
    assert claim_places(text) == expected


def _scopes(text: str) -> list[tuple[object, str | None, str]]:
    """(low, place, scope) of each claim of a French document."""
    doc = document_from_text("fr.txt", text).model_copy(
        update={"language": "fr", "published": dt.date(2024, 6, 12)}
    )
    return [(c.low, c.location, c.scope.value) for c in extract_claims(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a running total of an unnumbered span: "depuis plusieurs mois"
        (
            "Depuis plusieurs mois, le pays fait face aux attaques du groupe, qui ont fait "
            "plus de 3 000 morts.",
            [(3000, None, "cumulative")],
        ),
        (
            "Des frappes ont tué six civils à Alep. Depuis quelques années, les raids ont fait "
            "plus de 9 000 morts.",
            [(6, "Alep", "incident"), (9000, "Syria", "cumulative")],
        ),
        # a war's toll, the war its subject: its country's, not the town told before
        (
            "Des frappes ont tué six civils à Alep. Le conflit syrien a fait plus de 300 000 "
            "morts.",
            [(6, "Alep", "incident"), (300000, "Syria", "cumulative")],
        ),
        (
            "La guerre au Yémen a causé la mort de 150 000 personnes.",
            [(150000, "Yémen", "cumulative")],
        ),
        # not a day's fighting, nor a group that killed, nor months told otherwise
        ("Les combats ont fait douze morts lundi à Kalbo.", [(12, "Kalbo", "incident")]),
        ("La rébellion a tué douze soldats lundi à Kalbo.", [(12, "Kalbo", "incident")]),
        (
            "L'attaque a fait douze morts à Kalbo, à plusieurs mois des élections.",
            [(12, "Kalbo", "incident")],
        ),
    ],
)
def test_a_running_total_in_french_words(text, expected):
    assert _scopes(text) == expected
