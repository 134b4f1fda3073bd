"""unseen-g, the seventh held-out set of English news (benchmarks/annotations/unseen-g/):
its committed annotations are whole, text-free, split into halves like the other six
sets, and give one voice a figure."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import load_benchmark

unseen = load_benchmark("unseen", "unseen_bench")

_FOLDER = Path(unseen.ANNOTATIONS) / "unseen-g"


def _rows() -> list[dict]:
    text = (_FOLDER / "annotations.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line]


def test_unseen_g_is_split_into_halves():
    assert "unseen-g" in unseen.SPLIT


def test_unseen_g_annotations_are_text_free_and_whole():
    rows = _rows()
    assert len(rows) == 140
    assert len({row["id"] for row in rows}) == 140
    for row in rows:
        assert row["id"].startswith("unseen-g:")
        assert "text" not in row
        assert len(row["sha256"]) == 64
        assert row["country"] not in {"Mali", "Niger", "Burkina Faso"}
    halves = {unseen.half_of(row["id"]) for row in rows}
    assert halves == {"study", "test"}


def test_unseen_g_voices_give_one_entry_a_figure():
    voices = json.loads((_FOLDER / "voices.json").read_text(encoding="utf-8"))
    for row in _rows():
        entries = voices[row["id"]]
        assert len(entries) == len(row["figures"])
        for entry, figure in zip(entries, row["figures"], strict=True):
            if not figure["required"]:
                assert entry is None
