"""An outlet named after ingest leaves no voice behind that speaks no claim, and a
voice that speaks none is no merge suggestion (session 45, the DR Congo trial: eight
"author of <headline>" voices stayed listed, and `voice suggest` offered to merge two
of them because both headlines named ADF). Real SQLite files in a temporary folder,
the real CLI; reports written for these tests."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main


def run(db: Path, *args: str):
    return CliRunner().invoke(main, ["--db", str(db), *args])


def _loaded(tmp_path: Path) -> Path:
    db = tmp_path / "claims.db"
    for name, text in {
        "a.txt": "ADF rebels kill 12 in Beni\n\nADF rebels killed 12 people in Beni on Monday.\n",
        "b.txt": "ADF attack on Oicha\n\nADF rebels killed five people in Oicha on Tuesday.\n",
    }.items():
        (tmp_path / name).write_text("Published: 2025-03-05\n\n" + text, encoding="utf-8")
        assert run(db, "ingest", str(tmp_path / name)).exit_code == 0
    return db


def test_an_outlet_named_later_leaves_no_voice_without_claims(tmp_path: Path) -> None:
    db = _loaded(tmp_path)
    assert "author of" in run(db, "voices").stdout
    assert run(db, "document", "edit", "1", "--outlet", "Radio Okapi").exit_code == 0
    listed = run(db, "voices").stdout
    assert "Radio Okapi" in listed and listed.count("author of") == 1


def test_a_graded_outlet_voice_stays_and_no_claimless_voice_is_suggested(tmp_path: Path) -> None:
    db = _loaded(tmp_path)
    voices = run(db, "voices").stdout
    first = next(line.split()[0] for line in voices.splitlines() if "ADF rebels kill 12" in line)
    assert run(db, "grade", first, "B").exit_code == 0
    assert run(db, "document", "edit", "1", "--outlet", "Radio Okapi").exit_code == 0
    assert "ADF rebels kill 12" in run(db, "voices").stdout  # the analyst graded it
    assert "ADF rebels kill 12" not in run(db, "voice", "suggest").stdout
