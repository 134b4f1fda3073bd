"""An HTML page whose bytes are not UTF-8 is read in the charset its head declares
(`<meta charset>` or http-equiv Content-Type), with no "not UTF-8" warning: a trial's
saved Windows-1252 page was warned about while it said its charset. A page that
declares none, or one Python does not know, is still read as Windows-1252 and said.
Real files and a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tests import web_server
from workbench.cli import main
from workbench.ingest.charsets import declared_charset
from workbench.service import Workbench

site = web_server.site

BODY = "<p>Au moins 12 civils ont été tués à Kolofata mardi, selon le préfet.</p>"


def page(head: str) -> bytes:
    return f"<html><head>{head}<title>Kolofata</title></head><body>{BODY}</body></html>".encode(
        "cp1252"
    )


def test_the_declared_charsets_are_read_from_the_head() -> None:
    assert declared_charset(page('<meta charset="windows-1252">')) == "cp1252"
    equiv = '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-1">'
    assert declared_charset(page(equiv)) == "iso8859-1"
    assert declared_charset(page("")) is None
    assert declared_charset(page('<meta charset="no-such-charset">')) is None
    assert declared_charset(b"<p>meta is a word here</p>") is None


def test_a_saved_page_in_its_declared_charset_is_read_unwarned(tmp_path: Path) -> None:
    declared, undeclared = tmp_path / "saved.html", tmp_path / "bare.html"
    declared.write_bytes(page('<meta charset="windows-1252">'))
    undeclared.write_bytes(page(""))
    result = CliRunner().invoke(main, ["extract", str(declared), str(undeclared), "--json"])
    assert result.exit_code == 0, result.output
    assert "saved.html: not UTF-8" not in result.stderr
    assert "bare.html: not UTF-8" in result.stderr
    texts = [json.loads(line)["text"] for line in result.stdout.splitlines()]
    assert texts == ["Au moins 12 civils ont été tués"] * 2


def test_a_page_served_with_no_charset_is_read_in_the_one_its_head_declares(
    site, tmp_path: Path
) -> None:
    db = tmp_path / "claims.db"
    url = site.page(
        "/kolofata.html",
        page('<meta charset="windows-1252">'),
        content_type="text/html",
    )
    result = CliRunner().invoke(main, ["ingest", url, "--db", str(db), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "not UTF-8" not in result.output
    [claim] = Workbench(str(db)).claims()
    assert claim.text.startswith("Au moins 12 civils ont été tués")
