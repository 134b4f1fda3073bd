"""A long alternation of words rewritten as a trie on their letters.

A pattern such as "kill\\w*|shot|shoot\\w*|dead|died|..." is tried word after word at
every position the engine reads; written as a trie ("(?:sho(?:t|ot\\w*)|d(?:ead|ied)|...")
the engine follows one branch a letter instead. Each word keeps what follows its
letters ("\\w*", "(?:y|ies)", "s?"), so the trie matches the same strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_LETTERS = re.compile(r"[A-Za-z]*")
_QUANTIFIERS = ("+", "*", "?", "{")


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    tails: list[str] = field(default_factory=list)  # what follows the letters of words ending here


def word_trie(alternation: str) -> str:
    """The top-level alternatives of `alternation` (letters, each followed by any
    pattern: "kill\\w*|kil+ed|bod(?:y|ies)|Jan") as one trie on their letters: a
    pattern of the same strings ("sho(?:t|ot|w)": put it in a group to make it part
    of a longer one). Where several alternatives match at one place, the trie may
    prefer another than the list did: use it where they cannot, or where only
    whether and where a match starts counts."""
    root = _Node()
    for word in _alternatives(alternation):
        letters = _LETTERS.match(word).group(0)  # type: ignore[union-attr]
        if word[len(letters) : len(letters) + 1] in _QUANTIFIERS:
            letters = letters[:-1]  # "kil+ed": the quantifier holds the letter before it
        node = root
        for char in letters:
            node = node.children.setdefault(char, _Node())
        node.tails.append(word[len(letters) :])
    return _pattern(root)


def _alternatives(alternation: str) -> list[str]:
    """The alternatives of `alternation` split at its top-level bars only."""
    found, depth, start = [], 0, 0
    for index, char in enumerate(alternation):
        if alternation[index - 1 : index] == "\\":
            continue  # an escaped character: "\\(" opens no group
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            found.append(alternation[start:index])
            start = index + 1
    return [*found, alternation[start:]]


def _pattern(node: _Node) -> str:
    options = [char + _pattern(child) for char, child in node.children.items()] + node.tails
    return options[0] if len(options) == 1 else f"(?:{'|'.join(options)})"
