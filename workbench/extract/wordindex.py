"""Where each word of a span starts: one scan that many patterns share.

A pattern searched over a sentence tries every position; most of its
alternatives can only start at a few words ("in", "near", "the village of").
One scan of the lower-cased span finds every word and number and where it
starts; a module then tells at once whether a pattern can match (`has`) and
tries it only where one of its first words stands (`matches`), several times
faster than a search. The pipeline makes one index a sentence and hands it to
each stage.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from workbench.extract.casefold import fold

_TOKEN = re.compile(r"([a-z]+|\d+)")  # grouped: split() keeps the words
_KEPT = 50_000  # words a `WordClass` remembers; past that it starts afresh
# Letters that IGNORECASE matches to a-z but that lower-casing leaves out of a-z
_ODD_CASE = ("İ", "ı", "ſ")


class WordClass:
    """The words a pattern matches whole: "killed", "killings" and "kill" for
    `kill\\w*`. Each word is tried once and remembered, so that testing the words of
    a sentence costs a dictionary look-up each, not a search of the sentence."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._known: dict[str, bool] = {}

    def among(self, words: Iterable[str]) -> list[str]:
        """Those of `words` the pattern matches whole, in their order."""
        known = self._known
        found = []
        for word in words:
            whole = known.get(word)
            if whole is None:
                if len(known) >= _KEPT:
                    known.clear()  # a corpus of many words: memory stays bounded
                whole = known[word] = self.pattern.fullmatch(word) is not None
            if whole:
                found.append(word)
        return found


class WordIndex:
    """The lower-cased words of `text[start:end]`, each with its starts (offsets into
    `text`), and the starts of its runs of digits. Words are runs of the letters a-z:
    "north-east" is "north" and "east"; "1,500" is two runs of digits. `folded` is
    `casefold.fold(text)` where the caller has it."""

    def __init__(self, text: str, start: int, end: int, folded: str | None = None) -> None:
        self.text = text
        self.folded = fold(text) if folded is None else folded
        self.start = start
        self.end = end
        self.starts: dict[str, list[int]] = {}
        self.digits: list[int] = []
        self._odd: bool | None = None  # whether the span holds an `_ODD_CASE` letter
        starts, digits = self.starts, self.digits
        # split() gives the pieces between the words and the words in turn, so each
        # word's start is the sum of the lengths before it: no match object a word
        pieces = iter(_TOKEN.split(self.folded[start:end]))
        pos = start + len(next(pieces))
        for token, between in zip(pieces, pieces, strict=True):  # a word, what follows it
            if not "a" <= token[0] <= "z":  # a run of digits (\d: any script's)
                digits.append(pos)
            elif token in starts:
                starts[token].append(pos)
            else:
                starts[token] = [pos]
            pos += len(token) + len(between)
        # the words as a set: a set's intersection with a frozenset reads the smaller
        self._set = set(starts)

    def has(self, words: Iterable[str]) -> bool:
        """Whether any of `words` stands in the span."""
        return not self.starts.keys().isdisjoint(words)

    def positions(self, words: Iterable[str] | WordClass, digits: bool = False) -> list[int]:
        """The starts of `words` in the span (and of its digit runs), in text order."""
        starts = self.starts
        if isinstance(words, WordClass):
            found = [p for word in words.among(starts) for p in starts[word]]
        elif isinstance(words, frozenset | set):
            # a sentence holds a score of words, a pattern may start at a hundred: the
            # set intersection reads the smaller (`keys() & words` reads all of `words`)
            hits = self._set & words
            if not hits:  # most patterns start at no word of most sentences
                return self.digits[:] if digits else []
            found = [p for word in hits for p in starts[word]]
        else:
            found = [p for word in starts.keys() & words for p in starts[word]]
        return sorted(found + self.digits if digits else found)

    def matches(
        self,
        pattern: re.Pattern[str],
        first: Iterable[str] | WordClass,
        digits: bool = False,
        on: str | None = None,
    ) -> Iterator[re.Match[str]]:
        """The matches of `pattern` that start at one of the words `first` (or at a
        digit run), without overlap, in text order: `pattern.finditer` when every
        match starts there. The pattern runs over `on` (the lower-cased text, or a
        masked one: any string with the same offsets), by default the text."""
        text = self.text if on is None else on
        after = -1
        for pos in self.positions(first, digits):
            if pos < after:
                continue
            match = pattern.match(text, pos, self.end)
            if match:
                after = match.end()
                yield match

    def ending_near(
        self, pattern: re.Pattern[str], words: Iterable[str], reach: int = 80
    ) -> Iterator[re.Match[str]]:
        """The matches of `pattern` that hold one of `words` ("Kukawa district"),
        searched from `reach` characters before each, without overlap, in text order.
        A match that starts further back than `reach` is found from its later words."""
        after = self.start
        for pos in self.positions(words):
            if pos < after:
                continue
            match = pattern.search(self.text, max(after, pos - reach), min(self.end, pos + reach))
            if match and match.start() <= pos:
                after = match.end()
                yield match

    def scan(
        self, pattern: re.Pattern[str], first: Iterable[str] | WordClass
    ) -> list[re.Match[str]]:
        """`pattern.finditer` over the span, for a pattern each of whose matches starts
        at one of the words `first`, a word of its own (a lookbehind or \\b before it,
        a space or \\b after it): tried only there (`matches`), or everywhere in a
        span of `odd_case`."""
        if self.odd_case():
            return list(pattern.finditer(self.text, self.start, self.end))
        found = []  # `matches`, with no generator: this runs a dozen times a sentence
        text, end, after = self.text, self.end, -1
        for pos in self.positions(first):
            if pos >= after and (match := pattern.match(text, pos, end)) is not None:
                after = match.end()
                found.append(match)
        return found

    def holds(self, words: Iterable[str] | WordClass) -> bool:
        """Whether one of `words` may stand in the span, as IGNORECASE reads it: one
        does, or the span holds a letter lower-casing does not bring to a-z."""
        return self.odd_case() or bool(self.positions(words))

    def odd_case(self) -> bool:
        """Whether the span holds a letter IGNORECASE matches to a-z but lower-casing
        leaves out of a-z ("ſ", "ı", "İ"): a pattern may match a word of it that the
        index does not hold."""
        if self._odd is None:
            span = self.text[self.start : self.end]
            self._odd = any(letter in span for letter in _ODD_CASE)
        return self._odd
