"""A figure revised by a new version of its source (issue 19) is seen where an
analyst works: `workbench claims` (its JSON's `figure_changed_from`), the reports,
and it survives `workbench reextract`, which may store a document's claims under
new ids. The versions are real files ingested twice into a real SQLite file."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main
from workbench.service import Workbench

BEFORE = (
    "Gao attack\n\n"
    "At least 14 civilians were killed in the attack on the market in Gao, officials said.\n\n"
    "The army said 3 soldiers were wounded in the fighting.\n"
)
AFTER = BEFORE.replace("At least 14 civilians", "At least 23 civilians")


def run(db: Path, *args: str):
    result = CliRunner().invoke(main, [*args, "--db", str(db)])
    assert result.exit_code == 0, result.output
    return result


def two_versions(tmp_path: Path) -> Path:
    """A report loaded, changed on disk and loaded again: documents 1 and 2."""
    db = tmp_path / "claims.db"
    report = tmp_path / "report.txt"
    report.write_text(BEFORE)
    run(db, "ingest", str(report), "--jobs", "1")
    report.write_text(AFTER)
    assert "is a new version of document 1" in run(db, "ingest", str(report), "--jobs", "1").stdout
    return db


def listed(db: Path) -> dict[int, dict]:
    lines = run(db, "claims", "--json").stdout.splitlines()  # one claim a line
    return {c["id"]: c for c in map(json.loads, lines)}


def revised_claim(db: Path) -> dict:
    [claim] = [c for c in listed(db).values() if c["document_id"] == 2 and c["value"] == 23]
    return claim


def test_the_claims_list_says_which_claim_of_the_version_before_a_figure_revises(tmp_path):
    db = two_versions(tmp_path)
    claims = listed(db)
    revised = revised_claim(db)
    before = revised["figure_changed_from"]
    assert before["document_id"] == 1 and before["value"] == 14
    assert before["text"] == claims[before["claim_id"]]["text"]
    assert "14 civilians were killed" in before["text"]
    unrevised = [c for c in claims.values() if c["id"] != revised["id"]]
    assert unrevised and all(c["figure_changed_from"] is None for c in unrevised)
    assert {"id", "status", "value", "text", "source", "voice"} <= set(revised)  # kept


def test_reextract_keeps_the_mark_when_it_pairs_the_claims_again(tmp_path):
    db = two_versions(tmp_path)
    before = revised_claim(db)["figure_changed_from"]
    run(db, "reextract")
    assert revised_claim(db)["figure_changed_from"] == before


def test_reextract_pairs_again_claims_it_stores_under_new_ids(tmp_path):
    """A database an older extractor wrote: it read the revised toll at other
    offsets, so `reextract` removes that claim and stores the new reading under a
    new id (the mark went with the old one); both versions' claims are paired again."""
    db = two_versions(tmp_path)
    old_id = revised_claim(db)["id"]
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute('UPDATE claims SET start = 0, "end" = 3 WHERE id = ?', [old_id])
    run(db, "reextract")
    revised = revised_claim(db)
    assert revised["id"] != old_id
    before = revised["figure_changed_from"]
    assert before is not None and before["value"] == 14 and before["document_id"] == 1
    with closing(Workbench(str(db))) as workbench:
        version = workbench.version(2)
    assert version is not None
    assert [(c.claim_id, c.previous_value) for c in version.changes] == [(revised["id"], 14)]


def test_reextract_pairs_again_when_the_version_before_is_read_anew(tmp_path):
    db = two_versions(tmp_path)
    earlier = revised_claim(db)["figure_changed_from"]["claim_id"]
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute('UPDATE claims SET start = 0, "end" = 3 WHERE id = ?', [earlier])
    run(db, "reextract")
    before = revised_claim(db)["figure_changed_from"]
    assert before is not None and before["claim_id"] != earlier and before["value"] == 14


def test_the_reports_set_out_a_revised_figure_as_a_finding(tmp_path):
    db = two_versions(tmp_path)
    revised = revised_claim(db)
    before = revised["figure_changed_from"]
    markdown = run(db, "export").stdout
    section = markdown.split("## Revised figures\n\n", 1)[1].split("\n## ", 1)[0]
    assert f"Claim {revised['id']}: " in section
    assert f"revised from ≥14: the version before (document {before['document_id']})" in section
    assert f"(claim {before['claim_id']})" in section and "[^revised-1]" in section
    claims_table = markdown.split("## Claims\n\n", 1)[1]
    assert f"revised, was ≥14 (claim {before['claim_id']})" in claims_table
    html = run(db, "export", "--format", "html").stdout
    assert "<h2>Revised figures</h2>" in html
    assert f'<li id="revised-claim-{revised["id"]}">' in html
    assert f"revised, was ≥14 (claim {before['claim_id']})" in html


