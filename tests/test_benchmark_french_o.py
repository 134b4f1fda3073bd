"""french-o, the fifteenth held-out French set (benchmarks/annotations/french-o/README.md):
where $WORKBENCH_CORPORA/french-o is present, the benchmark reads it whole, split by the hash
as its text-free copy says; where it is absent, the test skips."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.conftest import load_benchmark

_ROOT = Path(__file__).resolve().parent.parent
_COPY = _ROOT / "benchmarks" / "annotations" / "french-o"
_CORPORA = os.environ.get("WORKBENCH_CORPORA")
_SET = Path(_CORPORA) / "french-o" if _CORPORA else None

pytestmark = pytest.mark.skipif(
    _SET is None or not (_SET / "sources.jsonl").is_file(),
    reason="french-o is not under $WORKBENCH_CORPORA",
)

french = load_benchmark("french", "french_bench")


def _rows(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text("utf-8").splitlines() if x]


def test_french_o_is_read_whole_and_split_as_its_copy_says() -> None:
    assert "french-o" in french.SETS
    data = french.load_set(_SET, french.SETS["french-o"])
    copy = {row["file"]: row["half"] for row in _rows(_COPY / "sources.jsonl")}
    assert data.halves == copy
    assert all(french.half_of(name) == half for name, half in copy.items())
    assert len(data.claims) == len(_rows(_COPY / "claims.jsonl"))
    assert len(data.non_claims) == len(_rows(_COPY / "non_claims.jsonl"))
    assert data.files("study") and data.files("test")
