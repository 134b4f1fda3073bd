"""Hashtags read as the words they tag (trial 72: an X thread's "#Zamfara State" and
"#Maru" were no places), with each claim's words and sentence as the post writes them,
"#" and all; a sign before a figure ("#5") stays no count. Posts written for these
tests."""

from __future__ import annotations

from tests.conftest import claims_in
from workbench.models import Category

THREAD = (
    "Amnesty International Nigeria (@AmnestyNigeria) on X\n\n"
    "At least 35 people were killed when bandits attacked Kadawa village in #Zamfara "
    "State on Sunday night.\n\n"
    "UPDATE: Our sources have documented 38 people killed in #Maru since Sunday."
)


def test_a_hashtag_names_its_place_and_the_claim_keeps_the_sign():
    claims = claims_in(THREAD)
    first, update = [c for c in claims if c.category is Category.KILLED]
    assert "Zamfara" in (first.location or "")
    assert "#Zamfara State" in first.sentence
    assert update.location == "Maru"
    assert "#Maru" in update.sentence
    for claim in claims:
        assert THREAD[claim.start : claim.end] == claim.text


def test_a_sign_before_a_figure_is_still_no_count():
    claims = claims_in("Police said suspect #5 was arrested, and 3 people were wounded.")
    assert [(c.category, c.value) for c in claims] == [(Category.WOUNDED, 3)]
