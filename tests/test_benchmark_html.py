"""The HTML benchmarks of issue 19: the article-extraction benchmark's scoring
(benchmarks/html_extraction.py) on pages and gold written here, and the news pages
of benchmarks/corpus.py that ingest_speed.py --html times, read back to their
article. No third-party page is used."""

from __future__ import annotations

import gzip
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import load_benchmark
from workbench.ingest import read_source
from workbench.ingest.html import html_to_text
from workbench.service import Workbench

_ROOT = Path(__file__).resolve().parent.parent
_BENCHMARKS = _ROOT / "benchmarks"


extraction = load_benchmark("html_extraction", "html_extraction_bench")
corpus = load_benchmark("corpus", "corpus_bench")
ingest_speed = load_benchmark("ingest_speed", "ingest_speed_bench")


def test_a_pages_counts_are_its_shingles_in_both_in_the_text_only_and_in_the_gold_only() -> None:
    gold = "Gunmen killed twelve villagers near"  # 5 tokens: 2 shingles of 4
    assert extraction.page_counts(gold, gold) == (1.0, 0.0, 0.0)
    # 4 tokens of menu before the gold: 6 shingles, of which the gold's 2
    assert extraction.page_counts(gold, "Home World Sport Menu " + gold) == pytest.approx(
        (2 / 6, 4 / 6, 0.0)
    )
    assert extraction.page_counts(gold, "") == (0.0, 0.0, 1.0)
    assert extraction.page_counts("", "") == (0.0, 0.0, 0.0)
    # token bags: 3 of the gold's 5 tokens found, nothing else
    said = "the army said ten died"
    assert extraction.page_counts(said, "the army said", n=1) == pytest.approx((0.6, 0.0, 0.4))
    # a repeated token counts as often as it occurs in both
    assert extraction.page_counts("a a b", "a b b", n=1) == pytest.approx((0.5, 0.25, 0.25))
    # a text shorter than a shingle is one shingle of all its tokens
    assert extraction.shingles("two words", 4) == {("two", "words"): 1}


def test_scores_are_means_over_pages_as_the_benchmark_takes_them() -> None:
    rows = [(1.0, 0.0, 0.0), (1 / 3, 2 / 3, 0.0), (0.0, 0.0, 1.0)]
    figures = extraction.score(rows, [True, False, False])
    # precision leaves out the page where nothing was found (tp + fp == 0)
    assert figures.precision == pytest.approx((1 + 1 / 3) / 2)
    assert figures.recall == pytest.approx((1 + 1 + 0) / 3)
    assert figures.f1 == pytest.approx(
        2 * figures.precision * figures.recall / (figures.precision + figures.recall)
    )
    assert figures.exact == pytest.approx(1 / 3)
    assert figures.pages == 3
    assert extraction.score([], []) == extraction.Score(0.0, 0.0, 0.0, 0.0, 0)


def test_halves_are_fixed_by_the_hash_of_the_page_id() -> None:
    assert extraction.half_of("alpha") == "study"
    assert extraction.half_of("foxtrot") == "test"


def _benchmark(folder: Path, pages: dict[str, tuple[str, str]]) -> None:
    """A benchmark folder as the ScrapingHub set lays it out: html/ID.html.gz and
    ground-truth.json; `pages` maps an id to (markup, gold article body)."""
    (folder / "html").mkdir(parents=True)
    for page_id, (markup, _) in pages.items():
        with gzip.open(folder / "html" / f"{page_id}.html.gz", "wt", encoding="utf-8") as out:
            out.write(markup)
    gold = {page_id: {"articleBody": body, "url": ""} for page_id, (_, body) in pages.items()}
    (folder / "ground-truth.json").write_text(json.dumps(gold), encoding="utf-8")


def _run(corpora: Path) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"WORKBENCH_CORPORA": str(corpora), "PYTHONPATH": str(_ROOT)}
    script = str(_BENCHMARKS / "html_extraction.py")
    return subprocess.run(
        [sys.executable, script], capture_output=True, text=True, env=env, timeout=120
    )


