"""Ingest throughput and filtered-listing time on a large claims database.

Usage: python benchmarks/ingest_speed.py [--articles 10000] [--claims 100000] [--jobs 1]
                                         [--html] [--page-kb 0]

Writes --articles generated articles to a temporary folder and times
`Workbench.ingest` over them with --jobs extraction processes (1: one core);
then tops the database up to --claims claims with copies of stored documents
and times filtered listings as `workbench claims` runs them (query and models).
With --html the articles are written as news pages (`corpus.html_page`: site
navigation, the article's own header, a footer, scripts, reader comments, HTML
comments), padded with about --page-kb kilobytes of menus and page state each
(real news pages average about 170 KB), and the ingest reduces each to its text.
Targets: 10,000 articles (text or pages) in under 60 s on one core; a filtered
listing under 100 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import articles, html_page
from database import fill

from workbench.service import MatchReport, Workbench
from workbench.store import ClaimFilter


def write_articles(folder: Path, count: int) -> int:
    chars = 0
    for index, text in enumerate(articles(count)):
        (folder / f"article{index:06d}.txt").write_text(text, encoding="utf-8")
        chars += len(text)
    return chars


def write_pages(folder: Path, count: int, pad_kb: int = 0) -> tuple[int, int]:
    """The articles as news pages, article000000.html ...: (article characters,
    markup characters) written."""
    chars = markup = 0
    for index, text in enumerate(articles(count)):
        page = html_page(text, index, pad_kb)
        (folder / f"article{index:06d}.html").write_text(page, encoding="utf-8")
        chars += len(text)
        markup += len(page)
    return chars, markup


def time_matching(bench: Workbench) -> list[float]:
    """Record the seconds of each matching run the ingest makes, in the list returned."""
    seconds: list[float] = []
    match = bench.match

    def timed(*args: Any, **kwargs: Any) -> MatchReport:
        start = time.perf_counter()
        report = match(*args, **kwargs)
        seconds.append(time.perf_counter() - start)
        return report

    bench.match = timed  # type: ignore[method-assign]
    return seconds


def time_listing(bench: Workbench, where: ClaimFilter, runs: int = 7) -> tuple[float, int]:
    timings, found = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        found = len(bench.claims(where))
        timings.append(time.perf_counter() - start)
    return statistics.median(timings), found


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--html", action="store_true", help="write the articles as news pages")
    ap.add_argument("--page-kb", type=int, default=0, help="padding per page, with --html")
    args = ap.parse_args()
    suffix = "html" if args.html else "txt"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        if args.html:
            chars, markup = write_pages(folder, args.articles, args.page_kb)
            kind = f"HTML pages ({markup / 1e6:.1f} M chars of markup around"
            kind += f" {chars / 1e6:.1f} M chars of article)"
        else:
            chars = write_articles(folder, args.articles)
            kind = f"articles ({chars / 1e6:.1f} M chars)"
        bench = Workbench(str(Path(tmp) / "claims.db"), analyst="bench")
        matching = time_matching(bench)
        start = time.perf_counter()
        report = bench.ingest([str(folder)], jobs=args.jobs)
        elapsed = time.perf_counter() - start
        rate = args.articles / elapsed
        print(
            f"ingest: {args.articles} {kind}, {report.claims} claims,"
            f" --jobs {args.jobs}: {elapsed:.1f} s, {rate:.0f} documents/s (target: under 60 s)"
        )
        print(f"  of which matching the new claims: {sum(matching):.1f} s, {report.links} links")
        total = fill(bench, args.claims, folder)
        print(f"database: {total} claims in {bench.store.count('documents')} documents")
        filters = {
            "category + status + place search": ClaimFilter(
                category="killed", status="unreviewed", search="Menaka"
            ),
            "one document by file name": ClaimFilter(source=f"article000042.{suffix}"),
            "status + search, first page": ClaimFilter(
                status="unreviewed", search="soldiers", limit=100
            ),
            "category, first page": ClaimFilter(category="displaced", limit=100),
        }
        for name, where in filters.items():
            seconds, found = time_listing(bench, where)
            print(f"listing ({name}): {found} claims in {seconds * 1000:.1f} ms (target: < 100 ms)")
        seconds, found = time_listing(bench, ClaimFilter(category="killed"), runs=3)
        print(f"listing (a whole category, as models): {found} claims in {seconds * 1000:.0f} ms")
        bench.close()


if __name__ == "__main__":
    main()
