"""The command line's package (issue 15): it reaches the database only through the
service, and each of its modules is short and says what it owns."""

import ast
from pathlib import Path

import pytest

CLI = Path(__file__).parent.parent / "workbench" / "cli"
MODULES = sorted(CLI.glob("*.py"))


def imported(path: Path) -> set[str]:
    """Every module `path` imports, by its full name."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_module_of_the_cli_reaches_the_store(path):
    reached = {
        name
        for name in imported(path)
        if name.startswith(("workbench.store", "sqlite3", "sqlite_utils"))
    }
    assert not reached


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_each_module_is_short_and_says_what_it_owns(path):
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) < 400
    assert ast.get_docstring(ast.parse(text))
