"""Two analysts grading on one claims database: a voice's reliability (A-F) or a
claim's credibility (1-6) graded from what one analyst was shown is refused, with a
line naming the other and their grade, where the other graded it after; the grade
shown, an analyst's own later grade and a call with nothing shown go through."""

from __future__ import annotations

import pytest

from workbench.errors import ChangedMeanwhile, GradeChanged
from workbench.models import Seen
from workbench.service import Workbench


def a_voice(db: str) -> str:
    return str(Workbench(db).voices()[0].id)


def a_claim(db: str) -> int:
    return Workbench(db).claims()[0].id


def test_a_voice_graded_by_another_since_it_was_shown_is_not_graded_over(seeded_db: str) -> None:
    ana, bob = Workbench(seeded_db, "ana"), Workbench(seeded_db, "bob")
    voice = a_voice(seeded_db)
    shown = Seen(ana.speaking_as(voice).grade)
    bob.grade(voice, "e", note="a party to the fighting")
    with pytest.raises(GradeChanged) as refused:
        ana.grade(voice, "b", seen=shown)
    line = str(refused.value)
    assert "bob graded it E" in line and "not saved" in line and "\n" not in line
    assert isinstance(refused.value, ChangedMeanwhile)  # the TUI's undo treats it as spent
    assert ana.speaking_as(voice).grade == "E"
    ana.grade(voice, "b", seen=Seen("E"))  # having seen bob's, ana replaces it
    assert ana.speaking_as(voice).grade == "B"


def test_a_voice_ungraded_by_another_is_named_and_not_graded_over(seeded_db: str) -> None:
    ana, bob = Workbench(seeded_db, "ana"), Workbench(seeded_db, "bob")
    voice = a_voice(seeded_db)
    ana.grade(voice, "c")
    bob.ungrade(voice, note="not enough to go on")
    with pytest.raises(GradeChanged, match="bob took its grade away"):
        ana.grade(voice, "a", seen=Seen("C"))
    assert ana.speaking_as(voice).grade is None


def test_ones_own_later_grade_and_an_unchecked_grade_go_through(seeded_db: str) -> None:
    ana, bob = Workbench(seeded_db, "ana"), Workbench(seeded_db, "bob")
    voice = a_voice(seeded_db)
    ana.grade(voice, "c", seen=Seen(None))
    ana.grade(voice, "d", seen=Seen(None))  # ana's own grade since: no conflict
    bob.grade(voice, "f")
    ana.grade(voice, "a")  # the CLI: the analyst names voice and grade outright
    assert ana.speaking_as(voice).grade == "A"


def test_an_undo_of_a_voice_grade_another_analyst_changed_is_refused(seeded_db: str) -> None:
    ana, bob = Workbench(seeded_db, "ana"), Workbench(seeded_db, "bob")
    voice = a_voice(seeded_db)
    graded = ana.grade(voice, "b")
    bob.grade(voice, "d")
    with pytest.raises(GradeChanged, match="bob graded it D"):
        ana.restore_voice_grade(graded.id, None, None, seen=Seen("B"))
    assert ana.speaking_as(voice).grade == "D"


def test_a_credibility_grade_another_analyst_gave_since_is_not_replaced(seeded_db: str) -> None:
    ana, bob = Workbench(seeded_db, "ana"), Workbench(seeded_db, "bob")
    claim = a_claim(seeded_db)
    bob.set_credibility(claim, 5, note="the only source is a party")
    with pytest.raises(GradeChanged) as refused:
        ana.set_credibility(claim, 2, seen=Seen(None))
    assert f"claim {claim}'s credibility: bob graded it 5" in str(refused.value)
    with pytest.raises(GradeChanged):
        ana.clear_credibility(claim, seen=Seen(None))
    grade = ana.credibility_grade(claim)
    assert grade is not None and (grade["grade"], grade["analyst"]) == (5, "bob")
    ana.set_credibility(claim, 2, seen=Seen(5))  # having seen bob's
    assert ana.credibility(claim).analyst is not None
    assert ana.credibility(claim).graded_by == "ana"


def test_a_credibility_grade_taken_away_since_is_no_conflict(seeded_db: str) -> None:
    ana, bob = Workbench(seeded_db, "ana"), Workbench(seeded_db, "bob")
    claim = a_claim(seeded_db)
    bob.set_credibility(claim, 4)
    bob.clear_credibility(claim)  # nothing of bob's stands to be replaced
    ana.set_credibility(claim, 3, seen=Seen(4))
    grade = ana.credibility_grade(claim)
    assert grade is not None and grade["grade"] == 3
