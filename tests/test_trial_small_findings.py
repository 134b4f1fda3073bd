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


def test_a_publication_date_of_two_small_numbers_is_refused_not_guessed(tmp_path: Path) -> None:
    """A trial's --published 04/09/2024 was read day first, unsaid: 4 September or
    9 April decides which week "Tuesday" is. A date that only reads one way is taken."""
    note = tmp_path / "a.txt"
    note.write_text("Gunmen killed 12 villagers in Kaya on Tuesday.\n", encoding="utf-8")
    refused = CliRunner().invoke(main, ["extract", str(note), "--published", "04/09/2024"])
    assert refused.exit_code == 2
    assert "may be 4 September 2024 or 9 April 2024" in " ".join(refused.output.split())
    for plain in ("13/09/2024", "2024-09-04", "4 September 2024", "09/09/2024"):
        taken = CliRunner().invoke(main, ["extract", str(note), "--published", plain])
        assert taken.exit_code == 0, (plain, taken.output)
