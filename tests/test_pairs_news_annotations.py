"""The news pairs sets' committed, text-free annotations hold together (pairs-news-f,
pairs-news-g, pairs-news-h, pairs-news-i, pairs-news-j, pairs-news-k, pairs-news-l,
pairs-news-m, pairs-news-n, pairs-news-o, pairs-news-p, pairs-news-q, pairs-news-r,
pairs-news-s, pairs-news-t and pairs-news-u): every label names two articles listed in
articles.jsonl, a known relation and category, hashes for both texts, and no held-out country;
both halves are present (the split is the SHA-256 of the pair's id, as for the other news
sets)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import load_benchmark

ANNOTATIONS = Path(__file__).resolve().parent.parent / "benchmarks" / "annotations"
# set: (labels, articles, study pairs, test pairs)
SETS = {
    "pairs-news-f": (100, 73, 45, 55),
    "pairs-news-g": (109, 74, 50, 59),
    "pairs-news-h": (96, 65, 53, 43),
    "pairs-news-i": (99, 64, 60, 39),
    "pairs-news-j": (100, 64, 49, 51),
    "pairs-news-k": (105, 60, 58, 47),
    "pairs-news-l": (114, 63, 56, 58),
    "pairs-news-m": (88, 42, 42, 46),
    "pairs-news-n": (101, 46, 56, 45),
    "pairs-news-o": (89, 41, 48, 41),
    "pairs-news-p": (85, 34, 50, 35),
    "pairs-news-q": (89, 40, 46, 43),
    "pairs-news-r": (86, 37, 43, 43),
    "pairs-news-s": (85, 30, 43, 42),
    "pairs-news-t": (87, 33, 37, 50),
    "pairs-news-u": (79, 30, 39, 40),
}


def _lines(name: str, kind: str) -> list[dict]:
    text = (ANNOTATIONS / name / kind).read_text(encoding="utf-8")
    return [json.loads(x) for x in text.splitlines() if x]


@pytest.mark.parametrize("name", SETS)
def test_labels_name_listed_articles_with_hashes(name: str) -> None:
    arts = {a["key"]: a for a in _lines(name, "articles.jsonl")}
    labels = _lines(name, "labels.jsonl")
    assert (len(labels), len(arts)) == SETS[name][:2]
    for label in labels:
        for side in ("a", "b"):
            key = label[side].removeprefix("web:")
            assert key in arts, key
            assert label[f"{side}_sha256"] == arts[key]["text_sha256"][:16]
        assert label["relation"] in {"corroborates", "contradicts", "related", "unrelated"}
        assert label["category"] in {"killed", "wounded", "kidnapped"}
        assert label["country"].lower() not in {"mali", "niger", "burkina faso"}
    assert len({(x["a"], x["b"]) for x in labels}) == len(labels)


@pytest.mark.parametrize("name", SETS)
def test_both_halves_are_present(name: str) -> None:
    make_pairs = load_benchmark("make_pairs")
    labels = _lines(name, "labels.jsonl")
    halves = [make_pairs.half(f"pairs:{x['a']}|{x['b']}", name) for x in labels]
    assert (halves.count("study"), halves.count("test")) == SETS[name][2:]
