"""`workbench extract` reads files as `ingest` does, without storing them: folders
walked, the NAME.json beside a file, --published and --language, a file that is not
UTF-8 read as Windows-1252 with a warning (a trial: extract refused a cp1252 file
ingest loaded, refused a folder, and left "Sunday" unresolved for want of a date).
Files written for the tests."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main


def claims_of(*args: str) -> tuple[list[dict[str, object]], str, int]:
    result = CliRunner().invoke(main, ["extract", *args, "--json"])
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    return claims, result.stderr, result.exit_code


def test_a_folder_is_walked_and_a_sidecar_dates_its_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Gunmen killed 12 villagers in Kaya on Sunday.\n")
    (tmp_path / "a.json").write_text(json.dumps({"published": "2024-06-04"}))
    (tmp_path / "b.md").write_text("Police said *3* people died in Dori.\n")
    claims, stderr, code = claims_of(str(tmp_path))
    assert code == 0, stderr
    by_value = {c["value"]: c for c in claims}
    assert by_value[12]["date"] == "2024-06-02"  # the Sunday before the sidecar's Tuesday
    assert by_value[3]["text"] == "3 people died"


def test_published_resolves_a_weekday_and_the_sidecar_wins_over_nothing(tmp_path: Path) -> None:
    note = tmp_path / "a.txt"
    note.write_text("Gunmen killed 12 villagers in Kaya on Sunday.\n")
    (claim,), _, _ = claims_of(str(note), "--published", "2024-06-05")
    assert claim["date"] == "2024-06-02"
    (undated,), _, _ = claims_of(str(note))
    assert undated["date"] is None and undated["date_text"] == "Sunday"


def test_a_windows_1252_file_is_read_with_a_warning(tmp_path: Path) -> None:
    note = tmp_path / "a.txt"
    note.write_bytes("Gunmen killed 12 villagers in Ségou, police said.\n".encode("cp1252"))
    (claim,), stderr, code = claims_of(str(note))
    assert code == 0 and claim["value"] == 12
    assert "a.txt" in stderr and "1252" in stderr


def test_what_cannot_be_read_is_one_line_and_the_rest_still_is(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text("Gunmen killed 12 villagers in Kaya.\n")
    (tmp_path / "empty.txt").write_text("")
    claims, stderr, code = claims_of(
        str(good), str(tmp_path / "gone.txt"), str(tmp_path / "empty.txt")
    )
    assert code == 1 and [c["value"] for c in claims] == [12]
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 2
    assert any("gone.txt" in line for line in lines) and any("empty" in line for line in lines)


def test_a_sidecars_unreadable_date_is_a_warning_not_a_refusal(tmp_path: Path) -> None:
    """A trial's file was not loaded at all for its NAME.json's date."""
    (tmp_path / "a.txt").write_text("Gunmen killed 12 villagers in Kaya on Sunday.\n")
    (tmp_path / "a.json").write_text(json.dumps({"published": "last spring"}))
    (tmp_path / "b.txt").write_text("Police said 3 people died in Dori on Sunday.\n")
    (tmp_path / "b.json").write_text(json.dumps({"published": "04/06/2024"}))
    claims, stderr, code = claims_of(str(tmp_path))
    assert code == 0 and sorted(c["value"] for c in claims) == [3, 12]
    assert "a.json: published cannot read the date 'last spring'" in stderr
    assert "not kept: a.txt is dated without it" in stderr
    assert "b.json: published '04/06/2024' may be 4 June 2024 or 6 April 2024" in " ".join(
        stderr.split()
    )
    dated = {c["value"]: c["date"] for c in claims}
    assert dated[3] == "2024-06-02" and dated[12] is None  # day first; no date at all


def piped(*args: str, stdin: bytes) -> tuple[list[dict[str, object]], str, int]:
    result = CliRunner().invoke(main, ["extract", *args, "--json"], input=stdin)
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    return claims, result.stderr, result.exit_code


def test_standard_input_is_read_as_ingest_reads_it(tmp_path: Path) -> None:
    text = "Gunmen killed 9 herders near Gwoza on Sunday, police said.\n".encode("cp1252")
    (claim,), stderr, code = piped("-", "--published", "2024-06-05", stdin=text)
    assert code == 0, stderr
    assert (claim["value"], claim["date"], claim["attribution"]) == (9, "2024-06-02", "police")
    assert str(claim["source"]).startswith("pasted-")
    # beside files, after them
    note = tmp_path / "a.txt"
    note.write_text("Gunmen killed 12 villagers in Kaya.\n")
    claims, _, _ = piped(str(note), "-", stdin=text)
    assert [c["value"] for c in claims] == [12, 9]


def test_empty_standard_input_is_one_line_and_a_failure() -> None:
    claims, stderr, code = piped("-", stdin=b"  \n")
    assert (claims, code) == ([], 1)
    assert stderr.strip() == "workbench: standard input: no text given"


def test_a_file_name_that_is_not_utf8_is_loaded_and_shown_escaped(tmp_path: Path) -> None:
    """The file system may give a name that is not UTF-8 (here the byte 0xfe): it was
    kept as lone surrogates, which SQLite refused with a traceback, and nothing of
    the ingest was loaded."""
    import os

    folder = tmp_path / "notes"
    folder.mkdir()
    odd = os.fsdecode(bytes(folder) + b"/x\xfey.txt")
    Path(odd).write_text("Gunmen killed 17 people in Monguno on Friday, police said.\n")
    (folder / "ok.txt").write_text("Gunmen killed 4 people in Bama.\n")
    db = str(tmp_path / "claims.db")
    result = CliRunner().invoke(main, ["--db", db, "ingest", str(folder)])
    assert result.exit_code == 0, result.output
    assert "2 documents added" in result.stdout
    listed = CliRunner().invoke(main, ["--db", db, "claims", "--json"]).stdout
    sources = sorted(json.loads(line)["source"] for line in listed.splitlines())
    assert sources[1].endswith("x\\xfey.txt") and sources[0].endswith("ok.txt")


def test_a_sidecar_s_bad_address_or_language_is_a_warning_not_kept(tmp_path: Path) -> None:
    note = tmp_path / "b.txt"
    note.write_text("Gunmen killed 4 people in Bama on Sunday.\n")
    sidecar = {"url": "javascript:alert(1)", "language": "zz", "outlet": "Radio X"}
    (tmp_path / "b.json").write_text(json.dumps(sidecar))
    db = str(tmp_path / "claims.db")
    result = CliRunner().invoke(main, ["--db", db, "ingest", str(note)])
    assert result.exit_code == 0, result.output
    assert "url 'javascript:alert(1)' is not an http:// or https:// address" in result.stderr
    assert "language 'zz' is not an ISO 639-1" in result.stderr
    listed = CliRunner().invoke(main, ["--db", db, "sources", "--json"]).stdout
    [source] = [json.loads(line) for line in listed.splitlines()]
    assert (source["url"], source["language"], source["outlet"]) == (None, "en", "Radio X")


def test_a_title_or_address_for_several_files_is_refused(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Gunmen killed 4 people in Bama on Sunday.\n")
    second.write_text("Gunmen killed 5 people in Gwoza on Sunday.\n")
    db = str(tmp_path / "claims.db")
    for option in (["--title", "Bama"], ["--url", "https://example.org/bama"]):
        result = CliRunner().invoke(main, ["--db", db, "ingest", str(first), str(second), *option])
        assert result.exit_code == 2 and "names one document" in result.stderr, result.output
        folder = CliRunner().invoke(main, ["--db", db, "ingest", str(tmp_path), *option])
        assert folder.exit_code == 2
    alone = CliRunner().invoke(main, ["--db", db, "ingest", str(first), "--title", "Bama"])
    assert alone.exit_code == 0, alone.output
