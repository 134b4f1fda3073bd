"""Reading files: formats, metadata, and bad input."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.errors import SourceError
from workbench.ingest import read_source
from workbench.ingest.html import _SPACES, _Text, _tidy

HTML = """<!doctype html><html><head><title>Clashes in the north | Example Times</title>
<meta property="article:published_time" content="2022-06-04T10:00:00Z">
<link rel="canonical" href="https://example.org/clashes"></head>
<body><nav>Home | World | Africa 2024</nav><script>var x = "12 killed";</script>
<article><h1>Clashes in the north</h1>
<p>At least 25 people were killed in Kidal, officials said.</p>
<aside>Related: 400 killed elsewhere</aside>
<p>The army sent 300 soldiers &amp; trucks.</p></article>
<footer>© 2022</footer></body></html>"""


def test_html_is_reduced_to_the_article(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    doc = read_source(path)
    assert "var x" not in doc.text and "Related" not in doc.text and "Home" not in doc.text
    assert "300 soldiers & trucks" in doc.text
    assert doc.published == dt.date(2022, 6, 4)
    assert doc.url == "https://example.org/clashes"
    assert doc.outlet == "Example Times"


def test_text_metadata(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "Headline\n\nBy A. Writer, Daily Planet\nupdated 3:10 PM EST, Sun June 5, 2016\n\nBody.\n"
    )
    doc = read_source(path)
    assert (doc.title, doc.outlet, doc.published) == (
        "Headline",
        "Daily Planet",
        dt.date(2016, 6, 5),
    )


def test_same_content_same_hash(tmp_path):
    (tmp_path / "a.txt").write_text("Twelve soldiers were killed.\n")
    (tmp_path / "b.txt").write_text("Twelve soldiers were killed.\n")
    assert read_source(tmp_path / "a.txt").sha256 == read_source(tmp_path / "b.txt").sha256


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty file"),
        (b"  \n\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        (b"caf\xe9 au lait, 12 killed", "not UTF-8"),
    ],
)
def test_bad_files(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(SourceError) as caught:
        read_source(path)
    assert problem in str(caught.value)
    assert str(path) in str(caught.value)
    assert "\n" not in str(caught.value)


def test_missing_and_directory(tmp_path):
    with pytest.raises(SourceError, match="no such file"):
        read_source(tmp_path / "nope.txt")
    with pytest.raises(SourceError, match="directory"):
        read_source(tmp_path)


def test_fallback_encoding_warns(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\xe9: 12 soldiers were killed.\n".encode("cp1252"))
    doc = read_source(path, fallback_encoding="cp1252")
    assert "Café" in doc.text
    assert doc.warnings and "not UTF-8" in doc.warnings[0]


_PAGE_PARTS = ["a", "b", " ", "\t", "\n", "\r", "\x0c", "\u00a0", "\u2003", "\x85", "\n\n", "<p>"]


@given(st.lists(st.sampled_from(_PAGE_PARTS), max_size=60))
def test_page_text_is_tidied_line_by_line(parts):
    """Spaces folded, lines stripped, at most one blank line in a row: the definition
    `_tidy` keeps while reading a line at a time (a page of many lines is not held
    as one string per line)."""
    text = "".join(parts)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    assert _tidy(text) == "\n".join(kept).strip() + "\n"


def test_page_text_received_in_many_pieces_is_whole():
    pieces = _Text()
    for index in range(10_000):
        pieces.append(f"{index} ")
    assert pieces.value() == "".join(f"{index} " for index in range(10_000))
