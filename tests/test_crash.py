"""An ingest killed or interrupted mid-way leaves a sound database of whole documents."""

import signal
import sqlite3
import subprocess
import sys
import time

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.store import Store

TOTAL = 600
PARAGRAPH = (
    "Gunmen killed {n} soldiers near Menaka on Monday, a military spokesman said. "
    "More than {m},000 people have fled the fighting, according to the UN. "
    "The situation in the town remained tense as residents stayed indoors. "
)


def write_corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(TOTAL):
        paragraphs = (PARAGRAPH.format(n=i % 90 + 2, m=k + 2) for k in range(12))
        (folder / f"doc{i:04d}.txt").write_text(f"Report {i}\n\n" + "\n\n".join(paragraphs))
    return folder


def start_ingest(tmp_path, folder):
    """An ingest in its own process, once it has stored at least 25 documents."""
    db = tmp_path / "claims.db"
    Store(db).close()
    ingest = subprocess.Popen(
        [sys.executable, "-m", "workbench", "ingest", str(folder), "--db", str(db), "--jobs", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        # as from a terminal: a runner started in the background ignores SIGINT, and
        # its children would inherit that
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        with sqlite3.connect(db, timeout=30) as conn:
            if conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] >= 25:
                break
        time.sleep(0.02)
    return db, ingest


def assert_only_whole_documents(db) -> int:
    """The database is sound and every stored document has all its claims."""
    store = Store(db)
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    documents = store.db.execute_returning_dicts("SELECT id, path, text FROM documents")
    assert 25 <= len(documents) < TOTAL, "the ingest was not stopped mid-way"
    for doc in documents:
        stored = store.db.execute(
            "SELECT COUNT(*) FROM claims WHERE document_id = ?", [doc["id"]]
        ).fetchone()[0]
        assert stored == len(extract_claims(document_from_text(doc["path"], doc["text"]))) > 0
    orphans = "SELECT COUNT(*) FROM claims WHERE document_id NOT IN (SELECT id FROM documents)"
    assert store.db.execute(orphans).fetchone()[0] == 0
    store.close()
    return len(documents)


def keep_unread(folder, db, keep: int) -> None:
    """Delete all but the first `keep` of the files the killed ingest never stored: the
    next ingest still finds both kinds, and extracts `keep` documents, not hundreds."""
    with sqlite3.connect(db) as conn:
        stored = {row[0] for row in conn.execute("SELECT path FROM documents")}
    unread = sorted(path for path in folder.iterdir() if str(path) not in stored)
    for path in unread[keep:]:
        path.unlink()


def test_sigkill_mid_ingest(tmp_path):
    folder = write_corpus(tmp_path)
    db, ingest = start_ingest(tmp_path, folder)
    ingest.send_signal(signal.SIGKILL)
    ingest.wait(timeout=30)
    stored = assert_only_whole_documents(db)
    keep_unread(folder, db, 50)
    rerun = subprocess.run(
        [sys.executable, "-m", "workbench", "ingest", str(folder), "--db", str(db), "--jobs", "2"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert f"50 documents added, {stored} skipped" in rerun.stdout, rerun.stdout + rerun.stderr


def test_ctrl_c_mid_ingest_reports_and_keeps_whole_documents(tmp_path):
    db, ingest = start_ingest(tmp_path, write_corpus(tmp_path))
    ingest.send_signal(signal.SIGINT)
    out, _ = ingest.communicate(timeout=60)
    assert ingest.returncode == 130
    assert "before the interruption" in out
    assert_only_whole_documents(db)
