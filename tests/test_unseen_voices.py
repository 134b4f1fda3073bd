"""The voice agreement benchmarks/unseen.py scores where a set has voices.json: the
annotated voice against a claim's attribution (and the voice it relays), on names
written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import load_benchmark

unseen = load_benchmark("unseen", "unseen_bench")
# the French rule's fuzzy test is the shared scorer's: only where ../shared stands beside
needs_scorer = pytest.mark.skipif(
    not unseen.scorer_present(), reason="../shared is not beside the checkout"
)


@pytest.mark.parametrize(
    ("annotated", "attribution"),
    [
        ("the regional governor", "The regional governor"),  # case and article
        ("Tarbuk's health ministry", "Tarbuk\u2019s health ministry"),  # curly quote
        ("police", "the Tarbuk police spokesman"),  # the annotated head inside the claim's
        ("Kato Mbeki, a spokesman for the Tarbuk police", "police"),  # the claim's inside
        pytest.param("a local official", "local officials", marks=needs_scorer),  # alike
        (["the Red Crescent", "Wire Agency"], "Wire Agency"),  # any of several voices
    ],
)
def test_named_voice_agrees(annotated: unseen.Voice, attribution: str) -> None:
    assert unseen.voice_agrees(annotated, attribution)


@pytest.mark.parametrize(
    ("annotated", "attribution"),
    [
        ("the regional governor", None),  # a voice the claim does not give
        ("the army", "the rebels"),  # another voice
        ("Tarbuk's health ministry", "he"),  # a bare pronoun names no one
        (["the Red Crescent", "Wire Agency"], "witnesses"),
    ],
)
def test_named_voice_disagrees(annotated: unseen.Voice, attribution: str | None) -> None:
    assert not unseen.voice_agrees(annotated, attribution)


def test_relayed_voice_counts() -> None:
    """A claim that relays ("Wire Agency, citing a hospital source") agrees with either."""
    assert unseen.voice_agrees("a hospital source", "Wire Agency", origin="a hospital source")
    assert not unseen.voice_agrees("the army", "Wire Agency", origin="a hospital source")


def test_no_voice() -> None:
    """A figure the paragraph asserts itself: right with no voice, a bare pronoun or the
    outlet's own name; wrong with any other voice."""
    assert unseen.voice_agrees(None, None)
    assert unseen.voice_agrees(None, "they")
    assert unseen.voice_agrees(None, "Testwire", outlet="testwire")
    assert not unseen.voice_agrees(None, "police", outlet="testwire")
    assert not unseen.voice_agrees(None, "Tarbuk police")


KILLED_4 = {"category": "killed", "value": 4, "vague": False, "scope": "incident", "required": True}


def test_scored_where_voices_are_annotated() -> None:
    """A paragraph with voices counts its figures found; a wrong one goes to the misses."""
    row = {
        "id": "unseen:testwire-01",
        "outlet": "testwire",
        "text": "Gunmen killed four herders near Tarbuk on Sunday, police said.",
        "killed": 4,
        "wounded": None,
        "figures": [KILLED_4],
    }
    right = unseen.Score()
    unseen.score({**row, "voices": ["police"]}, right, keep=True)
    assert (right.voices, right.voices_right, right.misses) == (1, 1, [])
    wrong = unseen.Score()
    unseen.score({**row, "voices": ["the army"]}, wrong, keep=True)
    assert (wrong.voices, wrong.voices_right) == (1, 0)
    assert wrong.misses[0]["wrong voice"] == ["killed 4: want 'the army' got 'police'"]
    unannotated = unseen.Score()
    unseen.score({**row, "voices": None}, unannotated, keep=False)
    assert unannotated.voices == 0
