"""Candidate pairs for the study-only sets `pairs-extra` and `pairs-extra2`, to be read
and labelled by hand.

Usage: python benchmarks/pair_candidates.py {same-day,near-days,ucdp,wikipedia}
                                            [-n 40] [--seed 16] [--per-country 4]
                                            [--any-half]

Reads the corpora under WORKBENCH_CORPORA (docs/corpora.md) with make_pairs.py's own
readers, so every reference printed resolves as the builder resolves it, and prints
one JSON object a line: the two references, the country, the coded fatalities, and
each text's place, day, source and opening, for an analyst to read and label in
`pairs-extra*/labels.jsonl` (make_pairs.py's format):

- `same-day`: two ACLED notes with deaths of one day and first-level division, at
  two locations (near misses, mostly: two incidents of one region that day);
- `near-days`: two ACLED notes with deaths of one location one to three days apart
  (near misses: two incidents of one place that week);
- `ucdp`: two source headlines UCDP lists for one Syrian GED event, from two
  offices, each with a casualty word and a number (the same incident, or a daily or
  running total set beside it);
- `wikipedia`: a Wikipedia row against an ACLED note or a RAND record of the same day
  and country that share a proper name, the most names shared first (the same
  incident, mostly; RAND records copied into the lists are copies, not pairs).

Only study rows are offered, twice over: each row's own half in the corpora
(`corpora.Row.half`) and the pair's half by make_pairs.py's rule must both be
"study", so the set adds to the study side only and no test row is ever read. Rows
any set already labels are left out, and so are Mali, Niger and Burkina Faso.
A candidate is only a candidate: the label is the reader's judgement.

With `--any-half`, both study restrictions are dropped (each row's half and the
pair's half): for a fresh set with both halves, such as `pairs` rebuilt from
nothing, whose candidates are all read and labelled before anything is scored.
Mali, Niger and Burkina Faso are still refused and rows another set labels still
left out; once labelled, the test half's pairs are never read again.

"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_pairs as mp
from corpora import HELD_OUT, corpora_root

ACLED = ("acled-2020", "acled-2022", "acled-hoa", "acled-nigeria", "acled-south-asia")
SETS = (
    "pairs",
    "pairs-news",
    "pairs-news-b",
    "pairs-news-c",
    "pairs-news-d",
    "pairs-news-e",
    "pairs-news-f",
    "pairs-news-g",
    "pairs-news-h",
    "pairs-news-i",
    "pairs-news-j",
    "pairs-news-k",
    "pairs-news-l",
    "pairs-news-m",
    "pairs-news-n",
    "pairs-news-o",
    "pairs-news-p",
    "pairs-news-q",
    "pairs-news-r",
    "pairs-news-s",
    "pairs-news-t",
    "pairs-news-u",
    "pairs-extra",
    "pairs-extra2",
)
PER_COUNTRY = 4  # at most this many candidates of one country, for variety
_KILL = re.compile(r"\b(?:kill|dead|death|die|toll)", re.IGNORECASE)
_NUMBER = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens?|scores)\b")


ANY_HALF = False  # set by --any-half: offer rows and pairs of both halves


def study(name: str) -> bool:
    """The fixed hash rule of the corpora and of make_pairs.py: an even first byte.
    True for every name under --any-half (ANY_HALF), which drops the restriction."""
    return ANY_HALF or hashlib.sha256(name.encode()).digest()[0] % 2 == 0


def labelled(root: Path) -> set[str]:
    """Every reference some set's labels already use: the set's labels under the corpora,
    or where they are absent the copy committed in the repository (make_pairs.labels_path)."""
    used: set[str] = set()
    for name in SETS:
        path = mp.labels_path(root, name)
        for label in mp.read_labels(path) if path.exists() else []:
            used |= {label["a"], label["b"]}
    return used


def _acled_rows(root: Path, used: set[str]) -> Iterator[tuple[str, dict[str, Any], dt.date]]:
    """Study ACLED rows with deaths, a note and a day, outside the held-out countries."""
    for corpus in ACLED:
        if not (root / corpus).exists():
            continue
        for key, raw in mp._READERS[corpus](root / corpus):
            row = {str(k).lower(): v for k, v in raw.items() if k}
            ref = f"{corpus}:{key}"
            if ref in used or not study(ref) or str(row.get("country")).lower() in HELD_OUT:
                continue
            date = row.get("event_date")
            text = " ".join(str(row.get("notes") or "").split())
            day = (
                mp._epoch_day(date)
                if isinstance(date, float)
                else mp._parse_day(str(date), *mp._ACLED_DATES)
            )
            if day is not None and len(text) >= 40 and (mp._count(row.get("fatalities")) or 0):
                yield ref, row, day


def acled_pairs(root: Path, same_day: bool) -> Iterator[dict[str, Any]]:
    """ACLED near-miss candidates: one day and division at two locations, or one
    location one to three days apart."""
    groups: dict[tuple[Any, ...], list[tuple[str, dict[str, Any], dt.date]]] = defaultdict(list)
    for ref, row, day in _acled_rows(root, labelled(root)):
        where = row.get("admin1") if same_day else (row.get("admin2"), row.get("location"))
        groups[(ref.split(":")[0], row.get("country"), where, day if same_day else None)].append(
            (ref, row, day)
        )
    for members in groups.values():
        members.sort(key=lambda m: m[0])
        for i, (a, ra, da) in enumerate(members):
            for b, rb, db in members[i + 1 :]:
                if ra.get("notes") == rb.get("notes") or not study(f"pairs:{a}|{b}"):
                    continue
                if same_day and ra.get("location") == rb.get("location"):
                    continue
                if not same_day and not 1 <= abs((da - db).days) <= 3:
                    continue
                yield _candidate(a, b, str(ra.get("country")), (ra, da), (rb, db))


def _candidate(
    a: str, b: str, country: str, *sides: tuple[dict[str, Any], dt.date]
) -> dict[str, Any]:
    found: dict[str, Any] = {"a": a, "b": b, "country": country}
    for name, (row, day) in zip("ab", sides, strict=True):
        found[name + "_coded"] = mp._count(row.get("fatalities"))
        found[name + "_where"] = f"{row.get('admin2')}/{row.get('location')}, {day}"
        found[name + "_source"] = str(row.get("source"))
        found[name + "_text"] = " ".join(str(row.get("notes")).split())[:400]
    return found


def ucdp_pairs(root: Path) -> Iterator[dict[str, Any]]:
    """Two source headlines of one UCDP event from two offices, each with a toll."""
    used = {ref.partition(":")[2].partition("#")[0] for ref in labelled(root)}
    for key, row in mp._ucdp_rows(root / "ucdp-syria"):
        if key in used or not study(f"ucdp-syria:{key}"):
            continue
        fields = ("source_headline", "source_office", "source_date")
        heads, offices, dates = (str(row[f]).split(";") for f in fields)
        if not len(heads) == len(offices) == len(dates):
            continue
        tolls = [i for i, h in enumerate(heads) if _KILL.search(h) and _NUMBER.search(h)]
        for x, i in enumerate(tolls):
            for j in tolls[x + 1 :]:
                a, b = f"ucdp-syria:{key}#{i}", f"ucdp-syria:{key}#{j}"
                if offices[i].strip() == offices[j].strip() or not study(f"pairs:{a}|{b}"):
                    continue
                yield {
                    "a": a,
                    "b": b,
                    "country": str(row["country"]),
                    "best": mp._count(row["best"]),
                    "a_text": f"{dates[i].strip()} {offices[i].strip()}: {heads[i].strip()}",
                    "b_text": f"{dates[j].strip()} {offices[j].strip()}: {heads[j].strip()}",
                }


_NAME = re.compile(r"\b[A-Z][a-z]{3,}\b")
_COMMON = frozenset(
    "Police Army Security Forces Government State County Province District Region City "
    "Islamic Militants Militant Unknown January February March April June July August "
    "September October November December Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday Local Source Report Reports".split()
)


def _names(text: str, country: str) -> set[str]:
    """The proper names a text writes, less its country's and the commonest words."""
    return {n for n in _NAME.findall(text) if n not in _COMMON and n.lower() not in country}


