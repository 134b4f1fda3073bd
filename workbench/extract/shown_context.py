"""The piece of a very long sentence a claim shows (`PageContext.shown`): a list of
figures with no stop, a file with no line breaks. Split from page_context.py."""

from __future__ import annotations

from workbench.extract.claims import Reading

CONTEXT = 300  # characters of a very long sentence kept on each side of a claim


def claim_context(text: str, start: int, end: int, reading: Reading) -> str:
    """Of a sentence longer than a real one (a list of figures with no stop, a file
    with no line breaks) the `CONTEXT` characters on each side of the claim, white
    space folded, cut at words and marked "…": each claim keeps a bounded piece."""
    low, high = max(start, reading.start - CONTEXT), min(end, reading.end + CONTEXT)
    while low > start and not text[low - 1].isspace():
        low += 1  # the next word's start
        if low >= reading.start:
            break
    while high < end and not text[high].isspace() and high > reading.end:
        high -= 1
    shown = " ".join(text[low:high].split())
    return ("…" if low > start else "") + shown + ("…" if high < end else "")
