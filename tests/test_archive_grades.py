"""A document removed keeps, in the archive, all an analyst decided about its claims:
a trial removed one and lost, unsaid, a credibility grade and a correction (the
archive listed verdicts and notes only; the question counted verdicts only); and
`history` shows the grade after the verdicts and corrections (the trial looked for
it there). Real SQLite files, the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from workbench.cli import main

TEXT = (
    "Gunmen killed 12 villagers in Damboa on 3 March 2023, the army said."
    " Another 4 people were wounded, a nurse said.\n"
)


def _run(db: Path, *args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(main, ["--db", str(db), *args], input=input)


def _loaded(tmp_path: Path) -> Path:
    db = tmp_path / "claims.db"
    (tmp_path / "damboa.txt").write_text(TEXT, encoding="utf-8")
    loaded = _run(db, "ingest", str(tmp_path / "damboa.txt"), "--published", "2023-03-04")
    assert loaded.exit_code == 0, loaded.output
    return db


def test_the_question_counts_corrections_and_grades_kept(tmp_path: Path) -> None:
    db = _loaded(tmp_path)
    assert _run(db, "claim", "edit", "1", "--qualifier", "about").exit_code == 0
    assert _run(db, "credibility", "1", "5").exit_code == 0
    asked = _run(db, "document", "remove", "1", input="n\n")
    assert asked.exit_code == 1
    assert "0 with a verdict, 1 corrected, 1 graded: kept in the archive" in asked.output
    assert "given back if the same file is ingested again" in asked.output


def test_the_archive_keeps_a_grade_and_the_corrections(tmp_path: Path) -> None:
    db = _loaded(tmp_path)
    assert (
        _run(db, "claim", "edit", "1", "--qualifier", "about", "--note", "rounded").exit_code == 0
    )
    assert _run(db, "credibility", "1", "5", "--note", "one voice").exit_code == 0
    assert _run(db, "verdict", "2", "confirmed").exit_code == 0
    assert _run(db, "document", "remove", "1", "--yes").exit_code == 0
    result = _run(db, "document", "archive", "--json")
    assert result.exit_code == 0, result.output
    rows = {r["claim_id"]: r for r in map(json.loads, result.stdout.splitlines())}
    graded, confirmed = rows[1], rows[2]
    assert graded["credibility"]["grade"] == 5 and graded["credibility"]["note"] == "one voice"
    assert "qualifier" in [c["field"] for c in graded["corrections"]]
    assert confirmed["credibility"] is None and confirmed["corrections"] == []
    assert confirmed["status"] == "confirmed"
    table = _run(db, "document", "archive")
    assert "qualifier" in table.output and "corrected" in table.output


def test_a_claim_archived_before_grades_were_kept_reads_none(tmp_path: Path) -> None:
    from tests.conftest import database_before

    old = database_before(tmp_path / "old.db", "m019_archived_grades")
    old.execute(
        "INSERT INTO archived_claims VALUES (7, 'abc', 'x.txt', 0, 5, '12 killed', 'killed',"
        " 'X', 'confirmed', NULL, 'ana', 'then', '[]', 'ana', 'then')"
    )
    old.conn.commit()
    old.close()
    result = _run(tmp_path / "old.db", "document", "archive", "--json")
    assert result.exit_code == 0, result.output
    [row] = map(json.loads, result.stdout.splitlines())
    assert (row["claim_id"], row["status"], row["credibility"]) == (7, "confirmed", None)


def test_history_ends_with_the_credibility_grade(tmp_path: Path) -> None:
    db = _loaded(tmp_path)
    quiet = _run(db, "history", "1")
    assert "no verdicts, corrections or link decisions yet" in quiet.output
    assert _run(db, "verdict", "1", "confirmed").exit_code == 0
    assert _run(db, "credibility", "1", "2", "--note", "two outlets").exit_code == 0
    lines = _run(db, "history", "1").output.splitlines()
    assert "unreviewed -> confirmed" in lines[0]
    assert lines[-1].endswith("credibility graded 2  (two outlets)")


def test_the_same_file_loaded_again_gets_its_verdicts_and_grades_back(tmp_path: Path) -> None:
    """Removed and loaded again: each claim read at the same place takes back its
    verdict, note and grade, a history row naming the archived claim; the ingest says
    how many. A claim left unreviewed stays so; a new file gets nothing."""
    db = _loaded(tmp_path)
    assert _run(db, "verdict", "1", "false", "--note", "the army retracted it").exit_code == 0
    assert _run(db, "credibility", "1", "5").exit_code == 0
    assert _run(db, "document", "remove", "1", "--yes").exit_code == 0
    again = _run(db, "ingest", str(tmp_path / "damboa.txt"), "--published", "2023-03-04")
    assert again.exit_code == 0, again.output
    assert "1 verdict of removed copies given back" in again.output
    claims = [json.loads(line) for line in _run(db, "claims", "--json").output.splitlines()]
    by_text = {c["text"]: c for c in claims}
    back = next(c for c in claims if "12 villagers" in c["text"])
    assert (back["status"], back["note"]) == ("false", "the army retracted it")
    assert [c["status"] for c in by_text.values() if c is not back] == ["unreviewed"]
    history = _run(db, "history", str(back["id"]), "--json").output
    assert "restored from claim 1" in history
    assert "5 improbable" in _run(db, "credibility", str(back["id"])).output


def test_the_same_file_loaded_again_gets_its_corrections_back(tmp_path: Path) -> None:
    """A verdict given on a corrected claim stands on the correction: the claim read
    again takes back the voice and figure the analyst gave (a trial's confirmed claim
    came back voiced by the gang leader the machine had read, its corrected voice
    lost), in the analyst's name, noted as restored; a dismissal comes back too."""
    db = _loaded(tmp_path)
    fixed = ["claim", "edit", "1", "--voice", "the district commissioner", "--value", "13"]
    assert _run(db, *fixed).exit_code == 0
    assert _run(db, "verdict", "1", "confirmed").exit_code == 0
    assert _run(db, "claim", "dismiss", "2").exit_code == 0
    assert _run(db, "document", "remove", "1", "--yes").exit_code == 0
    again = _run(db, "ingest", str(tmp_path / "damboa.txt"), "--published", "2023-03-04")
    assert again.exit_code == 0, again.output
    claims = [json.loads(line) for line in _run(db, "claims", "--json").output.splitlines()]
    [back] = claims  # the other, dismissed again, is no longer listed
    assert (back["value"], back["voice"], back["status"]) == (
        13,
        "the district commissioner",
        "confirmed",
    )
    history = _run(db, "history", str(back["id"]), "--json").output
    assert "restored from claim 1" in history
    dismissed = _run(db, "claims", "--dismissed", "--json").output
    assert "4 people were wounded" in dismissed


