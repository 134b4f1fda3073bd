"""Extraction scored on unseen real English reporting (issue 13), per half.

Usage: python benchmarks/unseen.py [--half study|test] [--part a|b] [--set NAME]
                                  [--misses FILE]

Reads $WORKBENCH_CORPORA/unseen/unseen.jsonl (docs/corpora.md, "Unseen English
reporting"): one paragraph a line of wire, newspaper, NGO and UN prose about
conflicts outside Mali, Niger and Burkina Faso, none of it read while the
extractor was tuned on the coded corpora, with a hand annotation:

    {"id": "unseen:jurist-02", "country": "Sudan", "outlet": "jurist", "url": ...,
     "text": ..., "killed": 25, "wounded": 50,
     "figures": [{"category": "killed", "value": 25, "vague": false,
                  "scope": "incident", "required": true}, ...]}

`killed` / `wounded` are the totals for the incident the paragraph reports (0:
it reports none; null: several incidents or no total to read). `figures` lists
every death, injury, kidnap, missing, displaced and refugee figure it states;
`required` false marks a breakdown of a total told ("including two children") or a
minor figure, fine to find or to leave; `vague` a figure with no number
("dozens", "several"). Each paragraph is extracted as a document of its own and
scored, per half (the SHA-256 of the id, first byte even: study):

- figures: required figures that a claim of the same category states, with the
  same value (a vague one: a claim with no stated value); each claim answers one
  figure;
- scope: of the figures found that are running totals, those the claim marks
  `cumulative`; and of the incident figures found, those it marks `incident`;
- extra: claims of those six categories that answer no figure, required or not,
  and do not restate one already answered (the same category and value again: a
  quote repeating the toll its paragraph gave), nor tell a toll of none ("no one was
  hurt": the annotations list numbers of people, and predate the claims of 0);
- killed exact: the paragraphs with a killed total above 0 whose `killed` claims
  give it, counted as benchmarks/real_text.py counts (`toll`); clean: the
  paragraphs with killed 0 that give no incident `killed` toll; wounded exact the
  same for injuries.

The study half's misses (figures not found, extra claims, wrong tolls) go to
--misses as JSON lines; the test half is scored, never read. `--part a|b` scores one
part of the study half (`part_of`: rules read from part a's misses are checked on
part b's totals). `--set NAME` scores another set in the same format
(`$WORKBENCH_CORPORA/NAME/NAME.jsonl`): `unseen-b` (a second held-out set, outlets and
countries `unseen` lacks), `unseen-c` (a third, outlets neither has), `unseen-d` (a
fourth, outlets none of the three has), `unseen-e` (a fifth, outlets none of the four
has), `unseen-f` (a sixth, outlets none of the five has), `unseen-g` (a seventh,
outlets none of the six has), `unseen-h` (an eighth, outlets none of the seven has),
`unseen-i` (a ninth, outlets none of the eight has), `unseen-j` (a tenth, outlets none
of the nine has), `unseen-k` (an eleventh, outlets none of the ten has), `unseen-l` (a
twelfth, outlets none of the eleven has), `unseen-m` (a thirteenth, outlets none of the
twelve has), `unseen-n` (a fourteenth, outlets none of the thirteen has), `unseen-o` (a
fifteenth, outlets none of the fourteen has), `unseen-p` (a sixteenth, outlets none of the
fifteen has), `unseen-q` (a seventeenth, outlets none of the sixteen has), `unseen-r` (an
eighteenth, outlets none of the seventeen has) and `unseen-s` (a nineteenth, outlets none of
the eighteen has) are split into halves by the same hash of the id (`SPLIT`);
every paragraph of any other set (`unseen-extra`) is study, whatever its hash. A
`places.json` beside a set
(id -> names) annotates where a paragraph's deaths happened: "place right" counts the
paragraphs whose first `killed` claim's place holds one of the names. A `voices.json`
beside a set (id -> one entry a figure, in the order of `figures`: the voice the text
names for it, a list where it names several, null where it names none or the figure is
not required; benchmarks/annotations/unseen/README.md gives the rules it was written
by) adds "voice right": of the required figures found, those whose claim's voice agrees
with the annotated one (`voice_agrees`: the French set's rule, score_claims.py's
`fuzzy_contains`, on names with case, curly quotes and articles set aside; a null voice
agrees with a claim that names none or names only the paragraph's outlet); the study
half's wrong voices go to --misses.

The texts are the outlets' and stay out of the repository; the annotations do not:
benchmarks/annotations/NAME/annotations.jsonl holds each paragraph's annotation with
the SHA-256 of its text instead of the text (`--export DIR` writes one from a set).
Where `NAME.jsonl` is missing but `$WORKBENCH_CORPORA/NAME/texts.jsonl` (id, text:
the paragraphs found again by their `url`) is there, the set is read from the two,
each text checked against its hash; paragraphs without a matching text are left out
and counted on stderr (benchmarks/annotations/unseen/README.md tells how to rebuild).
Exit status 0; 1 with one line if the set is missing.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from french import load_scorer, scorer_present
from real_text import toll

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Category, Claim

HALVES = ("study", "test")
# the sets split into study and test halves by `half_of`; any other set is study only
SPLIT = frozenset(
    {
        "unseen",
        "unseen-b",
        "unseen-c",
        "unseen-d",
        "unseen-e",
        "unseen-f",
        "unseen-g",
        "unseen-h",
        "unseen-i",
        "unseen-j",
        "unseen-k",
        "unseen-l",
        "unseen-m",
        "unseen-n",
        "unseen-o",
        "unseen-p",
        "unseen-q",
        "unseen-r",
        "unseen-s",
    }
)
COUNTED = frozenset(
    {
        Category.KILLED,
        Category.WOUNDED,
        Category.KIDNAPPED,
        Category.MISSING,
        Category.DISPLACED,
        Category.REFUGEES,
    }
)
Row = dict[str, Any]
# an annotated voice: the name the text gives, several names, or none
Voice = str | list[str] | None
# what a claim's voice reads as none: a bare pronoun names no one in the paragraph
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})


def half_of(row_id: str) -> str:
    """ "study" where the SHA-256 of the paragraph id starts with an even byte, else "test"."""
    return "study" if hashlib.sha256(row_id.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def part_of(row_id: str) -> str:
    """A study paragraph's part, "a" or "b", by the SHA-256 of "part:" and its id (even
    first byte "a"), as benchmarks/french.py splits its study half: a rule read from one
    part's misses is checked on the other's totals."""
    return "a" if hashlib.sha256(f"part:{row_id}".encode()).digest()[0] % 2 == 0 else "b"


ANNOTATIONS = Path(__file__).resolve().parent / "annotations"
EXPORTED = (
    "id", "country", "outlet", "url", "sha256", "stored_prefix",
    "killed", "wounded", "figures", "places",
)  # fmt: skip
# The store puts " date YYYY-MM-DD " before the first line of some excerpts, of some
# views of a page only: a paragraph kept with it is found again without it.
STORED_PREFIX = re.compile(r"^ date \d{4}-\d{2}-\d{2} ")


def text_hash(text: str) -> str:
    """The SHA-256 (hex) of a paragraph's text as UTF-8: how a rebuilt text is checked."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _exported(row: Row, key: str) -> Any:
    if key == "sha256":
        return text_hash(row["text"])
    if key == "stored_prefix":
        prefix = STORED_PREFIX.match(row["text"])
        return prefix.group(0) if prefix else None
    return row.get(key)


