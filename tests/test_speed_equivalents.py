"""Patterns and look-ups rewritten for speed find what the plain forms found: the
clause break opened with a class of its first characters, and WordIndex.positions
over a set larger or smaller than the span's words."""

import re

from workbench.extract.sentences import _CLAUSE_BREAK, split_clauses
from workbench.extract.wordindex import WordIndex

# the clause break as it was written before it opened with a class
_PLAIN_BREAK = re.compile(
    r";|\s[–—]\s|\s--\s|,\s+(?:and|but|while|whereas|although|though)\s|\(\d{1,2}\)|:\s",
    re.IGNORECASE,
)
_SENTENCES = (
    "Gunmen killed 12 people; police said 3 were arrested.",
    "Three soldiers – two of them officers – were killed, and 4 wounded.",
    "The attack -- the second this week -- left 5 dead, but no one was held.",
    "Police said: (1) five died, (2) two fled, (123) none stayed.",
    "Troops arrived, AND residents fled, WHILE others stayed : then left.",
    "No break at all in this sentence of 2019",
    ";;: ,\tand\t(9)",
    "A list:\nfive dead,\u00a0although\u2003two survived—one –x– y.",
)


def test_clause_break_matches_the_plain_form() -> None:
    for text in _SENTENCES:
        for start in range(len(text)):
            found = [(m.span(), m.group(0)) for m in _CLAUSE_BREAK.finditer(text, start)]
            plain = [(m.span(), m.group(0)) for m in _PLAIN_BREAK.finditer(text, start)]
            assert found == plain, (text, start)


def test_split_clauses_cuts_at_the_breaks() -> None:
    text = "Gunmen killed 12 people; police said 3 were arrested."
    assert [text[a:b] for a, b in split_clauses(text, 0, len(text))] == [
        "Gunmen killed 12 people;",
        " police said 3 were arrested.",
    ]


def test_positions_with_sets_of_any_size() -> None:
    text = "In Kano, gunmen killed 12 people and 3 soldiers in 2019."
    words = WordIndex(text, 0, len(text))
    small = frozenset({"in", "people"})
    large = frozenset({"in", "people", *(f"w{i}" for i in range(100))})
    expected = [0, 26, 48]
    assert words.positions(small) == words.positions(large) == expected
    assert words.positions({"in", "people"}) == expected
    assert words.positions(frozenset({"absent"})) == []
    assert words.positions(frozenset({"absent"}), digits=True) == [23, 37, 51]
    assert words.positions(frozenset({"in"}), digits=True) == [0, 23, 37, 48, 51]
    assert words.positions(("in", "people")) == expected
