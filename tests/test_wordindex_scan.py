"""WordIndex.scan tries a pattern only at the words its matches start at, and finds
what finditer finds; the people words as a set are the pattern's words."""

import re

from workbench.extract.fate_words import PEOPLE_SET, PEOPLE_WORDS
from workbench.extract.wordindex import WordIndex

_MANY = re.compile(r"\b(?:many|some)\s+people\b", re.IGNORECASE)
_STARTS = frozenset({"many", "some"})


def _both(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    words = WordIndex(text, 0, len(text))
    scanned = [m.span() for m in words.scan(_MANY, _STARTS)]
    return scanned, [m.span() for m in _MANY.finditer(text)]


def test_scan_finds_what_finditer_finds() -> None:
    text = "Many people fled, and some PEOPLE stayed; handsome people came."
    scanned, found = _both(text)
    assert scanned == found == [(0, 11), (22, 33)]


def test_scan_finds_nothing_where_no_start_word_stands() -> None:
    assert _both("Gunmen killed 12 people in Germany people.") == ([], [])


def test_scan_searches_whole_a_span_with_a_letter_lower_casing_keeps() -> None:
    text = "On Monday ſome people fled."  # IGNORECASE reads the long s as an s
    scanned, found = _both(text)
    assert scanned == found == [(10, 21)]


def test_people_set_holds_the_words_of_the_pattern() -> None:
    assert {"travelers", "travellers", "people", "insurgents"} <= PEOPLE_SET
    assert all(re.fullmatch(PEOPLE_WORDS, word) for word in PEOPLE_SET)
    assert len(PEOPLE_SET) == PEOPLE_WORDS.count("|") + 2  # "travell?ers" two words
