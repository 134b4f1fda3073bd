"""A count of one reads in the singular in the commands' summaries: `reextract` and
`match` said "1 links suggested" (two reports of one ambush). Two short
reports of one incident in tmp_path, loaded into a real database, through the CLI."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main

SOLDIERS = (
    "Clashes in Menaka\n\nGunmen killed 14 soldiers near Menaka on 3 March 2024,"
    " army spokesman Col. Ali Maiga said.\n"
)
OFFICIAL = (
    "Menaka attack\n\nFourteen soldiers were killed near Menaka on 3 March 2024,"
    " a local official, Moussa Ag, told AFP.\n"
)


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def two_reports(tmp_path: Path) -> str:
    (tmp_path / "a.txt").write_text(SOLDIERS)
    (tmp_path / "b.txt").write_text(OFFICIAL)
    db = str(tmp_path / "claims.db")
    said = run(
        "ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", db, "--jobs", "1"
    )
    assert "2 claims added; 1 link suggested" in said
    return db


def test_reextract_says_one_link_in_the_singular(tmp_path: Path) -> None:
    said = run("reextract", "--db", two_reports(tmp_path))
    assert "1 link suggested" in said and "links" not in said
    assert said.startswith("2 documents read again: 0 claims added,")


def test_match_says_one_link_in_the_singular(tmp_path: Path) -> None:
    said = run("match", "--all", "--db", two_reports(tmp_path))
    assert said.startswith("match: 1 link suggested (1 corroborates)")
    assert "0 verdicts flagged" in said


def test_listings_and_changes_say_one_in_the_singular(tmp_path: Path) -> None:
    """`claims`, `links` and `voice rename` said "1 claims", "1 links", "(1 claims)"."""
    db = two_reports(tmp_path)
    assert run("claims", "--limit", "1", "--db", db).splitlines()[-1] == "1 claim"
    assert run("links", "--db", db).splitlines()[-1] == "1 link"
    renamed = run("voice", "rename", "Moussa Ag", "Moussa Ag Acharatoumane", "--db", db)
    assert renamed.startswith("voice ") and renamed.rstrip().endswith("(1 claim)")
