"""French kinds sorted from the study halves' misses in session 40 (issue 18), on
sentences written for the tests (invented villages where a name does not matter),
with their negatives: a lead's town the gazetteer knows, a scene told in the story's
next paragraph."""

from __future__ import annotations

import pytest

from tests.test_french_place_kinds import claim_places

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
