"""A study-only set of pairs labelled from coded figures, not by hand: `pairs-auto`.

Usage: python benchmarks/make_pairs_auto.py [-n 150] [--seed 48] [--near 1.0]

Reads the Wikipedia list and the RAND records under WORKBENCH_CORPORA with
make_pairs.py's readers, takes study rows only (each row's corpus half and the pair's
id, by the corpora's fixed hash rule), leaves out Mali, Niger and Burkina Faso and
every row another set labels (pair_candidates.labelled), and writes
`$WORKBENCH_CORPORA/pairs-auto/labels.jsonl` and `pairs.jsonl` (never the
repository; `python benchmarks/pairs.py --set pairs-auto` scores it):

- the same incident: a Wikipedia row and a RAND record of one day, country and city
  (the city the list's location names, RAND's `City`), not copies (a fifth or more
  of 5-word shingles shared), both coding a toll: `corroborates` where the coded
  killed agree, `contradicts` where they differ (category killed; wounded where
  neither codes a death and both code injuries);
- near misses (`unrelated`): one day and country at two cities; or one city one to
  three days apart whose perpetrators differ (neither "Unknown").

The labels are the coded figures' and the keys', so they are noisy: a city may hold
two attacks a day, a list row may sum several of RAND's records, and a coded figure
may count what the text does not say. They are a study measure of kinds, not a
target (docs/corpora.md, "pairs-auto").
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_pairs as mp
import pair_candidates as pc
from corpora import HELD_OUT, corpora_root

SET = "pairs-auto"


class Row(NamedTuple):
    """One study row of a source, with what the labels are made from."""

    ref: str
    country: str
    city: str
    day: dt.date
    killed: int | None
    wounded: int | None
    perpetrator: str
    text: str
    around: frozenset[str] = frozenset()  # the divisions the row codes (ACLED)


def _key(name: str) -> str:
    """A city or country name without accents, case or punctuation."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]+", " ", plain.lower()).strip()


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + 5]) for i in range(max(len(words) - 4, 0))}


def copies(a: str, b: str) -> bool:
    """True when two texts share a fifth or more of the shorter one's 5-word shingles."""
    sa, sb = _shingles(a), _shingles(b)
    return bool(sa and sb) and len(sa & sb) >= 0.2 * min(len(sa), len(sb))


def _rows(root: Path) -> Iterator[Row]:
    """Study rows of both sources: ref, country, city, day, killed, wounded, perpetrator, text."""
    used = pc.labelled(root)
    for key, row in mp._READERS["wikipedia-terrorism"](root / "wikipedia-terrorism"):
        ref = f"wikipedia-terrorism:{key}"
        city, _, country = row["location"].rpartition(",")
        day = mp._parse_day(row["date"], "%B %d %Y")
        if ref not in used and pc.study(ref) and day and country.strip().lower() not in HELD_OUT:
            dead, hurt = mp._count(row["dead"]), mp._count(row["injured"])
            yield Row(ref, country, city, day, dead, hurt, row["perpetrator"], row["details"])
    for key, row in mp._READERS["rand"](root / "rand"):
        ref, day = f"rand:{key}", mp._epoch_day(row["Date"])
        country = str(row["Country"])
        if ref not in used and pc.study(ref) and day and country.lower() not in HELD_OUT:
            dead, hurt = mp._count(row["Fatalities"]), mp._count(row["Injuries"])
            perpetrator, text = str(row["Perpetrator"]), str(row["Description"])
            yield Row(ref, country, str(row["City"]), day, dead, hurt, perpetrator, text)
    for ref, row, day in pc._acled_rows(root, used):
        around = frozenset(_key(str(row.get(k) or "")) for k in ("admin1", "admin2", "admin3"))
        yield Row(
            ref,
            str(row.get("country")),
            str(row.get("location")),
            day,
            mp._count(row.get("fatalities")),
            None,
            str(row.get("actor1")),
            " ".join(str(row.get("notes")).split()),
            around - {""},
        )


_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
).split()
_TENS = dict(
    zip(
        range(20, 100, 10),
        "twenty thirty forty fifty sixty seventy eighty ninety".split(),
        strict=True,
    )
)
_FLOOR = re.compile(r"(?:at least|more than|over|as many as|nearly|up to|some)\s+$", re.I)


def _spelt(count: int) -> str:
    """A count under a hundred in words: "seven", "forty-three"."""
    if count < len(_WORDS):
        return _WORDS[count]
    tens, units = divmod(count, 10)
    if not 2 <= tens <= 9:
        return ""
    return _TENS[tens * 10] + (f"-{_WORDS[units]}" if units else "")


