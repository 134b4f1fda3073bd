"""A long alternation of words grouped by first letter, for speed alone.

Python's engine tries an alternation's branches one after another at each place it
reads; "déclar|indiqu|affirm|annonc|..." written "d(?:éclar|...)|i(?:ndiqu|...)|
a(?:ffirm|nnonc|...)|..." is tried a letter first. Each group keeps its words in
their order, and words of different first letters never match at one place, so the
grouped pattern matches what the list does, and prefers what it prefers (unlike a
full trie: `alternations.word_trie`)."""

from __future__ import annotations


def by_first_letter(alternation: str) -> str:
    """`alternation` ("déclar|indiqu|fait\\s+savoir|dit") as its top-level alternatives
    grouped by their first letter, in the order the letters first appear and each
    group in the list's order; the pattern unchanged where an alternative does not
    open on a lower-case letter standing alone (a class, a group, an escape, a
    quantified letter: "a?b"), where the grouping could change what it prefers."""
    words = _alternatives(alternation)
    if not all(_opens_on_a_letter(word) for word in words):
        return alternation
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(
        letter + (rests[0] if len(rests) == 1 else f"(?:{'|'.join(rests)})")
        for letter, rests in groups.items()
    )


def _opens_on_a_letter(word: str) -> bool:
    """Whether `word` opens on a lower-case letter that no quantifier follows."""
    return bool(word) and word[0].isalpha() and word[0].islower() and word[1:2] not in tuple("?*+{")


def _alternatives(alternation: str) -> list[str]:
    """The alternatives of `alternation` split at its top-level bars only (none inside
    a group or a class, nor an escaped one)."""
    found, depth, start, escaped, in_class = [], 0, 0, False, False
    for index, char in enumerate(alternation):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            found.append(alternation[start:index])
            start = index + 1
    return [*found, alternation[start:]]
