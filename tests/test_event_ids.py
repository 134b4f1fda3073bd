"""Event ids are never given again (a trial): an id an analyst noted must not come to
name another incident once its event emptied and went. Real files, a real SQLite
file, through the CLI."""

from __future__ import annotations

from tests.test_versions_carry import events, run


def test_an_event_id_is_never_given_to_another_incident(tmp_path):
    """A trial's `event move 23 new` made event 18 again, the id of an event it had
    just emptied: an analyst's note naming "event 18" would then name another
    incident. Two reports, two events; one claim moved into the other's event (its
    own empties and goes), then out again into a new one."""
    db = tmp_path / "claims.db"
    for name, text in (
        ("a.txt", "Gunmen killed 12 villagers near Gao on Monday.\n"),
        ("b.txt", "Floods displaced 3,000 people in Yola on Friday.\n"),
    ):
        (tmp_path / name).write_text(text)
        run(db, "ingest", str(tmp_path / name), "--jobs", "1", "--published", "2026-03-09")
    ids = {e["id"] for e in events(db)}
    [gao, yola] = sorted(ids)
    [moved] = [i for e in events(db) if e["id"] == yola for i in e["claim_ids"]]
    run(db, "event", "move", str(moved), str(gao))  # event `yola` empties and goes
    run(db, "event", "move", str(moved), "new")
    [new] = [e["id"] for e in events(db) if moved in e["claim_ids"]]
    assert new not in ids


def test_a_new_version_of_the_only_report_keeps_its_events_id(tmp_path):
    """A trial's running-total event went and came back as another id when its one
    report had a new version: the event of the new version's same claims keeps it."""
    db = tmp_path / "claims.db"
    report = tmp_path / "update.txt"
    text = "Flood update\n\nFloods displaced 3,000 people in Yola since June, officials say.\n"
    (tmp_path / "a.txt").write_text("Gunmen killed 12 villagers near Gao on Monday.\n")
    run(db, "ingest", str(tmp_path / "a.txt"), "--jobs", "1", "--published", "2026-03-09")
    report.write_text(text)
    run(db, "ingest", str(report), "--jobs", "1", "--published", "2026-03-09")
    [before] = [e["id"] for e in events(db) if "Yola" in e["name"]]
    report.write_text(text.replace("3,000", "4,500"))
    run(db, "ingest", str(report), "--jobs", "1", "--published", "2026-03-10")
    [after] = [e["id"] for e in events(db) if "Yola" in e["name"]]
    assert after == before
