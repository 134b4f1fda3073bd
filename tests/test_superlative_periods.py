"""A superlative measures an incident against a period, which then bounds no running
total, in English and in French: "one of the deadliest attacks in recent months, with
37 killed" and "une des attaques les plus meurtrières au cours des derniers mois,
faisant 37 morts" (a Cameroon trial's toll was read as a running total and left out
of its event). The same periods with no superlative still bound one."""

from __future__ import annotations

import datetime as dt

from workbench.extract import extract_claims
from workbench.ingest import document_from_text


def scopes(text: str, language: str = "en") -> list[tuple[int | None, str]]:
    """Each claim's figure and scope, in a document of June 2025."""
    doc = document_from_text("t.txt", text + "\n").model_copy(
        update={"language": language, "published": dt.date(2025, 6, 12)}
    )
    return [(c.value, c.scope) for c in extract_claims(doc)]


def test_an_english_superlative_over_recent_months_is_an_incident() -> None:
    said = "It was one of the deadliest raids in recent months, with 14 killed in Kerawa."
    assert scopes(said) == [(14, "incident")]
    said = "Gunmen have killed 140 people in Kerawa in recent months, officials said."
    assert scopes(said) == [(140, "cumulative")]


def test_a_french_superlative_over_recent_months_is_an_incident() -> None:
    said = (
        "Il s'agit d'une des attaques les plus meurtrières au cours des derniers mois,"
        " faisant 14 morts à Kerawa."
    )
    assert scopes(said, "fr") == [(14, "incident")]
    said = "C'est l'attaque la plus sanglante depuis 2019 : 9 soldats ont été tués à Kerawa."
    assert scopes(said, "fr") == [(9, "incident")]
    said = "Les jihadistes ont tué 140 personnes au cours des derniers mois à Kerawa."
    assert scopes(said, "fr") == [(140, "cumulative")]


def test_the_year_a_superlative_measures_against_dates_no_claim() -> None:
    """ "the deadliest attack since 2015, killing 12" was dated 2015; a total counted
    since 2015 still runs from it."""
    doc = document_from_text(
        "t.txt",
        "It was the deadliest raid since 2016, killing 12 herders in Kerawa.\n"
        "Gunmen have killed 300 people since 2016 in the Far North.\n",
    ).model_copy(update={"language": "en", "published": dt.date(2025, 6, 12)})
    raid, total = extract_claims(doc)
    assert raid.date is None or not raid.date.startswith("2016")
    assert total.scope == "cumulative" and total.date == "2016-01-01/2025-06-12"
