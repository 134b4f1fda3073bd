"""Layers in one direction: reading, extraction and matching import no database and no UI;
the store and the service import no UI; the import-linter contracts in pyproject.toml
hold, and fail when broken (docs/architecture.md)."""

import os
import shutil
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
CORE = ["workbench.store", "workbench.service"]
# Not click: sqlite-utils imports it for its own plugins. That our code never imports
# click outside the CLI is import-linter's to check (pyproject.toml).
USER_INTERFACES = ["textual", "rich"]
LINT_IMPORTS = "from importlinter.cli import lint_imports_command; lint_imports_command()"


@pytest.mark.parametrize(
    ("module", "forbidden"),
    [(module, FORBIDDEN) for module in PURE] + [(module, USER_INTERFACES) for module in CORE],
)
def test_a_layer_loads_nothing_it_must_not(module, forbidden):
    """In a fresh interpreter: the pure layers load no database or UI module, the
    store and the service no UI module."""
    code = (
        f"import sys, {module}\n"
        f"bad = [m for m in {forbidden!r} if m in sys.modules]\n"
        "print(','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run(
        [sys.executable, "-c", LINT_IMPORTS, "--no-cache"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
    )


def test_the_import_contracts_hold():
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("module", "line"),
    [
        ("extract/numbers.py", "import textual"),
        ("match/features.py", "import workbench.store"),
        ("tui/format.py", "import workbench.store"),
        ("models/events.py", "import workbench.service"),
    ],
)
def test_a_broken_contract_fails(tmp_path, module, line):
    """The contracts can fail: a copy of the package with one forbidden import."""
    shutil.copytree(ROOT / "workbench", tmp_path / "workbench")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    path = tmp_path / "workbench" / module
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}  # noqa\n", encoding="utf-8")
    result = _lint_imports(tmp_path)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout


def test_ruff_is_clean():
    ruff = subprocess.run(
        [sys.executable, "-m", "ruff", "check", str(ROOT)], capture_output=True, text=True
    )
    assert ruff.returncode == 0, ruff.stdout
