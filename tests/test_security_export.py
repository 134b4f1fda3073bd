"""Issue 14, items 8, 10 and 11 (CSV): `export -o` writes only a regular file or a new
path, ClaimReview passes only http(s) URLs and is safe inside a <script> block, and no
CSV cell runs as a formula. Real files, FIFOs, symlinks and device nodes; no mocks."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.errors import WorkbenchError
from workbench.service import Metadata, Workbench

HOSTILE = (
    "Officials said 24 people were killed in Kidal on Monday.\n"
    "Gunmen killed 12 civilians near Gao </script><script>alert(1)</script> & more,"
    " the army said.\n"
)
NOTES = (' =HYPERLINK("http://evil")', "  +1+1", "\t@SUM(A1)", " -2+3")


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def db(tmp_path) -> str:
    """One hostile source (a javascript: URL), every claim reviewed with a hostile note."""
    path = str(tmp_path / "claims.db")
    source = tmp_path / "hostile.txt"
    source.write_text(HOSTILE, encoding="utf-8")
    bench = Workbench(path, analyst="ana")
    given = Metadata(outlet="Wire", url="javascript:alert(3)", published="2013-02-06")
    bench.ingest([str(source)], given, jobs=1)
    for claim, note in zip(bench.claims(), NOTES, strict=False):
        bench.set_verdict(claim.id, "disputed", note)
    bench.close()
    return path


def refused(result, target: Path) -> None:
    """Exit 1, one line naming the path, no traceback."""
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and str(target) in lines[0], result.output


# -- item 8: what `export -o` may replace ------------------------------------------


def test_export_refuses_a_fifo_and_leaves_it_a_fifo(db, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    refused(run("export", "--db", db, "-o", str(fifo)), fifo)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_export_refuses_a_symlink_and_leaves_both_ends(db, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    link = tmp_path / "report.md"
    link.symlink_to(victim)
    refused(run("export", "--db", db, "-o", str(link)), link)
    assert link.is_symlink() and victim.read_text(encoding="utf-8") == "keep me"


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_export_refuses_a_device_node(db, tmp_path):
    device = tmp_path / "null"
    os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a /dev/null of our own
    refused(run("export", "--db", db, "-o", str(device)), device)
    assert stat.S_ISCHR(os.lstat(device).st_mode)


def test_export_refuses_a_folder(db, tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    refused(run("export", "--db", db, "-o", str(folder)), folder)
    assert folder.is_dir() and list(folder.iterdir()) == []


def test_export_temporary_file_is_not_a_predictable_name(db, tmp_path):
    """A link planted where the temporary file would go must not be written through."""
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    (tmp_path / ".report.md.part").symlink_to(victim)
    result = run("export", "--db", db, "-o", str(tmp_path / "report.md"))
    assert result.exit_code == 0, result.output
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert "# " in (tmp_path / "report.md").read_text(encoding="utf-8")


def test_export_replaces_a_regular_file_and_leaves_nothing_beside_it(db, tmp_path):
    target = tmp_path / "out" / "report.csv"
    target.parent.mkdir()
    target.write_text("yesterday", encoding="utf-8")
    for _ in range(2):
        result = run("export", "--db", db, "--format", "csv", "-o", str(target), "--force")
        assert result.exit_code == 0, result.output
    assert stat.S_ISREG(os.lstat(target).st_mode)
    assert target.read_text(encoding="utf-8-sig").startswith("id,source")
    assert [p.name for p in target.parent.iterdir()] == ["report.csv"]


def test_a_new_path_is_written(db, tmp_path):
    target = tmp_path / "new.json"
    result = run("export", "--db", db, "--format", "json", "--jobs", "2", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["claims"] == 2
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_export_to_an_empty_path_is_refused_not_printed(db):
    result = run("export", "--db", db, "-o", "")
    assert result.exit_code == 1 and "give a file name" in result.output
    assert "#" not in result.output


@pytest.mark.parametrize("kind", ["symlink", "fifo"])
def test_the_services_export_as_the_tui_calls_it_writes_no_other_file(db, tmp_path, kind):
    """The TUI's `e` calls Workbench.export_to itself: the same refusals as the CLI."""
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    target = tmp_path / "report.md"
    if kind == "symlink":
        target.symlink_to(victim)
    else:
        os.mkfifo(target)
    bench = Workbench(db)
    try:
        with pytest.raises(WorkbenchError, match=r"report\.md"):
            bench.export_to("md", str(target))
    finally:
        bench.close()
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert target.is_symlink() or stat.S_ISFIFO(os.lstat(target).st_mode)


