"""From an analyst's trial (session 41), on reports written for the tests: one report's
dead, wounded and displaced of one place are one event; a count the story tells later
with no day of its own takes the incident's day; a long toll phrase is still a revised
toll (no attackers read as its victims)."""

from __future__ import annotations

import datetime as dt
import json

from click.testing import CliRunner

from workbench.cli import main
from workbench.extract import extract_claims
from workbench.ingest import document_from_text

FIRST = (
    "Gunmen kill 20 in raid on Nigerian village\n\n"
    "DAMBOA, Nigeria (Wire) - Gunmen killed at least 20 civilians in an overnight attack "
    "on the village of Sabon Gari in Borno State on Monday, police said.\n\n"
    "The attackers burned homes and shot residents as they fled, a police spokesman said.\n\n"
    "Seven people were wounded in Sabon Gari and taken to a clinic, he said.\n"
)
SECOND = (
    "Gunmen kill 9 at market in Borno town\n\n"
    "Gunmen killed 9 traders at a market in Gubio on Thursday, residents said.\n\n"
    "Four people were wounded in Gubio, a trader said.\n"
)


def cli(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def ingested(tmp_path, reports: dict[str, tuple[str, str]]) -> tuple[str, list[dict]]:
    """A database of the reports (file name -> text, publication day) and its events."""
    for name, (text, day) in reports.items():
        (tmp_path / name).write_text(text.rstrip("\n") + "\n")
        (tmp_path / name).with_suffix(".json").write_text(json.dumps({"published": day}))
    db = str(tmp_path / "claims.db")
    cli("--db", db, "ingest", *(str(tmp_path / n) for n in reports))
    events = [json.loads(line) for line in cli("--db", db, "events", "--json").splitlines()]
    return db, events


def test_one_reports_counts_of_one_place_are_one_event(tmp_path):
    _, events = ingested(
        tmp_path, {"a.txt": (FIRST, "2023-03-14"), "b.txt": (SECOND, "2023-03-17")}
    )
    categories = sorted(tuple(sorted({f["category"] for f in e["figures"]})) for e in events)
    assert categories == [("killed", "wounded"), ("killed", "wounded")]


def read(text: str, published: dt.date) -> list[tuple[str, float | None, str | None]]:
    doc = document_from_text("report.txt", text).model_copy(update={"published": published})
    return [(c.category.value, c.value, c.date) for c in extract_claims(doc)]


def test_a_later_count_of_the_place_takes_the_incidents_day():
    claims = read(FIRST, dt.date(2023, 3, 14))
    killed = next(day for category, value, day in claims if value == 20 and day)
    assert ("wounded", 7, killed) in claims


def test_a_count_of_another_place_or_another_time_takes_no_day():
    text = (
        "Gunmen killed 20 civilians in Sabon Gari on Monday, police said.\n\n"
        "Seven people were wounded in Maiduguri.\n\n"
        "Three people were killed in Sabon Gari the day before the vote.\n"
    )
    claims = read(text, dt.date(2023, 3, 14))
    assert claims == [
        ("killed", 20, "2023-03-13"),
        ("wounded", 7, None),
        ("killed", 3, None),
    ]


def test_a_long_toll_phrase_is_a_revised_toll_with_no_attackers_as_victims():
    text = (
        "The death toll from an attack by suspected jihadists on the village of Sabon Gari "
        "in north-eastern Nigeria has risen to 35, the army said."
    )
    doc = document_from_text("report.txt", text)
    (claim,) = extract_claims(doc)
    assert (claim.value, claim.subject, claim.text.startswith("death toll")) == (35, None, True)


def test_a_toll_a_later_report_says_it_rose_from_is_left_out(tmp_path):
    reports = {
        "a.txt": (
            "Gunmen killed 12 people at a market in Gubio on Thursday, the army said.",
            "2023-03-16",
        ),
        "b.txt": (
            "In Gubio, where gunmen opened fire on a market on Thursday, the toll has "
            "risen to 18, up from 12 reported earlier, local officials said.",
            "2023-03-18",
        ),
    }
    db, events = ingested(tmp_path, reports)
    (event,) = events
    detail = json.loads(cli("--db", db, "event", str(event["id"]), "--json"))
    killed = next(f for f in detail["figures"] if f["category"] == "killed" and not f["side"])
    assert (killed["low"], killed["high"], killed["earlier"]) == (18, 18, 1)


def test_two_nights_days_apart_at_one_district_are_two_incidents(tmp_path):
    reports = {
        "a.txt": (
            "Gunmen killed at least 20 civilians in an overnight attack on the village "
            "of Kirawa in Gwoza local government area on Monday, police said.",
            "2023-03-14",
        ),
        "b.txt": (
            "At least 15 people were killed when gunmen attacked a market in Gwoza "
            "local government area on Thursday afternoon, residents said.",
            "2023-03-17",
        ),
    }
    _, events = ingested(tmp_path, reports)
    assert len(events) == 2
