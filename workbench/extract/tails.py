"""Patterns anchored at the end of a string, searched only where the string may match.

A figure's reader asks of the forty characters before it whether they end with
a currency ("$", "USD"), "between", "aged", "No." and the like. Searching with a
pattern that ends in `$` tries every one of the forty starts; nearly always the
text ends with another word, which one look at its end tells. `TailPattern` does
that look first and searches only where the text ends like one of the pattern's
matches.
"""

from __future__ import annotations

import re


class TailPattern:
    """A pattern whose every match ends the string searched, white space after it
    aside, with one of `endings` (in ASCII case or not, as `ignore_case` says)."""

    def __init__(
        self, pattern: re.Pattern[str], endings: tuple[str, ...], ignore_case: bool = False
    ) -> None:
        self.pattern = pattern
        self.endings = tuple(e.lower() for e in endings) if ignore_case else endings
        self.ignore_case = ignore_case
        self._reach = max(map(len, endings))

    def search(self, text: str) -> re.Match[str] | None:
        """`pattern.search(text)`, searched only where `text`, its trailing white
        space aside, ends with one of the endings. Ignoring case, an end holding a
        character outside ASCII is searched too: such a letter may match an ASCII
        one ("ſ" matches "s")."""
        tail = text.rstrip()[-self._reach :]
        if self.ignore_case:
            if not tail.isascii():
                return self.pattern.search(text)
            tail = tail.lower()
        return self.pattern.search(text) if tail.endswith(self.endings) else None
