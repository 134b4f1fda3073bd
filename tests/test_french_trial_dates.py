"""French date kinds a trial found on reports in no set (issue 18), on sentences
written for the tests: a week, weekend, month or year told from publication ("la
semaine dernière", "le mois dernier"), and the day a statement was made ("annoncé
mercredi", "a déclaré mardi") giving way to the event's date; a toll "annoncé
mercredi par" a voice names it."""

from __future__ import annotations

import datetime as dt

from workbench.extract import extract_claims
from workbench.extract.french.dates import find_dates
from workbench.ingest import document_from_text
from workbench.models import Claim

WEDNESDAY = dt.date(2025, 4, 23)


def claims(text: str) -> list[Claim]:
    doc = document_from_text("fr.txt", text).model_copy(
        update={"language": "fr", "published": WEDNESDAY}
    )
    return list(extract_claims(doc))


def spans(text: str, published: dt.date = WEDNESDAY) -> list[tuple[str, dt.date | None, ...]]:
    return [(d.text, d.first, d.last) for d in find_dates(text, published, 0, len(text))]


def test_spans_told_from_publication() -> None:
    assert spans("tués la semaine dernière") == [
        ("la semaine dernière", dt.date(2025, 4, 14), dt.date(2025, 4, 20))
    ]
    assert spans("le mois dernier") == [
        ("le mois dernier", dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    ]
    assert spans("l'an dernier") == [("l'an dernier", dt.date(2024, 1, 1), dt.date(2024, 12, 31))]
    assert spans("cette semaine") == [("cette semaine", dt.date(2025, 4, 21), WEDNESDAY)]
    # January's "last month" is the year before's December
    assert spans("le mois dernier", dt.date(2025, 1, 9))[0][1:] == (
        dt.date(2024, 12, 1),
        dt.date(2024, 12, 31),
    )


def test_last_weekend_on_a_weekend_day_is_the_one_before() -> None:
    assert spans("le week-end dernier")[0][1:] == (dt.date(2025, 4, 19), dt.date(2025, 4, 20))
    sunday = dt.date(2025, 4, 27)
    assert spans("le week-end dernier", sunday)[0][1:] == (
        dt.date(2025, 4, 19),
        dt.date(2025, 4, 20),
    )
    assert spans("ce week-end", sunday)[0][1:] == (dt.date(2025, 4, 26), sunday)


def test_no_span_without_its_words() -> None:
    # negatives: "semaine" and "mois" with no "dernier" or "ce"
    assert spans("une semaine de combats") == []
    assert spans("depuis des mois") == []


def test_statement_day_gives_way_to_the_event() -> None:
    text = (
        "Quarante civils ont été tués la semaine dernière à Dabo, selon un bilan "
        "annoncé mercredi par le gouverneur."
    )
    (claim,) = claims(text)
    assert claim.date_text == "la semaine dernière"
    assert claim.attribution == "le gouverneur"
    text = (
        "Le ministre a annoncé mercredi la mort de douze soldats, tués dans une embuscade "
        "la semaine dernière près de Dabo."
    )
    assert [c.date_text for c in claims(text)] == ["la semaine dernière"]


def test_statement_day_alone_is_kept() -> None:
    # negative: no other date; the day told is the best there is
    text = "Douze soldats ont été tués, a déclaré mardi le porte-parole de l'armée."
    assert claims(text)[0].date_text == "mardi"


def test_event_day_before_a_verb_is_kept() -> None:
    # negative: "mardi" follows "tués", no verb of saying
    text = "Douze soldats ont été tués mardi à Dabo, et le gouverneur s'est rendu sur place jeudi."
    assert claims(text)[0].date_text == "mardi"
