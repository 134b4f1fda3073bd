"""The French sets' text-free copies (issue 18): export one, rebuild the set from it.

Usage:
  python benchmarks/annotations/french/french_set.py export [--name NAME] [--set DIR] [--copy DIR]
  python benchmarks/annotations/french/french_set.py assemble EXCERPTS.jsonl [--name NAME]
      [--set DIR]
  python benchmarks/annotations/french/french_set.py restore [--name NAME] [--set DIR]
(--name: french (the default) or french-extra, the held-out set; it names both the set,
$WORKBENCH_CORPORA/NAME, and its text-free copy, benchmarks/annotations/NAME. --set and
--copy name either folder outright.)

The texts are other parties' and stay out of the repository; this folder keeps what is ours:
each text's address, outlet, date, country, half and batch, the SHA-256 of its text, of its
title and of each of its lines (with each line's length), and the hand annotations with every
quote replaced by its SHA-256 (offsets and all other fields kept). README.md says how the set
is rebuilt.

- export: from the set under DIR (default $WORKBENCH_CORPORA/NAME) write sources.jsonl,
  claims.jsonl and non_claims.jsonl to the copy, text-free.
- assemble: from EXCERPTS.jsonl (one {"url": ..., "excerpt": ...} a line: the stored passages
  found again with the search tool, corpus "pages") write DIR/texts/NAME.txt for every text
  whose lines are found, in order, among its excerpt's lines (a kept line is a whole line of
  the excerpt or its start: page furniture and cut tails were left out line by line), and
  whose SHA-256 then matches; print the texts still missing.
- restore: with DIR/texts/ complete, write DIR/sources.jsonl, claims.jsonl and
  non_claims.jsonl, each quote read back from its offsets and checked against its SHA-256.
Exit status 0; 1 with one line a problem.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
# the sets kept this way: name -> its text-free copy (the set is $WORKBENCH_CORPORA/NAME)
COPIES = {"french": HERE, "french-extra": HERE.parent / "french-extra"}
Row = dict[str, Any]
# the search tool's date marker at an excerpt's start (" date 2022-12 "), not the page's text
_DATE_MARK = re.compile(r"^ date \d{4}(-\d{2}){0,2} ")


def sha(text: str) -> str:
    """The SHA-256 of a string's UTF-8 bytes, in hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_jsonl(path: Path) -> list[Row]:
    """The JSON objects of a JSON-lines file."""
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def write_jsonl(path: Path, rows: list[Row]) -> None:
    """Write rows as JSON lines, UTF-8 kept as is."""
    with open(path, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def export(folder: Path, copy: Path = HERE) -> None:
    """Write the text-free copy of the set under `folder` to `copy` (this folder)."""
    sources = []
    for row in read_jsonl(folder / "sources.jsonl"):
        text = (folder / "texts" / row["file"]).read_text(encoding="utf-8")
        lines = text.split("\n")
        sources.append(
            {
                "file": row["file"],
                "url": row["url"],
                "outlet": row["outlet"],
                "date": row["date"],
                "country": row["country"],
                "half": row["half"],
                "batch": row["batch"],
                "language": row.get("language", "fr"),
                "title_from": row["title_from"],
                "title_sha256": sha(row["title"]) if row.get("title") else None,
                "text_sha256": sha(text),
                "chars": len(text),
                "lines": [[len(line), sha(line)] for line in lines],
            }
        )
    write_jsonl(copy / "sources.jsonl", sources)
    for name in ("claims.jsonl", "non_claims.jsonl"):
        rows = []
        for row in read_jsonl(folder / name):
            out = {key: value for key, value in row.items() if key != "quote"}
            out["quote_sha256"] = sha(row["quote"])
            rows.append(out)
        write_jsonl(copy / name, rows)
    print(f"exported {len(sources)} texts to {copy}")


def assemble_one(excerpt: str, lines: list[list[Any]]) -> str | None:
    """The text whose lines are `lines` ([length, sha256] each), taken in order from the
    excerpt's lines (a whole line or its start), or None if some line is not found. A
    blank line takes the excerpt's blank line where one comes next, and none where
    not: a text ending in a newline was lost when its excerpt ended on its last line."""
    raw = _DATE_MARK.sub("", excerpt).split("\n")
    kept: list[str] = []
    at = 0
    for length, digest in lines:
        if length == 0:
            if at < len(raw) and not raw[at]:
                at += 1  # the excerpt's own blank line
            kept.append("")  # else none: furniture cut, or the end past the excerpt's
            continue
        while at < len(raw) and sha(raw[at][:length]) != digest:
            at += 1
        if at == len(raw):
            return None
        kept.append(raw[at][:length])
        at += 1
    return "\n".join(kept)


def assemble(excerpts_path: Path, folder: Path, copy: Path = HERE) -> int:
    """Write every text an excerpt rebuilds; the number still missing."""
    by_url: dict[str, list[str]] = {}
    for row in read_jsonl(excerpts_path):
        by_url.setdefault(row["url"], []).append(row["excerpt"])
    (folder / "texts").mkdir(parents=True, exist_ok=True)
    missing = []
    for src in read_jsonl(copy / "sources.jsonl"):
        path = folder / "texts" / src["file"]
        if path.is_file() and sha(path.read_text(encoding="utf-8")) == src["text_sha256"]:
            continue
        candidates = (assemble_one(e, src["lines"]) for e in by_url.get(src["url"], []))
        text = next((t for t in candidates if t is not None and sha(t) == src["text_sha256"]), None)
        if text is None:
            missing.append(src["file"])
            continue
        path.write_text(text, encoding="utf-8")
    for name in missing:
        print(f"missing: {name}")
    print(f"{len(missing)} texts missing")
    return len(missing)


def restore(folder: Path, copy: Path = HERE) -> None:
    """Write the set's sources and gold under `folder` from its texts and the copy."""
    texts: dict[str, str] = {}
    sources = []
    for src in read_jsonl(copy / "sources.jsonl"):
        path = folder / "texts" / src["file"]
        if not path.is_file():
            sys.exit(f"french_set: {path}: no such text (assemble it first)")
        text = path.read_text(encoding="utf-8")
        if sha(text) != src["text_sha256"]:
            sys.exit(f"french_set: {path}: SHA-256 differs from sources.jsonl's")
        texts[src["file"]] = text
        title = text.split("\n", 1)[0] if src["title_from"] == "page" else None
        if title is not None and sha(title) != src["title_sha256"]:
            sys.exit(f"french_set: {path}: title's SHA-256 differs")
        sources.append(
            {
                "file": src["file"],
                "url": src["url"],
                "outlet": src["outlet"],
                "date": src["date"],
                "title": title,
                "title_from": src["title_from"],
                "country": src["country"],
                "half": src["half"],
                "language": src["language"],
                "batch": src["batch"],
                "sha256": src["text_sha256"],
            }
        )
    write_jsonl(folder / "sources.jsonl", sources)
    for name in ("claims.jsonl", "non_claims.jsonl"):
        rows = []
        for row in read_jsonl(copy / name):
            quote = texts[row["source"]][row["start"] : row["end"]]
            if sha(quote) != row["quote_sha256"]:
                sys.exit(f"french_set: {name}: {row['source']} {row['start']}: quote differs")
            out = {key: value for key, value in row.items() if key != "quote_sha256"}
            out["quote"] = quote
            order = ["id", "source", "line", "start", "end", "quote"]
            rows.append({k: out[k] for k in order if k in out} | out)
        write_jsonl(folder / name, rows)
    print(f"restored {len(sources)} texts' sources and gold under {folder}")


def main(argv: list[str] | None = None) -> int:
    """Run the command asked for."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("export", "assemble", "restore"))
    parser.add_argument("excerpts", nargs="?", type=Path, help="assemble: EXCERPTS.jsonl")
    parser.add_argument("--name", choices=tuple(COPIES), default="french", help="default: french")
    parser.add_argument("--set", type=Path, help="default: $WORKBENCH_CORPORA/NAME")
    parser.add_argument("--copy", type=Path, help="the text-free copy; default: NAME's")
    args = parser.parse_args(argv)
    root = os.environ.get("WORKBENCH_CORPORA")
    if args.set is None and not root:
        sys.exit("french_set: give --set or set WORKBENCH_CORPORA")
    folder = args.set or Path(root or ".") / args.name
    copy = args.copy or COPIES[args.name]
    if args.command == "export":
        copy.mkdir(exist_ok=True)
        export(folder, copy)
    elif args.command == "assemble":
        if args.excerpts is None:
            sys.exit("french_set: assemble needs EXCERPTS.jsonl")
        return 1 if assemble(args.excerpts, folder, copy) else 0
    else:
        restore(folder, copy)
    return 0


if __name__ == "__main__":
    sys.exit(main())
