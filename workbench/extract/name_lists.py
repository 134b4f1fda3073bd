"""A body's name that holds a list ("the Ministry of Health, Population and Social
Welfare", "the Centre for the Promotion of Peace, Democracy and Human Rights"): its
commas are no boundary of the phrase that names a voice, which, cut at them, kept only
the list's last items ("Population and Social Welfare" said).

Pure code over the text as written (capitals matter here).
"""

from __future__ import annotations

import re

_WORD = r"[A-Z][\w'’.-]*"
_WORDS = rf"{_WORD}(?:\s+{_WORD}){{0,3}}"
# A list's last piece, all capitalised: "Democracy and Human Rights", "Social Welfare
# and Labour"; a piece before it: "Population".
_LAST_PIECE = re.compile(rf"{_WORDS}\s+(?:and|&)\s+{_WORDS}")
_PIECE = re.compile(_WORDS)
# The name the list hangs on, from its first word: capitalised words and their links,
# ending with "of", "for" or "on" and the list's first item ("The Study Center for the
# Promotion of Peace", "Ministry of Health"); not "Speaking in the city of Goma".
_HEAD = re.compile(
    rf"(?:[Tt]he\s+)?{_WORD}(?:\s+(?:{_WORD}|of|for|on|the|and|&))*?\s+(?:of|for|on)\s+"
    rf"(?:the\s+)?{_WORDS}"
)
_MAX_PIECES = 6  # "of Health, Population, Social Welfare, ... and Labour"


def name_list_start(text: str, start: int, at: int, end: int) -> int:
    """Where the phrase ending at `end` starts when the piece `text[at:end]`, after a
    comma, ends a list inside a body's name that begins within `text[start:at]`: the
    name's first character; else `at` as it was."""
    if not _LAST_PIECE.fullmatch(text[at:end].strip()):
        return at
    piece_start = at
    for _ in range(_MAX_PIECES):
        comma = text.rfind(",", start, piece_start)
        if comma < 0 or text[comma + 1 : piece_start].strip():
            return at  # the piece follows no comma: no list
        begin = text.rfind(",", start, comma) + 1 or start
        before = text[begin:comma]
        if _HEAD.fullmatch(before.strip()):
            return begin + len(before) - len(before.lstrip())
        if not _PIECE.fullmatch(before.strip()):
            return at
        piece_start = begin
    return at


def is_listed_name(phrase: str) -> bool:
    """Whether `phrase` is a whole body's name holding a list ("Centre for the Promotion
    of Peace, Democracy and Human Rights"): a name however many words it runs to."""
    comma = phrase.rfind(",")
    return comma > 0 and name_list_start(phrase, 0, comma + 1, len(phrase)) == 0