def without_texts(rows: list[Row]) -> list[Row]:
    """The rows as the repository may keep them: every annotation, the text's hash for
    the text (the texts are the outlets'), and the store's date prefix where the text
    began with one (`stored_prefix`, else null)."""
    return [{key: _exported(row, key) for key in EXPORTED} for row in rows]


def found_text(found: str, annotation: Row) -> str | None:
    """The paragraph an annotation was made on, from `found`, the same paragraph found
    again (one line of a stored excerpt), or None: `found` itself, with a leading space
    or the store's date prefix put back, or cut where the stored excerpt had cut it (an
    excerpt's last line is cut mid-word; another view of the page may hold it whole):
    whichever has the annotation's hash."""
    prefix = annotation.get("stored_prefix")
    bases = [found, " " + found]  # a stored line may begin with a space, easily lost
    if prefix and not found.startswith(prefix):
        bases.append(prefix + found)
    for base in bases:
        for candidate in (base, base + " "):
            if text_hash(candidate) == annotation["sha256"]:
                return candidate
        for end in range(len(base) - 1, 0, -1):
            if text_hash(base[:end]) == annotation["sha256"]:
                return base[:end]
    return None


def with_texts(annotated: list[Row], texts: dict[str, str]) -> tuple[list[Row], Counter[str]]:
    """The rows of `annotated` (text-free, as `without_texts` writes them) whose text in
    `texts` (id -> text) gives their hash (`found_text`), each with that text; and the
    count of the others by why ("no text", "text differs")."""
    rows: list[Row] = []
    left_out: Counter[str] = Counter()
    for annotation in annotated:
        found = texts.get(annotation["id"])
        text = None if found is None else found_text(found, annotation)
        if found is None:
            left_out["no text"] += 1
        elif text is None:
            left_out["text differs"] += 1
        else:
            row = {k: v for k, v in annotation.items() if k not in ("sha256", "stored_prefix")}
            rows.append({**row, "text": text})
    return rows, left_out


