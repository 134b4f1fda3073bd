"""The claims of a superseded version of a source (an article read again after its
revision) are listed and reviewable, but not counted: the TUI header's counts and
every export go through one rule, `service.reading.counted`. A trial's header and
report counted the old toll beside the new one. Real files ingested twice into a
real SQLite file."""

from __future__ import annotations

import csv
import io
import json
from contextlib import closing
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main
from workbench.service import ClaimFilter, Workbench
from workbench.service.reading import counted

BEFORE = (
    "Gao attack\n\n"
    "At least 14 civilians were killed in the attack on the market in Gao, officials said.\n\n"
    "The army said 3 soldiers were wounded in the fighting.\n"
)
AFTER = BEFORE.replace("At least 14 civilians", "At least 23 civilians")
OTHER = "Gunmen killed 12 villagers near Kidal on Thursday, a local official said.\n"


def run(db: Path, *args: str) -> str:
    result = CliRunner().invoke(main, [*args, "--db", str(db)])
    assert result.exit_code == 0, result.output
    return result.stdout


def revised(tmp_path: Path) -> Path:
    """A report read, revised on disk and read again (documents 1 and 3), and another
    source between them (document 2)."""
    db = tmp_path / "claims.db"
    report, other = tmp_path / "report.txt", tmp_path / "other.txt"
    report.write_text(BEFORE)
    other.write_text(OTHER)
    run(db, "ingest", str(report), "--jobs", "1")
    run(db, "ingest", str(other), "--jobs", "1")
    report.write_text(AFTER)
    assert "new version of document 1" in run(db, "ingest", str(report), "--jobs", "1")
    return db


def split(db: Path) -> tuple[set[int], set[int]]:
    """The ids of the current claims and of the superseded ones."""
    with closing(Workbench(str(db))) as bench:
        claims = bench.claims()
    old = {c.id for c in claims if c.superseded_by is not None}
    return {c.id for c in claims} - old, old


def test_the_rule_is_the_current_versions_claims_within_any_filter():
    assert counted() == ClaimFilter(current=True)
    narrowed = counted(ClaimFilter(category="killed", search="Gao"))
    assert narrowed == ClaimFilter(category="killed", search="Gao", current=True)


def test_the_summary_counts_leave_superseded_claims_out_and_say_how_many(tmp_path):
    db = revised(tmp_path)
    current, old = split(db)
    assert current and old
    some_old = min(old)
    run(db, "verdict", str(some_old), "confirmed")  # a verdict on an old claim stays
    with closing(Workbench(str(db))) as bench:
        counts = bench.summary_counts()
        listed = bench.count_claims()
        verdict = bench.claim(some_old).status
    assert counts["claims"] == len(current) and counts["superseded"] == len(old)
    assert counts["unreviewed"] == len(current)  # the confirmed claim is not counted
    assert listed == len(current) + len(old)  # still listed: reachable
    assert verdict == "confirmed"


def test_a_contradiction_with_a_superseded_claim_is_not_counted_as_contested(tmp_path):
    db = revised(tmp_path)
    current, old = split(db)
    run(db, "link", str(min(old)), str(min(current)), "--relation", "contradicts")
    with closing(Workbench(str(db))) as bench:
        assert bench.summary_counts()["contested"] == 1  # the current end only
        assert bench.store.summary_counts()["contested"] == 2  # the store, unfiltered


def test_every_export_leaves_superseded_claims_out(tmp_path):
    db = revised(tmp_path)
    current, old = split(db)
    data = json.loads(run(db, "export", "--format", "json"))
    assert {c["id"] for c in data["claims"]} == current
    assert data["summary"]["claims"] == len(current)
    assert data["summary"]["superseded"] == len(old)
    assert sum(data["summary"]["by_status"].values()) == len(current)
    rows = list(csv.DictReader(io.StringIO(run(db, "export", "--format", "csv"))))
    assert {int(r["id"]) for r in rows} == current
    points = json.loads(run(db, "export", "--format", "geojson"))["features"]
    mapped = {f["properties"]["id"] for f in points if f["properties"]["feature"] == "claim"}
    assert mapped and mapped <= current
    markdown = run(db, "export")
    table = markdown.split("## Claims\n\n", 1)[1].split("\n## ", 1)[0]
    assert all(f"| {i} |" not in table for i in old)
    assert all(f"| {i} |" in table for i in current)
    assert f"{len(current)} claims from" in markdown
    assert f"{len(old)} claims of versions a newer version of their source replaced" in markdown
    html = run(db, "export", "--format", "html")
    assert f"{len(old)} claims of versions a newer version of their source replaced" in html


def test_a_reviewed_superseded_claim_is_no_case_of_the_report(tmp_path):
    db = revised(tmp_path)
    _, old = split(db)
    run(db, "verdict", str(min(old)), "disputed", "--note", "the old toll")
    markdown = run(db, "export")
    assert "the old toll" not in markdown
    reviewed = json.loads(run(db, "export", "--format", "json", "--status", "disputed"))
    assert reviewed["claims"] == [] and reviewed["summary"]["exported_claims"] == 0


def test_a_database_with_no_versions_says_nothing_of_superseded_claims(tmp_path):
    db = tmp_path / "claims.db"
    (tmp_path / "other.txt").write_text(OTHER)
    run(db, "ingest", str(tmp_path / "other.txt"), "--jobs", "1")
    assert "superseded" not in run(db, "export")
    assert json.loads(run(db, "export", "--format", "json"))["summary"]["superseded"] == 0
