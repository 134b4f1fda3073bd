"""make_pairs.py's halves: a set with both halves splits by the SHA-256 of each pair's
id; a study-only set (pairs-extra, pairs-extra2, listed with --any-half) puts every
pair in the study half."""

from __future__ import annotations

import hashlib

from tests.conftest import load_benchmark


def _hashed(pair_id: str) -> str:
    return "study" if hashlib.sha256(pair_id.encode()).digest()[0] % 2 == 0 else "test"


def test_a_set_with_two_halves_splits_by_the_ids_hash() -> None:
    make_pairs = load_benchmark("make_pairs")
    ids = [f"pairs:example:{n}|example:{n + 1}" for n in range(40)]
    halves = [make_pairs.half(i, "pairs") for i in ids]
    assert halves == [_hashed(i) for i in ids]
    assert {"study", "test"} <= set(halves)


def test_a_study_only_set_is_all_study() -> None:
    make_pairs = load_benchmark("make_pairs")
    ids = [f"pairs:example:{n}|example:{n + 1}" for n in range(40)]
    assert {make_pairs.half(i, "pairs-extra2") for i in ids} == {"study"}
    assert {make_pairs.half(i, "pairs-news") for i in ids} == {"study", "test"}
