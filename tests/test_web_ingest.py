"""`workbench ingest URL`, against a real HTTP server on 127.0.0.1 (issue 19): each page
gives its document and claims with the capture kept, or one clear line; nothing
stored is lost; a page fetched again with other text is a new version."""

import hashlib
import json
import sqlite3
from contextlib import closing

from click.testing import CliRunner

from tests import web_server
from tests.web_server import small_pdf
from workbench.cli import main
from workbench.ingest.fetch import USER_AGENT
from workbench.service import Workbench

site = web_server.site  # the fixture: a real HTTP server on 127.0.0.1

ARTICLE = """<!doctype html><html><head>
<title>{title} | Sahel Monitor</title>
<meta name="date" content="Fri, 25 Jan 2013 14:05:00 GMT">
<meta name="author" content="Awa Traoré">
</head><body>
<nav><ul><li>Home</li><li>World</li></ul></nav>
<article>
<header><h1>{title}</h1>
<p>At least {toll} civilians were killed in the attack on the market in Gao on
Thursday, the regional governor said.</p></header>
<p>Witnesses described gunmen arriving on motorbikes shortly after dawn and firing
into the crowd that had gathered for the weekly market in the town centre.</p>
<p>The army said 3 soldiers were wounded in the fighting that followed, and that the
attackers had fled towards the river before reinforcements arrived.</p>
</article>
<footer><p>© 2013 Sahel Monitor</p></footer>
</body></html>"""


def article(toll: int = 14, title: str = "Gao attack: toll rises") -> str:
    return ARTICLE.format(toll=toll, title=title)


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def ingest(db, *args: str):
    return run("ingest", *args, "--db", str(db), "--jobs", "1", "--timeout", "1")


def documents(db) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT id, path, title, outlet, published FROM documents").fetchall()


def test_a_page_is_fetched_read_and_kept_as_it_came(site, tmp_path):
    db = tmp_path / "claims.db"
    url = site.page("/gao.html", article())
    result = ingest(db, url)
    assert result.exit_code == 0, result.output
    assert "1 document added" in result.stdout
    [(doc_id, path, title, outlet, published)] = documents(db)
    assert (path, title, outlet, published) == (
        url,
        "Gao attack: toll rises",
        "Sahel Monitor",
        "2013-01-25",
    )
    assert site.requests == [("/gao.html", USER_AGENT)]
    with closing(Workbench(str(db))) as workbench:
        claims = workbench.claims()
        capture = workbench.capture(doc_id)
    assert {c.value for c in claims} >= {14, 3}  # the standfirst's toll is read
    assert capture is not None
    assert capture.body == article().encode("utf-8")
    assert capture.sha256 == hashlib.sha256(article().encode("utf-8")).hexdigest()
    assert (capture.status, capture.final_url, capture.author) == (200, url, "Awa Traoré")
    assert capture.fetched_at[:4] >= "2026"
    raw = run("document", "show", str(doc_id), "--raw", "--db", str(db))
    assert raw.stdout_bytes == article().encode("utf-8")
    shown = json.loads(run("document", "show", str(doc_id), "--json", "--db", str(db)).stdout)
    assert shown["capture_sha256"] == capture.sha256 and shown["status"] == 200


def test_a_redirect_is_followed_and_recorded(site, tmp_path):
    db = tmp_path / "claims.db"
    final = site.page("/2013/01/gao.html", article())
    asked = site.redirect("/gao", "/2013/01/gao.html", status=301)
    assert ingest(db, asked).exit_code == 0
    with closing(Workbench(str(db))) as workbench:
        capture = workbench.capture(documents(db)[0][0])
    assert capture is not None
    assert (capture.requested_url, capture.final_url) == (asked, final)
    assert capture.redirects == [(301, "/2013/01/gao.html")]


