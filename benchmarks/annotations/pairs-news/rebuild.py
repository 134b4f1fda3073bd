"""Rebuild $WORKBENCH_CORPORA/pairs-news/ (web.jsonl, web/, labels.jsonl) from re-found pages.

Usage: python benchmarks/annotations/pairs-news/rebuild.py EXCERPTS [--out DIR] [--check-only]
                                        [--set pairs-news|pairs-news-b|pairs-news-c|pairs-news-d
                                        |pairs-news-e|pairs-news-f|pairs-news-g|pairs-news-h
                                        |pairs-news-i|pairs-news-j|pairs-news-k
                                        |pairs-news-l|pairs-news-m|pairs-news-n
                                        |pairs-news-o|pairs-news-p
                                        |pairs-news-q|pairs-news-r
                                        |pairs-news-s|pairs-news-t
                                        |pairs-news-u]

It serves the twenty-one news sets: --set names the folder under benchmarks/annotations/ whose
articles.jsonl and labels.jsonl are read (default pairs-news), and the default --out.

EXCERPTS is a folder with one file per article, `KEY.txt`, holding the excerpt the search
tool (corpus "pages") returns for the article's address in articles.jsonl, as returned.
For each article this script:

1. drops a leading date marker the tool puts before some excerpts (" date 2023-01-16 ");
2. drops the first `lead_lines_dropped` non-empty lines (page furniture: a menu line, a
   photo caption, a site banner);
3. keeps the excerpt from there until the text, whitespace collapsed, is `text_chars`
   characters long (most texts end at a line's end, a few inside a line), and checks
   its SHA-256 (of the collapsed text) against `text_sha256`;
4. makes the title: the excerpt's N-th non-empty line for `title_source` "line N"
   (counted after step 1, before step 2), the address's words for "address" (the rule in
   `slug_title`), or the `title` field for "own" (our wording: outlet and story number);
   and checks it against `title_sha256`.

Then it writes web/KEY.txt, web.jsonl and labels.jsonl under --out (default
$WORKBENCH_CORPORA/SET), ready for `benchmarks/make_pairs.py --set SET`.
An article whose excerpt is missing or whose hash differs is reported and left out; the
pairs that need it are left out of labels.jsonl too, and counted.

Nothing here holds any article's text; articles.jsonl holds addresses, outlets, dates and
hashes, labels.jsonl our labels and reasons in our own words.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
MARKER = re.compile(r"^\s*date \d{4}-\d\d(-\d\d)?\s+")


def norm(text: str) -> str:
    return " ".join(text.split())


def sha(text: str) -> str:
    return hashlib.sha256(norm(text).encode("utf-8")).hexdigest()


def slug_title(url: str) -> str | None:
    """The last path segment with three or more words, split on - and _, tokens holding a
    digit and five or more characters dropped, the first letter made upper case."""
    for seg in reversed([s for s in urlsplit(url).path.split("/") if s]):
        seg = re.sub(r"\.(html?|php|ece)$", "", seg)
        toks = [t for t in re.split(r"[-_]+", seg) if t]
        words = [t for t in toks if not (re.search(r"\d", t) and len(t) >= 5)]
        if sum(bool(re.search(r"[A-Za-z]", t)) for t in words) >= 3:
            joined = " ".join(words)
            return joined[0].upper() + joined[1:]
    return None


def text_of(excerpt: str, art: dict) -> str | None:
    lines = MARKER.sub("", excerpt, count=1).splitlines()
    drop = art["lead_lines_dropped"]
    while drop and lines:
        if lines.pop(0).strip():
            drop -= 1
    raw = "\n".join(lines)
    # the shortest beginning of the excerpt whose collapsed text is text_chars long: it
    # ends at a line's end for most articles, inside a line for a few
    for end in range(len(raw) + 1):
        length = len(norm(raw[:end]))
        if length == art["text_chars"]:
            text = raw[:end].strip()
            return text if sha(text) == art["text_sha256"] else None
        if length > art["text_chars"]:
            return None
    return None


def title_of(excerpt: str, art: dict) -> str | None:
    source = art["title_source"]
    if source == "own":
        title = art.get("title")
    elif source == "address":
        title = slug_title(art["url"])
    else:
        number = int(source.split()[1])
        lines = [norm(x) for x in MARKER.sub("", excerpt, count=1).splitlines() if x.strip()]
        title = lines[number - 1] if len(lines) >= number else None
    return title if title is not None and sha(title) == art["title_sha256"] else None


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("excerpts", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--check-only", action="store_true", help="check the hashes, write nothing")
    ap.add_argument(
        "--set",
        default="pairs-news",
        choices=(
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
        ),
    )
    args = ap.parse_args()
    out = args.out or Path(os.environ.get("WORKBENCH_CORPORA", "."), args.set)
    here = HERE.parent / args.set
    arts = [json.loads(x) for x in (here / "articles.jsonl").read_text().splitlines() if x]
    labels = [json.loads(x) for x in (here / "labels.jsonl").read_text().splitlines() if x]
    good: dict[str, tuple[dict, str]] = {}
    for art in arts:
        path = args.excerpts / f"{art['key']}.txt"
        if not path.exists():
            print(f"missing  {art['key']}  {art['url']}")
            continue
        excerpt = path.read_text(encoding="utf-8")
        text, title = text_of(excerpt, art), title_of(excerpt, art)
        if text is None or title is None:
            print(f"differs  {art['key']}  ({'text' if text is None else 'title'})  {art['url']}")
            continue
        good[art["key"]] = ({**art, "title": title}, text)
    kept = [x for x in labels if x["a"][4:] in good and x["b"][4:] in good]
    print(f"{len(good)}/{len(arts)} articles checked; {len(kept)}/{len(labels)} pairs complete")
    if args.check_only:
        return
    (out / "web").mkdir(parents=True, exist_ok=True)
    with (out / "web.jsonl").open("w", encoding="utf-8") as web:
        for key, (art, text) in good.items():
            (out / "web" / f"{key}.txt").write_text(text + "\n", encoding="utf-8")
            entry = {f: art[f] for f in ("key", "url", "outlet", "published", "title", "country")}
            entry["note"] = f"date {art['date_source']}; title {art['title_source']}"
            web.write(json.dumps(entry, ensure_ascii=False) + "\n")
    with (out / "labels.jsonl").open("w", encoding="utf-8") as handle:
        for label in kept:
            handle.write(json.dumps(label, ensure_ascii=False) + "\n")
    print(f"wrote {out}/web.jsonl, web/ and labels.jsonl")


if __name__ == "__main__":
    sys.exit(main())