def _rebuilt(root: Path, name: str) -> list[Row] | None:
    """Set `name` from its committed annotations and `root/name/texts.jsonl`, or None
    where either is missing."""
    annotations = ANNOTATIONS / name / "annotations.jsonl"
    texts_path = root / name / "texts.jsonl"
    if not (annotations.is_file() and texts_path.is_file()):
        return None
    annotated = [
        json.loads(line) for line in annotations.read_text(encoding="utf-8").splitlines() if line
    ]
    texts = {}
    for line in texts_path.read_text(encoding="utf-8").splitlines():
        if line:
            found = json.loads(line)
            texts[found["id"]] = found["text"]
    rows, left_out = with_texts(annotated, texts)
    voices = _voices(ANNOTATIONS / name / "voices.json")
    for row in rows:
        if row["id"] in voices:
            row.setdefault("voices", voices[row["id"]])
    if left_out:
        counts = ", ".join(f"{why}: {n}" for why, n in sorted(left_out.items()))
        print(
            f"{name}: {len(rows)} of {len(annotated)} paragraphs rebuilt ({counts})",
            file=sys.stderr,
        )
    return rows


def load(root: Path, name: str = "unseen") -> list[Row]:
    """The annotated paragraphs of set `name` (`root/name/name.jsonl`, else rebuilt from
    benchmarks/annotations/name/ and `root/name/texts.jsonl`); SystemExit with one line if
    the set is missing or bad."""
    path = root / name / f"{name}.jsonl"
    if not path.is_file():
        try:
            rebuilt = _rebuilt(root, name)
        except (json.JSONDecodeError, KeyError) as err:
            sys.exit(f"{root / name / 'texts.jsonl'}: not the rebuild's form ({err!r})")
        if rebuilt is not None:
            return rebuilt
        sys.exit(
            f"{path}: missing, and no texts.jsonl beside it to rebuild it from"
            f" benchmarks/annotations/{name}/ (its README.md says how)"
        )
    try:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        places = path.parent / "places.json"  # optional: the place of each paragraph's deaths
        named = json.loads(places.read_text(encoding="utf-8")) if places.is_file() else {}
    except json.JSONDecodeError as err:
        sys.exit(f"{path}: not JSON ({err})")
    voices = _voices(path.parent / "voices.json")
    for row in rows:
        row.setdefault("places", named.get(row["id"]))
        if row["id"] in voices:  # only where annotated: a row without stays as it was
            row.setdefault("voices", voices[row["id"]])
    return rows


def _voices(path: Path) -> dict[str, list[Voice]]:
    """The annotated voices at `path` (`voices.json`: id -> one voice a figure), {} where
    there is none; SystemExit with one line if it is no JSON."""
    if not path.is_file():
        return {}
    try:
        voices: dict[str, list[Voice]] = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        sys.exit(f"{path}: not JSON ({err})")
    return voices


@functools.cache
def _fuzzy() -> Callable[[str, str], bool] | None:
    """The shared scorer's test of a voice or place (score_claims.py's fuzzy_contains),
    the one benchmarks/french.py scores the French sets' voices with; None where
    ../shared is not beside the checkout (said once on stderr: voices are then compared
    by their words alone)."""
    if not scorer_present():
        print("unseen: no ../shared/tools/score_claims.py: voices compared by words only",
              file=sys.stderr)  # fmt: skip
        return None
    fuzzy: Callable[[str, str], bool] = load_scorer().fuzzy_contains
    return fuzzy


def _plain(name: str | None) -> str:
    """A voice's words as compared: case folded, curly quotes straight, punctuation
    and the articles (the, a, an) dropped; "" for none or a bare pronoun."""
    text = (name or "").casefold().replace("\u2019", "'").replace("\u2018", "'")
    words = [w for w in re.sub(r"[^\w']+", " ", text).split() if w not in ("the", "a", "an")]
    return "" if len(words) == 1 and words[0] in PRONOUNS else " ".join(words)


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.casefold())


