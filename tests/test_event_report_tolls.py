"""One report's two incidents of one day and district (Mozambique trial, session 50):
two reports each telling "two killed in X village, Y district" and "three killed in Y
town" were one contested event of four claims. Reports written for these tests, in
real SQLite files; with their negatives."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main
from workbench.events.report_tolls import ReportToll, two_incidents_told

FIRST = (
    "On Friday, insurgents killed two people in Machava village, in Nangade district.\n\n"
    "Later on Friday, an insurgent group attacked Nangade town, where they killed three "
    "people.\n"
)
SECOND = (
    "On Friday, insurgents shot dead two villagers in Nangade district.\n\n"
    "Later the same day, three people died in an attack on Nangade town.\n"
)


def _ingest(folder: Path, reports: dict[str, str]) -> Path:
    for name, text in reports.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        meta = {"outlet": name, "published": "2019-08-28"}
        (folder / f"{name}.json").write_text(json.dumps(meta), encoding="utf-8")
    db = folder / "claims.db"
    result = CliRunner().invoke(main, ["--db", str(db), "ingest", str(folder)])
    assert result.exit_code == 0, result.output
    return db


def _events(db: Path) -> list[dict]:
    result = CliRunner().invoke(main, ["--db", str(db), "events", "--json"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_one_reports_two_places_tolls_stay_two_events(tmp_path: Path) -> None:
    events = _events(_ingest(tmp_path, {"AIM": FIRST, "NNN": SECOND}))
    assert len(events) == 2
    assert not any(e["contested"] for e in events)


def test_a_village_of_a_district_is_no_town_of_the_districts_name(tmp_path: Path) -> None:
    """ "Machava village, Nangade district" and "Nangade town": two settlements, though
    the gazetteer, lacking the town, placed both in Nangade district."""
    db = _ingest(tmp_path, {"AIM": FIRST, "NNN": SECOND})
    result = CliRunner().invoke(main, ["--db", str(db), "links", "--json"])
    reasons = [json.loads(line)["reason"] for line in result.stdout.splitlines()]
    assert not any("'Machava village, Nangade district' ~ 'Nangade town'" in r for r in reasons)


def test_a_reports_headline_and_body_of_one_toll_stay_one_event(tmp_path: Path) -> None:
    one = "Ten killed in Borno\n\nGunmen killed ten farmers in Gwoza on Monday, police said.\n"
    other = "Gunmen shot dead ten farmers in Gwoza on Monday, residents said.\n"
    events = _events(_ingest(tmp_path, {"Wire": one, "Paper": other}))
    assert len(events) == 1


def test_two_incidents_told_needs_one_report_two_places_and_disjoint_figures() -> None:
    machava = ReportToll(1, "killed", "machava", 2, 2)
    nangade = ReportToll(1, "killed", "nangade", 3, 3)
    assert two_incidents_told([machava], [nangade])
    assert not two_incidents_told([machava], [ReportToll(2, "killed", "nangade", 3, 3)])
    assert not two_incidents_told([machava], [ReportToll(1, "killed", "nangade", 2, 9)])
    assert not two_incidents_told([machava], [ReportToll(1, "wounded", "nangade", 3, 3)])
