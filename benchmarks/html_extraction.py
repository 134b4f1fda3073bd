"""HTML reduction scored on a public article-extraction benchmark, per half (issue 19).

Usage: python benchmarks/html_extraction.py [--ngram 4] [--half study|test]

Reads $WORKBENCH_CORPORA/html-eval/ (docs/corpora.md, "HTML extraction"): the
181 pages of the ScrapingHub/Zyte article-extraction benchmark, `html/ID.html.gz`,
and their gold article bodies, `ground-truth.json` ({ID: {"articleBody", "url"}}).
Each page is reduced by:

- old: the hand-written reader (`fallback_html_to_text` when the ingest package
  has one, else `html_to_text`, which was that reader before issue 19);
- new: `html_to_text` when `fallback_html_to_text` exists beside it (the library
  first, the old reader where it returns nothing);
- trafilatura.extract: the library alone as the benchmark's own runner calls it
  (`include_comments=False`), a reference line; left out when it is not installed.

Scores are the benchmark's (its evaluate.py, reimplemented in `page_counts` and
`score`): texts are cut into `\\w+` tokens, kept as written; each page's bags of
4-token shingles (--ngram) give true positives (shingles in both, counted with
multiplicity), false positives (in the text only) and false negatives (in the gold
only), normalised to sum to 1 so a long page weighs no more than a short one;
precision and recall are their means over pages and F1 is the harmonic mean of
those two means. "exact" is the share of pages whose token list equals the gold's
(the benchmark's "accuracy"). --ngram 1 scores plain token bags.

Pages are split into a study and a test half by the SHA-256 of "html-eval:ID" (even
first byte: study), the corpora's rule; only totals are printed, for each half.
Time per page is the mean wall time of one reduction on this machine.
Exit status 0; 1 with one line if the pages are missing.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib
import json
import os
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

CORPUS = "html-eval"
HALVES = ("study", "test")
_TOKEN = re.compile(r"\w+")

Reducer = Callable[[str], str]
Counts = tuple[float, float, float]


def half_of(page_id: str) -> str:
    """A page's half: `study` where the SHA-256 of "html-eval:ID" starts with an even
    byte, else `test` (the corpora's rule, docs/corpora.md)."""
    digest = hashlib.sha256(f"{CORPUS}:{page_id}".encode()).digest()
    return "study" if digest[0] % 2 == 0 else "test"


def tokens(text: str) -> list[str]:
    """The text's `\\w+` tokens, as written (the benchmark's tokenizer)."""
    return _TOKEN.findall(text or "")


def shingles(text: str, n: int) -> Counter[tuple[str, ...]]:
    """The bag of the text's runs of `n` consecutive tokens; a text shorter than `n`
    tokens is one shingle of all of them, an empty text none (as the benchmark)."""
    words = tokens(text)
    runs = (tuple(words[i : i + n]) for i in range(max(1, len(words) - n + 1)))
    return Counter(run for run in runs if run)


def page_counts(gold: str, text: str, n: int = 4) -> Counts:
    """(true positives, false positives, false negatives) of `text` against `gold`
    over shingle bags of `n` tokens, normalised to sum to 1 (all 0 when both are
    empty)."""
    true, found = shingles(gold, n), shingles(text, n)
    tp = sum((true & found).values())
    fp = sum((found - true).values())
    fn = sum((true - found).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


@dataclass(frozen=True)
class Score:
    """Mean precision and recall over pages (0-1), their F1, the share of pages
    reduced to exactly the gold's tokens, and the number of pages."""

    precision: float
    recall: float
    f1: float
    exact: float
    pages: int


def score(counts: Iterable[Counts], exact: Iterable[bool]) -> Score:
    """The benchmark's figures from each page's normalised counts and whether its
    tokens equal the gold's. Precision leaves out pages with nothing found and
    nothing expected beyond the gold (tp + fp == 0), recall those with an empty gold
    (tp + fn == 0), as the benchmark does; an empty list scores 0."""
    rows = list(counts)
    hits = list(exact)
    precisions = [_precision(*row) for row in rows if row[0] + row[1] > 0]
    recalls = [_recall(*row) for row in rows if row[0] + row[2] > 0]
    precision = statistics.mean(precisions) if precisions else 0.0
    recall = statistics.mean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    share = sum(hits) / len(hits) if hits else 0.0
    return Score(precision, recall, f1, share, len(rows))


@dataclass(frozen=True)
class Page:
    """One benchmark page: its id, gold article body, and the gzipped HTML's path."""

    id: str
    gold: str
    path: Path

    @property
    def half(self) -> str:
        """ "study" or "test" (`half_of`)."""
        return half_of(self.id)

    def markup(self) -> str:
        """The page's HTML (gzip-compressed UTF-8 on disk)."""
        with gzip.open(self.path, "rt", encoding="utf-8", errors="replace") as handle:
            return handle.read()


def load_pages(folder: Path) -> list[Page]:
    """The pages under `folder` (html/ID.html.gz and ground-truth.json), sorted by id;
    SystemExit with one line when the folder, the gold or a page is missing."""
    gold_path = folder / "ground-truth.json"
    if not gold_path.is_file():
        sys.exit(
            f"html_extraction: no benchmark at {folder} (ground-truth.json and html/; "
            'docs/corpora.md, "HTML extraction", says how to get it)'
        )
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        sys.exit(f"html_extraction: {gold_path}: {error}")
    pages = []
    for page_id, row in sorted(gold.items()):
        path = folder / "html" / f"{page_id}.html.gz"
        if not path.is_file():
            sys.exit(f"html_extraction: {path}: missing (the gold names page {page_id})")
        pages.append(Page(page_id, row.get("articleBody") or "", path))
    return pages


def reducers() -> dict[str, Reducer]:
    """The reductions scored, by name: "old", "new" when the ingest package keeps the
    old reader as `fallback_html_to_text`, and "trafilatura.extract" when installed."""
    html = importlib.import_module("workbench.ingest.html")
    out: dict[str, Reducer] = {}
    fallback = getattr(html, "fallback_html_to_text", None)
    out["old"] = _text_of(fallback or html.html_to_text)
    if fallback is not None:
        out["new"] = _text_of(html.html_to_text)
    try:
        trafilatura = importlib.import_module("trafilatura")
    except ImportError:
        return out
    out["trafilatura.extract"] = lambda markup: (
        trafilatura.extract(markup, include_comments=False) or ""
    )
    return out


def _text_of(read: Callable[[str], tuple[str, object]]) -> Reducer:
    return lambda markup: read(markup)[0]


@dataclass
class Tally:
    """One reducer's results on one half: counts, exact matches, seconds, failures."""

    counts: list[Counts] = field(default_factory=list)
    exact: list[bool] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    failed: int = 0

    def add(self, page: Page, markup: str, reduce: Reducer, n: int) -> None:
        """Reduce `markup` and score it against the page's gold; an exception counts
        as an empty text and a failure."""
        start = time.perf_counter()
        try:
            text = reduce(markup)
        except Exception:  # a reducer's crash is scored, not fatal to the benchmark
            text = ""
            self.failed += 1
        self.seconds.append(time.perf_counter() - start)
        self.counts.append(page_counts(page.gold, text, n))
        self.exact.append(tokens(page.gold) == tokens(text))


def run(pages: Iterable[Page], named: dict[str, Reducer], n: int) -> dict[str, dict[str, Tally]]:
    """Each reducer's tally per half: {reducer name: {half: Tally}}."""
    tallies = {name: {half: Tally() for half in HALVES} for name in named}
    for page in pages:
        markup = page.markup()
        for name, reduce in named.items():
            tallies[name][page.half].add(page, markup, reduce, n)
    return tallies


def report(tallies: dict[str, dict[str, Tally]], n: int) -> list[str]:
    """The printed lines: one per reducer and half, precision, recall, F1, exact,
    ms per page and failures."""
    unit = "token bags" if n == 1 else f"bags of {n}-token shingles"
    rule = "the benchmark's evaluate.py" if n == 4 else "the benchmark's rule, n changed"
    lines = [
        f"scored on {unit} ({rule}); precision and recall are means over pages",
        f"{'reducer':<20} {'half':<6} {'pages':>5} {'precision':>9} {'recall':>7}"
        f" {'F1':>6} {'exact':>6} {'ms/page':>8}",
    ]
    for name, halves in tallies.items():
        for half, tally in halves.items():
            if not tally.counts:
                continue
            figures = score(tally.counts, tally.exact)
            ms = 1000 * statistics.mean(tally.seconds) if tally.seconds else 0.0
            failed = f"  ({tally.failed} failed)" if tally.failed else ""
            lines.append(
                f"{name:<20} {half:<6} {figures.pages:>5} {figures.precision:>9.3f}"
                f" {figures.recall:>7.3f} {figures.f1:>6.3f} {figures.exact:>6.3f}"
                f" {ms:>8.1f}{failed}"
            )
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--ngram", type=int, default=4, help="tokens per shingle (1: token bags)")
    ap.add_argument("--half", choices=HALVES, help="score one half only")
    args = ap.parse_args()
    if args.ngram < 1:
        sys.exit("html_extraction: --ngram must be at least 1")
    root = os.environ.get("WORKBENCH_CORPORA")
    if not root:
        sys.exit("html_extraction: WORKBENCH_CORPORA must name the folder holding html-eval/")
    pages = [p for p in load_pages(Path(root) / CORPUS) if args.half in (None, p.half)]
    tallies = run(pages, reducers(), args.ngram)
    print("\n".join(report(tallies, args.ngram)))


if __name__ == "__main__":
    main()