def test_the_services_export_writes_through_no_planted_temporary_name(db, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    (tmp_path / ".report.md.part").symlink_to(victim)
    bench = Workbench(db)
    try:
        bench.export_to("md", str(tmp_path / "report.md"))
    finally:
        bench.close()
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert (tmp_path / "report.md").read_text(encoding="utf-8").startswith("#")


# -- item 10: ClaimReview ---------------------------------------------------------


def _urls(value: object) -> list[str]:
    if isinstance(value, dict):
        return [u for k, v in value.items() for u in ([v] if k == "url" else _urls(v))]
    if isinstance(value, list):
        return [u for v in value for u in _urls(v)]
    return []


def test_claimreview_passes_only_http_urls(db, tmp_path):
    target = tmp_path / "r.jsonld"
    result = run("export", "--db", db, "--format", "claimreview", "-o", str(target))
    assert result.exit_code == 0, result.output
    reviews = json.loads(target.read_text(encoding="utf-8"))
    assert len(reviews) == 2
    assert "javascript" not in target.read_text(encoding="utf-8")
    assert all(u.startswith(("http://", "https://")) for u in _urls(reviews))


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "x.org/r"])
def test_claimreview_refuses_a_publisher_url_that_is_not_http(db, url):
    result = run("export", "--db", db, "--format", "claimreview", "--url", url)
    assert result.exit_code == 2 and "javascript" not in result.stdout
    assert "http" in result.output


def test_claimreview_is_safe_inside_a_script_element(db):
    result = run("export", "--db", db, "--format", "claimreview")
    assert result.exit_code == 0, result.output
    for char in "<>&":
        assert char not in result.stdout
    reviews = json.loads(result.stdout)
    assert any("</script><script>alert(1)</script> &" in r["claimReviewed"] for r in reviews)


# -- item 11: CSV cells ---------------------------------------------------------


def test_csv_cells_with_spaces_before_a_formula_are_inert(db):
    result = run("export", "--db", db, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    notes = {row[rows[0].index("note")] for row in rows[1:]}
    assert notes == {"'" + note for note in NOTES[: len(notes)]}
    for row in rows[1:]:
        for cell in row:
            head = cell.lstrip(" ")
            assert cell.startswith("'") or not head.startswith(("=", "+", "@", "\t", "\r")), cell


def test_export_never_replaces_the_open_database(db):
    """A trial's `export --db t2.db -o t2.db` replaced every verdict and note with a report."""
    before = Path(db).read_bytes()
    refused(run("export", "--db", db, "--format", "md", "-o", db), db)
    assert Path(db).read_bytes() == before
    assert run("claims", "--db", db).exit_code == 0


def test_export_never_replaces_another_database_nor_a_journal(db, tmp_path):
    other = tmp_path / "other.db"
    other.write_bytes(Path(db).read_bytes())
    refused(run("export", "--db", db, "--format", "csv", "-o", str(other)), other)
    assert other.read_bytes() == Path(db).read_bytes()
    journal = f"{db}-wal"
    refused(run("export", "--db", db, "--format", "csv", "-o", journal), journal)


def test_export_still_replaces_its_own_earlier_report(db, tmp_path):
    report = tmp_path / "report.md"
    for _ in range(2):
        assert run("export", "--db", db, "-o", str(report), "--force").exit_code == 0
    assert "# " in report.read_text(encoding="utf-8")
