"""Extraction throughput on one core against quantulum3, and peak memory.

Usage: python benchmarks/extract_speed.py [--mb 5] [--quantulum-sample 0.05] [--quantulum-all]
       [--generated]

Reads and extracts at least --mb megabytes of text in this one process (the
whole process: each text made a document, then its claims extracted), then
times quantulum3 on the same texts: by default on a fixed sample of them (it
runs at a few kB/s, so 5 MB would take a quarter of an hour), or on all with
--quantulum-all. Prints characters per second for both, the ratio, and the
process's peak memory.

The text is real and number-dense when WORKBENCH_CORPORA names the corpora
(docs/corpora.md): their incident notes, in a fixed shuffled order. Without it,
or with --generated, it is generated articles (benchmarks/corpus.py: the seeds
plus articles with as many claims per kilobyte as the seeds).
Targets: at least 1 M chars/s, at least 20x quantulum3, peak memory under 300 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import corpus

from workbench.extract import extract_claims
from workbench.ingest import document_from_text


def _texts(size: int, generated: bool) -> tuple[list[str], str]:
    """At least `size` characters of real incident notes, or of generated articles.

    The notes are written out by corpora.py in a process of its own, so that the
    R data readers' memory does not count as extraction's."""
    root = os.environ.get("WORKBENCH_CORPORA")
    if generated or not root or not Path(root).is_dir():
        return corpus(size), "generated articles (set WORKBENCH_CORPORA for real text)"
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "notes.jsonl"
        script = Path(__file__).resolve().parent / "corpora.py"
        subprocess.run([sys.executable, str(script), "-o", str(out)], check=True)
        with out.open(encoding="utf-8") as lines:
            notes = [json.loads(line)["text"] for line in lines]
    random.Random(0).shuffle(notes)
    texts, total = [], 0
    for note in notes:
        if total >= size:
            break
        texts.append(note)
        total += len(note)
    return texts, f"real incident notes from {root}"


def time_workbench(texts: list[str]) -> tuple[float, int]:
    start = time.perf_counter()
    claims = 0
    for index, text in enumerate(texts):
        claims += len(extract_claims(document_from_text(f"doc{index}.txt", text)))
    return time.perf_counter() - start, claims


def time_quantulum(texts: list[str]) -> tuple[float, int]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        start = time.perf_counter()
        found = sum(len(parser.parse(text)) for text in texts)
    return time.perf_counter() - start, found


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="corpus size in megabytes")
    ap.add_argument(
        "--quantulum-sample",
        type=float,
        default=0.05,
        help="share of the articles quantulum3 parses (default 0.05)",
    )
    ap.add_argument("--quantulum-all", action="store_true", help="quantulum3 on the whole corpus")
    ap.add_argument("--generated", action="store_true", help="generated articles, not corpora")
    args = ap.parse_args()
    texts, source = _texts(int(args.mb * 1_000_000), args.generated)
    print(f"text: {source}")
    chars = sum(map(len, texts))
    elapsed, claims = time_workbench(texts)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ours = chars / elapsed
    print(f"corpus: {len(texts)} articles, {chars / 1e6:.2f} M characters")
    print(
        f"workbench: {elapsed:.2f} s, {ours / 1e6:.2f} M chars/s, {claims} claims "
        f"({claims / (chars / 1000):.2f} per kB), peak memory {peak_mb:.0f} MB (max RSS)"
    )
    step = 1 if args.quantulum_all else max(1, round(1 / args.quantulum_sample))
    sample = texts[::step]
    sample_chars = sum(map(len, sample))
    q_elapsed, q_found = time_quantulum(sample)
    theirs = sample_chars / q_elapsed
    print(
        f"quantulum3: {len(sample)} of the articles, {sample_chars / 1e6:.2f} M chars, "
        f"{q_elapsed:.1f} s, {theirs / 1e3:.1f} k chars/s, {q_found} quantities"
    )
    print(
        f"ratio: workbench is {ours / theirs:.0f}x quantulum3 "
        f"(targets: >= 1 M chars/s, >= 20x, peak memory < 300 MB)"
    )


if __name__ == "__main__":
    main()
