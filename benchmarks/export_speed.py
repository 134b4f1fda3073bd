"""Export time and peak memory for each format on a database of 100,000 claims.

Usage: python benchmarks/export_speed.py [--claims 100000] [--reviewed 5000]

Builds the database (copies of generated articles, matched), sets verdicts with
notes on --reviewed claims (some changed twice, so that reports carry history),
regroups the events after a link decision (timed), then exports each format to a file in a
process of its own, which reports its time and its peak memory (max RSS, its own plus
that of the second process that writes half of a large md, html or json export).
Targets: under 10 s and under 500 MB each.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from database import database_of

from workbench.export import EXTENSIONS, FORMATS
from workbench.service import Workbench
from workbench.store import ClaimFilter

STATUSES = ("confirmed", "disputed", "false", "unverifiable")


def review(db: str, count: int) -> None:
    """Verdicts with notes on `count` claims, contested ones first, a tenth changed twice."""
    bench = Workbench(db, analyst="bench")
    rng = random.Random(5)
    ids = bench.store.claim_ids(ClaimFilter(contested=True))[: count // 2]
    everyone = bench.store.claim_ids(ClaimFilter())
    ids += rng.sample(sorted(set(everyone) - set(ids)), count - len(ids))
    for index, claim_id in enumerate(ids):
        if index % 10 == 0:
            bench.set_verdict(claim_id, "disputed", "first look: <b>one source</b> | unsure")
        bench.set_verdict(claim_id, rng.choice(STATUSES), f"checked against report {index}")
    bench.close()


def time_events(db: str) -> None:
    """The events regrouped and summed after a write that changes links (the service
    does it after each such write; one analyst's link decision here), then listed:
    the exports read the summaries kept."""
    bench = Workbench(db, analyst="bench")
    first, second = (c.id for c in bench.claims(ClaimFilter(limit=2)))
    start = time.perf_counter()
    bench.set_link(first, second, "related", note="benchmark: a decision that regroups")
    grouped = time.perf_counter() - start
    start = time.perf_counter()
    events = bench.events()
    listed = time.perf_counter() - start
    bench.close()
    print(
        f"events: {len(events)} regrouped and summed after a link decision in {grouped:.1f} s,"
        f" listed in {listed:.1f} s"
    )


def peak_memory_mb() -> float:
    """This process's peak resident memory. VmHWM, as ru_maxrss would carry over the
    parent's peak from before exec on Linux."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def export_one(db: str, fmt: str, out: str) -> None:
    """The child's part: one export, then its own time and peak memory as JSON."""
    start = time.perf_counter()
    summary = Workbench(db, analyst="bench").export_to(fmt, out)
    seconds = time.perf_counter() - start
    # with the second process, if the export used one (counted as if both peaked at once)
    peak_mb = peak_memory_mb() + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "claims": summary.exported_claims}))


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--reviewed", type=int, default=5_000)
    ap.add_argument("--one", nargs=3, metavar=("DB", "FORMAT", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        export_one(*args.one)
        return
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        db = database_of(args.claims, tmp)
        review(db, args.reviewed)
        print(
            f"database: {args.claims} claims, {args.reviewed} reviewed, built in "
            f"{time.perf_counter() - start:.0f} s"
        )
        time_events(db)
        for fmt in FORMATS:
            out = str(Path(tmp) / f"report.{EXTENSIONS[fmt]}")
            child = subprocess.run(
                [sys.executable, __file__, "--one", db, fmt, out],
                capture_output=True,
                text=True,
                check=True,
            )
            figures = json.loads(child.stdout)
            size = Path(out).stat().st_size / 1e6
            print(
                f"{fmt:>12}: {figures['seconds']:5.1f} s, peak {figures['peak_mb']:4.0f} MB, "
                f"{size:6.1f} MB written, {figures['claims']} claims "
                f"(targets: < 10 s, < 500 MB)"
            )


if __name__ == "__main__":
    main()
