"""Layers in one direction: reading, extraction and matching import no database and no UI."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
PURE = [
    "workbench.ingest",
    "workbench.extract",
    "workbench.match",
    "workbench.models",
    "workbench.display",
    "workbench.export",
    "workbench.events",
]
FORBIDDEN = ["textual", "sqlite3", "sqlite_utils", "click", "rich"]


@pytest.mark.parametrize("module", PURE)
def test_pure_modules_stay_pure(module):
    code = (
        f"import sys, {module}\n"
        f"bad = [m for m in {FORBIDDEN!r} if m in sys.modules]\n"
        "print(','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_ruff_is_clean():
    ruff = subprocess.run(
        [sys.executable, "-m", "ruff", "check", str(ROOT)], capture_output=True, text=True
    )
    assert ruff.returncode == 0, ruff.stdout
