"""`workbench verdict ID STATUS --note ...` on a claim that has that verdict already:
it said "confirmed again" though only a note was written, and `--note ""` (clearing
the note) was logged as "note" with nothing after it. Now the command says the
verdict is kept and the note written or cleared, and `history` says "note cleared".
A real report loaded into a real database in tmp_path, through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main

REPORT = "Gunmen killed 12 people near Bignona on Sunday, the army said.\n"


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), env={"WORKBENCH_ANALYST": "ana"})
    assert result.exit_code == 0, result.output
    return result.stdout


def test_a_note_alone_is_said_as_a_note_and_an_empty_one_as_cleared(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORT)
    db = str(tmp_path / "claims.db")
    run("ingest", str(tmp_path / "a.txt"), "--db", db, "--jobs", "1")
    claim = json.loads(run("claims", "--db", db, "--json").splitlines()[0])["id"]
    said = [
        run("verdict", str(claim), "confirmed", "--db", db),
        run("verdict", str(claim), "confirmed", "--note", "army release read", "--db", db),
        run("verdict", str(claim), "confirmed", "--note", "", "--db", db),
        run("verdict", str(claim), "confirmed", "--db", db),
    ]
    assert said == [
        f"claim {claim}: unreviewed -> confirmed (ana)\n",
        f"claim {claim}: confirmed as it was, note written (ana)\n",
        f"claim {claim}: confirmed as it was, note cleared (ana)\n",
        f"claim {claim}: confirmed again (ana)\n",
    ]
    logged = [
        line.split("ana: ", 1)[1] for line in run("history", str(claim), "--db", db).splitlines()
    ]
    assert logged == [
        "unreviewed -> confirmed",
        "note  (army release read)",
        "note cleared",
        "confirmed again",
    ]
    stored = json.loads(run("claims", "--db", db, "--json").splitlines()[0])
    assert stored["status"] == "confirmed" and stored["note"] == ""
