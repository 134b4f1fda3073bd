"""The usage lines of `verdict` and `grade` name their arguments: they listed the
choices in braces and double brackets, `{unreviewed|confirmed|di` broken over two
lines at 80 columns, and `[[a|b|c|d|e|f]]` in lower case for the grades A to F."""

from __future__ import annotations

from click.testing import CliRunner

from workbench.cli import main


def usage(*command: str) -> str:
    result = CliRunner().invoke(main, [*command, "--help"], terminal_width=80)
    assert result.exit_code == 0, result.output
    return result.output.splitlines()[0]


def test_verdict_names_its_status_argument() -> None:
    assert usage("verdict").endswith("verdict [OPTIONS] CLAIM_ID STATUS")


def test_grade_names_its_grade_argument() -> None:
    assert usage("grade").endswith("grade [OPTIONS] VOICE [GRADE]")


def test_a_bad_status_names_the_argument_and_the_choices(tmp_path) -> None:
    result = CliRunner().invoke(main, ["verdict", "1", "maybe", "--db", str(tmp_path / "c.db")])
    assert result.exit_code == 2
    assert "Invalid value for 'STATUS': 'maybe' is not one of 'unreviewed'" in result.output