def test_the_benchmark_scores_the_old_reader_on_each_half(tmp_path: Path) -> None:
    killed = "Gunmen killed twelve villagers near the market on Tuesday, officials said."
    convoy = "The convoy reached the camp after a three day journey."
    _benchmark(
        tmp_path / "html-eval",
        {
            "alpha": (  # study half: the article alone comes back
                f"<html><body><nav>Home World</nav><article><p>{killed}</p></article>"
                "<footer>Copyright</footer></body></html>",
                killed,
            ),
            "foxtrot": (  # test half: no <article>, a banner's 6 words come back too
                "<html><body><div>Subscribe to our daily newsletter today</div>"
                f"<p>{convoy}</p></body></html>",
                convoy,
            ),
        },
    )
    result = _run(tmp_path)
    assert result.returncode == 0, result.stderr
    rows = {
        tuple(line.split()[:2]): line.split()[2:7]
        for line in result.stdout.splitlines()
        if line.startswith("old ")
    }
    # pages, precision, recall, F1, exact
    assert rows[("old", "study")] == ["1", "1.000", "1.000", "1.000", "1.000"]
    # 10 gold tokens: 7 shingles, all found among the text's 13
    assert rows[("old", "test")] == ["1", f"{7 / 13:.3f}", "1.000", f"{14 / 20:.3f}", "0.000"]


def test_the_benchmark_says_in_one_line_where_its_pages_should_be(tmp_path: Path) -> None:
    result = _run(tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"html_extraction: no benchmark at {tmp_path / 'html-eval'} (ground-truth.json and"
        ' html/; docs/corpora.md, "HTML extraction", says how to get it)'
    ]


FURNITURE = [
    corpus.COOKIES,
    corpus.READER_COMMENT,
    "All rights reserved",
    "Privacy policy",
    "Opinion",
    "More on",
    "Related",
    "googletag",
    "dataLayer",
    "ad slot",
    "site footer",
    "teasers",
]


def _generated(index: int) -> str:
    return corpus.article(random.Random(index), index)


def _body(text: str) -> list[str]:
    """The article's paragraphs after its headline and byline blocks."""
    return [block.strip() for block in text.split("\n\n")[2:] if block.strip()]


def _assert_paragraphs_come_back(text: str, paragraphs: list[str]) -> None:
    position = 0
    for paragraph in paragraphs:  # each whole, in order
        found = text.find(paragraph, position)
        assert found >= 0, paragraph
        position = found + len(paragraph)
    for furniture in FURNITURE:
        assert furniture not in text, furniture


@pytest.mark.parametrize("index", [11, 12, 13])
def test_a_news_page_reads_back_to_its_article(index: int) -> None:
    article = _generated(index)
    text, meta = html_to_text(corpus.html_page(article, index))
    _assert_paragraphs_come_back(text, _body(article))
    assert meta.title == article.splitlines()[0]
    assert meta.outlet == "Example Wire"
    assert meta.url == f"https://news.example.org/africa/{index:06d}"
    assert meta.published is not None and meta.published.startswith("2021-")


def test_a_padded_page_is_larger_by_about_the_padding_and_still_reads_back(
    tmp_path: Path,
) -> None:
    article = _generated(21)
    plain = corpus.html_page(article, 21)
    padded = corpus.html_page(article, 21, pad_kb=40)
    assert 36_000 < len(padded) - len(plain) < 44_000
    path = tmp_path / "article000021.html"
    path.write_text(padded, encoding="utf-8")
    document = read_source(path)  # as the ingest reads a stored page
    assert document.format == "html"
    _assert_paragraphs_come_back(document.text, _body(article))
    assert document.title == article.splitlines()[0]
    assert document.published is not None


def test_a_text_without_blank_lines_keeps_all_but_its_headline_in_the_body() -> None:
    text = (
        "Attack on the airport\n"
        "Gunmen attacked the airport base on Tuesday morning.\n"
        "Dozens of people were reportedly killed, officials said.\n"
    )
    read, meta = html_to_text(corpus.html_page(text, 3))
    assert meta.title == "Attack on the airport"
    _assert_paragraphs_come_back(read, text.splitlines()[1:])


def _claims_by_document(folder: Path, db: Path) -> list[tuple[str, int]]:
    bench = Workbench(str(db), analyst="test")
    try:
        report = bench.ingest([str(folder)])
        assert report.failed == 0, report.errors
        return [(Path(row["path"]).stem, row["claims"]) for row in bench.store.documents()]
    finally:
        bench.close()


def test_the_ingest_benchmarks_pages_give_the_claims_of_their_articles(tmp_path: Path) -> None:
    texts, pages = tmp_path / "texts", tmp_path / "pages"
    texts.mkdir()
    pages.mkdir()
    chars = ingest_speed.write_articles(texts, 8)  # the seed articles, then generated ones
    article_chars, markup = ingest_speed.write_pages(pages, 8, pad_kb=2)
    assert article_chars == chars
    assert markup > chars + 8 * 2048
    assert sorted(p.name for p in pages.iterdir()) == [f"article{i:06d}.html" for i in range(8)]
    from_text = _claims_by_document(texts, tmp_path / "texts.db")
    from_pages = _claims_by_document(pages, tmp_path / "pages.db")
    assert sorted(from_pages) == sorted(from_text)
    assert sum(claims for _, claims in from_pages) > 8
