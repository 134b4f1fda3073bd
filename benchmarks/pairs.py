"""Matching scored on real cross-source pairs: the relation found against an analyst's.

Usage: python benchmarks/pairs.py [--half study|test] [--verbose] [--limit N]
                                  [--set pairs-news|pairs-news-b|pairs-news-c|pairs-news-d
                                  |pairs-news-e|pairs-news-f|pairs-news-g|pairs-news-h|pairs-news-i
                                  |pairs-news-j|pairs-news-k|pairs-news-l|pairs-news-m|pairs-news-n
                                  |pairs-news-o|pairs-news-p|pairs-news-q|pairs-news-r
                                  |pairs-news-s|pairs-news-t|pairs-news-u
                                  |pairs-extra|pairs-extra2|pairs-auto]

Reads the development set of issue 16, `$WORKBENCH_CORPORA/pairs/pairs.jsonl`
(benchmarks/make_pairs.py builds it; docs/corpora.md, "Cross-source pairs", says
how to get it): pairs of real reports by different writers, of one incident (the
same attack in a Wikipedia list and in the RAND database, an ACLED note, the
headlines of several outlets for one UCDP event, news articles) and near misses
(the same day and region, or the same place, but different incidents), each
labelled by hand with the relation an analyst gives for one category (killed,
wounded ...): corroborates, contradicts, related, or unrelated (different
incidents).

Each pair goes through the product as a user's files would: a fresh database, the
two texts loaded as two documents with their outlet, title and publication date
(`Workbench.ingest`, which matches them), then the links between a claim of the
first document and a claim of the second, both of the pair's category. The
relation found is the link's: of the corroborates and contradicts links the one
with the highest score (a restatement counts as corroborates), else related,
else unrelated when there is none.

Prints, per half: pairs, the right relation %, a confusion table (rows: the
analyst's relation, columns: the one found), and the links between different
incidents: the unrelated pairs given any link, over the unrelated pairs. The
misses are counted by the kinds the labels give (place granularity, spelling,
victim words, scope, revision, relay, bounds, dates, near miss ...). With
--verbose, the study half's misses with their claims and links (the test half is
scored, never printed).

Targets (issue 16), on each half: right relation at least 85%; links between
different incidents at most 5%.

Places resolve in a gazetteer made for the run, never the user's own
(benchmarks/geonames_dumps.py): first the shipped one alone; then, where
`$WORKBENCH_CORPORA/geonames/` holds GeoNames country dumps (`KE.txt`, `NG.zip`
...), the shipped one with those added as an analyst adds their countries'
(`workbench gazetteer add`), and both halves are scored again.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geonames_dumps import gazetteers

from workbench.service import Metadata, Workbench

ENV = "WORKBENCH_CORPORA"
RELATIONS = ("corroborates", "contradicts", "related", "unrelated")
TARGET_RIGHT = 85.0
TARGET_LINKED = 5.0
HOW_TO_GET = f"""no development set at {{path}}.
It is kept out of the repository, with the corpora: see docs/corpora.md,
"Cross-source pairs". To rebuild it, put the corpora under ${ENV} (and, for a
set of news pages, its labels.jsonl, web.jsonl and web/), then run
    python benchmarks/make_pairs.py --set SET
which reads the set's labels from ${ENV}/SET/labels.jsonl, or where that is
absent from the text-free copy committed as benchmarks/annotations/SET/labels.jsonl."""


@dataclass
class Found:
    """What matching made of one pair."""

    relation: str
    links: list[tuple[str, float, str, str, str]] = field(default_factory=list)
    claims: dict[str, list[str]] = field(default_factory=dict)
    seconds: float = 0.0


def _name(value: Any) -> str:
    """An enum's value, or the string itself."""
    return str(getattr(value, "value", value))


