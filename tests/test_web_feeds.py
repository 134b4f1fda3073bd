"""`ingest --feed URL` and `ingest -` (issue 19): a feed's new items loaded, and only
those, run after run; text from standard input with the analyst's metadata."""

import sqlite3
from contextlib import closing

from click.testing import CliRunner

from tests import web_server
from tests.test_web_ingest import article
from workbench.cli import main
from workbench.service import Workbench

site = web_server.site  # the fixture: a real HTTP server on 127.0.0.1

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Sahel Monitor</title><link>{base}/</link>
<description>News</description>
{items}
</channel></rss>"""
ITEM = """<item><title>{title}</title><link>{link}</link>
<pubDate>Sat, 26 Jan 2013 09:00:00 GMT</pubDate></item>"""


def feed(base: str, *paths: str) -> str:
    items = "\n".join(ITEM.format(title=p, link=base + p) for p in paths)
    return RSS.format(base=base, items=items)


def ingest(db, *args: str, stdin: str | None = None):
    command = ["ingest", *args, "--db", str(db), "--jobs", "1", "--timeout", "2"]
    return CliRunner().invoke(main, command, input=stdin)


def paths(db) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("SELECT path FROM documents ORDER BY id")]


def test_a_feed_loads_its_items_and_then_only_the_new_ones(site, tmp_path):
    db = tmp_path / "claims.db"
    one = site.page("/one.html", article(14, "Gao attack"))
    two = site.page("/two.html", article(5, "Kidal ambush"))
    feed_url = site.page(
        "/rss.xml", feed(site.base, "/one.html", "/two.html"), content_type="application/rss+xml"
    )
    first = ingest(db, "--feed", feed_url)
    assert first.exit_code == 0, first.output
    assert "2 documents added, 0 skipped" in first.stdout
    assert paths(db) == [one, two]
    three = site.page("/three.html", article(9, "Mopti clashes"))
    site.page(
        "/rss.xml",
        feed(site.base, "/three.html", "/one.html", "/two.html"),
        content_type="application/rss+xml",
    )
    fetched_before = len(site.requests)
    second = ingest(db, "--feed", feed_url)
    assert "1 document added, 2 skipped" in second.stdout
    assert paths(db) == [one, two, three]
    assert [p for p, _ in site.requests[fetched_before:]] == ["/rss.xml", "/three.html"]


def test_a_feed_item_that_fails_is_one_line_and_the_others_load(site, tmp_path):
    db = tmp_path / "claims.db"
    site.page("/one.html", article())
    feed_url = site.page("/rss.xml", feed(site.base, "/gone.html", "/one.html"))
    result = ingest(db, "--feed", feed_url)
    assert result.exit_code == 1
    assert [line for line in result.stderr.splitlines() if "workbench:" in line] == [
        f"workbench: {site.base}/gone.html: HTTP 404 Not Found"
    ]
    assert paths(db) == [site.base + "/one.html"]


def test_a_page_that_is_no_feed_is_one_line(site, tmp_path):
    result = ingest(tmp_path / "claims.db", "--feed", site.page("/page.html", "<p>hello</p>"))
    assert result.exit_code == 1 and "not an RSS or Atom feed" in result.stderr


def test_text_from_standard_input_takes_the_analysts_metadata(tmp_path):
    db = tmp_path / "claims.db"
    pasted = "Gunmen killed 12 villagers near Gao on Thursday, a local official said.\n"
    result = ingest(
        db,
        "-",
        "--title",
        "Gao villagers killed",
        "--outlet",
        "Radio Kledu",
        "--url",
        "https://kledu.example/gao",
        "--published",
        "2013-01-25",
        stdin=pasted,
    )
    assert result.exit_code == 0, result.output
    with closing(Workbench(str(db))) as workbench:
        [source] = workbench.sources()
        [claim] = workbench.claims()
    assert (source.title, source.outlet, source.url, source.published) == (
        "Gao villagers killed",
        "Radio Kledu",
        "https://kledu.example/gao",
        "2013-01-25",
    )
    assert claim.value == 12
    again = pasted.replace("12", "15")
    changed = ingest(db, "-", "--url", "https://kledu.example/gao", stdin=again)
    assert "is a new version of document 1" in changed.stdout


def test_empty_standard_input_is_one_line(tmp_path):
    result = ingest(tmp_path / "claims.db", "-", stdin="  \n")
    assert result.exit_code == 1 and "standard input: no text given" in result.stderr


def test_an_address_serving_a_feed_is_fetched_once_and_its_items_loaded(site, tmp_path):
    """The TUI's dialog takes any address (`Workbench.ingest_address`): a feed's
    items are loaded from the feed as it was fetched, not from a second request."""
    db = tmp_path / "claims.db"
    one = site.page("/one.html", article(14, "Gao attack"))
    feed_url = site.page(
        "/rss.xml", feed(site.base, "/one.html"), content_type="application/rss+xml"
    )
    with closing(Workbench(str(db))) as workbench:
        report = workbench.ingest_address(feed_url, timeout=2)
    assert report.added == 1, report.summary()
    assert paths(db) == [one]
    assert [p for p, _ in site.requests] == ["/rss.xml", "/one.html"]
