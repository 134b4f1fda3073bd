"""Trial 58: a document removed and loaded again gave back its verdicts, corrections
and link decisions, but a correction's why was lost (kept only in the archive), a
confirmed claim a later source contradicts lost its stale mark (its verdict read as
decided at the restore, after that source), and a restored link's reason was only
"restored from the archive". Real SQLite files, the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from workbench.cli import main

TEXT = "Gunmen killed 12 villagers in Damboa on 3 March 2023, the army said.\n"
LATER = "The toll of the attack in Damboa on 3 March 2023 rose to 19 villagers, police said.\n"


def _run(db: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--db", str(db), *args])


def _ingest(db: Path, path: Path, text: str, published: str) -> None:
    path.write_text(text, encoding="utf-8")
    result = _run(db, "ingest", str(path), "--published", published)
    assert result.exit_code == 0, result.output


def _claims(db: Path, *args: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in _run(db, "claims", "--json", *args).output.splitlines()]


def _again(db: Path, tmp_path: Path) -> None:
    assert _run(db, "document", "remove", "1", "--yes").exit_code == 0
    _ingest(db, tmp_path / "damboa.txt", TEXT, "2023-03-04")


def test_a_restored_correction_keeps_its_why(tmp_path: Path) -> None:
    db = tmp_path / "claims.db"
    _ingest(db, tmp_path / "damboa.txt", TEXT, "2023-03-04")
    edited = _run(db, "claim", "edit", "1", "--value", "13", "--note", "the army's later toll")
    assert edited.exit_code == 0, edited.output
    _again(db, tmp_path)
    [back] = _claims(db)
    history = _run(db, "history", str(back["id"]), "--json").output
    assert "restored from claim 1: the army's later toll" in history


def test_a_restored_verdict_stays_stale_against_a_later_source(tmp_path: Path) -> None:
    db = tmp_path / "claims.db"
    _ingest(db, tmp_path / "damboa.txt", TEXT, "2023-03-04")
    assert _run(db, "verdict", "1", "confirmed").exit_code == 0
    _ingest(db, tmp_path / "later.txt", LATER, "2023-03-06")
    assert [c["id"] for c in _claims(db, "--stale")] == [1]
    _again(db, tmp_path)
    stale = _claims(db, "--stale")
    assert [c["status"] for c in stale] == ["confirmed"]
    assert "12 villagers" in str(stale[0]["text"])


def test_a_restored_link_keeps_the_matchers_reason(tmp_path: Path) -> None:
    db = tmp_path / "claims.db"
    _ingest(db, tmp_path / "damboa.txt", TEXT, "2023-03-04")
    _ingest(db, tmp_path / "later.txt", LATER, "2023-03-06")
    [link] = [json.loads(line) for line in _run(db, "links", "--json").output.splitlines()]
    ends = str(link["a"]["id"]), str(link["b"]["id"])
    assert _run(db, "link", *ends, "--confirm").exit_code == 0
    _again(db, tmp_path)
    found = [
        json.loads(line)
        for line in _run(db, "links", "--json", "--state", "confirmed").output.splitlines()
    ]
    assert [f["reason"] for f in found] == [f"{link['reason']} (restored from the archive)"]


def test_a_claim_read_again_goes_back_to_the_event_an_analyst_merged_it_into(
    tmp_path: Path,
) -> None:
    db = tmp_path / "claims.db"
    _ingest(db, tmp_path / "damboa.txt", TEXT, "2023-03-04")
    other = "Gunmen killed 3 herders in Gwoza on 1 March 2023, police said.\n"
    _ingest(db, tmp_path / "gwoza.txt", other, "2023-03-02")
    events = sorted(int(line.split()[0]) for line in _run(db, "events").output.splitlines()[1:])
    assert len(events) == 2
    merged = _run(db, "event-merge", str(events[0]), str(events[1]))
    assert merged.exit_code == 0, merged.output
    _again(db, tmp_path)
    listed = _run(db, "events").output.splitlines()[1:]
    assert [line.split()[0] for line in listed] == [str(events[0])], listed


def test_an_id_of_a_removed_claim_says_where_it_went(tmp_path: Path) -> None:
    db = tmp_path / "claims.db"
    _ingest(db, tmp_path / "damboa.txt", TEXT, "2023-03-04")
    assert _run(db, "document", "remove", "1", "--yes").exit_code == 0
    removed = _run(db, "history", "1")
    assert "no claim with id 1: it was removed with damboa.txt by" in removed.output
    _ingest(db, tmp_path / "damboa.txt", TEXT, "2023-03-04")
    [back] = _claims(db)
    again = _run(db, "history", "1")
    assert f"read again as claim {back['id']}" in again.output
    assert "no claim with id 99" in _run(db, "history", "99").output
