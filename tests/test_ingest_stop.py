"""A load of files stopped by the analyst (the TUI's ctrl+x): a trial stopped a large
file 3 s into its load and it was stored whole 27 s later, 11,242 claims. The stop
is asked as each document is read; what was not stored is not. Real files, a real
SQLite file, the service the TUI calls."""

from __future__ import annotations

from contextlib import closing

from workbench.service import Workbench

TEXT = "Gunmen killed {n} villagers near Gao on Thursday, a local official said.\n"


def folder(tmp_path, count: int):
    where = tmp_path / "reports"
    where.mkdir()
    for n in range(1, count + 1):
        (where / f"r{n}.txt").write_text(TEXT.format(n=n + 10))
    return where


def test_a_load_stopped_stores_nothing_it_had_not_stored(tmp_path):
    reports = folder(tmp_path, 3)
    with closing(Workbench(str(tmp_path / "claims.db"))) as workbench:
        report = workbench.ingest([str(reports)], jobs=1, stop=lambda: True)
        assert report.interrupted and report.added == 0
        assert workbench.sources() == []
        again = workbench.ingest([str(reports)], jobs=1)  # loaded in full when asked again
        assert again.added == 3 and not again.interrupted


def test_a_stop_asked_midway_keeps_what_was_stored_and_stops_reading(tmp_path):
    reports = folder(tmp_path, 3)
    read: list[int] = []
    with closing(Workbench(str(tmp_path / "claims.db"))) as workbench:
        report = workbench.ingest(
            [str(reports)],
            jobs=1,
            progress=lambda done, total: read.append(done),
            stop=lambda: len(read) >= 2,
        )
        assert report.interrupted
        assert read == [1, 2]  # the third was not read on
        assert len(workbench.sources()) == report.added <= 2


def test_a_long_file_stops_while_it_is_read_not_after(tmp_path):
    """The TUI's ctrl+x on one long file: the stop is asked as each claim is read, so
    the load ends within the file (a trial's 2 MB file held it for 51 s), and the
    file, read in part, is not stored."""
    long = tmp_path / "long.txt"
    long.write_text(" ".join(f"Gunmen killed {n} soldiers near Gao." for n in range(5, 3_000)))
    asked = []

    def stop() -> bool:
        asked.append(True)
        return len(asked) > 100

    with closing(Workbench(str(tmp_path / "claims.db"))) as workbench:
        report = workbench.ingest([str(long)], jobs=1, stop=stop)
        assert report.interrupted and report.added == 0
        assert len(asked) == 102  # at each claim read until it said stop, then by the load
        assert workbench.is_empty()