def test_each_failure_is_one_line_and_nothing_stored_is_lost(site, tmp_path):
    db = tmp_path / "claims.db"
    good = site.page("/gao.html", article())
    assert ingest(db, good).exit_code == 0
    before = documents(db)
    bad = {
        "missing": (site.url("/gone.html"), "HTTP 404 Not Found"),
        "slow": (site.page("/slow.html", article(), delay=3), "timed out"),
        "large": (site.page("/big.html", "<p>" + "x" * 300_000 + "</p>"), "over the size limit"),
        "unsized": (
            site.page("/stream.html", "<p>" + "y" * 300_000 + "</p>", chunked=True),
            "over the size limit",
        ),
        "image": (site.page("/map.png", b"\x89PNG\r\n", content_type="image/png"), "image/png"),
        "trickle": (  # a byte every 0.2 s: within the 1 s timeout, never done
            site.page("/trickle.html", "<p>" + "z" * 60 + "</p>", trickle=0.2),
            "still arriving after 4 seconds (cut off)",
        ),
        "dns": ("http://no-such-host.invalid/page.html", "does not resolve"),
    }
    for name, (url, said) in bad.items():
        result = ingest(db, url, "--max-size", "200KB")
        assert result.exit_code == 1, name
        errors = [line for line in result.stderr.splitlines() if line.startswith("workbench:")]
        assert len(errors) == 1 and url in errors[0] and said in errors[0], (name, result.stderr)
        assert "Traceback" not in result.output
    assert documents(db) == before


def test_the_same_page_unchanged_is_not_stored_twice(site, tmp_path):
    db = tmp_path / "claims.db"
    url = site.page("/gao.html", article())
    assert ingest(db, url).exit_code == 0
    again = ingest(db, url)
    assert again.exit_code == 0 and "0 documents added, 1 skipped" in again.stdout
    assert len(documents(db)) == 1


def test_a_page_changed_since_is_a_new_version_with_its_figures_marked(site, tmp_path):
    db = tmp_path / "claims.db"
    url = site.page("/gao.html", article(toll=14))
    assert ingest(db, url).exit_code == 0
    site.page("/gao.html", article(toll=23))
    result = ingest(db, url)
    assert result.exit_code == 0, result.output
    assert "1 document added" in result.stdout
    assert "document 2 is a new version of document 1" in result.stdout
    assert (
        "claim 3 “At least 23 civilians were killed” was claim 1 “At least 14 civilians"
        " were killed”" in result.stdout
    )
    assert [d[0] for d in documents(db)] == [1, 2]  # the old version is kept
    with closing(Workbench(str(db))) as workbench:
        version = workbench.version(2)
        assert workbench.version(1) is None
    assert version is not None and version.previous_id == 1
    assert "-At least 14 civilians" in version.diff and "+At least 23 civilians" in version.diff
    [change] = version.changes
    assert (change.previous_value, change.value) == (14, 23)
    diff = run("document", "diff", "2", "--db", str(db))
    assert diff.exit_code == 0 and "+At least 23" in diff.stdout
    assert "figure changed" in diff.stdout
    third = ingest(db, url)
    assert "0 documents added, 1 skipped" in third.stdout  # the latest version, unchanged


def test_a_local_file_changed_since_is_a_new_version_not_a_duplicate(tmp_path):
    db = tmp_path / "claims.db"
    report = tmp_path / "report.txt"
    report.write_text("Gao attack\n\nAt least 14 civilians were killed in Gao, officials said.\n")
    assert ingest(db, str(report)).exit_code == 0
    report.write_text("Gao attack\n\nAt least 23 civilians were killed in Gao, officials said.\n")
    result = ingest(db, str(report))
    assert "is a new version of document 1" in result.stdout
    with closing(Workbench(str(db))) as workbench:
        version = workbench.version(2)
    assert version is not None and [(c.previous_value, c.value) for c in version.changes] == [
        (14, 23)
    ]


