"""The development set of real cross-source pairs, built from the corpora and a labels file.

Usage: python benchmarks/make_pairs.py [-o pairs.jsonl] [--labels labels.jsonl] [--set SET]
       python benchmarks/make_pairs.py --set SET --write-annotations

Reads, under the folder named by WORKBENCH_CORPORA (docs/corpora.md):

- `pairs/labels.jsonl`: the pairs chosen and labelled by hand, one object a line:
  `a` and `b` (references to texts, below), `category` (killed, wounded ...),
  `relation` (corroborates, contradicts, related, unrelated), `note` (why, in a
  sentence), `kinds` (the hard cases the pair holds: place granularity, spelling,
  victim words, scope, revision, relay, bounds, dates, near miss ...), and
  optionally `a_published` / `b_published` (ISO dates), `country`, and `a_sha256` /
  `b_sha256` (below);
- where `$WORKBENCH_CORPORA/SET/labels.jsonl` is absent (the folder was lost, or never
  copied), the text-free copy committed in the repository,
  `benchmarks/annotations/SET/labels.jsonl` (annotations_path): the same labels with
  only row references, category, relation, kinds and the reasons in our own words,
  never a word of the sources' text, so that a set is rebuilt from the corpora alone.
  `--labels FILE` overrides both. `--write-annotations` writes that copy from the
  set's labels: the fields above and nothing else, with each side's `a_sha256` /
  `b_sha256`, the first 16 hex digits of the SHA-256 of the text the reference
  resolves to (its words joined by single spaces; text_hash). Where a label carries
  them, building checks them and stops on a mismatch: a corpus file fetched anew
  whose rows moved would otherwise pair other texts under the same labels;
- the raw corpora the references point into (the same files benchmarks/corpora.py
  reads), and `pairs/web.jsonl` with `pairs/web/KEY.txt` for texts of public
  reporting found with the search tools (key, url, outlet, published, title).

A reference is `CORPUS:ROW` as benchmarks/corpora.py names rows (`rand:18412`,
`acled-hoa:6229384`, `wikipedia-terrorism:2547`), `ucdp-syria:ID#K` for the K-th
(from 0) of the source headlines UCDP lists for a GED event, or `web:KEY`.

Writes `pairs/pairs.jsonl` (or -o), one pair a line, in the form benchmarks/pairs.py
scores:

    {"id": "pairs:wikipedia-terrorism:2547|acled-hoa:6229384", "half": "test",
     "country": "Kenya", "category": "killed", "relation": "contradicts",
     "same_incident": true, "note": "...", "kinds": ["revision"],
     "a": {"text", "outlet", "published", "title"}, "b": {...},
     "provenance": {"a": "...", "b": "..."}}

What a text's metadata is, where the source does not give it:
- Wikipedia list rows, RAND records and ACLED notes carry no publication date:
  both texts are dated the day after the incident (a note is written after the
  fact; "on Friday" in it then resolves to the incident's day) unless the labels
  give a date. Their title names the list or database and the country, which the
  row codes; places below the country are only in the text, as written.
- An ACLED note's outlet is "ACLED (source: ...)" with the sources ACLED names.
- A UCDP headline is its own text and title, with its outlet and date as UCDP
  records them.

`half` is fixed by the SHA-256 of the pair's id, as the corpora's rows are: an
even first byte is "study", odd is "test". Rows from Mali, Niger and Burkina Faso
are refused. The data is other parties' and is never copied into the repository.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import ENV, HELD_OUT, _count, _csv_rows, _rda, corpora_root

RELATIONS = ("corroborates", "contradicts", "related", "unrelated")
ANNOTATIONS = Path(__file__).resolve().parent / "annotations"  # text-free label copies
# The fields a committed, text-free label keeps (--write-annotations): references,
# our own judgement and words, dates, and the hashes of the texts; nothing else.
ANNOTATION_FIELDS = (
    "a",
    "b",
    "category",
    "relation",
    "kinds",
    "note",
    "a_published",
    "b_published",
    "country",
    "a_sha256",
    "b_sha256",
)
WIKIPEDIA = "Wikipedia"
RAND = "RAND Database of Worldwide Terrorism Incidents"


@dataclass(frozen=True)
class Text:
    """One side of a pair: the text and what a reader of the source knows of it."""

    text: str
    outlet: str
    published: dt.date
    title: str
    country: str
    provenance: str

    def as_dict(self) -> dict[str, str]:
        return {
            "text": self.text,
            "outlet": self.outlet,
            "published": self.published.isoformat(),
            "title": self.title,
        }


def _day_after(day: dt.date | None, ref: str) -> dt.date:
    if day is None:
        raise SystemExit(f"{ref}: the row has no date; give one in the labels")
    return day + dt.timedelta(days=1)


def _epoch_day(value: Any) -> dt.date | None:
    number = _count(value)
    return None if number is None else dt.date(1970, 1, 1) + dt.timedelta(days=number)


def _parse_day(value: str, *formats: str) -> dt.date | None:
    for fmt in formats:
        try:
            return dt.datetime.strptime(value.strip(), fmt).date()
        except ValueError:
            continue
    return None


_ACLED_DATES = ("%Y-%m-%d", "%d-%B-%Y", "%d-%b-%y", "%d/%m/%Y", "%d/%m/%y", "%d-%b-%Y")


def _acled(corpus: str, key: str, row: dict[str, Any], ref: str) -> Text:
    row = {str(k).lower(): v for k, v in row.items() if k}
    date = row.get("event_date")
    day = _epoch_day(date) if isinstance(date, float) else _parse_day(str(date), *_ACLED_DATES)
    country = str(row.get("country", ""))
    source = " ".join(str(row.get("source") or "unknown").split())
    return Text(
        " ".join(str(row.get("notes") or "").split()),
        f"ACLED (source: {source})",
        _day_after(day, ref),
        f"ACLED event note — {country}",
        country,
        f"{corpus} (docs/corpora.md), row {key} (ACLED event {row.get('event_id_cnty')})",
    )


class Corpora:
    """The raw corpora under WORKBENCH_CORPORA, each read once when first needed."""

    def __init__(self, root: Path, pairs: str = "pairs") -> None:
        self.root = root
        self.pairs = pairs  # the folder of the set's labels and web pages
        self._rows: dict[str, dict[str, Any]] = {}
        self._web: dict[str, dict[str, str]] | None = None

    def _index(self, corpus: str) -> dict[str, Any]:
        if corpus not in self._rows:
            self._rows[corpus] = dict(_READERS[corpus](self.root / corpus))
        return self._rows[corpus]

    def text(self, ref: str) -> Text:
        corpus, _, key = ref.partition(":")
        if corpus == "web":
            return self._web_text(key)
        if corpus == "ucdp-syria":
            return self._ucdp(key, ref)
        if corpus not in _READERS:
            raise SystemExit(f"{ref}: no such corpus")
        row = self._index(corpus).get(key)
        if row is None:
            raise SystemExit(f"{ref}: no such row")
        if corpus == "rand":
            country = str(row["Country"])
            return Text(
                " ".join(str(row["Description"]).split()),
                RAND,
                _day_after(_epoch_day(row["Date"]), ref),
                f"RAND incident record — {country}",
                country,
                f"rand (docs/corpora.md), row {key}",
            )
        if corpus == "wikipedia-terrorism":
            country = row["location"].rsplit(",", 1)[-1].strip()
            day = _parse_day(row["date"], "%B %d %Y")
            year = day.year if day else ""
            return Text(
                " ".join(row["details"].split()),
                WIKIPEDIA,
                _day_after(day, ref),
                f"List of terrorist incidents in {year} — {country}",
                country,
                f"wikipedia-terrorism (docs/corpora.md), row {key}",
            )
        return _acled(corpus, key, row, ref)

    def _ucdp(self, key: str, ref: str) -> Text:
        event, _, index = key.partition("#")
        row = self._index("ucdp-syria").get(event)
        if row is None or not index.isdigit():
            raise SystemExit(f"{ref}: no such UCDP event or headline")
        parts = [
            str(row[f]).split(";") for f in ("source_headline", "source_office", "source_date")
        ]
        heads, offices, dates = parts
        k = int(index)
        if k >= len(heads) or len(heads) != len(offices):
            raise SystemExit(f"{ref}: UCDP lists {len(heads)} headlines")
        day = _parse_day(dates[k], "%Y-%m-%d")
        if day is None:
            raise SystemExit(f"{ref}: the headline has no date")
        headline = " ".join(heads[k].split())
        return Text(
            headline,
            offices[k].strip(),
            day,
            headline,
            str(row["country"]),
            f"ucdp-syria (docs/corpora.md), GED event {event}, source headline {k}",
        )

    def _web_text(self, key: str) -> Text:
        if self._web is None:
            path = self.root / self.pairs / "web.jsonl"
            lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
            self._web = {d["key"]: d for d in map(json.loads, filter(str.strip, lines))}
        entry = self._web.get(key)
        if entry is None:
            raise SystemExit(f"web:{key}: not in {self.pairs}/web.jsonl")
        text = (self.root / self.pairs / "web" / f"{key}.txt").read_text(encoding="utf-8")
        day = _parse_day(entry["published"], "%Y-%m-%d")
        if day is None:
            raise SystemExit(f"web:{key}: published must be an ISO date")
        return Text(
            text.strip(),
            entry["outlet"],
            day,
            entry["title"],
            entry.get("country", ""),
            f"{entry['url']} (stored page text, search tool), {entry.get('note', '')}".rstrip(", "),
        )


def _rand(folder: Path) -> Iterator[tuple[str, Any]]:
    frame = _rda(folder / "terrorism.rda")
    for index, record in zip(frame.index, frame.to_dict("records"), strict=True):
        yield str(index), record


def _wikipedia(folder: Path) -> Iterator[tuple[str, Any]]:
    for index, row in enumerate(_csv_rows(folder / "global_terrorism.csv")):
        yield str(index), row


def _csv(*files: str) -> Callable[[Path], Iterator[tuple[str, Any]]]:
    def read(folder: Path) -> Iterator[tuple[str, Any]]:
        for file in files:
            for raw in csv.DictReader((folder / file).open(encoding="utf-8", errors="replace")):
                row = {k.lower(): v for k, v in raw.items() if k}
                yield row.get("data_id") or row.get("event_id_cnty") or "", row

    return read


def _nigeria(folder: Path) -> Iterator[tuple[str, Any]]:
    data = json.loads((folder / "Nigeria.geojson").read_text(encoding="utf-8"))
    for feature in data["features"]:
        row = {k.lower(): v for k, v in feature["properties"].items()}
        yield str(row.get("event_id_cnty")), row


def _acled_2022(folder: Path) -> Iterator[tuple[str, Any]]:
    for record in _rda(folder / "acled_old_deletion_dummy.rda").to_dict("records"):
        yield str(record["event_id_cnty"]), record


def _ucdp_rows(folder: Path) -> Iterator[tuple[str, Any]]:
    for record in _rda(folder / "ucdp_syria_df.rda").to_dict("records"):
        yield str(_count(record["id"])), record


_READERS: dict[str, Callable[[Path], Iterator[tuple[str, Any]]]] = {
    "rand": _rand,
    "wikipedia-terrorism": _wikipedia,
    "acled-south-asia": _csv("acled.csv"),
    "acled-hoa": _csv("Kenya.csv", "Ethiopia.csv"),
    "acled-2020": _csv("acled.csv"),
    "acled-nigeria": _nigeria,
    "acled-2022": _acled_2022,
    "ucdp-syria": _ucdp_rows,
}


# sets read and tuned on whole, or labelled from coded figures: no test half
STUDY_ONLY = ("pairs-extra", "pairs-extra2", "pairs-auto")


def half(pair_id: str, pair_set: str = "pairs") -> str:
    """ "study" or "test", fixed by the SHA-256 of the pair's id; "study" for every pair
    of a study-only set (STUDY_ONLY), whose candidates may hash either way."""
    if pair_set in STUDY_ONLY:
        return "study"
    return "study" if hashlib.sha256(pair_id.encode()).digest()[0] % 2 == 0 else "test"


def text_hash(text: str) -> str:
    """The first 16 hex digits of the SHA-256 of a text's words joined by single spaces:
    what a committed label keeps of a text, to check it still points at the same one."""
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()[:16]


def annotations_path(pair_set: str) -> Path:
    """The committed, text-free copy of a set's labels."""
    return ANNOTATIONS / pair_set / "labels.jsonl"


