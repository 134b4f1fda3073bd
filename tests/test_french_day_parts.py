"""French parts of the publication's day (trial 58, F15), on sentences written for
the tests: "ce matin", "cet après-midi", "ce soir", "ce midi", "cette matinée" date a
claim to the publication day, as "aujourd'hui" and the English "this morning" do;
"cette nuit" is the night into it (English "overnight"), "la nuit dernière" the day
before (English "last night"). A part of a day the story tells ("ce matin-là") or
names the date of ("cette nuit de mai 2019") is not the publication's."""

from __future__ import annotations

import datetime as dt

from workbench.extract import extract_claims
from workbench.extract.french.dates import find_dates
from workbench.ingest import document_from_text
from workbench.models import Claim

SUNDAY = dt.date(2012, 6, 10)


def claims(text: str, published: dt.date | None = SUNDAY) -> list[Claim]:
    doc = document_from_text("fr.txt", text).model_copy(
        update={"language": "fr", "published": published}
    )
    return list(extract_claims(doc))


def spans(text: str, published: dt.date | None = SUNDAY) -> list[tuple[str, object, object]]:
    return [(d.text, d.first, d.last) for d in find_dates(text, published, 0, len(text))]


def test_parts_of_the_day_are_the_publication_day() -> None:
    for words in ("ce matin", "Ce matin", "cet après-midi", "cette après-midi", "ce soir",
                  "ce midi", "cette matinée", "cette soirée"):  # fmt: skip
        assert spans(f"Des soldats ont été tués {words} à Nijrab.") == [(words, SUNDAY, SUNDAY)]


def test_tonight_is_the_night_into_the_publication_day() -> None:
    saturday = dt.date(2012, 6, 9)
    assert spans("tués cette nuit à Nijrab") == [("cette nuit", saturday, SUNDAY)]
    assert spans("tués la nuit dernière") == [("la nuit dernière", saturday, saturday)]


def test_claim_dated_to_publication() -> None:
    for words, date in (
        ("ce matin", "2012-06-10"),
        ("ce soir", "2012-06-10"),
        ("cet après-midi", "2012-06-10"),
        ("cette nuit", "2012-06-09/2012-06-10"),
    ):
        text = f"Quatre soldats ont été tués {words} à Nijrab, a indiqué l'armée."
        (claim,) = claims(text)
        assert (claim.date_text, claim.date) == (words, date)


def test_no_publication_date_no_day() -> None:
    # negative: with no publication date "ce matin" is no day
    assert spans("tués ce matin", None) == [("ce matin", None, None)]


def test_a_part_of_a_day_the_story_tells_is_its_own() -> None:
    # negatives: "ce matin-là" counts from the story's date, "cette nuit de mai 2019"
    # and "cette nuit du 14 au 15 mai" are dated by their own words
    assert spans("Ce matin-là, douze villageois ont été tués.") == []
    assert spans("ce soir-là") == []
    assert spans("cette nuit de mai 2019") == [
        ("mai 2019", dt.date(2019, 5, 1), dt.date(2019, 5, 31))
    ]
    assert spans("cette nuit du 14 au 15 mai") == [
        ("cette nuit du 14 au 15 mai", dt.date(2012, 5, 14), dt.date(2012, 5, 15))
    ]
    assert spans("cette nuit où tout a basculé") == []
    text = (
        "Le 3 mai 2019, des hommes armés ont attaqué le village de Dabo. "
        "Ce matin-là, douze villageois ont été tués."
    )
    assert [c.date for c in claims(text)] == ["2019-05-03"]
    text = "Douze villageois ont été tués cette nuit de mai 2019 à Dabo."
    assert [c.date for c in claims(text)] == ["2019-05"]


def test_a_morning_of_a_named_day_keeps_its_day() -> None:
    # negative: a named day's morning is that day, as before
    assert spans("tués vendredi matin") == [
        ("vendredi matin", dt.date(2012, 6, 8), dt.date(2012, 6, 8))
    ]
