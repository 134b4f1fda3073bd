"""Extraction on hostile input: time and peak memory as the input grows.

Usage: python benchmarks/adversarial.py [--sizes 10000,100000,1000000]
       [--files 1,10,100] [--only NAME]

Each case is written to a temporary file and read and extracted in a process of
its own (`workbench extract`'s path: the file read as a document, then its
claims), which reports its time and its peak memory. Cases:

- `figures`: one sentence of repeated short figures ("5% 5% 5% ...");
- `tolls`: one sentence of repeated tolls ("3 killed, 3 killed, ...");
- `clauses`: one sentence of clauses with a toll, a place and a date each;
- `no-newline`: article prose with no line break at all;
- `html-comment`: an HTML page with an unclosed comment;
- `articles`: generated articles (benchmarks/corpus.py), as files of --files MB.

The pattern cases run at --sizes characters (default 10 kB, 100 kB, 1 MB).
For each step to a larger size it prints the growth of the time per character,
per doubling of the size: 1.0 is linear, 2.0 quadratic; the target is at most
1.3. Memory is the process's peak resident size above what it held before it
read the file; the target is under 5 times the file's size. The claims are
counted as they are found and not kept, as `workbench extract --json` prints them.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

_PROSE = "Gunmen killed 12 villagers in Gao on Tuesday, the army said, and 40 fled. "


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def _html_comment(size: int) -> str:
    body = _repeat("<p>Gunmen killed 12 villagers in Gao.</p> ")(size)
    return f"<html><body><!-- {body}</body></html>"


def _articles(size: int) -> str:
    """The body paragraphs of generated articles, as one long article (their titles,
    bylines and timestamps left out: a second timestamp starts a page's rail)."""
    from corpus import corpus

    paragraphs = [p for text in corpus(size * 2) for p in text.split("\n\n") if len(p) > 80]
    return "\n\n".join(paragraphs)[:size]


CASES: dict[str, tuple[Callable[[int], str], str]] = {
    "figures": (_repeat("5% "), "txt"),
    "tolls": (_repeat("3 killed, "), "txt"),
    "clauses": (_repeat("4 killed in Gao on 3 May; "), "txt"),
    "no-newline": (_repeat(_PROSE), "txt"),
    "html-comment": (_html_comment, "html"),
    "articles": (_articles, "txt"),
}


def _child(path: str) -> None:
    """Read and extract one file as `workbench extract --json` does (each claim
    handed on as found, none kept); print seconds, claims and memory as JSON.

    A short text is extracted first, so that what any first extraction builds once
    (pattern caches, the gazetteer's tables) is in the base and not charged to the
    file."""
    from workbench.extract import iter_claims
    from workbench.ingest import document_from_text, read_source

    list(iter_claims(document_from_text("warm-up.txt", _PROSE * 20)))
    base = _resident_kb(reset_peak=True)
    start = time.perf_counter()
    claims = sum(1 for _ in iter_claims(read_source(path)))
    seconds = time.perf_counter() - start
    peak = _peak_kb()
    print(json.dumps({"seconds": seconds, "claims": claims, "base_kb": base, "peak_kb": peak}))


def _resident_kb(reset_peak: bool = False) -> int:
    """The process's resident size now, in kB. With `reset_peak`, the peak that
    `_peak_kb` reports starts again from here (Linux: /proc/self/clear_refs)."""
    if reset_peak:
        Path("/proc/self/clear_refs").write_text("5")
    return _status_kb("VmRSS")


def _peak_kb() -> int:
    """The process's peak resident size, in kB, since `_resident_kb(reset_peak=True)`.

    Not `getrusage`'s ru_maxrss: Linux carries that over from the parent through fork
    and exec, so a parent holding the generated text hid every child peak below its
    own size (the figures printed before this were too low for the large files)."""
    return _status_kb("VmHWM")


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise SystemExit(f"adversarial.py: /proc/self/status has no {field} (Linux only)")


def _measure(text: str, suffix: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"case.{suffix}"
        path.write_text(text, encoding="utf-8")
        done = subprocess.run(
            [sys.executable, __file__, "--child", str(path)],
            check=True,
            capture_output=True,
            text=True,
        )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _run(name: str, sizes: list[int]) -> None:
    make, suffix = CASES[name]
    previous: tuple[int, float] | None = None
    for size in sizes:
        result = _measure(make(size), suffix)
        seconds = result["seconds"]
        grown_mb = (result["peak_kb"] - result["base_kb"]) / 1024
        line = (
            f"{name:13s} {size / 1e6:8.2f} MB {seconds:8.2f} s  {result['claims']:7d} claims  "
            f"memory +{grown_mb:7.1f} MB ({grown_mb * 1e6 / size / 1.048576:5.1f}x the file)"
        )
        if previous is not None and previous[1] > 0:
            doublings = math.log2(size / previous[0])
            per_char = (seconds / size) / (previous[1] / previous[0])
            line += f"  time per char x{per_char ** (1 / doublings):.2f} per doubling"
        print(line, flush=True)
        previous = (size, seconds)


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000", help="pattern sizes, characters")
    ap.add_argument("--files", default="1,10,100", help="article file sizes, megabytes")
    ap.add_argument("--only", choices=sorted(CASES), help="run this case only")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(args.child)
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    files = [int(float(s) * 1_000_000) for s in args.files.split(",")]
    for name in [args.only] if args.only else list(CASES):
        _run(name, files if name == "articles" else sizes)
    print("targets: time per char at most x1.3 per doubling; memory under 5x the file")


if __name__ == "__main__":
    main()
