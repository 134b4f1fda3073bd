"""The shared scans of a sentence answer each window as a scan of the window would.

`Tokens` (extract/tokens.py) slices one scan of a sentence for the windows the
readers of victims read; `WordClass` (extract/wordindex.py) remembers which words a
one-word pattern matches; `TailPattern` (extract/tails.py) searches the text before
a figure only where it may end like a match. All only save time: what they answer
must be what the scan or the search they replace gives, at every position.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.extract import currencies, not_quantities, numbers
from workbench.extract.casefold import fold
from workbench.extract.tails import TailPattern
from workbench.extract.tokens import Tokens, scan
from workbench.extract.victim_words import ANY_PREDICATE, PREDICATE_WORDS
from workbench.extract.victims import _triggers
from workbench.extract.wordindex import WordClass, WordIndex

SENTENCES = [
    "Gunmen killed 12 soldiers, a driver and four traders in Gao on Tuesday.",
    "Two herders, brothers from Tinka, were shot dead; TTP/LI fighters fled.",
    "al-Shabaab's men (ab/ cd/ef) killed_killed 3 --- kil-led x/ / /y  end",
    "  Le\u0301on, 45, was hacked to death   by a mob.  ",
]
# Words, signs that join words or not, and white space: windows cut them anywhere.
PIECES = st.sampled_from(["ab", "Cd", "12", "/", "-", "'", "’", ",", ".", "(", " ", "  ", "é"])


def _every_window(text: str, start: int, end: int) -> None:
    tokens = Tokens(text, start, end)
    for pos in range(max(0, start - 2), min(len(text), end + 2) + 1):
        for stop in range(pos, min(len(text), end + 2) + 1):
            assert tokens.window(pos, stop) == scan(text, pos, stop), (pos, stop)
            for count in (1, 2, 5):
                assert tokens.last(pos, stop, count) == scan(text, pos, stop)[-count:]


def test_windows_of_real_sentences_are_their_scans() -> None:
    for sentence in SENTENCES:
        text = f"Before. {sentence} After it."
        start = text.index(sentence)
        _every_window(text, start, start + len(sentence))


@settings(max_examples=60, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=14), st.data())
def test_windows_of_any_text_are_their_scans(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    _every_window(text, start, end)


def test_a_word_class_is_the_words_its_pattern_matches_whole() -> None:
    killing = WordClass(re.compile(r"kill\w*|left"))
    words = ["killed", "skill", "left", "lefty", "kill", "killed"]
    assert killing.among(words) == ["killed", "left", "kill", "killed"]
    assert killing.among(words) == ["killed", "left", "kill", "killed"]  # remembered


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["killed", "dead", "left", "lefty", "skill", "2", "_", ",", " ", "é", "Toll", "x"]
        ),
        max_size=16,
    ),
    st.data(),
)
def test_triggers_are_the_predicate_search(pieces: list[str], data: st.DataObject) -> None:
    folded = fold("".join(pieces))
    start = data.draw(st.integers(0, len(folded)))
    end = data.draw(st.integers(start, len(folded)))
    predicates = WordIndex(folded, start, end).positions(PREDICATE_WORDS)
    # a clause never cuts a word: its bounds stand between a letter and another sign
    bounds = [i for i in range(start, end + 1) if i in (start, end) or not _inside(folded, i)]
    lo = data.draw(st.sampled_from(bounds))
    hi = data.draw(st.sampled_from([b for b in bounds if b >= lo]))
    found = [m.start() for m in ANY_PREDICATE.finditer(folded, lo, hi)]
    assert _triggers(folded, predicates, lo, hi) == found


def _inside(text: str, index: int) -> bool:
    return 0 < index < len(text) and text[index - 1].isalpha() and text[index].isalpha()


TAILS = [
    numbers._BETWEEN,
    currencies.CURRENCY_BEFORE,
    not_quantities.AGE_BEFORE,
    not_quantities._NAME_COMMA_BEFORE,
    not_quantities._NOT_NUMBERS_BEFORE,
]
ENDS = st.sampled_from(
    [
        "between",
        "BeTween",
        "from",
        "aged",
        "AGE",
        "ageſ",
        "Age",
        "$",
        "US$",
        "€",
        "USD",
        "CFA",
        "No.",
        "#",
        "Number",
        "number",
        "Tore,",
        "x",
        "K",
        "ſ",
        "Ages",
        " ",
        "\u00a0",
        "\n",
        ",",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ENDS, max_size=6))
def test_tail_patterns_are_their_searches(pieces: list[str]) -> None:
    text = "".join(pieces)
    for tail in TAILS:
        assert isinstance(tail, TailPattern)
        found, searched = tail.search(text), tail.pattern.search(text)
        assert (found and found.span()) == (searched and searched.span()), (tail.endings, text)