def names_agree(want: str, got: str | None) -> bool:
    """Whether a claim's voice `got` names the annotated voice `want`: the words of one
    inside the other's ("police" and "the Somali police spokesman"), else the shared
    scorer's fuzzy test (a word of four letters or more of `want` in `got`, or the two
    alike), on `_plain` words."""
    w, g = _plain(want), _plain(got)
    if not (w and g):
        return False
    fuzzy = _fuzzy()
    return f" {g} " in f" {w} " or f" {w} " in f" {g} " or (fuzzy is not None and fuzzy(w, g))


def voice_agrees(annotated: Voice, attribution: str | None, origin: str | None = None,
                 outlet: str = "") -> bool:  # fmt: skip
    """Whether a claim's voice (its `attribution`, or the `origin` it relays) agrees
    with the annotated one: for a named voice, either names it (`names_agree`), and for
    several names, any of them; for none, the claim names none (a bare pronoun is none),
    or names only the paragraph's `outlet` (its letters inside the outlet's short name or
    the reverse: a wire's own credit is no other voice)."""
    if annotated is None:
        got = _letters(_plain(attribution))
        site = _letters(outlet)
        return not got or (len(got) >= 3 and bool(site) and (got in site or site in got))
    wanted = [annotated] if isinstance(annotated, str) else annotated
    return any(names_agree(w, said) for w in wanted for said in (attribution, origin) if said)


def _answers(claim: Claim, figure: Row) -> bool:
    if claim.category.value != figure["category"]:
        return False
    if figure["vague"]:
        return claim.value is None
    return claim.value is not None and float(claim.value) == float(figure["value"])


def match(claims: list[Claim], figures: list[Row]) -> tuple[list[tuple[Row, Claim]], list[Claim]]:
    """Pairs (figure, claim), each claim answering one figure, required figures first;
    and the claims of the counted categories that answer none and restate none answered."""
    free = [c for c in claims if c.category in COUNTED]
    pairs: list[tuple[Row, Claim]] = []
    for figure in sorted(figures, key=lambda f: not f["required"]):
        claim = next((c for c in free if _answers(c, figure)), None)
        if claim is not None:
            free.remove(claim)
            pairs.append((figure, claim))
    # a toll of none ("no civilians were killed": extract/zero_tolls.py) answers no
    # figure the annotations list (they list numbers of people), and is no extra
    extra = [c for c in free if c.value != 0 and not any(_answers(c, f) for f, _ in pairs)]
    return pairs, extra


@dataclass
class Score:
    """Counts for one half."""

    paragraphs: int = 0
    figures: int = 0
    found: int = 0
    scope_total: int = 0
    scope_right: int = 0
    extra: int = 0
    claims: int = 0
    deaths: int = 0
    exact: int = 0
    no_deaths: int = 0
    clean: int = 0
    wounded: int = 0
    wounded_exact: int = 0
    places: int = 0
    places_right: int = 0
    voices: int = 0
    voices_right: int = 0
    misses: list[Row] = field(default_factory=list)

    def line(self) -> str:
        def pct(a: int, b: int) -> str:
            return f"{a}/{b} {100 * a / b:5.1f}%" if b else f"{a}/0"

        return (
            f"{self.paragraphs} paragraphs | figures found {pct(self.found, self.figures)}"
            f" | scope right {pct(self.scope_right, self.scope_total)}"
            f" | extra {self.extra} of {self.claims} claims"
            f" | killed exact {pct(self.exact, self.deaths)}"
            f" | clean {pct(self.clean, self.no_deaths)}"
            f" | wounded exact {pct(self.wounded_exact, self.wounded)}"
            + (f" | place right {pct(self.places_right, self.places)}" if self.places else "")
            + (f" | voice right {pct(self.voices_right, self.voices)}" if self.voices else "")
        )


def _describe(claim: Claim) -> str:
    return f"{claim.category.value} {claim.value} {claim.scope.value} {claim.text!r}"


def place_right(claims: list[Claim], names: list[str]) -> bool:
    """Whether the first `killed` claim's place names one of `names` (case aside): the
    place a set annotates for its paragraph's deaths (`places.json`, optional)."""
    killed = next((c for c in claims if c.category is Category.KILLED), None)
    where = (killed.location or "").casefold() if killed else ""
    return any(name.casefold() in where for name in names)


