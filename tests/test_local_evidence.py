"""The evidence of a local file and of standard input (issue 19): the bytes as read
are kept as a capture, as a fetched page's are, so that `document show --raw` gives
them back byte for byte and the reports cite when they were read and their SHA-256.
Real files, a real SQLite file, the real CLI."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from click.testing import CliRunner

from tests.web_server import small_pdf
from workbench.cli import main

TOLL = "Gao attack\n\nAt least 14 civilians were killed in Gao on Thursday, officials said.\n"


def run(db: Path, *args: str, stdin: bytes | None = None):
    result = CliRunner().invoke(main, [*args, "--db", str(db)], input=stdin)
    assert result.exit_code == 0, result.output
    return result


def shown(db: Path, document_id: int) -> dict:
    return json.loads(run(db, "document", "show", str(document_id), "--json").stdout)


def raw(db: Path, document_id: int) -> bytes:
    return run(db, "document", "show", str(document_id), "--raw").stdout_bytes


def test_a_local_file_is_kept_as_read_and_given_back_byte_for_byte(tmp_path):
    db = tmp_path / "claims.db"
    data = TOLL.replace("officials", "the préfet's officials").encode("cp1252")  # not UTF-8
    (tmp_path / "gao.txt").write_bytes(data)
    run(db, "ingest", str(tmp_path / "gao.txt"), "--jobs", "1")
    assert raw(db, 1) == data
    fields = shown(db, 1)
    digest = hashlib.sha256(data).hexdigest()
    assert fields["captured_from"] == "file" and fields["capture_sha256"] == digest
    assert fields["sha256"] == digest and fields["status"] == 0
    assert fields["requested_url"] == str(tmp_path / "gao.txt")
    assert fields["final_url"] == (tmp_path / "gao.txt").resolve().as_uri()
    assert fields["size"] == len(data) and fields["fetched_at"][:4] >= "2026"


def test_files_read_by_worker_processes_keep_their_own_bytes(tmp_path):
    db = tmp_path / "claims.db"
    folder = tmp_path / "reports"
    folder.mkdir()
    pdf = small_pdf([["At least 12 people were killed in Gao on Monday, officials said."]])
    files = {
        "a.txt": TOLL.encode(),
        "b.md": TOLL.replace("14", "15").encode(),
        "c.html": f"<html><body><p>{TOLL.replace('14', '16')}</p></body></html>".encode(),
        "d.pdf": pdf,
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    run(db, "ingest", str(folder), "--jobs", "2")
    sources = {
        Path(s["path"]).name: s["id"]
        for s in map(json.loads, run(db, "sources", "--json").stdout.splitlines())
    }
    assert set(sources) == set(files)
    for name, document_id in sources.items():
        assert raw(db, document_id) == files[name], name
    assert shown(db, sources["d.pdf"])["content_type"] == "application/pdf"
    assert shown(db, sources["c.html"])["content_type"] == "text/html"


def test_standard_input_is_kept_as_it_came(tmp_path):
    db = tmp_path / "claims.db"
    pasted = "Gunmen killed 12 villagers near Gao on Thursday, a local official said.\r\n"
    data = pasted.encode("utf-8")
    run(db, "ingest", "-", "--url", "https://kledu.example/gao", stdin=data)
    assert raw(db, 1) == data  # the line ending as it came
    fields = shown(db, 1)
    assert fields["captured_from"] == "stdin" and fields["requested_url"] == "stdin"
    assert fields["capture_sha256"] == hashlib.sha256(data).hexdigest()


def test_the_reports_cite_when_a_file_or_standard_input_was_read_and_its_hash(tmp_path):
    db = tmp_path / "claims.db"
    (tmp_path / "gao.txt").write_text(TOLL)
    run(db, "ingest", str(tmp_path / "gao.txt"), "--jobs", "1")
    pasted = b"Gunmen killed 12 villagers near Kidal on Thursday, a local official said.\n"
    run(db, "ingest", "-", stdin=pasted)
    file_digest = hashlib.sha256(TOLL.encode()).hexdigest()
    stdin_digest = hashlib.sha256(pasted).hexdigest()
    for fmt in ("md", "html"):
        report = run(db, "export", "--format", fmt).stdout
        assert f"UTC from a file, SHA-256 {file_digest}" in report, fmt
        assert f"UTC from standard input, SHA-256 {stdin_digest}" in report, fmt
        assert str(tmp_path) not in report  # no folder of the analyst's reaches a report


def test_the_warc_export_holds_only_pages_fetched(tmp_path):
    db = tmp_path / "claims.db"
    (tmp_path / "gao.txt").write_text(TOLL)
    run(db, "ingest", str(tmp_path / "gao.txt"), "--jobs", "1")
    result = run(db, "export", "--format", "warc", "-o", str(tmp_path / "c.warc.gz"))
    assert "0 captures" in result.stderr
