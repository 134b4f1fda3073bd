"""The tokens of one sentence, scanned once and sliced for every window a rule reads.

The readers of a list of victims (victim_lists.py, victim_backs.py) look at the
words after or before a position again and again: each item of a list, each
place a passive's subject may start. Scanning each window anew with the token
pattern cost more than all else those readers do; `Tokens` scans the sentence
once and answers each window from that scan, exactly as a scan of the window
itself would (`window`'s docstring says how).
"""

from __future__ import annotations

import bisect
import re

# A word, with the signs that join one ("al-Qaeda", "TTP/LI"), an initialism with its
# stops ("U.S.", "U.N."), or one other sign.
TOKEN = re.compile(r"(?:[A-Z]\.){2,}(?![\w’'-])|[\w’'-]+(?:/[\w’'-]+)*|\S")
_SPLIT = re.compile(f"({TOKEN.pattern})")  # split() keeps the tokens, white space between

Token = tuple[str, int, int]  # (token, start, end): `text[start:end]` is the token
# The quotation marks that open and close a quoted word or figure, each a token of its
# own: 'killed "12" villagers', 'and 34 "terrorists neutralised"'.
OPENING_QUOTES = frozenset('"“')
CLOSING_QUOTES = frozenset('"”')


def scan(text: str, pos: int, end: int) -> list[Token]:
    """The tokens of `text[pos:end]`, scanned: `TOKEN.finditer`'s, with their offsets
    summed from the lengths of the pieces `split()` gives (no match object a token)."""
    pieces = _SPLIT.split(text[pos:end])
    found = []
    at = pos + len(pieces[0])
    for index in range(1, len(pieces), 2):
        token = pieces[index]
        stop = at + len(token)
        found.append((token, at, stop))
        at = stop + len(pieces[index + 1])
    return found


class Tokens:
    """The tokens of `text[start:end]` (a sentence), in order, scanned when first
    asked for: a sentence none of whose rules reads a window costs no scan."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self._tokens: list[Token] | None = None
        self._starts: list[int] = []

    @property
    def tokens(self) -> list[Token]:
        """The sentence's tokens, scanned on the first call."""
        if self._tokens is None:
            self._tokens = scan(self.text, self.start, self.end)
            self._starts = [t[1] for t in self._tokens]
        return self._tokens

    def window(self, pos: int, end: int) -> list[Token]:
        """The tokens of `text[pos:end]`: the same list `scan(text, pos, end)` gives.

        A token never holds white space, and a scan that reaches a token's start
        reads it the same wherever it began, so the window's tokens are the
        sentence's that start in it; only a `pos` inside a token, a window
        reaching outside the sentence, and a last token that runs past `end`
        (the window cuts it) are scanned again."""
        if pos < self.start or end > self.end:
            return scan(self.text, pos, end)
        tokens = self.tokens
        first = bisect.bisect_left(self._starts, pos)
        if first > 0 and tokens[first - 1][2] > pos:
            return scan(self.text, pos, end)  # `pos` inside a token
        stop = bisect.bisect_left(self._starts, end, first)
        found = tokens[first:stop]
        if found and found[-1][2] > end:
            found[-1:] = scan(self.text, found[-1][1], end)
        return found

    def last(self, pos: int, end: int, count: int) -> list[Token]:
        """The last `count` tokens of `text[pos:end]`: `window(pos, end)[-count:]`."""
        if pos < self.start or end > self.end:
            return scan(self.text, pos, end)[-count:]
        tokens = self.tokens
        first = bisect.bisect_left(self._starts, pos)
        stop = bisect.bisect_left(self._starts, end, first)
        if stop - first <= count + 1:
            return self.window(pos, end)[-count:]
        found = tokens[stop - count - 1 : stop]  # one more: the last may be cut in two
        if found[-1][2] > end:
            found[-1:] = scan(self.text, found[-1][1], end)
        return found[-count:]