def score(row: Row, current: Score, keep: bool) -> None:
    """Extract one paragraph and add it to its half's score; `keep` its misses."""
    claims = extract_claims(document_from_text(row["id"], row["text"]))
    if row.get("places"):
        current.places += 1
        current.places_right += place_right(claims, row["places"])
    pairs, extra = match(claims, row["figures"])
    current.paragraphs += 1
    required = [f for f in row["figures"] if f["required"]]
    found = [(f, c) for f, c in pairs if f["required"]]
    current.figures += len(required)
    current.found += len(found)
    current.scope_total += len(found)
    current.scope_right += sum(c.scope.value == f["scope"] for f, c in found)
    current.extra += len(extra)
    current.claims += sum(c.category in COUNTED for c in claims)
    problems: list[str] = []
    for want, category, attr in (
        ("killed", Category.KILLED, "deaths"),
        ("wounded", Category.WOUNDED, "wounded"),
    ):
        coded = row[want]
        if coded is None:
            continue
        got = toll(claims, category)
        if coded == 0 and category is Category.KILLED:
            current.no_deaths += 1
            current.clean += got == 0
        elif coded:
            setattr(current, attr, getattr(current, attr) + 1)
            hit = got == coded
            if category is Category.KILLED:
                current.exact += hit
            else:
                current.wounded_exact += hit
        if got != coded:
            problems.append(f"{want} toll {got}, annotated {coded}")
    missed = [f for f in required if all(f is not g for g, _ in pairs)]
    wrong_scope = [(f, c) for f, c in found if c.scope.value != f["scope"]]
    wrong_voice = _voices_scored(row, found, current)
    if keep and (missed or extra or problems or wrong_scope or wrong_voice):
        current.misses.append(
            {
                "id": row["id"],
                "text": row["text"],
                "tolls": problems,
                "missed": [f"{f['category']} {f['value']} {f['scope']}" for f in missed],
                "extra": [_describe(c) for c in extra],
                "wrong scope": [_describe(c) for _, c in wrong_scope],
                "wrong voice": wrong_voice,
                "claims": [_describe(c) for c in claims],
            }
        )


def _voices_scored(row: Row, found: list[tuple[Row, Claim]], current: Score) -> list[str]:
    """Count the voices of the required figures found where the row has annotated
    voices; the wrong ones, each as "category value: want ... got ..."."""
    voices = row.get("voices")
    if not voices:
        return []
    wrong = []
    for figure, claim in found:
        index = next(i for i, f in enumerate(row["figures"]) if f is figure)
        want = voices[index]
        current.voices += 1
        if voice_agrees(want, claim.attribution, claim.origin, row.get("outlet", "")):
            current.voices_right += 1
        else:
            got = (
                claim.attribution
                if claim.origin is None
                else f"{claim.attribution} < {claim.origin}"
            )
            wrong.append(f"{figure['category']} {figure['value']}: want {want!r} got {got!r}")
    return wrong


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--half", choices=HALVES, help="only this half")
    ap.add_argument("--part", choices=("a", "b"), help="only this part of the study half")
    ap.add_argument(
        "--set",
        default="unseen",
        help="the set's folder (unseen, unseen-b ... unseen-f: halves; others study only)",
    )
    ap.add_argument("--misses", default="", help="write the study half's misses here")
    ap.add_argument(
        "--export", default="", help="write the set's text-free annotations to this folder"
    )
    args = ap.parse_args()
    if args.part and args.half != "study":
        sys.exit("unseen: --part splits the study half only: give --half study")
    root = os.environ.get("WORKBENCH_CORPORA")
    if not root:
        sys.exit("WORKBENCH_CORPORA must name the folder holding the corpora (docs/corpora.md)")
    rows = load(Path(root), args.set)
    if args.export:
        folder = Path(args.export)
        folder.mkdir(parents=True, exist_ok=True)
        with open(folder / "annotations.jsonl", "w", encoding="utf-8") as out:
            for row in without_texts(rows):
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{args.set}: {len(rows)} annotations, no text, to {folder / 'annotations.jsonl'}")
        return
    scores = {half: Score() for half in HALVES}
    for row in rows:
        half = half_of(row["id"]) if args.set in SPLIT else "study"
        if args.half and half != args.half:
            continue
        if args.part and part_of(row["id"]) != args.part:
            continue
        score(row, scores[half], keep=half == "study" and bool(args.misses))
    for half in HALVES:
        if scores[half].paragraphs:
            label = f"{half}{'/' + args.part if args.part else ''}"
            print(f"{args.set} {label:7s} {scores[half].line()}")
    if args.misses:
        with open(args.misses, "w", encoding="utf-8") as out:
            for miss in scores["study"].misses:
                out.write(json.dumps(miss, ensure_ascii=False) + "\n")
        kinds = Counter(
            kind
            for m in scores["study"].misses
            for kind in ("missed", "extra", "tolls", "wrong voice")
            if m[kind]
        )
        print("  study paragraphs with " + ", ".join(f"{k}: {n}" for k, n in sorted(kinds.items())))


if __name__ == "__main__":
    main()
