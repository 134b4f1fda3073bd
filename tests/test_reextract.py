"""Corrections and decisions survive everything that derives claims, links and events
again (issue 17 §1): ingesting the same files again, `match --all`, regrouping the
events, and `workbench reextract`, which reads every stored document again and says
what changed."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

from click.testing import CliRunner

from tests.conftest import SEEDS
from workbench.cli import main
from workbench.models import LinkState
from workbench.service import Workbench

CHADIAN_SOURCE = 27  # "24 soldiers killed north of Kidal"


def run(db: str, *args: str):
    result = CliRunner().invoke(main, ["--db", db, *args])
    assert result.exit_code == 0, result.output
    return result


def analyst_work(db: str) -> dict[str, int]:
    """A correction, a verdict with a note, a grade, a dismissal, a claim added by hand
    and a link rejected; the added claim's id."""
    with closing(Workbench(db, "ana")) as bench:
        bench.correct_claim(CHADIAN_SOURCE, {"value": "3", "place": "Kidal"}, "the later toll")
        bench.set_verdict(CHADIAN_SOURCE, "disputed", "one source only")
        bench.set_credibility(CHADIAN_SOURCE, 4, "doubtful")
        bench.dismiss_claim(3, "a distance")
        text, _ = bench.document(3)
        start = text.index("Chadian fatalities")
        added = bench.add_claim(  # beside claim 32's "3 Chadian fatalities": a hard case
            3, start, start + 18, {"category": "killed", "value": "3"}, duplicate=True
        )
        bench.set_link(1, 9, state=LinkState.REJECTED)
        return {"added": added.id, "corrections": len(list(bench.store.iter_corrections()))}


def assert_work_kept(db: str, work: dict[str, int]) -> None:
    with closing(Workbench(db)) as bench:
        claim = bench.claim(CHADIAN_SOURCE)
        assert (claim.value, claim.low, claim.high, claim.location) == (3, 3, 3, "Kidal")
        assert claim.machine == {"value": 24, "low": 24, "high": 24, "place": "north of Kidal"}
        assert (claim.status, claim.note) == ("disputed", "one source only")
        assert bench.credibility_grade(CHADIAN_SOURCE)["grade"] == 4
        assert bench.claim(3).dismissed and 3 not in {c.id for c in bench.claims()}
        added = bench.claim(work["added"])
        assert (added.added_by, added.value, added.text) == ("ana", 3, "Chadian fatalities")
        rejected = bench.links(1, states=["rejected"])
        assert [(link.a_id, link.b_id) for link in rejected] == [(1, 9)]
        assert len(list(bench.store.iter_corrections())) == work["corrections"]
        event = next(e for e in bench.events() if CHADIAN_SOURCE in e.claim_ids)
        killed = next(f for f in event.figures if f.category == "killed")
        assert 24 not in (killed.low, killed.high, killed.minimum, killed.maximum)
        assert all(3 not in e.claim_ids for e in bench.events())


def test_corrections_survive_ingest_match_regrouping_and_reextract(seeded_db):
    work = analyst_work(seeded_db)
    assert_work_kept(seeded_db, work)
    assert "0 documents added, 5 skipped" in run(seeded_db, "ingest", str(SEEDS)).stdout
    assert_work_kept(seeded_db, work)
    run(seeded_db, "match", "--all")
    assert_work_kept(seeded_db, work)
    with closing(sqlite3.connect(seeded_db)) as conn:  # the grouping made anew, from nothing
        conn.execute("DELETE FROM meta WHERE key = 'events_grouped'")
        conn.execute("UPDATE event_claims SET placed_by = NULL")
        conn.commit()
    with closing(Workbench(seeded_db)) as bench:
        bench.regroup_events()
    assert_work_kept(seeded_db, work)
    changes = [
        json.loads(line) for line in run(seeded_db, "reextract", "--json").stdout.splitlines()
    ]
    assert changes == [], changes  # the same rules read the same claims: nothing changed
    assert_work_kept(seeded_db, work)


