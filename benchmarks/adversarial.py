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
1.3. The claims are counted as they are found and not kept, as `workbench
extract --json` prints them.

Memory is the growth the file causes: the process's peak resident size while it
reads and extracts the file, above its resident size just before (VmHWM and
VmRSS). Before that, each process reads and extracts a warm-up (`_warm_up`, as a
text file and as an HTML file): article prose, then a sentence each of tolls, of
clauses and of figures three times `MAX_SENTENCE` long, with more claims than
`RESTATED_WITHIN`. It puts in the base what does not grow with the file: what a
first extraction builds once (modules, compiled patterns, the gazetteer's
tables) and extraction's bounded working set, the most it holds however long the
text: one sentence (at most `MAX_SENTENCE` characters) with its words, figures
and claims, what it computed for the sentences a rule looks back to, and the
`RESTATED_WITHIN` claims awaiting a restatement (about 4 kB a claim). A 10 kB
file of tolls fills that working set as a 1 MB one does (some 280 claims alive,
1.2 MB traced); charged to a 10 kB file it read as 90 times the file. It is not
hidden: the warm-up's own growth, peak and kept, is printed first for each case,
and is no part of the target. So the figure is the resident memory a file adds
to a process that has extracted dense text before, as a long ingest is. What the
warm-up freed stays resident and is used again, by the working set and also by
the file's own text: below about 1 MB (the warm-up's 1.4 MB kept) the figure can
be under the file's size, even 0; what the reading costs a character shows from
1 MB up. The target: under 5 times the file's size.
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
_DENSE = ("3 killed, ", "4 killed in Gao on 3 May; ", "5% ")  # the warm-up's long sentences


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


def _warm_up() -> str:
    """Prose, then a sentence each of tolls, clauses and figures three times
    `MAX_SENTENCE` long: past the longest sentence read as one, and more claims than
    `RESTATED_WITHIN`, so that the warm-up reaches extraction's bounded working set."""
    from workbench.extract.restatements import RESTATED_WITHIN
    from workbench.extract.sentences import MAX_SENTENCE

    sentences = [(unit * (3 * MAX_SENTENCE // len(unit)))[:-2] + "." for unit in _DENSE]
    assert sum(s.count("killed") for s in sentences) > 2 * RESTATED_WITHIN
    return _PROSE * 20 + "".join("\n\n" + sentence for sentence in sentences)


def _child(path: str) -> None:
    """Read and extract one file as `workbench extract --json` does (each claim
    handed on as found, none kept); print seconds, claims and memory as JSON.

    The warm-up (`_warm_up`) is read and extracted first, from a text and from an
    HTML file, in the same way: `warm_peak_kb` is its peak above the process's size
    before it, `warm_kb` what it left resident, `base_kb` the resident size after
    it, `peak_kb` the peak while the file is read and extracted."""
    from workbench.extract import iter_claims
    from workbench.ingest import read_source

    before = _resident_kb(reset_peak=True)
    with tempfile.TemporaryDirectory() as folder:
        text = Path(folder) / "warm-up.txt"
        text.write_text(_warm_up(), encoding="utf-8")
        page = Path(folder) / "warm-up.html"
        paragraphs = _warm_up().replace("\n\n", "</p><p>")
        page.write_text(f"<html><body><p>{paragraphs}</p></body></html>", encoding="utf-8")
        for warm in (text, page):
            sum(1 for _ in iter_claims(read_source(warm)))
    warm_peak = _peak_kb()
    base = _resident_kb(reset_peak=True)
    start = time.perf_counter()
    claims = sum(1 for _ in iter_claims(read_source(path)))
    seconds = time.perf_counter() - start
    peak = _peak_kb()
    warm = {"warm_kb": base - before, "warm_peak_kb": warm_peak - before}
    result = {"seconds": seconds, "claims": claims, **warm}
    print(json.dumps({**result, "base_kb": base, "peak_kb": peak}))


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
        if previous is None:
            peak, kept = result["warm_peak_kb"] / 1024, result["warm_kb"] / 1024
            print(f"{name:13s} warm-up: peak +{peak:.1f} MB, {kept:.1f} MB kept; not counted below")
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
