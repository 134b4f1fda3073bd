"""A count corrected to money (trial 78: "a reward of D50,000" read as 50,000 troops):
its history names no count's kind as the old currency ("currency military -> GMD"),
a currency may be given by the name a text uses ("baht", "cedis", "francs CFA"), the
report prints the corrected currency, and a claim corrected back takes its side back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main

STORY = "Gunmen killed 4 soldiers in Bulock on 22 November 2026, police said.\n"


def run(db: str, *args: str):
    return CliRunner().invoke(main, ["--db", db, *args])


@pytest.fixture()
def db(tmp_path: Path) -> str:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    path = str(tmp_path / "claims.db")
    assert run(path, "ingest", str(story), "--published", "2026-11-23").exit_code == 0
    return path


def _claim(db: str) -> dict:
    return json.loads(run(db, "claims", "--json").stdout.splitlines()[0])


def test_the_history_of_a_count_made_money_names_no_side_as_its_currency(db):
    claim = _claim(db)
    assert claim["unit"] == "military"
    done = run(db, "claim", "edit", str(claim["id"]), "--category", "money", "--currency", "GMD")
    assert done.exit_code == 0, done.output
    history = run(db, "history", str(claim["id"])).stdout
    assert "corrected currency — -> GMD" in history and "military" not in history


@pytest.mark.parametrize(
    ("typed", "code"), [("baht", "THB"), ("cedis", "GHS"), ("francs CFA", "XOF"), ("naira", "NGN")]
)
def test_a_currency_is_given_by_the_name_a_text_uses(db, typed, code):
    claim = _claim(db)
    done = run(db, "claim", "edit", str(claim["id"]), "--category", "money", "--currency", typed)
    assert done.exit_code == 0, done.output
    assert _claim(db)["unit"] == code


def test_a_name_that_is_no_currency_is_refused_in_one_line(db):
    claim = _claim(db)
    done = run(db, "claim", "edit", str(claim["id"]), "--category", "money", "--currency", "km")
    assert done.exit_code == 2 and "is no currency" in done.output
    assert _claim(db)["category"] == "killed"


def test_the_report_prints_a_corrected_currency(db, tmp_path):
    claim = _claim(db)
    run(db, "claim", "edit", str(claim["id"]), "--category", "money", "--currency", "GMD")
    report = tmp_path / "report.md"
    assert run(db, "export", "--format", "md", "-o", str(report)).exit_code == 0
    assert "GMD 4 (money" in report.read_text(encoding="utf-8")


def test_a_count_corrected_to_money_and_back_takes_its_side_back(db):
    claim = _claim(db)
    run(db, "claim", "edit", str(claim["id"]), "--category", "money", "--currency", "GMD")
    back = run(db, "claim", "edit", str(claim["id"]), "--category", "killed")
    assert back.exit_code == 0, back.output
    assert _claim(db)["unit"] == "military"
