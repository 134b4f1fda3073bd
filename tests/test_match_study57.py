"""Matching kinds from the study halves read in session 57, and their negatives: one
voice's mass toll at one small place, told again by pages days apart that date
nothing, is one statement (`relate._same_voice`'s `massacre`). Texts written for these
tests."""

from __future__ import annotations

from pathlib import Path

from tests.match_reports import load
from tests.test_match_texts import links


def test_one_voice_s_massacre_toll_relayed_days_apart_restates(tmp_path: Path) -> None:
    """pairs-news-h study: one wire text on pages five days apart, "recent bomb
    attacks" dated by neither, found unrelated."""
    told = (
        "The United Nations said recent bomb attacks on the Mugunga camp killed at least 18 people."
    )
    bench = load(tmp_path, (told, "2024-05-08"), ("GOMA - " + told, "2024-05-13"))
    [(relation, reason)] = links(bench)
    assert relation == "restates" and "same place 'Mugunga camp'" in reason


def test_one_voice_s_small_tolls_days_apart_stay_two_days(tmp_path: Path) -> None:
    """Under the mass-casualty size the same voice's figures, days apart and undated,
    are two days' notes."""
    told = "The United Nations said a bomb attack on the Mugunga camp killed 3 people."
    bench = load(tmp_path, (told, "2024-05-08"), ("GOMA - " + told, "2024-05-13"))
    assert links(bench) == []


def test_one_voice_s_tolls_two_weeks_apart_stay_apart(tmp_path: Path) -> None:
    told = "The United Nations said a bomb attack on the Mugunga camp killed 18 people."
    bench = load(tmp_path, (told, "2024-05-01"), ("GOMA - " + told, "2024-05-20"))
    assert links(bench) == []
