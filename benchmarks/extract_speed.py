"""Extraction throughput on one core against quantulum3, and peak memory.

Usage: python benchmarks/extract_speed.py [--mb 5] [--quantulum-sample 0.05] [--quantulum-all]
       [--generated]

Reads and extracts at least --mb megabytes of text in this one process, and
times the whole of it: the extractor's start-up (importing it compiles its
patterns and loads its gazetteer), then for each text its JSON line decoded,
the text made a document and its claims extracted. Prints characters (and
UTF-8 bytes) per second with and without the start-up, and the process's peak
memory. A last line gives the same rates and the ratio below on this process's
CPU time, which load from other processes on a shared machine does not stretch.

Then quantulum3 and the extractor are timed on the same texts: by default a
fixed sample of them (every 20th: quantulum3 runs at a few tens of kB/s, so
5 MB would take minutes), or all with --quantulum-all. The two take turns, a
slice of the sample each, so that load from other processes on a shared
machine falls on both alike, and the ratio is of their times on the same
characters. Each one's one-off start-up is left out of the ratio and printed
apart: quantulum3 loads its classifier on its first call (about 2 s), which,
counted in its time on a 0.25 M sample, made it look a third slower than it is.

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

_SLICE = 20_000  # characters of the sample each tool reads in its turn
_WARM = "Gunmen killed 12 people near the town on Monday."


def _lines(size: int, generated: bool) -> tuple[list[str], str]:
    """JSON lines, each an object with a "text", whose texts add up to at least
    `size` characters: real incident notes, or generated articles.

    The notes are written out by corpora.py in a process of its own, so that the
    R data readers' memory does not count as extraction's."""
    root = os.environ.get("WORKBENCH_CORPORA")
    if generated or not root or not Path(root).is_dir():
        texts = corpus(size)
        return [json.dumps({"text": t}) for t in texts], (
            "generated articles (set WORKBENCH_CORPORA for real text)"
        )
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "notes.jsonl"
        script = Path(__file__).resolve().parent / "corpora.py"
        subprocess.run([sys.executable, str(script), "-o", str(out)], check=True)
        with out.open(encoding="utf-8") as notes:
            sizes = [len(json.loads(note)["text"]) for note in notes]
        order = list(range(len(sizes)))
        random.Random(0).shuffle(order)  # the notes in a fixed shuffled order
        taken, total = [], 0
        for index in order:
            if total >= size:
                break
            taken.append(index)
            total += sizes[index]
        wanted = set(taken)
        with out.open(encoding="utf-8") as notes:  # only the lines taken are kept
            kept = {i: note for i, note in enumerate(notes) if i in wanted}
    lines = [kept[index] for index in taken]
    return lines, f"real incident notes from {root}"


class Clock:
    """Seconds on the wall clock and on this process's CPU, read together: on a
    machine shared with other work, the CPU seconds are the extractor's own."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def lap(self) -> tuple[float, float]:
        """(wall, CPU) seconds since the last lap, or since the clock was made."""
        wall, cpu = time.perf_counter(), time.process_time()
        lap = (wall - self.wall, cpu - self.cpu)
        self.wall, self.cpu = wall, cpu
        return lap


def time_workbench(lines: list[str]) -> tuple[tuple[float, float], tuple[float, float], int]:
    """(start-up, time for the lines, claims), each time as (wall, CPU) seconds: the
    extractor imported (its patterns compiled, its gazetteer loaded), then each line
    decoded, its text made a document and its claims extracted."""
    clock = Clock()
    from workbench.extract import extract_claims  # the extractor's start-up
    from workbench.ingest import document_from_text

    startup = clock.lap()
    claims = 0
    for index, line in enumerate(lines):
        text = json.loads(line)["text"]
        claims += len(extract_claims(document_from_text(f"doc{index}.txt", text)))
    return startup, clock.lap(), claims


