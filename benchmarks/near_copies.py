"""ACLED notes copied into several rows with small edits, each row coded with a
share of one toll: the "shared note" kind of `unreadable.unreadable`, when the
copies are not byte-identical.

ACLED's coders split a toll that spans days or places between events and copy
the note into each, often touched up ("Fulani heardsmen attack Nandu ... kill 17"
in three rows coded 4 and one, "Fulanis attack Nandu ...", coded 5). No reader of
one copy can tell which share its row holds. Two notes count as copies when, in
the same corpus, they state the same set of numbers, read at least 90 by
rapidfuzz's `fuzz.ratio` (normalised Levenshtein similarity, 0-100) once
lower-cased and stripped of punctuation, and the names of one (its capitalised
words, cut to five letters) are among the other's: a template filled with other
places ("People protested in Bale, as part of a grand protest ...") is not a copy.
Only ACLED corpora: RAND's notes share long boilerplate tails between different
attacks. Groups of more than `_MAX_BLOCK` notes stating the same numbers (most
often none) are not compared, to bound the time.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable

from corpora import Row
from rapidfuzz import fuzz, process

_MAX_BLOCK = 3000
_THRESHOLD = 90
_NAME = re.compile(r"\b[A-Z][a-z]\w+")
_PUNCTUATION = re.compile(r"\W+")


def _names(text: str) -> set[str]:
    return {word[:5].lower() for word in _NAME.findall(text)}


def _copies(block: list[Row]) -> Iterable[tuple[Row, Row]]:
    """Pairs of rows of one block whose notes are copies of each other."""
    texts = [_PUNCTUATION.sub(" ", row.text.lower()) for row in block]
    scores = process.cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=_THRESHOLD, workers=1)
    for i, j in zip(*scores.nonzero(), strict=True):
        if i < j:
            first, second = _names(block[i].text), _names(block[j].text)
            if first <= second or second <= first:
                yield block[i], block[j]


def near_copies(all_rows: list[Row], numbers: Callable[[str], set[int]]) -> set[tuple[str, str]]:
    """The (corpus, text) keys of ACLED notes copied with edits into rows coded with
    different death tolls; `numbers` gives the whole numbers a text states."""
    blocks: dict[tuple[str, frozenset[int]], list[Row]] = defaultdict(list)
    for row in all_rows:
        if row.corpus.startswith("acled"):
            blocks[(row.corpus, frozenset(numbers(row.text)))].append(row)
    found: set[tuple[str, str]] = set()
    for block in blocks.values():
        if 1 < len(block) <= _MAX_BLOCK:
            for first, second in _copies(block):
                if first.killed != second.killed:
                    found |= {(first.corpus, first.text), (second.corpus, second.text)}
    return found
