"""Issue 14, item 4 (the store's side): a database file deleted or replaced while a
process has it open is detected at the next write, which is refused in one line
instead of vanishing with the deleted file."""

import os
from contextlib import closing

import pytest

from workbench.errors import DatabaseError
from workbench.service import Workbench


@pytest.fixture
def bench(seeded_db):
    bench = Workbench(seeded_db, analyst="ana")
    yield bench
    bench.close()


def _remove(path: str) -> None:
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def test_a_verdict_on_a_deleted_database_is_refused(bench):
    claim = bench.claims()[0].id
    _remove(bench.store.path)
    with pytest.raises(DatabaseError, match="deleted or replaced"):
        bench.set_verdict(claim, "confirmed")


def test_an_ingest_into_a_replaced_database_is_refused(bench, tmp_path):
    path = bench.store.path
    _remove(path)
    with closing(Workbench(path)):
        pass  # another process made a new, empty database in its place
    text = tmp_path / "new.txt"
    text.write_text("Raid\n\nGunmen killed 12 soldiers in Gao on Monday, officials said.\n")
    with pytest.raises(DatabaseError, match="deleted or replaced"):
        bench.ingest([str(text)], jobs=1)
