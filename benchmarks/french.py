"""Extraction scored on the French development set (issue 18), per half.

Usage: python benchmarks/french.py [--set NAME] [--half study|test] [--part a|b]
       [--by-batch] [--verbose] [--scorer PATH] [--speed]

Reads $WORKBENCH_CORPORA/french/ (docs/corpora.md, "French reporting"), or with
--set french-extra the held-out set $WORKBENCH_CORPORA/french-extra/ (its README says
how it was built). Both are split once by the same fixed hash of each text's file
name (half_of): a study half that is read, a test half that is only scored. Until
session fr39 french-extra was scored whole as study; its sources.jsonl as written
then says `study` for every text, which is accepted (SPLIT_LATER), the half being
the hash's all the same:
`texts/NAME.txt`, `sources.jsonl` (one text a line: file, url, outlet, date,
title, country, half), `claims.jsonl` and `non_claims.jsonl` in the gold format
of ../shared/gold/README.md. Each text is read and extracted as
`workbench extract --json` does (read_source, then the pipeline), and the claims
are scored against the hand annotations with the rules of
../shared/tools/score_claims.py (its span overlap, its value test, its fuzzy test
of voice and place), imported from that file, and printed per half:

- found: required claims that a claim overlaps with the right category and value
  (target 90%);
- voice: of those found whose gold names a voice, the claim's attribution right
  (target 80%); place: the same for the location (target 80%);
- extra per ten: claims overlapping no gold claim, per ten claims given
  (target at most 1);
- non-claims: gold non-claims (years, ages, dates, group names) that a claim
  overlaps.

With --by-batch, each half's line is followed by one line a batch (sources.jsonl's
`batch`: a held-out set's texts found and annotated after given rules), totals only.
With --verbose, the study half's misses, wrong voices and places, extra claims and
non-claims reported follow (the test half is scored, never read). With --speed,
each half's extraction speed follows its line: MB of UTF-8 text per second of CPU
time, the best of five passes over its texts read once (target at least 1 MB/s).
Exit status 0; 1 with one line if the set or the scorer is missing.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from workbench.extract import iter_claims
from workbench.ingest import read_source
from workbench.match.lists import list_parts

HALVES = ("study", "test")
TARGETS = {"found": 0.90, "voice": 0.80, "place": 0.80, "extra_per_ten": 1.0}
SPEED_PASSES = 5
# set name -> the half every text is in (None: the half of its name's hash, half_of)
SETS: dict[str, str | None] = {
    "french": None,
    "french-extra": None,
    "french-c": None,
    "french-d": None,
    "french-e": None,
    "french-f": None,
    "french-g": None,
    "french-h": None,
    "french-i": None,
    "french-j": None,
    "french-k": None,
    "french-l": None,
    "french-m": None,
    "french-n": None,
    "french-o": None,
    "french-p": None,
    "french-q": None,
    "french-r": None,
    "french-s": None,
    "french-t": None,
    "french-u": None,
    "french-v": None,
    "french-w": None,
    "french-x": None,
}
# sets once scored whole as study: a sources.jsonl written then may say `study` of
# a text the hash puts in the test half (the hash decides)
SPLIT_LATER = frozenset({"french-extra"})
_SCORER = Path(__file__).resolve().parent.parent.parent / "shared" / "tools" / "score_claims.py"

Row = dict[str, Any]


def half_of(file_name: str) -> str:
    """A text's half: `study` where the SHA-256 of its file name ("x.txt") starts
    with an even byte, else `test` (the corpora's rule, docs/corpora.md)."""
    return "study" if hashlib.sha256(file_name.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def part_of(file_name: str) -> str:
    """A study text's part, `a` or `b`, by the SHA-256 of "part:" and its name (even
    first byte `a`): a split of the study half of its own, to check that a rule
    tuned on one part moves the other the same way (the test half stays unread)."""
    digest = hashlib.sha256(f"part:{file_name}".encode()).digest()
    return "a" if digest[0] % 2 == 0 else "b"


def scorer_present(path: Path = _SCORER) -> bool:
    """Whether the shared scorer (score_claims.py) stands beside the checkout."""
    return path.is_file()


def load_scorer(path: Path = _SCORER) -> ModuleType:
    """The shared scorer (score_claims.py) as a module; SystemExit with one line if absent."""
    if not path.is_file():
        sys.exit(f"french: no scorer at {path} (../shared/tools/score_claims.py)")
    spec = importlib.util.spec_from_file_location("score_claims", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _jsonl(path: Path) -> list[Row]:
    """The JSON objects of a JSON-lines file; SystemExit with one line if it is absent or bad."""
    try:
        with open(path, encoding="utf-8") as lines:
            return [json.loads(line) for line in lines if line.strip()]
    except (OSError, ValueError) as error:
        sys.exit(f"french: {path}: {error}")


@dataclass
class FrenchSet:
    """The development set: texts by file name, with their half; gold claims and non-claims."""

    folder: Path
    halves: dict[str, str]  # file name -> study | test
    claims: list[Row]
    non_claims: list[Row]
    batches: dict[str, Any] = field(default_factory=dict)  # file name -> its batch, if told

    def files(self, half: str) -> list[str]:
        """The file names of one half, sorted."""
        return sorted(name for name, h in self.halves.items() if h == half)


def load_set(folder: Path, fixed_half: str | None = None) -> FrenchSet:
    """The set under `folder` (texts/, sources.jsonl, claims.jsonl, non_claims.jsonl).
    A text's half is recomputed from its name (or is `fixed_half` for a one-half set);
    a sources.jsonl that says otherwise is an error (but for a set of SPLIT_LATER,
    whose sources.jsonl may still say `study` of every text), as is a gold row naming
    a text that is absent."""
    sources = _jsonl(folder / "sources.jsonl")
    halves = {row["file"]: fixed_half or half_of(row["file"]) for row in sources}
    written_whole = folder.name in SPLIT_LATER
    for row in sources:
        told = row.get("half")
        if told != halves[row["file"]] and not (written_whole and told == "study"):
            sys.exit(f"french: sources.jsonl: {row['file']} says half {row.get('half')!r}")
        if not (folder / "texts" / row["file"]).is_file():
            sys.exit(f"french: {folder / 'texts' / row['file']}: no such text")
    claims = _jsonl(folder / "claims.jsonl")
    non_claims = _jsonl(folder / "non_claims.jsonl")
    for row in claims + non_claims:
        if row["source"] not in halves:
            sys.exit(f"french: gold row names {row['source']}, which sources.jsonl does not list")
    batches = {row["file"]: row.get("batch") for row in sources}
    return FrenchSet(folder, halves, claims, non_claims, batches)


def predict(paths: Iterable[Path]) -> list[Row]:
    """The claims of each file as `workbench extract --json` prints them (its
    gazetteer `place` left out: the score reads the text's place words)."""
    rows: list[Row] = []
    for path in paths:
        for claim in iter_claims(read_source(path)):
            row = claim.model_dump(mode="json")
            row["source"] = path.name
            rows.append(row)
    return rows


@dataclass
class Score:
    """One half's score; the lists hold what --verbose prints."""

    texts: int = 0
    required: int = 0
    found: int = 0
    voice_ok: int = 0
    voice: int = 0
    place_ok: int = 0
    place: int = 0
    given: int = 0
    extra: int = 0
    extra_nones: int = 0  # of them, claims of 0 ("aucun civil n'a été tué")
    non_claims: int = 0
    non_claims_reported: int = 0
    by_list: int = 0  # gold totals missed whose parts a list gives (`list_total_met`)
    notes: list[str] = field(default_factory=list)

    def rate(self, part: int, whole: int) -> float:
        """part/whole, 0.0 for an empty whole."""
        return part / whole if whole else 0.0

    @property
    def extra_per_ten(self) -> float:
        """Claims overlapping no gold claim, per ten claims given."""
        return 10 * self.rate(self.extra, self.given)


def score(
    scorer: ModuleType, gold: list[Row], non_claims: list[Row], pred: list[Row], texts: int
) -> Score:
    """Score `pred` against the gold claims and non-claims of the same texts, with
    `scorer`'s overlaps, value_ok and fuzzy_contains (score_claims.py's rules)."""
    result = Score(texts=texts, given=len(pred), non_claims=len(non_claims))
    for g in (g for g in gold if g["required"]):
        result.required += 1
        cands = [p for p in pred if scorer.overlaps(g, p)]
        hit = next(
            (p for p in cands if p.get("category") == g["category"] and scorer.value_ok(g, p)), None
        )
        if hit is None and list_total_met(scorer, g, cands):
            result.by_list += 1
            result.notes.append(f"LIST TOTAL {g['id']}: {g['quote'][:70]!r} met by its parts' sum")
            continue
        if hit is None:
            got = [(p.get("category"), p.get("low"), p.get("high")) for p in cands]
            want = g["value"] if g["value"] is not None else (g["low"], g["high"])
            wanted = f"{g['category']} {g['qualifier']} {want}"
            result.notes.append(f"MISSED {g['id']}: {g['quote'][:70]!r} want {wanted}; got {got}")
            continue
        result.found += 1
        _check_voice_and_place(scorer, result, g, hit)
    for p in pred:
        if not any(scorer.overlaps(g, p) for g in gold):
            result.extra += 1
            result.extra_nones += p.get("value") == 0  # a toll of none the gold predates
            where = f"{p['source']}:{p['start']}-{p['end']}"
            result.notes.append(f"EXTRA {where} {p.get('text', '')[:60]!r} {p.get('category')}")
    for n in non_claims:
        if any(scorer.overlaps(n, p) for p in pred):
            result.non_claims_reported += 1
            result.notes.append(f"NON-CLAIM REPORTED {n['source']}: {n['quote']!r} ({n['why']})")
    return result


@dataclass(frozen=True)
class _Told:
    """A predicted row as `match.lists.list_parts` reads a claim."""

    document_id: int
    sentence: str
    text: str
    category: str


def list_total_met(scorer: ModuleType, g: Row, cands: list[Row]) -> bool:
    """Whether gold total `g` ("Les 16 Américains et un Canadien ont été enlevés": 17)
    is the sum of the parts of a list the claims overlapping it give (16 and 1), as
    matching reads lists (`match.lists`); such a miss is counted apart, not found."""
    told = [_Told(0, p.get("sentence") or "", p.get("text") or "", p.get("category") or "")
            for p in cands]  # fmt: skip
    for group in list_parts(told):
        rows = [cands[i] for i in group]
        if any(r.get("category") != g["category"] or r.get("low") is None for r in rows):
            continue
        high = [r.get("high") for r in rows]
        top = None if None in high else sum(h for h in high if h is not None)
        total = {"low": sum(r["low"] for r in rows), "high": top}
        if scorer.value_ok(g, total):
            return True
    return False


def _check_voice_and_place(scorer: ModuleType, result: Score, g: Row, hit: Row) -> None:
    """Count a found claim's voice and place where its gold names them (fuzzy_contains)."""
    if g.get("attribution"):
        result.voice += 1
        if scorer.fuzzy_contains(g["attribution"], hit.get("attribution")):
            result.voice_ok += 1
        else:
            got = hit.get("attribution")
            result.notes.append(f"VOICE {g['id']}: want {g['attribution']!r} got {got!r}")
    if g.get("location"):
        result.place += 1
        if scorer.fuzzy_contains(g["location"], hit.get("location")):
            result.place_ok += 1
        else:
            result.notes.append(
                f"PLACE {g['id']}: want {g['location']!r} got {hit.get('location')!r}"
            )


def score_half(
    scorer: ModuleType, data: FrenchSet, half: str, part: str | None = None, batch: Any = None
) -> Score:
    """Extract and score the texts of one half (of one `part_of` it, of one batch of
    sources.jsonl's, if given)."""
    files = [name for name in data.files(half) if part is None or part_of(name) == part]
    files = [name for name in files if batch is None or data.batches.get(name) == batch]
    pred = predict(data.folder / "texts" / name for name in files)
    names = set(files)
    return score(
        scorer,
        [g for g in data.claims if g["source"] in names],
        [n for n in data.non_claims if n["source"] in names],
        pred,
        len(files),
    )


def speed(paths: Iterable[Path], passes: int = SPEED_PASSES) -> tuple[int, float]:
    """(UTF-8 bytes of the texts at `paths`, the best CPU seconds of `passes` passes
    extracting them all): each text read once, before the clock starts."""
    docs = [read_source(path) for path in paths]
    size = sum(len(doc.text.encode("utf-8")) for doc in docs)
    best = float("inf")
    for _ in range(passes):
        began = time.process_time()
        for doc in docs:
            for _claim in iter_claims(doc):
                pass
        best = min(best, time.process_time() - began)
    return size, best


def report(half: str, s: Score) -> str:
    """One half's line: texts, found, voice, place, extra per ten, non-claims."""
    return (
        f"{half:<6} texts {s.texts:>3}"
        f"  found {s.found}/{s.required} {s.rate(s.found, s.required):6.1%}"
        + (f" (+{s.by_list} a list's total)" if s.by_list else "")
        + f"  voice {s.voice_ok}/{s.voice} {s.rate(s.voice_ok, s.voice):6.1%}"
        f"  place {s.place_ok}/{s.place} {s.rate(s.place_ok, s.place):6.1%}"
        f"  extra {s.extra}/{s.given} given = {s.extra_per_ten:.1f} per ten"
        + (
            f" ({s.extra_nones} tolls of none, which the gold predates: "
            f"{10 * s.rate(s.extra - s.extra_nones, s.given - s.extra_nones):.1f} without)"
            if s.extra_nones
            else ""
        )
        + f"  non-claims reported {s.non_claims_reported}/{s.non_claims}"
    )


def main(argv: list[str] | None = None) -> int:
    """Score the halves asked for and print them; the study half's notes with --verbose."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=tuple(SETS), default="french", help="default: french")
    parser.add_argument("--half", choices=HALVES, action="append", help="default: both")
    parser.add_argument("--verbose", action="store_true", help="the study half's misses")
    parser.add_argument("--scorer", type=Path, default=_SCORER, help="score_claims.py")
    parser.add_argument("--speed", action="store_true", help="each half's extraction speed")
    parser.add_argument(
        "--part", choices=("a", "b"), help="only this part of the study half (part_of)"
    )
    parser.add_argument("--by-batch", action="store_true", help="each batch's totals too")
    args = parser.parse_args(argv)
    root = os.environ.get("WORKBENCH_CORPORA")
    folder = Path(root or ".") / args.set
    if not root or not (folder / "sources.jsonl").is_file():
        sys.exit(f"french: WORKBENCH_CORPORA must name the folder holding {args.set}/ "
                 "(docs/corpora.md)")  # fmt: skip
    scorer = load_scorer(args.scorer)
    data = load_set(folder, SETS[args.set])
    print(
        f"targets: found >= {TARGETS['found']:.0%}, voice >= {TARGETS['voice']:.0%}, "
        f"place >= {TARGETS['place']:.0%}, extra <= {TARGETS['extra_per_ten']:.0f} per ten"
    )
    if args.part is not None and args.half != ["study"]:
        sys.exit("french: --part splits the study half only: give --half study")
    halves = args.half or [h for h in HALVES if data.files(h)]
    for half in halves:
        result = score_half(scorer, data, half, args.part)
        print(report(half, result))
        if args.speed:
            size, seconds = speed(data.folder / "texts" / name for name in data.files(half))
            rate = size / 1e6 / seconds if seconds else float("inf")
            print(f"{half:<6} speed {rate:.2f} MB/s ({size / 1e3:.0f} kB, CPU, best of "
                  f"{SPEED_PASSES} passes; target >= 1 MB/s)")  # fmt: skip
        if args.by_batch:
            told = {data.batches[n] for n in data.files(half) if data.batches.get(n) is not None}
            for batch in sorted(told, key=str):
                print(report(f"  b{batch}", score_half(scorer, data, half, args.part, batch)))
        if args.verbose and half == "study":
            print("\n".join(f"  {note}" for note in result.notes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
