"""A running total ("more than 35,000 killed since 2009") is no incident: its event
says so in its scope and its name, and its days run to its last report's, where a
trial's became "killed in Lake Chad, 2009" (2009-01-01 to 2009-12-31) beside the
incidents."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main


def test_a_running_totals_event_says_it_is_one(tmp_path: Path):
    story = tmp_path / "story.txt"
    story.write_text(
        "Boko Haram has killed more than 35,000 people in the Lake Chad region since 2009,"
        " the UN said.\n\nGunmen killed 12 villagers near Bol on Tuesday, officials said.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "claims.db")
    runner = CliRunner()
    args = ["ingest", str(story), "--db", db, "--published", "2026-03-12"]
    assert runner.invoke(main, args).exit_code == 0
    listed = runner.invoke(main, ["events", "--db", db, "--json"])
    events = {e["scope"]: e for e in map(json.loads, listed.stdout.splitlines())}
    total, incident = events["cumulative"], events["incident"]
    assert total["name"] == "killed in Lake Chad region since 2009 (running total)"
    assert (total["first_day"], total["last_day"]) == ("2009-01-01", "2026-03-12")
    assert incident["name"] == "killed near Bol, 2026-03-10"


def test_a_french_claims_place_keeps_its_own_words_in_the_events_name(tmp_path: Path):
    """A trial's events read "killed in près de Ngouboua"."""
    story = tmp_path / "fr.txt"
    story.write_text(
        "Au moins six soldats ont été tués mardi près de Ngouboua, selon l'armée.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "claims.db")
    args = ["ingest", str(story), "--db", db, "--published", "2026-03-12", "--language", "fr"]
    assert CliRunner().invoke(main, args).exit_code == 0
    listed = CliRunner().invoke(main, ["events", "--db", db, "--json"])
    [event] = map(json.loads, listed.stdout.splitlines())
    assert event["name"].startswith("killed près de Ngouboua")


def test_an_events_name_puts_a_road_and_an_unresolved_day_as_said(tmp_path: Path):
    """A trial's events read "killed, wounded in road between N'Guigmi and Bosso,
    Saturday" and "in Niamey, Saturday's": on a road, and the day without its 's."""
    story = tmp_path / "road.txt"
    story.write_text(
        "Saturday's roadside bomb killed four civilians on the road between Gao and"
        " Ansongo, residents said.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "claims.db")
    assert CliRunner().invoke(main, ["ingest", str(story), "--db", db]).exit_code == 0
    listed = CliRunner().invoke(main, ["events", "--db", db, "--json"])
    [event] = map(json.loads, listed.stdout.splitlines())
    assert event["name"] == "killed on the road between Gao and Ansongo, Saturday"