def stated(count: int | None, text: str) -> tuple[float, float] | None:
    """The interval a text gives its coded count: (n, n) where it writes the number,
    (n, inf) where "at least", "more than" ... comes before it; None where the text does
    not write it (then the coded figure is no label for what the text tells)."""
    if not count:
        return None
    spellings = [str(count), _spelt(count)]
    for spelling in filter(None, spellings):
        found = re.search(rf"\b{spelling}\b", text, re.IGNORECASE)
        if found:
            floor = _FLOOR.search(text[max(0, found.start() - 14) : found.start()])
            return (count, float("inf")) if floor else (count, count)
    return None


def _label(w: Row, r: Row, relation: str, kinds: list[str], note: str) -> dict[str, Any] | None:
    """A label line; for one incident, corroborates where the counts both texts write
    overlap and contradicts where they are disjoint, None where a text does not write its
    coded count."""
    told = [c for c in ("killed", "wounded") if getattr(w, c) or getattr(r, c)]
    category = told[0] if told else "killed"
    if relation != "unrelated":
        for category in told:  # the first category both texts write their count of
            a, b = getattr(w, category), getattr(r, category)
            sa, sb = stated(a, w.text), stated(b, r.text)
            if sa is not None and sb is not None:
                break
        else:
            return None
        relation = "corroborates" if sa[0] <= sb[1] and sb[0] <= sa[1] else "contradicts"
        note = f"{note}; coded {category} {a} against {b} (as written {sa} against {sb})"
    return {
        "a": w.ref,
        "b": r.ref,
        "category": category,
        "relation": relation,
        "kinds": kinds,
        "note": f"automatic: {note}",
    }


def _named(city: str) -> bool:
    return _key(city) not in ("", "unknown")


def _place(w: Row, r: Row) -> str:
    """'same' where the list's city is the other's city, 'within' where it is a division
    the other codes, 'named' where the other's text names the list's city, 'other' where
    both name a place and none of these holds, else ''."""
    if not (_named(w.city) and _named(r.city)):
        return ""
    if _key(w.city) == _key(r.city):
        return "same"
    if _key(w.city) in r.around:
        return "within"
    return "named" if _names(w.city, r.text) else "other"


def _names(city: str, text: str) -> bool:
    """True when a text names a city (its words, in order, accents and case aside)."""
    return f" {_key(city)} " in f" {_key(text)} "


_NUMBER = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozens?|scores|hundreds|[a-z]+teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty)\b",
    re.IGNORECASE,
)


def _told(row: Row) -> bool:
    """A coded toll the text tells too: a casualty word and a number (a figure the row codes
    but the text does not give cannot be matched, and is no label)."""
    if not (row.killed or row.wounded) or not _NUMBER.search(row.text):
        return False
    return bool(pc._KILL.search(row.text) or re.search(r"wound|injur", row.text, re.I))


def candidates(root: Path) -> dict[str, list[dict[str, Any]]]:
    """Labels by kind: same (one day, country, city), other-city, other-day."""
    wiki: dict[tuple[str, dt.date], list[Row]] = defaultdict(list)
    others: list[Row] = []
    for row in _rows(root):
        if not _told(row):
            continue
        if not row.ref.startswith("acled"):  # a list row or a RAND record as the first
            wiki[(_key(row.country), row.day)].append(row)
        if not row.ref.startswith("wiki"):  # a RAND record or an ACLED note as the second
            others.append(row)
    found: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in others:
        for shift in range(-3, 4):
            for w in wiki.get((_key(r.country), r.day + dt.timedelta(days=shift)), []):
                if w.ref.partition(":")[0] == r.ref.partition(":")[0] or copies(w.text, r.text):
                    continue
                kind, label = _pair(w, r, shift)
                if label is not None:
                    found[kind].append(label)
    return found


def _pair(w: Row, r: Row, shift: int) -> tuple[str, dict[str, Any] | None]:
    """The kind of a candidate (same, other-city, other-day) and its label, if any."""
    place = _place(w, r)
    shared = len(pc._names(w.text, w.country.lower()) & pc._names(r.text, r.country.lower()))
    where = f"{r.country}, {w.city.strip()} / {r.city}, {w.day} / {r.day}, {shared} names"
    if shift == 0 and (place in ("same", "within", "named") or shared >= 2):
        kinds = [] if place == "same" else ["place granularity"]
        return "same", _label(w, r, "same", kinds, f"one day and place: {where}")
    if shared:
        return "", None  # a name both write: perhaps one incident, no near miss
    if shift == 0 and place == "other":
        note = f"one day, two cities: {where}"
        return "other-city", _label(w, r, "unrelated", ["near miss"], note)
    if shift and place == "same" and _other_hands(w.perpetrator, r.perpetrator):
        note = f"one city {abs(shift)} days apart, {w.perpetrator} / {r.perpetrator}"
        return "other-day", _label(w, r, "unrelated", ["near miss"], f"{note}: {where}")
    return "", None


