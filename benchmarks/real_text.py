"""Extraction scored on real labelled incident texts, per corpus and half.

Usage: python benchmarks/real_text.py [--corpus NAME ...] [--half study|test]
       [--part a|b] [--misses misses.jsonl] [--limit N]

Reads the corpora under WORKBENCH_CORPORA (benchmarks/corpora.py, docs/corpora.md),
extracts each text as a document of its own and prints, per corpus and half:
- texts, and how many the score leaves out as unreadable (see `unreadable`);
- exact killed: the texts with coded deaths whose `killed` claims sum to the
  coded figure (an interval counts its low end, an "about" figure its stated
  value), and within +-10% of it; and exact killed again without the texts whose
  coder states the figure coded ("Unknown fatalities coded as 10", ACLED's notes
  since about 2019), so that reading the coder's bookkeeping is not mistaken for
  reading the language;
- clean: the texts coded with no deaths that give no `killed` claim;
- exact wounded, where the corpus codes injuries;
- characters per second of extraction alone, on one core.

Targets on the test halves: exact killed >= 85% on ACLED, >= 80% on RAND and
the Wikipedia lists; clean >= 98%; exact wounded >= 75%.

The misses of the study half (only: the test half is scored, never read) go to
--misses as JSON lines, each with a cause, for study.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import Row, corpora_root, rows
from incident_toll import coder_stated, plain_sum, toll
from unreadable import INJURY, shared_notes, unreadable

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Category, Claim


def part_of(row_id: str) -> str:
    """A study row's part, `a` or `b`, by the SHA-256 of "part:" and its id (even first
    byte `a`): a split of the study half of its own, so that rules read from part a's
    misses are checked on part b, whose texts stay unread (the test half is only
    scored once, at the end)."""
    digest = hashlib.sha256(f"part:{row_id}".encode()).digest()
    return "a" if digest[0] % 2 == 0 else "b"


@dataclass
class Score:
    """Counts for one corpus and half."""

    texts: int = 0
    chars: int = 0
    seconds: float = 0.0
    unreadable: Counter[str] = field(default_factory=Counter)
    deaths: int = 0
    exact: int = 0
    exact_sum: int = 0
    stated: int = 0  # texts whose coder states the figure coded ("Fatalities coded as 3")
    exact_unstated: int = 0
    near: int = 0
    no_deaths: int = 0
    clean: int = 0
    wounded: int = 0
    wounded_exact: int = 0
    wounded_unreadable: int = 0
    causes: Counter[str] = field(default_factory=Counter)  # misses by cause: counts only

    def line(self) -> str:
        def pct(a: int, b: int) -> str:
            return f"{100 * a / b:5.1f}%" if b else "    - "

        left_out = ", ".join(f"{k} {v}" for k, v in sorted(self.unreadable.items())) or "0"
        speed = self.chars / self.seconds / 1e6 if self.seconds else 0.0
        return (
            f"{self.texts:6d} texts ({left_out} unreadable) | killed exact "
            f"{pct(self.exact, self.deaths)} +-10% {pct(self.near, self.deaths)} "
            f"(plain sum {pct(self.exact_sum, self.deaths)}) "
            f"of {self.deaths:5d} (without the {self.stated} whose coder states it: "
            f"{pct(self.exact_unstated, self.deaths - self.stated)})"
            f" | clean {pct(self.clean, self.no_deaths)} of {self.no_deaths:5d}"
            f" | wounded exact {pct(self.wounded_exact, self.wounded)} of {self.wounded:5d}"
            f" ({self.wounded_unreadable} tell no injury)"
            f" | {speed:.2f} M chars/s"
            f" | misses by cause: {', '.join(f'{k} {v}' for k, v in sorted(self.causes.items()))}"
        )


def _cause(row: Row, claims: list[Claim], found: int) -> str:
    killed = [c for c in claims if c.category is Category.KILLED]
    if not row.killed:
        return "spurious death"
    if not killed:
        return "no killed claim" if claims else "no claim at all"
    if found > row.killed:
        values = [c.low for c in killed]
        return "over: a figure repeated" if len(values) != len(set(values)) else "over"
    return "under"


def score(
    row: Row,
    score: Score,
    misses: list[dict[str, object]] | None,
    shared: set[tuple[str, str]] = frozenset(),
) -> None:
    """Extract one text and add it to its corpus's score; `shared` as `unreadable`."""
    score.texts += 1
    reason = unreadable(row, shared)
    start = time.perf_counter()
    claims = extract_claims(document_from_text(row.id, row.text))
    score.seconds += time.perf_counter() - start
    score.chars += len(row.text)
    if reason:
        score.unreadable[reason] += 1
        return
    found = toll(claims, Category.KILLED, row.text)
    miss = False
    if row.killed:
        score.deaths += 1
        score.exact += found == row.killed
        stated = coder_stated(claims, Category.KILLED) is not None
        score.stated += stated
        score.exact_unstated += found == row.killed and not stated
        score.exact_sum += plain_sum(claims, Category.KILLED) == row.killed
        score.near += abs(found - row.killed) <= 0.1 * row.killed
        miss = found != row.killed
    elif row.killed == 0:
        score.no_deaths += 1
        score.clean += found == 0
        miss = found != 0
    if miss:
        score.causes[_cause(row, claims, found)] += 1
    if row.wounded and not INJURY.search(row.text):
        score.wounded_unreadable += 1  # the text tells no injury at all
    elif row.wounded:
        hurt = toll(claims, Category.WOUNDED)
        score.wounded += 1
        score.wounded_exact += hurt == row.wounded
    if miss and misses is not None:
        misses.append(
            {
                "id": row.id,
                "cause": _cause(row, claims, found),
                "coded": row.killed,
                "found": found,
                "text": row.text,
                "claims": [f"{c.category.value} {c.text!r} low={c.low}" for c in claims],
            }
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--corpus", action="append", help="only these corpora")
    ap.add_argument("--half", choices=["study", "test"], help="only this half")
    ap.add_argument("--part", choices=["a", "b"], help="only this part of the study half")
    ap.add_argument("--limit", type=int, default=0, help="at most N texts a corpus and half")
    ap.add_argument("--misses", default="", help="write the study half's misses here")
    args = ap.parse_args()
    if args.part and args.half != "study":
        sys.exit("real_text: --part splits the study half only: give --half study")
    scores: dict[tuple[str, str], Score] = defaultdict(Score)
    misses: list[dict[str, object]] = []
    all_rows = list(rows(corpora_root(), args.corpus))
    shared = shared_notes(all_rows)  # texts and figures only, both halves: no reading
    for row in all_rows:
        if args.half and row.half != args.half:
            continue
        if args.part and part_of(row.id) != args.part:
            continue
        current = scores[(row.corpus, row.half)]
        if args.limit and current.texts >= args.limit:
            continue
        score(row, current, misses if row.half == "study" and args.misses else None, shared)
    for (corpus, half), current in sorted(scores.items()):
        label = f"{half}-{args.part}" if args.part else half
        print(f"{corpus:20s} {label:7s} {current.line()}")
    if args.misses:
        with open(args.misses, "w", encoding="utf-8") as out:
            for miss in sorted(misses, key=lambda m: (str(m["cause"]), str(m["id"]))):
                out.write(json.dumps(miss, ensure_ascii=False) + "\n")
        causes = Counter((str(m["id"]).split(":")[0], m["cause"]) for m in misses)
        for (corpus, cause), count in sorted(causes.items()):
            print(f"  study misses {corpus:20s} {cause}: {count}")


if __name__ == "__main__":
    main()
