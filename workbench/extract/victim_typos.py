"""A person's noun typed with one slip: "vigiliante", "civillian", "policman",
"sodlier". Coders' notes hold such slips, and a victim named by one is still a
victim ("a vigiliante was killed").

A word is read as the lexicon's person noun it is one edit from (a letter added,
dropped, changed, or two swapped), where both are at least seven letters long and
share their first two and last two letters: so "worked" is not "worker", "former"
not "farmer", "lighter" not "fighter".
"""

from __future__ import annotations

from functools import lru_cache

from workbench.extract.lexicon import PERSON_NOUNS

_MIN_LENGTH = 7


def _deletes(word: str) -> set[str]:
    """The word with one letter dropped, each way."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _index() -> dict[str, frozenset[str]]:
    """Each person noun and its one-letter deletions, mapped to the nouns they come from."""
    index: dict[str, set[str]] = {}
    for noun in PERSON_NOUNS:
        if len(noun) < _MIN_LENGTH - 1 or not noun.isalpha():
            continue
        for key in {noun} | _deletes(noun):
            index.setdefault(key, set()).add(noun)
    return {key: frozenset(nouns) for key, nouns in index.items()}


_INDEX = _index()


@lru_cache(maxsize=4096)
def near_person(word: str) -> str | None:
    """The person noun a lower-case `word` is a one-slip spelling of, or None:
    "vigiliante" -> "vigilante", "civillian" -> "civilian"; None for a word of the
    lexicon itself, a short word, or one whose ends differ ("worked", "former")."""
    if len(word) < _MIN_LENGTH or not word.isalpha() or word in PERSON_NOUNS:
        return None
    for key in {word} | _deletes(word):
        for noun in _INDEX.get(key, ()):
            if noun[:2] == word[:2] and noun[-2:] == word[-2:] and _one_edit(word, noun):
                return noun
    return None


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by one letter added, dropped or changed, or two
    neighbours swapped."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
