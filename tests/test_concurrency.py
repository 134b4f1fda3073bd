"""Two processes writing verdicts to one database at once lose nothing."""

import itertools
import subprocess
import sys
from pathlib import Path

from workbench.service import Workbench

SEEDS = str(Path(__file__).parent.parent / "seeds")
WRITER = """
import sys
from workbench.service import Workbench
db, who = sys.argv[1], sys.argv[2]
bench = Workbench(db, analyst=who)
ids = [int(i) for i in sys.argv[3].split(",")]
statuses = ["confirmed", "disputed", "false", "unverifiable", "unreviewed"]
for i in range(500):
    bench.set_verdict(ids[i % len(ids)], statuses[i % len(statuses)], note=f"{who}-{i}")
"""


def test_two_processes_500_verdicts_each(seeded_db):
    db = seeded_db
    bench = Workbench(db)
    ids = ",".join(str(c.id) for c in bench.claims()[:7])
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, db, who, ids], stderr=subprocess.PIPE, text=True
        )
        for who in ("ana", "ben")
    ]
    for writer in writers:
        _, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err
    rows = bench.store.db.execute_returning_dicts("SELECT * FROM verdict_history ORDER BY id")
    assert len(rows) == 1000
    assert sum(r["analyst"] == "ana" for r in rows) == 500
    for claim_id in {r["claim_id"] for r in rows}:
        chain = [r for r in rows if r["claim_id"] == claim_id]
        # every change starts from the status the one before it left: writes were serialised
        assert all(b["old_status"] == a["new_status"] for a, b in itertools.pairwise(chain))
        current = bench.claim(claim_id)
        assert (current.status, current.note) == (chain[-1]["new_status"], chain[-1]["note"])
