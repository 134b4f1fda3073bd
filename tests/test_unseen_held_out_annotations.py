"""unseen-f to unseen-s, the sixth to nineteenth held-out sets of English news
(benchmarks/annotations/unseen-f/ to unseen-s/): each set's
committed annotations are whole, text-free, split into halves like the other sets, and
give one voice a figure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import load_benchmark

unseen = load_benchmark("unseen", "unseen_bench")

SETS = {
    "unseen-f": 202,
    "unseen-g": 140,
    "unseen-h": 151,
    "unseen-i": 149,
    "unseen-j": 153,
    "unseen-k": 209,
    "unseen-l": 219,
    "unseen-m": 221,
    "unseen-n": 224,
    "unseen-o": 197,
    "unseen-p": 211,
    "unseen-q": 221,
    "unseen-r": 230,
    "unseen-s": 226,
}  # set: its paragraphs


def _rows(name: str) -> list[dict]:
    text = (Path(unseen.ANNOTATIONS) / name / "annotations.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line]


@pytest.mark.parametrize("name", SETS)
def test_the_set_is_split_into_halves(name: str) -> None:
    assert name in unseen.SPLIT


@pytest.mark.parametrize(("name", "paragraphs"), SETS.items())
def test_annotations_are_text_free_and_whole(name: str, paragraphs: int) -> None:
    rows = _rows(name)
    assert len(rows) == paragraphs
    assert len({row["id"] for row in rows}) == paragraphs
    for row in rows:
        assert row["id"].startswith(f"{name}:")
        assert "text" not in row
        assert len(row["sha256"]) == 64
        assert row["country"] not in {"Mali", "Niger", "Burkina Faso"}
    halves = {unseen.half_of(row["id"]) for row in rows}
    assert halves == {"study", "test"}


@pytest.mark.parametrize("name", SETS)
def test_voices_give_one_entry_a_figure(name: str) -> None:
    path = Path(unseen.ANNOTATIONS) / name / "voices.json"
    voices = json.loads(path.read_text(encoding="utf-8"))
    for row in _rows(name):
        entries = voices[row["id"]]
        assert len(entries) == len(row["figures"])
        for entry, figure in zip(entries, row["figures"], strict=True):
            if not figure["required"]:
                assert entry is None
