"""The documentation says what the code does."""

import importlib.util
from pathlib import Path

DOCS = Path(__file__).parent.parent / "docs"


def test_cli_reference_is_current():
    spec = importlib.util.spec_from_file_location(
        "make_cli_reference", DOCS / "make_cli_reference.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (DOCS / "cli.md").read_text(encoding="utf-8") == module.reference(), (
        "docs/cli.md is out of date: run python docs/make_cli_reference.py"
    )


def test_readme_starts_with_the_two_commands():
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("```")[1].strip().splitlines()
    assert block == [
        "pip install -e . && workbench",
        'pip install -e ".[test]" && pytest',
    ]