def _wikipedia_rows(root: Path, used: set[str]) -> dict[tuple[str, dt.date], list[Any]]:
    """Study Wikipedia rows with a toll word, by (country, day)."""
    rows: dict[tuple[str, dt.date], list[Any]] = defaultdict(list)
    for key, row in mp._READERS["wikipedia-terrorism"](root / "wikipedia-terrorism"):
        ref = f"wikipedia-terrorism:{key}"
        country = row["location"].rsplit(",", 1)[-1].strip().lower()
        day = mp._parse_day(row["date"], "%B %d %Y")
        text = " ".join(row["details"].split())
        if ref in used or not study(ref) or day is None or country in HELD_OUT:
            continue
        if _KILL.search(text) or "wound" in text or "injur" in text:
            rows[(country, day)].append((ref, text))
    return rows


def wikipedia_pairs(root: Path) -> Iterator[dict[str, Any]]:
    """A Wikipedia row and an ACLED note or RAND record of one day and country that
    share a proper name (mostly the same incident; a name shared by chance is a near
    miss), ranked by the names they share."""
    used = labelled(root)
    wiki = _wikipedia_rows(root, used)
    others: list[tuple[str, str, dt.date, str]] = []
    for ref, row, day in _acled_rows(root, used):
        others.append((ref, str(row.get("country")).lower(), day, str(row.get("notes"))))
    if (root / "rand").exists():
        for key, row in mp._READERS["rand"](root / "rand"):
            ref, day = f"rand:{key}", mp._epoch_day(row["Date"])
            held = str(row["Country"]).lower() in HELD_OUT
            if ref not in used and study(ref) and day is not None and not held:
                others.append((ref, str(row["Country"]).lower(), day, str(row["Description"])))
    found = []
    for ref, country, day, text in others:
        text = " ".join(text.split())
        for wref, wtext in wiki.get((country, day), []):
            shared = _names(text, country) & _names(wtext, country)
            if shared and study(f"pairs:{wref}|{ref}"):
                found.append((len(shared), wref, ref, country, wtext, text, shared))
    found.sort(key=lambda f: -f[0])
    for _, wref, ref, country, wtext, text, shared in found:
        yield {
            "a": wref,
            "b": ref,
            "country": country,
            "shared": sorted(shared),
            "a_text": wtext[:400],
            "b_text": text[:400],
        }


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("kind", choices=["same-day", "near-days", "ucdp", "wikipedia"])
    ap.add_argument("-n", type=int, default=40, help="how many candidates at most")
    ap.add_argument("--seed", type=int, default=16, help="the shuffle's seed")
    ap.add_argument(
        "--per-country",
        type=int,
        default=PER_COUNTRY,
        help="at most this many candidates of one country (ucdp is all Syria)",
    )
    ap.add_argument(
        "--any-half",
        action="store_true",
        help="offer rows and pairs of both halves (a fresh set, labelled before scoring)",
    )
    args = ap.parse_args()
    global ANY_HALF
    ANY_HALF = args.any_half
    root = corpora_root()
    if args.kind == "wikipedia":
        found = list(wikipedia_pairs(root))  # most shared names first
    else:
        found = list(
            ucdp_pairs(root) if args.kind == "ucdp" else acled_pairs(root, args.kind == "same-day")
        )
        random.Random(args.seed).shuffle(found)
    per_country: dict[str, int] = defaultdict(int)
    shown = 0
    for candidate in found:
        if shown >= args.n or per_country[candidate["country"]] >= args.per_country:
            continue
        per_country[candidate["country"]] += 1
        shown += 1
        print(json.dumps(candidate, ensure_ascii=False))
    print(f"{shown} of {len(found)} candidates", file=sys.stderr)


if __name__ == "__main__":
    main()