def labels_path(root: Path, pair_set: str, given: str | None = None) -> Path:
    """Where a set's labels are read: the file given; else the set's own under the
    corpora; else, where that is absent, the copy committed in the repository; else the
    corpora's path (absent: the caller says so)."""
    if given:
        return Path(given)
    own = root / pair_set / "labels.jsonl"
    if own.exists() or not annotations_path(pair_set).exists():
        return own
    return annotations_path(pair_set)


def read_labels(path: Path) -> list[dict[str, Any]]:
    """A labels file's objects, one a line; blank lines and `//` comments skipped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip() and not line.startswith("//")]


def annotation(label: dict[str, Any], corpora: Corpora) -> dict[str, Any]:
    """A label as committed: ANNOTATION_FIELDS only, with both texts' hashes."""
    kept = {k: label[k] for k in ANNOTATION_FIELDS if label.get(k) not in (None, "", [])}
    kept.setdefault("kinds", [])
    for side in ("a", "b"):
        kept[f"{side}_sha256"] = text_hash(corpora.text(label[side]).text)
    return kept


def build(label: dict[str, Any], corpora: Corpora) -> dict[str, Any]:
    """One pair from its label line: both texts with their metadata, the label, the half."""
    relation = label["relation"]
    if relation not in RELATIONS:
        raise SystemExit(f"{label['a']} | {label['b']}: relation {relation!r} unknown")
    a, b = corpora.text(label["a"]), corpora.text(label["b"])
    for side, text in (("a", a), ("b", b)):
        want = label.get(f"{side}_sha256")
        if want and text_hash(text.text) != want:
            raise SystemExit(
                f"{label[side]}: the text no longer matches the label's {side}_sha256 "
                f"({text_hash(text.text)} != {want}): the corpus file differs from the one "
                "labelled (docs/corpora.md gives the commit to fetch)"
            )
    sides = {"a": a.as_dict(), "b": b.as_dict()}
    for side in ("a", "b"):
        if label.get(f"{side}_published"):
            sides[side]["published"] = label[f"{side}_published"]
    country = label.get("country") or a.country or b.country
    for name in (country, a.country, b.country):
        if name.strip().lower() in HELD_OUT:
            raise SystemExit(f"{label['a']} | {label['b']}: {name} is held out")
    if not (a.text and b.text):
        raise SystemExit(f"{label['a']} | {label['b']}: a text is empty")
    pair_id = f"pairs:{label['a']}|{label['b']}"
    return {
        "id": pair_id,
        "half": half(pair_id, corpora.pairs),
        "country": country,
        "category": label["category"],
        "relation": relation,
        "same_incident": relation != "unrelated",
        "note": label["note"],
        "kinds": label.get("kinds", []),
        **sides,
        "provenance": {"a": a.provenance, "b": b.provenance},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("-o", "--output", help=f"default: ${ENV}/pairs/pairs.jsonl")
    ap.add_argument("--labels", help=f"default: ${ENV}/pairs/labels.jsonl")
    ap.add_argument(
        "--set",
        default="pairs",
        help="the set's folder: pairs, pairs-news, pairs-news-b, pairs-news-c, pairs-news-d, "
        "pairs-news-e, pairs-news-f, pairs-news-g, pairs-news-h, pairs-news-i, pairs-news-j, "
        "pairs-news-k, pairs-news-l, pairs-news-m, pairs-news-n, pairs-news-o, pairs-news-p, "
        "pairs-news-q, pairs-news-r, pairs-news-s, pairs-news-t, pairs-news-u, pairs-extra, "
        "pairs-extra2 "
        "(the last two study only)",
    )
    ap.add_argument(
        "--write-annotations",
        action="store_true",
        help="write the set's text-free label copy to benchmarks/annotations/SET/labels.jsonl "
        "(or -o) instead of building the set",
    )
    args = ap.parse_args()
    root = corpora_root()
    path = labels_path(root, args.set, args.labels)
    if not path.exists():
        sys.exit(
            f"{path}: no labels file, and none committed at {annotations_path(args.set)} "
            "(see docs/corpora.md, 'Cross-source pairs')"
        )
    if path == annotations_path(args.set) and not args.write_annotations:
        print(f"{root / args.set / 'labels.jsonl'} absent: the labels are the repository's {path}")
    labels = read_labels(path)
    corpora = Corpora(root, args.set)
    if args.write_annotations:
        target = Path(args.output or annotations_path(args.set))
        target.parent.mkdir(parents=True, exist_ok=True)
        rows = [json.dumps(annotation(label, corpora), ensure_ascii=False) for label in labels]
        target.write_text("".join(row + "\n" for row in rows), encoding="utf-8")
        print(f"{len(rows)} text-free labels to {target}")
        return
    pairs = [build(label, corpora) for label in labels]
    ids = [p["id"] for p in pairs]
    if len(set(ids)) != len(ids):
        sys.exit("a pair is labelled twice")
    out_path = Path(args.output or root / args.set / "pairs.jsonl")
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with out_path.open("w", encoding="utf-8") as out:
        for pair in pairs:
            out.write(json.dumps(pair, ensure_ascii=False) + "\n")
    by = {h: sum(p["half"] == h for p in pairs) for h in ("study", "test")}
    print(f"{len(pairs)} pairs ({by['study']} study, {by['test']} test) to {out_path}")


if __name__ == "__main__":
    main()
