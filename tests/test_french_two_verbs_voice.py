"""A French voice set off by an apposition and saying with two verbs ("Le
Haut-commissaire de l'ONU, Volker Türk, a confirmé et a dénoncé le massacre de 184
personnes") speaks for the figure; a Haiti trial's claim went to the outlet, and to
the perpetrator named after "par"."""

from __future__ import annotations

import datetime as dt

from workbench.extract import extract_claims
from workbench.ingest import document_from_text


def voice(text: str) -> str | None:
    doc = document_from_text("fr.txt", text + "\n").model_copy(
        update={"language": "fr", "published": dt.date(2024, 12, 10)}
    )
    [claim] = extract_claims(doc)
    return claim.attribution


def test_two_verbs_after_an_apposition_keep_the_voice() -> None:
    said = voice(
        "Le chef de la mission, Maria Lopez, a confirmé et a dénoncé le massacre de 40"
        " personnes par un chef de gang à Jérémie."
    )
    assert said is not None and said.endswith("Maria Lopez")


def test_a_second_clause_of_its_own_is_no_second_verb() -> None:
    said = voice(
        "Le chef de la mission, Maria Lopez, est arrivée et la police a confirmé la mort de"
        " 40 personnes à Jérémie."
    )
    assert said == "la police"
