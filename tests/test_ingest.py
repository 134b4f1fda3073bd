"""Reading files: formats, metadata, and bad input."""

import datetime as dt
import tracemalloc
from unittest.mock import patch

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.errors import SourceError
from workbench.ingest import html, read_source
from workbench.ingest.html import (
    _SPACES,
    _Text,
    _tidy,
    fallback_html_to_text,
    html_to_text,
    without_unclosed_comment,
)

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


@given(st.lists(st.sampled_from(_PAGE_PARTS), max_size=60), st.integers(1, 5))
def test_page_text_is_tidied_line_by_line(parts, piece):
    """Spaces folded, lines stripped, at most one blank line in a row: the definition
    `_tidy` keeps while reading the page's pieces a line at a time (a page of many
    lines is neither joined whole nor held as one string per line). Pieces of
    `piece` parts, so that lines run across them."""
    text = "".join(parts)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    with patch.object(html, "_PIECE", piece):
        received = _Text()
        for part in parts:
            received.append(part)
        assert received.has_text() == bool(text.strip())
        assert _tidy(received.lines()) == "\n".join(kept).strip() + "\n"


@given(st.lists(st.sampled_from(["a", "\n", "\n\n", " ", "bc\nd"]), max_size=40), st.integers(1, 4))
def test_pieces_are_cut_into_lines_as_split_cuts_them(parts, piece):
    with patch.object(html, "_PIECE", piece):
        received = _Text()
        for part in parts:
            received.append(part)
        assert list(received.lines()) == "".join(parts).split("\n")
        assert received.take() == ""  # read once: the pieces are let go


def test_page_text_received_in_many_pieces_is_whole():
    pieces = _Text()
    for index in range(10_000):
        pieces.append(f"{index} ")
    assert pieces.take() == "".join(f"{index} " for index in range(10_000))


@pytest.mark.parametrize("size", [10, 5_000, 200_000])
def test_a_page_with_an_unclosed_comment_is_read_up_to_it(size):
    """An unclosed comment (`benchmarks/adversarial.py`'s html-comment case) runs to
    the end of the page, as a browser reads it: the text before it is whole, nothing
    inside it is read, by either reader, and the fallback's memory stays bounded."""
    body = "<p>Gunmen killed 12 villagers in Gao.</p> " * (size // 42 + 1)
    page = f"<html><body><p>Before it, 3 were hurt.</p><!-- {body}</body></html>"
    tracemalloc.start()
    try:
        text, _ = fallback_html_to_text(page)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert text.strip() == "Before it, 3 were hurt."
    assert peak < 3 * len(page) + 200_000
    assert "Gunmen" not in html_to_text(page)[0]


def test_closed_comments_and_scripts_leave_the_page_whole():
    """A closed comment (also HTML's "<!-->"), and a "<!--" inside a script, open no
    comment to the end of the page: the paragraphs after them are read."""
    page = (
        "<html><body><!-- a note --><p>Rebels killed 4 herders in Tawa.</p><!-->"
        '<script>document.write("<!--");</script><style>/* <!-- */</style>'
        "<p>Later, 2 more died in hospital.</p></body></html>"
    )
    assert without_unclosed_comment(page) == page
    text, _ = fallback_html_to_text(page)
    assert "4 herders" in text and "2 more died" in text


def test_a_file_of_one_long_line_is_read_without_copies_of_the_line(tmp_path):
    """The bytes and the decoded text are all that reading holds of a file with no
    line break: the furniture pass finds the line's ends without copying it (three
    times the file before: the line, and it stripped of its trailing space)."""
    path = tmp_path / "one-line.txt"
    path.write_text("Gunmen killed 12 villagers in Gao, the army said. " * 20_000 + " \n")
    read_source(path)  # what a first read builds once is not counted
    tracemalloc.start()
    try:
        doc = read_source(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(doc.blocks) == 1
    assert peak < 2.5 * path.stat().st_size
