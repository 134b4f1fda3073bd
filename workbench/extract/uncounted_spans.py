"""Spans of a sentence whose numbers count nothing: times of day ("at 10:30", "5 pm")
and links, handles and hashtags ("https://x.com/a/status/12", "@army_25", "#Gao2024").
Read by reader.py before it looks for quantities."""

from __future__ import annotations

import re

from workbench.extract.dates import TIME_RE

_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|@\w+|#\w+|\[[^\]]*\]\([^)]*\)")
# "\d\s*[ap]\.?m|:\d", opened with the class of its first characters, which lets the
# engine skip to a digit or colon instead of trying both branches at every character.
_MAY_HOLD_TIME = re.compile(r"[\d:](?:(?<=\d)\s*[ap]\.?m|(?<=:)\d)")
URL_MARKS = ("@", "#", "http", "www.", "](")  # a link holds one; `in` tests are fastest


def uncounted_spans(
    text: str, folded: str, start: int, end: int, links: bool
) -> list[tuple[int, int]]:
    """The spans of `text[start:end]` (`folded` its lower-cased copy) that hold times
    and, where the page may hold links at all (`links`), links: (start, end) offsets."""
    spans = []
    if _MAY_HOLD_TIME.search(folded, start, end):
        spans += [(m.start(), m.end()) for m in TIME_RE.finditer(text, start, end)]
    if links and any(mark in text[start:end] for mark in URL_MARKS):
        spans += [(m.start(), m.end()) for m in _URL.finditer(text, start, end)]
    return spans
