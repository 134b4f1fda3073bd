"""The held-out French sets of one batch each (french-m, french-n, french-o, french-p,
french-q, french-r, french-s, french-t, french-u, french-v, french-w, french-x; their READMEs under
benchmarks/annotations/): where $WORKBENCH_CORPORA holds a set, the benchmark reads it whole,
split by the hash as its text-free copy says; where it is absent, its test skips."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.conftest import load_benchmark

_ROOT = Path(__file__).resolve().parent.parent
_CORPORA = os.environ.get("WORKBENCH_CORPORA")

french = load_benchmark("french", "french_bench")


def _rows(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text("utf-8").splitlines() if x]


@pytest.mark.parametrize(
    "name",
    [
        "french-m",
        "french-n",
        "french-o",
        "french-p",
        "french-q",
        "french-r",
        "french-s",
        "french-t",
        "french-u",
        "french-v",
        "french-w",
        "french-x",
    ],
)
def test_the_set_is_read_whole_and_split_as_its_copy_says(name: str) -> None:
    found = Path(_CORPORA) / name if _CORPORA else None
    if found is None or not (found / "sources.jsonl").is_file():
        pytest.skip(f"{name} is not under $WORKBENCH_CORPORA")
    copy = _ROOT / "benchmarks" / "annotations" / name
    assert name in french.SETS
    data = french.load_set(found, french.SETS[name])
    halves = {row["file"]: row["half"] for row in _rows(copy / "sources.jsonl")}
    assert data.halves == halves
    assert all(french.half_of(file) == half for file, half in halves.items())
    assert len(data.claims) == len(_rows(copy / "claims.jsonl"))
    assert len(data.non_claims) == len(_rows(copy / "non_claims.jsonl"))
    assert data.files("study") and data.files("test")