def _other_hands(a: str, b: str) -> bool:
    """Two perpetrators named and unlike (neither unknown, neither's words in the other)."""
    ka, kb = _key(a), _key(b)
    if not ka or not kb or "unknown" in (ka, kb):
        return False
    return not (set(ka.split()) & set(kb.split()))


_TOLL_WORD = re.compile(r"\b(?:kill|dead|death|die|toll|massacre|slain)", re.IGNORECASE)
_FIGURE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty)\b",
    re.IGNORECASE,
)


_FIGURE_WORDS = {w: n for n, w in enumerate(_WORDS)} | {w: n for n, w in _TENS.items()}


def _figure(headline: str) -> int | None:
    """A headline's one death figure (a year is none), or None where it writes none or
    several, or no death word."""
    figures = set()
    for found in _FIGURE.findall(headline):
        number = int(found) if found.isdigit() else _FIGURE_WORDS.get(found.lower())
        if number is not None and number < 1000:
            figures.add(number)
    if len(figures) != 1 or not _TOLL_WORD.search(headline):
        return None
    return figures.pop()


def ucdp_labels(root: Path, per_event: int = 2) -> list[dict[str, Any]]:
    """Two headlines UCDP lists for one study event, from two offices, each writing one
    death figure: corroborates where the figures are alike, contradicts where not (noisy:
    UCDP lumps a day's or a war's total into an event now and then)."""
    used = {ref.partition(":")[2].partition("#")[0] for ref in pc.labelled(root)}
    labels: list[dict[str, Any]] = []
    for key, row in mp._ucdp_rows(root / "ucdp-syria"):
        if key in used or not pc.study(f"ucdp-syria:{key}"):
            continue
        fields = ("source_headline", "source_office", "source_date")
        heads, offices, _ = (str(row[f]).split(";") for f in fields)
        if len(heads) != len(offices):
            continue
        figures = [(i, _figure(h)) for i, h in enumerate(heads)]
        told = [(i, stated(f, heads[i])) for i, f in figures if f is not None]
        found = 0
        for x, (i, fi) in enumerate(told):
            for j, fj in told[x + 1 :]:
                same_office = offices[i].strip() == offices[j].strip()
                if same_office or copies(heads[i], heads[j]) or found >= per_event:
                    continue
                found += 1
                if fi is None or fj is None:
                    continue
                agree = fi[0] <= fj[1] and fj[0] <= fi[1]
                relation = "corroborates" if agree else "contradicts"
                labels.append(
                    {
                        "a": f"ucdp-syria:{key}#{i}",
                        "b": f"ucdp-syria:{key}#{j}",
                        "category": "killed",
                        "relation": relation,
                        "kinds": ["headlines"],
                        "note": f"automatic: one UCDP event, figures {fi} and {fj}",
                    }
                )
    return labels


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("-n", type=int, default=150, help="same-incident pairs at most")
    ap.add_argument("--near", type=float, default=3.0, help="near misses per same pair")
    ap.add_argument("--seed", type=int, default=48)
    args = ap.parse_args()
    root = corpora_root()
    found = candidates(root)
    rng = random.Random(args.seed)
    for kind in found.values():
        rng.shuffle(kind)
    same = found["same"][: args.n]
    near = int(len(same) * args.near) // 2
    labels = same + found["other-city"][:near] + found["other-day"][:near]
    headlines = ucdp_labels(root)
    rng.shuffle(headlines)
    labels += headlines[: args.n]
    corpora = mp.Corpora(root, SET)
    pairs = [mp.build(label, corpora) for label in labels]
    folder = root / SET
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in (("labels.jsonl", labels), ("pairs.jsonl", pairs)):
        lines = (json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        (folder / name).write_text("".join(lines), encoding="utf-8")
    counts = {k: len(v) for k, v in found.items()}
    print(f"{len(pairs)} pairs to {folder} (candidates {counts})")


if __name__ == "__main__":
    main()