def test_a_case_says_its_figure_was_revised(tmp_path):
    db = two_versions(tmp_path)
    revised = revised_claim(db)
    run(db, "verdict", str(revised["id"]), "disputed", "--note", "the toll rose overnight")
    markdown = run(db, "export").stdout
    case = markdown.split("## Reviewed claims\n\n", 1)[1].split("\n## ", 1)[0]
    assert "- Revised: revised from ≥14: the version before" in case
    html = run(db, "export", "--format", "html").stdout
    assert "<li>Revised: revised from ≥14: the version before" in html


def test_a_report_with_no_revision_has_no_such_section(tmp_path):
    db = tmp_path / "claims.db"
    (tmp_path / "report.txt").write_text(BEFORE)
    run(db, "ingest", str(tmp_path / "report.txt"), "--jobs", "1")
    assert "Revised figures" not in run(db, "export").stdout
    assert "Revised figures" not in run(db, "export", "--format", "html").stdout


def test_a_replaced_versions_claims_are_marked_superseded_and_not_listed_as_current(tmp_path):
    """A trial saw three revisions of one toll listed among the revised figures beside
    the latest, and an old version's ≥14 in the report's claims table like a current
    toll. The section lists each source's latest version; the report leaves the
    claims of a replaced version out (and says how many), `claims` marks them."""
    db = two_versions(tmp_path)
    report = tmp_path / "report.txt"
    report.write_text(AFTER.replace("At least 23 civilians", "At least 31 civilians"))
    run(db, "ingest", str(report), "--jobs", "1")
    claims = listed(db)
    [middle] = [c for c in claims.values() if c["document_id"] == 2 and c["value"] == 23]
    [latest] = [c for c in claims.values() if c["document_id"] == 3 and c["value"] == 31]
    markdown = run(db, "export").stdout
    section = markdown.split("## Revised figures\n\n", 1)[1].split("\n## ", 1)[0]
    assert f"Claim {latest['id']}: " in section and f"Claim {middle['id']}: " not in section
    table = markdown.split("## Claims\n\n", 1)[1]
    assert f"| {latest['id']} |" in table and f"| {middle['id']} |" not in table
    old = sum(c["superseded_by"] is not None for c in claims.values())
    assert f"{old} claims of versions a newer version of their source replaced" in markdown
    shown = run(db, "claims").stdout
    assert "≥23 (was ≥14) (superseded)" in shown and "≥31 (was ≥23)" in shown


def test_a_confirmed_figure_its_source_revised_is_listed_stale(tmp_path):
    """The analyst confirmed the first version's 14; the source now says 23: the 14 is
    flagged for review, the new claim and figure named. A claim the new version says
    again unchanged, or one not confirmed, is not flagged."""
    db = tmp_path / "claims.db"
    report = tmp_path / "report.txt"
    report.write_text(BEFORE)
    run(db, "ingest", str(report), "--jobs", "1")
    first = {c["value"]: c["id"] for c in listed(db).values()}
    run(db, "verdict", str(first[14]), "confirmed")
    run(db, "verdict", str(first[3]), "confirmed")
    report.write_text(AFTER)
    run(db, "ingest", str(report), "--jobs", "1")
    lines = run(db, "claims", "--stale", "--json").stdout.splitlines()
    stale = [json.loads(line) for line in lines]
    assert [c["id"] for c in stale] == [first[14]]
    reason = stale[0]["stale_reason"]
    assert "new version (document 2) says 'At least 23 civilians were killed'" in reason
    assert f"claim {revised_claim(db)['id']}" in reason
    # the report leaves the replaced version out, and says its stale verdict is there
    report = " ".join(run(db, "export", "--format", "md").stdout.split())
    assert "0 stale verdicts" in report
    assert "1 of them has a stale verdict to review: 'workbench claims --stale'" in report


def test_a_corrected_claim_is_paired_with_its_new_version_as_the_machine_read_both(tmp_path):
    """An analyst's correction of a claim's category does not pair its sentence's other
    claim with the new version's revised figure (trial 71: the corrected "17 civilians"
    made "19 civilians" a revision of "three women", shown as "19 (was 3)")."""
    db = tmp_path / "claims.db"
    report = tmp_path / "report.txt"
    report.write_text("Gao attack\n\nGunmen killed 14 civilians and 3 soldiers in Gao on Monday.\n")
    run(db, "ingest", str(report), "--jobs", "1")
    [civilians] = [c for c in listed(db).values() if c["value"] == 14]
    run(db, "claim", "edit", str(civilians["id"]), "--category", "wounded")
    report.write_text("Gao attack\n\nGunmen killed 23 civilians and 3 soldiers in Gao on Monday.\n")
    run(db, "ingest", str(report), "--jobs", "1")
    claims = listed(db)
    [revised] = [c for c in claims.values() if c["document_id"] == 2 and c["value"] == 23]
    assert revised["figure_changed_from"]["claim_id"] == civilians["id"]
    [soldiers] = [c for c in claims.values() if c["document_id"] == 2 and c["value"] == 3]
    assert soldiers["figure_changed_from"] is None