def _claim_line(claim: Any) -> str:
    interval = f"{claim.low}..{claim.high}" if claim.low != claim.high else f"{claim.low}"
    return (
        f"{claim.id}: {claim.text!r} = {interval} {_name(claim.category)} "
        f"subject={claim.subject!r} place={claim.location!r} date={claim.date!r} "
        f"voice={claim.voice!r} scope={_name(claim.scope)}"
    )


def run(pair: dict[str, Any], keep_detail: bool) -> Found:
    """Load the pair's two texts into a fresh database and read the links between them."""
    started = time.perf_counter()
    category = pair["category"]
    with tempfile.TemporaryDirectory(prefix="workbench-pairs-") as folder:
        workbench = Workbench(str(Path(folder, "claims.db")), analyst="pairs-benchmark")
        try:
            documents = {}
            for side in ("a", "b"):
                doc = pair[side]
                path = Path(folder, f"{side}.txt")
                path.write_text(doc["text"] + "\n", encoding="utf-8")
                metadata = Metadata(
                    outlet=doc["outlet"], title=doc["title"], published=doc["published"]
                )
                report = workbench.ingest([str(path)], metadata, jobs=1)
                if report.errors or len(report.document_ids) != 1:
                    raise SystemExit(f"{pair['id']}: {side} not loaded: {report.errors}")
                documents[side] = report.document_ids[0]
            between = []
            for link in workbench.links():
                ends = {link.a.document_id, link.b.document_id}
                same_category = _name(link.a.category) == category == _name(link.b.category)
                if ends == {documents["a"], documents["b"]} and same_category:
                    between.append(link)
            strong = [
                link
                for link in between
                if link.relation in ("corroborates", "contradicts", "restates")
            ]
            if strong:
                best = max(strong, key=lambda link: link.score or 0.0)
                relation = "contradicts" if best.relation == "contradicts" else "corroborates"
            elif any(link.relation == "related" for link in between):
                relation = "related"
            else:
                relation = "unrelated"
            found = Found(relation)
            if keep_detail:
                found.links = [
                    (link.relation, link.score or 0.0, link.reason or "", link.a.text, link.b.text)
                    for link in between
                ]
                for side in ("a", "b"):
                    found.claims[side] = [
                        _claim_line(c)
                        for c in workbench.claims()
                        if c.document_id == documents[side] and _name(c.category) == category
                    ]
        finally:
            workbench.close()
    found.seconds = time.perf_counter() - started
    return found


@dataclass
class Score:
    """One half's figures."""

    pairs: int = 0
    right: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    unrelated: int = 0
    linked_unrelated: int = 0
    misses_by_kind: Counter[str] = field(default_factory=Counter)
    pairs_by_kind: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, pair: dict[str, Any], found: Found) -> None:
        self.pairs += 1
        self.seconds += found.seconds
        truth = pair["relation"]
        self.confusion[(truth, found.relation)] += 1
        kinds = pair.get("kinds") or ["(none)"]
        self.pairs_by_kind.update(kinds)
        if found.relation == truth:
            self.right += 1
        else:
            self.misses_by_kind.update(kinds)
        if truth == "unrelated":
            self.unrelated += 1
            self.linked_unrelated += found.relation != "unrelated"

    def report(self, name: str) -> None:
        right = 100.0 * self.right / self.pairs if self.pairs else 0.0
        linked = 100.0 * self.linked_unrelated / self.unrelated if self.unrelated else 0.0
        ok_right = "ok" if right >= TARGET_RIGHT else "MISSED"
        ok_linked = "ok" if linked <= TARGET_LINKED else "MISSED"
        print(
            f"== {name} half: {self.pairs} pairs, {self.seconds / max(self.pairs, 1):.2f} s a pair"
        )
        print(
            f"right relation: {self.right}/{self.pairs} = {right:.1f}% "
            f"(target >= {TARGET_RIGHT:.0f}%: {ok_right})"
        )
        print(
            f"links between different incidents: {self.linked_unrelated}/{self.unrelated} = "
            f"{linked:.1f}% (target <= {TARGET_LINKED:.0f}%: {ok_linked})"
        )
        width = max(len(r) for r in RELATIONS)
        header = "analyst \\ found"
        print(f"  {header:>{width + 2}s} " + " ".join(f"{r:>12s}" for r in RELATIONS))
        for truth in RELATIONS:
            cells = " ".join(f"{self.confusion[(truth, found)]:12d}" for found in RELATIONS)
            total = sum(self.confusion[(truth, found)] for found in RELATIONS)
            print(f"  {truth:>{width + 2}s} {cells}   ({total})")
        kinds = ", ".join(
            f"{kind} {self.misses_by_kind[kind]}/{count}"
            for kind, count in sorted(self.pairs_by_kind.items(), key=lambda kv: (-kv[1], kv[0]))
        )
        print(f"  misses by kind (missed/pairs): {kinds}")


