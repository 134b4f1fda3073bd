"""An ingest killed mid-way leaves a sound database holding only whole documents."""

import signal
import sqlite3
import subprocess
import sys
import time

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.store import Store

PARAGRAPH = (
    "Gunmen killed {n} soldiers near Menaka on Monday, a military spokesman said. "
    "More than {m},000 people have fled the fighting, according to the UN. "
    "The situation in the town remained tense as residents stayed indoors. "
)


def test_sigkill_mid_ingest(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    total = 600
    for i in range(total):
        text = f"Report {i}\n\n" + "\n\n".join(
            PARAGRAPH.format(n=i % 90 + 2, m=k + 2) for k in range(12)
        )
        (folder / f"doc{i:04d}.txt").write_text(text)
    db = tmp_path / "claims.db"
    Store(db).close()
    ingest = subprocess.Popen(
        [sys.executable, "-m", "workbench", "ingest", str(folder), "--db", str(db), "--jobs", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        with sqlite3.connect(db, timeout=30) as conn:
            if conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] >= 25:
                break
        time.sleep(0.02)
    ingest.send_signal(signal.SIGKILL)
    ingest.wait(timeout=30)

    store = Store(db)
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    documents = store.db.execute_returning_dicts("SELECT id, path, text FROM documents")
    assert 25 <= len(documents) < total, "the ingest was not killed mid-way"
    for doc in documents:
        stored = store.db.execute(
            "SELECT COUNT(*) FROM claims WHERE document_id = ?", [doc["id"]]
        ).fetchone()[0]
        assert stored == len(extract_claims(document_from_text(doc["path"], doc["text"]))) > 0
    orphans = "SELECT COUNT(*) FROM claims WHERE document_id NOT IN (SELECT id FROM documents)"
    assert store.db.execute(orphans).fetchone()[0] == 0
    # and the ingest can simply be run again to finish the job
    rerun = subprocess.run(
        [sys.executable, "-m", "workbench", "ingest", str(folder), "--db", str(db), "--jobs", "2"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert f"{total - len(documents)} documents added, {len(documents)} skipped" in rerun.stdout
