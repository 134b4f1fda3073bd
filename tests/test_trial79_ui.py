"""Trial 79's command-line findings, run through the real CLI on real SQLite files:
`export -o` replaced an existing file unasked (now kept as FILE.bak); `history` said "no verdicts or
corrections yet" of a claim whose link the analyst had rejected with a note; the
Markdown report left out the dismissed claims and the rejected links."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def db(seeded_db: str) -> str:
    return seeded_db


def _links(db: str) -> list[dict]:
    result = run("links", "--db", db, "--json")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


# -- export -o over a file that exists


@pytest.mark.parametrize(
    ("fmt", "name"), [("md", "keep.md"), ("csv", "table.csv"), ("json", "data.json")]
)
def test_export_keeps_the_file_it_replaces(db, tmp_path, fmt, name):
    target = tmp_path / name
    target.write_text("the analyst's own notes\n", encoding="utf-8")
    result = run("export", "--db", db, "--format", fmt, "-o", str(target))
    assert result.exit_code == 0, result.output
    kept = tmp_path / f"{name}.bak"
    assert result.stderr.startswith(
        f"Wrote {target}, replacing the file there (the earlier one kept as {kept}): "
    )
    assert kept.read_text(encoding="utf-8") == "the analyst's own notes\n"
    assert target.read_text(encoding="utf-8") != "the analyst's own notes\n"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".workbench-")]


def test_a_warc_export_keeps_the_file_it_replaces(db, tmp_path):
    target = tmp_path / "captures.warc.gz"
    target.write_bytes(b"kept")
    result = run("export", "--db", db, "--format", "warc", "-o", str(target))
    assert result.exit_code == 0 and "the earlier one kept as" in result.stderr
    assert (tmp_path / "captures.warc.gz.bak").read_bytes() == b"kept"


def test_a_bak_that_is_a_link_is_refused_and_nothing_is_written(db, tmp_path):
    target = tmp_path / "report.md"
    target.write_text("yesterday\n", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("not to be written through\n", encoding="utf-8")
    (tmp_path / "report.md.bak").symlink_to(elsewhere)
    result = run("export", "--db", db, "-o", str(target))
    assert result.exit_code == 1 and "report.md.bak" in result.stderr
    assert target.read_text(encoding="utf-8") == "yesterday\n"
    assert elsewhere.read_text(encoding="utf-8") == "not to be written through\n"


def test_force_replaces_the_file_without_keeping_it(db, tmp_path):
    target = tmp_path / "report.md"
    target.write_text("yesterday\n", encoding="utf-8")
    result = run("export", "--db", db, "-o", str(target), "--force")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"Wrote {target}, replacing the file there: ")
    assert target.read_text(encoding="utf-8").startswith("# Verification report")
    assert not (tmp_path / "report.md.bak").exists()


def test_a_new_file_and_stdout_are_written_as_before(db, tmp_path):
    target = tmp_path / "new.md"
    result = run("export", "--db", db, "-o", str(target))
    assert result.exit_code == 0 and target.read_text(encoding="utf-8").startswith("# ")
    result = run("export", "--db", db, "-o", "-")
    assert result.exit_code == 0 and result.stdout.startswith("# ")


def test_a_folder_is_refused_with_its_own_reason(db, tmp_path):
    result = run("export", "--db", db, "-o", str(tmp_path))
    assert result.exit_code == 1 and "folder" in result.stderr
    assert "exists: nothing written" not in result.stderr


# -- link decisions in a claim's history


def test_a_rejected_link_and_its_note_are_in_the_history(db):
    a, b = _links(db)[0]["a_id"], _links(db)[0]["b_id"]
    assert run("link", "--db", db, str(a), str(b), "--reject", "--note", "two towns").exit_code == 0
    for claim, other in ((a, b), (b, a)):
        shown = run("history", "--db", db, str(claim))
        assert shown.exit_code == 0
        assert "no verdicts" not in shown.stdout
        assert f"link to claim {other}" in shown.stdout and "rejected" in shown.stdout
        assert "(two towns)" in shown.stdout


def test_a_confirmed_and_an_added_link_are_in_the_history(db):
    first = _links(db)[0]
    a, b = first["a_id"], first["b_id"]
    assert run("link", "--db", db, str(a), str(b), "--confirm").exit_code == 0
    added = run("link", "--db", db, str(a), "20", "--relation", "corroborates", "--note", "same")
    assert added.exit_code == 0, added.output
    shown = run("history", "--db", db, str(a)).stdout
    assert f"link to claim {b} ({first['relation']}) confirmed" in shown
    assert "link to claim 20 added: corroborates  (same)" in shown


def test_history_json_gives_the_link_decision(db):
    a, b = _links(db)[0]["a_id"], _links(db)[0]["b_id"]
    run("link", "--db", db, str(a), str(b), "--reject", "--note", "another day")
    rows = [
        json.loads(line)
        for line in run("history", "--db", db, str(b), "--json").stdout.splitlines()
    ]
    decided = [r for r in rows if r.get("decision")]
    assert decided and decided[0]["other_id"] == a and decided[0]["note"] == "another day"
    assert decided[0]["decision"] == "rejected" and decided[0]["analyst"]


def test_suggested_links_are_no_step_of_the_history(db):
    """A link the matcher suggested and nobody decided is no decision."""
    claim = _links(db)[0]["a_id"]
    shown = run("history", "--db", db, str(claim))
    assert shown.exit_code == 0 and "has no verdicts" in shown.stdout
    assert "link to claim" not in shown.stdout


def test_a_verdict_history_reads_as_before(db):
    run("verdict", "--db", db, "1", "confirmed", "--note", "checked")
    shown = run("history", "--db", db, "1").stdout
    assert "unreviewed -> confirmed  (checked)" in shown


# -- the report's section of what the analyst set aside


def _set_aside(db: str, tmp_path: Path) -> tuple[int, int, int]:
    a, b = _links(db)[0]["a_id"], _links(db)[0]["b_id"]
    assert run("link", "--db", db, str(a), str(b), "--reject", "--note", "two towns").exit_code == 0
    dismissed = next(i for i in range(1, 40) if i not in (a, b))
    result = run("claim", "dismiss", "--db", db, str(dismissed), "--note", "a distance, no toll")
    assert result.exit_code == 0, result.output
    return a, b, dismissed


def test_the_markdown_report_lists_dismissed_spans_and_rejected_links(db, tmp_path):
    a, b, dismissed = _set_aside(db, tmp_path)
    report = run("export", "--db", db).stdout
    part = report[report.index("## Set aside by the analyst") : report.index("## Claims")]
    assert f"- claim {dismissed}, “" in part and "a distance, no toll" in part
    assert f"- claims {a} and {b}, " in part and "rejected by" in part and "two towns" in part


def test_the_html_report_lists_them_too(db, tmp_path):
    a, b, dismissed = _set_aside(db, tmp_path)
    page = run("export", "--db", db, "--format", "html").stdout
    assert "<h2>Set aside by the analyst</h2>" in page
    assert f"<li>claim {dismissed}, " in page and f"<li>claims {a} and {b}, " in page


def test_a_report_with_nothing_set_aside_has_no_such_section(db):
    report = run("export", "--db", db).stdout
    assert "## Claims" in report and "Set aside" not in report


def test_a_contested_only_report_keeps_to_its_claims(db, tmp_path):
    """A dismissed claim is contested by nobody: a contested-only report leaves it out."""
    _, _, dismissed = _set_aside(db, tmp_path)
    report = run("export", "--db", db, "--contested").stdout
    assert f"- claim {dismissed}, “" not in report


# -- extract given an address


@pytest.mark.parametrize(
    "address",
    [
        "http://127.0.0.1:9/news.html",
        "https://example.org/2026/11/conakry?page=2",
        "HTTP://EXAMPLE.ORG/A",
    ],
)
def test_extract_refuses_an_address_and_names_ingest(address):
    result = run("extract", address)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"workbench: {address}: extract reads files only: `workbench ingest URL` fetches a page"
    ]
    assert "did you mean a URL" not in result.stderr


def test_extract_reads_the_files_beside_an_address(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Gunmen killed 12 civilians near Gao on Monday, officials said.\n")
    result = run("extract", "https://example.org/x", str(story))
    assert result.exit_code == 1 and "extract reads files only" in result.stderr
    assert "killed" in result.stdout


def test_a_mistyped_address_still_gets_its_hint():
    result = run("extract", "htp://example.org/x")
    assert result.exit_code == 1 and "did you mean a URL?" in result.stderr


def test_a_missing_file_is_still_no_such_file(tmp_path):
    result = run("extract", str(tmp_path / "missing.txt"))
    assert result.exit_code == 1 and "no such file or directory" in result.stderr


# -- a folder's subfolders that hold no file


def _ingest(folder: Path, tmp_path: Path):
    result = run("ingest", str(folder), "--db", str(tmp_path / "claims.db"), "--jobs", "1")
    assert result.exit_code == 0, result.output
    return [line for line in result.stderr.splitlines() if line.startswith(f"warning: {folder}:")]


def _story(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("Gunmen killed 12 villagers in Kano on Monday, police said.\n")


def test_an_empty_subfolder_is_named(tmp_path):
    folder = tmp_path / "mixed"
    _story(folder / "raid.txt")
    (folder / "later").mkdir()
    assert _ingest(folder, tmp_path) == [
        f"warning: {folder}: 1 subfolder with no file in it (later)"
    ]


def test_empty_subfolders_deep_down_are_named_by_their_outermost(tmp_path):
    folder = tmp_path / "desk"
    _story(folder / "week1" / "raid.txt")
    (folder / "week2" / "monday").mkdir(parents=True)
    (folder / "week1" / "scans").mkdir()
    assert _ingest(folder, tmp_path) == [
        f"warning: {folder}: 2 subfolders with no file in it (scans, week2)"
    ]


def test_an_empty_subfolder_joins_the_line_of_files_passed_over(tmp_path):
    folder = tmp_path / "reports"
    _story(folder / "raid.txt")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    (folder / "empty").mkdir()
    [line] = _ingest(folder, tmp_path)
    assert "1 file not read" in line and line.endswith("; 1 subfolder with no file in it (empty)")


def test_hidden_and_filled_subfolders_are_not_named(tmp_path):
    folder = tmp_path / "clean"
    _story(folder / "raid.txt")
    _story(folder / "more" / "raid2.txt")
    (folder / ".git" / "objects").mkdir(parents=True)
    (folder / "scans").mkdir()
    (folder / "scans" / "page.docx").write_bytes(b"PK\x03\x04")
    lines = _ingest(folder, tmp_path)
    assert not any("subfolder" in line for line in lines)


def test_a_folder_of_nothing_readable_keeps_its_one_line(tmp_path):
    folder = tmp_path / "nothing"
    (folder / "empty").mkdir(parents=True)
    result = run("ingest", str(folder), "--db", str(tmp_path / "claims.db"))
    assert result.exit_code == 0, result.output
    warned = [line for line in result.stderr.splitlines() if str(folder) in line]
    assert len(warned) == 1 and "no file to read in this folder" in warned[0]
    assert "subfolder" not in warned[0]
