"""A date told from the story's night ("Le même jour" after "dans la nuit de jeudi à
vendredi", "the same night" after "overnight Thursday into Friday") is that night; an
unresolved told date never names an event. A trial's event was named "killed in
territoire d'Irumu, Le même jour". Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Claim
from workbench.service import Workbench

SUNDAY = dt.date(2025, 6, 22)  # Thursday 19, Friday 20 June


def claims(text: str, language: str | None = None) -> list[Claim]:
    doc = document_from_text("t.txt", text + "\n").model_copy(
        update={"language": language, "published": SUNDAY}
    )
    return extract_claims(doc)


def date_of(found: list[Claim], figure: str) -> str | None:
    (claim,) = [c for c in found if figure in c.text]
    return claim.date


def test_the_same_day_after_a_french_night_is_that_night():
    found = claims(
        "Au moins 11 villageois ont été tués dans la nuit de jeudi à vendredi à Kabalo. "
        "Le même jour, 6 personnes ont été tuées à Nyunzu.",
        "fr",
    )
    assert date_of(found, "6 personnes") == "2025-06-19/2025-06-20"


def test_the_same_night_after_an_english_night_is_that_night():
    found = claims(
        "Gunmen stormed Alaba overnight Thursday into Friday. Nine farmers were killed. "
        "The same night, three guards were killed in Obiri."
    )
    assert date_of(found, "three guards") == "2025-06-19/2025-06-20"


def test_a_day_counted_from_a_night_stays_unresolved():
    """The day after a night over two days has no one day to count from."""
    found = claims(
        "Au moins 11 villageois ont été tués dans la nuit de jeudi à vendredi à Kabalo. "
        "Le lendemain, 4 soldats ont été tués à Nyunzu.",
        "fr",
    )
    assert date_of(found, "4 soldats") is None


def test_a_longer_span_is_no_night_to_take():
    found = claims(
        "Des combats ont fait 20 morts en mai à Kabalo. "
        "Le même jour, 3 civils ont été tués à Nyunzu.",
        "fr",
    )
    assert date_of(found, "3 civils") is None


def test_a_single_day_is_still_the_day_told_from():
    found = claims(
        "Gunmen killed 12 traders in Alaba on Thursday. The next day, four police officers "
        "were killed in Obiri."
    )
    assert date_of(found, "four police") == "2025-06-20"


def test_an_unresolved_told_date_does_not_name_the_event(tmp_path: Path):
    report = tmp_path / "r.txt"
    report.write_text(
        "Titre: Attaques\nDate: 2025-06-22\nSource: Radio Test\n\n"
        "Des miliciens ont incendié des maisons à Kabalo. Le lendemain, 3 soldats ont été "
        "tués à Nyunzu.\n",
        encoding="utf-8",
    )
    workbench = Workbench(str(tmp_path / "claims.db"))
    workbench.ingest([str(report)])
    names = [event.name for event in workbench.events()]
    assert names == ["killed in Nyunzu, reported 2025-06-22"]
