"""Two analysts on one claims database: a verdict or note written from what one of
them read is refused, with a line naming the other and what they decided, where the
other changed that claim after the read; nothing typed is replaced unseen."""

from __future__ import annotations

import pytest

from workbench.errors import CorrectionChanged, VerdictChanged
from workbench.service import Workbench


def first_claim(db: str) -> int:
    return Workbench(db).claims()[0].id


def test_a_verdict_from_a_read_older_than_anothers_change_is_refused(seeded_db: str) -> None:
    ana, bob = Workbench(seeded_db, "ana"), Workbench(seeded_db, "bob")
    claim = first_claim(seeded_db)
    seen = ana.verdict_mark()
    bob.set_verdict(claim, "false", note="the ministry retracted it")
    with pytest.raises(VerdictChanged) as refused:
        ana.set_verdict(claim, "confirmed", since=seen)
    line = str(refused.value)
    assert "bob set it to false with a note" in line and "\n" not in line
    assert f"claim {claim}" in line and " UTC" in line
    assert ana.claim(claim).status == "false"
    assert ana.claim(claim).note == "the ministry retracted it"
    assert [h.analyst for h in ana.history(claim)] == ["bob"]


def test_a_verdict_given_over_one_no_longer_shown_is_refused_whoever_gave_it(
    seeded_db: str,
) -> None:
    """`shown`: the verdict the analyst saw. The same analyst's verdict from another
    window (the CLI) changed it: refused, naming it; what is shown still holds goes."""
    ana = Workbench(seeded_db, "ana")
    claim = first_claim(seeded_db)
    Workbench(seeded_db, "ana").set_verdict(claim, "false")
    with pytest.raises(VerdictChanged, match="ana set it to false"):
        ana.set_verdict(claim, "confirmed", shown="unreviewed")
    assert ana.claim(claim).status == "false"
    ana.set_verdict(claim, "confirmed", shown="false")
    assert ana.claim(claim).status == "confirmed"


def test_a_note_from_an_older_read_is_refused_and_a_fresh_read_lets_it_through(
    seeded_db: str,
) -> None:
    ana, bob = Workbench(seeded_db, "ana"), Workbench(seeded_db, "bob")
    claim = first_claim(seeded_db)
    seen = ana.verdict_mark()
    bob.set_note(claim, "checked against OCHA")
    with pytest.raises(VerdictChanged, match="bob set it to unreviewed with a note"):
        ana.set_note(claim, "mine", since=seen)
    assert ana.claim(claim).note == "checked against OCHA"
    ana.set_note(claim, "mine, having read bob's", since=ana.verdict_mark())
    assert ana.claim(claim).note == "mine, having read bob's"


def test_ones_own_changes_and_other_claims_do_not_refuse(seeded_db: str) -> None:
    ana, bob = Workbench(seeded_db, "ana"), Workbench(seeded_db, "bob")
    first, second = (c.id for c in ana.claims()[:2])
    seen = ana.verdict_mark()
    ana.set_verdict(first, "confirmed", since=seen)
    ana.set_verdict(first, "false", since=seen)  # ana's own change after the read
    bob.set_verdict(second, "disputed")  # another claim
    ana.set_verdict(first, "confirmed", since=seen)
    assert ana.claim(first).status == "confirmed"
    assert ana.claim(second).status == "disputed"


def test_without_a_mark_a_verdict_is_written_as_before(seeded_db: str) -> None:
    ana, bob = Workbench(seeded_db, "ana"), Workbench(seeded_db, "bob")
    claim = first_claim(seeded_db)
    bob.set_verdict(claim, "false")
    ana.set_verdict(claim, "confirmed")  # the CLI: the analyst names the claim and verdict
    assert [h.new_status for h in ana.history(claim)] == ["false", "confirmed"]


def test_the_mark_grows_with_the_history_and_is_zero_before_any(seeded_db: str) -> None:
    ana = Workbench(seeded_db, "ana")
    assert ana.verdict_mark() == 0
    ana.set_verdict(first_claim(seeded_db), "confirmed")
    assert ana.verdict_mark() == 1


def test_a_correction_of_a_field_another_analyst_corrected_since_is_refused(
    seeded_db: str,
) -> None:
    ana, bob = Workbench(seeded_db, "ana"), Workbench(seeded_db, "bob")
    claim = first_claim(seeded_db)
    seen = ana.correction_mark()
    bob.correct_claim(claim, {"subject": "gendarmes"}, note="the army's own word")
    with pytest.raises(CorrectionChanged, match="bob corrected its subject to gendarmes"):
        ana.correct_claim(claim, {"subject": "police officers", "actor": "JNIM"}, since=seen)
    stored = ana.claim(claim)
    assert stored.subject == "gendarmes" and stored.actor != "JNIM"  # nothing written
    ana.correct_claim(claim, {"actor": "JNIM"}, since=seen)  # a field bob left alone
    assert ana.claim(claim).actor == "JNIM"
    ana.correct_claim(claim, {"subject": "police officers"}, since=ana.correction_mark())
    assert ana.claim(claim).subject == "police officers"


def test_typing_what_another_analyst_already_corrected_is_no_conflict(seeded_db: str) -> None:
    ana, bob = Workbench(seeded_db, "ana"), Workbench(seeded_db, "bob")
    claim = first_claim(seeded_db)
    seen = ana.correction_mark()
    bob.correct_claim(claim, {"subject": "gendarmes"})
    assert ana.correct_claim(claim, {"subject": "gendarmes"}, since=seen) == []
