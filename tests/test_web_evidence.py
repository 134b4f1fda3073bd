"""The evidence of a source (issue 19): a PDF's page cited with each claim, a fetched
page's fetch time and hash in the report, the captures as a WARC file that archiving
tools read back byte for byte."""

import hashlib
from contextlib import closing

from click.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator

from tests import web_server
from tests.test_web_ingest import article
from tests.web_server import small_pdf
from workbench.cli import main
from workbench.service import Workbench

site = web_server.site  # the fixture: a real HTTP server on 127.0.0.1

SITREP = [
    ["Situation report 4", "Some 300 families were displaced from Kidal last week."],
    ["At least 12 people were killed in Gao on Monday, officials said."],
]


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_a_report_cites_the_page_of_a_claim_in_a_pdf(tmp_path):
    db = str(tmp_path / "claims.db")
    (tmp_path / "sitrep.pdf").write_bytes(small_pdf(SITREP))
    result = run("ingest", str(tmp_path / "sitrep.pdf"), "--db", db, "--jobs", "1")
    assert result.exit_code == 0, result.output
    with closing(Workbench(db)) as workbench:
        [source] = workbench.sources()
        claims = {c.value: c for c in workbench.claims()}
    assert source.format == "pdf" and source.title == "Situation report 4"
    report = run("export", "--db", db).stdout
    displaced, killed = claims[300], claims[12]
    assert f"sitrep.pdf, p. 1, characters {displaced.start}–{displaced.end}" in report
    assert f"sitrep.pdf, p. 2, characters {killed.start}–{killed.end}" in report


def test_a_report_cites_the_fetch_time_and_hash_of_a_page(site, tmp_path):
    db = str(tmp_path / "claims.db")
    url = site.page("/gao.html", article())
    assert run("ingest", url, "--db", db, "--jobs", "1").exit_code == 0
    with closing(Workbench(db)) as workbench:
        capture = workbench.capture(1)
    assert capture is not None
    digest = hashlib.sha256(article().encode("utf-8")).hexdigest()
    report = run("export", "--db", db).stdout
    assert f"fetched {capture.fetched_at[:10]} " in report and f"SHA-256 {digest}" in report
    html = run("export", "--format", "html", "--db", db).stdout
    assert f"SHA-256 {digest}" in html


def test_the_captures_export_as_warc_records_read_back_byte_for_byte(site, tmp_path):
    db = str(tmp_path / "claims.db")
    page = site.page("/gao.html", article())
    asked = site.redirect("/latest", "/gao.html")
    pdf = small_pdf(SITREP)
    sitrep = site.page("/sitrep.pdf", pdf, content_type="application/pdf")
    (tmp_path / "local.txt").write_text("At least 4 soldiers were wounded in Mopti.\n")
    assert run("ingest", asked, sitrep, "--db", db, "--jobs", "1").exit_code == 0
    assert run("ingest", str(tmp_path / "local.txt"), "--db", db).exit_code == 0
    out = tmp_path / "captures.warc.gz"
    result = run("export", "--format", "warc", "-o", str(out), "--db", db)
    assert result.exit_code == 0 and "2 captures" in result.stderr
    responses, metadata, versions = {}, [], set()
    with out.open("rb") as stream:
        for record in ArchiveIterator(stream):
            versions.add(record.rec_headers.protocol)  # one version, the warcinfo's
            if record.rec_type == "response":
                uri = record.rec_headers.get_header("WARC-Target-URI")
                responses[uri] = record.content_stream().read()
            elif record.rec_type == "metadata":
                metadata.append(record.content_stream().read().decode())
    assert responses == {page: article().encode("utf-8"), sitrep: pdf}  # the file has none
    assert any(asked in m and "302" in m for m in metadata)
    assert versions == {"WARC/1.1"}
