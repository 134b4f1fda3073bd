"""Issue 14, items 9 and 11 (terminal): text from sources, file names and notes is shown
literally by the CLI: console markup is never interpreted and never crashes, and no
escape sequence or other control character reaches the terminal. A real database made
from real files with hostile names, metadata and text."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.display import printable

ESC = "\x1b"
OUTLET = "[/]\x1b]0;pwned\x07 [white on white]Wire"
TITLE = "[link=https://evil.example]Read[/link] \x1b[2J"
TEXT = (
    "Officials said 24 people were killed in Kidal on Monday [/] [white on white]x.\n"
    "Gunmen killed 12 civilians near Gao, the \x1b[8mhidden\x1b[0m army said.\n"
)
NAME = "report\x1b[31m[red]"
NOTE = "see [/] \x1b]8;;https://evil\x1b\\link\x1b]8;;\x1b\\ \x9b31m\rforged"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def shown(result) -> str:
    return result.stdout + result.stderr


@pytest.fixture
def db(tmp_path) -> str:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / f"{NAME}.txt").write_text(TEXT, encoding="utf-8")
    sidecar = {"outlet": OUTLET, "title": TITLE, "published": "2013-02-06"}
    (folder / f"{NAME}.json").write_text(json.dumps(sidecar), encoding="utf-8")
    (folder / "empty\x1b[2J.txt").write_text("", encoding="utf-8")
    path = str(tmp_path / "claims.db")
    result = run("ingest", str(folder), "--db", path, "--jobs", "1")
    assert result.exit_code == 1 and "1 document added" in result.stdout, shown(result)
    assert ESC not in shown(result) and "empty\\x1b[2J.txt: empty file" in result.stderr
    assert run("verdict", "1", "disputed", "--note", NOTE, "--db", path).exit_code == 0
    return path


@pytest.mark.parametrize(
    "command",
    [["sources"], ["voices"], ["claims"], ["links"], ["events"], ["event", "1"]],
)
def test_source_text_is_shown_literally(db, command):
    result = run(*command, "--db", db)
    assert result.exit_code == 0, shown(result)
    assert ESC not in shown(result) and "\x07" not in shown(result)


def test_markup_in_an_outlet_is_text(db):
    result = run("sources", "--db", db)
    assert result.exit_code == 0, shown(result)
    assert "[/]\\x1b]0;pwned\\x07 [white on white]Wire" in result.stdout
    # the escapes in the text are no content: "the <ESC>[8mhidden<ESC>[0m army" is a voice
    result = run("voices", "--db", db)
    assert result.exit_code == 0 and "hidden army" in result.stdout and ESC not in shown(result)


def test_notes_and_names_are_neutralised(db):
    result = run("history", "1", "--db", db)
    assert result.exit_code == 0 and "see [/] \\x1b]8;;https://evil" in result.stdout
    assert "\\x9b31m\\x0dforged" in result.stdout
    for text in (shown(result), shown(run("verdict", "1", "false", "--note", NOTE, "--db", db))):
        assert ESC not in text and "\x9b" not in text and "\r" not in text
    result = run("grade", "1", "E", "--note", NOTE, "--db", db)
    assert result.exit_code == 0 and ESC not in shown(result), shown(result)
    result = run("event-rename", "1", "[/]\x1b[8m", "--db", db)  # one line of text only
    assert result.exit_code == 2 and "without control characters" in shown(result)
    assert ESC not in shown(result)
    result = run("event-rename", "1", "[/][bold]x", "--db", db)  # markup is shown as typed
    assert result.exit_code == 0 and "[/][bold]x" in result.stdout
    result = run("event", "1", "--db", db)
    assert result.exit_code == 0 and "[/][bold]x" in result.stdout, shown(result)


def test_json_lines_escape_what_a_terminal_would_obey(db):
    result = run("history", "1", "--json", "--db", db)
    assert result.exit_code == 0 and ESC not in result.stdout and "\x9b" not in result.stdout
    assert json.loads(result.stdout.splitlines()[0])["note"] == NOTE


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_reports_printed_on_the_terminal_carry_no_escapes(db, fmt):
    result = run("export", "--format", fmt, "--db", db)
    assert result.exit_code == 0, shown(result)
    assert ESC not in result.stdout and "\x9b" not in result.stdout and "\x07" not in result.stdout
    assert "x1b" in result.stdout  # shown, as text


def test_extract_shows_file_names_and_text_literally(tmp_path):
    source = tmp_path / f"{NAME}.txt"
    source.write_text(TEXT, encoding="utf-8")
    result = run("extract", str(source), str(tmp_path / "gone\x1b[2J.txt"))
    assert result.exit_code == 1
    assert ESC not in shown(result) and "gone\\x1b[2J.txt" in result.stderr
    assert "report\\x1b[31m[red].txt:1" in result.stdout


def test_errors_name_the_file_without_its_escapes(tmp_path):
    """One line on stderr from a real process, the file name neutralised."""
    bad = tmp_path / "x\x1b]0;t\x07.db"
    bad.write_text("not a database\n" * 50, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "workbench", "claims", "--db", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 65 and ESC not in result.stderr + result.stdout
    assert len(result.stderr.strip().splitlines()) == 1 and "x\\x1b]0;t\\x07.db" in result.stderr


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain [b]text[/b]", "plain [b]text[/b]"),
        ("a\x1b[31mb", "a\\x1b[31mb"),
        ("tab\tand\nline", "tab\tand\nline"),
        ("bell\x07 del\x7f csi\x9b", "bell\\x07 del\\x7f csi\\x9b"),
        ("bidi \u202eevil", "bidi \\u202eevil"),
    ],
)
def test_printable(text, expected):
    assert printable(text) == expected
    assert "\n" not in printable(text, newlines=False)