def test_the_same_file_loaded_again_gets_its_link_decisions_back(tmp_path: Path) -> None:
    """Trial 57: a link confirmed, its document removed and loaded again: the verdicts
    came back, the link came back only as the machine's suggestion. The analyst's
    decisions on links to claims still stored come back too, a rejection as well."""
    db = _loaded(tmp_path)
    other = tmp_path / "wire.txt"
    other.write_text(
        "At least 12 villagers were killed in Damboa on 3 March 2023, police said.\n"
        "Four people were wounded in Damboa on 3 March 2023, a doctor said.\n",
        encoding="utf-8",
    )
    assert _run(db, "ingest", str(other), "--published", "2023-03-04").exit_code == 0
    links = [json.loads(line) for line in _run(db, "links", "--json").output.splitlines()]
    assert len(links) >= 2
    confirm, reject = links[0], links[1]
    for link, state in ((confirm, "confirm"), (reject, "reject")):
        ends = str(link["a"]["id"]), str(link["b"]["id"])
        result = _run(db, "link", *ends, f"--{state}", "--note", f"{state}ed")
        assert result.exit_code == 0, result.output
    assert _run(db, "document", "remove", "1", "--yes").exit_code == 0
    again = _run(db, "ingest", str(tmp_path / "damboa.txt"), "--published", "2023-03-04")
    assert again.exit_code == 0, again.output
    found = [
        json.loads(line)
        for line in _run(db, "links", "--json", "--state", "any").output.splitlines()
    ]
    decided = sorted(
        (link["state"], link["note"]) for link in found if link["state"] != "suggested"
    )
    assert decided == [("confirmed", "confirmed"), ("rejected", "rejected")]
