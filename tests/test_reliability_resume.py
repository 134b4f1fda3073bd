"""Issue 14, item 3: what an interrupted ingest stored and did not match is matched on
the next ingest, and the summary says so."""

import signal
import sqlite3
import subprocess
import sys
import time

from tests.reliability_helpers import run_here

TOTAL = 150
PLACES = ("Menaka", "Gao", "Kidal", "Timbuktu", "Mopti")
VOICES = ("a military spokesman", "the governor", "a local official", "witnesses", "a doctor")


def write_corpus(tmp_path, total: int = TOTAL):
    """`total` short reports of raids in Mali, two claims each, many of them linked."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(total):
        place = PLACES[i % len(PLACES)]
        voice = VOICES[i // len(PLACES) % len(VOICES)]
        text = (
            f"Report {i}\n\nupdated 2:10 PM GMT, Tue March 2, 2021\n\n"
            f"Gunmen killed {i % 7 + 3} soldiers near {place} in Mali on Monday, {voice}"
            f" said. More than {i % 4 + 2},000 people have fled {place}, according to the UN.\n"
        )
        (folder / f"doc{i:04d}.txt").write_text(text)
    return folder


def _links(db) -> set[tuple[int, int]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT d1.name, d2.name, c1.start, c2.start FROM links l"
            " JOIN claims c1 ON c1.id = l.a_id JOIN claims c2 ON c2.id = l.b_id"
            " JOIN documents d1 ON d1.id = c1.document_id"
            " JOIN documents d2 ON d2.id = c2.document_id"
        )
        return {tuple(sorted([(r[0], r[2]), (r[1], r[3])])) for r in rows}


def _killed_after_some_documents(db, folder) -> None:
    ingest = subprocess.Popen(
        [sys.executable, "-m", "workbench", "ingest", str(folder), "--db", str(db), "--jobs", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        with sqlite3.connect(db, timeout=30) as conn:
            tables = conn.execute("SELECT name FROM sqlite_master WHERE name = 'documents'")
            if tables.fetchone() and conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]:
                break
        time.sleep(0.01)
    ingest.send_signal(signal.SIGKILL)
    ingest.wait(timeout=30)


def test_a_killed_ingest_is_matched_by_the_next_one(tmp_path):
    folder = write_corpus(tmp_path)
    whole = tmp_path / "whole.db"
    assert run_here("ingest", str(folder), "--db", str(whole), "--jobs", "1").returncode == 0
    killed = tmp_path / "killed.db"
    _killed_after_some_documents(killed, folder)
    with sqlite3.connect(killed) as conn:
        stored = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    assert 0 < stored < TOTAL
    rerun = run_here("ingest", str(folder), "--db", str(killed), "--jobs", "1")
    assert rerun.returncode == 0, rerun.stderr
    assert f"{stored} documents stored but not matched, by an interrupted ingest" in rerun.stdout
    assert _links(killed) == _links(whole)
    again = run_here("ingest", str(folder), "--db", str(killed), "--jobs", "1")
    assert "interruption" not in again.stdout
