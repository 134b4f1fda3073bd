"""A file loaded already whose NAME.json was corrected since: ingesting it again says
that the sidecar's values differ from the stored ones and gives the `document edit`
command that applies them (a trial saw "1 skipped" and nothing else). Real SQLite
files, the real CLI."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

from click.testing import CliRunner, Result

from workbench.cli import main
from workbench.ingest.files import Metadata
from workbench.service.sidecars import sidecar_warnings

TEXT = "Gunmen killed 12 villagers in Damboa on 3 March 2021, the army said.\n"


def _files(tmp_path: Path, **sidecar: str) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir(exist_ok=True)
    (folder / "wire.txt").write_text(TEXT, encoding="utf-8")
    (folder / "wire.json").write_text(json.dumps(sidecar), encoding="utf-8")
    return folder


def _ingest(db: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["ingest", "--db", str(db), *args])


def test_a_corrected_sidecar_is_said_with_the_edit_that_applies_it(tmp_path: Path) -> None:
    db = tmp_path / "claims.db"
    folder = _files(tmp_path, outlet="Lake Chad Wire", published="2021-03-03")
    assert _ingest(db, str(folder)).exit_code == 0
    _files(tmp_path, outlet="Lake Chad Wire Service", published="2021-03-04")
    again = _ingest(db, str(folder))
    assert again.exit_code == 0, again.output
    lines = [x for x in again.output.splitlines() if x.startswith("warning:")]
    assert len(lines) == 1
    line = lines[0]
    assert str(folder / "wire.txt") in line and "wire.json" in line
    assert "'Lake Chad Wire Service'" in line and "'2021-03-04'" in line
    assert "'Lake Chad Wire'" in line and "'2021-03-03'" in line
    command = line.split("to apply: ")[1].rstrip(")")
    assert command.startswith("workbench document edit 1 ")
    edit = CliRunner().invoke(main, [*shlex.split(command)[1:], "--db", str(db)])
    assert edit.exit_code == 0, edit.output
    quiet = _ingest(db, str(folder))
    assert "warning" not in quiet.output and "1 skipped" in quiet.output


def test_no_word_where_the_sidecar_agrees_or_a_flag_overrides_it(tmp_path: Path) -> None:
    db = tmp_path / "claims.db"
    folder = _files(tmp_path, outlet="Lake Chad Wire", published="2021-03-03")
    assert _ingest(db, str(folder)).exit_code == 0
    assert "warning" not in _ingest(db, str(folder)).output
    _files(tmp_path, outlet="Lake Chad Wire", published="2021-03-05")
    flagged = _ingest(db, str(folder), "--published", "2021-03-06")
    assert "sidecar" not in flagged.output  # the flag's own line says it
    assert "--published given was not applied" in flagged.output


def test_sidecar_warnings_read_only_a_sidecar(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(TEXT, encoding="utf-8")
    stored = {"outlet": "X", "published": "2021-03-03", "title": None, "url": None}
    assert sidecar_warnings(str(path), Metadata(), 1, stored) == []
    (tmp_path / "note.json").write_text('{"outlet": "X"}', encoding="utf-8")
    assert sidecar_warnings(str(path), Metadata(), 1, stored) == []
    (tmp_path / "note.json").write_text('{"outlet": "Y"}', encoding="utf-8")
    [warned] = sidecar_warnings(str(path), Metadata(), 7, stored)
    assert warned.endswith("workbench document edit 7 --outlet Y)")


def test_a_sidecar_that_cannot_be_applied_is_said_for_a_file_loaded_already(
    tmp_path: Path,
) -> None:
    path = tmp_path / "note.txt"
    path.write_text(TEXT, encoding="utf-8")
    stored = {"outlet": "X", "published": "2021-03-03", "title": None, "url": None}
    (tmp_path / "note.json").write_text("{not json", encoding="utf-8")
    [unread] = sidecar_warnings(str(path), Metadata(), 4, stored)
    assert "loaded already as document 4" in unread and "note.json is not valid JSON" in unread
    assert unread.endswith("nothing of it is applied")
    (tmp_path / "note.json").write_text('{"outlet": "X", "published": "32/13/2021"}', "utf-8")
    [bad_date] = sidecar_warnings(str(path), Metadata(), 4, stored)
    assert "document 4" in bad_date and "published" in bad_date and "32/13/2021" in bad_date


def test_ingesting_again_beside_a_broken_sidecar_warns_and_keeps_the_document(
    tmp_path: Path,
) -> None:
    db = tmp_path / "claims.db"
    folder = _files(tmp_path, outlet="Lake Chad Wire", published="2021-03-03")
    assert _ingest(db, str(folder)).exit_code == 0
    (folder / "wire.json").write_text('{"published": "0001-01-01", "language": "klingon"}')
    again = _ingest(db, str(folder))
    assert again.exit_code == 0, again.output
    warnings = [x for x in again.output.splitlines() if x.startswith("warning:")]
    assert len(warnings) == 2, again.output
    assert all("loaded already as document 1" in x for x in warnings)
    assert "1 skipped" in again.output
    listed = CliRunner().invoke(main, ["sources", "--db", str(db), "--json"])
    assert json.loads(listed.output)["published"] == "2021-03-03"
