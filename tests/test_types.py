"""The types: mypy, as configured in pyproject.toml ([tool.mypy]), finds nothing.

It runs from the repository root, so that it checks this checkout's `workbench`
whatever is installed. mypy comes with the test extra; without it this fails
rather than skips, so that the README's test command always checks the types."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_mypy_is_clean():
    mypy = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True)
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr
