"""Issue 14, item 1 (the store's side): a figure too large for SQLite's integers never
stops an ingest. It is stored as a real number while one can hold it; a document
whose figure is past even that is refused alone, in one line, and the others load."""

from contextlib import closing

import pytest

from tests.conftest import killed_claim
from tests.reliability_helpers import run_here
from workbench.errors import SourceError
from workbench.ingest import document_from_text
from workbench.service import Workbench
from workbench.store import ClaimFilter, Store

TEXT = "Toll\n\nGunmen killed 14 soldiers near Gao on Monday.\n"


def _document(path: str, value: int):
    doc = document_from_text(path, TEXT + f"\n{path}\n")
    return doc, [killed_claim(TEXT, "killed 14 soldiers", value)]


def test_a_figure_past_sqlite_integers_is_stored(tmp_path):
    store = Store(tmp_path / "claims.db")
    ids = store.add_documents([_document("a.txt", 12345678901234567890), _document("b.txt", 7)])
    assert None not in ids
    values = sorted(row["value"] for row in store.claims(ClaimFilter()))
    assert values == [7, pytest.approx(12345678901234567890)]
    store.close()


def test_a_figure_past_every_number_refuses_its_document_alone(tmp_path):
    store = Store(tmp_path / "claims.db")
    with pytest.raises(SourceError, match=r"a\.txt: a figure of 401 digits"):
        store.add_documents([_document("a.txt", 10**400)])
    assert store.count("documents") == 0
    store.close()


def test_an_ingest_with_a_huge_figure_loads_every_other_file(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Transfer\n\nOfficials said a transfer of 12345678901234567890 CFA francs was made."
        " Gunmen killed 12 soldiers in Gao.\n"
    )
    for i in range(30):
        (folder / f"ok{i}.txt").write_text(f"Fine {i}\n\nGunmen killed {i + 3} soldiers in Gao.\n")
    db = str(tmp_path / "claims.db")
    result = run_here("ingest", str(folder), "--db", db, "--jobs", "1")
    assert "31 documents added" in result.stdout, result.stderr
    assert "Traceback" not in result.stderr
    with closing(Workbench(db)) as bench:
        assert len(bench.sources()) == 31
