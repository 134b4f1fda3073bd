"""HTML reduced by trafilatura first, the hand-written reader second (issue 19), on
pages written for the cases the old reader got wrong."""

import datetime as dt

from workbench.ingest import read_source
from workbench.ingest.article import LIBRARY_LIMIT, library_text
from workbench.ingest.html import fallback_html_to_text, html_to_text, iso_day

HEADER_IN_ARTICLE = """<!doctype html><html><head>
<title>Gao attack toll rises | Sahel Monitor</title>
<meta name="date" content="Fri, 25 Jan 2013 14:05:00 GMT">
<meta name="author" content="Awa Traoré">
<link rel="canonical" href="https://sahel.example/gao-attack">
</head><body>
<nav><ul><li>Home</li><li>World</li><li>Sahel</li></ul></nav>
<article>
<header>
<h1>Gao attack: toll rises to 14</h1>
<p class="standfirst">At least 14 civilians were killed in the attack on the market
in Gao on Thursday, the regional governor said.</p>
</header>
<p>Witnesses described gunmen arriving on motorbikes shortly after dawn and firing
into the crowd that had gathered for the weekly market.</p>
<p>The army said 3 soldiers were wounded in the fighting that followed and that the
attackers had fled towards the river before reinforcements arrived.</p>
</article>
<aside><p>Most read: 200 killed in an earthquake elsewhere</p></aside>
<footer><p>© 2013 Sahel Monitor. All rights reserved.</p></footer>
</body></html>"""


def test_the_header_of_an_article_keeps_its_headline_and_standfirst():
    text, meta = html_to_text(HEADER_IN_ARTICLE)
    assert text.startswith("Gao attack: toll rises to 14\n\nAt least 14 civilians were killed")
    assert "3 soldiers were wounded" in text
    assert "200 killed" not in text and "All rights reserved" not in text
    assert "Home" not in text
    assert (meta.title, meta.outlet, meta.author) == (
        "Gao attack: toll rises to 14",
        "Sahel Monitor",
        "Awa Traoré",
    )
    assert meta.url == "https://sahel.example/gao-attack"
    # the old reader, kept as the fallback, drops the header: why the library leads
    assert "At least 14 civilians" not in fallback_html_to_text(HEADER_IN_ARTICLE)[0]


def test_an_rfc_2822_meta_date_is_the_publication_date(tmp_path):
    path = tmp_path / "gao.html"
    path.write_text(HEADER_IN_ARTICLE, encoding="utf-8")
    document = read_source(path)
    assert document.published == dt.date(2013, 1, 25)
    assert "At least 14 civilians were killed" in document.text
    assert document.outlet == "Sahel Monitor"
    # the fallback reads the same date too
    assert fallback_html_to_text(HEADER_IN_ARTICLE)[1].published == "2013-01-25"


def test_dates_are_read_in_iso_and_rfc_2822_forms():
    assert iso_day("2013-01-25T10:00:00Z") == "2013-01-25"
    assert iso_day("Fri, 25 Jan 2013 10:00:00 +0100") == "2013-01-25"
    assert iso_day("25 janvier 2013") is None
    assert iso_day("") is None and iso_day(None) is None


def test_the_fallback_reads_what_the_library_finds_no_article_in():
    page = "<table><tr><td>5 dead in Kidal</td></tr></table>"
    assert html_to_text(page)[0] == "5 dead in Kidal\n"


def test_the_outlet_falls_back_on_the_title_ending_not_the_host_name():
    page = HEADER_IN_ARTICLE.replace("Sahel Monitor</title>", "Sahel Monitor</title>\n")
    assert html_to_text(page)[1].outlet == "Sahel Monitor"
    named = page.replace("<head>", '<head><meta property="og:site_name" content="SM News">')
    assert html_to_text(named)[1].outlet == "SM News"


def test_a_page_over_the_librarys_size_is_read_by_the_fallback_reader():
    """trafilatura's time grows with about the square of a page's size (a trial's 16 MB
    page did not end in 12 minutes): a page over 2 M characters is not given to it,
    and the fallback reader still finds its article and its toll."""
    filler = "<p>Filler text about the weather in the region this week. </p>"
    page = (
        "<html><body><article><p>Gunmen killed 12 villagers near Gao on Monday.</p>"
        + filler * (LIBRARY_LIMIT // len(filler) + 10)
        + "</article></body></html>"
    )
    assert len(page) > LIBRARY_LIMIT and LIBRARY_LIMIT <= 2 * 1024 * 1024
    assert library_text(page) is None
    text = html_to_text(page)[0]
    assert text.startswith("Gunmen killed 12 villagers near Gao on Monday.")
