"""The seed gold, scored by the shared tool, stays at the level the issue demands."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability_helpers import run_here

ROOT = Path(__file__).parent.parent
SCORER = ROOT.parent / "shared" / "tools" / "score_claims.py"


@pytest.mark.skipif(not SCORER.exists(), reason="../shared is not beside the checkout")
def test_seed_claims_score(tmp_path):
    out = tmp_path / "claims.jsonl"
    extracted = run_here("extract", *sorted(map(str, (ROOT / "seeds").glob("*.txt"))), "--json")
    assert extracted.returncode == 0, extracted.stderr
    out.write_text(extracted.stdout)
    scored = subprocess.run(
        [sys.executable, str(SCORER), str(out)], capture_output=True, text=True, check=True
    )
    score = json.loads(scored.stdout.splitlines()[-2])
    assert score["required_found"] == score["required"] == 26
    assert score["non_claims_reported"] == 0
    assert score["extra"] <= 3
    assert score["qualifier_ok"] >= 25
    assert score["attribution_ok"] >= 11
    assert score["location_ok"] >= 22
