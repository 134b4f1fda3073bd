"""A merge of graded voices keeps every grade the analyst gave (trial 61: an army graded
D merged into a new voice left no grade anywhere, unsaid): a grade goes with the merge
into an ungraded voice, and voices graded differently are refused until one grade is
given; through the CLI, on the invented wire stories of test_curation."""

from __future__ import annotations

from tests.test_curation import json_lines, run, voice_named, wire

__all__ = ["wire"]  # the fixture, used by name


def test_a_grade_goes_with_the_merge_into_an_ungraded_voice(wire):
    db, _ = wire
    assert run(db, "grade", "FAMa", "D", "--note", "often wrong").exit_code == 0
    result = run(db, "voice", "merge", "the Malian armed forces", "FAMa", "army")
    assert result.exit_code == 0, result.output
    merged = voice_named(db, "the Malian armed forces")
    assert merged["grade"] == "D"
    assert voice_named(db, "FAMa")["grade"] == "D"  # its own, shown again by an unmerge
    history = json_lines(run(db, "voice", "history", "the Malian armed forces", "--json"))
    assert any(c["action"] == "grade" and c["new"] == "D" for c in history)


def test_voices_graded_differently_are_refused_and_nothing_moves(wire):
    db, _ = wire
    run(db, "grade", "FAMa", "D")
    run(db, "grade", "army", "B")
    result = run(db, "voice", "merge", "army", "FAMa")
    assert result.exit_code != 0
    assert "graded differently" in result.output and "'FAMa' D" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert voice_named(db, "FAMa")["merged_into"] is None
    assert (voice_named(db, "FAMa")["grade"], voice_named(db, "army (Mali)")["grade"]) == (
        "D",
        "B",
    )


def test_one_grade_among_ungraded_voices_merges(wire):
    db, _ = wire
    run(db, "grade", "army", "B")
    assert run(db, "voice", "merge", "army", "FAMa").exit_code == 0
    assert voice_named(db, "army (Mali)")["grade"] == "B"