def compare_quantulum(texts: list[str]) -> tuple[float, float, float, int, float, float]:
    """(quantulum3's start-up, its seconds, the extractor's seconds, quantities
    quantulum3 found, quantulum3's CPU seconds, the extractor's CPU seconds) on the
    same `texts`: the two take turns, `_SLICE` characters each, the order swapped
    every turn, so that load from other processes falls on both alike. Each is warm
    first: quantulum3's first call loads its classifier."""
    from workbench.extract import extract_claims
    from workbench.ingest import document_from_text

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        start = time.perf_counter()
        parser.parse(_WARM)
        startup = time.perf_counter() - start
        extract_claims(document_from_text("warm.txt", _WARM))

        def theirs(part: list[str]) -> int:
            return sum(len(parser.parse(text)) for text in part)

        def ours(part: list[str]) -> int:
            return sum(
                len(extract_claims(document_from_text(f"doc{i}.txt", t)))
                for i, t in enumerate(part)
            )

        times = {theirs: 0.0, ours: 0.0}
        cpu = {theirs: 0.0, ours: 0.0}
        found = 0
        for turn, part in enumerate(_slices(texts)):
            for tool in (theirs, ours) if turn % 2 == 0 else (ours, theirs):
                clock = Clock()
                count = tool(part)
                wall, used = clock.lap()
                times[tool] += wall
                cpu[tool] += used
                found += count if tool is theirs else 0
    return startup, times[theirs], times[ours], found, cpu[theirs], cpu[ours]


def _slices(texts: list[str]) -> list[list[str]]:
    """`texts` in runs of about `_SLICE` characters, in order."""
    runs: list[list[str]] = [[]]
    size = 0
    for text in texts:
        if size >= _SLICE:
            runs.append([])
            size = 0
        runs[-1].append(text)
        size += len(text)
    return runs


def _rate(chars: int, size: int, seconds: float) -> str:
    return f"{chars / seconds / 1e6:.2f} M chars/s ({size / seconds / 1e6:.2f} MB/s)"


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
    lines, source = _lines(int(args.mb * 1_000_000), args.generated)
    print(f"text: {source}")
    texts = [json.loads(line)["text"] for line in lines]
    chars = sum(map(len, texts))
    size = sum(len(t.encode("utf-8")) for t in texts)
    (startup, cpu_startup), (elapsed, cpu_elapsed), claims = time_workbench(lines)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {len(texts)} articles, {chars / 1e6:.2f} M characters, {size / 1e6:.2f} MB")
    whole = startup + elapsed
    print(
        f"workbench: whole process {whole:.2f} s, {_rate(chars, size, whole)}"
        f" (start-up {startup:.2f} s, then {_rate(chars, size, elapsed)}); {claims} claims "
        f"({claims / (chars / 1000):.2f} per kB), peak memory {peak_mb:.0f} MB (max RSS)"
    )
    step = 1 if args.quantulum_all else max(1, round(1 / args.quantulum_sample))
    sample = texts[::step]
    sample_chars = sum(map(len, sample))
    q_startup, q_elapsed, ours, q_found, q_cpu, ours_cpu = compare_quantulum(sample)
    print(
        f"same text, in turns: {len(sample)} of the articles, {sample_chars / 1e6:.2f} M chars; "
        f"quantulum3 {q_elapsed:.1f} s, {sample_chars / q_elapsed / 1e3:.1f} k chars/s, "
        f"{q_found} quantities (its start-up {q_startup:.1f} s left out); "
        f"workbench {ours:.2f} s, {sample_chars / ours / 1e6:.2f} M chars/s"
    )
    print(
        f"ratio: workbench is {q_elapsed / ours:.1f}x quantulum3 on the same text "
        f"(targets: >= 1 M chars/s, >= 20x, peak memory < 300 MB)"
    )
    cpu_whole = cpu_startup + cpu_elapsed
    print(
        f"on CPU time (other processes' load left out): whole process {cpu_whole:.2f} s, "
        f"{_rate(chars, size, cpu_whole)} (start-up {cpu_startup:.2f} s, then "
        f"{_rate(chars, size, cpu_elapsed)}); {q_cpu / ours_cpu:.1f}x quantulum3"
    )


if __name__ == "__main__":
    main()
