"""Issue 14, item 6: a verdict is flagged stale only when the claim calling it into
question was loaded after it, judged inside the write transaction that flags it: a
verdict the analyst set again while matching ran (having seen the claim) keeps no
stale flag."""

import sqlite3
from contextlib import closing

from tests.conftest import claims_in
from workbench.display import verdict_line
from workbench.ingest import document_from_text
from workbench.match import MatchInput, match
from workbench.service import Workbench
from workbench.store import Store

FIRST = (
    "Raid near Menaka\n\nupdated 2:10 PM GMT, Tue March 2, 2021\n\n"
    "Gunmen killed 14 soldiers near Menaka in Mali on Monday, the army said.\n"
)
SECOND = (
    "Raid near Menaka\n\nupdated 4:10 PM GMT, Tue March 2, 2021\n\n"
    "Gunmen killed 40 soldiers near Menaka in Mali on Monday, a local official said.\n"
)


def _load(bench: Workbench, tmp_path, name: str, text: str) -> int:
    path = tmp_path / name
    path.write_text(text)
    bench.ingest([str(path)], jobs=1)
    return bench.claims()[-1].id


def test_a_verdict_set_again_after_matching_read_it_keeps_no_flag(tmp_path):
    with closing(Workbench(str(tmp_path / "claims.db"), analyst="ana")) as bench:
        first = _load(bench, tmp_path, "first.txt", FIRST)
        bench.set_verdict(first, "confirmed")
        _load(bench, tmp_path, "second.txt", SECOND)
        assert bench.claim(first).stale_reason, "the later, contradicting claim flags it"
        # what a matching run read: the verdict as it stood before the second claim
        stored = [MatchInput.from_row(r) for r in bench.store.match_inputs()]
        flags = bench._stale(match(stored, stored), {c.id: c for c in stored})
        assert [f[0] for f in flags] == [first]
        bench.set_verdict(first, "confirmed", note="seen claim 2; the army is right")
        # ... and the flag it then writes, after the analyst confirmed again
        bench.store.mark_stale(flags)
        assert bench.claim(first).stale_reason is None


def test_a_verdict_older_than_the_claim_is_flagged(tmp_path):
    with closing(Workbench(str(tmp_path / "claims.db"), analyst="ana")) as bench:
        first = _load(bench, tmp_path, "first.txt", FIRST)
        bench.set_verdict(first, "confirmed")
        _load(bench, tmp_path, "second.txt", SECOND)
        assert "contradicts it" in (bench.claim(first).stale_reason or "")
        report = bench.match(None, replace=True)
        assert report.stale == 0  # already flagged: flagged once
        assert bench.claim(first).stale_reason


def test_a_verdict_set_after_the_claim_is_never_flagged(tmp_path):
    with closing(Workbench(str(tmp_path / "claims.db"), analyst="ana")) as bench:
        first = _load(bench, tmp_path, "first.txt", FIRST)
        _load(bench, tmp_path, "second.txt", SECOND)
        bench.set_verdict(first, "confirmed")
        assert bench.match(None, replace=True).stale == 0
        assert bench.claim(first).stale_reason is None


def test_flags_are_judged_in_the_store(tmp_path):
    """The premise travels with the flag: the status challenged and the time the
    challenging claim was loaded; the store flags only if both still hold."""
    db = tmp_path / "claims.db"
    store = Store(db)
    doc = document_from_text("a.txt", FIRST)
    store.add_document(doc, claims_in(FIRST))
    claim = store.claims_by_id([1])[0]["id"]
    store.set_verdict(claim, "confirmed", None, "ana")
    with sqlite3.connect(db) as conn:
        decided = conn.execute("SELECT decided_at FROM verdicts").fetchone()[0]
    assert store.mark_stale([(claim, "r", "confirmed", "2000-01-01")]) == 0  # loaded before
    assert store.mark_stale([(claim, "r", "false", "2999-01-01")]) == 0  # status changed
    assert store.mark_stale([(claim, "r", "confirmed", decided)]) == 0  # the same moment
    assert store.mark_stale([(claim, "r", "confirmed", "2999-01-01")]) == 1
    store.close()


def test_a_note_keeps_the_stale_mark_a_verdict_clears_it(tmp_path):
    """Writing a note is no second look at the verdict: the stale mark stays (the
    trial's note on a stale claim emptied `claims --stale`); the history says "note",
    not "confirmed -> confirmed"; the same verdict given again clears the mark."""
    db = tmp_path / "w.db"
    with closing(Workbench(db, analyst="ana")) as bench:
        first = _load(bench, tmp_path, "a.txt", FIRST)
        bench.set_verdict(first, "confirmed")
        _load(bench, tmp_path, "b.txt", SECOND)
        assert bench.claim(first).stale_reason
        events = bench.events()
        bench.set_note(first, "burial count pending")
        assert bench.events() == events  # a note changes no event's figures
        kept = bench.claim(first)
        assert kept.stale_reason and kept.status == "confirmed"
        assert kept.note == "burial count pending"
        assert verdict_line(bench.history(first)[-1]) == "note"
        bench.set_verdict(first, "confirmed")
        assert bench.claim(first).stale_reason is None
        assert verdict_line(bench.history(first)[-1]) == "confirmed again"
