"""Kinds trial 70 (South Sudan's Upper Nile and Jonglei) found, each with its negative:
sidecars named beside their files by a shell's `texts/*`, and an outlet's name that holds
a town's ("Nasir FM") naming no place. Real files and databases in tmp_path."""

from __future__ import annotations

import json
from contextlib import closing
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main
from workbench.match.place_names import sentence_names
from workbench.service import Workbench

_TEXT = (
    "Clashes in Nasir\n\nNASIR, 14 October 2026 - Eighteen soldiers were killed in clashes "
    "in Nasir on Tuesday, the army said.\n"
)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "a.txt").write_text(_TEXT, "utf-8")
    meta = {"title": "Army: 18 soldiers killed in Nasir", "published": "2026-10-14"}
    (folder / "a.json").write_text(json.dumps(meta), "utf-8")
    return folder


def test_a_sidecar_named_beside_its_file_is_read_with_it_not_as_a_document(
    tmp_path: Path,
) -> None:
    folder = _folder(tmp_path)
    db = tmp_path / "claims.db"
    named = [str(folder / "a.json"), str(folder / "a.txt")]
    result = CliRunner().invoke(main, ["ingest", *named, "--db", str(db), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "1 file read as the sidecar of the file beside it" in result.stderr
    assert "1 document added" in result.stdout
    with closing(Workbench(str(db))) as bench:
        source = bench.source(1)
        assert str(source.published) == "2026-10-14"


def test_a_json_named_alone_is_still_read(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "a.txt").unlink()
    db = tmp_path / "claims.db"
    result = CliRunner().invoke(
        main, ["ingest", str(folder / "a.json"), "--db", str(db), "--jobs", "1"]
    )
    assert "sidecar" not in result.stderr
    assert "1 document added" in result.stdout


def test_an_outlets_name_names_no_place() -> None:
    names = sentence_names("Posted by Nasir FM newsroom, with Radio Tamazuj and Eye Radio")
    assert not {"nasir", "nasir fm", "tamazuj", "eye"} & names


def test_a_towns_name_of_two_words_is_still_a_name() -> None:
    assert "nasir" in sentence_names("Fighting in Nasir, Upper Nile, went on")
