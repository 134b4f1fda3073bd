"""`workbench extract`: output, offsets and bad input, through click's CliRunner."""

import json
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))
FIELDS = {
    "source",
    "start",
    "end",
    "text",
    "sentence",
    "category",
    "low",
    "high",
    "qualifier",
    "unit",
    "subject",
    "actor",
    "location",
    "date",
    "attribution",
    "hedged",
}


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_json_lines_have_every_field_and_true_offsets():
    result = run("extract", *map(str, SEEDS), "--json")
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert len(lines) > 20
    for claim in lines:
        assert claim.keys() >= FIELDS
        text = Path(claim["source"]).read_text(encoding="utf-8")
        assert text[claim["start"] : claim["end"]] == claim["text"]


def test_table_output():
    result = run("extract", str(SEEDS[0]))
    assert result.exit_code == 0
    assert "refugees" in result.output and "claims" in result.output


def test_bad_paths_are_one_line_each_and_others_still_processed(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x00\x01\x02 data")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9".encode("cp1252"))
    good = tmp_path / "good.txt"
    good.write_text("Rebels killed 14 soldiers near Gao.\n")
    result = CliRunner().invoke(
        main,
        [
            "extract",
            str(empty),
            str(binary),
            str(latin),
            str(tmp_path / "missing.txt"),
            str(tmp_path),
            str(good),
            "--json",
        ],
    )
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    # refused: one line each, the path first (a folder is walked, each file read once);
    # a file not UTF-8 is read as Windows-1252 and said, as `ingest` does
    for path, problem in [
        (tmp_path / "missing.txt", "no such file"),
        (empty, "empty file"),
        (binary, "binary file"),
        (latin, "decoded as cp1252"),
    ]:
        assert sum(str(path) in line and problem in line for line in lines) == 1, lines
    assert "Traceback" not in result.output
    assert json.loads(result.stdout.splitlines()[0])["category"] == "killed"


def test_no_table_where_no_file_could_be_read(tmp_path):
    """A trial: `extract missing.txt` printed an empty table before its error line."""
    result = run("extract", str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "missing.txt: no such file" in result.stderr


def test_table_gives_the_line_each_claim_starts_on(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(
        "Rebels killed 14 soldiers near Gao.\n\n"
        "Aid workers said 300 families fled.\n\n\n"
        "Police said 6 people were wounded in Mopti.\n"
    )
    result = run("extract", str(story))
    assert result.exit_code == 0
    rows = [line for line in result.output.splitlines() if "story.txt:" in line]
    assert [row.split("story.txt:")[1].split()[0] for row in rows] == ["1", "3", "6"]
