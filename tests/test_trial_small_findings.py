"""Small things a trial tripped on, each a line an analyst reads: the gazetteer group's
--db says which command opens the database, a device given as the database is
named as such (not "the disk is full"), and an empty ClaimReview export says why."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main
from workbench.service import Workbench


def test_the_gazetteer_help_says_which_command_opens_the_database() -> None:
    shown = CliRunner().invoke(main, ["gazetteer", "--help"]).output
    assert "`add` places again" in " ".join(shown.split())
    refused = CliRunner().invoke(main, ["gazetteer", "sources", "--db", "x.db"])
    assert refused.exit_code == 2  # `sources` opens none, and its --help does not offer one


def test_a_device_given_as_the_database_is_named_as_no_file() -> None:
    result = CliRunner().invoke(main, ["--db", "/dev/null", "claims"])
    assert result.exit_code != 0
    assert "/dev/null: not a regular file" in result.stderr
    assert "disk" not in result.stderr


def test_an_empty_claimreview_export_says_why(seeded_db: str, tmp_path: Path) -> None:
    out = tmp_path / "reviews.json"
    result = CliRunner().invoke(
        main, ["--db", seeded_db, "export", "--format", "claimreview", "-o", str(out)]
    )
    assert result.exit_code == 0 and out.read_text(encoding="utf-8").strip() == "[]"
    assert "reviewed claims only, and none of these has a verdict yet" in result.stderr
    Workbench(seeded_db, analyst="ana").set_verdict(1, "confirmed")
    again = CliRunner().invoke(
        main, ["--db", seeded_db, "export", "--format", "claimreview", "-o", str(out)]
    )
    assert "none of these" not in again.stderr  # one is reviewed: nothing to explain
