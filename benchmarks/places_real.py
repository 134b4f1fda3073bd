"""How claims' places resolve in the gazetteer on real incident notes, and how often
a resolved place lies outside the country the note is coded for.

Usage: python benchmarks/places_real.py [--per-half 3000]

Reads the notes of the real-text corpora (WORKBENCH_CORPORA, docs/corpora.md;
`all.jsonl` as benchmarks/corpora.py writes it), a fixed sample of each half,
extracts their claims and places them as an ingest does. Prints per half: claims
with a place phrase, the share the gazetteer resolves, and of those the share
whose country is not the note's coded country (a wrong place: a namesake abroad,
or a phrase that was never a place), beside the same share for the extractor's own
country, which the gazetteer does not change. The place phrases are the
extractor's: the gazetteer finds no place of its own, so it adds no spurious one.

The figures are given for the shipped gazetteer, then, where
`$WORKBENCH_CORPORA/geonames/` holds GeoNames country dumps, for the shipped one
with those added, as an analyst adds their countries' (benchmarks/geonames_dumps.py:
both made for the run, never the user's).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections import Counter
from pathlib import Path

from geonames_dumps import gazetteers

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.service.places import gazetteer, placed


def _notes(root: Path, per_half: int) -> dict[str, list[dict[str, object]]]:
    halves: dict[str, list[dict[str, object]]] = {"study": [], "test": []}
    with (root / "all.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row.get("country") and row["half"] in halves:
                halves[row["half"]].append(row)
    rng = random.Random(16)
    return {half: rng.sample(rows, min(per_half, len(rows))) for half, rows in halves.items()}


def _score(rows: list[dict[str, object]]) -> Counter[str]:
    lookup = gazetteer()
    counts: Counter[str] = Counter()
    for index, row in enumerate(rows):
        coded = lookup.country_code(str(row["country"]))
        document = document_from_text(f"note{index}.txt", str(row["text"]))
        for claim in placed(extract_claims(document)):
            if not claim.location:
                continue
            counts["phrases"] += 1
            said = lookup.country_code(claim.country) if claim.country else None
            counts["extractor country known"] += said is not None and coded is not None
            counts["extractor country other"] += bool(said and coded and said != coded)
            if claim.place is None:
                continue
            counts["resolved"] += 1
            counts["resolved, coded country known"] += coded is not None
            counts["resolved elsewhere"] += bool(coded and claim.place.country_code != coded)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--per-half", type=int, default=3000)
    args = parser.parse_args()
    root = os.environ.get("WORKBENCH_CORPORA")
    if not root or not (Path(root) / "all.jsonl").is_file():
        print("set WORKBENCH_CORPORA to the corpora folder (docs/corpora.md) holding all.jsonl")
        sys.exit(0)
    notes = _notes(Path(root), args.per_half)
    for name in gazetteers(Path(root)):
        print(f"gazetteer: {name}")
        for half, rows in notes.items():
            c = _score(rows)
            phrases = c["phrases"] or 1
            print(
                f"{half}: {len(rows)} notes, {c['phrases']} claims with a place phrase; "
                f"resolved {c['resolved'] / phrases:.1%}; resolved outside the coded country "
                f"{c['resolved elsewhere'] / max(1, c['resolved, coded country known']):.1%} "
                f"(the extractor's own country outside it: "
                f"{c['extractor country other'] / max(1, c['extractor country known']):.1%})"
            )


if __name__ == "__main__":
    main()
