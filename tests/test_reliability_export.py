"""Issue 14, item 5: an export reads the database in one read transaction, so an
ingest committing meanwhile cannot make it contradict itself."""

import json
from contextlib import closing

import pytest

from tests.reliability_helpers import looping
from workbench.service import Workbench

INGEST_LOOP = """
import sys
from pathlib import Path
from workbench.service import Workbench
bench = Workbench(sys.argv[1])
folder = Path(sys.argv[2])
print("started", flush=True)
for i in range(100_000):
    path = folder / f"doc{i}.txt"
    path.write_text(
        f"Report {i}\\n\\n"
        + "".join(f"Gunmen killed {i % 50 + k + 2} soldiers near Gao day {k}. " for k in range(8))
    )
    bench.ingest([str(path)], jobs=1)
"""


@pytest.fixture
def busy_db(seeded_db, tmp_path):
    """A database with an ingest committing a document after another into it."""
    db = seeded_db
    folder = tmp_path / "in"
    folder.mkdir()
    with looping(INGEST_LOOP, db, str(folder)):
        yield db


def _assert_consistent(document: dict) -> None:
    summary = document["summary"]
    claims, sources = document["claims"], document["sources"]
    assert summary["claims"] == summary["exported_claims"] == len(claims)
    assert summary["documents"] == len(sources)
    assert sum(s["claims"] for s in sources) == len(claims)
    documents = {s["id"] for s in sources}
    assert {c["document_id"] for c in claims} <= documents
    ids = {c["id"] for c in claims}
    assert all(link["a_id"] in ids and link["b_id"] in ids for link in document["links"])
    assert {c for e in document["events"] for c in e["claim_ids"]} <= ids


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_export_during_an_ingest_agrees_with_itself(busy_db, tmp_path, jobs):
    out = tmp_path / "export.json"
    with closing(Workbench(busy_db)) as bench:
        for _ in range(4):
            bench.export_to("json", str(out), jobs=jobs)
            _assert_consistent(json.loads(out.read_text(encoding="utf-8")))