def older_reading(db: str) -> None:
    """The claims as an older extractor would have stored them: claim 11's subject read
    otherwise, claim 12 and claim 20 at spans the extractor no longer reads (20 with a
    verdict), and claim 27's figure (corrected by the analyst) read as 99."""
    with closing(Workbench(db, "ana")) as bench:
        bench.correct_claim(CHADIAN_SOURCE, {"value": "3"}, "the later toll")
        bench.set_verdict(20, "confirmed", "checked against ACLED")
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("UPDATE claims SET subject = 'guests' WHERE id = 11")
        conn.execute('UPDATE claims SET start = 0, "end" = 1 WHERE id IN (12, 20)')
        conn.execute(
            "UPDATE claims SET machine = json_set(machine, '$.value', 99) WHERE id = ?",
            [CHADIAN_SOURCE],
        )
        conn.commit()


def test_reextract_says_what_changed_and_keeps_what_an_analyst_did(seeded_db):
    with closing(Workbench(seeded_db)) as bench:
        read = [(bench.claim(i).text, bench.claim(i).category.value) for i in (12, 20)]
    older_reading(seeded_db)
    result = run(seeded_db, "reextract", "--json")
    changes = {(c["change"], c["claim_id"]): c for c in map(json.loads, result.stdout.splitlines())}
    assert changes[("changed", 11)]["fields"] == {"subject": ["guests", "hostages"]}
    assert ("removed", 12) in changes and ("vanished", 20) in changes
    added = [c for (kind, _), c in changes.items() if kind == "added"]
    assert [(c["text"], c["category"]) for c in added] == read  # read again where they are
    figure = changes[("changed", CHADIAN_SOURCE)]
    assert figure["fields"] == {"value": [99, 24]} and figure["corrected"] == ["value"]
    assert len(changes) == 6
    with closing(Workbench(seeded_db)) as bench:
        assert bench.claim(11).subject == "hostages"
        claim = bench.claim(CHADIAN_SOURCE)
        assert (claim.value, claim.machine["value"]) == (3, 24)  # the correction stands
        kept = bench.claim(20)
        assert (kept.status, kept.note) == ("confirmed", "checked against ACLED")
        assert [h.new_status for h in bench.history(20)] == ["confirmed"]
        ids = {c.id for c in bench.claims()}
        assert 12 not in ids and 20 in ids and len(ids) == 38
        assert bench.events_current()
    said = run(seeded_db, "reextract").stdout
    assert "0 claims added, 0 removed, 0 changed" in said and "1 no longer found but kept" in said


def test_a_voice_the_analyst_gave_stays_through_curation_and_reextract(seeded_db):
    """A new outlet takes the claims the old one spoke, not one whose voice an analyst
    corrected; a merge of voices is no change of the machine's reading to reextract."""
    with closing(Workbench(seeded_db, "ana")) as bench:
        bench.correct_claim(5, {"voice": "the French army"})
        bench.edit_document(1, outlet="CNN International")
        assert bench.claim(5).voice == "the French army"
        assert bench.claim(6).voice == "CNN International"
        bench.merge_voices("A Chadian source", ["A Chadian journalist called Abdelnasser Garboa"])
        assert bench.claim(32).voice == "A Chadian source"
    changes = [
        json.loads(line) for line in run(seeded_db, "reextract", "--json").stdout.splitlines()
    ]
    # the one change: the machine now reads claim 5 in the new outlet's voice
    assert [(c["claim_id"], c["fields"], c["corrected"]) for c in changes] == [
        (5, {"voice": ["CNN", "CNN International"]}, ["voice"])
    ]
    with closing(Workbench(seeded_db)) as bench:
        assert (bench.claim(5).voice, bench.claim(32).voice) == (
            "the French army",
            "A Chadian source",
        )
        assert bench.claim(5).machine == {"voice": "CNN International"}


def test_reextract_reports_no_country_change_under_a_corrected_place(tmp_path) -> None:
    """Trial 58: a place corrected to Kunar gave the claim Afghanistan; `reextract`
    said "country Afghanistan -> United States", though the machine's country had not
    changed and the correction stood."""
    db = str(tmp_path / "claims.db")
    text = tmp_path / "a.txt"
    text.write_text("Gunmen killed 17 villagers in Nairobi on 3 March 2023, police said.\n")
    run(db, "ingest", str(text), "--published", "2023-03-04")
    run(db, "claim", "edit", "1", "--place", "Kunar, Afghanistan")
    again = run(db, "reextract").output
    assert "country" not in again and "0 changed, 1 unchanged" in again
    [claim] = [json.loads(line) for line in run(db, "claims", "--json").output.splitlines()]
    assert claim["country"] == "Afghanistan"