def _explain(pair: dict[str, Any], found: Found) -> None:
    print(f"\n--- {pair['id']} ({pair['country']}, {pair['category']})")
    print(f"    analyst: {pair['relation']}; found: {found.relation}; kinds: {pair.get('kinds')}")
    print(f"    note: {pair['note']}")
    for side in ("a", "b"):
        doc = pair[side]
        text = " ".join(doc["text"].split())
        print(f"    {side}: [{doc['outlet']}, {doc['published']}] {text[:600]}")
        for line in found.claims.get(side, []) or ["(no claim of the category)"]:
            print(f"       claim {line}")
    for relation, score, reason, a_text, b_text in found.links:
        print(f"    link {relation} {score:.2f}: {a_text!r} ~ {b_text!r}: {reason}")


def score_pairs(
    pairs: list[dict[str, Any]], args: argparse.Namespace
) -> tuple[dict[str, Score], list[tuple[dict[str, Any], Found]]]:
    """Each half's score, and the study half's misses where --verbose asks for them."""
    scores: dict[str, Score] = defaultdict(Score)
    misses: list[tuple[dict[str, Any], Found]] = []
    for pair in pairs:
        if args.half and pair["half"] != args.half:
            continue
        score = scores[pair["half"]]
        if args.limit and score.pairs >= args.limit:
            continue
        detail = args.verbose and pair["half"] == "study"
        found = run(pair, detail)
        score.add(pair, found)
        if detail and found.relation != pair["relation"]:
            misses.append((pair, found))
    return scores, misses


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--half", choices=["study", "test"], help="only this half")
    ap.add_argument("--verbose", action="store_true", help="print the study half's misses")
    ap.add_argument("--limit", type=int, default=0, help="at most N pairs a half")
    ap.add_argument(
        "--set",
        default="pairs",
        help="the folder under $WORKBENCH_CORPORA: pairs (default), pairs-news, pairs-news-b, "
        "pairs-news-c, pairs-news-d, pairs-news-e, pairs-news-f, pairs-news-g, pairs-news-h, "
        "pairs-news-i, pairs-news-j, pairs-news-k, pairs-news-l, pairs-news-m, pairs-news-n, "
        "pairs-news-o, pairs-news-p, pairs-news-q, pairs-news-r, pairs-news-s, pairs-news-t, "
        "pairs-news-u "
        "(the news reports' pairs) or pairs-extra, pairs-extra2 (study pairs only) "
        "(docs/corpora.md)",
    )
    args = ap.parse_args()
    root = os.environ.get(ENV, "")
    path = Path(root, args.set, "pairs.jsonl")
    if not root or not path.exists():
        print(HOW_TO_GET.format(path=path if root else f"${ENV}/{args.set}/pairs.jsonl"))
        return
    pairs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    for name in gazetteers(Path(root)):
        print(f"### gazetteer: {name}")
        scores, misses = score_pairs(pairs, args)
        for half in ("study", "test"):
            if half in scores:
                scores[half].report(half)
        if args.verbose:
            print(f"\n{len(misses)} study-half misses")
            for pair, found in misses:
                _explain(pair, found)
        print()
    sys.stdout.flush()


if __name__ == "__main__":
    main()
