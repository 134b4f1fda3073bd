"""Ingest throughput and filtered-listing time on a large claims database.

Usage: python benchmarks/ingest_speed.py [--articles 10000] [--claims 100000] [--jobs 1]

Writes --articles generated articles to a temporary folder and times
`Workbench.ingest` over them with --jobs extraction processes (1: one core);
then tops the database up to --claims claims with copies of stored documents
and times filtered listings as `workbench claims` runs them (query and models).
Targets: 10,000 articles in under 60 s on one core; a filtered listing under 100 ms.
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
from corpus import articles
from database import fill

from workbench.service import MatchReport, Workbench
from workbench.store import ClaimFilter


def write_articles(folder: Path, count: int) -> int:
    chars = 0
    for index, text in enumerate(articles(count)):
        (folder / f"article{index:06d}.txt").write_text(text, encoding="utf-8")
        chars += len(text)
    return chars


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
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        chars = write_articles(folder, args.articles)
        bench = Workbench(str(Path(tmp) / "claims.db"), analyst="bench")
        matching = time_matching(bench)
        start = time.perf_counter()
        report = bench.ingest([str(folder)], jobs=args.jobs)
        elapsed = time.perf_counter() - start
        rate = args.articles / elapsed
        print(
            f"ingest: {args.articles} articles ({chars / 1e6:.1f} M chars), {report.claims} claims,"
            f" --jobs {args.jobs}: {elapsed:.1f} s, {rate:.0f} documents/s (target: under 60 s)"
        )
        print(f"  of which matching the new claims: {sum(matching):.1f} s, {report.links} links")
        total = fill(bench, args.claims, folder)
        print(f"database: {total} claims in {bench.store.count('documents')} documents")
        filters = {
            "category + status + place search": ClaimFilter(
                category="killed", status="unreviewed", search="Menaka"
            ),
            "one document by file name": ClaimFilter(source="article000042.txt"),
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
