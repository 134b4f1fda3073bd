"""A French war's running total told by its size (issue 18, session 51): a figure of
ten thousand or more, or millions, with a passé composé is a running total, as the
English reader reads "have been killed" after such a figure, and so takes no local
place carried from the story. Sentences written for the tests, with negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Claim, Scope


def claims(text: str) -> list[Claim]:
    """The claims of a French document published in May 2024."""
    doc = document_from_text("fr.txt", text + "\n").model_copy(
        update={"language": "fr", "published": dt.date(2024, 5, 10)}
    )
    return list(extract_claims(doc))


@pytest.mark.parametrize(
    "text",
    [
        "Selon l'ONU, les affrontements ont fait plus de 15 000 morts.",
        "Au total, 3,5 millions de personnes ont été déplacées.",
        "Des dizaines de milliers de civils ont été tués, selon les Nations unies.",
        "Quelque 1,2 million d'habitants ont fui leurs foyers.",
        "Au moins 14 000 personnes ont péri dans les combats.",
    ],
)
def test_a_mass_figure_with_a_passe_compose_is_a_running_total(text):
    (claim,) = claims(text)
    assert claim.scope is Scope.CUMULATIVE


@pytest.mark.parametrize(
    "text",
    [
        "Samedi, 12 000 personnes ont fui Béni après l'attaque.",  # one week's flight
        "Quelque 120.000 habitants ont fui leurs foyers cette semaine.",
        "L'attaque a fait 25 morts à Béni.",
        "En 2019, 15 000 personnes fuyaient chaque mois.",  # no passé composé: its own cue
    ],
)
def test_an_incidents_figure_stays_an_incident(text):
    found = claims(text)
    assert found[0].scope is Scope.INCIDENT or "chaque" in text


def test_a_wars_total_takes_no_place_carried_from_the_story():
    text = (
        "Un drone a frappé un marché de Kadugli samedi, tuant onze civils. "
        "Le conflit dure depuis avril 2023. Selon l'ONU, les combats ont fait plus de "
        "20 000 morts."
    )
    strike, total = claims(text)
    assert strike.scope is Scope.INCIDENT and "Kadugli" in (strike.location or "")
    assert total.scope is Scope.CUMULATIVE and "Kadugli" not in (total.location or "")