def test_a_pdf_is_read_page_by_page(site, tmp_path):
    db = tmp_path / "claims.db"
    pdf = small_pdf(
        [
            ["Situation report 4", "Some 300 families were displaced from Kidal last week."],
            ["At least 12 people were killed in Gao on Monday, officials said."],
        ]
    )
    url = site.page("/sitrep.pdf", pdf, content_type="application/pdf")
    result = ingest(db, url)
    assert result.exit_code == 0, result.output
    with closing(Workbench(str(db))) as workbench:
        [source] = workbench.sources()
        claims = {c.value: c for c in workbench.claims()}
        capture = workbench.capture(source.id)
    assert source.format == "pdf" and capture is not None and capture.body == pdf
    assert {12, 300} <= set(claims)


def test_a_pdf_served_as_bytes_is_read_as_a_pdf(site, tmp_path):
    db = tmp_path / "claims.db"
    pdf = small_pdf([["At least 12 people were killed in Gao on Monday, officials said."]])
    url = site.page("/download?id=4", pdf, content_type="application/octet-stream")
    assert ingest(db, url).exit_code == 0
    assert documents(db)[0][1] == url


def test_a_feed_given_as_a_page_says_how_to_read_it(site, tmp_path):
    url = site.page("/feed.xml", "<rss version='2.0'></rss>", content_type="application/rss+xml")
    result = ingest(tmp_path / "claims.db", url)
    assert result.exit_code == 1 and "ingest it with --feed" in result.stderr


def test_show_raw_of_a_document_loaded_before_files_were_kept_says_so(tmp_path):
    """A database from before local files' bytes were kept: their capture is absent."""
    db = tmp_path / "claims.db"
    (tmp_path / "a.txt").write_text("At least 14 civilians were killed in Gao.\n")
    assert ingest(db, str(tmp_path / "a.txt")).exit_code == 0
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("DELETE FROM captures")
    result = run("document", "show", "1", "--raw", "--db", str(db))
    assert result.exit_code == 1 and "no capture is kept" in result.stderr


def test_the_analysts_edits_of_a_source_stay_on_its_new_version(site, tmp_path):
    db = tmp_path / "claims.db"
    url = site.page("/gao.html", article(toll=14))
    assert ingest(db, url).exit_code == 0
    edited = run("document", "edit", "1", "--outlet", "Sahel Monitor (Bamako)", "--db", str(db))
    assert edited.exit_code == 0, edited.output
    site.page("/gao.html", article(toll=23))
    assert "is a new version of document 1" in ingest(db, url).stdout
    assert [d[3] for d in documents(db)] == ["Sahel Monitor (Bamako)"] * 2


def test_the_claims_of_a_version_replaced_are_kept_but_no_longer_matched_or_counted(site, tmp_path):
    """A trial's page fetched three times: every version's claims stood in the events,
    the first version's toll was the event's conservative figure and was linked as
    contradicting the outlet's own second version. The claims of a replaced version
    stay stored and shown; they are no longer matched, grouped or counted, and the
    machine's suggestions to them go (issue 19, versions)."""
    db = tmp_path / "claims.db"
    url = site.page("/gao.html", article(toll=14))
    other = site.page(
        "/wire.html",
        article(toll=14, title="Market attack in Gao").replace("Sahel Monitor", "Wire"),
    )
    assert ingest(db, url, other).exit_code == 0
    site.page("/gao.html", article(toll=23))
    assert ingest(db, url).exit_code == 0
    with closing(Workbench(str(db))) as workbench:
        first = [c.id for c in workbench.claims() if c.document_id == 1]
        assert first  # kept and listed
        for claim_id in first:
            assert workbench.links(claim_id) == []
        grouped = {i for e in workbench.events() for i in e.claim_ids}
        assert grouped and not grouped & set(first)
        newest = {c.id for c in workbench.claims() if c.document_id == 3}
        assert newest <= grouped  # the page's latest version and the wire stand alone
        assert {c.id for c in workbench.claims() if c.document_id == 2} <= grouped
