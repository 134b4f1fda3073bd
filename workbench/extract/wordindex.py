"""Where each word of a span starts: one scan that many patterns share.

A pattern searched over a sentence tries every position; most of its
alternatives can only start at a few words ("in", "near", "the village of").
One scan of the lower-cased span finds every word and where it starts; a module
then tells at once whether a pattern can match (`has`) and tries it only where
one of its first words stands (`matches`), several times faster than a search.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from workbench.extract.casefold import fold

_WORD = re.compile(r"[a-z]+")


class WordIndex:
    """The lower-cased words of `text[start:end]`, each with its starts (offsets into
    `text`). Words are runs of the letters a-z: "north-east" is "north" and "east"."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.starts: dict[str, list[int]] = {}
        for match in _WORD.finditer(fold(text[start:end])):
            self.starts.setdefault(match.group(0), []).append(start + match.start())

    def has(self, words: Iterable[str]) -> bool:
        """Whether any of `words` stands in the span."""
        return any(word in self.starts for word in words)

    def matches(self, pattern: re.Pattern[str], first: Iterable[str]) -> Iterator[re.Match[str]]:
        """The matches of `pattern` that start at one of the words `first`, without
        overlap, in text order: `pattern.finditer` when every match starts there."""
        positions = sorted(p for word in first for p in self.starts.get(word, ()))
        after = -1
        for pos in positions:
            if pos < after:
                continue
            match = pattern.match(self.text, pos, self.end)
            if match:
                after = match.end()
                yield match

    def ending_near(
        self, pattern: re.Pattern[str], words: Iterable[str], reach: int = 80
    ) -> Iterator[re.Match[str]]:
        """The matches of `pattern` that hold one of `words` ("Kukawa district"),
        searched from `reach` characters before each, without overlap, in text order.
        A match that starts further back than `reach` is found from its later words."""
        positions = sorted(p for word in words for p in self.starts.get(word, ()))
        after = self.start
        for pos in positions:
            if pos < after:
                continue
            match = pattern.search(self.text, max(after, pos - reach), min(self.end, pos + reach))
            if match and match.start() <= pos:
                after = match.end()
                yield match
