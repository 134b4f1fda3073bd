"""pairs-news-g's committed, text-free annotations hold together: every label names two
articles listed in articles.jsonl, a known relation and category, hashes for both texts,
and no held-out country; both halves are present (the split is the SHA-256 of the pair's
id, as for the other news sets)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import load_benchmark

HERE = Path(__file__).resolve().parent.parent / "benchmarks" / "annotations" / "pairs-news-g"


def _lines(name: str) -> list[dict]:
    return [json.loads(x) for x in (HERE / name).read_text(encoding="utf-8").splitlines() if x]


def test_labels_name_listed_articles_with_hashes() -> None:
    arts = {a["key"]: a for a in _lines("articles.jsonl")}
    labels = _lines("labels.jsonl")
    assert len(labels) == 109 and len(arts) == 74
    for label in labels:
        for side in ("a", "b"):
            key = label[side].removeprefix("web:")
            assert key in arts, key
            assert label[f"{side}_sha256"] == arts[key]["text_sha256"][:16]
        assert label["relation"] in {"corroborates", "contradicts", "related", "unrelated"}
        assert label["category"] in {"killed", "wounded", "kidnapped"}
        assert label["country"].lower() not in {"mali", "niger", "burkina faso"}
    assert len({(x["a"], x["b"]) for x in labels}) == len(labels)


def test_both_halves_are_present() -> None:
    make_pairs = load_benchmark("make_pairs")
    halves = [
        make_pairs.half(f"pairs:{x['a']}|{x['b']}", "pairs-news-g") for x in _lines("labels.jsonl")
    ]
    assert halves.count("study") == 50 and halves.count("test") == 59
